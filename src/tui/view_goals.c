/* view_goals.c — the goals panel: id, title, progress for the quarter. */
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
	if (i >= p->n_goal) {
		draw_text(t, v->win, y, x0, iw,
			  (i == 0 && p->n_goal == 0) ? tr(M_NO_GOALS) : "", draw_attr(t, AR_DIM));
		return;
	}
	const struct goal *g = &p->goal[i];
	bool sel = i == t->goal;
	int a = sel ? draw_attr(t, t->focus == P_GOALS ? AR_SEL : AR_SEL_DIM) : (int)A_NORMAL;
	struct progress pr = PROGRESS_INIT;
	progress_of_goal(g, t->quarter, &pr);
	char pb[8], cell[16];
	const char *pf = progress_fmt(pr.tenths, pb);
	snprintf(cell, sizeof cell, "%*s%s", PROG_W - 1, *pf ? pf : "-", *pf ? "%" : " ");
	int pw = iw >= idw + 1 + PROG_W + 4 ? PROG_W : 0;
	int tw = iw - idw - 1 - (pw ? pw + 1 : 0);
	wmove(v->win, y, x0);
	if (tw < 1) {
		draw_text(t, v->win, y, x0, iw, g->title, a);
		return;
	}
	draw_text(t, v->win, y, x0, idw, g->id, a ? a : (int)A_BOLD);
	draw_text(t, v->win, y, x0 + idw, 1, "", a);
	draw_text(t, v->win, y, x0 + idw + 1, tw, g->title, a);
	if (pw) {
		draw_text(t, v->win, y, x0 + idw + 1 + tw, 1, "", a);
		int pa = a ? a : (pr.tenths < 0 ? draw_attr(t, AR_DIM) : (int)A_NORMAL);
		draw_text(t, v->win, y, x0 + iw - pw, pw, cell, pa);
	}
}

static void draw(struct tui *t, struct view *v, bool full)
{
	int y0, x0, ih, iw;
	view_inner(v, &y0, &x0, &ih, &iw);
	if (ih <= 0 || iw <= 0)
		return;
	const struct plan *p = t->s->plan;
	v->sel = t->goal;
	if (list_scroll(v, p->n_goal, (size_t)ih))
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
	} else {
		if (v->drawn_sel >= v->top && v->drawn_sel < v->top + (size_t)ih)
			row(t, v, v->drawn_sel, y0, x0, iw, idw);
		row(t, v, v->sel, y0, x0, iw, idw);
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
	v->sel = t->goal;
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
		int y = y0 + (int)(t->goal - v->top);
		ov_edit(t, P_GOALS, y, x0 + idw + 1, iw - idw - 1, &et);
		return RP_OVERLAY;
	}
	if (!list_nav(v, p->n_goal, ih > 0 ? (size_t)ih : 1, a))
		return 0;
	tui_select(t, v->sel, SIZE_MAX);
	return RP_ROWS(P_GOALS) | RP_FULL(P_ACTS) | RP_FULL(P_DETAIL) | RP_FULL(P_STATUS);
}

static void select_(struct tui *t, struct view *v)
{
	v->sel = t->goal;
	v->drawn = false;
}

const struct view_ops view_goals_ops = {
	.name = "goals",
	.open = NULL,
	.draw = draw,
	.key = key,
	.select = select_,
	.done = NULL,
};
