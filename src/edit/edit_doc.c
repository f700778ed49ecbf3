/*
 * edit_doc.c — the document side of edits: finding goals and activities,
 * spelling a value the way its old value was written, and adding or
 * removing a key in a mapping's own style and in the format's key order.
 */
#include <stdlib.h>
#include <string.h>

#include "edit_impl.h"
#include "session_impl.h"
#include "tolov/plan/emit.h"
#include "tolov/plan/schema.h"

/* ---- finding things in the document ---- */

struct yn *doc_goals(const struct doc *d)
{
	struct yn *g = yn_get(d->root, K(SK_GOALS));
	return g && g->kind == YN_SEQ ? g : NULL;
}

struct yn *doc_acts(const struct yn *goal)
{
	struct yn *a = yn_get(goal, K(SK_ACTIVITIES));
	return a && a->kind == YN_SEQ ? a : NULL;
}

static bool id_is(const struct yn *item, const char *id)
{
	struct yn *v = yn_get(item, K(SK_ACT_ID));
	return yn_is(v, id);
}

/* Goals nest: search goals and their activities, then their goals. */
static struct yn *find_in_goals(const struct yn *goals, const char *id, int *kind)
{
	for (uint32_t g = 0; goals && g < goals->n; g++) {
		if (id_is(goals->kids[g], id)) {
			*kind = T_GOAL;
			return goals->kids[g];
		}
		struct yn *acts = doc_acts(goals->kids[g]);
		for (uint32_t a = 0; acts && a < acts->n; a++) {
			if (id_is(acts->kids[a], id)) {
				*kind = T_ACT;
				return acts->kids[a];
			}
		}
		struct yn *sub = yn_get(goals->kids[g], K(SK_SUBGOALS));
		struct yn *found = sub && sub->kind == YN_SEQ ? find_in_goals(sub, id, kind) : NULL;
		if (found)
			return found;
	}
	return NULL;
}

struct yn *doc_find(const struct doc *d, const char *id, int *kind)
{
	if (!id || !*id) {
		*kind = T_PLAN;
		return d->root;
	}
	return find_in_goals(doc_goals(d), id, kind);
}

size_t line_end(const struct doc *d, size_t off)
{
	if (off > 0 && d->src[off - 1] == '\n')
		return off;
	return doc_next_line(d, off);
}

unsigned node_col(const struct doc *d, const struct yn *n)
{
	return (unsigned)(n->start - doc_line_start(d, n->start));
}

void edit_indent(struct sbuf *b, unsigned n)
{
	while (n--)
		sbuf_addc(b, ' ');
}

void edit_spell(struct session *s, struct sbuf *out, const struct yn *old, const char *val,
		  bool number)
{
	if (number) {
		sbuf_adds(out, val);
		return;
	}
	int style = old && old->kind == YN_SCALAR ? old->style : YN_DQUOTE;
	bool multiline = strchr(val, '\n') != NULL;
	/* a block's indentation is set by its first line with content: one
	 * that starts with a space would lose it (it would need an indentation
	 * indicator), so such text is double-quoted */
	const char *first = val;
	while (*first == '\n')
		first++;
	if ((style == YN_LITERAL || style == YN_FOLDED) && multiline && emit_block_ok(val) &&
	    *first != ' ' && *first != '\t') {
		const struct doc *d = s->doc;
		const struct yn *key = yn_key_of(s->doc, old);
		unsigned ind = key ? node_col(d, key) + 2 : 2;
		/* keep the block's own indentation when it has content */
		size_t p = doc_next_line(d, old->start);
		if (p < old->end) {
			unsigned n = 0;
			while (p + n < old->end && d->src[p + n] == ' ')
				n++;
			if (p + n < old->end && d->src[p + n] != '\n' && d->src[p + n] != '\r')
				ind = n;
		}
		const char *eol = doc_eol(d);
		size_t len = strlen(val);
		size_t trail = 0;
		while (trail < len && val[len - 1 - trail] == '\n')
			trail++;
		sbuf_adds(out, trail == 0 ? "|-" : trail == 1 ? "|" : "|+");
		const char *line = val;
		const char *end = val + len - trail;
		for (;;) {
			const char *nl = memchr(line, '\n', (size_t)(end - line));
			size_t l = nl ? (size_t)(nl - line) : (size_t)(end - line);
			sbuf_adds(out, eol);
			if (l) {
				edit_indent(out, ind);
				sbuf_add(out, line, l);
			}
			if (!nl)
				break;
			line = nl + 1;
		}
		for (size_t i = 1; i < trail; i++)
			sbuf_adds(out, eol);
		/* the last line break: kept when the old block's span held one,
		 * and written at the end of the file when the value ends with
		 * one (else the block would lose it) */
		if ((old->end > 0 && d->src[old->end - 1] == '\n') || (old->end >= d->len && trail))
			sbuf_adds(out, eol);
		return;
	}
	if (style == YN_PLAIN && emit_plain_ok(val))
		sbuf_adds(out, val);
	else if (style == YN_SQUOTE && emit_sq_ok(val))
		emit_sq(out, val);
	else
		emit_dq(out, val);
}

static void nest_flow(struct sbuf *b, const char *const *keys, size_t n, const char *leaf)
{
	if (n == 0) {
		sbuf_adds(b, leaf);
		return;
	}
	sbuf_addf(b, "{%s: ", keys[0]);
	nest_flow(b, keys + 1, n - 1, leaf);
	sbuf_addc(b, '}');
}

/* For putting a new key where a reader expects it: after the last present
 * key that comes before it in the format's order (the schema table's). The
 * place is the one that knows key and most of map's keys (a goal and an
 * activity share some keys; their other keys tell them apart). */
uint32_t key_slot(const struct yn *map, const char *key)
{
	static const enum sp places[] = {
		SP_PLAN, SP_GOAL, SP_ACT, SP_IND, SP_BUDGET, SP_STATUS, SP_ENTRY, SP_ACTUAL,
	};
	enum sp place = SP_NONE;
	size_t most = 0;
	for (size_t o = 0; o < sizeof(places) / sizeof(*places); o++) {
		if (schema_order(places[o], key) < 0)
			continue;
		size_t known = 0;
		for (uint32_t i = 0; i + 1 < map->n; i += 2)
			known += schema_order(places[o], map->kids[i]->val) >= 0;
		if (known > most) {
			most = known;
			place = places[o];
		}
	}
	if (place == SP_NONE)
		return UINT32_MAX;
	int pos = schema_order(place, key);
	uint32_t best = UINT32_MAX;
	bool before_any = false;
	for (uint32_t i = 0; i + 1 < map->n; i += 2) {
		int j = schema_order(place, map->kids[i]->val);
		if (j < 0)
			continue;
		if (j < pos)
			best = i / 2;
		else
			before_any = true;
	}
	if (best != UINT32_MAX || before_any)
		return best == UINT32_MAX ? UINT32_MAX - 1 : best;
	return UINT32_MAX;
}

struct yn *key_slot_value(const struct yn *map, const char *key)
{
	uint32_t slot = key_slot(map, key);
	if (slot >= UINT32_MAX - 1 || 2 * slot + 2 >= map->n)
		return NULL;	/* append at the end */
	return map->kids[2 * slot + 1];
}

/* The indentation step of block mappings nested under a key: in map
 * itself when it has one, else the first in the document, else 2. */
static unsigned step_in(const struct doc *d, const struct yn *map, int depth)
{
	if (!map || map->kind == YN_SCALAR || depth > 8)
		return 0;
	for (uint32_t i = 0; map->kind == YN_MAP && i + 1 < map->n; i += 2) {
		const struct yn *k = map->kids[i], *v = map->kids[i + 1];
		if (v->kind == YN_MAP && v->style == YN_BLOCK && v->n &&
		    node_col(d, v->kids[0]) > node_col(d, k))
			return node_col(d, v->kids[0]) - node_col(d, k);
	}
	for (uint32_t i = 0; i < map->n; i++) {
		unsigned st = step_in(d, map->kids[i], depth + 1);
		if (st)
			return st;
	}
	return 0;
}

unsigned indent_step(const struct doc *d, const struct yn *map)
{
	unsigned st = step_in(d, map, 8);
	if (!st)
		st = step_in(d, d->root, 0);
	return st ? st : 2;
}

/* Add keys[0] (with keys[1..n) nested inside) to map, valued leaf. */
int insert_key(struct session *s, struct yn *map, const char *const *keys, size_t n,
		      const char *leaf, struct tv_err *err)
{
	struct yn *after = map->kind == YN_MAP ? key_slot_value(map, keys[0]) : NULL;
	/* every known key present comes after the new one: insert before them */
	struct yn *before = NULL;
	if (map->kind == YN_MAP && map->n && key_slot(map, keys[0]) == UINT32_MAX - 1)
		before = map->kids[0];
	struct doc *d = s->doc;
	struct sbuf b = SBUF_INIT;
	const char *eol = doc_eol(d);
	if (map->kind == YN_SCALAR) {
		/* an empty value such as "status:" becomes a flow mapping */
		size_t at = map->start;
		if (at > 0 && d->src[at - 1] == ':')
			sbuf_addc(&b, ' ');
		nest_flow(&b, keys, n, leaf);
		step_splice(s, at, map->end - map->start, b.buf, b.len);
	} else if (map->style == YN_FLOW) {
		size_t at = after ? after->end : map->n ? map->kids[map->n - 1]->end : map->end - 1;
		if (map->n && !before)
			sbuf_adds(&b, ", ");
		sbuf_addf(&b, "%s: ", keys[0]);
		nest_flow(&b, keys + 1, n - 1, leaf);
		if (before) {
			at = before->start;
			sbuf_adds(&b, ", ");
		}
		step_splice(s, at, 0, b.buf, b.len);
	} else {
		unsigned col = node_col(d, map->kids[0]);
		size_t at = line_end(d, after ? after->end : map->end);
		if (before && doc_line_start(d, before->start) + col == before->start)
			at = doc_line_start(d, before->start);	/* the first key has its own line */
		if (at == d->len && d->len && d->src[d->len - 1] != '\n')
			sbuf_adds(&b, eol);
		edit_indent(&b, col);
		bool block_sibling = false;
		for (uint32_t i = 1; i < map->n; i += 2)
			block_sibling |= map->kids[i]->kind == YN_MAP && map->kids[i]->style == YN_BLOCK;
		unsigned step = indent_step(d, map);
		/* extra is a block mapping in a block item, as tolov writes it */
		if (n >= 2 && !strcmp(keys[0], K(SK_ACT_EXTRA)))
			block_sibling = true;
		if (n >= 2 && block_sibling) {
			/* siblings are written as indented blocks: so is this */
			for (size_t i = 0; i + 1 < n; i++) {
				sbuf_addf(&b, "%s:%s", keys[i], eol);
				edit_indent(&b, col + step * (unsigned)(i + 1));
			}
			sbuf_addf(&b, "%s: %s", keys[n - 1], leaf);
		} else if (n >= 2 && !strcmp(keys[0], K(SK_STATUS))) {
			/* status holds one entry per quarter, each on its line */
			sbuf_addf(&b, "%s:%s", keys[0], eol);
			edit_indent(&b, col + step);
			sbuf_addf(&b, "%s: ", keys[1]);
			nest_flow(&b, keys + 2, n - 2, leaf);
		} else {
			sbuf_addf(&b, "%s: ", keys[0]);
			nest_flow(&b, keys + 1, n - 1, leaf);
		}
		sbuf_adds(&b, eol);
		step_splice(s, at, 0, b.buf, b.len);
	}
	sbuf_free(&b);
	return step_reparse(s, err);
}

/* Remove key i (0-based pair index) from map. */
int delete_key(struct session *s, struct yn *map, uint32_t i, struct tv_err *err)
{
	struct doc *d = s->doc;
	struct yn *k = map->kids[2 * i], *v = map->kids[2 * i + 1];
	size_t from, to;
	if (map->style == YN_FLOW) {
		if (2 * i + 2 < map->n) {
			from = k->start;
			to = map->kids[2 * i + 2]->start;
		} else if (i > 0) {
			from = map->kids[2 * i - 1]->end;
			to = v->end;
		} else {
			from = k->start;
			to = v->end;
		}
	} else {
		from = doc_line_start(d, k->start);
		for (size_t p = from; p < k->start; p++)
			if (d->src[p] != ' ')
			{
				tv_err_at(err, d->path, 0, 0, M_E_KEY_SHARES_LINE, "%s", k->val);
				return -1;
			}
		to = line_end(d, v->end > k->end ? v->end : k->end);
	}
	step_splice(s, from, to - from, "", 0);
	return step_reparse(s, err);
}

uint32_t key_index(const struct yn *map, const char *key)
{
	for (uint32_t i = 0; i + 1 < map->n; i += 2)
		if (!strcmp(map->kids[i]->val, key))
			return i / 2;
	return UINT32_MAX;
}

/* Clear status.qN.rating, removing what becomes empty. */