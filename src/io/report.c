/*
 * report.c — the quarterly report: which activities it lists, its figures,
 * its words in English and Mongolian, and its plain-text rendering (the
 * one the terminal interface shows). Markdown, HTML and CSV renderings are
 * in export_report.c.
 */
#include "tolov/io/report.h"

#include <stdlib.h>
#include <string.h>

#include "tolov/io/export.h"
#include "tolov/base/text.h"
#include "tolov/plan/rules.h"

static const struct report_words words_en = {
	.goal = "Goal", .id = "ID", .activity = "Activity", .unit = "Responsible unit",
	.rating = "Rating", .note = "Note", .progress = "Progress", .summary = "Summary",
	.by_unit = "By responsible unit", .whole_plan = "Whole plan", .no_unit = "(no unit)",
	.not_due = "not due", .unrated = "unrated", .r100 = "done", .r70 = "under way",
	.r30 = "insufficient", .r0 = "not done", .scheduled = "Scheduled", .yes = "yes",
	.no = "no", .nothing_listed = "No activity is scheduled or rated in this quarter.",
	.plan = "Plan", .no_value = "—",
};

static const struct report_words words_mn = {
	.goal = "Зорилт", .id = "Дугаар", .activity = "Арга хэмжээ", .unit = "Хариуцсан нэгж",
	.rating = "Үнэлгээ", .note = "Тэмдэглэл", .progress = "Хэрэгжилт", .summary = "Нэгтгэл",
	.by_unit = "Хариуцсан нэгжээр", .whole_plan = "Нийт төлөвлөгөө",
	.no_unit = "(нэгж заагаагүй)", .not_due = "Хугацаа болоогүй", .unrated = "Үнэлээгүй",
	.r100 = "Хэрэгжсэн", .r70 = "Хэрэгжиж байгаа", .r30 = "Хангалтгүй", .r0 = "Хэрэгжээгүй",
	.scheduled = "Төлөвлөсөн", .yes = "тийм", .no = "үгүй",
	.nothing_listed = "Энэ улиралд төлөвлөсөн буюу үнэлсэн арга хэмжээ алга.",
	.plan = "Төлөвлөгөө", .no_value = "—",
};

const struct report_words *report_words(enum lang lang)
{
	return lang == LANG_MN ? &words_mn : &words_en;
}

int report_format_parse(const char *s)
{
	if (!s)
		return -1;
	if (strcmp(s, "text") == 0 || strcmp(s, "txt") == 0)
		return REPORT_TEXT;
	if (strcmp(s, "md") == 0 || strcmp(s, "markdown") == 0)
		return REPORT_MD;
	if (strcmp(s, "html") == 0)
		return REPORT_HTML;
	if (strcmp(s, "csv") == 0)
		return REPORT_CSV;
	return -1;
}

/* The Mongolian ordinal suffix after a quarter's digit: 1 and 4 take the
 * front-vowel form (нэг, дөрөв), 2 and 3 the back-vowel one (хоёр, гурав). */
static const char *mn_ordinal(int q)
{
	return q == 1 || q == 4 ? "дүгээр" : "дугаар";
}

void report_title(struct sbuf *out, const struct plan *p, const struct report_opts *o)
{
	int q = o->quarter;
	if (o->lang == LANG_MN) {
		if (p->year)
			sbuf_addf(out, "%d оны ", p->year);
		sbuf_addf(out, "%d %s улирлын хэрэгжилтийн тайлан", q, mn_ordinal(q));
	} else {
		sbuf_addf(out, "Implementation report, Q%d", q);
		if (p->year)
			sbuf_addf(out, " %d", p->year);
	}
}

void report_not_scheduled(struct sbuf *out, const struct report_opts *o)
{
	if (o->lang == LANG_MN)
		sbuf_addf(out, "(%d %s улиралд төлөвлөөгүй)", o->quarter, mn_ordinal(o->quarter));
	else
		sbuf_addf(out, "(not scheduled in Q%d)", o->quarter);
}

void report_rating_label(struct sbuf *out, int rating, enum lang lang)
{
	const struct report_words *w = report_words(lang);
	switch (rating) {
	case 100: sbuf_addf(out, "100 (%s)", w->r100); break;
	case 70: sbuf_addf(out, "70 (%s)", w->r70); break;
	case 30: sbuf_addf(out, "30 (%s)", w->r30); break;
	case 0: sbuf_addf(out, "0 (%s)", w->r0); break;
	case RATING_NOT_DUE: sbuf_adds(out, w->not_due); break;
	default: sbuf_adds(out, w->unrated); break;
	}
}

void report_progress_label(struct sbuf *out, int tenths)
{
	char buf[8];
	if (tenths < 0)
		sbuf_adds(out, "—");
	else
		sbuf_addf(out, "%s%%", progress_fmt(tenths, buf));
}

/* ---- selection ---- */

bool report_lists(const struct activity *a, int q)
{
	return activity_listed_in(a, q);
}

/* s without the spaces around it: *n bytes from the returned pointer. */
static const char *trim(const char *s, size_t *n)
{
	size_t len = strlen(s);
	while (len && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	*n = len;
	return s;
}

static bool unit_eq(const char *x, const char *y)
{
	size_t nx, ny, i = 0, j = 0;
	x = trim(x, &nx);
	y = trim(y, &ny);
	while (i < nx && j < ny) {
		uint32_t a, b;
		i += utf8_decode(x + i, nx - i, &a);
		j += utf8_decode(y + j, ny - j, &b);
		if (text_fold(a) != text_fold(b))
			return false;
	}
	return i == nx && j == ny;
}

bool report_unit_match(const struct activity *a, const char *unit)
{
	return !unit || unit_eq(a->responsible, unit);
}

bool report_unit_exists(const struct plan *p, const char *unit)
{
	for (size_t g = 0; g < p->n_goal; g++)
		for (size_t i = 0; i < p->goal[g].n_act; i++)
			if (report_unit_match(&p->goal[g].act[i], unit))
				return true;
	return false;
}

size_t report_units(const struct plan *p, const char ***units)
{
	size_t n = 0;
	*units = xcalloc(plan_n_activities(p) + 1, sizeof(**units));
	for (size_t g = 0; g < p->n_goal; g++) {
		for (size_t i = 0; i < p->goal[g].n_act; i++) {
			const char *u = p->goal[g].act[i].responsible;
			size_t k = 0;
			while (k < n && !unit_eq((*units)[k], u))
				k++;
			if (k == n)
				(*units)[n++] = u;
		}
	}
	return n;
}

const char *report_unit_name(const char *u, enum lang lang)
{
	size_t n;
	trim(u, &n);
	return n ? u : report_words(lang)->no_unit;
}

/* ---- figures ---- */

void report_sum_build(struct report_sum *s, const struct plan *p, const struct report_opts *o)
{
	memset(s, 0, sizeof(*s));
	s->plan = (struct progress)PROGRESS_INIT;
	s->goal = xcalloc(p->n_goal + 1, sizeof(*s->goal));
	s->goal_shown = xcalloc(p->n_goal + 1, sizeof(*s->goal_shown));
	const char **all;
	size_t n_all = report_units(p, &all);
	s->unit = xcalloc(n_all + 1, sizeof(*s->unit));
	s->unit_pr = xcalloc(n_all + 1, sizeof(*s->unit_pr));
	bool *used = xcalloc(n_all + 1, sizeof(*used));
	for (size_t k = 0; k < n_all; k++)
		s->unit_pr[k] = (struct progress)PROGRESS_INIT;
	for (size_t g = 0; g < p->n_goal; g++) {
		s->goal[g] = (struct progress)PROGRESS_INIT;
		for (size_t i = 0; i < p->goal[g].n_act; i++) {
			const struct activity *a = &p->goal[g].act[i];
			if (!report_unit_match(a, o->unit))
				continue;
			/* a goal's figures cover the goals nested beneath it */
			for (size_t up = g; up != GOAL_NONE; up = p->goal[up].parent)
				s->goal_shown[up] = true;
			size_t k = 0;
			while (k < n_all && !unit_eq(all[k], a->responsible))
				k++;
			used[k] = true;
			if (!report_lists(a, o->quarter))
				continue;
			s->n_listed++;
			for (size_t up = g; up != GOAL_NONE; up = p->goal[up].parent)
				progress_add(&s->goal[up], a, o->quarter);
			progress_add(&s->plan, a, o->quarter);
			progress_add(&s->unit_pr[k], a, o->quarter);
		}
	}
	/* Keep the units that have activities in the selection, in order. */
	for (size_t k = 0; k < n_all; k++) {
		if (!used[k])
			continue;
		s->unit[s->n_unit] = all[k];
		s->unit_pr[s->n_unit++] = s->unit_pr[k];
	}
	free(used);
	free(all);
}

void report_sum_free(struct report_sum *s)
{
	free(s->goal);
	free(s->goal_shown);
	free(s->unit);
	free(s->unit_pr);
	memset(s, 0, sizeof(*s));
}

/* ---- plain text ---- */

struct tx {
	struct sbuf *out;
	size_t cols;
	size_t indent;		/* of the line being wrapped */
	size_t hang;		/* extra indent of its continuation lines */
	bool first;
};

static void tx_line(void *ctx, const char *s, size_t len)
{
	struct tx *t = ctx;
	size_t ind = t->indent + (t->first ? 0 : t->hang);
	for (size_t i = 0; i < ind; i++)
		sbuf_addc(t->out, ' ');
	sbuf_add(t->out, s, len);
	sbuf_addc(t->out, '\n');
	t->first = false;
}

/* label + text as a paragraph at indent; continuation lines hang under
 * the text when the label is short, else under the label. */
static void tx_para(struct tx *t, size_t indent, const char *label, const char *text)
{
	struct sbuf s = SBUF_INIT;
	sbuf_adds(&s, label);
	sbuf_adds(&s, text);
	while (s.len && s.buf[s.len - 1] == '\n')
		s.buf[--s.len] = '\0';
	size_t lw = text_width(label, strlen(label));
	t->indent = indent;
	t->hang = lw <= 20 ? lw : 0;
	t->first = true;
	if (t->cols > indent + t->hang + 10) {
		/* One width for every line, so hanging lines fit too. */
		text_wrap(s.buf ? s.buf : "", t->cols - indent - t->hang, tx_line, t);
	} else {
		const char *p = s.buf ? s.buf : "";
		do {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			struct sbuf c = SBUF_INIT;
			text_sanitize(&c, p, n, false, false);
			tx_line(t, c.buf ? c.buf : "", c.len);
			sbuf_free(&c);
			p = nl ? nl + 1 : NULL;
		} while (p);
	}
	sbuf_free(&s);
}

/*
 * Text table: cells[r * ncol + c], row 0 the header; right[c] aligns right;
 * the last column is never padded. Cells are sanitized text already. When
 * the table is wider than t->cols, each row is written as a paragraph
 * instead: its name (column namecol), then "header: value" pairs.
 */
static void tx_table(struct tx *t, size_t indent, char **cells, size_t nrow, size_t ncol,
		     const bool *right, size_t namecol)
{
	size_t *w = xcalloc(ncol, sizeof(*w));
	size_t total = indent;
	for (size_t c = 0; c < ncol; c++) {
		for (size_t r = 0; r < nrow; r++) {
			size_t cw = text_width(cells[r * ncol + c], strlen(cells[r * ncol + c]));
			if (cw > w[c])
				w[c] = cw;
		}
		total += w[c] + (c + 1 < ncol ? 2 : 0);
	}
	if (t->cols && total > t->cols) {
		struct sbuf b = SBUF_INIT;
		for (size_t r = 1; r < nrow; r++) {
			tx_para(t, indent, "", cells[r * ncol + namecol]);
			sbuf_reset(&b);
			for (size_t c = 0; c < ncol; c++) {
				if (c == namecol)
					continue;
				sbuf_addf(&b, "%s%s: %s", b.len ? ", " : "", cells[c],
					  cells[r * ncol + c]);
			}
			tx_para(t, indent + 2, "", b.buf);
		}
		sbuf_free(&b);
		free(w);
		return;
	}
	for (size_t r = 0; r < nrow; r++) {
		for (size_t i = 0; i < indent; i++)
			sbuf_addc(t->out, ' ');
		for (size_t c = 0; c < ncol; c++) {
			const char *s = cells[r * ncol + c];
			size_t pad = w[c] - text_width(s, strlen(s));
			bool last = c + 1 == ncol;
			if (right[c])
				for (size_t i = 0; i < pad; i++)
					sbuf_addc(t->out, ' ');
			sbuf_adds(t->out, s);
			if (!right[c] && !last)
				for (size_t i = 0; i < pad; i++)
					sbuf_addc(t->out, ' ');
			if (!last)
				sbuf_adds(t->out, "  ");
		}
		while (t->out->len && t->out->buf[t->out->len - 1] == ' ')
			t->out->buf[--t->out->len] = '\0';
		sbuf_addc(t->out, '\n');
	}
	free(w);
}

enum { SUM_COLS = 8 };

/* One summary row: name, progress, 100, 70, 30, 0, not due, unrated. */
static void sum_row(char **row, const char *name, const struct progress *pr)
{
	struct sbuf b = SBUF_INIT;
	text_sanitize(&b, name, strlen(name), false, false);
	row[0] = sbuf_detach(&b);
	report_progress_label(&b, pr->tenths);
	row[1] = sbuf_detach(&b);
	unsigned v[6] = { pr->n100, pr->n70, pr->n30, pr->n0, pr->not_due, pr->unrated };
	for (int i = 0; i < 6; i++)
		row[2 + i] = xasprintf("%u", v[i]);
}

static void sum_header(char **row, const char *first, const struct report_words *w)
{
	const char *h[SUM_COLS] = { first, w->progress, "100", "70", "30", "0", w->not_due,
				    w->unrated };
	for (int i = 0; i < SUM_COLS; i++)
		row[i] = xstrdup(h[i]);
	/* Capitalise the column labels that are lower-case words in running text. */
	if (row[6][0] >= 'a' && row[6][0] <= 'z')
		row[6][0] = (char)(row[6][0] - 32);
	if (row[7][0] >= 'a' && row[7][0] <= 'z')
		row[7][0] = (char)(row[7][0] - 32);
}

static void tx_summary(struct tx *t, const struct plan *p, const struct report_opts *o,
		       const struct report_sum *s)
{
	const struct report_words *w = report_words(o->lang);
	static const bool right[SUM_COLS] = { false, true, true, true, true, true, true, true };
	size_t nrow = 2 + p->n_goal, r = 1;
	char **cells = xcalloc(nrow * SUM_COLS, sizeof(*cells));
	sum_header(cells, "", w);
	for (size_t g = 0; g < p->n_goal; g++) {
		if (!s->goal_shown[g])
			continue;
		char *name = xasprintf("%s %s", w->goal, p->goal[g].id);
		sum_row(cells + r++ * SUM_COLS, name, &s->goal[g]);
		free(name);
	}
	sum_row(cells + r++ * SUM_COLS, w->whole_plan, &s->plan);
	tx_table(t, 2, cells, r, SUM_COLS, right, 0);
	for (size_t i = 0; i < r * SUM_COLS; i++)
		free(cells[i]);
	free(cells);

	/* By unit: the name goes last, where its width disturbs nothing. */
	static const bool uright[SUM_COLS] = { true, true, true, true, true, true, true, false };
	sbuf_addf(t->out, "\n%s\n", w->by_unit);
	cells = xcalloc((s->n_unit + 1) * SUM_COLS, sizeof(*cells));
	char *hdr[SUM_COLS], *row[SUM_COLS];
	sum_header(hdr, w->unit, w);
	for (int c = 0; c < SUM_COLS; c++)
		cells[c] = hdr[(c + 1) % SUM_COLS];
	for (size_t k = 0; k < s->n_unit; k++) {
		sum_row(row, report_unit_name(s->unit[k], o->lang), &s->unit_pr[k]);
		for (int c = 0; c < SUM_COLS; c++)
			cells[(k + 1) * SUM_COLS + (size_t)c] = row[(c + 1) % SUM_COLS];
	}
	tx_table(t, 2, cells, s->n_unit + 1, SUM_COLS, uright, SUM_COLS - 1);
	for (size_t i = 0; i < (s->n_unit + 1) * SUM_COLS; i++)
		free(cells[i]);
	free(cells);
}

void report_text(struct sbuf *out, const struct plan *p, const struct report_opts *o)
{
	const struct report_words *w = report_words(o->lang);
	struct tx t = { .out = out, .cols = o->cols };
	struct sbuf b = SBUF_INIT;
	struct report_sum s;
	report_sum_build(&s, p, o);

	report_title(&b, p, o);
	tx_para(&t, 0, "", b.buf);
	tx_para(&t, 0, "", p->title);
	if (o->unit) {
		sbuf_reset(&b);
		sbuf_addf(&b, "%s: ", w->unit);
		tx_para(&t, 0, b.buf, report_unit_name(o->unit, o->lang));
	}
	if (!s.n_listed) {
		sbuf_addc(out, '\n');
		tx_para(&t, 0, "", w->nothing_listed);
	}
	for (size_t g = 0; g < p->n_goal; g++) {
		const struct goal *gl = &p->goal[g];
		bool head = false;
		for (size_t i = 0; i < gl->n_act; i++) {
			const struct activity *a = &gl->act[i];
			if (!report_unit_match(a, o->unit) || !report_lists(a, o->quarter))
				continue;
			if (!head) {
				sbuf_reset(&b);
				sbuf_addf(&b, "%s %s. ", w->goal, gl->id);
				sbuf_addc(out, '\n');
				tx_para(&t, 0, b.buf, gl->title);
				head = true;
			}
			sbuf_reset(&b);
			sbuf_addf(&b, "%s. ", a->id);
			tx_para(&t, 2, b.buf, a->title);
			const struct status *st = &a->st[o->quarter - 1];
			sbuf_reset(&b);
			report_rating_label(&b, st->rating, o->lang);
			if (!activity_scheduled_in(a, o->quarter)) {
				sbuf_addc(&b, ' ');
				report_not_scheduled(&b, o);
			}
			char *lab = xasprintf("%s: ", w->rating);
			tx_para(&t, 6, lab, b.buf);
			free(lab);
			if (*st->note) {
				lab = xasprintf("%s: ", w->note);
				tx_para(&t, 6, lab, st->note);
				free(lab);
			}
			if (!o->unit) {
				lab = xasprintf("%s: ", w->unit);
				tx_para(&t, 6, lab, report_unit_name(a->responsible, o->lang));
				free(lab);
			}
		}
	}
	sbuf_addf(out, "\n%s\n", w->summary);
	tx_summary(&t, p, o, &s);
	sbuf_free(&b);
	report_sum_free(&s);
}

void report_lines(const struct plan *p, const struct report_opts *o,
		  void (*line)(void *ctx, const char *s, size_t len), void *ctx)
{
	struct sbuf b = SBUF_INIT;
	report_text(&b, p, o);
	const char *s = b.buf ? b.buf : "";
	for (const char *nl; (nl = strchr(s, '\n')); s = nl + 1)
		line(ctx, s, (size_t)(nl - s));
	sbuf_free(&b);
}

void report_render(struct sbuf *out, const struct plan *p, const struct report_opts *o,
		   enum report_format f)
{
	switch (f) {
	case REPORT_MD: report_md(out, p, o); break;
	case REPORT_HTML: report_html(out, p, o); break;
	case REPORT_CSV: report_csv(out, p, o); break;
	default: report_text(out, p, o); break;
	}
}
