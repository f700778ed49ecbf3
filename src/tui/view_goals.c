/*
 * view_goals.c — the goals panel: first "all goals" (every activity of the
 * plan), then the goal tree, indented two columns a level and opening
 * with every goal expanded (+ and - expand and collapse the selected
 * goal; a collapsed one shows "+"): id, title, how many of its activities
 * (those of the goals beneath included) match the
 * filter (when one is on), progress for the quarter. The selected goal's
 * budget is on the bottom border.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "tolov/plan/plan.h"
#include "tolov/base/text.h"
#include "tolov/tui/state.h"
#include "tolov/plan/schema.h"

#define PROG_W 6	/* "100.0%" */

static size_t id_width(const struct plan *p)
{
	size_t w = 1;
	for (size_t i = 0; i < p->n_goal; i++) {
		const char *id = p->goal[i].id ? p->goal[i].id : "";
		size_t k = text_width(id, strlen(id));
		if (k > w)
			w = k;
	}
	return w > 10 ? 10 : w;
}

static void row(struct tui *t, struct view *v, size_t i, int y0, int x0, int iw, int idw)
{
	const struct plan *p = t->s->plan;
	int y = y0 + (int)(i - v->top);
	if (i >= t->sel.n_rows) {
		draw_text(t, v->win, y, x0, iw, i == 1 ? tr(M_NO_GOALS) : "", draw_attr(t, AR_DIM));
		return;
	}
	bool all = i == 0;
	size_t gi = sel_goal_of_row(&t->sel, i);
	const struct goal *g = all ? NULL : &p->goal[gi];
	bool sel = i == sel_goal_row(&t->sel);
	int a = sel ? draw_attr(t, t->sel.focus == P_GOALS ? AR_SEL : AR_SEL_DIM) : (int)A_NORMAL;
	struct progress pr = PROGRESS_INIT;
	if (all)
		progress_of_plan(p, t->sel.quarter, &pr);
	else
		progress_of_goal(g, t->sel.quarter, &pr);
	char pb[8], cell[16], mc[32] = "";
	const char *pf = progress_fmt(pr.tenths, pb);
	snprintf(cell, sizeof cell, "%*s%s", PROG_W - 1, *pf ? pf : "-", *pf ? "%" : " ");
	if (sel_filter_active(&t->sel.filter)) {
		size_t m = 0;
		if (all)
			for (size_t k = 0; k < p->n_goal; k++)
				m += sel_goal_matches(&t->sel, p, k);
		else
			m = sel_goal_matches(&t->sel, p, gi);
		snprintf(mc, sizeof mc, "%zu", m);
	}
	int mw = *mc ? (int)strlen(mc) + 1 : 0;
	int pw = iw >= idw + 1 + PROG_W + 4 + mw ? PROG_W : 0;
	int tw = iw - idw - 1 - (pw ? pw + 1 : 0) - mw;
	/* the tree: two columns per level, "+" on a collapsed goal */
	struct sbuf tt = SBUF_INIT;
	if (!all) {
		for (unsigned d = 0; d < g->depth && d < 8; d++)
			sbuf_adds(&tt, "  ");
		if (sel_goal_collapsed(&t->sel, gi))
			sbuf_adds(&tt, "+ ");
		sbuf_adds(&tt, g->title ? g->title : "");
	}
	const char *title = all ? tr(M_ALL_GOALS) : tt.buf;
	wmove(v->win, y, x0);
	if (tw < 1) {
		draw_text(t, v->win, y, x0, iw, title, a);
		sbuf_free(&tt);
		return;
	}
	draw_text(t, v->win, y, x0, idw, all ? "*" : g->id, a ? a : (int)A_BOLD);
	draw_text(t, v->win, y, x0 + idw, 1, "", a);
	draw_text(t, v->win, y, x0 + idw + 1, tw, title, a ? a : all ? (int)A_BOLD : (int)A_NORMAL);
	sbuf_free(&tt);
	int x = x0 + idw + 1 + tw;
	if (mw) {
		draw_text(t, v->win, y, x, 1, "", a);
		draw_text(t, v->win, y, x + 1, mw - 1, mc, a ? a : draw_attr(t, AR_MARK));
		x += mw;
	}
	if (pw) {
		draw_text(t, v->win, y, x, 1, "", a);
		int pa = a ? a : (pr.tenths < 0 ? draw_attr(t, AR_DIM) : (int)A_NORMAL);
		draw_text(t, v->win, y, x0 + iw - pw, pw, cell, pa);
	}
}

/* The selected goal's (or the plan's) budget on the bottom border. */
static void draw_budget(struct tui *t, struct view *v)
{
	if (v->h < 3 || v->w < 12)
		return;
	const struct plan *p = t->s->plan;
	const struct goal *g = tui_goal(t);
	struct sbuf amt = SBUF_INIT, b = SBUF_INIT;
	fmt_amount(&amt, g ? budget_of_goal(g) : budget_of_plan(p));
	sbuf_addf(&b, " %s %s %s ", tr(M_BUDGET), amt.buf ? amt.buf : "0",
		  p->currency ? p->currency : "");
	int w = (int)text_width(b.buf, b.len);
	if (w > v->w - 4)
		w = v->w - 4;
	/* the border under an earlier, longer total */
	const char *hz = !draw_plain(t) ? "\xE2\x94\x80" : "-";
	wattrset(v->win, draw_attr(t, AR_BORDER));
	for (int x = 1; x < v->w - 2 - w; x++)
		mvwaddstr(v->win, v->h - 1, x, hz);
	wattrset(v->win, A_NORMAL);
	draw_text(t, v->win, v->h - 1, v->w - 2 - w, w, b.buf, draw_attr(t, AR_BORDER));
	sbuf_free(&amt);
	sbuf_free(&b);
}

static void draw(struct tui *t, struct view *v, bool full)
{
	int y0, x0, ih, iw;
	view_inner(v, &y0, &x0, &ih, &iw);
	if (ih <= 0 || iw <= 0)
		return;
	const struct plan *p = t->s->plan;
	sel_goal_rows(&t->sel, p);
	v->sel = sel_goal_row(&t->sel);
	if (list_scroll(v, t->sel.n_rows, (size_t)ih))
		full = true;
	if (!v->drawn || v->top != v->drawn_top)
		full = true;
	int idw = (int)id_width(p);
	if (full) {
		struct sbuf title = SBUF_INIT;
		sbuf_addf(&title, "%s (%zu)", tr(M_GOALS), p->n_goal);
		draw_frame(t, v, title.buf);
		sbuf_free(&title);
		for (size_t i = v->top; i < v->top + (size_t)ih; i++)
			row(t, v, i, y0, x0, iw, idw);
		draw_budget(t, v);
	} else {
		if (v->drawn_sel >= v->top && v->drawn_sel < v->top + (size_t)ih)
			row(t, v, v->drawn_sel, y0, x0, iw, idw);
		row(t, v, v->sel, y0, x0, iw, idw);
		draw_budget(t, v);
	}
	v->drawn = true;
	v->drawn_sel = v->sel;
	v->drawn_top = v->top;
}

static unsigned key(struct tui *t, struct view *v, enum action a)
{
	int y0, x0, ih, iw;
	view_inner(v, &y0, &x0, &ih, &iw);
	const struct plan *p = t->s->plan;
	sel_goal_rows(&t->sel, p);
	v->sel = sel_goal_row(&t->sel);
	if (a == A_EXPAND || a == A_COLLAPSE) {
		if (t->sel.goal == SEL_ALL ||
		    !sel_goal_expand(&t->sel, p, t->sel.goal, a == A_EXPAND ? 1 : -1))
			return 0;
		return RP_FULL(P_GOALS);
	}
	if (a == A_EDIT || a == A_EDITOR) {
		const struct goal *g = tui_goal(t);
		if (!g) {
			tui_msg(t, false, "%s", tr(M_NOT_EDITABLE));
			return RP_BOTTOM;
		}
		struct edit_target et = { xstrdup(g->id), xstrdup(K(SK_GOAL_TITLE)), xstrdup(g->title), true };
		if (a == A_EDITOR)
			return act_run_editor(t, &et);
		int idw = (int)id_width(p);
		int y = y0 + (int)(v->sel - v->top);
		ov_edit(t, P_GOALS, y, x0 + idw + 1, iw - idw - 1, &et);
		return RP_OVERLAY;
	}
	if (!list_nav(v, t->sel.n_rows, ih > 0 ? (size_t)ih : 1, a))
		return 0;
	tui_select(t, sel_goal_of_row(&t->sel, v->sel), SIZE_MAX);
	return RP_ROWS(P_GOALS) | RP_FULL(P_ACTS) | RP_FULL(P_DETAIL) | RP_FULL(P_STATUS);
}

static void select_(struct tui *t, struct view *v)
{
	v->sel = sel_goal_row(&t->sel);
	v->drawn = false;
}

const struct view_ops view_goals_ops = {
	.name = "goals",
	.open = NULL,
	.draw = draw,
	.key = key,
	.select = select_,
	.done = NULL,
	.depends = DEP_QUARTER | DEP_FILTER,
};
