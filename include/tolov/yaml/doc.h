/*
 * doc.h — a plan file as source text plus a YAML node tree with byte spans.
 *
 * The document owns its source bytes (src/len) and every node. Nodes record
 * where they stand in src, so an edit can rewrite exactly one value's bytes
 * and leave every other byte — comments, blank lines, quoting, indentation,
 * line ends — as it was. Lines and columns are not stored; doc_linecol()
 * derives them from an offset when an error needs them.
 *
 * Invariants after a successful doc_parse:
 *   - src[start, end) of a scalar is its whole spelling, quotes included;
 *     of a block collection, from its first item to the end of its last.
 *   - MAP kids alternate key, value: kids[2i] is a key scalar, kids[2i+1]
 *     its value. Keys are plain text scalars (complex keys are refused).
 *   - no aliases, anchors are allowed only if never referenced, depth <= 64.
 *   - val of a scalar is its decoded value, len bytes, and is NOT in general
 *     NUL-terminated: a value longer than SHARE_MAX (doc_mem.h, 48) bytes
 *     that reads exactly as it is spelled (plain on one line, or quoted
 *     with no escape and no line break) is not copied: val points into src
 *     at its first byte (after the opening quote) and `view` is set. Read
 *     len bytes (yn_is, yn_strdup); never pass val to a function that
 *     wants a C string. Key scalars are always NUL-terminated copies (the
 *     format's keys shared), and so are other values of at most SHARE_MAX
 *     bytes, values with escapes, folded or block text, and values with a
 *     NUL byte (never shared).
 *
 * A document is not thread-safe. Nodes are freed with the document, and a
 * reparse (doc_parse after doc_splice) replaces every node.
 */
#ifndef TOLOV_DOC_H
#define TOLOV_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "tolov/base/util.h"

enum yn_kind { YN_SCALAR = 1, YN_MAP, YN_SEQ };
enum yn_style {
	YN_PLAIN = 1, YN_SQUOTE, YN_DQUOTE, YN_LITERAL, YN_FOLDED,	/* scalars */
	YN_BLOCK, YN_FLOW						/* collections */
};

/*
 * 24 bytes: a large plan has hundreds of thousands of nodes, so there is no
 * parent link (yn_key_of searches from the root instead). kids/n are
 * meaningful only for MAP and SEQ, val/len only for SCALAR — always check
 * kind first. Short scalar values may be shared between nodes, long ones
 * point into src: never write through val. A view (val in src) follows
 * the text: doc_splice moves it with the scalar's span.
 */
struct yn {
	union {
		struct yn **kids;	/* MAP: key, value, key, value ...; SEQ: items */
		const char *val;	/* SCALAR: decoded, len bytes (see above) */
	};
	union {
		uint32_t n;		/* MAP, SEQ: number of kids */
		uint32_t len;		/* SCALAR: bytes in val */
	};
	uint32_t start, end;	/* byte span in doc->src */
	uint8_t kind, style;
	uint8_t view;		/* SCALAR: val is src + start (+ 1 when quoted) */
};

#define DOC_SIZE_CAP_DEFAULT (64u << 20)
#define DOC_MAX_DEPTH 64

struct doc {
	char *path;		/* as given by the user, for messages */
	char *src;		/* NUL-terminated source bytes */
	size_t len;
	struct yn *root;	/* NULL for an empty stream */
	struct doc_mem *mem;	/* node and string storage */
};

/* Load and parse a file (size capped). 0, or -1 with a positioned error. */
int doc_load(struct doc **out, const char *path, size_t cap, struct tv_err *err);
/* Parse a buffer; takes ownership of src (malloc'ed, NUL-terminated). */
int doc_from_buffer(struct doc **out, const char *path, char *src, size_t len, struct tv_err *err);
/* Re-parse d->src after splices; on failure d is unchanged. */
int doc_reparse(struct doc *d, struct tv_err *err);
/*
 * Re-reading one item after an edit instead of the whole file.
 *
 * Before splicing, doc_item_chain records, outermost first, the runs of
 * block-list items (goals, activities, indicators, list entries) whose
 * lines hold the bytes [lo, hi) about to change: one item when the change
 * is inside it, else the items it touches (an item added or deleted among
 * its siblings). An item's lines run from its first line to the next
 * sibling's first line (or to the end of what holds its list); the first
 * item's from the blank and comment lines above it. A change that starts
 * at the first item's lines takes its next sibling too, so that deleting
 * the first item leaves one to re-read. Every
 * later splice is passed to doc_chain_splice, which keeps the runs that
 * still hold it and moves their ends. doc_reparse_chain then parses the
 * innermost run whose text stands alone (a dash first after blank and
 * comment lines, every other line blank, a comment, a "..." end marker,
 * a dash in the same column or indented deeper) as a
 * document of its own and puts its items in place of the old ones (as
 * many as the text now holds), fixing the ends of the collections above; the
 * old nodes stay in the document's storage until the next full parse.
 * When no item fits it parses the whole text (doc_reparse: its errors,
 * and d unchanged on failure). Either way the tree is the one a full
 * parse gives, span for span.
 */
#define DOC_CHAIN_MAX (DOC_MAX_DEPTH + 1)
struct doc_item {
	struct yn *list;	/* the block list holding the item */
	uint32_t i, n;		/* the items list->kids[i .. i+n) */
	size_t from, to;	/* their lines, in the current text */
	size_t depth;		/* index of list in path[] */
	bool at_start;		/* a change may start at from (a new item before them) */
};
struct doc_chain {
	struct doc_item link[DOC_CHAIN_MAX];
	size_t n;
	struct yn *path[DOC_CHAIN_MAX];	/* root .. innermost collection */
	size_t n_path;
};
size_t doc_item_chain(const struct doc *d, size_t lo, size_t hi, struct doc_chain *c);
void doc_chain_splice(struct doc_chain *c, size_t off, size_t oldlen, size_t newlen);
int doc_reparse_chain(struct doc *d, const struct doc_chain *c, struct tv_err *err);
void doc_free(struct doc *d);

/* 1-based line and column (in characters) of a byte offset. */
void doc_linecol(const struct doc *d, size_t off, unsigned *line, unsigned *col);
/*
 * Positioned error with message m of the catalog at a node (NULL: the
 * start of the file) or a byte offset; shape names m's conversions (see
 * tv_err_at in util.h). doc_note/doc_note_at append a note line to err.
 */
void doc_error(const struct doc *d, const struct yn *at, struct tv_err *err, enum msg m,
	       const char *shape, ...) __attribute__((format(printf, 5, 6)));
void doc_error_at(const struct doc *d, size_t off, struct tv_err *err, enum msg m,
		  const char *shape, ...) __attribute__((format(printf, 5, 6)));
void doc_note(const struct doc *d, const struct yn *at, struct tv_err *err, enum msg m,
	      const char *shape, ...) __attribute__((format(printf, 5, 6)));

/*
 * Replace src[off, off+oldlen) with rep (which may be NULL when replen is
 * 0). Node spans after the change are shifted, and views (val in src)
 * follow their text even when src moves; nodes inside it are left stale
 * (their val as well) and the caller either updates the one scalar it
 * rewrote (doc_scalar_replaced: a copy) or reparses.
 */
void doc_splice(struct doc *d, size_t off, size_t oldlen, const char *rep, size_t replen);
/* After splicing a scalar's own span: set its new value/style/end. */
void doc_scalar_replaced(struct doc *d, struct yn *n, const char *val, size_t len, int style,
			 size_t newend);

/* Value of key in a MAP node, or NULL. */
struct yn *yn_get(const struct yn *map, const char *key);
/* The key scalar whose value is v in d, or NULL (v is a list item or the
 * root). Searches the tree: for edits, not for loops. */
struct yn *yn_key_of(const struct doc *d, const struct yn *v);
/* Is n a scalar whose value is the C string s (len bytes, no more)? */
bool yn_is(const struct yn *n, const char *s);
/* A scalar's value as a new NUL-terminated string (malloc'ed; the caller
 * frees it). n must be a scalar. */
char *yn_strdup(const struct yn *n);
/* Is n YAML's null: an empty plain scalar, or plain ~, null, Null, NULL? */
bool yn_is_null(const struct yn *n);
/* Human name of a node's kind for messages ("a mapping", "a list", "text"). */
const char *yn_kind_name(const struct yn *n);

/* Start of the line holding off, and the column (bytes) of off in it. */
size_t doc_line_start(const struct doc *d, size_t off);
size_t doc_next_line(const struct doc *d, size_t off);	/* offset after off's line end */
/* Line ending used by the file ("\r\n" or "\n"). */
const char *doc_eol(const struct doc *d);

#endif
