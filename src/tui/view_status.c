/*
 * view_status.c — quarterly status of the selected activity: Q1..Q4, each
 * with its schedule mark ("•", "*" in ASCII), rating ("!" overdue, "."
 * scheduled and not rated; the word says "not scheduled" outside the
 * schedule) and note; the selected quarter (the one
 * the whole interface works on) highlighted. Up/Down choose the quarter;
 * 1/7/3/0/n/x rate it; Enter edits its note.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "tolov/plan/plan.h"
#include "tolov/base/text.h"
#include "tolov/tui/state.h"
#include "tolov/plan/rules.h"
#include "tolov/plan/schema.h"

struct note_lines {
	struct sbuf buf;
	size_t n, max;
};

/* The note's wrapped lines: the first max-1 each on its own line, the
 * rest joined on the last one, which draw_text cuts at the panel's full
 * width (with the cut mark) instead of at a word. */
static void collect(void *ctx, const char *line, size_t len)
{
	struct note_lines *nl = ctx;
	if (nl->n >= nl->max) {
		nl->buf.len--;	/* the last line goes on */
		sbuf_addc(&nl->buf, ' ');
	}
	sbuf_add(&nl->buf, line, len);
	sbuf_addc(&nl->buf, '\n');
	nl->n++;
}

static size_t lines_per(int ih)
{
	return ih >= 2 * NQ ? (size_t)ih / NQ : 1;
}

/* Geometry: row of quarter q's first line, note area x/width. */
static int quarter_y(int y0, int ih, int q)
{
	return y0 + (int)lines_per(ih) * (q - 1);
}

static int head_width(const struct tui *t)
{
	size_t w = 0;
	enum msg ms[] = { M_R_100, M_R_70, M_R_30, M_R_0, M_R_NOT_DUE, M_R_NONE,
			  M_R_NOT_SCHEDULED, M_OVERDUE };
	for (size_t i = 0; i < sizeof ms / sizeof ms[0]; i++) {
		const char *s = tr(ms[i]);
		size_t k = text_width(s, strlen(s));
		if (k > w)
			w = k;
	}
	(void)t;
	return (int)w;
}

static void draw_quarter(struct tui *t, struct view *v, int q, int y0, int x0, int ih, int iw)
{
	const struct activity *a = tui_act(t);
	size_t lp = lines_per(ih);
	int y = quarter_y(y0, ih, q);
	if (y - y0 >= ih)
		return;
	bool sel = q == t->sel.quarter;
	int at = sel ? draw_attr(t, t->sel.focus == P_STATUS ? AR_SEL : AR_SEL_DIM) : (int)A_NORMAL;
	if (!a) {
		for (size_t l = 0; l < lp && y + (int)l - y0 < ih; l++)
			draw_text(t, v->win, y + (int)l, x0, iw,
				  (q == 1 && l == 0) ? tr(M_NO_ACT_SELECTED) : "", draw_attr(t, AR_DIM));
		return;
	}
	const struct status *st = &a->st[q - 1];
	bool sched = activity_scheduled_in(a, q);
	bool overdue = activity_overdue(t->s->plan, a, q, &t->sel.today);
	enum attr_role role = overdue ? AR_ERR : rating_role(st->rating);
	struct sbuf head = SBUF_INIT;
	sbuf_addf(&head, "%s%d %s %s ", tr(M_QUARTER_SHORT), q,
		  sched ? draw_dot(t) : " ",
		  overdue ? "  !" : rating_cell(st->rating, sched));
	wmove(v->win, y, x0);
	int used = draw_add(t, v->win, head.buf, iw, at);
	sbuf_free(&head);
	int ra = at ? at : draw_attr(t, role);
	/* rated or not, a quarter outside the schedule says so */
	const char *word = overdue ? tr(M_OVERDUE)
			 : !sched && rating_word(st->rating) == M_R_NONE ? tr(M_R_NOT_SCHEDULED)
			 : tr(rating_word(st->rating));
	int ww = head_width(t);
	if (lp == 1) {
		/* one line: head, word, note */
		if (ww > (iw - used) / 2)
			ww = (iw - used) / 2;
		draw_text(t, v->win, y, x0 + used, ww, word, ra);
		used += ww;
		if (used < iw) {
			draw_text(t, v->win, y, x0 + used, 1, "", at);
			used++;
			draw_text(t, v->win, y, x0 + used, iw - used, st->note, at);
		}
		return;
	}
	draw_text(t, v->win, y, x0 + used, iw - used, word, ra);
	/* the note, wrapped under the head */
	int nx = x0 + 3, nw = iw - 3;
	if (nw < 1) {
		nx = x0;
		nw = iw;
	}
	struct note_lines nl = { SBUF_INIT, 0, lp - 1 };
	if (*st->note)
		text_wrap(st->note, (size_t)nw, collect, &nl);
	const char *s = nl.buf.buf ? nl.buf.buf : "";
	for (size_t l = 1; l < lp; l++) {
		int ly = y + (int)l;
		if (ly - y0 >= ih)
			break;
		draw_text(t, v->win, ly, x0, nx - x0, "", at);
		const char *e = strchr(s, '\n');
		struct sbuf one = SBUF_INIT;
		sbuf_add(&one, s, e ? (size_t)(e - s) : strlen(s));
		draw_text(t, v->win, ly, nx, nw, one.buf, at);
		sbuf_free(&one);
		s = e ? e + 1 : s + strlen(s);
	}
	sbuf_free(&nl.buf);
}

static void draw(struct tui *t, struct view *v, bool full)
{
	int y0, x0, ih, iw;
	view_inner(v, &y0, &x0, &ih, &iw);
	if (ih <= 0 || iw <= 0)
		return;
	v->sel = (size_t)(t->sel.quarter - 1);
	if (!v->drawn)
		full = true;
	if (full) {
		const struct activity *a = tui_act(t);
		struct sbuf title = SBUF_INIT;
		sbuf_adds(&title, tr(M_STATUS));
		if (a)
			sbuf_addf(&title, " %s", a->id);
		draw_frame(t, v, title.buf);
		sbuf_free(&title);
		for (int q = 1; q <= NQ; q++)
			draw_quarter(t, v, q, y0, x0, ih, iw);
		int last = quarter_y(y0, ih, NQ) + (int)lines_per(ih);
		for (int y = last; y < y0 + ih; y++)
			draw_text(t, v->win, y, x0, iw, "", A_NORMAL);
	} else {
		draw_quarter(t, v, (int)v->drawn_sel + 1, y0, x0, ih, iw);
		draw_quarter(t, v, t->sel.quarter, y0, x0, ih, iw);
	}
	v->drawn = true;
	v->drawn_sel = v->sel;
}

/* Where the note of the selected quarter is edited in place. */
static void note_place(struct tui *t, struct view *v, int *y, int *x, int *w)
{
	int y0, x0, ih, iw;
	view_inner(v, &y0, &x0, &ih, &iw);
	*y = quarter_y(y0, ih, t->sel.quarter);
	if (lines_per(ih) > 1 && iw > 4) {
		*y += 1;
		*x = x0 + 3;
		*w = iw - 3;
	} else {
		*x = x0 + 8;
		*w = iw - 8;
		if (*w < 4) {
			*x = x0;
			*w = iw;
		}
	}
}

static unsigned key(struct tui *t, struct view *v, enum action a)
{
	const struct activity *ac = tui_act(t);
	switch (a) {
	case A_UP:
	case A_DOWN:
	case A_HOME:
	case A_END:
	case A_PGUP:
	case A_PGDN: {
		v->sel = (size_t)(t->sel.quarter - 1);
		if (!list_nav(v, NQ, NQ, a))
			return 0;
		return tui_set_quarter(t, (int)v->sel + 1);
	}
	case A_EDIT:
	case A_EDITOR: {
		if (!ac) {
			tui_msg(t, false, "%s", tr(M_NOT_EDITABLE));
			return RP_BOTTOM;
		}
		struct sbuf path = SBUF_INIT;
		schema_set_path(&path, SK_NOTE, 0, t->sel.quarter);
		struct edit_target et = { xstrdup(ac->id), sbuf_detach(&path),
					  xstrdup(ac->st[t->sel.quarter - 1].note), true };
		if (a == A_EDITOR)
			return act_run_editor(t, &et);
		int y, x, w;
		note_place(t, v, &y, &x, &w);
		ov_edit(t, P_STATUS, y, x, w, &et);
		/* the note is typed wrapped over its lines and, when it needs
		 * them, those of the quarters below (redrawn after) */
		int y0, x0, ih, iw;
		view_inner(v, &y0, &x0, &ih, &iw);
		if (lines_per(ih) > 1) {
			t->ed.h = (int)lines_per(ih) - 1;
			t->ed.hmax = y0 + ih - y;
		}
		return RP_OVERLAY | RP_FULL(P_STATUS);
	}
	default:
		return 0;
	}
}

static void select_(struct tui *t, struct view *v)
{
	v->sel = (size_t)(t->sel.quarter - 1);
	v->drawn = false;
}

const struct view_ops view_status_ops = {
	.name = "status",
	.open = NULL,
	.draw = draw,
	.key = key,
	.select = select_,
	.done = NULL,
	.depends = DEP_ACT | DEP_QUARTER,
};
