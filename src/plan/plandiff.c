/* plandiff.c — field-by-field differences between two plans; see plandiff.h. */
#include "tolov/plan/plandiff.h"
#include "tolov/plan/schema.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Activities of a plan sorted by id, for lookups in large plans. */
struct act_index {
	const struct activity **a;
	size_t n;
};

static int by_id(const void *x, const void *y)
{
	const struct activity *const *p = x, *const *q = y;
	return strcmp((*p)->id, (*q)->id);
}

static void index_build(struct act_index *ix, const struct plan *p)
{
	ix->n = plan_n_activities(p);
	ix->a = xmalloc((ix->n ? ix->n : 1) * sizeof *ix->a);
	size_t k = 0;
	for (size_t g = 0; g < p->n_goal; g++)
		for (size_t i = 0; i < p->goal[g].n_act; i++)
			ix->a[k++] = &p->goal[g].act[i];
	qsort(ix->a, ix->n, sizeof *ix->a, by_id);
}

static const struct activity *index_find(const struct act_index *ix, const char *id)
{
	struct activity key;
	memset(&key, 0, sizeof key);
	key.id = id;
	const struct activity *kp = &key;
	const struct activity **f = bsearch(&kp, ix->a, ix->n, sizeof *ix->a, by_id);
	return f ? *f : NULL;
}

static const char *nz(const char *s)
{
	return s ? s : "";
}

static void add(struct pdiff_list *l, enum pdiff_kind k, bool goal, const char *id,
		const char *field, const char *old, const char *new_)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->d = xrealloc(l->d, l->cap * sizeof *l->d);
	}
	struct pdiff *d = &l->d[l->n++];
	d->kind = k;
	d->goal = goal;
	d->id = xstrdup(nz(id));
	d->field = xstrdup(nz(field));
	d->old = xstrdup(nz(old));
	d->new_ = xstrdup(nz(new_));
}

/* A field that differs between two strings. */
static void field(struct pdiff_list *l, bool goal, const char *id, const char *f,
		  const char *old, const char *new_)
{
	if (strcmp(nz(old), nz(new_)) != 0)
		add(l, PD_CHANGED, goal, id, f, old, new_);
}

static void quarters_str(unsigned q, bool has, char out[16])
{
	size_t k = 0;
	out[0] = '\0';
	if (!has)
		return;
	for (int i = 1; i <= NQ; i++)
		if (q & (1u << (i - 1)))
			k += (size_t)snprintf(out + k, 16 - k, "%s%d", k ? "," : "", i);
}

/* The fields of indicator i, held by both sides, of the item id. */
static void indicator_fields(struct pdiff_list *l, bool goal, const char *id, size_t i,
			     const struct indicator *x, const struct indicator *y)
{
	static const enum sk text[] = { SK_IND_NAME, SK_UNIT, SK_BASELINE, SK_TARGET };
	const char *xv[] = { x->name, x->unit, x->baseline, x->target };
	const char *yv[] = { y->name, y->unit, y->baseline, y->target };
	for (size_t k = 0; k < sizeof text / sizeof *text; k++) {
		struct sbuf f = SBUF_INIT;
		schema_set_path(&f, text[k], i, 0);
		field(l, goal, id, f.buf, xv[k], yv[k]);
		sbuf_free(&f);
	}
	for (int q = 0; q < NQ; q++) {
		struct sbuf f = SBUF_INIT;
		schema_set_path(&f, SK_ACTUAL_Q1, i, q + 1);
		field(l, goal, id, f.buf, x->actual[q], y->actual[q]);
		sbuf_free(&f);
	}
}

static void indicators(struct pdiff_list *l, const struct activity *a, const struct activity *b)
{
	size_t n = a->n_ind > b->n_ind ? a->n_ind : b->n_ind;
	for (size_t i = 0; i < n; i++) {
		char *base = xasprintf("%s.%zu", K(SK_ACT_INDS), i);
		if (i >= a->n_ind)
			add(l, PD_ONLY_NEW, false, b->id, base, "", b->ind[i].name);
		else if (i >= b->n_ind)
			add(l, PD_ONLY_OLD, false, a->id, base, a->ind[i].name, "");
		else
			indicator_fields(l, false, a->id, i, &a->ind[i], &b->ind[i]);
		free(base);
	}
}

/* The extra text fields of an item, named extra.KEY: changed, added or
 * removed keys (a key only on one side has "" on the other). */
static void extras(struct pdiff_list *l, bool goal, const char *id, const struct extra *a,
		   const struct extra *b)
{
	for (size_t i = 0; i < b->n; i++) {
		char *f = xasprintf("%s.%s", K(SK_PLAN_EXTRA), b->pair[i].key);
		field(l, goal, id, f, extra_get(a, b->pair[i].key), b->pair[i].value);
		free(f);
	}
	for (size_t i = 0; i < a->n; i++)
		if (!extra_get(b, a->pair[i].key)) {
			char *f = xasprintf("%s.%s", K(SK_PLAN_EXTRA), a->pair[i].key);
			field(l, goal, id, f, a->pair[i].value, "");
			free(f);
		}
}

/* A goal's own indicators (goal_ind), named indicators.I.* as an activity's. */
static void goal_indicators(struct pdiff_list *l, const struct goal *a, const struct goal *b)
{
	size_t n = a->n_ind > b->n_ind ? a->n_ind : b->n_ind;
	for (size_t i = 0; i < n; i++) {
		char *base = xasprintf("%s.%zu", K(SK_GOAL_INDS), i);
		if (i >= a->n_ind) {
			add(l, PD_ONLY_NEW, true, b->id, base, "", b->ind[i].name);
		} else if (i >= b->n_ind) {
			add(l, PD_ONLY_OLD, true, a->id, base, a->ind[i].name, "");
		} else {
			const struct indicator *x = &a->ind[i], *y = &b->ind[i];
			const char *const leaf[] = { K(SK_IND_NAME), K(SK_BASELINE), K(SK_TARGET), K(SK_UNIT) };
			const char *xv[] = { x->name, x->baseline, x->target, x->unit };
			const char *yv[] = { y->name, y->baseline, y->target, y->unit };
			for (size_t k = 0; k < 4; k++) {
				char *f = xasprintf("%s.%s", base, leaf[k]);
				field(l, true, a->id, f, xv[k], yv[k]);
				free(f);
			}
			for (int q = 0; q < NQ; q++) {
				char *f = xasprintf("%s.%s.%s", base, K(SK_ACTUAL),
						    schema_quarter_key(SP_ACTUAL, q + 1));
				field(l, true, a->id, f, x->actual[q], y->actual[q]);
				free(f);
			}
		}
		free(base);
	}
}

static void activity(struct pdiff_list *l, const struct plan *pa, const struct activity *a,
		     const struct plan *pb, const struct activity *b)
{
	const char *id = b->id;
	field(l, false, id, "goal", pa->goal[a->goal].id, pb->goal[b->goal].id);
	field(l, false, id, K(SK_ACT_TITLE), a->title, b->title);
	field(l, false, id, K(SK_ACT_RESP), a->responsible, b->responsible);
	field(l, false, id, K(SK_SCHEDULE), a->schedule, b->schedule);
	char qa[16], qb[16];
	quarters_str(a->quarters, a->has_quarters, qa);
	quarters_str(b->quarters, b->has_quarters, qb);
	field(l, false, id, K(SK_QUARTERS), qa, qb);
	char ba[32] = "", bb[32] = "";
	if (a->budget.has_amount)
		snprintf(ba, sizeof ba, "%lld", a->budget.amount);
	if (b->budget.has_amount)
		snprintf(bb, sizeof bb, "%lld", b->budget.amount);
	char *f = xasprintf("%s.%s", K(SK_BUDGET), K(SK_AMOUNT));
	field(l, false, id, f, ba, bb);
	free(f);
	f = xasprintf("%s.%s", K(SK_BUDGET), K(SK_SOURCE));
	field(l, false, id, f, a->budget.source, b->budget.source);
	free(f);
	f = xasprintf("%s.%s", K(SK_BUDGET), K(SK_BUDGET_TEXT));
	field(l, false, id, f, a->budget.text, b->budget.text);
	free(f);
	indicators(l, a, b);
	extras(l, false, id, &a->extra, &b->extra);
	for (int q = 0; q < NQ; q++) {
		const char *qk = schema_quarter_key(SP_STATUS, q + 1);
		f = xasprintf("%s.%s.%s", K(SK_STATUS), qk, K(SK_RATING));
		field(l, false, id, f, rating_str(a->st[q].rating), rating_str(b->st[q].rating));
		free(f);
		f = xasprintf("%s.%s.%s", K(SK_STATUS), qk, K(SK_NOTE));
		field(l, false, id, f, a->st[q].note, b->st[q].note);
		free(f);
	}
}

/* Do the items both lists hold come in the same order? ids of a and b. */
static bool same_order(const char *const *a, size_t na, const char *const *b, size_t nb)
{
	size_t i = 0, j = 0;
	for (;;) {
		while (i < na && !a[i])
			i++;
		while (j < nb && !b[j])
			j++;
		if (i == na || j == nb)
			return true;
		if (strcmp(a[i], b[j]) != 0)
			return false;
		i++;
		j++;
	}
}

/* The ids of a's activities in goal ga that b's goal gb also holds (others
 * NULL), and the same for b: then same_order compares. */
static void act_order(struct pdiff_list *l, const struct goal *ga, const struct goal *gb)
{
	const char **ia = xmalloc((ga->n_act + 1) * sizeof *ia);
	const char **ib = xmalloc((gb->n_act + 1) * sizeof *ib);
	for (size_t i = 0; i < ga->n_act; i++) {
		ia[i] = NULL;
		for (size_t j = 0; j < gb->n_act && !ia[i]; j++)
			if (!strcmp(ga->act[i].id, gb->act[j].id))
				ia[i] = ga->act[i].id;
	}
	for (size_t j = 0; j < gb->n_act; j++) {
		ib[j] = NULL;
		for (size_t i = 0; i < ga->n_act && !ib[j]; i++)
			if (!strcmp(ga->act[i].id, gb->act[j].id))
				ib[j] = gb->act[j].id;
	}
	if (!same_order(ia, ga->n_act, ib, gb->n_act))
		add(l, PD_ORDER, true, gb->id, K(SK_ACTIVITIES), "", gb->title);
	free(ia);
	free(ib);
}

static void goal_order(struct pdiff_list *l, const struct plan *a, const struct plan *b)
{
	const char **ia = xmalloc((a->n_goal + 1) * sizeof *ia);
	const char **ib = xmalloc((b->n_goal + 1) * sizeof *ib);
	for (size_t i = 0; i < a->n_goal; i++)
		ia[i] = plan_find_goal(b, a->goal[i].id) ? a->goal[i].id : NULL;
	for (size_t j = 0; j < b->n_goal; j++)
		ib[j] = plan_find_goal(a, b->goal[j].id) ? b->goal[j].id : NULL;
	if (!same_order(ia, a->n_goal, ib, b->n_goal))
		add(l, PD_ORDER, false, "", K(SK_GOALS), "", "");
	free(ia);
	free(ib);
}

void plandiff(const struct plan *a, const struct plan *b, struct pdiff_list *out)
{
	char ya[16] = "", yb[16] = "";
	if (a->year)
		snprintf(ya, sizeof ya, "%d", a->year);
	if (b->year)
		snprintf(yb, sizeof yb, "%d", b->year);
	field(out, false, "", K(SK_ORGANISATION), a->organisation, b->organisation);
	field(out, false, "", K(SK_PLAN_TITLE), a->title, b->title);
	field(out, false, "", K(SK_YEAR), ya, yb);
	field(out, false, "", K(SK_CURRENCY), a->currency, b->currency);
	extras(out, false, "", &a->extra, &b->extra);
	goal_order(out, a, b);

	struct act_index ixa, ixb;
	index_build(&ixa, a);
	index_build(&ixb, b);
	for (size_t g = 0; g < b->n_goal; g++) {
		const struct goal *gb = &b->goal[g];
		const struct goal *ga = plan_find_goal(a, gb->id);
		if (!ga) {
			add(out, PD_ONLY_NEW, true, gb->id, "", "", gb->title);
		} else {
			field(out, true, gb->id, K(SK_SECTION), ga->section, gb->section);
			field(out, true, gb->id, K(SK_GOAL_TITLE), ga->title, gb->title);
			field(out, true, gb->id, K(SK_GOAL_RESP), ga->responsible, gb->responsible);
			goal_indicators(out, ga, gb);
			extras(out, true, gb->id, &ga->extra, &gb->extra);
			act_order(out, ga, gb);
		}
		for (size_t i = 0; i < gb->n_act; i++) {
			const struct activity *ab = &gb->act[i];
			const struct activity *aa = index_find(&ixa, ab->id);
			if (!aa)
				add(out, PD_ONLY_NEW, false, ab->id, "", "", ab->title);
			else
				activity(out, a, aa, b, ab);
		}
	}
	for (size_t g = 0; g < a->n_goal; g++) {
		const struct goal *ga = &a->goal[g];
		if (!plan_find_goal(b, ga->id))
			add(out, PD_ONLY_OLD, true, ga->id, "", ga->title, "");
		for (size_t i = 0; i < ga->n_act; i++)
			if (!index_find(&ixb, ga->act[i].id))
				add(out, PD_ONLY_OLD, false, ga->act[i].id, "", ga->act[i].title, "");
	}
	free(ixa.a);
	free(ixb.a);
}

void pdiff_free(struct pdiff_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->d[i].id);
		free(l->d[i].field);
		free(l->d[i].old);
		free(l->d[i].new_);
	}
	free(l->d);
	l->d = NULL;
	l->n = l->cap = 0;
}

/* --- progress that the differences changed ---------------------------- */

static unsigned rated_quarters(const struct activity *x)
{
	unsigned m = 0;
	for (int q = 0; q < NQ; q++)
		if (x && x->st[q].rating != RATING_NONE)
			m |= 1u << q;
	return m;
}

unsigned plandiff_quarters(const struct plan *a, const struct plan *b, const struct pdiff_list *l)
{
	unsigned m = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct pdiff *d = &l->d[i];
		int q;
		char rest[16];
		if (d->kind == PD_CHANGED && sscanf(d->field, "status.q%d.%15s", &q, rest) == 2 &&
		    q >= 1 && q <= NQ && !strcmp(rest, K(SK_RATING)))
			m |= 1u << (q - 1);
		else if (!d->goal && d->id[0] &&
			 (d->kind != PD_CHANGED ? !d->field[0] : !strcmp(d->field, "goal")))
			m |= rated_quarters(plan_find_activity(a, d->id)) |
			     rated_quarters(plan_find_activity(b, d->id));
		else if (d->goal && d->kind != PD_CHANGED && d->kind != PD_ORDER) {
			const struct goal *g = plan_find_goal(d->kind == PD_ONLY_OLD ? a : b, d->id);
			for (size_t k = 0; g && k < g->n_act; k++)
				m |= rated_quarters(&g->act[k]);
		}
	}
	return m;
}

static void prog_add(struct pprog_list *l, int q, const char *goal, int o, int n)
{
	if (o == n)
		return;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->d = xrealloc(l->d, l->cap * sizeof *l->d);
	}
	struct pprog *p = &l->d[l->n++];
	p->q = q;
	p->goal = xstrdup(goal);
	p->old_tenths = o;
	p->new_tenths = n;
}

static int goal_tenths(const struct goal *g, int q)
{
	if (!g)
		return -1;
	struct progress pr;
	progress_of_goal(g, q, &pr);
	return pr.tenths;
}

void plandiff_progress(const struct plan *a, const struct plan *b, const struct pdiff_list *l,
		       struct pprog_list *out)
{
	unsigned m = plandiff_quarters(a, b, l);
	for (int q = 1; q <= NQ; q++) {
		if (!(m & (1u << (q - 1))))
			continue;
		struct progress pa, pb;
		progress_of_plan(a, q, &pa);
		progress_of_plan(b, q, &pb);
		prog_add(out, q, "", pa.tenths, pb.tenths);
		for (size_t g = 0; g < b->n_goal; g++)
			prog_add(out, q, b->goal[g].id, goal_tenths(plan_find_goal(a, b->goal[g].id), q),
				 goal_tenths(&b->goal[g], q));
		for (size_t g = 0; g < a->n_goal; g++)
			if (!plan_find_goal(b, a->goal[g].id))
				prog_add(out, q, a->goal[g].id, goal_tenths(&a->goal[g], q), -1);
	}
}

void pprog_free(struct pprog_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->d[i].goal);
	free(l->d);
	l->d = NULL;
	l->n = l->cap = 0;
}

const char *pdiff_goal_of(const struct plan *a, const struct plan *b, const struct pdiff *d)
{
	if (!d->id[0])
		return "";
	if (d->goal)
		return d->id;
	const struct activity *x = plan_find_activity(b, d->id);
	if (x)
		return b->goal[x->goal].id;
	x = plan_find_activity(a, d->id);
	return x ? a->goal[x->goal].id : "";
}
