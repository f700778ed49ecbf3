/*
 * writer_xlsx.c — the Excel workbook back end of writer.h, written with
 * libxlsxwriter (never by hand).
 *
 * The main table goes on the first sheet (named by tw_doc.sheet): the
 * title and the lines under it, then the header row(s) — frozen, and
 * repeated at the top of every printed page — then the rows. A goal row is
 * merged across the columns before the first total column (TW_TOTAL), in
 * bold, and holds in that column a formula summing the goal's activity
 * rows, nested goals' rows included; the last row is the total of every
 * activity row, also a formula, so figures a user changes in Excel add up.
 * Amounts are numbers with a thousands format; ratings 100/70/30/0 are
 * numbers (not due, unrated as text); progress is a number with one
 * decimal. Every piece of text is written as a string, so no cell becomes
 * a formula or a date by accident. Columns are as wide as their text (long
 * text capped and wrapped). Pages are A4 landscape, one page wide.
 * Summaries go on a second sheet (or the first, when there is no main
 * table), one after another.
 *
 * libxlsxwriter 1.1 writes to a file only: the workbook is written to a
 * private temporary file (mkstemp, TMPDIR or /tmp), read back into the
 * output buffer, and removed.
 */
#include "tolov/io/writer.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "tolov/base/text.h"

enum { MAX_DEPTH = 4, WIDE_CAP = 60, NARROW_CAP = 30 };

struct sheet {
	lxw_worksheet *ws;
	lxw_row_t row;		/* next row to write */
	double *width;		/* per column, in characters */
	size_t n_width;
};

/* A goal row and the activity rows that follow, for the total formulas. */
struct grow {
	lxw_row_t row;
	unsigned depth;
};

struct xs {
	char path[64];
	lxw_workbook *wb;
	struct sheet main, sum;
	bool has_main, has_sum;
	size_t *map;		/* sheet column -> doc column */
	size_t n_map;
	lxw_col_t total_col;	/* the first TW_TOTAL column, or n_map */
	lxw_row_t first_data;
	struct grow *goal;
	size_t n_goal, cap_goal;
	lxw_row_t *act;		/* activity rows */
	double *amount;		/* their total column's value */
	size_t n_act, cap_act;
	lxw_format *title, *head, *text, *amount_f, *num, *pct, *goal_f[MAX_DEPTH],
		*goal_amount, *total, *total_amount, *sum_title, *name_f[MAX_DEPTH], *section;
};

static lxw_format *fmt(lxw_workbook *wb, bool bold, bool border, bool wrap, const char *num,
		       lxw_color_t bg)
{
	lxw_format *f = workbook_add_format(wb);
	if (bold)
		format_set_bold(f);
	if (border)
		format_set_border(f, LXW_BORDER_THIN);
	if (wrap)
		format_set_text_wrap(f);
	if (num)
		format_set_num_format(f, num);
	if (bg)
		format_set_bg_color(f, bg);
	format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	return f;
}

static void formats(struct xs *x)
{
	lxw_workbook *wb = x->wb;
	x->title = fmt(wb, true, false, false, NULL, 0);
	format_set_font_size(x->title, 13);
	x->sum_title = fmt(wb, true, false, false, NULL, 0);
	format_set_font_size(x->sum_title, 11);
	x->head = fmt(wb, true, true, true, NULL, 0xE6E6E6);
	format_set_align(x->head, LXW_ALIGN_CENTER);
	format_set_align(x->head, LXW_ALIGN_VERTICAL_CENTER);
	x->text = fmt(wb, false, true, true, NULL, 0);
	x->amount_f = fmt(wb, false, true, false, "#,##0", 0);
	x->num = fmt(wb, false, true, false, NULL, 0);
	format_set_align(x->num, LXW_ALIGN_CENTER);
	x->pct = fmt(wb, false, true, false, "0.0", 0);
	for (int d = 0; d < MAX_DEPTH; d++) {
		x->goal_f[d] = fmt(wb, true, true, true, NULL, 0xF2F2F2);
		x->name_f[d] = fmt(wb, false, true, true, NULL, 0);
		if (d) {
			format_set_indent(x->goal_f[d], (uint8_t)d);
			format_set_indent(x->name_f[d], (uint8_t)d);
		}
	}
	x->goal_amount = fmt(wb, true, true, false, "#,##0", 0xF2F2F2);
	x->section = fmt(wb, true, true, true, NULL, 0xE6E6E6);
	format_set_align(x->section, LXW_ALIGN_CENTER);
	x->total = fmt(wb, true, true, false, NULL, 0);
	x->total_amount = fmt(wb, true, true, false, "#,##0", 0);
}

/* The widest line of s in display columns. */
static double text_cols(const char *s)
{
	size_t best = 0;
	while (s && *s) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		size_t w = text_width(s, n);
		if (w > best)
			best = w;
		s = nl ? nl + 1 : NULL;
	}
	return (double)best;
}

static void fit(struct sheet *sh, lxw_col_t c, double w, bool wide)
{
	if (c >= sh->n_width) {
		size_t n = (size_t)c + 8;
		sh->width = xrealloc(sh->width, n * sizeof(*sh->width));
		for (size_t i = sh->n_width; i < n; i++)
			sh->width[i] = 0;
		sh->n_width = n;
	}
	double cap = wide ? WIDE_CAP : NARROW_CAP;
	w += 2;
	if (w > cap)
		w = cap;
	if (w > sh->width[c])
		sh->width[c] = w;
}

/* Text as it goes into a cell: sanitized, line breaks kept. */
static void put_text(struct sheet *sh, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *f,
		     bool wide)
{
	struct sbuf t = SBUF_INIT;
	const char *clean = tw_clean(&t, s, true, false);
	if (*clean)
		worksheet_write_string(sh->ws, r, c, clean, f);
	else
		worksheet_write_blank(sh->ws, r, c, f);
	fit(sh, c, text_cols(clean), wide);
	sbuf_free(&t);
}

static void put_cell(struct xs *x, struct sheet *sh, lxw_row_t r, lxw_col_t c,
		     const struct tw_col *col, const struct tw_cell *cell, const char *lead,
		     enum tw_rating_style style, enum lang lang)
{
	struct sbuf t = SBUF_INIT;
	bool wide = col->flags & TW_WIDE;
	switch (col->type) {
	case TW_TEXT:
		if (lead && *lead)
			sbuf_addf(&t, "%s. ", lead);
		sbuf_adds(&t, cell->text ? cell->text : "");
		put_text(sh, r, c, t.buf ? t.buf : "", x->text, wide);
		break;
	case TW_AMOUNT:
		if (cell->none) {
			worksheet_write_blank(sh->ws, r, c, x->amount_f);
		} else {
			worksheet_write_number(sh->ws, r, c, (double)cell->num, x->amount_f);
			fmt_amount(&t, cell->num);
			fit(sh, c, text_cols(t.buf), false);
		}
		break;
	case TW_RATING:
		if (rating_valid((int)cell->num) && cell->num != RATING_NOT_DUE) {
			worksheet_write_number(sh->ws, r, c, (double)cell->num, x->num);
			fit(sh, c, 3, false);
		} else {
			tw_cell_human(&t, cell, TW_RATING, style, lang);
			put_text(sh, r, c, t.buf ? t.buf : "", x->num, false);
		}
		if (cell->aside && *cell->aside) {
			struct sbuf a = SBUF_INIT;
			worksheet_write_comment(sh->ws, r, c, tw_clean(&a, cell->aside, false, false));
			sbuf_free(&a);
		}
		break;
	case TW_PROGRESS:
		if (cell->none || cell->num < 0)
			worksheet_write_blank(sh->ws, r, c, x->pct);
		else
			worksheet_write_number(sh->ws, r, c, (double)cell->num / 10.0, x->pct);
		fit(sh, c, 5, false);
		break;
	case TW_COUNT:
		if (cell->none)
			worksheet_write_blank(sh->ws, r, c, x->num);
		else
			worksheet_write_number(sh->ws, r, c, (double)cell->num, x->num);
		fit(sh, c, 3, false);
		break;
	}
	sbuf_free(&t);
}

static struct xs *xs_of(struct tw *w)
{
	return w->priv;
}

static void sheet_setup(struct sheet *sh)
{
	worksheet_set_landscape(sh->ws);
	worksheet_set_paper(sh->ws, 9);		/* A4 */
	worksheet_fit_to_pages(sh->ws, 1, 0);
}

static void xlsx_begin(struct tw *w)
{
	const struct tw_doc *d = w->doc;
	struct xs *x = xcalloc(1, sizeof(*x));
	w->priv = x;
	const char *dir = getenv("TMPDIR");
	snprintf(x->path, sizeof(x->path), "%s/tolov-XXXXXX",
		 dir && *dir && strlen(dir) < 40 ? dir : "/tmp");
	int fd = mkstemp(x->path);
	if (fd < 0) {
		x->path[0] = '\0';
		return;
	}
	close(fd);
	x->wb = workbook_new(x->path);
	if (!x->wb)
		return;
	formats(x);
	x->map = xcalloc(d->n_col + 1, sizeof(*x->map));
	for (size_t c = 0; c < d->n_col; c++)
		if (tw_col_shown(&d->col[c], TW_SHEET))
			x->map[x->n_map++] = c;
	x->total_col = (lxw_col_t)x->n_map;
	for (size_t k = 0; k < x->n_map; k++)
		if (d->col[x->map[k]].flags & TW_TOTAL) {
			x->total_col = (lxw_col_t)k;
			break;
		}
	if (!x->n_map)
		return;		/* summaries only: their sheet comes first */
	struct sheet *sh = &x->main;
	x->has_main = true;
	sh->ws = workbook_add_worksheet(x->wb, d->sheet);
	sheet_setup(sh);
	lxw_col_t last = (lxw_col_t)(x->n_map - 1);
	struct sbuf t = SBUF_INIT;
	worksheet_merge_range(sh->ws, 0, 0, 0, last, tw_clean(&t, d->title, false, false), x->title);
	sh->row = 1;
	for (size_t i = 0; i < d->n_meta; i++) {
		struct sbuf m = SBUF_INIT;
		sbuf_adds(&m, d->meta[i].label);
		sbuf_adds(&m, d->meta[i].text);
		worksheet_merge_range(sh->ws, sh->row, 0, sh->row, last,
				      tw_clean(&t, m.buf ? m.buf : "", false, false), NULL);
		sbuf_free(&m);
		sh->row++;
	}
	if (d->empty) {
		worksheet_merge_range(sh->ws, sh->row, 0, sh->row, last,
				      tw_clean(&t, d->empty, false, false), NULL);
		sh->row++;
	}
	sh->row++;
	/* the header: one row, or two when columns are grouped */
	bool groups = false;
	for (size_t k = 0; k < x->n_map; k++)
		groups |= d->col[x->map[k]].group != NULL;
	lxw_row_t h = sh->row;
	for (size_t k = 0; k < x->n_map; k++) {
		const struct tw_col *col = &d->col[x->map[k]];
		lxw_col_t c = (lxw_col_t)k;
		const char *head = tw_clean(&t, col->group && groups ? col->sub : col->head, false,
					    false);
		fit(sh, c, text_cols(head) > 12 ? 12 : text_cols(head), false);
		if (!groups) {
			worksheet_write_string(sh->ws, h, c, head, x->head);
			continue;
		}
		if (!col->group) {
			worksheet_merge_range(sh->ws, h, c, h + 1, c, head, x->head);
			continue;
		}
		worksheet_write_string(sh->ws, h + 1, c, head, x->head);
		if (k > 0 && d->col[x->map[k - 1]].group &&
		    strcmp(d->col[x->map[k - 1]].group, col->group) == 0)
			continue;
		size_t e = k;
		while (e + 1 < x->n_map && d->col[x->map[e + 1]].group &&
		       strcmp(d->col[x->map[e + 1]].group, col->group) == 0)
			e++;
		const char *g = tw_clean(&t, col->group, false, false);
		if (e > k)
			worksheet_merge_range(sh->ws, h, c, h, (lxw_col_t)e, g, x->head);
		else
			worksheet_write_string(sh->ws, h, c, g, x->head);
	}
	sh->row = h + (groups ? 2 : 1);
	worksheet_freeze_panes(sh->ws, sh->row, 0);
	worksheet_repeat_rows(sh->ws, h, sh->row - 1);
	x->first_data = sh->row;
	sbuf_free(&t);
}

static void xlsx_goal(struct tw *w, const struct tw_goal *g)
{
	struct xs *x = xs_of(w);
	if (!x->wb || !x->has_main)
		return;
	struct sheet *sh = &x->main;
	struct sbuf t = SBUF_INIT, c = SBUF_INIT;
	unsigned depth = g->depth < MAX_DEPTH ? g->depth : MAX_DEPTH - 1;
	lxw_col_t end = x->total_col ? x->total_col - 1 : 0;
	if (g->section) {
		lxw_col_t last = (lxw_col_t)(x->n_map - 1);
		const char *sec = tw_clean(&c, g->section, false, false);
		if (last > 0)
			worksheet_merge_range(sh->ws, sh->row, 0, sh->row, last, sec, x->section);
		else
			worksheet_write_string(sh->ws, sh->row, 0, sec, x->section);
		sh->row++;
	}
	tw_goal_line(&t, g, w->doc->lang);
	const char *line = tw_clean(&c, t.buf, false, false);
	if (x->total_col > 1)
		worksheet_merge_range(sh->ws, sh->row, 0, sh->row, end, line, x->goal_f[depth]);
	else
		worksheet_write_string(sh->ws, sh->row, 0, line, x->goal_f[depth]);
	for (lxw_col_t k = x->total_col ? x->total_col : 1; k < x->n_map; k++)
		worksheet_write_blank(sh->ws, sh->row, k, x->goal_f[depth]);
	if (x->n_goal == x->cap_goal) {
		x->cap_goal = x->cap_goal ? 2 * x->cap_goal : 16;
		x->goal = xrealloc(x->goal, x->cap_goal * sizeof(*x->goal));
	}
	x->goal[x->n_goal++] = (struct grow){ sh->row, g->depth };
	sh->row++;
	sbuf_free(&t);
	sbuf_free(&c);
}

static void xlsx_row(struct tw *w, const struct tw_cell *cell)
{
	struct xs *x = xs_of(w);
	const struct tw_doc *d = w->doc;
	if (!x->wb || !x->has_main)
		return;
	struct sheet *sh = &x->main;
	for (size_t k = 0; k < x->n_map; k++) {
		size_t c = x->map[k];
		const char *lead = c > 0 && (d->col[c - 1].flags & TW_LEAD) ? cell[c - 1].text : NULL;
		put_cell(x, sh, sh->row, (lxw_col_t)k, &d->col[c], &cell[c], lead, d->rating, d->lang);
	}
	if (x->n_act == x->cap_act) {
		x->cap_act = x->cap_act ? 2 * x->cap_act : 64;
		x->act = xrealloc(x->act, x->cap_act * sizeof(*x->act));
		x->amount = xrealloc(x->amount, x->cap_act * sizeof(*x->amount));
	}
	double v = 0;
	if (x->total_col < x->n_map) {
		const struct tw_cell *tc = &cell[x->map[x->total_col]];
		v = tc->none ? 0 : (double)tc->num;
	}
	x->act[x->n_act] = sh->row;
	x->amount[x->n_act++] = v;
	sh->row++;
}

/* "=SUM(E5:E7,E9:E9)" over the activity rows act[from..to), as runs of
 * consecutive rows; *value gets their sum. */
static void sum_formula(struct sbuf *f, const struct xs *x, size_t from, size_t to, double *value)
{
	char a[LXW_MAX_CELL_NAME_LENGTH], b[LXW_MAX_CELL_NAME_LENGTH];
	*value = 0;
	sbuf_adds(f, "=SUM(");
	bool first = true;
	for (size_t i = from; i < to;) {
		size_t j = i;
		while (j + 1 < to && x->act[j + 1] == x->act[j] + 1)
			j++;
		lxw_rowcol_to_cell(a, x->act[i], x->total_col);
		lxw_rowcol_to_cell(b, x->act[j], x->total_col);
		sbuf_addf(f, "%s%s:%s", first ? "" : ",", a, b);
		first = false;
		i = j + 1;
	}
	for (size_t i = from; i < to; i++)
		*value += x->amount[i];
	if (first)
		sbuf_adds(f, "0");
	sbuf_adds(f, ")");
}

/* The goal and plan totals, once every row is known. */
static void totals(struct tw *w)
{
	struct xs *x = xs_of(w);
	struct sheet *sh = &x->main;
	if (x->total_col >= x->n_map)
		return;
	struct sbuf f = SBUF_INIT;
	double v;
	for (size_t g = 0; g < x->n_goal; g++) {
		/* its subtree ends at the next goal no deeper than it */
		lxw_row_t end = sh->row;
		for (size_t k = g + 1; k < x->n_goal; k++)
			if (x->goal[k].depth <= x->goal[g].depth) {
				end = x->goal[k].row;
				break;
			}
		size_t from = 0, to;
		while (from < x->n_act && x->act[from] < x->goal[g].row)
			from++;
		to = from;
		while (to < x->n_act && x->act[to] < end)
			to++;
		sbuf_reset(&f);
		sum_formula(&f, x, from, to, &v);
		worksheet_write_formula_num(sh->ws, x->goal[g].row, x->total_col, f.buf,
					    x->goal_amount, v);
	}
	lxw_col_t end = x->total_col ? x->total_col - 1 : 0;
	const char *label = tr_in(w->doc->lang, M_XLSX_TOTAL);
	if (x->total_col > 1)
		worksheet_merge_range(sh->ws, sh->row, 0, sh->row, end, label, x->total);
	else
		worksheet_write_string(sh->ws, sh->row, 0, label, x->total);
	sbuf_reset(&f);
	sum_formula(&f, x, 0, x->n_act, &v);
	worksheet_write_formula_num(sh->ws, sh->row, x->total_col, f.buf, x->total_amount, v);
	sh->row++;
	sbuf_free(&f);
}

static void xlsx_summary(struct tw *w, const struct tw_sum *s)
{
	struct xs *x = xs_of(w);
	const struct tw_doc *d = w->doc;
	if (!x->wb)
		return;
	struct sheet *sh = &x->sum;
	struct sbuf t = SBUF_INIT;
	if (!x->has_sum) {
		x->has_sum = true;
		sh->ws = workbook_add_worksheet(
			x->wb, x->has_main ? tr_in(d->lang, M_SHEET_SUMMARY) : d->sheet);
		sheet_setup(sh);
		if (!x->has_main) {
			worksheet_write_string(sh->ws, 0, 0, tw_clean(&t, d->title, false, false),
					       x->title);
			sh->row = 1;
			for (size_t i = 0; i < d->n_meta; i++) {
				struct sbuf m = SBUF_INIT;
				sbuf_adds(&m, d->meta[i].label);
				sbuf_adds(&m, d->meta[i].text);
				worksheet_write_string(sh->ws, sh->row++, 0,
						       tw_clean(&t, m.buf ? m.buf : "", false, false),
						       NULL);
				sbuf_free(&m);
			}
			sh->row++;
		}
	}
	worksheet_write_string(sh->ws, sh->row++, 0, tw_clean(&t, s->title, false, false),
			       x->sum_title);
	lxw_col_t c = 0;
	worksheet_write_string(sh->ws, sh->row, c++,
			       tw_clean(&t, s->name_head ? s->name_head : "", false, false), x->head);
	for (size_t k = 0; k < s->n_col; k++)
		if (tw_col_shown(&s->col[k], TW_SHEET)) {
			const char *h = tw_clean(&t, s->col[k].head, false, false);
			worksheet_write_string(sh->ws, sh->row, c, h, x->head);
			fit(sh, c++, text_cols(h) > 12 ? 12 : text_cols(h), false);
		}
	sh->row++;
	for (size_t r = 0; r < s->n_row; r++) {
		unsigned depth = s->depth ? s->depth[r] : 0;
		if (depth >= MAX_DEPTH)
			depth = MAX_DEPTH - 1;
		put_text(sh, sh->row, 0, s->name[r], x->name_f[depth], true);
		c = 1;
		for (size_t k = 0; k < s->n_col; k++)
			if (tw_col_shown(&s->col[k], TW_SHEET))
				put_cell(x, sh, sh->row, c++, &s->col[k], &s->cell[r * s->n_col + k],
					 NULL, d->rating, d->lang);
		sh->row++;
	}
	sh->row++;
	sbuf_free(&t);
}

static void widths(struct sheet *sh)
{
	for (size_t c = 0; c < sh->n_width; c++)
		if (sh->width[c] > 0)
			worksheet_set_column(sh->ws, (lxw_col_t)c, (lxw_col_t)c, sh->width[c], NULL);
}

static int xlsx_end(struct tw *w, struct tv_err *err)
{
	struct xs *x = xs_of(w);
	int rc = 0;
	if (!x->path[0] || !x->wb) {
		tv_err_at(err, NULL, 0, 0, M_XLSX_E_TEMP, "%s", tr_errno(errno));
		rc = -1;
		goto out;
	}
	if (!x->has_main && !x->has_sum) {
		/* nothing to show: still a valid workbook with the title */
		x->sum.ws = workbook_add_worksheet(x->wb, w->doc->sheet);
		struct sbuf t = SBUF_INIT;
		worksheet_write_string(x->sum.ws, 0, 0, tw_clean(&t, w->doc->title, false, false),
				       x->title);
		sbuf_free(&t);
	}
	if (x->has_main) {
		totals(w);
		widths(&x->main);
	}
	if (x->has_sum)
		widths(&x->sum);
	lxw_error e = workbook_close(x->wb);
	x->wb = NULL;
	if (e != LXW_NO_ERROR) {
		tv_err_at(err, NULL, 0, 0, M_XLSX_E_WRITE, "%s", lxw_strerror(e));
		rc = -1;
		goto out;
	}
	char *data;
	size_t len;
	if (read_file(x->path, (size_t)1 << 30, &data, &len, err)) {
		rc = -1;
		goto out;
	}
	sbuf_add(w->out, data, len);
	free(data);
out:
	if (x->wb)
		workbook_close(x->wb);
	if (x->path[0])
		unlink(x->path);
	free(x->map);
	free(x->goal);
	free(x->act);
	free(x->amount);
	free(x->main.width);
	free(x->sum.width);
	free(x);
	w->priv = NULL;
	return rc;
}

const struct tw_ops tw_xlsx = { xlsx_begin, xlsx_goal, xlsx_row, xlsx_summary, xlsx_end };
