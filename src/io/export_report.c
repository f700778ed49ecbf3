/*
 * export_report.c — the quarterly report (report.h) as Markdown, HTML and
 * CSV. The selection, the figures and the words come from report.c; this
 * file only lays them out, escaping every piece of plan text with the
 * cell writers of export.h.
 */
#include "tolov/io/export.h"
#include "tolov/io/report.h"

#include <stdlib.h>
#include <string.h>
#include "tolov/plan/rules.h"

/* Calls fn for each goal that lists activities, then for each of them. */
struct walk {
	void (*goal)(void *ctx, const struct goal *g);
	void (*act)(void *ctx, const struct activity *a, bool scheduled);
};

static void walk_listed(const struct plan *p, const struct report_opts *o, const struct walk *w,
			void *ctx)
{
	for (size_t g = 0; g < p->n_goal; g++) {
		const struct goal *gl = &p->goal[g];
		bool head = false;
		for (size_t i = 0; i < gl->n_act; i++) {
			const struct activity *a = &gl->act[i];
			if (!report_unit_match(a, o->unit) || !report_lists(a, o->quarter))
				continue;
			if (!head && w->goal)
				w->goal(ctx, gl);
			head = true;
			w->act(ctx, a, activity_scheduled_in(a, o->quarter));
		}
	}
}

/* The cells of one summary row, for every format. */
static void sum_cells(struct sbuf *cells, const struct progress *pr, bool csv)
{
	char buf[8];
	if (csv)
		sbuf_adds(&cells[0], pr->tenths < 0 ? "" : progress_fmt(pr->tenths, buf));
	else
		report_progress_label(&cells[0], pr->tenths);
	unsigned v[6] = { pr->n100, pr->n70, pr->n30, pr->n0, pr->not_due, pr->unrated };
	for (int i = 0; i < 6; i++)
		sbuf_addf(&cells[1 + i], "%u", v[i]);
}

static const char *cap(struct sbuf *b, const char *s)
{
	sbuf_reset(b);
	sbuf_adds(b, s);
	if (b->buf[0] >= 'a' && b->buf[0] <= 'z')
		b->buf[0] = (char)(b->buf[0] - 32);
	return b->buf;
}

/* Summary and unit rows as a list of (name, progress) for every format. */
struct sumrow {
	char *name;
	const struct progress *pr;
};

static size_t sum_rows(struct sumrow **rows, const struct plan *p, const struct report_opts *o,
		       const struct report_sum *s, bool units)
{
	const struct report_words *w = report_words(o->lang);
	size_t n = 0;
	*rows = xcalloc(p->n_goal + s->n_unit + 1, sizeof(**rows));
	if (units) {
		for (size_t k = 0; k < s->n_unit; k++)
			(*rows)[n++] = (struct sumrow){
				xstrdup(report_unit_name(s->unit[k], o->lang)), &s->unit_pr[k] };
		return n;
	}
	for (size_t g = 0; g < p->n_goal; g++)
		if (s->goal_shown[g])
			(*rows)[n++] = (struct sumrow){ xasprintf("%s %s", w->goal, p->goal[g].id),
							&s->goal[g] };
	(*rows)[n++] = (struct sumrow){ xstrdup(w->whole_plan), &s->plan };
	return n;
}

static void free_rows(struct sumrow *rows, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(rows[i].name);
	free(rows);
}

/* Header cells of a summary table after its first column. */
static void sum_head(struct sbuf *cells, const struct report_words *w)
{
	const char *h[7] = { w->progress, "100", "70", "30", "0", w->not_due, w->unrated };
	for (int i = 0; i < 7; i++)
		cap(&cells[i], h[i]);
}

/* ---- Markdown ---- */

struct mdc {
	struct sbuf *out;
	const struct report_opts *o;
};

static void md_goal(void *ctx, const struct goal *g)
{
	struct mdc *c = ctx;
	const struct report_words *w = report_words(c->o->lang);
	struct sbuf t = SBUF_INIT;
	sbuf_addf(&t, "%s %s. %s", w->goal, g->id, g->title);
	sbuf_adds(c->out, "\n## ");
	md_text(c->out, t.buf);
	sbuf_addf(c->out, "\n\n| %s | %s | %s | %s | %s |\n| --- | --- | --- | --- | --- |\n",
		  w->id, w->activity, w->unit, w->rating, w->note);
	sbuf_free(&t);
}

static void md_act(void *ctx, const struct activity *a, bool scheduled)
{
	struct mdc *c = ctx;
	struct sbuf t = SBUF_INIT;
	const struct status *st = &a->st[c->o->quarter - 1];
	sbuf_adds(c->out, "| ");
	md_text(c->out, a->id);
	sbuf_adds(c->out, " | ");
	md_text(c->out, a->title);
	if (!scheduled) {
		report_not_scheduled(&t, c->o);
		sbuf_adds(c->out, " *");
		md_text(c->out, t.buf);
		sbuf_adds(c->out, "*");
	}
	sbuf_adds(c->out, " | ");
	md_text(c->out, report_unit_name(a->responsible, c->o->lang));
	sbuf_adds(c->out, " | ");
	sbuf_reset(&t);
	report_rating_label(&t, st->rating, c->o->lang);
	md_text(c->out, t.buf);
	sbuf_adds(c->out, " | ");
	md_text(c->out, st->note);
	sbuf_adds(c->out, " |\n");
	sbuf_free(&t);
}

static void md_sum_table(struct sbuf *out, const char *first, struct sumrow *rows, size_t n,
			 const struct report_words *w)
{
	struct sbuf cells[7] = { SBUF_INIT, SBUF_INIT, SBUF_INIT, SBUF_INIT, SBUF_INIT, SBUF_INIT,
				 SBUF_INIT };
	sum_head(cells, w);
	sbuf_adds(out, "| ");
	md_text(out, first);
	for (int i = 0; i < 7; i++) {
		sbuf_adds(out, " | ");
		md_text(out, cells[i].buf);
	}
	sbuf_adds(out, " |\n| --- |");
	for (int i = 0; i < 7; i++)
		sbuf_adds(out, " ---: |");
	sbuf_addc(out, '\n');
	for (size_t r = 0; r < n; r++) {
		for (int i = 0; i < 7; i++)
			sbuf_reset(&cells[i]);
		sum_cells(cells, rows[r].pr, false);
		sbuf_adds(out, "| ");
		md_text(out, rows[r].name);
		for (int i = 0; i < 7; i++) {
			sbuf_adds(out, " | ");
			md_text(out, cells[i].buf);
		}
		sbuf_adds(out, " |\n");
	}
	for (int i = 0; i < 7; i++)
		sbuf_free(&cells[i]);
}

void report_md(struct sbuf *out, const struct plan *p, const struct report_opts *o)
{
	const struct report_words *w = report_words(o->lang);
	struct sbuf t = SBUF_INIT;
	struct report_sum s;
	struct sumrow *rows;
	report_sum_build(&s, p, o);
	report_title(&t, p, o);
	sbuf_adds(out, "# ");
	md_text(out, t.buf);
	sbuf_adds(out, "\n\n");
	md_text(out, p->title);
	sbuf_adds(out, "\n");
	if (o->unit) {
		sbuf_addf(out, "\n%s: ", w->unit);
		md_text(out, report_unit_name(o->unit, o->lang));
		sbuf_addc(out, '\n');
	}
	if (!s.n_listed)
		sbuf_addf(out, "\n%s\n", w->nothing_listed);
	struct mdc c = { out, o };
	walk_listed(p, o, &(struct walk){ md_goal, md_act }, &c);
	sbuf_addf(out, "\n## %s\n\n", w->summary);
	size_t n = sum_rows(&rows, p, o, &s, false);
	md_sum_table(out, "", rows, n, w);
	free_rows(rows, n);
	sbuf_addf(out, "\n## %s\n\n", w->by_unit);
	n = sum_rows(&rows, p, o, &s, true);
	md_sum_table(out, w->unit, rows, n, w);
	free_rows(rows, n);
	report_sum_free(&s);
	sbuf_free(&t);
}

/* ---- HTML ---- */

static void html_goal(void *ctx, const struct goal *g)
{
	struct mdc *c = ctx;
	struct sbuf t = SBUF_INIT;
	sbuf_addf(&t, "%s %s. %s", report_words(c->o->lang)->goal, g->id, g->title);
	sbuf_adds(c->out, "<tr class=\"goal\"><th colspan=\"5\" scope=\"rowgroup\">");
	html_text(c->out, t.buf);
	sbuf_adds(c->out, "</th></tr>\n");
	sbuf_free(&t);
}

static void html_act(void *ctx, const struct activity *a, bool scheduled)
{
	struct mdc *c = ctx;
	struct sbuf t = SBUF_INIT;
	const struct status *st = &a->st[c->o->quarter - 1];
	sbuf_adds(c->out, "<tr><td>");
	html_text(c->out, a->id);
	sbuf_adds(c->out, "</td><td>");
	html_text(c->out, a->title);
	if (!scheduled) {
		report_not_scheduled(&t, c->o);
		sbuf_adds(c->out, " <em>");
		html_text(c->out, t.buf);
		sbuf_adds(c->out, "</em>");
	}
	sbuf_adds(c->out, "</td><td>");
	html_text(c->out, report_unit_name(a->responsible, c->o->lang));
	sbuf_adds(c->out, "</td><td class=\"c\">");
	sbuf_reset(&t);
	report_rating_label(&t, st->rating, c->o->lang);
	html_text(c->out, t.buf);
	sbuf_adds(c->out, "</td><td>");
	html_text(c->out, st->note);
	sbuf_adds(c->out, "</td></tr>\n");
	sbuf_free(&t);
}

static void html_sum_table(struct sbuf *out, const char *first, struct sumrow *rows, size_t n,
			   const struct report_words *w)
{
	struct sbuf cells[7] = { SBUF_INIT, SBUF_INIT, SBUF_INIT, SBUF_INIT, SBUF_INIT, SBUF_INIT,
				 SBUF_INIT };
	sum_head(cells, w);
	sbuf_adds(out, "<table class=\"sum\">\n<thead><tr><th>");
	html_text(out, first);
	sbuf_adds(out, "</th>");
	for (int i = 0; i < 7; i++) {
		sbuf_adds(out, "<th class=\"num\">");
		html_text(out, cells[i].buf);
		sbuf_adds(out, "</th>");
	}
	sbuf_adds(out, "</tr></thead>\n<tbody>\n");
	for (size_t r = 0; r < n; r++) {
		for (int i = 0; i < 7; i++)
			sbuf_reset(&cells[i]);
		sum_cells(cells, rows[r].pr, false);
		sbuf_adds(out, "<tr><td>");
		html_text(out, rows[r].name);
		sbuf_adds(out, "</td>");
		for (int i = 0; i < 7; i++) {
			sbuf_adds(out, "<td class=\"num\">");
			html_text(out, cells[i].buf);
			sbuf_adds(out, "</td>");
		}
		sbuf_adds(out, "</tr>\n");
	}
	sbuf_adds(out, "</tbody>\n</table>\n");
	for (int i = 0; i < 7; i++)
		sbuf_free(&cells[i]);
}

void report_html(struct sbuf *out, const struct plan *p, const struct report_opts *o)
{
	const struct report_words *w = report_words(o->lang);
	struct sbuf t = SBUF_INIT;
	struct report_sum s;
	struct sumrow *rows;
	report_sum_build(&s, p, o);
	report_title(&t, p, o);
	html_begin(out, t.buf, o->lang);
	sbuf_adds(out, "<h1>");
	html_text(out, t.buf);
	sbuf_adds(out, "</h1>\n<p class=\"meta\">");
	html_text(out, p->title);
	if (o->unit) {
		sbuf_addf(out, "<br>%s: ", w->unit);
		html_text(out, report_unit_name(o->unit, o->lang));
	}
	sbuf_adds(out, "</p>\n");
	if (!s.n_listed) {
		sbuf_adds(out, "<p>");
		html_text(out, w->nothing_listed);
		sbuf_adds(out, "</p>\n");
	} else {
		sbuf_adds(out, "<table>\n<colgroup><col style=\"width:5%\"><col style=\"width:45%\">"
			       "<col style=\"width:14%\"><col style=\"width:10%\">"
			       "<col style=\"width:26%\"></colgroup>\n<thead><tr>");
		const char *h[5] = { w->id, w->activity, w->unit, w->rating, w->note };
		for (int i = 0; i < 5; i++) {
			sbuf_adds(out, "<th>");
			html_text(out, h[i]);
			sbuf_adds(out, "</th>");
		}
		sbuf_adds(out, "</tr></thead>\n<tbody>\n");
		struct mdc c = { out, o };
		walk_listed(p, o, &(struct walk){ html_goal, html_act }, &c);
		sbuf_adds(out, "</tbody>\n</table>\n");
	}
	sbuf_adds(out, "<h2>");
	html_text(out, w->summary);
	sbuf_adds(out, "</h2>\n");
	size_t n = sum_rows(&rows, p, o, &s, false);
	html_sum_table(out, "", rows, n, w);
	free_rows(rows, n);
	sbuf_adds(out, "<h2>");
	html_text(out, w->by_unit);
	sbuf_adds(out, "</h2>\n");
	n = sum_rows(&rows, p, o, &s, true);
	html_sum_table(out, w->unit, rows, n, w);
	free_rows(rows, n);
	html_end(out);
	report_sum_free(&s);
	sbuf_free(&t);
}

/* ---- CSV ---- */

struct csvc {
	struct sbuf *out;
	const struct report_opts *o;
	const struct goal *goal;
};

static void csv_goal(void *ctx, const struct goal *g)
{
	((struct csvc *)ctx)->goal = g;
}

static void csv_act(void *ctx, const struct activity *a, bool scheduled)
{
	struct csvc *c = ctx;
	const struct report_words *w = report_words(c->o->lang);
	const struct status *st = &a->st[c->o->quarter - 1];
	const char *cells[8] = { c->goal->id, c->goal->title, a->id, a->title, a->responsible,
				 scheduled ? w->yes : w->no, rating_str(st->rating), st->note };
	for (int i = 0; i < 8; i++) {
		if (i)
			sbuf_addc(c->out, ',');
		csv_field(c->out, cells[i]);
	}
	csv_eol(c->out);
}

static void csv_sum_table(struct sbuf *out, const char *first, struct sumrow *rows, size_t n,
			  const struct report_words *w)
{
	struct sbuf cells[7] = { SBUF_INIT, SBUF_INIT, SBUF_INIT, SBUF_INIT, SBUF_INIT, SBUF_INIT,
				 SBUF_INIT };
	sum_head(cells, w);
	csv_field(out, first);
	for (int i = 0; i < 7; i++) {
		sbuf_addc(out, ',');
		csv_field(out, cells[i].buf);
	}
	csv_eol(out);
	for (size_t r = 0; r < n; r++) {
		for (int i = 0; i < 7; i++)
			sbuf_reset(&cells[i]);
		sum_cells(cells, rows[r].pr, true);
		csv_field(out, rows[r].name);
		for (int i = 0; i < 7; i++) {
			sbuf_addc(out, ',');
			csv_field(out, cells[i].buf);
		}
		csv_eol(out);
	}
	for (int i = 0; i < 7; i++)
		sbuf_free(&cells[i]);
}

void report_csv(struct sbuf *out, const struct plan *p, const struct report_opts *o)
{
	const struct report_words *w = report_words(o->lang);
	struct report_sum s;
	struct sumrow *rows;
	report_sum_build(&s, p, o);
	sbuf_adds(out, "\xEF\xBB\xBF");
	bool mn = o->lang == LANG_MN;
	char *rating = mn ? xasprintf("%d-р улирал: үнэлгээ", o->quarter)
			  : xasprintf("Q%d rating", o->quarter);
	char *note = mn ? xasprintf("%d-р улирал: тэмдэглэл", o->quarter)
			: xasprintf("Q%d note", o->quarter);
	const char *h[8] = { w->goal, mn ? "Зорилтын нэр" : "Goal title", w->id, w->activity,
			     w->unit, w->scheduled, rating, note };
	for (int i = 0; i < 8; i++) {
		if (i)
			sbuf_addc(out, ',');
		csv_field(out, h[i]);
	}
	free(rating);
	free(note);
	csv_eol(out);
	struct csvc c = { out, o, NULL };
	walk_listed(p, o, &(struct walk){ csv_goal, csv_act }, &c);
	csv_eol(out);
	size_t n = sum_rows(&rows, p, o, &s, false);
	csv_sum_table(out, w->summary, rows, n, w);
	free_rows(rows, n);
	csv_eol(out);
	n = sum_rows(&rows, p, o, &s, true);
	csv_sum_table(out, w->unit, rows, n, w);
	free_rows(rows, n);
	report_sum_free(&s);
}
