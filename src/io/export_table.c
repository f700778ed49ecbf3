/*
 * export_table.c — the plan table as CSV, Markdown and HTML.
 *
 * All three show the same cells (export.h describes them); they differ in
 * how goals stand among the activities: CSV repeats the goal on every row
 * (one row per activity, for filtering and sorting), Markdown opens a
 * table per goal under a heading, HTML puts a goal row spanning the table
 * before the goal's activities, as the printed plans do.
 */
#include "tolov/io/export.h"
#include "tolov/plan/schema.h"

#include <string.h>

enum col { C_ACT, C_IND, C_BASE, C_TARGET, C_BUDGET, C_SCHED, C_UNIT, NCOL };

/* The fields of the columns; their headers are the schema's export column
 * names (Mongolian: the seed table's header names). */
static const enum sk col_key[NCOL] = {
	SK_ACT_TITLE, SK_IND_NAME, SK_BASELINE, SK_TARGET, SK_BUDGET, SK_SCHEDULE, SK_ACT_RESP,
};

static const char *col_name(enum lang lang, int c)
{
	return tr_in(lang, (enum msg)schema_key(col_key[c])->column);
}

static const char *goal_word(enum lang lang)
{
	return lang == LANG_MN ? "Зорилт" : "Goal";
}

/* "Q2" / "2-р улирал" */
static void quarter_name(struct sbuf *out, enum lang lang, int q)
{
	if (lang == LANG_MN)
		sbuf_addf(out, "%d-р улирал", q);
	else
		sbuf_addf(out, "Q%d", q);
}

static const char *rating_word(enum lang lang, int r)
{
	if (r == RATING_NOT_DUE)
		return lang == LANG_MN ? "Хугацаа болоогүй" : "not due";
	return rating_str(r);
}

/* The raw text of one cell of activity a (before escaping). */
static void cell(struct sbuf *out, const struct activity *a, int c)
{
	switch (c) {
	case C_ACT:
		if (*a->id)
			sbuf_addf(out, "%s. ", a->id);
		sbuf_adds(out, a->title);
		return;
	case C_IND:
	case C_BASE:
	case C_TARGET:
		for (size_t i = 0; i < a->n_ind; i++) {
			const struct indicator *in = &a->ind[i];
			const char *s = c == C_IND ? in->name : c == C_BASE ? in->baseline : in->target;
			if (i)
				sbuf_addc(out, '\n');
			if (a->n_ind > 1)
				sbuf_addf(out, "%zu) ", i + 1);
			sbuf_adds(out, s);
		}
		return;
	case C_BUDGET:
		export_budget_cell(out, a);
		return;
	case C_SCHED:
		export_schedule_cell(out, a);
		return;
	case C_UNIT:
		sbuf_adds(out, a->responsible);
		return;
	}
}

static void goal_label(struct sbuf *out, const struct goal *g, enum lang lang)
{
	sbuf_adds(out, goal_word(lang));
	if (*g->id)
		sbuf_addf(out, " %s.", g->id);
	if (*g->title)
		sbuf_addf(out, " %s", g->title);
}

/* ---- CSV ---- */

static void csv_cell(struct sbuf *out, const char *s, bool first)
{
	if (!first)
		sbuf_addc(out, ',');
	csv_field(out, s);
}

void export_csv(struct sbuf *out, const struct plan *p, enum lang lang)
{
	struct sbuf t = SBUF_INIT;
	bool mn = lang == LANG_MN;
	sbuf_adds(out, "\xEF\xBB\xBF");
	csv_cell(out, goal_word(lang), true);
	csv_cell(out, mn ? "Зорилтын нэр" : "Goal title", false);
	csv_cell(out, mn ? "Дугаар" : "ID", false);
	for (int c = 0; c < NCOL; c++)
		csv_cell(out, col_name(lang, c), false);
	for (int q = 1; q <= NQ; q++) {
		sbuf_reset(&t);
		quarter_name(&t, lang, q);
		sbuf_adds(&t, mn ? ": үнэлгээ" : " rating");
		csv_cell(out, t.buf, false);
		sbuf_reset(&t);
		quarter_name(&t, lang, q);
		sbuf_adds(&t, mn ? ": тэмдэглэл" : " note");
		csv_cell(out, t.buf, false);
	}
	csv_eol(out);
	for (size_t g = 0; g < p->n_goal; g++) {
		const struct goal *gl = &p->goal[g];
		for (size_t i = 0; i < gl->n_act; i++) {
			const struct activity *a = &gl->act[i];
			csv_cell(out, gl->id, true);
			csv_cell(out, gl->title, false);
			csv_cell(out, a->id, false);
			csv_cell(out, a->title, false);
			for (int c = C_IND; c < NCOL; c++) {
				sbuf_reset(&t);
				cell(&t, a, c);
				csv_cell(out, t.buf ? t.buf : "", false);
			}
			for (int q = 0; q < NQ; q++) {
				csv_cell(out, rating_str(a->st[q].rating), false);
				csv_cell(out, a->st[q].note, false);
			}
			csv_eol(out);
		}
	}
	sbuf_free(&t);
}

/* ---- Markdown ---- */

static void md_header(struct sbuf *out, enum lang lang)
{
	struct sbuf t = SBUF_INIT;
	sbuf_adds(out, "|");
	for (int c = 0; c < NCOL; c++) {
		sbuf_addc(out, ' ');
		md_text(out, col_name(lang, c));
		sbuf_adds(out, " |");
	}
	for (int q = 1; q <= NQ; q++) {
		sbuf_reset(&t);
		quarter_name(&t, lang, q);
		sbuf_addc(out, ' ');
		md_text(out, t.buf);
		sbuf_adds(out, lang == LANG_MN ? " үнэлгээ | " : " rating | ");
		md_text(out, t.buf);
		sbuf_adds(out, lang == LANG_MN ? " тэмдэглэл |" : " note |");
	}
	sbuf_adds(out, "\n|");
	for (int c = 0; c < NCOL + 2 * NQ; c++)
		sbuf_adds(out, " --- |");
	sbuf_addc(out, '\n');
	sbuf_free(&t);
}

void export_md(struct sbuf *out, const struct plan *p, enum lang lang)
{
	struct sbuf t = SBUF_INIT;
	sbuf_adds(out, "# ");
	md_text(out, p->title);
	sbuf_adds(out, "\n\n");
	if (p->year)
		sbuf_addf(out, "%s: %d. ", lang == LANG_MN ? "Он" : "Year", p->year);
	sbuf_adds(out, lang == LANG_MN ? "Төсөв: " : "Budget: ");
	fmt_amount(out, budget_of_plan(p));
	sbuf_addc(out, ' ');
	md_text(out, p->currency);
	sbuf_adds(out, ".\n");
	for (size_t g = 0; g < p->n_goal; g++) {
		const struct goal *gl = &p->goal[g];
		sbuf_reset(&t);
		goal_label(&t, gl, lang);
		sbuf_adds(out, "\n## ");
		md_text(out, t.buf);
		sbuf_adds(out, "\n\n");
		if (!gl->n_act)
			continue;
		md_header(out, lang);
		for (size_t i = 0; i < gl->n_act; i++) {
			const struct activity *a = &gl->act[i];
			sbuf_adds(out, "|");
			for (int c = 0; c < NCOL; c++) {
				sbuf_reset(&t);
				cell(&t, a, c);
				sbuf_addc(out, ' ');
				md_text(out, t.buf);
				sbuf_adds(out, " |");
			}
			for (int q = 0; q < NQ; q++) {
				sbuf_addc(out, ' ');
				md_text(out, rating_word(lang, a->st[q].rating));
				sbuf_adds(out, " | ");
				md_text(out, a->st[q].note);
				sbuf_adds(out, " |");
			}
			sbuf_addc(out, '\n');
		}
	}
	sbuf_free(&t);
}

/* ---- HTML ---- */

static const int col_width[NCOL] = { 16, 9, 7, 8, 7, 6, 7 };	/* percent; 10 per quarter */

static void html_head_rows(struct sbuf *out, enum lang lang)
{
	struct sbuf t = SBUF_INIT;
	sbuf_adds(out, "<colgroup>");
	for (int c = 0; c < NCOL; c++)
		sbuf_addf(out, "<col style=\"width:%d%%\">", col_width[c]);
	for (int q = 0; q < NQ; q++)
		sbuf_adds(out, "<col style=\"width:4%\"><col style=\"width:6%\">");
	sbuf_adds(out, "</colgroup>\n<thead>\n<tr>");
	for (int c = 0; c < NCOL; c++) {
		sbuf_adds(out, "<th rowspan=\"2\">");
		html_text(out, col_name(lang, c));
		sbuf_adds(out, "</th>");
	}
	for (int q = 1; q <= NQ; q++) {
		sbuf_reset(&t);
		quarter_name(&t, lang, q);
		sbuf_adds(out, "<th colspan=\"2\">");
		html_text(out, t.buf);
		sbuf_adds(out, "</th>");
	}
	sbuf_adds(out, "</tr>\n<tr>");
	for (int q = 1; q <= NQ; q++)
		sbuf_adds(out, lang == LANG_MN ? "<th>Үнэлгээ</th><th>Тэмдэглэл</th>"
					       : "<th>Rating</th><th>Note</th>");
	sbuf_adds(out, "</tr>\n</thead>\n");
	sbuf_free(&t);
}

void export_html(struct sbuf *out, const struct plan *p, enum lang lang)
{
	struct sbuf t = SBUF_INIT;
	html_begin(out, p->title, lang);
	sbuf_adds(out, "<h1>");
	html_text(out, p->title);
	sbuf_adds(out, "</h1>\n<p class=\"meta\">");
	if (p->year)
		sbuf_addf(out, "%s: %d. ", lang == LANG_MN ? "Он" : "Year", p->year);
	sbuf_adds(out, lang == LANG_MN ? "Төсөв: " : "Budget: ");
	fmt_amount(out, budget_of_plan(p));
	sbuf_addc(out, ' ');
	html_text(out, p->currency);
	sbuf_adds(out, ".</p>\n<table>\n");
	html_head_rows(out, lang);
	for (size_t g = 0; g < p->n_goal; g++) {
		const struct goal *gl = &p->goal[g];
		sbuf_reset(&t);
		goal_label(&t, gl, lang);
		sbuf_addf(out, "<tbody>\n<tr class=\"goal\"><th colspan=\"%d\" scope=\"rowgroup\">",
			  NCOL + 2 * NQ);
		html_text(out, t.buf);
		sbuf_adds(out, "</th></tr>\n");
		for (size_t i = 0; i < gl->n_act; i++) {
			const struct activity *a = &gl->act[i];
			sbuf_adds(out, "<tr>");
			for (int c = 0; c < NCOL; c++) {
				sbuf_reset(&t);
				cell(&t, a, c);
				sbuf_adds(out, "<td>");
				html_text(out, t.buf);
				sbuf_adds(out, "</td>");
			}
			for (int q = 0; q < NQ; q++) {
				sbuf_adds(out, "<td class=\"c\">");
				html_text(out, rating_word(lang, a->st[q].rating));
				sbuf_adds(out, "</td><td>");
				html_text(out, a->st[q].note);
				sbuf_adds(out, "</td>");
			}
			sbuf_adds(out, "</tr>\n");
		}
		sbuf_adds(out, "</tbody>\n");
	}
	sbuf_adds(out, "</table>\n");
	html_end(out);
	sbuf_free(&t);
}
