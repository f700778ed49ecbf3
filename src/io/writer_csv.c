/*
 * writer_csv.c — the CSV back end of writer.h, for spreadsheets: UTF-8
 * with a BOM and CRLF rows (what Excel needs to read Cyrillic), RFC 4180
 * quoting, no cell that could run as a formula (csv_field). Every row
 * starts with its goal's id and title, so rows can be sorted and filtered;
 * values are plain (2000000, 89.2, not-due). A CSV file is one table,
 * as spreadsheets read it: the main table, or, in a document of summaries
 * only, its first summary (its first header cell naming it); other
 * summaries are left out (formats for people and xlsx have them).
 */
#include "tolov/io/writer.h"

static void cell(struct sbuf *out, const struct tw_cell *c, enum tw_type t, bool first)
{
	struct sbuf b = SBUF_INIT;
	if (!first)
		sbuf_addc(out, ',');
	tw_cell_machine(&b, c, t);
	csv_field(out, b.buf ? b.buf : "");
	sbuf_free(&b);
}

static void text(struct sbuf *out, const char *s, bool first)
{
	if (!first)
		sbuf_addc(out, ',');
	csv_field(out, s ? s : "");
}

static void csv_begin(struct tw *w)
{
	const struct tw_doc *d = w->doc;
	sbuf_adds(w->out, "\xEF\xBB\xBF");
	if (!d->n_col)
		return;		/* summaries only */
	w->headed = true;
	text(w->out, tr_in(d->lang, M_COL_GOAL), true);
	text(w->out, tr_in(d->lang, M_COL_GOAL_TITLE), false);
	for (size_t c = 0; c < d->n_col; c++)
		if (tw_col_shown(&d->col[c], TW_CSV))
			text(w->out, d->col[c].head, false);
	csv_eol(w->out);
}

static void csv_goal(struct tw *w, const struct tw_goal *g)
{
	w->goal_id = g->id;
	w->goal_title = g->title;
}

static void csv_row(struct tw *w, const struct tw_cell *cells)
{
	const struct tw_doc *d = w->doc;
	text(w->out, w->goal_id, true);
	text(w->out, w->goal_title, false);
	for (size_t c = 0; c < d->n_col; c++)
		if (tw_col_shown(&d->col[c], TW_CSV))
			cell(w->out, &cells[c], d->col[c].type, false);
	csv_eol(w->out);
}

static void csv_summary(struct tw *w, const struct tw_sum *s)
{
	/* A CSV file is one table: after a main table (or a first summary)
	 * further summaries are left out; formats for people have them. */
	if (w->headed)
		return;
	w->headed = true;
	text(w->out, s->name_head && *s->name_head ? s->name_head : s->title, true);
	for (size_t c = 0; c < s->n_col; c++)
		if (tw_col_shown(&s->col[c], TW_CSV))
			text(w->out, s->col[c].head, false);
	csv_eol(w->out);
	for (size_t r = 0; r < s->n_row; r++) {
		text(w->out, s->name[r], TW_CSV);
		for (size_t c = 0; c < s->n_col; c++)
			if (tw_col_shown(&s->col[c], TW_CSV))
				cell(w->out, &s->cell[r * s->n_col + c], s->col[c].type, false);
		csv_eol(w->out);
	}
}

static int csv_end(struct tw *w, struct tv_err *err)
{
	return 0;
}

const struct tw_ops tw_csv = { csv_begin, csv_goal, csv_row, csv_summary, csv_end };
