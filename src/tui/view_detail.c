/*
 * view_detail.c — indicators and details of the selected activity. First,
 * compactly, every indicator: its name, baseline, target and the selected
 * quarter's actual (so at 80x24 they show without scrolling); then the
 * full title, id, responsible unit, schedule wording, quarters, budget,
 * and each indicator's actual in every quarter. Each field is one
 * selectable row; long values wrap (a title fully, an indicator's name to
 * two lines, baseline and target to three, cut with "…"). Enter edits the
 * selected field, `a` adds an indicator, `d` deletes one.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/plan/plan.h"
#include "tolov/base/text.h"
#include "tolov/tui/state.h"
#include "tolov/plan/rules.h"
#include "tolov/plan/schema.h"

enum fkind {
	F_TITLE, F_ID, F_RESP, F_SCHED, F_QUARTERS, F_AMOUNT, F_SOURCE, F_BTEXT,
	F_IND_NAME, F_IND_BASE, F_IND_TARGET, F_IND_QACTUAL, F_IND_ACTUAL
};

struct field {
	enum fkind kind;
	size_t ind;		/* indicator index for F_IND_* */
	size_t line;		/* first display line */
	size_t nlines;
	size_t text;		/* byte offset of its wrapped lines in detail.text */
};

struct detail {
	struct field *f;
	size_t n, cap;
	struct sbuf text;	/* every field's wrapped value, lines ended by \n */
	int built_w;		/* width the lines were laid out for */
	size_t total_lines;
};

static const enum msg label_of[] = {
	[F_TITLE] = M_F_TITLE, [F_ID] = M_F_ID, [F_RESP] = M_F_RESPONSIBLE,
	[F_SCHED] = M_F_SCHEDULE, [F_QUARTERS] = M_F_QUARTERS, [F_AMOUNT] = M_F_AMOUNT,
	[F_SOURCE] = M_F_SOURCE, [F_BTEXT] = M_F_BUDGET_TEXT, [F_IND_NAME] = M_F_INDICATOR,
	[F_IND_BASE] = M_F_BASELINE, [F_IND_TARGET] = M_F_TARGET, [F_IND_QACTUAL] = M_F_ACTUAL,
	[F_IND_ACTUAL] = M_F_ACTUAL,
};

static int label_width(void)
{
	size_t w = 0;
	for (size_t i = 0; i < sizeof label_of / sizeof label_of[0]; i++) {
		const char *l = tr(label_of[i]);
		size_t k = text_width(l, strlen(l));
		if (k > w)
			w = k;
	}
	const char *ind = tr(M_F_INDICATOR);
	size_t iw = text_width(ind, strlen(ind)) + 3;	/* "Indicator 12" */
	const char *act = tr(M_F_ACTUAL), *qs = tr(M_QUARTER_SHORT);
	size_t aw = 1 + text_width(act, strlen(act)) + 1 + text_width(qs, strlen(qs)) + 1;	/* "  Actual Q2" */
	if (aw > iw)
		iw = aw;
	return (int)(w > iw ? w : iw);
}

struct wrap_ctx {
	struct sbuf *out;
	size_t n, max;
};

static void wrap_line(void *ctx, const char *line, size_t len)
{
	struct wrap_ctx *w = ctx;
	if (w->n < w->max) {
		sbuf_add(w->out, line, len);
		sbuf_addc(w->out, '\n');
	} else if (w->n == w->max && w->out->len) {
		/* more than max lines: mark the last one shown as cut */
		w->out->len--;
		sbuf_adds(w->out, " \xE2\x80\xA6\n");
	}
	w->n++;
}

/* Add field k with value text wrapped to width lines of at most max_lines. */
static void add_field(struct detail *d, enum fkind k, size_t ind, const char *text, int width,
		      size_t max_lines)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->f = xrealloc(d->f, d->cap * sizeof *d->f);
	}
	size_t line = d->n ? d->f[d->n - 1].line + d->f[d->n - 1].nlines : 0;
	size_t off = d->text.len;
	struct wrap_ctx w = { &d->text, 0, max_lines };
	text_wrap(text && *text ? text : "-", width > 0 ? (size_t)width : 1, wrap_line, &w);
	size_t n = w.n < max_lines ? w.n : max_lines;
	if (n == 0) {
		sbuf_adds(&d->text, "\n");
		n = 1;
	}
	d->f[d->n++] = (struct field){ k, ind, line, n, off };
	d->total_lines = line + n;
}

static int value_width(const struct view *v)
{
	int y0, x0, ih, iw;
	view_inner(v, &y0, &x0, &ih, &iw);
	int lw = label_width();
	if (iw < lw + 8)
		return iw;
	return iw - lw - 1;
}

static void field_value(struct tui *t, const struct field *f, struct sbuf *val, struct sbuf *path);
static void display_value(struct tui *t, const struct field *f, struct sbuf *val);

static void add(struct tui *t, struct detail *d, enum fkind k, size_t ind, int vw, size_t max)
{
	struct field probe = { k, ind, 0, 0, 0 };
	struct sbuf val = SBUF_INIT;
	display_value(t, &probe, &val);
	add_field(d, k, ind, val.buf, vw, max);
	sbuf_free(&val);
}

/* Lay the fields out for the current activity and width. */
static void build(struct tui *t, struct view *v)
{
	struct detail *d = v->priv;
	d->n = 0;
	d->total_lines = 0;
	sbuf_reset(&d->text);
	const struct activity *a = tui_act(t);
	if (!a)
		return;
	int vw = value_width(v);
	d->built_w = v->w;
	for (size_t i = 0; i < a->n_ind; i++) {
		add(t, d, F_IND_NAME, i, vw, 2);
		add(t, d, F_IND_BASE, i, vw, 3);
		add(t, d, F_IND_TARGET, i, vw, 3);
		add(t, d, F_IND_QACTUAL, i, vw, 3);
	}
	add(t, d, F_TITLE, 0, vw, SIZE_MAX);
	add(t, d, F_ID, 0, vw, 1);
	add(t, d, F_RESP, 0, vw, 1);
	add(t, d, F_SCHED, 0, vw, 1);
	add(t, d, F_QUARTERS, 0, vw, 1);
	add(t, d, F_AMOUNT, 0, vw, 1);
	add(t, d, F_SOURCE, 0, vw, 1);
	if (a->budget.text && *a->budget.text)
		add(t, d, F_BTEXT, 0, vw, 2);
	for (size_t i = 0; i < a->n_ind; i++)
		add(t, d, F_IND_ACTUAL, i, vw, 1);
}

static void quarters_text(struct sbuf *out, const struct activity *a)
{
	for (int q = 1; q <= NQ; q++)
		if (activity_scheduled_in(a, q))
			sbuf_addf(out, "%s%s%d", out->len ? " " : "", tr(M_QUARTER_SHORT), q);
	if (!out->len)
		sbuf_adds(out, "-");
}

/* The current value of a field as text, and its session path. */
static void field_value(struct tui *t, const struct field *f, struct sbuf *val, struct sbuf *path)
{
	const struct activity *a = tui_act(t);
	const struct indicator *ind = f->kind >= F_IND_NAME ? &a->ind[f->ind] : NULL;
	switch (f->kind) {
	case F_TITLE: sbuf_adds(val, a->title); schema_set_path(path, SK_ACT_TITLE, 0, 0); break;
	case F_ID: sbuf_adds(val, a->id); schema_set_path(path, SK_ACT_ID, 0, 0); break;
	case F_RESP: sbuf_adds(val, a->responsible); schema_set_path(path, SK_ACT_RESP, 0, 0); break;
	case F_SCHED: sbuf_adds(val, a->schedule); schema_set_path(path, SK_SCHEDULE, 0, 0); break;
	case F_QUARTERS:
		for (int q = 1; q <= NQ; q++)
			if (activity_scheduled_in(a, q))
				sbuf_addf(val, "%s%d", val->len ? "," : "", q);
		schema_set_path(path, SK_QUARTERS, 0, 0);
		break;
	case F_AMOUNT:
		if (a->budget.has_amount)
			sbuf_addf(val, "%lld", a->budget.amount);
		schema_set_path(path, SK_AMOUNT, 0, 0);
		break;
	case F_SOURCE: sbuf_adds(val, a->budget.source); schema_set_path(path, SK_SOURCE, 0, 0); break;
	case F_BTEXT: sbuf_adds(val, a->budget.text); schema_set_path(path, SK_BUDGET_TEXT, 0, 0); break;
	case F_IND_NAME: sbuf_adds(val, ind->name); schema_set_path(path, SK_IND_NAME, f->ind, 0); break;
	case F_IND_BASE:
		sbuf_adds(val, ind->baseline);
		schema_set_path(path, SK_BASELINE, f->ind, 0);
		break;
	case F_IND_TARGET:
		sbuf_adds(val, ind->target);
		schema_set_path(path, SK_TARGET, f->ind, 0);
		break;
	case F_IND_QACTUAL:
	case F_IND_ACTUAL:
		sbuf_adds(val, ind->actual[t->sel.quarter - 1]);
		schema_set_path(path, SK_ACTUAL_Q1, f->ind, t->sel.quarter);
		break;
	}
	if (!val->buf)
		sbuf_adds(val, "");
}

/* The value as shown (wrapped by build). */
static void display_value(struct tui *t, const struct field *f, struct sbuf *val)
{
	const struct activity *a = tui_act(t);
	struct sbuf path = SBUF_INIT;
	switch (f->kind) {
	case F_QUARTERS:
		quarters_text(val, a);
		break;
	case F_AMOUNT:
		if (a->budget.has_amount) {
			fmt_amount(val, a->budget.amount);
			sbuf_addf(val, " %s", t->s->plan->currency ? t->s->plan->currency : "");
		} else {
			sbuf_adds(val, a->budget.present ? "" : "-");
		}
		break;
	case F_IND_ACTUAL:
		break;	/* drawn per quarter */
	default:
		field_value(t, f, val, &path);
		break;
	}
	sbuf_free(&path);
}

static void draw_label(struct tui *t, struct view *v, int y, int x, int lw, const struct field *f,
		       int at)
{
	struct sbuf lab = SBUF_INIT;
	const char *l = tr(label_of[f->kind]);
	if (f->kind == F_IND_NAME || f->kind == F_IND_ACTUAL)
		sbuf_addf(&lab, "%s %zu", l, f->ind + 1);
	else if (f->kind == F_IND_QACTUAL)
		sbuf_addf(&lab, " %s %s%d", l, tr(M_QUARTER_SHORT), t->sel.quarter);
	else if (f->kind > F_IND_NAME)
		sbuf_addf(&lab, " %s", l);
	else
		sbuf_adds(&lab, l);
	draw_text(t, v->win, y, x, lw, lab.buf, at ? at : (f->kind == F_IND_NAME ? (int)A_BOLD : draw_attr(t, AR_DIM)));
	sbuf_free(&lab);
}

/* Draw display line `line` of field f at screen row y. */
static void draw_line(struct tui *t, struct view *v, const struct field *f, size_t line, int y,
		      int x0, int iw)
{
	struct detail *d = v->priv;
	const struct activity *a = tui_act(t);
	int lw = label_width(), vw = value_width(v);
	bool sel = f == &d->f[v->sel];
	/* the selected field matters only while this panel has the keys:
	 * unfocused, it is not marked (fewer bytes per activity change) */
	int at = sel && t->sel.focus == P_DETAIL ? draw_attr(t, AR_SEL) : (int)A_NORMAL;
	int vx = x0;
	if (vw < iw) {
		if (line == 0)
			draw_label(t, v, y, x0, lw, f, at);
		else
			draw_text(t, v->win, y, x0, lw, "", at);
		draw_text(t, v->win, y, x0 + lw, 1, "", at);
		vx = x0 + lw + 1;
	}
	struct sbuf val = SBUF_INIT, path = SBUF_INIT;
	switch (f->kind) {
	default: {
		/* line-th line of the wrapped value */
		const char *s = d->text.buf ? d->text.buf + f->text : "";
		for (size_t i = 0; i < line && *s; i++) {
			const char *nl = strchr(s, '\n');
			s = nl ? nl + 1 : s + strlen(s);
		}
		const char *e = strchr(s, '\n');
		char *one = xstrndup(s, e ? (size_t)(e - s) : strlen(s));
		/* already sanitised by text_wrap; text_fit leaves it as is */
		draw_text(t, v->win, y, vx, vw, one, at);
		free(one);
		break;
	}
	case F_IND_ACTUAL: {
		const struct indicator *ind = &a->ind[f->ind];
		wmove(v->win, y, vx);
		int used = 0;
		for (int q = 1; q <= NQ && used < vw; q++) {
			sbuf_reset(&val);
			sbuf_addf(&val, "%s%s%d:%s", q > 1 ? " " : "", tr(M_QUARTER_SHORT), q,
				  *ind->actual[q - 1] ? ind->actual[q - 1] : "-");
			int qa = at;
			if (q == t->sel.quarter)
				qa |= A_BOLD;
			int room = vw - used;
			/* the selected quarter's actual gets the most room */
			int want = (int)text_width(val.buf, val.len);
			int cap = q == NQ ? room : (room > 12 && want > room / 2 ? room / 2 : room);
			used += draw_add(t, v->win, val.buf, want < cap ? want : cap, qa);
		}
		if (used < vw)
			draw_text(t, v->win, y, vx + used, vw - used, "", at);
		break;
	}
	}
	sbuf_free(&val);
	sbuf_free(&path);
}

/* Scroll so the selected field is in view (by lines). */
static void scroll_to_sel(struct view *v, size_t ih)
{
	struct detail *d = v->priv;
	if (!d->n || !ih)
		return;
	const struct field *f = &d->f[v->sel];
	if (f->line < v->top)
		v->top = f->line;
	if (f->line + f->nlines > v->top + ih)
		v->top = f->nlines >= ih ? f->line : f->line + f->nlines - ih;
	if (v->top + ih > d->total_lines)
		v->top = d->total_lines > ih ? d->total_lines - ih : 0;
}

static void draw(struct tui *t, struct view *v, bool full)
{
	(void)full;
	struct detail *d = v->priv;
	int y0, x0, ih, iw;
	view_inner(v, &y0, &x0, &ih, &iw);
	if (ih <= 0 || iw <= 0)
		return;
	if (d->built_w != v->w || !v->drawn)
		build(t, v);
	if (v->sel >= d->n)
		v->sel = d->n ? d->n - 1 : 0;
	scroll_to_sel(v, (size_t)ih);
	const struct activity *a = tui_act(t);
	struct sbuf title = SBUF_INIT;
	sbuf_adds(&title, tr(M_DETAILS));
	if (a)
		sbuf_addf(&title, " %s", a->id);
	draw_frame(t, v, title.buf);
	sbuf_free(&title);
	size_t fi = 0;
	for (int r = 0; r < ih; r++) {
		size_t line = v->top + (size_t)r;
		while (fi < d->n && d->f[fi].line + d->f[fi].nlines <= line)
			fi++;
		if (fi >= d->n) {
			draw_text(t, v->win, y0 + r, x0, iw, (r == 0 && !a) ? tr(M_NO_ACT_SELECTED) : "",
				  draw_attr(t, AR_DIM));
			continue;
		}
		draw_line(t, v, &d->f[fi], line - d->f[fi].line, y0 + r, x0, iw);
	}
	v->drawn = true;
	v->drawn_sel = v->sel;
	v->drawn_top = v->top;
}

static unsigned key(struct tui *t, struct view *v, enum action a)
{
	struct detail *d = v->priv;
	int y0, x0, ih, iw;
	view_inner(v, &y0, &x0, &ih, &iw);
	if (d->built_w != v->w || !v->drawn)
		build(t, v);
	const struct activity *ac = tui_act(t);
	if (!ac || !d->n)
		return 0;
	if (a == A_HISTORY) {
		struct sbuf val = SBUF_INIT, path = SBUF_INIT;
		field_value(t, &d->f[v->sel], &val, &path);
		unsigned rp = history_view_open(t, ac->id, path.buf ? path.buf : "");
		sbuf_free(&val);
		sbuf_free(&path);
		return rp;
	}
	if (a == A_EDIT || a == A_EDITOR) {
		const struct field *f = &d->f[v->sel];
		struct sbuf val = SBUF_INIT, path = SBUF_INIT;
		field_value(t, f, &val, &path);
		struct edit_target et = { xstrdup(ac->id), sbuf_detach(&path), sbuf_detach(&val),
					  f->kind == F_TITLE || f->kind == F_BTEXT ||
						  f->kind >= F_IND_NAME };
		if (a == A_EDITOR)
			return act_run_editor(t, &et);
		scroll_to_sel(v, (size_t)ih);
		int vw = value_width(v);
		int y = y0 + (int)(f->line - v->top);
		ov_edit(t, P_DETAIL, y, x0 + iw - vw, vw, &et);
		t->ed.h = (int)f->nlines;
		return RP_OVERLAY | RP_FULL(P_DETAIL);
	}
	if (a == A_HOME || a == A_END || a == A_UP || a == A_DOWN || a == A_PGUP || a == A_PGDN) {
		size_t page = ih > 2 ? (size_t)ih / 2 : 1;
		if (!list_nav(v, d->n, page, a))
			return 0;
		return RP_FULL(P_DETAIL);
	}
	return 0;
}

static void select_(struct tui *t, struct view *v)
{
	(void)t;
	v->sel = 0;
	v->top = 0;
	v->drawn = false;
}

static void open_(struct tui *t, struct view *v)
{
	(void)t;
	v->priv = xcalloc(1, sizeof(struct detail));
}

static void done(struct tui *t, struct view *v)
{
	(void)t;
	struct detail *d = v->priv;
	if (!d)
		return;
	free(d->f);
	sbuf_free(&d->text);
	free(d);
	v->priv = NULL;
}

size_t view_detail_indicator(struct tui *t)
{
	struct view *v = &t->views[P_DETAIL];
	struct detail *d = v->priv;
	if (!d || v->sel >= d->n || d->f[v->sel].kind < F_IND_NAME)
		return SIZE_MAX;
	return d->f[v->sel].ind;
}

void view_detail_select_indicator(struct tui *t, size_t i)
{
	struct view *v = &t->views[P_DETAIL];
	build(t, v);
	struct detail *d = v->priv;
	for (size_t k = 0; k < d->n; k++)
		if (d->f[k].kind == F_IND_NAME && d->f[k].ind == i) {
			v->sel = k;
			return;
		}
}

const struct view_ops view_detail_ops = {
	.name = "detail",
	.open = open_,
	.draw = draw,
	.key = key,
	.select = select_,
	.done = done,
	.depends = DEP_ACT | DEP_QUARTER,
};
