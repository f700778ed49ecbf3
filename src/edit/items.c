/*
 * items.c — adding, deleting and moving goals, activities and indicators.
 *
 * A list item in block style owns its lines: from the comment lines right
 * above its dash to the end of its last line. A new item is written in the
 * canonical layout at its siblings' indentation, or in braces among
 * siblings written in flow style; deleting takes the item's lines with it,
 * and the last item of a list leaves "[]" behind so the key stays valid.
 * New goals and activities get fresh ids ("7", "3.5") unique in the plan.
 */
#include <stdlib.h>
#include <string.h>

#include "edit_impl.h"
#include "session_impl.h"
#include "tolov/plan/emit.h"
#include "tolov/plan/schema.h"

enum item { I_GOAL, I_ACT, I_IND };

static const enum sk item_sk[] = { SK_GOALS, SK_ACTIVITIES, SK_ACT_INDS };
#define item_key(kind) K(item_sk[kind])
static const char *const item_name[] = { "goal", "activity", "indicator" };

/* The list a new or moved item belongs to, and the map holding its key. */
struct where {
	struct yn *owner;	/* mapping that has the list's key */
	struct yn *list;	/* NULL when the key is missing */
	struct yn *key;
};

static int locate(struct session *s, enum item kind, size_t goal, size_t act, struct where *w,
		  struct tv_err *err)
{
	struct doc *d = s->doc;
	memset(w, 0, sizeof(*w));
	w->owner = d->root;
	if (kind != I_GOAL) {
		struct yn *goals = doc_goals(d);
		if (!goals || goal >= goals->n)
			goto none;
		w->owner = goals->kids[goal];
		if (kind == I_IND) {
			struct yn *acts = doc_acts(w->owner);
			if (!acts || act >= acts->n)
				goto none;
			w->owner = acts->kids[act];
		}
	}
	w->list = yn_get(w->owner, item_key(kind));
	w->key = w->list ? yn_key_of(s->doc, w->list) : NULL;
	if (w->list && w->list->kind != YN_SEQ && !yn_is_null(w->list)) {
		tv_err_set(err, d->path, 0, 0, "'%s' is not a list", item_key(kind));
		return -1;
	}
	if (w->list && w->list->kind != YN_SEQ)
		w->list = NULL;	/* null ("key:", "key: ~"): no items yet */
	return 0;
none:
	tv_err_set(err, d->path, 0, 0, "no such %s", kind == I_IND ? "activity" : "goal");
	return -1;
}

/* Byte range an item owns. */
static void item_range(const struct doc *d, const struct yn *list, uint32_t i, size_t *from,
		       size_t *to)
{
	const struct yn *it = list->kids[i];
	if (list->style == YN_FLOW) {
		*from = it->start;
		*to = it->end;
		return;
	}
	size_t ls = doc_line_start(d, it->start);
	/* comment lines directly above belong to the item */
	while (ls > 0) {
		size_t prev = doc_line_start(d, ls - 1);
		size_t p = prev;
		while (p < ls && d->src[p] == ' ')
			p++;
		if (p >= ls || d->src[p] != '#')
			break;
		if (list->kids[0] != it && prev < list->kids[i - 1]->end)
			break;
		ls = prev;
	}
	*from = ls;
	*to = line_end(d, it->end);
}

static unsigned dash_col(const struct doc *d, const struct yn *it)
{
	size_t p = it->start;
	size_t ls = doc_line_start(d, p);
	while (p > ls && d->src[p - 1] != '-')
		p--;
	return p > ls ? (unsigned)(p - 1 - ls) : (unsigned)(it->start - ls);
}

static char *fresh_goal_id(const struct doc *d)
{
	long max = 0;
	struct yn *goals = doc_goals(d);
	for (uint32_t g = 0; goals && g < goals->n; g++) {
		struct yn *id = yn_get(goals->kids[g], K(SK_GOAL_ID));
		char *end;
		long v = id && id->kind == YN_SCALAR ? strtol(id->val, &end, 10) : 0;
		if (id && id->kind == YN_SCALAR && *id->val && !*end && v > max)
			max = v;
	}
	for (long n = max + 1;; n++) {
		char *id = xasprintf("%ld", n);
		if (!id_taken(d, id, NULL))
			return id;
		free(id);
	}
}

static char *fresh_act_id(const struct doc *d, const struct yn *goal)
{
	struct yn *gid = yn_get(goal, K(SK_GOAL_ID));
	const char *g = gid && gid->kind == YN_SCALAR ? gid->val : "";
	size_t gl = strlen(g);
	long max = 0;
	struct yn *acts = doc_acts(goal);
	for (uint32_t a = 0; acts && a < acts->n; a++) {
		struct yn *id = yn_get(acts->kids[a], K(SK_ACT_ID));
		if (!id || id->kind != YN_SCALAR || strncmp(id->val, g, gl) || id->val[gl] != '.')
			continue;
		char *end;
		long v = strtol(id->val + gl + 1, &end, 10);
		if ((!*end || *end == '.') && v > max)
			max = v;
	}
	for (long n = max + 1;; n++) {
		char *id = xasprintf("%s.%ld", g, n);
		if (!id_taken(d, id, NULL))
			return id;
		free(id);
	}
}

/* Text of a new item, block (indent = dash column) or flow. */
static void new_item(struct sbuf *b, enum item kind, const char *id, bool flow, unsigned indent,
		     const char *eol)
{
	if (flow) {
		if (kind == I_GOAL) {
			sbuf_adds(b, "{id: ");
			emit_dq(b, id);
			sbuf_adds(b, ", title: \"\", activities: []}");
		} else if (kind == I_ACT) {
			sbuf_adds(b, "{id: ");
			emit_dq(b, id);
			sbuf_adds(b, ", title: \"\", responsible: \"\"}");
		} else {
			sbuf_adds(b, "{name: \"\", baseline: \"\", target: \"\"}");
		}
		return;
	}
	struct plan *p = plan_new();
	if (kind == I_GOAL) {
		struct goal *g = plan_add_goal(p);
		g->id = id;
		emit_goal_item(b, g, (int)indent, eol);
	} else if (kind == I_ACT) {
		plan_add_goal(p);
		struct activity *a = plan_add_activity(p, 0);
		a->id = id;
		emit_activity_item(b, a, (int)indent, eol);
	} else {
		plan_add_goal(p);
		struct activity *a = plan_add_activity(p, 0);
		emit_indicator_item(b, plan_add_indicator(p, a), (int)indent, eol);
	}
	plan_free(p);
}

static int add_item(struct session *s, enum item kind, size_t goal, size_t act, size_t after,
		    size_t *new_index, struct tv_err *err)
{
	struct doc *d = s->doc;
	struct where w;
	if (s->read_only) {
		tv_err_set(err, d->path, 0, 0, "the plan is open read-only");
		return -1;
	}
	if (locate(s, kind, goal, act, &w, err))
		return -1;
	char *id = kind == I_GOAL ? fresh_goal_id(d) : kind == I_ACT ? fresh_act_id(d, w.owner) : NULL;
	const char *eol = doc_eol(d);
	struct sbuf b = SBUF_INIT;
	size_t n = w.list ? w.list->n : 0;
	size_t at;
	size_t idx = n == 0 ? 0 : after >= n ? n : after + 1;

	step_begin(s, kind == I_GOAL ? "add goal" : kind == I_ACT ? "add activity" : "add indicator");
	if (n && w.list->style == YN_FLOW) {
		/* siblings written one a line: the new item gets its own line */
		struct yn *const *k = w.list->kids;
		size_t prev = n >= 2 ? k[n - 2]->start : w.list->start;
		bool own_lines = doc_line_start(d, k[n - 1]->start) != doc_line_start(d, prev);
		struct sbuf sep = SBUF_INIT;
		sbuf_adds(&sep, own_lines ? "," : ", ");
		if (own_lines) {
			sbuf_adds(&sep, eol);
			pad(&sep, node_col(d, k[idx < n ? idx : n - 1]));
		}
		if (idx < n) {
			at = k[idx]->start;
			new_item(&b, kind, id, true, 0, eol);
			sbuf_add(&b, sep.buf, sep.len);
		} else {
			at = k[n - 1]->end;
			sbuf_add(&b, sep.buf, sep.len);
			new_item(&b, kind, id, true, 0, eol);
		}
		sbuf_free(&sep);
		step_splice(s, at, 0, b.buf, b.len);
	} else if (n) {
		unsigned col = dash_col(d, w.list->kids[0]);
		size_t to;
		if (idx < n)
			item_range(d, w.list, (uint32_t)idx, &at, &to);
		else
			at = line_end(d, w.list->kids[n - 1]->end);
		if (at == d->len && d->len && d->src[d->len - 1] != '\n')
			sbuf_adds(&b, eol);
		new_item(&b, kind, id, false, col, eol);
		step_splice(s, at, 0, b.buf, b.len);
	} else if (w.key) {
		/* "key: []" or "key:" — the list starts on the next line */
		unsigned col = node_col(d, w.key) + 2;
		size_t from = w.key->end;
		size_t to = line_end(d, from);
		sbuf_addc(&b, ':');
		sbuf_adds(&b, eol);
		new_item(&b, kind, id, false, col, eol);
		if (to == d->len && d->len && d->src[d->len - 1] != '\n')
			b.len -= strlen(eol), b.buf[b.len] = '\0';
		step_splice(s, from, to - from, b.buf, b.len);
	} else if (w.owner->style == YN_FLOW) {
		struct yn *prev = key_slot_value(w.owner, item_key(kind));
		at = prev ? prev->end : w.owner->n ? w.owner->kids[w.owner->n - 1]->end : w.owner->end - 1;
		sbuf_addf(&b, "%s%s: [", w.owner->n ? ", " : "", item_key(kind));
		new_item(&b, kind, id, true, 0, eol);
		sbuf_addc(&b, ']');
		step_splice(s, at, 0, b.buf, b.len);
	} else {
		unsigned col = node_col(d, w.owner->kids[0]);
		struct yn *prev = key_slot_value(w.owner, item_key(kind));
		at = line_end(d, prev ? prev->end : w.owner->end);
		if (at == d->len && d->len && d->src[d->len - 1] != '\n')
			sbuf_adds(&b, eol);
		pad(&b, col);
		sbuf_addf(&b, "%s:%s", item_key(kind), eol);
		new_item(&b, kind, id, false, col + 2, eol);
		step_splice(s, at, 0, b.buf, b.len);
	}
	sbuf_free(&b);
	free(id);
	if (doc_reparse(d, err)) {
		step_abort(s);
		return -1;
	}
	if (step_commit(s, err))
		return -1;
	if (new_index)
		*new_index = idx;
	return 0;
}

int session_add_goal(struct session *s, size_t after, size_t *new_index, struct tv_err *err)
{
	return add_item(s, I_GOAL, 0, 0, after, new_index, err);
}

int session_add_activity(struct session *s, size_t goal, size_t after, size_t *new_index,
			 struct tv_err *err)
{
	return add_item(s, I_ACT, goal, 0, after, new_index, err);
}

int session_add_indicator(struct session *s, size_t goal, size_t act, size_t *new_index,
			  struct tv_err *err)
{
	return add_item(s, I_IND, goal, act, SIZE_MAX, new_index, err);
}

static int check_index(struct session *s, enum item kind, const struct where *w, size_t i,
		       struct tv_err *err)
{
	if (s->read_only) {
		tv_err_set(err, s->doc->path, 0, 0, "the plan is open read-only");
		return -1;
	}
	if (!w->list || i >= w->list->n) {
		tv_err_set(err, s->doc->path, 0, 0, "no such %s", item_name[kind]);
		return -1;
	}
	return 0;
}

static int delete_item(struct session *s, enum item kind, size_t goal, size_t act, size_t i,
		       struct tv_err *err)
{
	struct doc *d = s->doc;
	struct where w;
	if (locate(s, kind, goal, act, &w, err) || check_index(s, kind, &w, i, err))
		return -1;
	struct yn *list = w.list;
	size_t from, to;
	step_begin(s, kind == I_GOAL ? "delete goal" : kind == I_ACT ? "delete activity"
				     : "delete indicator");
	if (list->n == 1) {
		/* the last item: leave an empty list behind */
		if (list->style == YN_FLOW) {
			from = list->kids[0]->start;
			to = list->kids[0]->end;
			step_splice(s, from, to - from, "", 0);
		} else {
			struct sbuf b = SBUF_INIT;
			from = w.key->end;
			size_t f2;
			item_range(d, list, 0, &f2, &to);
			sbuf_addf(&b, ": []%s", doc_eol(d));
			if (to == d->len && d->len && d->src[d->len - 1] != '\n')
				b.len -= strlen(doc_eol(d)), b.buf[b.len] = '\0';
			step_splice(s, from, to - from, b.buf, b.len);
			sbuf_free(&b);
		}
	} else if (list->style == YN_FLOW) {
		if (i + 1 < list->n) {
			from = list->kids[i]->start;
			to = list->kids[i + 1]->start;
		} else {
			from = list->kids[i - 1]->end;
			to = list->kids[i]->end;
		}
		step_splice(s, from, to - from, "", 0);
	} else {
		item_range(d, list, (uint32_t)i, &from, &to);
		step_splice(s, from, to - from, "", 0);
	}
	if (doc_reparse(d, err)) {
		step_abort(s);
		return -1;
	}
	return step_commit(s, err);
}

int session_delete_goal(struct session *s, size_t goal, struct tv_err *err)
{
	return delete_item(s, I_GOAL, 0, 0, goal, err);
}

int session_delete_activity(struct session *s, size_t goal, size_t act, struct tv_err *err)
{
	return delete_item(s, I_ACT, goal, 0, act, err);
}

int session_delete_indicator(struct session *s, size_t goal, size_t act, size_t ind,
			     struct tv_err *err)
{
	return delete_item(s, I_IND, goal, act, ind, err);
}

static int move_item(struct session *s, enum item kind, size_t goal, size_t act, size_t i, int dir,
		     struct tv_err *err)
{
	struct doc *d = s->doc;
	struct where w;
	if (locate(s, kind, goal, act, &w, err) || check_index(s, kind, &w, i, err))
		return -1;
	size_t a = dir < 0 ? i - 1 : i, bi = a + 1;
	if ((dir < 0 && i == 0) || bi >= w.list->n) {
		tv_err_set(err, d->path, 0, 0, "the %s is already %s", item_name[kind],
			   dir < 0 ? "first" : "last");
		return -1;
	}
	size_t af, at, bf, bt;
	item_range(d, w.list, (uint32_t)a, &af, &at);
	item_range(d, w.list, (uint32_t)bi, &bf, &bt);
	struct sbuf b = SBUF_INIT;
	const char *eol = doc_eol(d);
	sbuf_add(&b, d->src + bf, bt - bf);
	bool block = w.list->style != YN_FLOW;
	bool bare_end = block && (bt == bf || d->src[bt - 1] != '\n');
	if (bare_end)
		sbuf_adds(&b, eol);	/* the last line of the file had no line end */
	sbuf_add(&b, d->src + at, bf - at);
	sbuf_add(&b, d->src + af, at - af);
	if (bare_end && b.len >= strlen(eol))
		b.len -= strlen(eol), b.buf[b.len] = '\0';
	step_begin(s, kind == I_GOAL ? "move goal" : kind == I_ACT ? "move activity"
				     : "move indicator");
	step_splice(s, af, bt - af, b.buf, b.len);
	sbuf_free(&b);
	if (doc_reparse(d, err)) {
		step_abort(s);
		return -1;
	}
	return step_commit(s, err);
}

int session_move_goal(struct session *s, size_t goal, int dir, struct tv_err *err)
{
	return move_item(s, I_GOAL, 0, 0, goal, dir, err);
}

int session_move_activity(struct session *s, size_t goal, size_t act, int dir, struct tv_err *err)
{
	return move_item(s, I_ACT, goal, 0, act, dir, err);
}

int session_move_indicator(struct session *s, size_t goal, size_t act, size_t ind, int dir,
			   struct tv_err *err)
{
	return move_item(s, I_IND, goal, act, ind, dir, err);
}
