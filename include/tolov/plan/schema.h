/*
 * schema.h — the plan format, defined once.
 *
 * Every key of the format is one row of one table: the rows are data in
 * tolov/base/schema_keys.h (an X-macro list, in the base tier so that the
 * YAML layer can share the key names), read through this header and
 * src/plan/schema.c. A row gives where the key stands (its parent place),
 * its YAML key, its type and value check, its place in the canonical key
 * order (the table's order), whether `tolov set` and `:set` may write it
 * (its path follows from the table), its label in both languages
 * (base/msg_schema.h), the header names an import recognises (field
 * import_headers, still NULL: the import keeps its own list for now) and
 * its export column. The loader, set paths and value checks, the key order
 * of new keys, the canonical writer, JSON typing, plandiff's field names,
 * the merge driver's field snapshot, :set and `set --help` texts and the
 * README's path table are driven by it: tests/unit/test_schema.c fails
 * when a file elsewhere spells a format key as a string literal, and
 * checks README's table and the help texts against the schema.
 *
 * Adding a field: one row in SCHEMA_KEYS (and its labels, full and short,
 * in base/msg_schema.h), a field in struct plan/goal/activity/indicator
 * (the row's FIELD), the line in plan.c that reads it and the line in
 * emit.c that writes it; then README's path table and `set --help` if it
 * is settable (the tests say where). A text field of an activity or an
 * indicator given a PANEL shows in the details panel with no other edit.
 *
 * All strings are static; nothing here allocates except where a function
 * fills an sbuf or a struct schema_path (freed by schema_path_free).
 */
#ifndef TOLOV_SCHEMA_H
#define TOLOV_SCHEMA_H

#include <stdbool.h>
#include <limits.h>
#include <stddef.h>
#include "tolov/base/i18n.h"
#include "tolov/base/util.h"

/* Places of the format: what a mapping is. */
enum sp {
	SP_PLAN,	/* the root mapping */
	SP_GOAL,	/* an item of goals */
	SP_ACT,		/* an item of activities */
	SP_IND,		/* an item of indicators */
	SP_BUDGET,	/* budget */
	SP_STATUS,	/* status: q1..q4 */
	SP_ENTRY,	/* status.qN */
	SP_ACTUAL,	/* an indicator's actual: q1..q4 */
	SP_EXTRA,	/* extra: any text key, text values */
	SP_NONE,	/* not a place of the format */
};

/* Types, each with its value check (schema_check). */
enum st {
	ST_VERSION,	/* whole number, the format version (1) */
	ST_TEXT,	/* any scalar; null reads as "" */
	ST_ID,		/* text, not empty, unique across the plan */
	ST_YEAR,	/* whole number 1..9999 */
	ST_AMOUNT,	/* whole number, at least 0 */
	ST_RATING,	/* 100, 70, 30, 0 or not-due */
	ST_QUARTERS,	/* list of distinct 1..4; [] = as needed */
	ST_MAP,		/* a mapping at place child */
	ST_LIST,	/* a list of mappings at place child */
	ST_EXTRA,	/* a mapping of text to text */
};

/*
 * Where the details panel (the selected activity's fields) shows a field:
 * the panel column of the table, PANEL(part, rank, lines, when). Its rows
 * come in three parts: PNL_HEAD, each indicator first and compactly (the
 * head row of lowest rank names it, "Indicator 2", the others are
 * indented; a quarter map shows the selected quarter); PNL_BODY, the
 * activity's own fields (budget's included); PNL_TAIL, each indicator
 * again ("Actual 2" with every quarter). Within a part rows go by rank;
 * a value wraps to at most `lines` lines (0: all of it); PW_SET leaves a
 * field out while it is empty (PW_ALWAYS shows "-"). An extra mapping is
 * one row per key, labelled with the key. Labels are the short labels.
 */
enum schema_panel_part { PNL_NONE = 0, PNL_HEAD = 1, PNL_BODY = 2, PNL_TAIL = 4 };
enum schema_panel_when { PW_ALWAYS, PW_SET };
struct schema_panel {
	unsigned char part;	/* PNL_* bits */
	unsigned char rank;
	unsigned char lines;
	unsigned char when;	/* enum schema_panel_when */
};

#include "tolov/base/schema_keys.h"

enum sk {
#define SCHEMA_ENUM(id, ...) id,
	SCHEMA_KEYS(SCHEMA_ENUM)
#undef SCHEMA_ENUM
	SK__COUNT
};

/* Where the model keeps a field: a byte offset in the struct its place
 * lives in — struct plan (SP_PLAN), struct goal (SP_GOAL), struct activity
 * (SP_ACT, SP_BUDGET, SP_STATUS), struct status (SP_ENTRY), struct
 * indicator (SP_IND, SP_ACTUAL) — or SCHEMA_NO_FIELD. */
#define SCHEMA_NO_FIELD ((size_t)-1)

struct schema_key {
	enum sk id;
	enum sp parent;
	const char *key;	/* the YAML key */
	enum st type;
	enum sp child;		/* ST_MAP, ST_LIST, ST_EXTRA: the place inside */
	bool required;
	bool settable;		/* a leaf `set` may write */
	enum msg label;		/* the field's name for people */
	int short_label;	/* enum msg of its short name, or NOCOL */
	int column;		/* enum msg of its export column, or NOCOL */
	struct schema_panel panel;	/* where the details panel shows it */
	size_t field;		/* where the model keeps it, or SCHEMA_NO_FIELD */
	/* Header names (lower case) an import recognises for this field, in
	 * both languages; NULL-terminated, or NULL when none yet. The import
	 * owns their content. */
	const char *const *import_headers;
};

/* The row of key id. */
const struct schema_key *schema_key(enum sk id);
/* The YAML key of id: K(SK_BASELINE) is "baseline". */
#define K(id) (schema_key(id)->key)
/* The row for key under parent, or NULL when the format has no such key. */
const struct schema_key *schema_find(enum sp parent, const char *key);
/* Rows in table order: schema_at(0 .. SK__COUNT-1). */
const struct schema_key *schema_at(size_t i);
/* The position of key in parent's canonical order, or -1. */
int schema_order(enum sp parent, const char *key);
/* The quarter key "q1".."q4" of status (SP_STATUS) or actual (SP_ACTUAL). */
const char *schema_quarter_key(enum sp parent, int q);
/* "q1".."q4" (any case) → 1..4, else 0. */
int schema_quarter_of(const char *key);
/* The row of quarter q (1..4) in place SP_STATUS or SP_ACTUAL, else NULL. */
const struct schema_key *schema_quarter_row(enum sp place, int q);

/*
 * The model's values by row (field above). item is the struct of the
 * row's place. schema_text: a text row's (ST_TEXT, ST_ID) text, never
 * NULL. schema_extra: an extra row's mapping. Both borrow from the model.
 */
struct extra;
const char *schema_text(const struct schema_key *r, const void *item);
const struct extra *schema_extra(const struct schema_key *r, const void *item);
/* The rows the details panel shows in part (one PNL_* bit), in rank
 * order, into out (room for SK__COUNT); returns how many. */
size_t schema_panel_rows(unsigned part, const struct schema_key **out);

/*
 * Set paths. A path names a leaf from an item (the plan, a goal or an
 * activity) by keys joined with dots; a list of indicators is indexed
 * from 0 (`indicators.0.name`), a quarter is q1..q4 (`status.q2.rating`).
 * A further column is `extra.KEY` (`indicators.0.extra.KEY`): KEY is all
 * that follows "extra." (dots included), any text but "". schema_resolve
 * splits path into its keys and checks that the format has such a
 * settable leaf under place item (SP_PLAN, SP_GOAL or SP_ACT); for
 * extra.KEY the leaf is the extra row and extra_key is KEY.
 */
#define SCHEMA_EXTRA_KEY "KEY"	/* how paths are listed: extra.KEY */
#define SCHEMA_PATH_MAX 6
struct schema_path {
	const char *seg[SCHEMA_PATH_MAX];	/* into buf; the index as written */
	size_t nseg;
	const struct schema_key *leaf;
	bool has_index;
	size_t index;		/* the indicator number */
	size_t index_seg;	/* which seg is the index */
	int quarter;		/* 1..4 when the path names a quarter, else 0 */
	const char *extra_key;	/* extra.KEY: KEY (into buf); else NULL */
	char *buf;		/* owned: free with schema_path_free */
};
enum schema_resolve_err {
	SR_OK,
	SR_NOT_A_FIELD,		/* no such settable leaf under item */
	SR_BAD_INDEX,		/* the index is not a number */
};
enum schema_resolve_err schema_resolve(enum sp item, const char *path, struct schema_path *out);
void schema_path_free(struct schema_path *p);
/* Append the set path of leaf to out: index is the indicator number and q
 * (1..4) the quarter where the path has them ("indicators.0.actual.q2",
 * "status.q2.rating"); for a quarter row as leaf, q picks its quarter.
 * For an extra row it is the mapping's path ("indicators.0.extra"): the
 * caller adds ".KEY". */
void schema_set_path(struct sbuf *out, enum sk leaf, size_t index, int q);
/* Every settable path of item, as people read them ("id, title, ...,
 * indicators.I.name|unit|baseline|target|actual.qN|extra.KEY, ...,
 * extra.KEY"), into out. */
void schema_paths(enum sp item, struct sbuf *out);
/* Help for :set: the settable paths of an activity and of a goal, and how
 * indicators are numbered, in the current language (tr), as lines
 * indented by indent spaces and wrapped at width columns. */
void schema_set_help(struct sbuf *out, int indent, size_t width);
/* One line per settable path "ITEM\tPATH\tTYPE" for plan, goal and
 * activity, in table order (README's path table is checked against it). */
void schema_path_table(struct sbuf *out);

/*
 * Value checks, one per type, shared by the loader and `set`/`:set`, so
 * that a bad value gives the same message (catalog code and arguments)
 * from both: 0 when val (a scalar as written) is valid for type, with *out
 * (may be NULL) holding what it means and *canon (may be NULL) receiving
 * the canonical spelling of numbers, ratings and quarter lists; -1 when
 * not, with *why (may be NULL) set to an error without a position, which
 * the caller places (tv_err_place: the loader at the value's node, set at
 * its path). ST_TEXT accepts anything, ST_ID any text but "" (uniqueness is
 * the caller's check); "" is a valid rating (no rating: set clears it).
 * ST_QUARTERS takes set's spelling ("2,3", "1-4", "[1, 2]", "q2", "":
 * none); the loader checks each item of a quarters list with
 * schema_check_quarter. Nothing is allocated except in canon and why.
 */
struct schema_value {
	long long n;		/* ST_VERSION, ST_YEAR, ST_AMOUNT: the number */
	unsigned quarters;	/* ST_QUARTERS: bit q-1 set for quarter q */
	int rating;		/* ST_RATING: as rating_parse (RATING_NONE for "") */
};
#define SCHEMA_AMOUNT_MAX (LLONG_MAX / 4)	/* sums of amounts stay in long long */
int schema_check(enum st type, const char *val, struct schema_value *out, struct sbuf *canon,
		 struct tv_err *why);
/* One quarter of a list: val a whole number 1..4 not yet in *mask; 0 with
 * its bit added to *mask, else -1 with *why set as for schema_check. */
int schema_check_quarter(const char *val, unsigned *mask, struct tv_err *why);
/* Parse set's spelling of quarters into a mask (bit q-1); -1 when invalid. */
int schema_parse_quarters(const char *v, unsigned *mask);

#endif
