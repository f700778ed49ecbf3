/*
 * select.c — the selection as indices (goal, position in the filtered
 * activity list, quarter) and how it follows the plan: after every session
 * operation the plan is a new object, so tui_sync() re-reads it and clamps.
 */
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#include "tolov/plan/plan.h"
#include "tolov/tui/state.h"
#include "tolov/plan/rules.h"

const struct goal *tui_goal(const struct tui *t)
{
	const struct plan *p = t->s->plan;
	if (!p || t->goal >= p->n_goal)
		return NULL;
	return &p->goal[t->goal];
}

size_t tui_act_index(const struct tui *t)
{
	const struct goal *g = tui_goal(t);
	if (!g || t->act >= t->n_vis || t->vis[t->act] >= g->n_act)
		return SIZE_MAX;
	return t->vis[t->act];
}

const struct activity *tui_act(const struct tui *t)
{
	size_t i = tui_act_index(t);
	return i == SIZE_MAX ? NULL : &tui_goal(t)->act[i];
}

bool tui_filter_pass(const struct tui *t, const struct activity *a)
{
	const struct filter *f = &t->filter;
	if (f->unit && strcmp(a->responsible ? a->responsible : "", f->unit) != 0)
		return false;
	if (f->quarter && !activity_scheduled_in(a, f->quarter))
		return false;
	int r = a->st[t->quarter - 1].rating;
	switch (f->rating) {
	case FR_UNRATED: return r == RATING_NONE;
	case FR_BELOW70: return r == 30 || r == 0;
	case FR_NOTDUE: return r == RATING_NOT_DUE;
	default: return true;
	}
}

void tui_refilter(struct tui *t, size_t keep)
{
	const struct goal *g = tui_goal(t);
	size_t cur = tui_act_index(t);
	if (keep == SIZE_MAX)
		keep = cur;
	t->n_vis = 0;
	size_t n = g ? g->n_act : 0;
	if (n > t->cap_vis) {
		t->cap_vis = n;
		t->vis = xrealloc(t->vis, n * sizeof *t->vis);
	}
	size_t pos = SIZE_MAX;
	for (size_t i = 0; i < n; i++) {
		if (!tui_filter_pass(t, &g->act[i]))
			continue;
		if (i == keep)
			pos = t->n_vis;
		else if (pos == SIZE_MAX && keep != SIZE_MAX && i > keep)
			pos = t->n_vis;	/* the next one that passes */
		t->vis[t->n_vis++] = i;
	}
	if (pos == SIZE_MAX)
		pos = t->n_vis ? (keep != SIZE_MAX && keep >= n ? t->n_vis - 1 : 0) : 0;
	t->act = pos < t->n_vis ? pos : (t->n_vis ? t->n_vis - 1 : 0);
}

void tui_select(struct tui *t, size_t g, size_t a)
{
	const struct plan *p = t->s->plan;
	t->goal = p->n_goal ? (g < p->n_goal ? g : p->n_goal - 1) : 0;
	t->n_vis = 0;
	t->act = 0;
	if (a == SIZE_MAX) {
		tui_refilter(t, SIZE_MAX);
		t->act = 0;
	} else {
		tui_refilter(t, a);
	}
	for (int i = P_ACTS; i < P__COUNT; i++)
		t->views[i].ops->select(t, &t->views[i]);
	t->views[P_ACTS].top = 0;
}

void tui_sync(struct tui *t)
{
	const struct plan *p = t->s->plan;
	size_t keep = SIZE_MAX;
	if (t->act < t->n_vis)
		keep = t->vis[t->act];
	if (t->goal >= p->n_goal)
		t->goal = p->n_goal ? p->n_goal - 1 : 0;
	t->n_vis = 0;
	tui_refilter(t, keep);
	for (int i = 0; i < P__COUNT; i++)
		t->views[i].drawn = false;
	crash_note(t->s);	/* the crash path writes the document as it is now */
}

unsigned tui_set_quarter(struct tui *t, int q)
{
	if (q < 1 || q > NQ) {
		tui_msg(t, true, "%s", tr(M_BAD_QUARTER));
		return RP_BOTTOM;
	}
	t->quarter = q;
	if (t->filter.rating != FR_NONE)
		tui_refilter(t, SIZE_MAX);
	for (int i = 0; i < P__COUNT; i++)
		t->views[i].drawn = false;
	return RP_ALL;
}

void tui_msg(struct tui *t, bool err, const char *fmt, ...)
{
	va_list ap;
	sbuf_reset(&t->msg);
	va_start(ap, fmt);
	sbuf_addvf(&t->msg, fmt, ap);
	va_end(ap);
	t->msg_err = err;
}

