/*
 * view_acts.c — the activities of the selected goal that pass the filter:
 * id, title, and the four quarters, each a blank and a 3-column cell
 * (quarter_cell: the rating, or a mark for scheduled, overdue, not due).
 * Under "all goals" it lists every activity of the plan.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "tolov/plan/plan.h"
#include "tolov/base/text.h"
#include "tolov/tui/state.h"
#include "tolov/plan/rules.h"
#include "tolov/plan/schema.h"

#define CELL_W 4	/* a blank, then the 3-column cell (quarter_cell) */
#define CELLS_W (NQ * CELL_W)

static const struct activity *vis_act(const struct tui *t, size_t i)
{
	const struct plan *p = t->s->plan;
	struct act_ref r = t->sel.vis[i];
	return &p->goal[r.g].act[r.a];
}

/* Activities of the selected goal and the goals nested beneath it. */
static size_t subtree_acts(const struct tui *t)
{
	const struct plan *p = t->s->plan;
	size_t g = t->sel.goal, n = 0;
	if (g >= p->n_goal)
		return 0;
	for (size_t k = g; k <= g + p->goal[g].n_desc && k < p->n_goal; k++)
		n += p->goal[k].n_act;
	return n;
}

static int id_width(const struct tui *t)
{
	size_t w = 1;
	for (size_t i = 0; i < t->sel.n_vis; i++) {
		const char *id = vis_act(t, i)->id ? vis_act(t, i)->id : "";
		size_t k = text_width(id, strlen(id));
		const char *gid = t->s->plan->goal[t->sel.vis[i].g].id;
		size_t gl = gid ? strlen(gid) : 0;
		if (t->sel.goal == SEL_ALL && gl && !(strncmp(id, gid, gl) == 0 && id[gl] == '.'))
			k += text_width(gid, gl) + 1;
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
	bool all = t->sel.goal == SEL_ALL;
	if (i >= t->sel.n_vis || (!g && !all)) {
		const char *m = "";
		size_t n = all ? plan_n_activities(t->s->plan) : g ? subtree_acts(t) : 0;
		if (i == 0 && (g || all))
			m = n ? tr(M_NO_MATCH_FILTER) : tr(M_NO_ACTS);
		draw_text(t, v->win, y, x0, iw, m, draw_attr(t, AR_DIM));
		return;
	}
	const struct activity *a = vis_act(t, i);
	bool sel = i == t->sel.act;
	int at = sel ? draw_attr(t, t->sel.focus == P_ACTS ? AR_SEL : AR_SEL_DIM) : (int)A_NORMAL;
	int idw = idw0, tw, cw;
	cols(iw, &idw, &tw, &cw);
	int x = x0;
	if (idw) {
		/* under "all goals", an id that does not show its goal's gets
		 * the goal's id before it */
		const struct goal *ag = &t->s->plan->goal[t->sel.vis[i].g];
		size_t gl = ag->id ? strlen(ag->id) : 0;
		struct sbuf idt = SBUF_INIT;
		if (t->sel.goal == SEL_ALL && gl && a->id &&
		    !(strncmp(a->id, ag->id, gl) == 0 && a->id[gl] == '.'))
			sbuf_addf(&idt, "%s:%s", ag->id, a->id);
		else
			sbuf_adds(&idt, a->id ? a->id : "");
		draw_text(t, v->win, y, x, idw, idt.buf, at ? at : (int)A_BOLD);
		sbuf_free(&idt);
		draw_text(t, v->win, y, x + idw, 1, "", at);
		x += idw + 1;
	}
	draw_text(t, v->win, y, x, tw, a->title, at);
	x += tw;
	if (!cw)
		return;
	/* The quarter cells keep their own colours in the selected row too:
	 * moving the selection then leaves them as they are on the terminal,
	 * and only the id and title are sent again. Each blank before a cell
	 * takes an attribute that shows as a plain blank and is already set
	 * (the cell's before it, else its own), so attributes change once
	 * per cell, not twice. */
	int prev = at;
	for (int q = 1; q <= NQ; q++) {
		enum attr_role role;
		const char *cell = quarter_cell(t, a, q, &role);
		int ra = draw_attr(t, role);
		if (q == t->sel.quarter)
			ra |= A_BOLD;
		int blank = draw_blank_attr(prev, ra);
		draw_text(t, v->win, y, x, q == 1 ? 2 : 1, "", blank);
		x += q == 1 ? 2 : 1;
		draw_text(t, v->win, y, x, 3, cell, ra);
		x += 3;
		prev = ra;
	}
}

static void draw(struct tui *t, struct view *v, bool full)
{
	int y0, x0, ih, iw;
	view_inner(v, &y0, &x0, &ih, &iw);
	if (ih <= 0 || iw <= 0)
		return;
	v->sel = t->sel.act;
	if (list_scroll(v, t->sel.n_vis, (size_t)ih))
		full = true;
	if (!v->drawn || v->top != v->drawn_top)
		full = true;
	int idw0 = id_width(t);
	if (full) {
		const struct goal *g = tui_goal(t);
		struct sbuf title = SBUF_INIT;
		bool all = t->sel.goal == SEL_ALL;
		sbuf_adds(&title, tr(all ? M_ALL_ACTIVITIES : M_ACTIVITIES));
		size_t n = all ? plan_n_activities(t->s->plan) : g ? subtree_acts(t) : 0;
		if (!all && g)
			sbuf_addf(&title, " %s", g->id);
		if (sel_filter_active(&t->sel.filter))
			sbuf_addf(&title, " %zu/%zu %s", t->sel.n_vis, n, tr(M_FILTER));
		else if (g || all)
			sbuf_addf(&title, " (%zu)", n);
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
				int ha = q == t->sel.quarter ? draw_attr(t, AR_TITLE_FOCUS)
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
	v->sel = t->sel.act;
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
		int y = y0 + (int)(t->sel.act - v->top);
		int x = x0 + (idw ? idw + 1 : 0);
		ov_edit(t, P_ACTS, y, x, iw - (x - x0), &et);
		return RP_OVERLAY;
	}
	if (!list_nav(v, t->sel.n_vis, ih > 0 ? (size_t)ih : 1, a))
		return 0;
	t->sel.act = v->sel;
	/* every panel that shows the activity (view_ops.depends) */
	return RP_ROWS(P_ACTS) | tui_changed(t, DEP_ACT);
}

static void select_(struct tui *t, struct view *v)
{
	v->sel = t->sel.act;
	v->drawn = false;
}

const struct view_ops view_acts_ops = {
	.name = "activities",
	.open = NULL,
	.draw = draw,
	.key = key,
	.select = select_,
	.done = NULL,
	.depends = DEP_GOAL | DEP_QUARTER | DEP_FILTER,
};
