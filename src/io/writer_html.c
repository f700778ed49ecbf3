/*
 * writer_html.c — the HTML back end of writer.h: one self-contained page
 * for printing on A4 landscape (inline CSS, no links), `lang` set to the
 * document's language, the main table's header rows repeated on every
 * printed page (thead), rows never split across pages, goal rows spanning
 * the table before their activities as in the printed plans (nested goals
 * indented), summaries as small tables under h2 headings.
 */
#include "tolov/io/writer.h"

#include <string.h>

static const char page_css[] =
	"<style>\n"
	"@page { size: A4 landscape; margin: 12mm 10mm; }\n"
	"body { font-family: \"DejaVu Sans\", \"Noto Sans\", Arial, sans-serif; font-size: 8pt;"
	" color: #000; margin: 0; }\n"
	"h1 { font-size: 13pt; text-align: center; margin: 0 0 4mm; }\n"
	"h2 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; page-break-after: avoid; }\n"
	"p.meta { text-align: center; margin: 0 0 4mm; }\n"
	"table { border-collapse: collapse; width: 100%; table-layout: fixed; margin-bottom: 4mm; }\n"
	"table.sum { table-layout: auto; width: auto; min-width: 50%; }\n"
	"thead { display: table-header-group; }\n"
	"tr { break-inside: avoid; page-break-inside: avoid; }\n"
	"th, td { border: 0.5pt solid #444; padding: 1mm 1.2mm; vertical-align: top;"
	" text-align: left; overflow-wrap: anywhere; }\n"
	"thead th { background: #e6e6e6; text-align: center; }\n"
	"tr.goal { break-after: avoid; page-break-after: avoid; }\n"
	"tr.goal th { background: #f2f2f2; font-weight: bold; }\n"
	"td.num, th.num { text-align: right; white-space: nowrap; }\n"
	"td.c { text-align: center; }\n"
	"@media screen { body { margin: 8mm; } }\n"
	"</style>\n";

static bool numeric(enum tw_type t)
{
	return t == TW_AMOUNT || t == TW_PROGRESS || t == TW_COUNT;
}

static size_t n_shown(const struct tw_col *col, size_t n)
{
	size_t k = 0;
	for (size_t c = 0; c < n; c++)
		k += tw_col_shown(&col[c], TW_PEOPLE);
	return k;
}

static void thead(struct sbuf *out, const struct tw_col *col, size_t n)
{
	bool groups = false;
	sbuf_adds(out, "<colgroup>");
	for (size_t c = 0; c < n; c++) {
		if (!tw_col_shown(&col[c], TW_PEOPLE))
			continue;
		groups |= col[c].group != NULL;
		if (col[c].width)
			sbuf_addf(out, "<col style=\"width:%u%%\">", col[c].width);
		else
			sbuf_adds(out, "<col>");
	}
	sbuf_adds(out, "</colgroup>\n<thead>\n<tr>");
	for (size_t c = 0; c < n; c++) {
		if (!tw_col_shown(&col[c], TW_PEOPLE))
			continue;
		if (!col[c].group) {
			sbuf_adds(out, groups ? "<th rowspan=\"2\">" : "<th>");
			html_text(out, col[c].head);
			sbuf_adds(out, "</th>");
			continue;
		}
		if (c > 0 && col[c - 1].group && strcmp(col[c - 1].group, col[c].group) == 0)
			continue;
		size_t span = 0;
		for (size_t k = c; k < n && col[k].group && strcmp(col[k].group, col[c].group) == 0; k++)
			span += tw_col_shown(&col[k], TW_PEOPLE);
		sbuf_addf(out, "<th colspan=\"%zu\">", span);
		html_text(out, col[c].group);
		sbuf_adds(out, "</th>");
	}
	if (groups) {
		sbuf_adds(out, "</tr>\n<tr>");
		for (size_t c = 0; c < n; c++) {
			if (!tw_col_shown(&col[c], TW_PEOPLE) || !col[c].group)
				continue;
			sbuf_adds(out, "<th>");
			html_text(out, col[c].sub ? col[c].sub : col[c].head);
			sbuf_adds(out, "</th>");
		}
	}
	sbuf_adds(out, "</tr>\n</thead>\n");
}

static void html_begin(struct tw *w)
{
	const struct tw_doc *d = w->doc;
	struct sbuf *out = w->out;
	sbuf_adds(out, "<!DOCTYPE html>\n");
	sbuf_addf(out, "<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
		  d->lang == LANG_MN ? "mn" : "en");
	sbuf_adds(out, "<title>");
	html_text(out, d->title);
	sbuf_adds(out, "</title>\n");
	sbuf_adds(out, page_css);
	sbuf_adds(out, "</head>\n<body>\n<h1>");
	html_text(out, d->title);
	sbuf_adds(out, "</h1>\n");
	if (d->n_meta) {
		sbuf_adds(out, "<p class=\"meta\">");
		for (size_t i = 0; i < d->n_meta; i++) {
			if (i)
				sbuf_adds(out, "<br>");
			html_text(out, d->meta[i].label);
			html_text(out, d->meta[i].text);
		}
		sbuf_adds(out, "</p>\n");
	}
	if (d->empty) {
		sbuf_adds(out, "<p>");
		html_text(out, d->empty);
		sbuf_adds(out, "</p>\n");
		return;
	}
	if (!d->n_col)
		return;		/* summaries only */
	sbuf_adds(out, "<table>\n");
	thead(out, d->col, d->n_col);
	w->headed = true;
}

static void close_table(struct tw *w)
{
	if (w->open)
		sbuf_adds(w->out, "</tbody>\n");
	if (w->headed)
		sbuf_adds(w->out, "</table>\n");
	w->open = w->headed = false;
}

static void html_goal(struct tw *w, const struct tw_goal *g)
{
	struct sbuf t = SBUF_INIT;
	if (w->open)
		sbuf_adds(w->out, "</tbody>\n");
	tw_goal_line(&t, g, w->doc->lang);
	sbuf_adds(w->out, "<tbody>\n");
	if (g->section) {
		sbuf_addf(w->out, "<tr class=\"goal\"><th colspan=\"%zu\" scope=\"rowgroup\""
				  " style=\"text-align:center\">",
			  n_shown(w->doc->col, w->doc->n_col));
		html_text(w->out, g->section);
		sbuf_adds(w->out, "</th></tr>\n");
	}
	sbuf_addf(w->out, "<tr class=\"goal\"><th colspan=\"%zu\" scope=\"rowgroup\"",
		  n_shown(w->doc->col, w->doc->n_col));
	if (g->depth)
		sbuf_addf(w->out, " style=\"padding-left:%umm\"", 1 + 4 * g->depth);
	sbuf_adds(w->out, ">");
	html_text(w->out, t.buf);
	sbuf_adds(w->out, "</th></tr>\n");
	w->open = true;
	sbuf_free(&t);
}

static void cells(struct tw *w, const struct tw_col *col, size_t n, const struct tw_cell *cell,
		  bool sum)
{
	struct sbuf t = SBUF_INIT;
	const char *lead = NULL;
	for (size_t c = 0; c < n; c++) {
		if (!tw_cell_for_people(&t, col, cell, c, &lead, w->doc->rating, w->doc->lang))
			continue;
		if (numeric(col[c].type))
			sbuf_adds(w->out, "<td class=\"num\">");
		else if (col[c].type == TW_RATING)
			sbuf_adds(w->out, "<td class=\"c\">");
		else
			sbuf_adds(w->out, "<td>");
		html_text(w->out, t.buf ? t.buf : "");
		if (cell[c].aside && *cell[c].aside) {
			sbuf_adds(w->out, " <em>");
			html_text(w->out, cell[c].aside);
			sbuf_adds(w->out, "</em>");
		}
		sbuf_adds(w->out, "</td>");
	}
	sbuf_free(&t);
}

static void html_row(struct tw *w, const struct tw_cell *cell)
{
	if (!w->headed) {
		sbuf_adds(w->out, "<table>\n");
		thead(w->out, w->doc->col, w->doc->n_col);
		w->headed = true;
	}
	if (!w->open) {
		sbuf_adds(w->out, "<tbody>\n");
		w->open = true;
	}
	sbuf_adds(w->out, "<tr>");
	cells(w, w->doc->col, w->doc->n_col, cell, false);
	sbuf_adds(w->out, "</tr>\n");
}

static void html_summary(struct tw *w, const struct tw_sum *s)
{
	struct sbuf *out = w->out;
	close_table(w);
	sbuf_adds(out, "<h2>");
	html_text(out, s->title);
	sbuf_adds(out, "</h2>\n<table class=\"sum\">\n<thead><tr><th>");
	html_text(out, s->name_head ? s->name_head : "");
	sbuf_adds(out, "</th>");
	for (size_t c = 0; c < s->n_col; c++) {
		if (!tw_col_shown(&s->col[c], TW_PEOPLE))
			continue;
		sbuf_adds(out, numeric(s->col[c].type) ? "<th class=\"num\">" : "<th>");
		html_text(out, s->col[c].head);
		sbuf_adds(out, "</th>");
	}
	sbuf_adds(out, "</tr></thead>\n<tbody>\n");
	for (size_t r = 0; r < s->n_row; r++) {
		unsigned depth = s->depth ? s->depth[r] : 0;
		if (depth)
			sbuf_addf(out, "<tr><td style=\"padding-left:%umm\">", 1 + 4 * depth);
		else
			sbuf_adds(out, "<tr><td>");
		html_text(out, s->name[r]);
		sbuf_adds(out, "</td>");
		cells(w, s->col, s->n_col, &s->cell[r * s->n_col], true);
		sbuf_adds(out, "</tr>\n");
	}
	sbuf_adds(out, "</tbody>\n</table>\n");
}

static int html_end(struct tw *w, struct tv_err *err)
{
	close_table(w);
	sbuf_adds(w->out, "</body>\n</html>\n");
	return 0;
}

const struct tw_ops tw_html = { html_begin, html_goal, html_row, html_summary, html_end };
