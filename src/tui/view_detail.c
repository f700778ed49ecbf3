/*
 * view_detail.c — indicators and details of the selected activity. Which
 * fields it shows, in what order and under which labels is the schema's
 * (the panel and short-label columns of tolov/base/schema_keys.h): first,
 * compactly, every indicator's head rows (its name, baseline, target and
 * the selected quarter's actual, so at 80x24 they show without
 * scrolling); then the activity's own fields (full title, id, responsible
 * unit, schedule wording, quarters, budget, source, budget wording, its
 * further columns); then each indicator's tail rows (its unit, its actual
 * in every quarter, its further columns). A field added to the schema
 * with a PANEL shows here with no edit to this file. Each field is one
 * selectable row; long values wrap to the schema's number of lines (a
 * title fully), cut with "…". Enter edits the selected field, `a` adds an
 * indicator, `d` deletes one.
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

struct field {
	const struct schema_key *r;	/* its row of the schema */
	unsigned part;		/* PNL_HEAD, PNL_BODY or PNL_TAIL */
	size_t ind;		/* its indicator, SIZE_MAX for the activity's own */
	size_t pair;		/* an extra row: its pair; else SIZE_MAX */
	size_t line;		/* first display line */
	size_t nlines;
	size_t text;		/* byte offset of its wrapped lines in detail.text */
};

struct detail {
	struct field *f;
	size_t n, cap;
	struct sbuf text;	/* every field's wrapped value, lines ended by \n */
	int built_w;		/* width the lines were laid out for */
	size_t built_sel;	/* the field shown whole (SIZE_MAX: none) */
	size_t total_lines;
};

/* The rows of each part, in the schema's order (read once). */
static const unsigned parts[] = { PNL_HEAD, PNL_BODY, PNL_TAIL };
static const struct schema_key *rows[3][SK__COUNT];
static size_t n_rows[3];

static void load_rows(void)
{
	if (n_rows[0] || n_rows[1] || n_rows[2])
		return;
	for (size_t p = 0; p < 3; p++)
		n_rows[p] = schema_panel_rows(parts[p], rows[p]);
}

static bool quarter_map(const struct schema_key *r)
{
	return r->type == ST_MAP && schema_quarter_row(r->child, 1);
}

/* The first head row names the indicator ("Indicator 2", bold). */
static bool names_indicator(const struct field *f)
{
	return f->part == PNL_HEAD && f->r == rows[0][0];
}

/* The label column's width, in display columns: that of the widest label
 * of every part, so every value starts in the same column (Mongolian
 * labels differ in width from their English ones; part is kept for a
 * layout that might differ by part). */
static int label_width(unsigned part)
{
	(void)part;
	load_rows();
	const char *qs = tr(M_QUARTER_SHORT);
	size_t qw = text_width(qs, strlen(qs));
	size_t w = 0;
	for (size_t p = 0; p < 3; p++) {
		for (size_t i = 0; i < n_rows[p]; i++) {
			const struct schema_key *r = rows[p][i];
			if (r->short_label == NOCOL)
				continue;	/* an extra row: its key, cut to fit */
			const char *l = tr((enum msg)r->short_label);
			size_t k = text_width(l, strlen(l));
			if (parts[p] == PNL_TAIL || (parts[p] == PNL_HEAD && i == 0))
				k += 3;		/* "Indicator 12" */
			else if (parts[p] == PNL_HEAD)
				k += 1 + (quarter_map(r) ? 1 + qw + 1 : 0);	/* " Actual Q2" */
			if (k > w)
				w = k;
		}
	}
	return (int)w;
}

struct wrap_ctx {
	struct sbuf *out;
	size_t n, max;
	const char *cut;	/* the cut mark, draw_ellipsis */
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
		sbuf_addf(w->out, " %s\n", w->cut);
	}
	w->n++;
}

/* Add field f with value text wrapped to width lines of at most max_lines. */
static void add_field(struct tui *t, struct detail *d, const struct field *f, const char *text,
		      int width, size_t max_lines)
{
	/* the field selected while the panel has the keys is shown whole:
	 * that is where a long indicator name or note is read in full */
	if (d->n == d->built_sel && !(f->part == PNL_TAIL && quarter_map(f->r)))
		max_lines = SIZE_MAX;
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->f = xrealloc(d->f, d->cap * sizeof *d->f);
	}
	size_t line = d->n ? d->f[d->n - 1].line + d->f[d->n - 1].nlines : 0;
	size_t off = d->text.len;
	struct wrap_ctx w = { &d->text, 0, max_lines, draw_ellipsis(t) };
	text_wrap(text && *text ? text : "-", width > 0 ? (size_t)width : 1, wrap_line, &w);
	size_t n = w.n < max_lines ? w.n : max_lines;
	if (n == 0) {
		sbuf_adds(&d->text, "\n");
		n = 1;
	}
	struct field *nf = &d->f[d->n++];
	*nf = *f;
	nf->line = line;
	nf->nlines = n;
	nf->text = off;
	d->total_lines = line + n;
}

static int value_width(const struct view *v, unsigned part)
{
	int y0, x0, ih, iw;
	view_inner(v, &y0, &x0, &ih, &iw);
	int lw = label_width(part);
	if (iw < lw + 8)
		return iw;
	return iw - lw - 1;
}

static void field_value(struct tui *t, const struct field *f, struct sbuf *val, struct sbuf *path);
static void display_value(struct tui *t, const struct field *f, struct sbuf *val);

/* The struct the model keeps f's row in: the activity, or its indicator. */
static const void *item_of(const struct activity *a, const struct field *f)
{
	return f->ind != SIZE_MAX ? (const void *)&a->ind[f->ind] : (const void *)a;
}

/* Add the rows of schema row r (part, indicator ind): one per pair of an
 * extra mapping; none for a PW_SET field while it is empty. */
static void add(struct tui *t, struct detail *d, const struct schema_key *r, unsigned part,
		size_t ind, const struct view *v)
{
	const struct activity *a = tui_act(t);
	int vw = value_width(v, part);
	size_t max = r->panel.lines ? r->panel.lines : SIZE_MAX;
	if (part == PNL_TAIL && quarter_map(r))
		max = 1;	/* every quarter on one line */
	struct field f = { r, part, ind, SIZE_MAX, 0, 0, 0 };
	if (r->type == ST_EXTRA) {
		const struct extra *x = schema_extra(r, item_of(a, &f));
		for (f.pair = 0; f.pair < x->n; f.pair++)
			add_field(t, d, &f, x->pair[f.pair].value, vw, max);
		return;
	}
	struct sbuf val = SBUF_INIT;
	display_value(t, &f, &val);
	if (r->panel.when == PW_SET) {
		struct sbuf raw = SBUF_INIT, path = SBUF_INIT;
		field_value(t, &f, &raw, &path);
		bool empty = !raw.buf || !*raw.buf;
		sbuf_free(&raw);
		sbuf_free(&path);
		if (empty) {
			sbuf_free(&val);
			return;
		}
	}
	add_field(t, d, &f, val.buf, vw, max);
	sbuf_free(&val);
}

/* The field shown whole: the selected one while the panel has the keys. */
static size_t shown_whole(const struct tui *t, const struct view *v)
{
	return t->sel.focus == P_DETAIL ? v->sel : SIZE_MAX;
}

static bool stale(const struct tui *t, const struct view *v)
{
	const struct detail *d = v->priv;
	return d->built_w != v->w || !v->drawn || d->built_sel != shown_whole(t, v);
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
	load_rows();
	d->built_w = v->w;
	d->built_sel = shown_whole(t, v);
	for (size_t i = 0; i < a->n_ind; i++)
		for (size_t k = 0; k < n_rows[0]; k++)
			add(t, d, rows[0][k], PNL_HEAD, i, v);
	for (size_t k = 0; k < n_rows[1]; k++)
		add(t, d, rows[1][k], PNL_BODY, SIZE_MAX, v);
	for (size_t i = 0; i < a->n_ind; i++)
		for (size_t k = 0; k < n_rows[2]; k++)
			add(t, d, rows[2][k], PNL_TAIL, i, v);
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
	const void *item = item_of(a, f);
	const struct schema_key *r = f->r;
	size_t ind = f->ind != SIZE_MAX ? f->ind : 0;
	switch (r->type) {
	case ST_QUARTERS:
		for (int q = 1; q <= NQ; q++)
			if (activity_scheduled_in(a, q))
				sbuf_addf(val, "%s%d", val->len ? "," : "", q);
		schema_set_path(path, r->id, ind, 0);
		break;
	case ST_AMOUNT:
		if (a->budget.has_amount)
			sbuf_addf(val, "%lld", a->budget.amount);
		schema_set_path(path, r->id, ind, 0);
		break;
	case ST_EXTRA: {
		const struct extra_pair *x = &schema_extra(r, item)->pair[f->pair];
		sbuf_adds(val, x->value);
		schema_set_path(path, r->id, ind, 0);
		sbuf_addf(path, ".%s", x->key);
		break;
	}
	case ST_MAP:
		if (quarter_map(r)) {
			/* the selected quarter's */
			const struct schema_key *qr = schema_quarter_row(r->child, t->sel.quarter);
			sbuf_adds(val, schema_text(qr, item));
			schema_set_path(path, qr->id, ind, t->sel.quarter);
		}
		break;
	default:
		sbuf_adds(val, schema_text(r, item));
		schema_set_path(path, r->id, ind, 0);
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
	if (f->r->type == ST_QUARTERS) {
		quarters_text(val, a);
	} else if (f->r->type == ST_AMOUNT) {
		if (a->budget.has_amount) {
			fmt_amount(val, a->budget.amount);
			sbuf_addf(val, " %s", t->s->plan->currency ? t->s->plan->currency : "");
		} else {
			sbuf_adds(val, a->budget.present ? "" : "-");
		}
	} else if (f->part == PNL_TAIL && quarter_map(f->r)) {
		/* drawn per quarter */
	} else {
		field_value(t, f, val, &path);
	}
	sbuf_free(&path);
}

static void draw_label(struct tui *t, struct view *v, int y, int x, int lw, const struct field *f,
		       int at)
{
	struct sbuf lab = SBUF_INIT;
	const char *l = f->pair != SIZE_MAX
		? schema_extra(f->r, item_of(tui_act(t), f))->pair[f->pair].key
		: tr((enum msg)f->r->short_label);
	if (names_indicator(f) || f->part == PNL_TAIL)
		sbuf_addf(&lab, "%s %zu", l, f->ind + 1);
	else if (f->part == PNL_HEAD && quarter_map(f->r))
		sbuf_addf(&lab, " %s %s%d", l, tr(M_QUARTER_SHORT), t->sel.quarter);
	else if (f->part == PNL_HEAD)
		sbuf_addf(&lab, " %s", l);
	else
		sbuf_adds(&lab, l);
	draw_text(t, v->win, y, x, lw, lab.buf, at ? at : (names_indicator(f) ? (int)A_BOLD : draw_attr(t, AR_DIM)));
	sbuf_free(&lab);
}

/* Draw display line `line` of field f at screen row y. */
static void draw_line(struct tui *t, struct view *v, const struct field *f, size_t line, int y,
		      int x0, int iw)
{
	struct detail *d = v->priv;
	const struct activity *a = tui_act(t);
	int lw = label_width(f->part), vw = value_width(v, f->part);
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
	if (!(f->part == PNL_TAIL && quarter_map(f->r))) {
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
	} else {
		/* a quarter map: every quarter, the selected one bold */
		const void *item = item_of(a, f);
		wmove(v->win, y, vx);
		int used = 0;
		for (int q = 1; q <= NQ && used < vw; q++) {
			const char *qv = schema_text(schema_quarter_row(f->r->child, q), item);
			sbuf_reset(&val);
			sbuf_addf(&val, "%s%s%d:%s", q > 1 ? " " : "", tr(M_QUARTER_SHORT), q,
				  *qv ? qv : "-");
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
	if (v->sel >= d->n && d->n)
		v->sel = d->n - 1;
	if (stale(t, v))
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
	if (stale(t, v))
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
		/* text that may take lines: a wrapped field, or an indicator's */
		bool multiline = (f->r->type == ST_TEXT || f->r->type == ST_EXTRA || quarter_map(f->r)) &&
				 (f->r->panel.lines != 1 || f->ind != SIZE_MAX);
		struct edit_target et = { xstrdup(ac->id), sbuf_detach(&path), sbuf_detach(&val),
					  multiline };
		if (a == A_EDITOR)
			return act_run_editor(t, &et);
		scroll_to_sel(v, (size_t)ih);
		int vw = value_width(v, f->part);
		int y = y0 + (int)(f->line - v->top);
		ov_edit(t, P_DETAIL, y, x0 + iw - vw, vw, &et);
		t->ed.h = (int)f->nlines;
		/* text that may take lines is typed wrapped, down to the
		 * panel's last row if it needs them */
		t->ed.hmax = multiline ? y0 + ih - y : 1;
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
	if (!d || v->sel >= d->n)
		return SIZE_MAX;
	return d->f[v->sel].ind;
}

void view_detail_select_indicator(struct tui *t, size_t i)
{
	struct view *v = &t->views[P_DETAIL];
	build(t, v);
	struct detail *d = v->priv;
	for (size_t k = 0; k < d->n; k++)
		if (names_indicator(&d->f[k]) && d->f[k].ind == i) {
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
