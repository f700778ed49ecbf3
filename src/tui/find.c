/*
 * find.c — search in all text of the plan (case-insensitive for Latin and
 * Cyrillic through text_find_ci), n/N, and the activity filters.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/plan/plan.h"
#include "tolov/base/text.h"
#include "tolov/tui/state.h"

static bool hit(const char *s, const char *needle)
{
	return s && *s && text_find_ci(s, needle) >= 0;
}

static bool act_matches(const struct activity *a, const char *needle)
{
	if (hit(a->id, needle) || hit(a->title, needle) || hit(a->responsible, needle) ||
	    hit(a->schedule, needle) || hit(a->budget.source, needle) || hit(a->budget.text, needle))
		return true;
	for (size_t i = 0; i < a->n_ind; i++) {
		const struct indicator *ind = &a->ind[i];
		if (hit(ind->name, needle) || hit(ind->baseline, needle) || hit(ind->target, needle))
			return true;
		for (int q = 0; q < NQ; q++)
			if (hit(ind->actual[q], needle))
				return true;
	}
	for (int q = 0; q < NQ; q++)
		if (hit(a->st[q].note, needle))
			return true;
	return false;
}

/* Places in plan order: (goal, 0) is the goal itself, (goal, i + 1) its
 * activity i. */
struct place {
	size_t g, a;
};

static int cmp_place(struct place x, struct place y)
{
	if (x.g != y.g)
		return x.g < y.g ? -1 : 1;
	if (x.a != y.a)
		return x.a < y.a ? -1 : 1;
	return 0;
}

static size_t collect(const struct plan *p, const char *needle, struct place **out)
{
	size_t n = 0, cap = 0;
	struct place *v = NULL;
	for (size_t g = 0; g < p->n_goal; g++) {
		const struct goal *gl = &p->goal[g];
		bool gm = hit(gl->id, needle) || hit(gl->title, needle);
		for (size_t a = 0; a <= gl->n_act; a++) {
			if (a == 0 ? !gm : !act_matches(&gl->act[a - 1], needle))
				continue;
			if (n == cap) {
				cap = cap ? cap * 2 : 16;
				v = xrealloc(v, cap * sizeof *v);
			}
			v[n++] = (struct place){ g, a };
		}
	}
	*out = v;
	return n;
}

unsigned act_search(struct tui *t, const char *text, int dir, bool from_here)
{
	(void)from_here;
	if (text != t->search) {
		free(t->search);
		t->search = xstrdup(text);
	}
	struct place *m = NULL;
	plan_fill(t->s->plan);	/* notes and indicator names are searched too */
	size_t n = collect(t->s->plan, t->search, &m);
	if (!n) {
		free(m);
		tui_msg(t, true, tr(M_NOT_FOUND), t->search);
		return RP_BOTTOM;
	}
	size_t ai = tui_act_index(t);
	struct place cur = { tui_act_goal(t) == SEL_ALL ? 0 : tui_act_goal(t), (t->sel.focus == P_GOALS || ai == SIZE_MAX) ? 0 : ai + 1 };
	size_t k;
	if (dir > 0) {
		for (k = 0; k < n && cmp_place(m[k], cur) <= 0; k++)
			;
		if (k == n)
			k = 0;		/* wrap to the first */
	} else {
		size_t i = n;
		while (i > 0 && cmp_place(m[i - 1], cur) >= 0)
			i--;
		k = i > 0 ? i - 1 : n - 1;	/* wrap to the last */
	}
	struct place to = m[k];
	free(m);
	unsigned rp = RP_ALL;
	if (to.a == 0) {
		tui_select(t, to.g, SIZE_MAX);
		t->sel.focus = P_GOALS;
	} else {
		const struct activity *a = &t->s->plan->goal[to.g].act[to.a - 1];
		bool hidden = !tui_filter_pass(t, a);
		if (hidden)
			sel_filter_clear(&t->sel);
		tui_select(t, to.g, to.a - 1);
		if (t->sel.focus == P_GOALS)
			t->sel.focus = P_ACTS;
		for (int i = 0; i < P__COUNT; i++)
			t->views[i].drawn = false;
		if (hidden) {
			tui_msg(t, false, "%s", tr(M_FILTER_HIDDEN));
			return rp | (t->single ? RP_LAYOUT : 0);
		}
	}
	for (int i = 0; i < P__COUNT; i++)
		t->views[i].drawn = false;
	tui_msg(t, false, tr(M_MATCH_N), k + 1, n);
	return rp | (t->single ? RP_LAYOUT : 0);
}

static unsigned refiltered(struct tui *t)
{
	tui_refilter(t, SIZE_MAX);
	return tui_changed(t, DEP_FILTER | DEP_ACT) | RP_BOTTOM;
}

unsigned act_filter_set(struct tui *t, const char *unit, int quarter, enum filter_rating r,
			bool clear)
{
	if (clear) {
		sel_filter_clear(&t->sel);
		tui_msg(t, false, "%s", tr(M_FILTER_CLEARED));
		return refiltered(t);
	}
	sel_filter_set(&t->sel, unit, quarter, r);
	return refiltered(t);
}

unsigned act_find(struct tui *t, enum action a)
{
	switch (a) {
	case A_SNEXT:
	case A_SPREV:
		if (!t->search) {
			tui_msg(t, false, "%s", tr(M_NO_SEARCH));
			return RP_BOTTOM;
		}
		return act_search(t, t->search, a == A_SNEXT ? 1 : -1, false);
	case A_F_UNIT: {
		if (t->sel.filter.unit) {
			free(t->sel.filter.unit);
			t->sel.filter.unit = NULL;
			return refiltered(t);
		}
		const struct activity *ac = tui_act(t);
		if (!ac || !ac->responsible || !*ac->responsible) {
			tui_msg(t, false, "%s", tr(M_NO_TARGET));
			return RP_BOTTOM;
		}
		return act_filter_set(t, ac->responsible, -1, FR_KEEP, false);
	}
	case A_F_QUARTER:
		return act_filter_set(t, NULL, t->sel.filter.quarter ? 0 : t->sel.quarter, FR_KEEP,
				      false);
	case A_F_RATING:
		return act_filter_set(t, NULL, -1, sel_filter_next(t->sel.filter.rating), false);
	case A_F_CLEAR:
		return act_filter_set(t, NULL, -1, FR_NONE, true);
	default:
		return 0;
	}
}
