/*
 * view_acts.c — the activities of the selected goal that pass the filter:
 * id, title, and the four quarters (a mark when scheduled, the rating in
 * three columns).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "tolov/plan/plan.h"
#include "tolov/base/text.h"
#include "tolov/tui/state.h"
#include "tolov/plan/rules.h"
#include "tolov/plan/schema.h"

#define CELL_W 4	/* mark + "100" */
#define CELLS_W (NQ * CELL_W)

static int id_width(const struct tui *t)
{
	const struct goal *g = tui_goal(t);
	size_t w = 1;
	for (size_t i = 0; g && i < g->n_act; i++) {
		const char *id = g->act[i].id ? g->act[i].id : "";
		size_t k = text_width(id, strlen(id));
		if (k > w)
			w = k;
	}
	return w > 10 ? 10 : (int)w;
}

/* Geometry of a row: id, title and cell columns (cells 0 when too narrow).
 * idw comes in as id_width(), measured once per draw. */
static void cols(int iw, int *idw, int *tw, int *cw)
{
	*cw = iw >= *idw + 1 + 8 + 1 + CELLS_W ? CELLS_W : 0;
	*tw = iw - *idw - 1 - (*cw ? *cw + 1 : 0);
	if (*tw < 1) {
		*idw = 0;
		*tw = iw;
		*cw = 0;
	}
}

static void row(struct tui *t, struct view *v, size_t i, int y0, int x0, int iw, int idw0)
{
	int y = y0 + (int)(i - v->top);
	const struct goal *g = tui_goal(t);
	if (i >= t->n_vis || !g) {
		const char *m = "";
		if (i == 0)
			m = !g ? "" : g->n_act ? tr(M_NO_MATCH_FILTER) : tr(M_NO_ACTS);
		draw_text(t, v->win, y, x0, iw, m, draw_attr(t, AR_DIM));
		return;
	}
	const struct activity *a = &g->act[t->vis[i]];
	bool sel = i == t->act;
	int at = sel ? draw_attr(t, t->focus == P_ACTS ? AR_SEL : AR_SEL_DIM) : (int)A_NORMAL;
	int idw = idw0, tw, cw;
	cols(iw, &idw, &tw, &cw);
	int x = x0;
	if (idw) {
		draw_text(t, v->win, y, x, idw, a->id, at ? at : (int)A_BOLD);
		draw_text(t, v->win, y, x + idw, 1, "", at);
		x += idw + 1;
	}
	draw_text(t, v->win, y, x, tw, a->title, at);
	x += tw;
	if (!cw)
		return;
	draw_text(t, v->win, y, x++, 1, "", at);
	for (int q = 1; q <= NQ; q++) {
		bool sched = activity_scheduled_in(a, q);
		int r = a->st[q - 1].rating;
		const char *mark = sched ? (t->utf8 && !t->ascii ? "\xE2\x80\xA2" : "*") : " ";
		draw_text(t, v->win, y, x, 1, mark, at);
		int ra = at ? at : draw_attr(t, rating_role(r));
		if (q == t->quarter)
			ra |= A_BOLD;
		draw_text(t, v->win, y, x + 1, 3, rating_cell(r, sched), ra);
		x += CELL_W;
	}
}

static void draw(struct tui *t, struct view *v, bool full)
{
	int y0, x0, ih, iw;
	view_inner(v, &y0, &x0, &ih, &iw);
	if (ih <= 0 || iw <= 0)
		return;
	v->sel = t->act;
	if (list_scroll(v, t->n_vis, (size_t)ih))
		full = true;
	if (!v->drawn || v->top != v->drawn_top)
		full = true;
	int idw0 = id_width(t);
	if (full) {
		const struct goal *g = tui_goal(t);
		struct sbuf title = SBUF_INIT;
		sbuf_adds(&title, tr(M_ACTIVITIES));
		if (g)
			sbuf_addf(&title, " %s", g->id);
		if (t->filter.unit || t->filter.quarter || t->filter.rating != FR_NONE)
			sbuf_addf(&title, " %zu/%zu %s", t->n_vis, g ? g->n_act : 0, tr(M_FILTER));
		else if (g)
			sbuf_addf(&title, " (%zu)", g->n_act);
		draw_frame(t, v, title.buf);
		sbuf_free(&title);
		int idw = idw0, tw, cw;
		cols(iw, &idw, &tw, &cw);
		if (cw && v->h >= 3 && v->w >= 4) {
			/* Quarter heads in the top border, over their cells. */
			int x = x0 + iw - CELLS_W;
			for (int q = 1; q <= NQ; q++) {
				struct sbuf h = SBUF_INIT;
				sbuf_addf(&h, "%s%d", tr(M_QUARTER_SHORT), q);
				int ha = q == t->quarter ? draw_attr(t, AR_TITLE_FOCUS)
							 : draw_attr(t, AR_BORDER);
				draw_text(t, v->win, 0, x + 1, (int)text_width(h.buf, h.len), h.buf, ha);
				sbuf_free(&h);
				x += CELL_W;
			}
		}
		for (size_t i = v->top; i < v->top + (size_t)ih; i++)
			row(t, v, i, y0, x0, iw, idw0);
	} else {
		if (v->drawn_sel >= v->top && v->drawn_sel < v->top + (size_t)ih)
			row(t, v, v->drawn_sel, y0, x0, iw, idw0);
		row(t, v, v->sel, y0, x0, iw, idw0);
	}
	v->drawn = true;
	v->drawn_sel = v->sel;
	v->drawn_top = v->top;
}

static unsigned key(struct tui *t, struct view *v, enum action a)
{
	int y0, x0, ih, iw;
	view_inner(v, &y0, &x0, &ih, &iw);
	v->sel = t->act;
	if (a == A_EDIT || a == A_EDITOR) {
		const struct activity *ac = tui_act(t);
		if (!ac) {
			tui_msg(t, false, "%s", tr(M_NOT_EDITABLE));
			return RP_BOTTOM;
		}
		struct edit_target et = { xstrdup(ac->id), xstrdup(K(SK_ACT_TITLE)), xstrdup(ac->title), true };
		if (a == A_EDITOR)
			return act_run_editor(t, &et);
		int idw = id_width(t), tw, cw;
		cols(iw, &idw, &tw, &cw);
		int y = y0 + (int)(t->act - v->top);
		int x = x0 + (idw ? idw + 1 : 0);
		ov_edit(t, P_ACTS, y, x, iw - (x - x0), &et);
		return RP_OVERLAY;
	}
	if (!list_nav(v, t->n_vis, ih > 0 ? (size_t)ih : 1, a))
		return 0;
	t->act = v->sel;
	t->views[P_DETAIL].ops->select(t, &t->views[P_DETAIL]);
	t->views[P_STATUS].ops->select(t, &t->views[P_STATUS]);
	return RP_ACT_CHANGED;
}

static void select_(struct tui *t, struct view *v)
{
	v->sel = t->act;
	v->drawn = false;
}

const struct view_ops view_acts_ops = {
	.name = "activities",
	.open = NULL,
	.draw = draw,
	.key = key,
	.select = select_,
	.done = NULL,
};
