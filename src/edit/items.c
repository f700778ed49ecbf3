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
#include "tolov/base/i18n.h"

enum item { I_GOAL, I_ACT, I_IND };

static const enum sk item_sk[] = { SK_GOALS, SK_ACTIVITIES, SK_ACT_INDS };
#define item_key(kind) K(item_sk[kind])
static const enum msg no_such_msg[] = { M_E_NO_SUCH_GOAL_ITEM, M_E_NO_SUCH_ACT_ITEM,
					M_E_NO_SUCH_IND_ITEM };
static const enum msg first_msg[] = { M_E_GOAL_FIRST, M_E_ACT_FIRST, M_E_IND_FIRST };
static const enum msg last_msg[] = { M_E_GOAL_LAST, M_E_ACT_LAST, M_E_IND_LAST };

/* The list a new or moved item belongs to, and the map holding its key. */
struct where {
	struct yn *owner;	/* mapping that has the list's key */
	struct yn *list;	/* NULL when the key is missing */
	struct yn *key;
};

/* The goals list holding goal number *goal of the plan's flat pre-order
 * array, counting from the first of goals (owned by owner): the list, its
 * owner in *holder and the goal's index in it; NULL when there are fewer. */
static struct yn *goal_in(struct yn *owner, struct yn *goals, size_t *goal, struct yn **holder,
			  uint32_t *i)
{
	for (uint32_t k = 0; goals && goals->kind == YN_SEQ && k < goals->n; k++) {
		if ((*goal)-- == 0) {
			*holder = owner;
			*i = k;
			return goals;
		}
		struct yn *g = goals->kids[k];
		if (g->kind == YN_MAP) {
			struct yn *r = goal_in(g, yn_get(g, K(SK_SUBGOALS)), goal, holder, i);
			if (r)
				return r;
		}
	}
	return NULL;
}

static struct yn *goal_at(const struct doc *d, size_t goal, struct yn **owner, uint32_t *i)
{
	return goal_in(d->root, doc_goals(d), &goal, owner, i);
}

/*
 * Where an item of kind goes. goal is an index of the plan's flat goal
 * array (document pre-order, nested goals included). For I_GOAL, *gi
 * is that index on entry (SIZE_MAX, or past the last goal: the end of
 * the top-level list) and the goal's index in its own list on return.
 */
static int locate(struct session *s, enum item kind, size_t goal, size_t act, struct where *w,
		  size_t *gi, struct tv_err *err)
{
	struct doc *d = s->doc;
	memset(w, 0, sizeof(*w));
	w->owner = d->root;
	if (kind == I_GOAL && gi && s->plan && *gi < s->plan->n_goal) {
		uint32_t k;
		struct yn *owner;
		if (!goal_at(d, *gi, &owner, &k))
			goto none;
		w->owner = owner;
		*gi = k;
	} else if (kind == I_GOAL && gi && *gi != SIZE_MAX) {
		*gi = SIZE_MAX - 1;	/* past the last: after the top-level list's last */
	}
	if (kind != I_GOAL) {
		uint32_t k;
		struct yn *owner;
		struct yn *goals = goal_at(d, goal, &owner, &k);
		if (!goals)
			goto none;
		w->owner = goals->kids[k];
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
		tv_err_at(err, d->path, 0, 0, M_E_NOT_A_LIST, "%s", item_key(kind));
		return -1;
	}
	if (w->list && w->list->kind != YN_SEQ)
		w->list = NULL;	/* null ("key:", "key: ~"): no items yet */
	return 0;
none:
	tv_err_at(err, d->path, 0, 0, kind == I_IND ? M_E_NO_SUCH_ACT_ITEM : M_E_NO_SUCH_GOAL_ITEM,
		  TV_NOARGS);
	return -1;
}

static unsigned dash_col(const struct doc *d, const struct yn *it)
{
	size_t p = it->start;
	size_t ls = doc_line_start(d, p);
	while (p > ls && d->src[p - 1] != '-')
		p--;
	return p > ls ? (unsigned)(p - 1 - ls) : (unsigned)(it->start - ls);
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
		if (list->kids[0] != it && p - prev > dash_col(d, it))
			break;	/* indented as the previous item's keys: its own */
		ls = prev;
	}
	*from = ls;
	*to = line_end(d, it->end);
	if (it->kind != YN_MAP || it->style != YN_BLOCK)
		return;
	/* comment lines after its last line, indented as its keys (or more),
	 * are part of it */
	unsigned keycol = node_col(d, it);
	size_t end = list->end > it->end ? list->end : it->end;
	if (i + 1 < list->n)
		end = list->kids[i + 1]->start;
	for (size_t p = *to; p < d->len && p < end;) {
		size_t q = p;
		while (q < d->len && d->src[q] == ' ')
			q++;
		if (q >= d->len || d->src[q] != '#' || q - p < keycol)
			break;
		p = *to = doc_next_line(d, p);
	}
}

/* Is the line at off empty (spaces only)? */
static bool blank_line(const struct doc *d, size_t off)
{
	if (off >= d->len)
		return false;
	while (off < d->len && d->src[off] == ' ')
		off++;
	return off < d->len && (d->src[off] == '\n' || d->src[off] == '\r');
}

/* Are the siblings of a block list separated by blank lines, every one
 * (at least two gaps, so that one stray blank line sets no style)? */
static bool blank_separated(const struct doc *d, const struct yn *list)
{
	if (list->style == YN_FLOW || list->n < 3)
		return false;
	for (uint32_t i = 0; i + 1 < list->n; i++) {
		size_t f, t, f1, t1;
		item_range(d, list, i, &f, &t);
		item_range(d, list, i + 1, &f1, &t1);
		if (!(t < f1 && blank_line(d, t)))
			return false;
	}
	return true;
}

static char *fresh_goal_id(const struct doc *d)
{
	long max = 0;
	struct yn *goals = doc_goals(d);
	for (uint32_t g = 0; goals && g < goals->n; g++) {
		struct yn *id = yn_get(goals->kids[g], K(SK_GOAL_ID));
		if (!id || id->kind != YN_SCALAR || !id->len)
			continue;
		char *s = yn_strdup(id), *end;
		long v = strtol(s, &end, 10);
		if (!*end && v > max)
			max = v;
		free(s);
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
	char *g = gid && gid->kind == YN_SCALAR ? yn_strdup(gid) : xstrdup("");
	size_t gl = strlen(g);
	long max = 0;
	struct yn *acts = doc_acts(goal);
	for (uint32_t a = 0; acts && a < acts->n; a++) {
		struct yn *id = yn_get(acts->kids[a], K(SK_ACT_ID));
		if (!id || id->kind != YN_SCALAR || id->len <= gl || memcmp(id->val, g, gl) ||
		    id->val[gl] != '.')
			continue;
		char *s = yn_strdup(id), *end;
		long v = strtol(s + gl + 1, &end, 10);
		if ((!*end || *end == '.') && v > max)
			max = v;
		free(s);
	}
	for (long n = max + 1;; n++) {
		char *id = xasprintf("%s.%ld", g, n);
		if (!id_taken(d, id, NULL)) {
			free(g);
			return id;
		}
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
		emit_indicator_item(b, plan_add_indicator(p, &a->ind, &a->n_ind), (int)indent, eol);
	}
	plan_free(p);
}

/*
 * A new block item in the style of its sibling sib: the sibling's line
 * start up to its first key (indentation, dash and the spaces after it)
 * begins the item, and its other keys stand at the sibling's key column.
 */
static void new_item_like(const struct doc *d, struct sbuf *b, enum item kind, const char *id,
			  const struct yn *sib, const char *eol)
{
	size_t ls = doc_line_start(d, sib->start);
	bool dash_line = sib->kind == YN_MAP && sib->style == YN_BLOCK;
	for (size_t p = ls; dash_line && p < sib->start; p++)
		dash_line = d->src[p] == ' ' || d->src[p] == '-';
	if (!dash_line) {
		new_item(b, kind, id, false, dash_col(d, sib), eol);
		return;
	}
	unsigned keycol = (unsigned)(sib->start - ls);
	struct sbuf canon = SBUF_INIT;
	new_item(&canon, kind, id, false, 0, eol);
	const char *line = canon.buf, *end = canon.buf + canon.len;
	while (line < end) {
		const char *nl = memchr(line, '\n', (size_t)(end - line));
		const char *next = nl ? nl + 1 : end;
		if (line[0] == '-' && line[1] == ' ') {
			sbuf_add(b, d->src + ls, sib->start - ls);
			line += 2;
		} else {
			size_t sp = 0;
			while (line + sp < next && line[sp] == ' ')
				sp++;
			/* canonical keys of the item stand at 2; deeper lines keep
			 * their depth below the key column */
			edit_indent(b, keycol + (unsigned)(sp >= 2 ? sp - 2 : 0));
			line += sp;
		}
		sbuf_add(b, line, (size_t)(next - line));
		line = next;
	}
	sbuf_free(&canon);
}

/* What a step of kind on (goal, act, i) — indices as the public calls take
 * them, before locate — is about, for undo and redo to select (step_item):
 * the goal or activity itself (new_id: the one added), an indicator's
 * activity (or goal). */
static void concern(struct session *s, enum item kind, size_t goal, size_t act, size_t i,
		    const char *new_id)
{
	const struct plan *p = s->plan;
	if (kind == I_GOAL) {
		bool have = !new_id && i < p->n_goal;
		size_t par = have ? p->goal[i].parent : GOAL_NONE;
		step_item(s, new_id ? new_id : have ? p->goal[i].id : NULL,
			  par != GOAL_NONE && par < p->n_goal ? p->goal[par].id : NULL, SIZE_MAX);
		return;
	}
	if (goal >= p->n_goal)
		return;
	const struct goal *g = &p->goal[goal];
	if (kind == I_ACT) {
		step_item(s, new_id ? new_id : i < g->n_act ? g->act[i].id : NULL, g->id, i);
		return;
	}
	step_item(s, act < g->n_act ? g->act[act].id : g->id, g->id,
		  act < g->n_act ? act : SIZE_MAX);
}

static int add_item(struct session *s, enum item kind, size_t goal, size_t act, size_t after,
		    size_t *new_index, struct tv_err *err)
{
	struct doc *d = s->doc;
	struct where w;
	if (s->read_only) {
		tv_err_at(err, d->path, 0, 0, M_E_READ_ONLY, TV_NOARGS);
		return -1;
	}
	size_t flat_after = after;
	size_t after0 = after;
	if (locate(s, kind, goal, act, &w, &after, err))
		return -1;
	char *id = kind == I_GOAL ? fresh_goal_id(d) : kind == I_ACT ? fresh_act_id(d, w.owner) : NULL;
	const char *eol = doc_eol(d);
	struct sbuf b = SBUF_INIT;
	size_t n = w.list ? w.list->n : 0;
	size_t at;
	size_t idx = n == 0 ? 0 : after >= n ? n : after + 1;

	step_begin(s, tr(kind == I_GOAL ? M_STEP_ADD_GOAL : kind == I_ACT ? M_STEP_ADD_ACT : M_STEP_ADD_IND));
	concern(s, kind, goal, act, after0 == SIZE_MAX ? 0 : after0 + 1, id);
	if (n && w.list->style == YN_FLOW) {
		/* siblings written one a line: the new item gets its own line */
		struct yn *const *k = w.list->kids;
		size_t prev = n >= 2 ? k[n - 2]->start : w.list->start;
		bool own_lines = doc_line_start(d, k[n - 1]->start) != doc_line_start(d, prev);
		struct sbuf sep = SBUF_INIT;
		sbuf_adds(&sep, own_lines ? "," : ", ");
		if (own_lines) {
			sbuf_adds(&sep, eol);
			edit_indent(&sep, node_col(d, k[idx < n ? idx : n - 1]));
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
		size_t from, to;
		bool blank = blank_separated(d, w.list);
		if (idx < n)
			item_range(d, w.list, (uint32_t)idx, &at, &to);
		else
			item_range(d, w.list, (uint32_t)(n - 1), &from, &at);
		if (at == d->len && d->len && d->src[d->len - 1] != '\n')
			sbuf_adds(&b, eol);
		if (blank && idx >= n)
			sbuf_adds(&b, eol);
		/* the nearest sibling gives the style */
		new_item_like(d, &b, kind, id, w.list->kids[idx < n ? idx : n - 1], eol);
		if (blank && idx < n)
			sbuf_adds(&b, eol);
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
		edit_indent(&b, col);
		sbuf_addf(&b, "%s:%s", item_key(kind), eol);
		new_item(&b, kind, id, false, col + 2, eol);
		step_splice(s, at, 0, b.buf, b.len);
	}
	sbuf_free(&b);
	free(id);
	if (step_reparse(s, err)) {
		step_abort(s);
		return -1;
	}
	if (step_commit(s, err))
		return -1;
	if (new_index && kind == I_GOAL) {
		/* in the flat array: after the goal and the goals nested in it */
		const struct plan *p = s->plan;
		*new_index = n == 0 || flat_after >= p->n_goal ? p->n_goal - 1
			     : flat_after + 1 + p->goal[flat_after].n_desc;
	} else if (new_index) {
		*new_index = idx;
	}
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
		tv_err_at(err, s->doc->path, 0, 0, M_E_READ_ONLY, TV_NOARGS);
		return -1;
	}
	if (!w->list || i >= w->list->n) {
		tv_err_at(err, s->doc->path, 0, 0, no_such_msg[kind], TV_NOARGS);
		return -1;
	}
	return 0;
}

static int delete_item(struct session *s, enum item kind, size_t goal, size_t act, size_t i,
		       struct tv_err *err)
{
	struct doc *d = s->doc;
	struct where w;
	size_t i0 = i;
	if (locate(s, kind, goal, act, &w, &i, err) || check_index(s, kind, &w, i, err))
		return -1;
	struct yn *list = w.list;
	size_t from, to;
	step_begin(s, tr(kind == I_GOAL ? M_STEP_DEL_GOAL : kind == I_ACT ? M_STEP_DEL_ACT
								: M_STEP_DEL_IND));
	concern(s, kind, goal, act, i0, NULL);
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
		if (blank_line(d, to) && i > 0 && from > 0 && blank_line(d, doc_line_start(d, from - 1)))
			to = doc_next_line(d, to);	/* one blank line between the neighbours */
		else if (i + 1 == list->n && from > 0 && blank_line(d, doc_line_start(d, from - 1)) &&
			 !blank_line(d, to))
			from = doc_line_start(d, from - 1);	/* the separation before the last */
		step_splice(s, from, to - from, "", 0);
	}
	if (step_reparse(s, err)) {
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
	size_t i0 = i;
	if (locate(s, kind, goal, act, &w, &i, err) || check_index(s, kind, &w, i, err))
		return -1;
	size_t a = dir < 0 ? i - 1 : i, bi = a + 1;
	if ((dir < 0 && i == 0) || bi >= w.list->n) {
		tv_err_at(err, d->path, 0, 0, dir < 0 ? first_msg[kind] : last_msg[kind], TV_NOARGS);
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
	step_begin(s, tr(kind == I_GOAL ? M_STEP_MOVE_GOAL : kind == I_ACT ? M_STEP_MOVE_ACT
								 : M_STEP_MOVE_IND));
	concern(s, kind, goal, act, i0, NULL);
	step_splice(s, af, bt - af, b.buf, b.len);
	sbuf_free(&b);
	if (step_reparse(s, err)) {
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

/*
 * Moving an activity to another goal. Its lines (with the comment lines
 * above it and its trailing comments) leave the source list and are
 * written after the target goal's last activity, re-indented to the
 * target siblings' dash, spacing and key column (block scalars move with
 * their lines, so they stay valid). Its id is kept: :renumber puts ids in
 * order when the user asks. One undo step.
 */
static void reindent(const struct doc *d, size_t from, size_t to, const struct yn *it,
		     const char *prefix, size_t plen, unsigned dash1, unsigned key1, unsigned dash2,
		     unsigned key2, struct sbuf *out)
{
	size_t first = doc_line_start(d, it->start);
	for (size_t p = from; p < to;) {
		size_t next = doc_next_line(d, p);
		if (next > to)
			next = to;
		if (p == first) {
			sbuf_add(out, prefix, plen);
			sbuf_add(out, d->src + it->start, next - it->start);
		} else {
			unsigned n = 0;
			while (p + n < next && d->src[p + n] == ' ')
				n++;
			bool blank = p + n >= next || d->src[p + n] == '\n' || d->src[p + n] == '\r';
			if (!blank)
				edit_indent(out, n >= key1 ? n - key1 + key2 : n >= dash1 ? n - dash1 + dash2 : n);
			sbuf_add(out, d->src + p + n, next - p - n);
		}
		p = next;
	}
}

/* The block list holding node among the goals (and their activities and
 * nested goals) of list goals, whose owner is owner. */
static bool find_holder(struct yn *owner, struct yn *goals, const struct yn *node,
			struct yn **o, struct yn **list, uint32_t *i)
{
	for (uint32_t g = 0; goals && goals->kind == YN_SEQ && g < goals->n; g++) {
		struct yn *goal = goals->kids[g];
		if (goal == node) {
			*o = owner;
			*list = goals;
			*i = g;
			return true;
		}
		if (goal->kind != YN_MAP || node->start < goal->start || node->start > goal->end)
			continue;
		struct yn *acts = doc_acts(goal);
		for (uint32_t a = 0; acts && a < acts->n; a++)
			if (acts->kids[a] == node) {
				*o = goal;
				*list = acts;
				*i = a;
				return true;
			}
		if (find_holder(goal, yn_get(goal, K(SK_SUBGOALS)), node, o, list, i))
			return true;
	}
	return false;
}

int session_move(struct session *s, const char *id, const char *goal_id, struct tv_err *err)
{
	struct doc *d = s->doc;
	if (s->read_only) {
		tv_err_at(err, d->path, 0, 0, M_E_READ_ONLY, TV_NOARGS);
		return -1;
	}
	int kind, gkind;
	struct yn *node = id ? doc_find(d, id, &kind) : NULL;
	struct yn *target = goal_id ? doc_find(d, goal_id, &gkind) : NULL;
	if (!node || kind == T_PLAN) {
		tv_err_at(err, d->path, 0, 0, M_EDIT_NO_SUCH_ITEM, "%s", id ? id : "");
		return -1;
	}
	if (!target || gkind != T_GOAL) {
		tv_err_at(err, d->path, 0, 0, M_EDIT_NO_SUCH_GOAL, "%s", goal_id ? goal_id : "");
		return -1;
	}
	/* the list that holds it, and the goal (or the root) that holds that */
	struct yn *src_owner = NULL, *src_list = NULL;
	uint32_t si = 0;
	find_holder(d->root, doc_goals(d), node, &src_owner, &src_list, &si);
	if (!src_list) {
		tv_err_at(err, d->path, 0, 0, M_EDIT_NO_SUCH_ITEM, "%s", id);
		return -1;
	}
	if (kind == T_GOAL && target->start >= node->start && target->start < node->end) {
		/* a goal under itself or under a goal nested in it */
		tv_err_at(err, d->path, 0, 0, M_EDIT_MOVE_INTO_ITSELF, "%s%s", id, goal_id);
		return -1;
	}
	if (src_owner == target) {
		tv_err_at(err, d->path, 0, 0, M_EDIT_ALREADY_IN_GOAL, "%s%s", id, goal_id);
		return -1;
	}
	const char *list_key = kind == T_GOAL ? K(SK_SUBGOALS) : K(SK_ACTIVITIES);
	struct yn *tl = yn_get(target, list_key);
	if (tl && tl->kind != YN_SEQ)
		tl = NULL;
	if ((tl && tl->style == YN_FLOW && tl->n) || src_list->style == YN_FLOW || node->style == YN_FLOW ||
	    node->kind != YN_MAP) {
		tv_err_at(err, d->path, 0, 0, M_EDIT_MOVE_FLOW, TV_NOARGS);
		return -1;
	}
	size_t from, to;
	item_range(d, src_list, si, &from, &to);
	/* removing it: as delete_item does, leaving "[]" for the last one */
	struct sbuf rm = SBUF_INIT;
	size_t rm_from = from, rm_to = to;
	const char *eol = doc_eol(d);
	if (src_list->n == 1) {
		struct yn *key = yn_key_of(d, src_list);
		rm_from = key->end;
		sbuf_addf(&rm, ": []%s", eol);
	} else if (blank_line(d, to) && si > 0 && from > 0 &&
		   blank_line(d, doc_line_start(d, from - 1))) {
		rm_to = doc_next_line(d, to);
	} else if (si + 1 == src_list->n && from > 0 && blank_line(d, doc_line_start(d, from - 1)) &&
		   !blank_line(d, to)) {
		rm_from = doc_line_start(d, from - 1);
	}
	/* the text at the target */
	unsigned dash1 = dash_col(d, node), key1 = node_col(d, node);
	struct sbuf ins = SBUF_INIT;
	size_t at, at_len = 0;
	if (tl && tl->n) {
		const struct yn *sib = tl->kids[tl->n - 1];
		size_t f2, t2;
		item_range(d, tl, tl->n - 1, &f2, &t2);
		at = t2;
		if (at == d->len && d->len && d->src[d->len - 1] != '\n')
			sbuf_adds(&ins, eol);
		if (blank_separated(d, tl))
			sbuf_adds(&ins, eol);
		size_t ls = doc_line_start(d, sib->start);
		reindent(d, from, to, node, d->src + ls, sib->start - ls, dash1, key1,
			 dash_col(d, sib), node_col(d, sib), &ins);
	} else {
		struct yn *key = yn_get(target, list_key) ? yn_key_of(d, yn_get(target, list_key))
							    : NULL;
		/* the source list's dash stands this far from its key (0 for
		 * an indentless list): so does the new one */
		struct yn *skey = yn_key_of(d, src_list);
		unsigned step = skey && dash1 >= node_col(d, skey) ? dash1 - node_col(d, skey)
								     : indent_step(d, target);
		unsigned tk = node_col(d, target);
		unsigned dash2 = key ? node_col(d, key) + step : tk + step;
		unsigned key2 = dash2 + (key1 - dash1);
		struct sbuf pre = SBUF_INIT;
		edit_indent(&pre, dash2);
		sbuf_addc(&pre, '-');
		edit_indent(&pre, key1 - dash1 - 1);
		if (key) {
			at = key->end;
			at_len = line_end(d, at) - at;
			sbuf_addf(&ins, ":%s", eol);
		} else {
			struct yn *prev = key_slot_value(target, list_key);
			at = line_end(d, prev ? prev->end : target->end);
			if (at == d->len && d->len && d->src[d->len - 1] != '\n')
				sbuf_adds(&ins, eol);
			edit_indent(&ins, tk);
			sbuf_addf(&ins, "%s:%s", list_key, eol);
			dash2 = tk + step;
			key2 = dash2 + (key1 - dash1);
			sbuf_free(&pre);
			edit_indent(&pre, dash2);
			sbuf_addc(&pre, '-');
			edit_indent(&pre, key1 - dash1 - 1);
		}
		reindent(d, from, to, node, pre.buf, pre.len, dash1, key1, dash2, key2, &ins);
		sbuf_free(&pre);
	}
	if (ins.len && ins.buf[ins.len - 1] != '\n')
		sbuf_adds(&ins, eol);
	step_begin(s, tr(kind == T_GOAL ? M_STEP_MOVE_GOAL : M_STEP_MOVE_ACT));
	step_item(s, id, goal_id, SIZE_MAX);
	if (at >= rm_to) {
		step_splice(s, at, at_len, ins.buf, ins.len);
		step_splice(s, rm_from, rm_to - rm_from, rm.buf, rm.len);
	} else {
		step_splice(s, rm_from, rm_to - rm_from, rm.buf, rm.len);
		step_splice(s, at, at_len, ins.buf, ins.len);
	}
	sbuf_free(&ins);
	sbuf_free(&rm);
	if (step_reparse(s, err)) {
		step_abort(s);
		return -1;
	}
	return step_commit(s, err);
}

/*
 * Renumbering: every goal of the tree and every activity, in their order:
 * top-level goals 1, 2, ...; inside a goal with id G, its activities and
 * nested goals G.1, G.2, ... in the order their lists come in the goal
 * (so a goal holding both never gives two items one id), and a nested
 * goal's own items under its new id (1.2.1). Each id keeps its spelling
 * (plain or quoted); only id scalars change, ids written in notes are
 * text and stay. One undo step.
 */
struct renum {
	struct yn *node;
	char *id;
};

static void renum_add(struct renum **r, size_t *n, struct yn *item, const char *key, char *id)
{
	struct yn *v = yn_get(item, key);
	if (!v || v->kind != YN_SCALAR || yn_is(v, id)) {
		free(id);
		return;
	}
	*r = xrealloc(*r, (*n + 1) * sizeof(**r));
	(*r)[*n].node = v;
	(*r)[*n].id = id;
	(*n)++;
}

static int renum_by_start(const void *a, const void *b)
{
	const struct renum *x = a, *y = b;
	return x->node->start < y->node->start ? -1 : x->node->start > y->node->start;
}

/* The goals of list under the prefix ("" at the top: "1", "2"; else
 * "G.1", "G.2"), each goal's activities and nested goals beneath it. */
static void renum_goals(struct renum **r, size_t *n, const struct yn *list, const char *prefix,
			unsigned *count, unsigned depth)
{
	for (uint32_t g = 0; list && g < list->n; g++) {
		struct yn *goal = list->kids[g];
		if (goal->kind != YN_MAP)
			continue;
		char *gid = *prefix ? xasprintf("%s.%u", prefix, ++*count) : xasprintf("%u", ++*count);
		renum_add(r, n, goal, K(SK_GOAL_ID), xstrdup(gid));
		struct yn *acts = doc_acts(goal);
		struct yn *sub = yn_get(goal, K(SK_SUBGOALS));
		if (sub && sub->kind != YN_SEQ)
			sub = NULL;
		unsigned k = 0;
		bool subs_first = sub && acts && sub->start < acts->start;
		if (subs_first && depth < 64)
			renum_goals(r, n, sub, gid, &k, depth + 1);
		for (uint32_t a = 0; acts && a < acts->n; a++)
			if (acts->kids[a]->kind == YN_MAP)
				renum_add(r, n, acts->kids[a], K(SK_ACT_ID), xasprintf("%s.%u", gid, ++k));
		if (!subs_first && sub && depth < 64)
			renum_goals(r, n, sub, gid, &k, depth + 1);
		free(gid);
	}
}

int session_renumber(struct session *s, struct tv_err *err)
{
	struct doc *d = s->doc;
	if (s->read_only) {
		tv_err_at(err, d->path, 0, 0, M_E_READ_ONLY, TV_NOARGS);
		return -1;
	}
	struct renum *r = NULL;
	size_t n = 0;
	unsigned top = 0;
	renum_goals(&r, &n, doc_goals(d), "", &top, 0);
	/* in document order, so the splices below run from the end */
	if (n)
		qsort(r, n, sizeof *r, renum_by_start);
	/* every new spelling and its byte span first: a splice may re-read
	 * the items it touched (session.c), freeing their nodes */
	struct span { size_t start, end; struct sbuf text; } *sp = xcalloc(n + 1, sizeof *sp);
	for (size_t i = 0; i < n; i++) {
		const struct yn *old = r[i].node;
		sp[i].start = old->start;
		sp[i].end = old->end;
		if (old->style == YN_PLAIN && !emit_plain_ok(r[i].id))
			emit_dq(&sp[i].text, r[i].id);
		else
			edit_spell(s, &sp[i].text, old, r[i].id, false);
		free(r[i].id);
	}
	free(r);
	step_begin(s, tr(M_STEP_RENUMBER));
	/* from the end, so earlier offsets stay valid */
	for (size_t i = n; i-- > 0;) {
		step_splice(s, sp[i].start, sp[i].end - sp[i].start, sp[i].text.buf, sp[i].text.len);
		sbuf_free(&sp[i].text);
	}
	free(sp);
	if (n && step_reparse(s, err)) {
		step_abort(s);
		return -1;
	}
	return step_commit(s, err);
}
