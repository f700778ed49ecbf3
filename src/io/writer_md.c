/*
 * writer_md.c — the Markdown back end of writer.h (GitHub tables): the
 * title as "#", the lines under it as paragraphs, a "##" heading per goal
 * (one "#" more per level of nesting, down to "######") with a table of
 * its activities under it, summaries as "##" sections. Numeric columns of
 * summaries are right-aligned.
 */
#include "tolov/io/writer.h"

static bool numeric(enum tw_type t)
{
	return t == TW_AMOUNT || t == TW_PROGRESS || t == TW_COUNT;
}

static void md_begin(struct tw *w)
{
	const struct tw_doc *d = w->doc;
	sbuf_adds(w->out, "# ");
	md_text(w->out, d->title);
	sbuf_adds(w->out, "\n\n");
	for (size_t i = 0; i < d->n_meta; i++) {
		if (i)
			sbuf_addc(w->out, '\n');
		md_text(w->out, d->meta[i].label);
		md_text(w->out, d->meta[i].text);
		sbuf_addc(w->out, '\n');
	}
	if (d->empty) {
		sbuf_addc(w->out, '\n');
		md_text(w->out, d->empty);
		sbuf_addc(w->out, '\n');
	}
}

static void md_goal(struct tw *w, const struct tw_goal *g)
{
	struct sbuf t = SBUF_INIT;
	tw_goal_line(&t, g, w->doc->lang);
	/* one blank line between headings, also after a goal without rows */
	if (!(w->out->len >= 2 && w->out->buf[w->out->len - 1] == '\n' &&
	      w->out->buf[w->out->len - 2] == '\n'))
		sbuf_addc(w->out, '\n');
	if (g->section) {
		sbuf_adds(w->out, "**");
		md_text(w->out, g->section);
		sbuf_adds(w->out, "**\n\n");
	}
	sbuf_adds(w->out, "##");
	for (unsigned i = 0; i < g->depth && i < 4; i++)
		sbuf_addc(w->out, '#');
	sbuf_addc(w->out, ' ');
	md_text(w->out, t.buf);
	sbuf_adds(w->out, "\n\n");
	w->headed = false;
	w->open = true;		/* right under a heading */
	sbuf_free(&t);
}

static void header(struct sbuf *out, const char *first, const struct tw_col *col, size_t n,
		   bool machine_lead)
{
	sbuf_adds(out, "|");
	if (first) {
		sbuf_addc(out, ' ');
		md_text(out, first);
		sbuf_adds(out, " |");
	}
	for (size_t c = 0; c < n; c++) {
		if (!tw_col_shown(&col[c], TW_PEOPLE))
			continue;
		sbuf_addc(out, ' ');
		md_text(out, col[c].head);
		sbuf_adds(out, " |");
	}
	sbuf_adds(out, "\n|");
	if (first)
		sbuf_adds(out, " --- |");
	for (size_t c = 0; c < n; c++)
		if (tw_col_shown(&col[c], TW_PEOPLE))
			sbuf_adds(out, first && numeric(col[c].type) ? " ---: |" : " --- |");
	sbuf_addc(out, '\n');
}

static void cells(struct tw *w, const struct tw_col *col, size_t n, const struct tw_cell *cell)
{
	struct sbuf t = SBUF_INIT;
	const char *lead = NULL;
	for (size_t c = 0; c < n; c++) {
		if (!tw_cell_for_people(&t, col, cell, c, &lead, w->doc->rating, w->doc->lang))
			continue;
		sbuf_addc(w->out, ' ');
		md_text(w->out, t.buf ? t.buf : "");
		if (cell[c].aside && *cell[c].aside) {
			sbuf_adds(w->out, " *");
			md_text(w->out, cell[c].aside);
			sbuf_addc(w->out, '*');
		}
		sbuf_adds(w->out, " |");
	}
	sbuf_free(&t);
}

static void md_row(struct tw *w, const struct tw_cell *cell)
{
	const struct tw_doc *d = w->doc;
	if (!w->headed) {
		if (!w->open)
			sbuf_addc(w->out, '\n');
		header(w->out, NULL, d->col, d->n_col, false);
		w->headed = true;
	}
	sbuf_adds(w->out, "|");
	cells(w, d->col, d->n_col, cell);
	sbuf_addc(w->out, '\n');
}

static void md_summary(struct tw *w, const struct tw_sum *s)
{
	sbuf_adds(w->out, "\n## ");
	md_text(w->out, s->title);
	sbuf_adds(w->out, "\n\n");
	header(w->out, s->name_head ? s->name_head : "", s->col, s->n_col, false);
	for (size_t r = 0; r < s->n_row; r++) {
		sbuf_adds(w->out, "| ");
		md_text(w->out, s->name[r]);
		sbuf_adds(w->out, " |");
		cells(w, s->col, s->n_col, &s->cell[r * s->n_col]);
		sbuf_addc(w->out, '\n');
	}
	w->headed = false;
	w->open = false;
}

static int md_end(struct tw *w, struct tv_err *err)
{
	return 0;
}

const struct tw_ops tw_md = { md_begin, md_goal, md_row, md_summary, md_end };
