/*
 * merge.c — three-way merge of plans by id, field by field; see merge.h.
 *
 * Phase one walks THEIRS' differences from BASE (plandiff) and applies
 * each one that OURS did not also make to a session opened on OURS: field
 * changes with session_set, added items with session_add_* and the
 * fields of THEIRS' item, deletions, reorders by swaps. Changes OURS made
 * differently are set aside as conflicts. Phase two writes each conflict's
 * markers: THEIRS' side is found by applying THEIRS' edit to a scratch
 * copy of the merged text and taking the whole lines that differ.
 */
#include "tolov/edit/merge.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tolov/edit/session.h"
#include "tolov/plan/plandiff.h"
#include "tolov/io/save.h"
#include "tolov/plan/emit.h"
#include "edit_impl.h"
#include "tolov/plan/schema.h"

enum mark { MK_NONE, MK_SET, MK_DELETE_ACT, MK_DELETE_GOAL, MK_DELETE_IND, MK_INSERT_T, MK_REPLACE_T };

struct pend {
	enum merge_conflict_kind kind;
	enum mark mark;
	bool goal;		/* id names a goal */
	char *id, *field, *ours, *theirs;
	size_t ind;		/* MK_DELETE_IND: the indicator */
	size_t from, to;	/* region in the merged text */
	char *tt;		/* theirs' lines */
	unsigned line;
	bool dropped;		/* folded into an earlier overlapping region */
};

/* Ids theirs changed (a renumber, `set id=`), applied to ours first. */
struct renames {
	size_t n, cap;
	bool *goal;
	char **from, **to;
};

struct ctx {
	struct renames *rn, *orn;	/* ids theirs changed; ids ours changed */
	struct doc *bd, *td, *od;
	struct plan *bp, *tp, *op;
	struct session *s;
	struct pdiff_list dO, dT;
	const struct pdiff **ix;	/* dO sorted by (goal, id, field) */
	struct pend *p;
	size_t n_p, cap_p;
	const char *ours_path;
};

/* --- ours' own differences, by key ------------------------------------ */

static int key_cmp(bool ga, const char *ia, const char *fa, bool gb, const char *ib, const char *fb)
{
	if (ga != gb)
		return ga ? 1 : -1;
	int c = strcmp(ia, ib);
	if (c || !fa || !fb)
		return c;
	return strcmp(fa, fb);
}

static int ix_cmp(const void *x, const void *y)
{
	const struct pdiff *a = *(const struct pdiff *const *)x, *b = *(const struct pdiff *const *)y;
	int c = key_cmp(a->goal, a->id, a->field, b->goal, b->id, b->field);
	return c ? c : (int)a->kind - (int)b->kind;
}

/* First index of dO at or after (goal, id, field); field NULL: any field. */
static size_t ix_lower(const struct ctx *c, bool goal, const char *id, const char *field)
{
	size_t lo = 0, hi = c->dO.n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct pdiff *d = c->ix[mid];
		int k = key_cmp(d->goal, d->id, field ? d->field : "", goal, id, field ? field : "");
		if (!field && !k)
			k = 0, hi = mid;
		else if (k < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static const struct pdiff *ours_change(const struct ctx *c, bool goal, const char *id,
				       const char *field)
{
	size_t i = ix_lower(c, goal, id, field);
	for (; i < c->dO.n; i++) {
		const struct pdiff *d = c->ix[i];
		if (d->goal != goal || strcmp(d->id, id) || strcmp(d->field, field))
			return NULL;
		if (d->kind == PD_CHANGED)
			return d;
	}
	return NULL;
}

/* Did ours change anything of this item (fields starting with prefix,
 * or any when prefix is NULL)? */
static bool ours_touched(const struct ctx *c, bool goal, const char *id, const char *prefix)
{
	for (size_t i = ix_lower(c, goal, id, NULL); i < c->dO.n; i++) {
		const struct pdiff *d = c->ix[i];
		if (d->goal != goal || strcmp(d->id, id))
			break;
		if (!prefix || !strncmp(d->field, prefix, strlen(prefix)))
			return true;
	}
	return false;
}

static bool ours_touched_goal(const struct ctx *c, const char *gid)
{
	if (ours_touched(c, true, gid, NULL))
		return true;
	for (size_t i = 0; i < c->dO.n; i++) {
		const struct pdiff *d = &c->dO.d[i];
		if (d->goal || !d->id[0])
			continue;
		const struct activity *a = plan_find_activity(c->bp, d->id);
		if (a && !strcmp(c->bp->goal[a->goal].id, gid))
			return true;
		a = plan_find_activity(c->op, d->id);
		if (a && !strcmp(c->op->goal[a->goal].id, gid))
			return true;
	}
	return false;
}

/* --- conflicts ----------------------------------------------------------- */

static struct pend *conflict(struct ctx *c, enum merge_conflict_kind k, enum mark m, bool goal,
			     const char *id, const char *field, const char *ours, const char *theirs)
{
	for (size_t i = 0; i < c->n_p; i++)	/* one conflict per item for item kinds */
		if (k != MC_FIELD && c->p[i].kind == k && c->p[i].goal == goal &&
		    !strcmp(c->p[i].id, id) && !strcmp(c->p[i].field, field))
			return NULL;
	if (c->n_p == c->cap_p) {
		c->cap_p = c->cap_p ? c->cap_p * 2 : 8;
		c->p = xrealloc(c->p, c->cap_p * sizeof *c->p);
	}
	struct pend *p = &c->p[c->n_p++];
	memset(p, 0, sizeof *p);
	p->kind = k;
	p->mark = m;
	p->goal = goal;
	p->id = xstrdup(id);
	p->field = xstrdup(field ? field : "");
	p->ours = xstrdup(ours ? ours : "");
	p->theirs = xstrdup(theirs ? theirs : "");
	return p;
}

/* --- snapshots of an activity's fields ---------------------------------- */

struct snap {
	size_t n, cap, n_ind;
	char **path, **val;
};

static void snap_add(struct snap *s, char *path, const char *val)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 32;
		s->path = xrealloc(s->path, s->cap * sizeof *s->path);
		s->val = xrealloc(s->val, s->cap * sizeof *s->val);
	}
	s->path[s->n] = path;
	s->val[s->n++] = xstrdup(val);
}

static void snap_free(struct snap *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->path[i]);
		free(s->val[i]);
	}
	free(s->path);
	free(s->val);
	memset(s, 0, sizeof *s);
}

static void quarters_str(const struct activity *a, char out[16])
{
	size_t k = 0;
	out[0] = '\0';
	for (int i = 1; i <= NQ && a->has_quarters; i++)
		if (a->quarters & (1u << (i - 1)))
			k += (size_t)snprintf(out + k, 16 - k, "%s%d", k ? "," : "", i);
}

/* The set path of field k (indicator index i, quarter q), from the schema. */
static char *path_of(enum sk k, size_t i, int q)
{
	struct sbuf b = SBUF_INIT;
	schema_set_path(&b, k, i, q);
	return sbuf_detach(&b);
}

static void snap_ind(struct snap *s, size_t k, const struct indicator *in)
{
	if (in->name[0])
		snap_add(s, path_of(SK_IND_NAME, k, 0), in->name);
	if (in->unit[0])
		snap_add(s, path_of(SK_UNIT, k, 0), in->unit);
	if (in->baseline[0])
		snap_add(s, path_of(SK_BASELINE, k, 0), in->baseline);
	if (in->target[0])
		snap_add(s, path_of(SK_TARGET, k, 0), in->target);
	for (int q = 0; q < NQ; q++)
		if (in->actual[q][0])
			snap_add(s, path_of(SK_ACTUAL_Q1, k, q + 1), in->actual[q]);
}

/* Every field of a with a value, as tolov set paths; indicators numbered
 * from first. */
static void snap_act(struct snap *s, const struct activity *a, size_t first)
{
	snap_add(s, path_of(SK_ACT_TITLE, 0, 0), a->title);
	snap_add(s, path_of(SK_ACT_RESP, 0, 0), a->responsible);
	if (a->schedule[0])
		snap_add(s, path_of(SK_SCHEDULE, 0, 0), a->schedule);
	if (a->has_quarters) {
		char q[16];
		quarters_str(a, q);
		snap_add(s, path_of(SK_QUARTERS, 0, 0), q);
	}
	if (a->budget.has_amount) {
		char b[32];
		snprintf(b, sizeof b, "%lld", a->budget.amount);
		snap_add(s, path_of(SK_AMOUNT, 0, 0), b);
	}
	if (a->budget.source[0])
		snap_add(s, path_of(SK_SOURCE, 0, 0), a->budget.source);
	if (a->budget.text[0])
		snap_add(s, path_of(SK_BUDGET_TEXT, 0, 0), a->budget.text);
	for (int q = 0; q < NQ; q++) {
		if (a->st[q].rating != RATING_NONE)
			snap_add(s, path_of(SK_RATING, 0, q + 1), rating_str(a->st[q].rating));
		if (a->st[q].note[0])
			snap_add(s, path_of(SK_NOTE, 0, q + 1), a->st[q].note);
	}
	for (size_t k = 0; k < a->n_ind; k++)
		snap_ind(s, first + k, &a->ind[k]);
	s->n_ind = a->n_ind;
}

static bool snap_equal(const struct snap *a, const struct snap *b)
{
	if (a->n != b->n || a->n_ind != b->n_ind)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->path[i], b->path[i]) || strcmp(a->val[i], b->val[i]))
			return false;
	return true;
}

static bool acts_equal(const struct activity *a, const struct activity *b)
{
	struct snap x = { 0 }, y = { 0 };
	snap_act(&x, a, 0);
	snap_act(&y, b, 0);
	bool eq = snap_equal(&x, &y);
	snap_free(&x);
	snap_free(&y);
	return eq;
}

/* --- edits on ours -------------------------------------------------------- */

static bool find_act(const struct session *s, const char *id, size_t *g, size_t *a)
{
	const struct activity *x = plan_find_activity(s->plan, id);
	if (!x)
		return false;
	*g = x->goal;
	*a = (size_t)(x - s->plan->goal[x->goal].act);
	return true;
}

static bool find_goal(const struct plan *p, const char *id, size_t *g)
{
	const struct goal *x = plan_find_goal(p, id);
	if (x)
		*g = (size_t)(x - p->goal);
	return x != NULL;
}

/* Give the activity id the fields of snapshot sn (indicators are added
 * after those it has). */
static int fill(struct ctx *c, const char *id, const struct snap *sn, struct tv_err *err)
{
	size_t g, a;
	for (size_t k = 0; k < sn->n_ind; k++) {
		if (!find_act(c->s, id, &g, &a))
			return -1;
		if (session_add_indicator(c->s, g, a, NULL, err))
			return -1;
	}
	return sn->n ? session_set_many(c->s, id, sn->n, (const char *const *)sn->path,
					(const char *const *)sn->val, err)
		     : 0;
}

/* Insert a new activity with id into goal gi of ours, after the activity
 * that precedes it in theirs' goal tg (or first), with the fields of sn. */
static int insert_act(struct ctx *c, size_t gi, const struct goal *tg, const char *id,
		      const struct snap *sn, struct tv_err *err)
{
	size_t pos = 0;
	while (pos < tg->n_act && strcmp(tg->act[pos].id, id))
		pos++;
	bool found = false;
	size_t after = 0;
	const struct goal *og = &c->s->plan->goal[gi];
	if (pos + 1 >= tg->n_act && og->n_act) {	/* last in theirs: last in ours too */
		after = og->n_act - 1;
		found = true;
	}
	for (size_t k = pos; k-- > 0 && !found;)
		for (size_t j = 0; j < og->n_act; j++)
			if (!strcmp(og->act[j].id, tg->act[k].id)) {
				after = j;
				found = true;
				break;
			}
	size_t n_before = og->n_act, ni;
	if (session_add_activity(c->s, gi, after, &ni, err))
		return -1;
	if (!found && n_before && session_move_activity(c->s, gi, ni, -1, err))
		return -1;
	if (!found && n_before)
		ni = 0;
	char *fresh = xstrdup(c->s->plan->goal[gi].act[ni].id);
	int rc = session_set(c->s, fresh, K(SK_ACT_ID), id, err);
	free(fresh);
	return rc ? -1 : fill(c, id, sn, err);
}

/* After session_move put activity id last in goal gi: bring it after the
 * activity that precedes it in theirs' goal tg (it stays last when it is
 * last there). */
static int reposition(struct ctx *c, size_t gi, const struct goal *tg, const char *id,
		      struct tv_err *err)
{
	size_t pos = 0;
	while (pos < tg->n_act && strcmp(tg->act[pos].id, id))
		pos++;
	if (pos + 1 >= tg->n_act)
		return 0;
	const struct goal *og = &c->s->plan->goal[gi];
	size_t want = 0;
	bool found = false;
	for (size_t k = pos; k-- > 0 && !found;)
		for (size_t j = 0; j + 1 < og->n_act; j++)
			if (!strcmp(og->act[j].id, tg->act[k].id)) {
				want = j + 1;
				found = true;
				break;
			}
	for (size_t j = og->n_act - 1; j > want; j--)
		if (session_move_activity(c->s, gi, j, -1, err))
			return -1;
	return 0;
}

static int move_to(struct ctx *c, const char *id, const char *gid, struct tv_err *err)
{
	size_t g, a, tgi;
	if (!find_act(c->s, id, &g, &a) || !find_goal(c->s->plan, gid, &tgi))
		return 0;
	struct tv_err refused = TV_ERR_INIT;
	if (!session_move(c->s, id, gid, &refused)) {
		find_goal(c->s->plan, gid, &tgi);
		return reposition(c, tgi, plan_find_goal(c->tp, gid), id, err);
	}
	tv_err_clear(&refused);
	/* a list in braces: delete and add again in the siblings' style */
	struct snap sn = { 0 };
	snap_act(&sn, &c->s->plan->goal[g].act[a], 0);
	int rc = session_delete_activity(c->s, g, a, err);
	if (!rc && find_goal(c->s->plan, gid, &tgi))
		rc = insert_act(c, tgi, plan_find_goal(c->tp, gid), id, &sn, err);
	snap_free(&sn);
	return rc;
}

/* Bring the order of a list in ours to theirs' for the items both have:
 * positions of items on both sides get them in theirs' order, others stay. */
static int reorder(struct ctx *c, bool goals, const char *gid, struct tv_err *err)
{
	size_t gi = 0;
	const struct goal *tg = NULL;
	if (!goals) {
		tg = plan_find_goal(c->tp, gid);
		if (!tg || !find_goal(c->s->plan, gid, &gi))
			return 0;
	}
	const struct plan *sp = c->s->plan;
	size_t n = goals ? sp->n_goal : sp->goal[gi].n_act;
	size_t tn = goals ? c->tp->n_goal : tg->n_act;
#define OID(i) (goals ? c->s->plan->goal[i].id : c->s->plan->goal[gi].act[i].id)
#define TID(i) (goals ? c->tp->goal[i].id : tg->act[i].id)
	size_t *target = xcalloc(n + 1, sizeof *target);
	/* the common items, in theirs' order */
	const char **common = xcalloc(n + 1, sizeof *common);
	size_t nc = 0;
	for (size_t t = 0; t < tn; t++)
		for (size_t i = 0; i < n; i++)
			if (!strcmp(TID(t), OID(i))) {
				common[nc++] = TID(t);
				break;
			}
	size_t k = 0;
	char **want = xcalloc(n + 1, sizeof *want);
	for (size_t i = 0; i < n; i++) {
		bool in_t = false;
		for (size_t t = 0; t < nc && !in_t; t++)
			in_t = !strcmp(common[t], OID(i));
		want[i] = xstrdup(in_t ? common[k++] : OID(i));
	}
	int rc = 0;
	/* bubble into place with adjacent swaps */
	for (size_t i = 0; i < n && !rc; i++) {
		size_t j = i;
		while (j < n && strcmp(OID(j), want[i]))
			j++;
		for (; j > i && !rc; j--)
			rc = goals ? session_move_goal(c->s, j, -1, err)
				   : session_move_activity(c->s, gi, j, -1, err);
	}
#undef OID
#undef TID
	for (size_t i = 0; i < n; i++)
		free(want[i]);
	free(want);
	free(common);
	free(target);
	return rc;
}

/* --- phase one: theirs' changes ------------------------------------------- */

static int field_change(struct ctx *c, const struct pdiff *e, struct tv_err *err)
{
	bool exists = e->goal ? plan_find_goal(c->s->plan, e->id) != NULL
		      : !e->id[0] || plan_find_activity(c->s->plan, e->id) != NULL;
	if (!exists) {
		conflict(c, MC_DELETED_CHANGED, MK_INSERT_T, e->goal, e->id, "", "", "");
		return 0;
	}
	const struct pdiff *o = ours_change(c, e->goal, e->id, e->field);
	if (o) {
		if (strcmp(o->new_, e->new_))
			conflict(c, MC_FIELD, MK_SET, e->goal, e->id, e->field, o->new_, e->new_);
		return 0;
	}
	return session_set(c->s, e->id, e->field, e->new_, err);
}

static int moved(struct ctx *c, const struct pdiff *e, struct tv_err *err)
{
	if (!plan_find_activity(c->s->plan, e->id)) {
		conflict(c, MC_DELETED_CHANGED, MK_INSERT_T, false, e->id, "", "", "");
		return 0;
	}
	const struct pdiff *o = ours_change(c, false, e->id, "goal");
	if (o) {
		if (strcmp(o->new_, e->new_))
			conflict(c, MC_FIELD, MK_REPLACE_T, false, e->id, "goal", o->new_, e->new_);
		return 0;
	}
	return move_to(c, e->id, e->new_, err);
}

static int added_goal(struct ctx *c, const struct pdiff *e, struct tv_err *err)
{
	const struct goal *tg = plan_find_goal(c->tp, e->id);
	const struct goal *og = plan_find_goal(c->s->plan, e->id);
	if (og) {
		if (strcmp(og->title, tg->title))
			conflict(c, MC_FIELD, MK_SET, true, e->id, K(SK_GOAL_TITLE), og->title, tg->title);
		return 0;
	}
	size_t t = (size_t)(tg - c->tp->goal), after = 0, gi;
	bool found = false;
	for (size_t k = t; k-- > 0 && !found;)
		found = find_goal(c->s->plan, c->tp->goal[k].id, &after);
	size_t n_before = c->s->plan->n_goal;
	if (session_add_goal(c->s, after, &gi, err))
		return -1;
	if (!found && n_before) {
		if (session_move_goal(c->s, gi, -1, err))
			return -1;
		gi = 0;
	}
	char *fresh = xstrdup(c->s->plan->goal[gi].id);
	int rc = session_set(c->s, fresh, K(SK_GOAL_ID), e->id, err);
	free(fresh);
	return rc ? -1 : session_set(c->s, e->id, K(SK_GOAL_TITLE), tg->title, err);
}

static int added_act(struct ctx *c, const struct pdiff *e, struct tv_err *err)
{
	const struct activity *ta = plan_find_activity(c->tp, e->id);
	const struct activity *oa = plan_find_activity(c->s->plan, e->id);
	if (oa) {
		if (!acts_equal(oa, ta) || strcmp(c->s->plan->goal[oa->goal].id, c->tp->goal[ta->goal].id))
			conflict(c, MC_ADDED_BOTH, MK_REPLACE_T, false, e->id, "", "", "");
		return 0;
	}
	size_t gi;
	const struct goal *tg = &c->tp->goal[ta->goal];
	if (!find_goal(c->s->plan, tg->id, &gi)) {
		conflict(c, MC_DELETED_CHANGED, MK_INSERT_T, true, tg->id, "", "", "");
		return 0;
	}
	struct snap sn = { 0 };
	snap_act(&sn, ta, 0);
	int rc = insert_act(c, gi, tg, e->id, &sn, err);
	snap_free(&sn);
	return rc;
}

static int added_ind(struct ctx *c, const struct pdiff *e, struct tv_err *err)
{
	size_t k = (size_t)strtoul(e->field + strlen(K(SK_ACT_INDS)) + 1, NULL, 10);
	const struct activity *ta = plan_find_activity(c->tp, e->id);
	const struct activity *oa = plan_find_activity(c->op, e->id);
	size_t g, a;
	if (!find_act(c->s, e->id, &g, &a)) {
		conflict(c, MC_DELETED_CHANGED, MK_INSERT_T, false, e->id, "", "", "");
		return 0;
	}
	if (oa && k < oa->n_ind) {	/* ours added one at the same place: the same one? */
		struct snap x = { 0 }, y = { 0 };
		snap_ind(&x, 0, &oa->ind[k]);
		snap_ind(&y, 0, &ta->ind[k]);
		bool eq = snap_equal(&x, &y);
		snap_free(&x);
		snap_free(&y);
		if (eq)
			return 0;
	}
	size_t ni;
	if (session_add_indicator(c->s, g, a, &ni, err))
		return -1;
	struct snap sn = { 0 };
	snap_ind(&sn, ni, &ta->ind[k]);
	int rc = sn.n ? session_set_many(c->s, e->id, sn.n, (const char *const *)sn.path,
					 (const char *const *)sn.val, err)
		      : 0;
	snap_free(&sn);
	return rc;
}

static int removed_ind(struct ctx *c, const struct pdiff *e, struct tv_err *err)
{
	const struct activity *ta = plan_find_activity(c->tp, e->id);
	size_t g, a;
	if (!find_act(c->s, e->id, &g, &a))
		return 0;
	if (ours_touched(c, false, e->id, K(SK_ACT_INDS))) {
		struct pend *p = conflict(c, MC_DELETED_CHANGED, MK_DELETE_IND, false, e->id,
					  K(SK_ACT_INDS), "", "");
		if (p)
			p->ind = ta->n_ind;
		return 0;
	}
	while (c->s->plan->goal[g].act[a].n_ind > ta->n_ind) {
		if (session_delete_indicator(c->s, g, a, c->s->plan->goal[g].act[a].n_ind - 1, err))
			return -1;
		if (!find_act(c->s, e->id, &g, &a))
			return 0;
	}
	return 0;
}

static int removed_act(struct ctx *c, const struct pdiff *e, struct tv_err *err)
{
	size_t g, a;
	if (!find_act(c->s, e->id, &g, &a))
		return 0;
	const struct activity *ba = plan_find_activity(c->bp, e->id);
	for (size_t i = 0; i < c->n_p; i++)	/* its goal's deletion is a conflict already */
		if (ba && c->p[i].goal && c->p[i].kind == MC_DELETED_CHANGED &&
		    !strcmp(c->p[i].id, c->bp->goal[ba->goal].id))
			return 0;
	if (ours_touched(c, false, e->id, NULL)) {
		conflict(c, MC_DELETED_CHANGED, MK_DELETE_ACT, false, e->id, "", "", "");
		return 0;
	}
	return session_delete_activity(c->s, g, a, err);
}

static int removed_goal(struct ctx *c, const struct pdiff *e, struct tv_err *err)
{
	size_t g;
	if (!find_goal(c->s->plan, e->id, &g))
		return 0;
	if (ours_touched_goal(c, e->id)) {
		conflict(c, MC_DELETED_CHANGED, MK_DELETE_GOAL, true, e->id, "", "", "");
		return 0;
	}
	return session_delete_goal(c->s, g, err);
}

/* Do ours and theirs hold the items they share in the same order? */
static bool same_order(const struct ctx *c, bool of_goal, const char *gid)
{
	const struct goal *og = of_goal ? plan_find_goal(c->op, gid) : NULL;
	const struct goal *tg = of_goal ? plan_find_goal(c->tp, gid) : NULL;
	if (of_goal && (!og || !tg))
		return true;
	size_t no = of_goal ? og->n_act : c->op->n_goal, nt = of_goal ? tg->n_act : c->tp->n_goal;
#define O_ID(i) (of_goal ? og->act[i].id : c->op->goal[i].id)
#define T_ID(i) (of_goal ? tg->act[i].id : c->tp->goal[i].id)
	size_t i = 0, j = 0;
	for (;;) {
		while (i < no && !(of_goal ? (const void *)plan_find_activity(c->tp, O_ID(i))
					   : (const void *)plan_find_goal(c->tp, O_ID(i))))
			i++;
		while (j < nt && !(of_goal ? (const void *)plan_find_activity(c->op, T_ID(j))
					   : (const void *)plan_find_goal(c->op, T_ID(j))))
			j++;
		if (i == no || j == nt)
			return true;
		if (strcmp(O_ID(i), T_ID(j)))
			return false;
		i++;
		j++;
	}
#undef O_ID
#undef T_ID
}

static int ordered(struct ctx *c, const struct pdiff *e, struct tv_err *err)
{
	for (size_t i = 0; i < c->dO.n; i++) {
		const struct pdiff *d = &c->dO.d[i];
		if (d->kind == PD_ORDER && d->goal == e->goal && !strcmp(d->id, e->id)) {
			if (!same_order(c, e->goal, e->id))
				conflict(c, MC_ORDER, MK_NONE, e->goal, e->id, e->field, "", "");
			return 0;
		}
	}
	return reorder(c, !e->goal, e->id, err);
}

static int apply(struct ctx *c, const struct pdiff *e, struct tv_err *err)
{
	switch (e->kind) {
	case PD_CHANGED:
		if (!e->goal && e->id[0] && !strcmp(e->field, "goal"))
			return moved(c, e, err);
		return field_change(c, e, err);
	case PD_ONLY_NEW:
		if (e->goal)
			return added_goal(c, e, err);
		return e->field[0] ? added_ind(c, e, err) : added_act(c, e, err);
	case PD_ONLY_OLD:
		if (e->goal)
			return removed_goal(c, e, err);
		return e->field[0] ? removed_ind(c, e, err) : removed_act(c, e, err);
	case PD_ORDER:
		return ordered(c, e, err);
	}
	return 0;
}

/* --- phase two: markers ----------------------------------------------------- */

static size_t line_start(const char *s, size_t off)
{
	while (off > 0 && s[off - 1] != '\n')
		off--;
	return off;
}

static size_t line_after(const char *s, size_t len, size_t end)
{
	if (end > 0 && s[end - 1] == '\n')
		return end;
	while (end < len && s[end] != '\n')
		end++;
	return end < len ? end + 1 : len;
}

/* The lines of the goal or activity id in a document; false when absent. */
static bool item_lines(const struct doc *d, const char *id, size_t *from, size_t *to)
{
	int kind;
	const struct yn *n = id && id[0] ? doc_find(d, id, &kind) : NULL;
	if (!n)
		return false;
	*from = line_start(d->src, n->start);
	*to = line_after(d->src, d->len, n->end);
	return true;
}

/* Region of clean text a that differs from b, in whole lines; theirs'
 * lines into *tt. */
static void region(const char *a, size_t la, const char *b, size_t lb, size_t *from, size_t *to,
		   char **tt)
{
	size_t p = 0, m = la < lb ? la : lb;
	while (p < m && a[p] == b[p])
		p++;
	size_t s = 0;
	while (s < m - p && a[la - 1 - s] == b[lb - 1 - s])
		s++;
	size_t st = line_start(a, p);
	size_t ea = la - s, eb = lb - s;
	size_t ea2 = ea > st ? line_after(a, la, ea) : ea;
	if (ea == st && eb > st && b[eb - 1] != '\n')
		ea2 = line_after(a, la, ea);
	eb += ea2 - ea;
	*from = st;
	*to = ea2;
	*tt = xstrndup(b + st, eb - st);
}

/* Open the merged text in a scratch session (a temporary file). */
static int scratch(const char *tmp, struct session **s, struct tv_err *err)
{
	return session_open(s, tmp, err);
}

static void mark_one(struct ctx *c, struct pend *p, const char *tmp, const struct doc *cd)
{
	struct tv_err err = TV_ERR_INIT;
	struct session *s = NULL;
	p->from = p->to = SIZE_MAX;
	switch (p->mark) {
	case MK_SET:
	case MK_DELETE_ACT:
	case MK_DELETE_GOAL:
	case MK_DELETE_IND: {
		if (scratch(tmp, &s, &err))
			break;
		int rc = -1;
		size_t g, a;
		if (p->mark == MK_SET)
			rc = session_set(s, p->id, p->field, p->theirs, &err);
		else if (p->mark == MK_DELETE_GOAL && find_goal(s->plan, p->id, &g))
			rc = session_delete_goal(s, g, &err);
		else if (p->mark == MK_DELETE_ACT && find_act(s, p->id, &g, &a))
			rc = session_delete_activity(s, g, a, &err);
		else if (p->mark == MK_DELETE_IND && find_act(s, p->id, &g, &a)) {
			rc = 0;
			while (!rc && s->plan->goal[g].act[a].n_ind > p->ind)
				rc = session_delete_indicator(s, g, a, s->plan->goal[g].act[a].n_ind - 1, &err);
		}
		if (!rc)
			region(cd->src, cd->len, s->doc->src, s->doc->len, &p->from, &p->to, &p->tt);
		break;
	}
	case MK_REPLACE_T:
	case MK_INSERT_T: {
		size_t tf, tt;
		if (!item_lines(c->td, p->id, &tf, &tt))
			break;
		p->tt = xstrndup(c->td->src + tf, tt - tf);
		if (p->mark == MK_REPLACE_T) {
			if (!item_lines(cd, p->id, &tf, &tt))
				break;
			p->from = tf;
			p->to = tt;
			break;
		}
		/* insert: after the item before it in theirs that ours has */
		const struct plan *sp = c->s->plan;
		size_t at = SIZE_MAX;
		if (p->goal) {
			const struct goal *tg = plan_find_goal(c->tp, p->id);
			for (size_t k = (size_t)(tg - c->tp->goal); k-- > 0 && at == SIZE_MAX;) {
				const struct goal *og = plan_find_goal(sp, c->tp->goal[k].id);
				if (og && !item_lines(cd, og->id, &tf, &at))
					at = SIZE_MAX;
			}
			if (at == SIZE_MAX && sp->n_goal && !item_lines(cd, sp->goal[0].id, &at, &tf))
				at = SIZE_MAX;
		} else {
			const struct activity *ta = plan_find_activity(c->tp, p->id);
			const struct goal *tg = &c->tp->goal[ta->goal];
			for (size_t k = (size_t)(ta - tg->act); k-- > 0 && at == SIZE_MAX;) {
				const struct activity *oa = plan_find_activity(sp, tg->act[k].id);
				if (oa && !item_lines(cd, oa->id, &tf, &at))
					at = SIZE_MAX;
			}
			const struct goal *og = plan_find_goal(sp, tg->id);
			if (at == SIZE_MAX && og && og->n_act) {
				if (!item_lines(cd, og->act[0].id, &at, &tf))
					at = SIZE_MAX;
			} else if (at == SIZE_MAX && og && item_lines(cd, og->id, &tf, &tt)) {
				at = tt;
			}
		}
		if (at != SIZE_MAX)
			p->from = p->to = at;
		break;
	}
	case MK_NONE:
		break;
	}
	if (p->from == SIZE_MAX) {
		free(p->tt);
		p->tt = NULL;
	}
	tv_err_clear(&err);
	if (s)
		session_free(s);
}

static int by_from(const void *x, const void *y)
{
	const struct pend *a = *(const struct pend *const *)x, *b = *(const struct pend *const *)y;
	return a->from < b->from ? -1 : a->from > b->from;
}

/* Two or more set conflicts in overlapping lines: one region with all of
 * theirs' values. */
static void mark_group(struct pend **g, size_t n, const char *tmp, const struct doc *cd)
{
	struct tv_err err = TV_ERR_INIT;
	struct session *s;
	if (scratch(tmp, &s, &err)) {
		tv_err_clear(&err);
		return;
	}
	int rc = 0;
	for (size_t i = 0; i < n && !rc; i++)
		rc = session_set(s, g[i]->id, g[i]->field, g[i]->theirs, &err);
	if (!rc) {
		free(g[0]->tt);
		region(cd->src, cd->len, s->doc->src, s->doc->len, &g[0]->from, &g[0]->to, &g[0]->tt);
	}
	tv_err_clear(&err);
	session_free(s);
}

static void write_markers(struct ctx *c, struct plan_merge *out)
{
	const struct doc *cd = c->s->doc;
	const char *eol = doc_eol(cd);
	char *tmp = NULL;
	if (c->n_p) {
		const char *dir = getenv("TMPDIR");
		tmp = xasprintf("%s/tolov-merge-XXXXXX", dir && *dir ? dir : "/tmp");
		int fd = mkstemp(tmp);
		bool ok = fd >= 0 && write(fd, cd->src, cd->len) == (ssize_t)cd->len;
		if (fd >= 0)
			close(fd);
		if (!ok) {
			if (fd >= 0)
				unlink(tmp);
			free(tmp);
			tmp = NULL;
		}
	}
	struct pend **order = xcalloc(c->n_p + 1, sizeof *order);
	size_t n = 0;
	for (size_t i = 0; i < c->n_p && tmp; i++) {
		mark_one(c, &c->p[i], tmp, cd);
		if (c->p[i].from != SIZE_MAX)
			order[n++] = &c->p[i];
	}
	qsort(order, n, sizeof *order, by_from);
	/* fold overlapping regions */
	for (size_t i = 0; i < n; i++) {
		if (order[i]->dropped)
			continue;
		size_t j = i + 1;
		bool all_set = order[i]->mark == MK_SET;
		size_t end = order[i]->to;
		while (j < n && order[j]->from < end) {
			all_set &= order[j]->mark == MK_SET;
			if (order[j]->to > end)
				end = order[j]->to;
			j++;
		}
		if (j > i + 1) {
			for (size_t k = i + 1; k < j; k++)
				order[k]->dropped = true;
			if (all_set)
				mark_group(order + i, j - i, tmp, cd);
		}
	}
	struct sbuf b = SBUF_INIT;
	size_t at = 0, lines = 1;
	for (size_t i = 0; i < n; i++) {
		struct pend *p = order[i];
		if (p->dropped)
			continue;
		if (p->from < at)
			continue;
		sbuf_add(&b, cd->src + at, p->from - at);
		for (size_t k = at; k < p->from; k++)
			lines += cd->src[k] == '\n';
		if (b.len && b.buf[b.len - 1] != '\n')
			sbuf_adds(&b, eol);
		p->line = (unsigned)lines;
		sbuf_addf(&b, "<<<<<<< ours%s", eol);
		sbuf_add(&b, cd->src + p->from, p->to - p->from);
		if (p->to > p->from && cd->src[p->to - 1] != '\n')
			sbuf_adds(&b, eol);
		sbuf_addf(&b, "=======%s", eol);
		sbuf_adds(&b, p->tt);
		if (p->tt[0] && p->tt[strlen(p->tt) - 1] != '\n')
			sbuf_adds(&b, eol);
		sbuf_addf(&b, ">>>>>>> theirs%s", eol);
		for (size_t k = p->from; k < p->to; k++)
			lines += cd->src[k] == '\n';
		at = p->to;
	}
	sbuf_add(&b, cd->src + at, cd->len - at);
	for (size_t i = 0; i < n; i++)	/* folded ones point at their group's markers */
		if (order[i]->dropped)
			for (size_t k = i; k-- > 0;)
				if (!order[k]->dropped) {
					order[i]->line = order[k]->line;
					break;
				}
	free(order);
	if (tmp) {
		unlink(tmp);
		free(tmp);
	}
	sbuf_addc(&b, '\0');
	b.len--;
	out->len = b.len;
	out->text = sbuf_detach(&b);
	out->n_c = c->n_p;
	out->c = xcalloc(c->n_p + 1, sizeof *out->c);
	for (size_t i = 0; i < c->n_p; i++) {
		struct pend *p = &c->p[i];
		struct merge_conflict *m = &out->c[i];
		m->kind = p->kind;
		m->id = p->id;
		m->field = p->field;
		m->ours = p->ours;
		m->theirs = p->theirs;
		m->line = p->line;
		free(p->tt);
	}
}

/* --- ids changed by theirs ------------------------------------------------- */

static void renames_free(struct renames *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->from[i]);
		free(r->to[i]);
	}
	free(r->goal);
	free(r->from);
	free(r->to);
	memset(r, 0, sizeof *r);
}

/* How many activities (goal false) or goals of p are titled t; *id gets
 * the id of the last. */
static size_t titled(const struct plan *p, bool goal, const char *t, const char **id)
{
	size_t n = 0;
	for (size_t g = 0; g < p->n_goal; g++) {
		if (goal) {
			if (!strcmp(p->goal[g].title, t)) {
				n++;
				*id = p->goal[g].id;
			}
			continue;
		}
		for (size_t a = 0; a < p->goal[g].n_act; a++)
			if (!strcmp(p->goal[g].act[a].title, t)) {
				n++;
				*id = p->goal[g].act[a].id;
			}
	}
	return n;
}

/* Activities of a plan sorted by id, for lookups in large plans. */
struct aindex {
	const struct activity **a;
	size_t n;
};

static int aindex_cmp(const void *x, const void *y)
{
	const struct activity *const *p = x, *const *q = y;
	return strcmp((*p)->id, (*q)->id);
}

static void aindex_build(struct aindex *ix, const struct plan *p)
{
	ix->n = 0;
	for (size_t g = 0; g < p->n_goal; g++)
		ix->n += p->goal[g].n_act;
	ix->a = xcalloc(ix->n + 1, sizeof *ix->a);
	size_t k = 0;
	for (size_t g = 0; g < p->n_goal; g++)
		for (size_t i = 0; i < p->goal[g].n_act; i++)
			ix->a[k++] = &p->goal[g].act[i];
	qsort(ix->a, ix->n, sizeof *ix->a, aindex_cmp);
}

static const char *title_of(const struct plan *p, const struct aindex *ix, bool goal,
			    const char *id)
{
	if (goal) {
		const struct goal *g = plan_find_goal(p, id);
		return g ? g->title : NULL;
	}
	struct activity key;
	memset(&key, 0, sizeof key);
	key.id = id;
	const struct activity *kp = &key;
	const struct activity **f = bsearch(&kp, ix->a, ix->n, sizeof *ix->a, aindex_cmp);
	return f ? (*f)->title : NULL;
}

static void rename_add(struct renames *r, bool goal, const char *from, const char *to)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 8;
		r->goal = xrealloc(r->goal, r->cap * sizeof *r->goal);
		r->from = xrealloc(r->from, r->cap * sizeof *r->from);
		r->to = xrealloc(r->to, r->cap * sizeof *r->to);
	}
	r->goal[r->n] = goal;
	r->from[r->n] = xstrdup(from);
	r->to[r->n++] = xstrdup(to);
}

/*
 * Items theirs gave another id (a renumber, `set id=`): an item of base
 * whose id in theirs is gone or holds another title, while theirs has
 * exactly one item of that kind and title under another id (and base
 * exactly one too). Taken only when ours still has the item under its
 * old id with the same title, so ours' own id changes are left alone.
 */
static void find_renames(const struct plan *bp, const struct plan *op, const struct plan *tp,
			 struct renames *r)
{
	struct aindex ixt, ixo;
	aindex_build(&ixt, tp);
	aindex_build(&ixo, op);
	for (int pass = 0; pass < 2; pass++) {
		bool goal = pass == 0;
		for (size_t g = 0; g < bp->n_goal; g++) {
			size_t n = goal ? 1 : bp->goal[g].n_act;
			for (size_t a = 0; a < n; a++) {
				const char *id = goal ? bp->goal[g].id : bp->goal[g].act[a].id;
				const char *t = goal ? bp->goal[g].title : bp->goal[g].act[a].title;
				const char *now = title_of(tp, &ixt, goal, id), *to = NULL, *dummy;
				if (!t[0] || (now && !strcmp(now, t)))
					continue;
				if (titled(tp, goal, t, &to) != 1 || titled(bp, goal, t, &dummy) != 1 ||
				    !strcmp(to, id))
					continue;
				const char *ot = title_of(op, &ixo, goal, id);
				if (!ot || strcmp(ot, t))
					continue;
				/* the new id in ours: free, or about to be freed by a rename */
				const char *held = title_of(op, &ixo, goal, to);
				if (held && !strcmp(held, t))
					continue;
				rename_add(r, goal, id, to);
			}
		}
	}
	/* A new id ours holds for an item that does not move away: when theirs
	 * deleted that activity and ours left it as in base, it steps aside
	 * to a free id (and is then deleted as theirs did); else no renames. */
	size_t gone = 0;
	for (size_t i = 0; i < r->n; i++) {
		bool taken = plan_find_goal(op, r->to[i]) || plan_find_activity(op, r->to[i]);
		bool freed = false;
		for (size_t k = 0; k < r->n && taken && !freed; k++)
			freed = !strcmp(r->from[k], r->to[i]);
		if (!taken || freed)
			continue;
		const struct activity *oa = plan_find_activity(op, r->to[i]);
		const struct activity *ba = plan_find_activity(bp, r->to[i]);
		const char *dummy;
		if (oa && ba && acts_equal(oa, ba) &&
		    !strcmp(op->goal[oa->goal].id, bp->goal[ba->goal].id) &&
		    titled(tp, false, oa->title, &dummy) == 0) {
			char *aside = xasprintf("tolov-gone-%zu", gone++);
			rename_add(r, false, r->to[i], aside);
			free(aside);
			continue;
		}
		renames_free(r);
		break;
	}
	free(ixt.a);
	free(ixo.a);
}

/* Give the items their new ids in a session: through temporary ids, so
 * that a chain (3 to 2 while 2 becomes 1) never meets a taken id. */
static int apply_renames(struct session *s, const struct renames *r, struct tv_err *err)
{
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < r->n; i++) {
			char *tmp = xasprintf("tolov-merge-%zu", i);
			const char *key = K(r->goal[i] ? SK_GOAL_ID : SK_ACT_ID);
			int rc = pass == 0 ? session_set(s, r->from[i], key, tmp, err)
					   : session_set(s, tmp, key, r->to[i], err);
			free(tmp);
			if (rc)
				return -1;
		}
	return 0;
}

/* The same in a model (strings borrowed from r, which outlives it). */
static void patch_ids(struct plan *p, const struct renames *r)
{
	const char **slot[64], ***slots = r->n <= 64 ? slot : xcalloc(r->n, sizeof *slots);
	for (size_t i = 0; i < r->n; i++) {
		struct goal *g = r->goal[i] ? plan_find_goal(p, r->from[i]) : NULL;
		struct activity *a = r->goal[i] ? NULL : plan_find_activity(p, r->from[i]);
		slots[i] = g ? &g->id : a ? &a->id : NULL;
	}
	for (size_t i = 0; i < r->n; i++)
		if (slots[i])
			*slots[i] = r->to[i];
	if (slots != slot)
		free(slots);
}

/* --- the whole merge ------------------------------------------------------- */

static int load(const char *path, struct doc **d, struct plan **p, struct tv_err *err)
{
	if (doc_load(d, path, DOC_SIZE_CAP_DEFAULT, err))
		return -1;
	if (plan_build(p, *d, err)) {
		doc_free(*d);
		*d = NULL;
		return -1;
	}
	return 0;
}

/*
 * Can this merge carry every change of theirs? Replay theirs' differences
 * on base alone and compare the result with theirs as the canonical
 * writer spells them (every field of the model, in order). A change plandiff does
 * not name (a field it does not know, a goal added inside another) would
 * otherwise be lost without a word; then the caller merges by lines.
 */
static int carries_theirs(const struct ctx *c, const char *base, struct tv_err *err)
{
	struct ctx d;
	memset(&d, 0, sizeof d);
	d.bd = c->bd;
	d.bp = c->bp;
	d.td = c->td;
	d.tp = c->tp;
	d.op = c->bp;
	d.dT = c->dT;
	d.rn = c->rn;
	d.orn = c->orn;
	int rc = -1;
	if (session_open(&d.s, base, err))
		return -1;
	if (apply_renames(d.s, c->orn, err) || apply_renames(d.s, c->rn, err)) {
		session_free(d.s);
		return -1;
	}
	size_t i = 0;
	while (i < d.dT.n && !apply(&d, &d.dT.d[i], err))
		i++;
	if (i < d.dT.n) {
		const struct pdiff *e = &d.dT.d[i];
		tv_err_at(err, base, 0, 0, M_GIT_E_CANNOT_SET, "%s%s",
			  e->field[0] ? e->field : e->kind == PD_ONLY_NEW ? "added" : "removed",
			  e->id[0] ? e->id : "plan");
	} else {
		struct sbuf x = SBUF_INIT, y = SBUF_INIT;
		emit_plan(&x, d.s->plan);
		emit_plan(&y, c->tp);
		if (x.len == y.len && !memcmp(x.buf, y.buf, x.len))
			rc = 0;
		else
			tv_err_at(err, base, 0, 0, M_GIT_E_NOT_CARRIED, TV_NOARGS);
		sbuf_free(&x);
		sbuf_free(&y);
	}
	for (size_t k = 0; k < d.n_p; k++) {
		free(d.p[k].id);
		free(d.p[k].field);
		free(d.p[k].ours);
		free(d.p[k].theirs);
	}
	free(d.p);
	session_free(d.s);
	return rc;
}

int plan_merge(const char *base, const char *ours, const char *theirs, struct plan_merge *out,
	       struct tv_err *err)
{
	memset(out, 0, sizeof *out);
	struct ctx c;
	memset(&c, 0, sizeof c);
	c.ours_path = ours;
	struct renames rn, orn;
	memset(&rn, 0, sizeof rn);
	memset(&orn, 0, sizeof orn);
	c.rn = &rn;
	c.orn = &orn;
	int rc = -1;
	if (load(base, &c.bd, &c.bp, err) || load(theirs, &c.td, &c.tp, err) ||
	    load(ours, &c.od, &c.op, err) || session_open(&c.s, ours, err))
		goto out;
	/* ids ours changed where theirs still has the old ones: theirs' and
	 * base's items take ours' ids in the models (ours' bytes have them) */
	find_renames(c.bp, c.tp, c.op, &orn);
	if (orn.n) {
		patch_ids(c.bp, &orn);
		patch_ids(c.tp, &orn);
	}
	find_renames(c.bp, c.op, c.tp, &rn);
	if (rn.n) {
		if (apply_renames(c.s, &rn, err))
			goto out;
		patch_ids(c.bp, &rn);
		patch_ids(c.op, &rn);
	}
	plandiff(c.bp, c.op, &c.dO);
	plandiff(c.bp, c.tp, &c.dT);
	if (carries_theirs(&c, base, err))
		goto out;
	c.ix = xcalloc(c.dO.n + 1, sizeof *c.ix);
	for (size_t i = 0; i < c.dO.n; i++)
		c.ix[i] = &c.dO.d[i];
	qsort(c.ix, c.dO.n, sizeof *c.ix, ix_cmp);
	for (size_t i = 0; i < c.dT.n; i++)
		if (apply(&c, &c.dT.d[i], err))
			goto out;
	write_markers(&c, out);
	rc = 0;
out:
	if (rc) {
		for (size_t i = 0; i < c.n_p; i++) {
			free(c.p[i].id);
			free(c.p[i].field);
			free(c.p[i].ours);
			free(c.p[i].theirs);
			free(c.p[i].tt);
		}
	}
	free(c.p);
	free(c.ix);
	pdiff_free(&c.dO);
	pdiff_free(&c.dT);
	if (c.s)
		session_free(c.s);
	plan_free(c.bp);
	plan_free(c.tp);
	plan_free(c.op);
	doc_free(c.bd);
	doc_free(c.td);
	doc_free(c.od);
	renames_free(&rn);
	renames_free(&orn);
	return rc;
}

void plan_merge_free(struct plan_merge *m)
{
	for (size_t i = 0; i < m->n_c; i++) {
		free(m->c[i].id);
		free(m->c[i].field);
		free(m->c[i].ours);
		free(m->c[i].theirs);
	}
	free(m->c);
	free(m->text);
	memset(m, 0, sizeof *m);
}
