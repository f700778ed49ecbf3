/*
 * doc.c — parse a plan file with libyaml's event API into a node tree that
 * remembers where every node stands in the source bytes.
 *
 * libyaml counts marks in characters (a CRLF is two, a leading BOM none);
 * a cursor walks the source to turn them into byte offsets. Events arrive
 * in source order, so the cursor moves a little at a time.
 */
#include "tolov/yaml/doc.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "doc_mem.h"

/* Character index (libyaml mark) to byte offset. */
struct cursor {
	const char *s;
	size_t len, ci, bi;
};

static inline bool is_cont(char b)
{
	return ((unsigned char)b & 0xC0) == 0x80;
}

/*
 * Invariant: ci counts the characters (lead bytes) in s[0, bi). Seeking
 * stops on the lead byte of character number ci. Forward, eight bytes at a
 * time: a mask marks the word's lead bytes (not 10xxxxxx); when the one
 * sought is among them, dropping the k lowest marks leaves it lowest.
 */
static size_t cursor_seek(struct cursor *c, size_t ci)
{
	const char *s = c->s;
	size_t bi = c->bi, have = c->ci, end = c->len >= 8 ? c->len - 8 : 0;
	while (have <= ci && bi < end) {
		uint64_t x;
		memcpy(&x, s + bi, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		x = __builtin_bswap64(x);	/* byte i in bits 8i .. 8i+7 */
#endif
		uint64_t lead = (~x | (x << 1)) & 0x8080808080808080ull;
		/* one bit per byte at most: a multiply adds them up (no popcnt
		 * instruction is assumed) */
		size_t n = (size_t)(((lead >> 7) * 0x0101010101010101ull) >> 56);
		size_t k = ci - have;
		if (k < n) {
			while (k--)
				lead &= lead - 1;
			c->bi = bi + ((size_t)__builtin_ctzll(lead) >> 3);
			c->ci = ci;
			return c->bi;
		}
		have += n;
		bi += 8;
	}
	c->bi = bi;
	c->ci = have;
	while (c->bi < c->len && (c->ci < ci || is_cont(c->s[c->bi]))) {
		if (!is_cont(c->s[c->bi]))
			c->ci++;
		c->bi++;
	}
	while (c->ci > ci && c->bi > 0) {
		c->bi--;
		if (!is_cont(c->s[c->bi]))
			c->ci--;
	}
	while (c->bi > 0 && is_cont(c->s[c->bi]))
		c->bi--;	/* back to the character's lead byte */
	return c->bi;
}

struct builder {
	struct doc *d;
	struct doc_mem *mem;
	struct cursor cur;
	size_t bom;
	size_t off0;		/* byte offset of libyaml's input in the source */
	struct yn **stack;	/* open collections */
	size_t depth;
	struct yn **kids;	/* children of open collections, innermost last */
	size_t n_kids, cap_kids;
	size_t *base;		/* per open collection: its first index in kids */
	struct yn *root;
	int docs;
	struct share share;
};

static uint32_t mark_off(struct builder *b, const yaml_mark_t *m)
{
	return (uint32_t)(cursor_seek(&b->cur, m->index) + b->off0);
}

static void push_kid(struct builder *b, struct yn *n)
{
	if (b->n_kids == b->cap_kids) {
		b->cap_kids = b->cap_kids ? b->cap_kids * 2 : 256;
		b->kids = xrealloc(b->kids, b->cap_kids * sizeof(*b->kids));
	}
	b->kids[b->n_kids++] = n;
}

static int add_node(struct builder *b, struct yn *n, const yaml_mark_t *at, struct tv_err *err)
{
	if (b->depth == 0) {
		if (b->root) {
			doc_error_at(b->d, mark_off(b, at), err, M_E_TWO_DOCS, TV_NOARGS);
			return -1;
		}
		b->root = n;
		return 0;
	}
	struct yn *parent = b->stack[b->depth - 1];
	if (parent->kind == YN_MAP && (b->n_kids - b->base[b->depth - 1]) % 2 == 0 &&
	    n->kind != YN_SCALAR) {
		doc_error_at(b->d, n->start, err, n->kind == YN_MAP ? M_E_KEY_IS_MAP : M_E_KEY_IS_LIST,
			     TV_NOARGS);
		return -1;
	}
	push_kid(b, n);
	return 0;
}

static struct yn *new_node(struct builder *b, int kind, int style, uint32_t start, uint32_t end)
{
	struct yn *n = mem_alloc(b->mem, sizeof(*n));
	memset(n, 0, sizeof(*n));
	n->kind = (uint8_t)kind;
	n->style = (uint8_t)style;
	n->start = start;
	n->end = end;
	return n;
}

static int scalar_style(yaml_scalar_style_t s)
{
	switch (s) {
	case YAML_SINGLE_QUOTED_SCALAR_STYLE: return YN_SQUOTE;
	case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return YN_DQUOTE;
	case YAML_LITERAL_SCALAR_STYLE: return YN_LITERAL;
	case YAML_FOLDED_SCALAR_STYLE: return YN_FOLDED;
	default: return YN_PLAIN;
	}
}

/*
 * libyaml ends a block scalar at the start of the next line with content,
 * taking in the blank lines after it. Its span ends instead at the end of
 * its last line (before the line break), so that rewriting the value keeps
 * the line break and the blank lines that follow. With "keep" chomping
 * (|+) the trailing line breaks are part of the value: only the last one
 * is left out of the span.
 */
static uint32_t block_scalar_end(const char *src, uint32_t start, uint32_t end)
{
	bool keep = false;
	for (uint32_t i = start + 1; i < end && src[i] != '\n' && src[i] != '\r' && src[i] != ' ' &&
				     src[i] != '#'; i++)
		keep |= src[i] == '+';
	uint32_t e = end;
	if (keep) {
		if (e > start && src[e - 1] == '\n')
			e--;
		if (e > start && src[e - 1] == '\r')
			e--;
		return e;
	}
	/* back over the line break, then over lines of spaces only */
	for (;;) {
		uint32_t q = e;
		if (q > start && src[q - 1] == '\n')
			q--;
		else
			return e;	/* the last line ends the file */
		if (q > start && src[q - 1] == '\r')
			q--;
		uint32_t ls = q;
		while (ls > start && src[ls - 1] != '\n')
			ls--;
		bool blank = ls > start;
		for (uint32_t i = ls; blank && i < q; i++)
			blank = src[i] == ' ' || src[i] == '\t';
		if (!blank)
			return q;
		e = ls;
	}
}

/*
 * A value that reads exactly as it is spelled — plain, or quoted with no
 * escape and no line break — is its own bytes in the source: the start of
 * those bytes, else NULL. Keys and short values are copied instead (see
 * doc.h), so this is asked of long text only.
 */
static const char *spelled_as_is(const char *src, int style, uint32_t s, uint32_t e, const char *v,
				 size_t l)
{
	uint32_t q = style == YN_PLAIN ? 0 : style == YN_SQUOTE || style == YN_DQUOTE ? 1 : UINT32_MAX;
	if (q == UINT32_MAX || (size_t)(e - s) != l + 2 * q || memcmp(src + s + q, v, l) != 0)
		return NULL;
	return src + s + q;
}

static int open_coll(struct builder *b, int kind, int flow, const yaml_mark_t *m, struct tv_err *err)
{
	uint32_t start = mark_off(b, m);
	if (b->depth >= DOC_MAX_DEPTH) {
		doc_error_at(b->d, start, err, M_E_NESTING, "%d", DOC_MAX_DEPTH);
		return -1;
	}
	struct yn *n = new_node(b, kind, flow ? YN_FLOW : YN_BLOCK, start, start);
	if (add_node(b, n, m, err))
		return -1;
	b->stack[b->depth] = n;
	b->base[b->depth] = b->n_kids;
	b->depth++;
	return 0;
}

static void close_coll(struct builder *b, const yaml_mark_t *m)
{
	struct yn *n = b->stack[--b->depth];
	size_t base = b->base[b->depth];
	n->n = (uint32_t)(b->n_kids - base);
	if (n->n) {
		n->kids = mem_alloc(b->mem, n->n * sizeof(*n->kids));
		memcpy(n->kids, b->kids + base, n->n * sizeof(*n->kids));
	}
	b->n_kids = base;
	/* A block collection ends where its last item ends; libyaml's end
	 * mark would take in the comments and blank lines that follow. */
	if (n->style == YN_FLOW || n->n == 0)
		n->end = mark_off(b, m);
	else
		n->end = n->kids[n->n - 1]->end;
}

static int check_dup_keys(struct builder *b, struct yn *map, struct tv_err *err)
{
	/* Plan mappings are small; a quadratic check is cheap and exact. */
	for (uint32_t i = 2; i < map->n; i += 2) {
		struct yn *k = map->kids[i];
		for (uint32_t j = 0; j < i; j += 2) {
			struct yn *o = map->kids[j];
			if (o->len == k->len && memcmp(o->val, k->val, k->len) == 0) {
				unsigned line, col;
				doc_linecol(b->d, o->start, &line, &col);
				doc_error_at(b->d, k->start, err, M_E_DUP_KEY, "%s%u", k->val, line);
				doc_note(b->d, o, err, M_N_FIRST_KEY, "%s", k->val);
				return -1;
			}
		}
	}
	return 0;
}

/*
 * Parse src[base, base + len) into a tree whose spans are offsets in src.
 * base is 0 for a whole file (a BOM is skipped there only); a part of a
 * file (doc_reparse_item) is parsed as a document of its own. With mem_in
 * the nodes go to that storage (left as it is on failure), else to a new
 * one handed back in *memp.
 */
static int build(struct doc *d, const char *src, size_t base, size_t len, struct doc_mem *mem_in,
		 struct doc_mem **memp, struct yn **rootp, struct tv_err *err)
{
	struct builder b = { .d = d };
	yaml_parser_t p;
	yaml_event_t ev;
	int rc = -1;

	if (mem_in) {
		b.mem = mem_in;
	} else {
		b.mem = mem_new();
		mem_reserve(b.mem, len + len / 2);
	}
	b.stack = xmalloc((DOC_MAX_DEPTH + 1) * sizeof(*b.stack));
	b.base = xmalloc((DOC_MAX_DEPTH + 1) * sizeof(*b.base));
	if (base == 0 && len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
		b.bom = 3;
	b.off0 = base + b.bom;
	const char *in = src + b.off0;
	size_t in_len = len - b.bom;
	size_t end = base + len;
	b.cur = (struct cursor){ in, in_len, 0, 0 };

	/* Lines end in LF or CRLF. A lone CR is a line break to YAML but not
	 * to git, editors' diffs or tolov's line-based edits: refuse it. */
	for (const char *cr = src + base; (cr = memchr(cr, '\r', end - (size_t)(cr - src))); cr++) {
		if ((size_t)(cr - src) + 1 >= end || cr[1] != '\n') {
			doc_error_at(d, (size_t)(cr - src), err, M_E_LONE_CR, TV_NOARGS);
			goto out_nofree;
		}
	}
	if (!yaml_parser_initialize(&p)) {
		tv_err_at(err, d->path, 0, 0, M_E_OOM, TV_NOARGS);
		goto out_nofree;
	}
	/* libyaml is told the encoding, so it would read a BOM as a
	 * character (and count it as a column); it gets the bytes after it. */
	yaml_parser_set_input_string(&p, (const unsigned char *)in, in_len);
	yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);

	for (;;) {
		if (!yaml_parser_parse(&p, &ev)) {
			size_t off = cursor_seek(&b.cur, p.problem_mark.index) + b.off0;
			if (p.error == YAML_READER_ERROR)
				off = p.problem_offset + b.off0 <= end ? p.problem_offset + b.off0 : end;
			const char *what = p.problem ? p.problem : "invalid YAML";
			if (p.error == YAML_READER_ERROR && strstr(what, "UTF-8"))
				doc_error_at(d, off, err, M_E_BAD_UTF8, "%s", what);
			else if (p.error == YAML_READER_ERROR)
				doc_error_at(d, off, err, M_E_NOT_TEXT, "%s", what);
			else if (p.context && p.context_mark.line != p.problem_mark.line)
				doc_error_at(d, off, err, M_E_YAML_AT_LINE, "%s%zu%s", p.context,
					     p.context_mark.line + 1, what);
			else if (p.context)
				doc_error_at(d, off, err, M_E_YAML_CONTEXT, "%s%s", p.context, what);
			else
				doc_error_at(d, off, err, M_E_YAML, "%s", what);
			goto out;
		}
		int type = ev.type;
		switch (type) {
		case YAML_ALIAS_EVENT:
			doc_error_at(d, mark_off(&b, &ev.start_mark), err, M_E_ALIAS, "%s",
				     (const char *)ev.data.alias.anchor);
			yaml_event_delete(&ev);
			goto out;
		case YAML_DOCUMENT_START_EVENT:
			if (++b.docs > 1) {
				doc_error_at(d, mark_off(&b, &ev.start_mark), err, M_E_TWO_DOCS,
					     TV_NOARGS);
				yaml_event_delete(&ev);
				goto out;
			}
			break;
		case YAML_SCALAR_EVENT: {
			uint32_t s = mark_off(&b, &ev.start_mark);
			uint32_t e = mark_off(&b, &ev.end_mark);
			int style = scalar_style(ev.data.scalar.style);
			if (style == YN_LITERAL || style == YN_FOLDED)
				e = block_scalar_end(src, s, e);
			struct yn *n = new_node(&b, YN_SCALAR, style, s, e);
			size_t l = ev.data.scalar.length;
			const char *sv = (const char *)ev.data.scalar.value;
			const char *v = NULL;
			bool key = b.depth && b.stack[b.depth - 1]->kind == YN_MAP &&
				   (b.n_kids - b.base[b.depth - 1]) % 2 == 0;
			if (key) {
				if (memchr(sv, '\0', l)) {
					doc_error_at(d, s, err, M_E_KEY_NUL, TV_NOARGS);
					yaml_event_delete(&ev);
					goto out;
				}
				v = mem_intern(sv, l);
			}
			if (!v && memchr(sv, '\0', l))
				v = mem_str(b.mem, sv, l);	/* "\0" escapes: never shared */
			else if (!v && l <= SHARE_MAX)
				v = share_get(&b.share, b.mem, sv, l, mem_str);
			else if (!v && !key && (v = spelled_as_is(src, style, s, e, sv, l)))
				n->view = 1;	/* the source's own bytes: no copy */
			n->val = v ? v : mem_str(b.mem, sv, l);
			n->len = (uint32_t)l;
			if (add_node(&b, n, &ev.start_mark, err)) {
				yaml_event_delete(&ev);
				goto out;
			}
			break;
		}
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT: {
			int flow = type == YAML_SEQUENCE_START_EVENT
				? ev.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
				: ev.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
			if (open_coll(&b, type == YAML_SEQUENCE_START_EVENT ? YN_SEQ : YN_MAP, flow,
				      &ev.start_mark, err)) {
				yaml_event_delete(&ev);
				goto out;
			}
			break;
		}
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT: {
			struct yn *n = b.stack[b.depth - 1];
			close_coll(&b, &ev.end_mark);
			if (n->kind == YN_MAP && check_dup_keys(&b, n, err)) {
				yaml_event_delete(&ev);
				goto out;
			}
			break;
		}
		default:
			break;
		}
		yaml_event_delete(&ev);
		if (type == YAML_STREAM_END_EVENT)
			break;
	}
	*rootp = b.root;
	if (!mem_in) {
		mem_trim(b.mem);
		*memp = b.mem;
	}
	b.mem = NULL;
	rc = 0;
out:
	yaml_parser_delete(&p);
out_nofree:
	if (!mem_in)
		mem_free(b.mem);
	free(b.stack);
	free(b.base);
	free(b.kids);
	free(b.share.slot);
	return rc;
}

int doc_from_buffer(struct doc **out, const char *path, char *src, size_t len, struct tv_err *err)
{
	struct doc *d = xcalloc(1, sizeof(*d));
	d->path = xstrdup(path ? path : "<input>");
	d->src = src;
	d->len = len;
	*out = NULL;
	if (len > UINT32_MAX - 16) {
		tv_err_at(err, d->path, 0, 0, M_E_TOO_LARGE, TV_NOARGS);
		doc_free(d);
		return -1;
	}
	if (build(d, d->src, 0, d->len, NULL, &d->mem, &d->root, err)) {
		doc_free(d);
		return -1;
	}
	*out = d;
	return 0;
}

int doc_load(struct doc **out, const char *path, size_t cap, struct tv_err *err)
{
	char *src;
	size_t len;
	*out = NULL;
	if (read_file(path, cap, &src, &len, err))
		return -1;
	return doc_from_buffer(out, path, src, len, err);
}

int doc_reparse(struct doc *d, struct tv_err *err)
{
	struct doc_mem *mem = NULL;
	struct yn *root = NULL;
	if (build(d, d->src, 0, d->len, NULL, &mem, &root, err))
		return -1;
	mem_free(d->mem);
	d->mem = mem;
	d->root = root;
	return 0;
}

/* ---- re-reading one item ---- */

static size_t line_start_in(const char *src, size_t off)
{
	while (off > 0 && src[off - 1] != '\n')
		off--;
	return off;
}

/* The last item of block list n whose first line starts before off, or
 * UINT32_MAX. */
static uint32_t last_line_before(const struct doc *d, const struct yn *n, size_t off)
{
	uint32_t a = 0, b = n->n;
	if (line_start_in(d->src, n->kids[0]->start) >= off)
		return UINT32_MAX;
	while (b - a > 1) {
		uint32_t m = a + (b - a) / 2;
		if (line_start_in(d->src, n->kids[m]->start) < off)
			a = m;
		else
			b = m;
	}
	return a;
}

/* Are src[from, to) whole lines that are blank or comments (the lead-in
 * above a list's first item)? */
static bool blank_or_comment_lines(const char *src, size_t from, size_t to)
{
	if (from > 0 && src[from - 1] != '\n')
		return false;
	for (size_t p = from; p < to;) {
		size_t q = p;
		while (q < to && src[q] == ' ')
			q++;
		if (q < to && src[q] != '\n' && src[q] != '\r' && src[q] != '#')
			return false;
		const char *nl = memchr(src + q, '\n', to - q);
		if (!nl)
			return false;
		p = (size_t)(nl - src) + 1;
	}
	return true;
}

/* Walk from n (its lines end at to) down the block collections whose
 * lines hold [lo, hi); every block-list item that does is a link. A change
 * may start in the blank or comment lines right above a list's first
 * item: its link starts there. A link that starts at its first item's
 * first line takes the next item too, so that deleting the first item
 * leaves an item to re-read. */
size_t doc_item_chain(const struct doc *d, size_t lo, size_t hi, struct doc_chain *c)
{
	c->n = c->n_path = 0;
	struct yn *n = d->root;
	size_t to = d->len;
	while (n && c->n_path < DOC_CHAIN_MAX && n->kind != YN_SCALAR && n->style == YN_BLOCK &&
	       n->n) {
		c->path[c->n_path++] = n;
		struct yn *next = NULL;
		size_t next_to = to;
		if (n->kind == YN_MAP) {
			for (uint32_t i = 0; i + 1 < n->n; i += 2) {
				size_t f = line_start_in(d->src, n->kids[i]->start);
				size_t t = i + 2 < n->n ? line_start_in(d->src, n->kids[i + 2]->start) : to;
				if (lo > f && hi <= t) {
					next = n->kids[i + 1];
					next_to = t;
					break;
				}
			}
		} else {
			/* the items whose lines hold lo and hi: the last starting
			 * before each (lo may be the very start of the first) */
			uint32_t ia = last_line_before(d, n, lo), ib = last_line_before(d, n, hi);
			size_t f0 = line_start_in(d->src, n->kids[0]->start);
			size_t lead = f0;	/* where the first item's lines start */
			if (ia == UINT32_MAX && lo < f0 && blank_or_comment_lines(d->src, lo, f0))
				lead = lo;
			if (ia == UINT32_MAX && lo == lead)
				ia = 0;
			if (ia == UINT32_MAX)
				break;
			if (ib == UINT32_MAX || ib < ia)
				ib = ia;
			if (lo == lead && ib + 1 < n->n)
				ib++;	/* the first item may go: its sibling stays */
			size_t f = ia == 0 ? lead : line_start_in(d->src, n->kids[ia]->start);
			size_t t = ib + 1 < n->n ? line_start_in(d->src, n->kids[ib + 1]->start) : to;
			if (!(lo >= f && hi <= t))
				break;
			c->link[c->n++] = (struct doc_item){ n, ia, ib - ia + 1, f, t, c->n_path - 1,
							     lo == f };
			struct yn *it = n->kids[ia];
			if (ia != ib || lo == f || it->kind != YN_MAP || it->style != YN_BLOCK)
				break;	/* the change spans items, or starts a line */
			next = it;
			next_to = t;
		}
		n = next;
		to = next_to;
	}
	return c->n;
}

void doc_chain_splice(struct doc_chain *c, size_t off, size_t oldlen, size_t newlen)
{
	size_t keep = 0;
	for (size_t i = 0; i < c->n; i++) {
		struct doc_item *l = &c->link[i];
		if (!((off > l->from || (off == l->from && l->at_start)) && off + oldlen <= l->to))
			break;	/* this item and the ones inside it no longer hold it */
		l->to = l->to - oldlen + newlen;
		keep++;
	}
	c->n = keep;
}

/* Are src[from, to) items of one block list on their own: a dash first
 * (after blank and comment lines), and every other line that is not
 * blank, a comment or a document end marker ("...") either a dash in the
 * same column or indented deeper? */
static bool item_stands_alone(const char *src, size_t from, size_t to)
{
	for (;;) {	/* the blank and comment lines above the first dash */
		size_t q = from;
		while (q < to && src[q] == ' ')
			q++;
		if (q >= to || (src[q] != '\n' && src[q] != '\r' && src[q] != '#'))
			break;
		const char *nl = memchr(src + q, '\n', to - q);
		if (!nl)
			return false;
		from = (size_t)(nl - src) + 1;
	}
	size_t p = from;
	while (p < to && src[p] == ' ')
		p++;
	if (p >= to || src[p] != '-')
		return false;
	size_t dash = p - from;
	for (p = from; p < to;) {
		const char *nl = memchr(src + p, '\n', to - p);
		size_t next = nl ? (size_t)(nl - src) + 1 : to;
		if (p != from) {
			size_t q = p;
			while (q < next && src[q] == ' ')
				q++;
			bool empty = q >= next || src[q] == '\n' || src[q] == '\r' || src[q] == '#' ||
				     (q == p && next - q >= 3 && !memcmp(src + q, "...", 3) &&
				      (next - q == 3 || src[q + 3] == '\n' || src[q + 3] == '\r' ||
				       src[q + 3] == ' '));
			bool sibling = q - p == dash && src[q] == '-' &&
				       (q + 1 >= next || src[q + 1] == ' ' || src[q + 1] == '\n' ||
					src[q + 1] == '\r');
			if (!empty && !sibling && q - p <= dash)
				return false;
		}
		p = next;
	}
	return true;
}

int doc_reparse_chain(struct doc *d, const struct doc_chain *c, struct tv_err *err)
{
	for (size_t k = c->n; k-- > 0;) {
		const struct doc_item *l = &c->link[k];
		if (l->to > d->len || !item_stands_alone(d->src, l->from, l->to))
			continue;
		struct yn *root = NULL;
		struct tv_err ignore = TV_ERR_INIT;
		int rc = build(d, d->src, l->from, l->to - l->from, d->mem, NULL, &root, &ignore);
		tv_err_clear(&ignore);
		if (rc || !root || root->kind != YN_SEQ || root->style != YN_BLOCK || root->n == 0)
			continue;	/* a wider part, or the whole file, says what is wrong */
		struct yn *list = l->list;
		if (root->n == l->n) {
			memcpy(list->kids + l->i, root->kids, root->n * sizeof(*list->kids));
		} else {
			uint32_t n = list->n - l->n + root->n;
			struct yn **kids = mem_alloc(d->mem, n * sizeof(*kids));
			memcpy(kids, list->kids, l->i * sizeof(*kids));
			memcpy(kids + l->i, root->kids, root->n * sizeof(*kids));
			memcpy(kids + l->i + root->n, list->kids + l->i + l->n,
			       (list->n - l->i - l->n) * sizeof(*kids));
			list->kids = kids;
			list->n = n;
		}
		if (l->i == 0)
			list->start = root->start;	/* a block list starts at its first dash */
		/* block collections end where their last item ends */
		for (size_t j = l->depth + 1; j-- > 0;) {
			struct yn *n = c->path[j];
			if (n->kind != YN_SCALAR && n->style == YN_BLOCK && n->n)
				n->end = n->kids[n->n - 1]->end;
		}
		return 0;
	}
	return doc_reparse(d, err);
}

void doc_free(struct doc *d)
{
	if (!d)
		return;
	mem_free(d->mem);
	free(d->src);
	free(d->path);
	free(d);
}
