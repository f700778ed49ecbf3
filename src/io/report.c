/*
 * report.c — the quarterly report and the consolidated report (report.h):
 * which activities they list, their figures, and one walk that hands
 * columns, goal rows, activity rows and summaries to the table writer of
 * the chosen format (writer.h). Every word comes from the catalog
 * (msg_report.h).
 */
#include "tolov/io/report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/io/export.h"
#include "tolov/base/text.h"
#include "tolov/plan/rules.h"

static const char *const shorthand[] = { NULL, "text", "md", "html", "csv", "xlsx" };

int report_format_parse(const char *s)
{
	const struct tw_format *f = s ? tw_format_find(s, TW_FOR_REPORT) : NULL;
	if (!f)
		return -1;
	for (int i = REPORT_TEXT; i <= REPORT_XLSX; i++)
		if (strcmp(shorthand[i], f->name) == 0)
			return i;
	return -1;
}

void report_title(struct sbuf *out, const struct plan *p, const struct report_opts *o)
{
	const char *q = tw_quarter_name(o->quarter, o->lang);
	if (p->year)
		sbuf_addf(out, tr_in(o->lang, M_RPT_TITLE_YEAR), p->year, q);
	else
		sbuf_addf(out, tr_in(o->lang, M_RPT_TITLE), q);
}

/* ---- selection ---- */

bool report_lists(const struct activity *a, int q)
{
	return activity_listed_in(a, q);
}

bool report_overdue(const struct plan *p, const struct activity *a, int q)
{
	struct tv_date today;
	tv_today(&today);
	return activity_overdue(p, a, q, &today);
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

static const char *unit_name(const char *u, enum lang lang)
{
	size_t n;
	trim(u, &n);
	return n ? u : tr_in(lang, M_RPT_NO_UNIT);
}

/* ---- figures ---- */

/* What a summary row counts. */
struct fig {
	struct progress pr;
	unsigned due, overdue;
	long long budget;
};

static void fig_init(struct fig *f)
{
	memset(f, 0, sizeof(*f));
	f->pr = (struct progress)PROGRESS_INIT;
}

/* Count activity a into f: listed ones into progress and due/overdue,
 * every one (of the unit) into the budget. */
static void fig_add(struct fig *f, const struct plan *p, const struct activity *a, int q)
{
	if (a->budget.has_amount)
		f->budget += a->budget.amount;
	if (!report_lists(a, q))
		return;
	progress_add(&f->pr, a, q);
	f->due += activity_scheduled_in(a, q);
	f->overdue += report_overdue(p, a, q);
}

struct sums {
	struct fig plan;
	struct fig *goal;	/* n_goal: the goal and the goals beneath it */
	bool *goal_shown;	/* has an activity of the unit beneath it */
	bool *goal_listed;	/* lists an activity beneath it */
	const char **unit;	/* grouped units with activities of the selection */
	struct fig *unit_fig;
	size_t n_unit, n_listed;
};

static void sums_build(struct sums *s, const struct plan *p, const struct report_opts *o)
{
	memset(s, 0, sizeof(*s));
	fig_init(&s->plan);
	s->goal = xcalloc(p->n_goal + 1, sizeof(*s->goal));
	s->goal_shown = xcalloc(p->n_goal + 1, sizeof(*s->goal_shown));
	s->goal_listed = xcalloc(p->n_goal + 1, sizeof(*s->goal_listed));
	const char **all;
	size_t n_all = report_units(p, &all);
	s->unit = xcalloc(n_all + 1, sizeof(*s->unit));
	s->unit_fig = xcalloc(n_all + 1, sizeof(*s->unit_fig));
	bool *used = xcalloc(n_all + 1, sizeof(*used));
	for (size_t k = 0; k < n_all; k++)
		fig_init(&s->unit_fig[k]);
	for (size_t g = 0; g < p->n_goal; g++)
		fig_init(&s->goal[g]);
	for (size_t g = 0; g < p->n_goal; g++) {
		for (size_t i = 0; i < p->goal[g].n_act; i++) {
			const struct activity *a = &p->goal[g].act[i];
			if (!report_unit_match(a, o->unit))
				continue;
			bool listed = report_lists(a, o->quarter);
			/* the goal itself and every goal it is nested in */
			for (size_t k = 0; k <= g; k++) {
				if (k + p->goal[k].n_desc < g)
					continue;
				s->goal_shown[k] = true;
				s->goal_listed[k] |= listed;
				fig_add(&s->goal[k], p, a, o->quarter);
			}
			fig_add(&s->plan, p, a, o->quarter);
			size_t k = 0;
			while (k < n_all && !unit_eq(all[k], a->responsible))
				k++;
			used[k] = true;
			fig_add(&s->unit_fig[k], p, a, o->quarter);
			s->n_listed += listed;
		}
	}
	/* Keep the units that have activities in the selection, in order. */
	for (size_t k = 0; k < n_all; k++) {
		if (!used[k])
			continue;
		s->unit[s->n_unit] = all[k];
		s->unit_fig[s->n_unit++] = s->unit_fig[k];
	}
	free(used);
	free(all);
}

static void sums_free(struct sums *s)
{
	free(s->goal);
	free(s->goal_shown);
	free(s->goal_listed);
	free(s->unit);
	free(s->unit_fig);
	memset(s, 0, sizeof(*s));
}

/* ---- the summary tables ---- */

enum { S_PROGRESS, S_100, S_70, S_30, S_0, S_NOT_DUE, S_UNRATED, N_S };
enum { B_DUE, B_OVERDUE, B_BUDGET, N_B };

static void progress_cols(struct tw_col *c, enum lang lang)
{
	static const char *const num[4] = { "100", "70", "30", "0" };
	c[S_PROGRESS] = (struct tw_col){ .head = tr_in(lang, M_RPT_PROGRESS), .type = TW_PROGRESS };
	for (int i = 0; i < 4; i++)
		c[S_100 + i] = (struct tw_col){ .head = num[i], .type = TW_COUNT };
	c[S_NOT_DUE] = (struct tw_col){ .head = tr_in(lang, M_HEAD_NOT_DUE), .type = TW_COUNT };
	c[S_UNRATED] = (struct tw_col){ .head = tr_in(lang, M_HEAD_UNRATED), .type = TW_COUNT };
}

static void progress_cells(struct tw_cell *c, const struct progress *pr)
{
	c[S_PROGRESS] = (struct tw_cell){ .num = pr->tenths, .none = pr->tenths < 0 };
	unsigned v[6] = { pr->n100, pr->n70, pr->n30, pr->n0, pr->not_due, pr->unrated };
	for (int i = 0; i < 6; i++)
		c[S_100 + i] = (struct tw_cell){ .num = v[i] };
}

static void budget_cols(struct tw_col *c, enum lang lang, const char *head)
{
	c[B_DUE] = (struct tw_col){ .head = tr_in(lang, M_RPT_DUE), .type = TW_COUNT };
	c[B_OVERDUE] = (struct tw_col){ .head = tr_in(lang, M_RPT_OVERDUE), .type = TW_COUNT };
	c[B_BUDGET] = (struct tw_col){ .head = head, .type = TW_AMOUNT };
}

static void budget_cells(struct tw_cell *c, const struct fig *f)
{
	c[B_DUE] = (struct tw_cell){ .num = f->due };
	c[B_OVERDUE] = (struct tw_cell){ .num = f->overdue };
	c[B_BUDGET] = (struct tw_cell){ .num = f->budget };
}

static void summaries(struct tw *w, const struct plan *p, const struct report_opts *o,
		      const struct sums *s)
{
	enum lang lang = o->lang;
	size_t n = 0, cap = p->n_goal + s->n_unit + 1;
	const char **name = xcalloc(cap, sizeof(*name));
	char **owned = xcalloc(cap, sizeof(*owned));
	unsigned *depth = xcalloc(cap, sizeof(*depth));
	struct tw_cell *pc = xcalloc(cap * N_S, sizeof(*pc));
	struct tw_cell *bc = xcalloc(cap * N_B, sizeof(*bc));
	struct tw_col pcol[N_S], bcol[N_B];
	progress_cols(pcol, lang);
	/* "Budget (MNT)": the plan's currency with the amounts */
	struct sbuf bhead = SBUF_INIT;
	if (p->currency && *p->currency)
		sbuf_addf(&bhead, tr_in(lang, M_RPT_BUDGET_CUR), p->currency);
	else
		sbuf_adds(&bhead, tr_in(lang, M_COL_BUDGET));
	budget_cols(bcol, lang, bhead.buf);
	for (size_t g = 0; g < p->n_goal; g++) {
		if (!s->goal_shown[g])
			continue;
		owned[n] = xasprintf("%s %s", tr_in(lang, M_COL_GOAL), p->goal[g].id);
		name[n] = owned[n];
		depth[n] = p->goal[g].depth;
		progress_cells(&pc[n * N_S], &s->goal[g].pr);
		budget_cells(&bc[n * N_B], &s->goal[g]);
		n++;
	}
	name[n] = tr_in(lang, M_RPT_WHOLE_PLAN);
	progress_cells(&pc[n * N_S], &s->plan.pr);
	budget_cells(&bc[n * N_B], &s->plan);
	n++;
	struct tw_sum sum = { tr_in(lang, M_RPT_SUMMARY), "", pcol, N_S, name, depth, pc, n, false, false };
	tw_summary(w, &sum);
	struct tw_sum bud = { tr_in(lang, M_RPT_BUDGETS), "", bcol, N_B, name, depth, bc, n, false, false };
	tw_summary(w, &bud);

	for (size_t k = 0; k < s->n_unit; k++) {
		name[k] = unit_name(s->unit[k], lang);
		depth[k] = 0;
		progress_cells(&pc[k * N_S], &s->unit_fig[k].pr);
	}
	struct tw_sum units = { tr_in(lang, M_RPT_BY_UNIT), tr_in(lang, M_COL_RESPONSIBLE), pcol, N_S,
				name, NULL, pc, s->n_unit, true, false };
	tw_summary(w, &units);
	for (size_t i = 0; i < cap; i++)
		free(owned[i]);
	free(owned);
	free(name);
	free(depth);
	free(pc);
	free(bc);
	sbuf_free(&bhead);
}

/* ---- the activity table ---- */

enum {
	A_ID, A_ACT, A_IND, A_BASE, A_TARGET, A_ACTUAL, A_RATING, A_QRATING, A_NOTE, A_QNOTE,
	A_SCHED, A_OVERDUE, A_BUDGET, A_AMOUNT, A_UNIT, N_A
};

struct acols {
	struct tw_col col[N_A];
	char *qrating, *qnote, *actual;
	size_t n;		/* N_A, or N_A - 1 without the unit column */
};

static void act_cols(struct acols *c, const struct report_opts *o)
{
	enum lang l = o->lang;
	c->qrating = xasprintf(tr_in(l, M_COL_Q_RATING), o->quarter);
	c->qnote = xasprintf(tr_in(l, M_COL_Q_NOTE), o->quarter);
	char *qcol = xasprintf(tr_in(l, M_COL_Q), o->quarter);
	c->actual = xasprintf("%s (%s)", tr_in(l, M_COL_ACTUAL), qcol);
	free(qcol);
	/* HTML widths in percent; they add up to 100 with the unit column. */
	c->col[A_ID] = (struct tw_col){ .head = tr_in(l, M_COL_ID), .flags = TW_LEAD };
	c->col[A_ACT] = (struct tw_col){ .head = tr_in(l, M_COL_ACTIVITY), .width = 20,
					 .flags = TW_WIDE };
	c->col[A_IND] = (struct tw_col){ .head = tr_in(l, M_COL_INDICATOR), .width = 12,
					 .flags = TW_WIDE };
	c->col[A_BASE] = (struct tw_col){ .head = tr_in(l, M_COL_BASELINE), .width = 8,
					  .flags = TW_DASH };
	c->col[A_TARGET] = (struct tw_col){ .head = tr_in(l, M_COL_TARGET), .width = 8,
					    .flags = TW_DASH };
	c->col[A_ACTUAL] = (struct tw_col){ .head = c->actual, .width = 11,
					    .flags = TW_WIDE | TW_DASH };
	c->col[A_RATING] = (struct tw_col){ .head = tr_in(l, M_SK_RATING), .type = TW_RATING,
					    .width = 8, .flags = TW_PEOPLE | TW_SHEET };
	c->col[A_QRATING] = (struct tw_col){ .head = c->qrating, .type = TW_RATING,
					     .flags = TW_CSV };
	c->col[A_NOTE] = (struct tw_col){ .head = tr_in(l, M_SK_NOTE), .width = 15,
					  .flags = TW_PEOPLE | TW_SHEET | TW_WIDE };
	c->col[A_QNOTE] = (struct tw_col){ .head = c->qnote, .flags = TW_CSV };
	c->col[A_SCHED] = (struct tw_col){ .head = tr_in(l, M_RPT_SCHEDULED), .flags = TW_CSV };
	c->col[A_OVERDUE] = (struct tw_col){ .head = tr_in(l, M_RPT_OVERDUE), .flags = TW_CSV };
	c->col[A_BUDGET] = (struct tw_col){ .head = tr_in(l, M_COL_BUDGET), .width = 9,
					    .flags = TW_PEOPLE };
	c->col[A_AMOUNT] = (struct tw_col){ .head = tr_in(l, M_COL_BUDGET), .type = TW_AMOUNT,
					    .flags = TW_CSV | TW_SHEET | TW_TOTAL };
	c->col[A_UNIT] = (struct tw_col){ .head = tr_in(l, M_COL_RESPONSIBLE), .width = 9 };
	c->n = o->unit ? N_A - 1 : N_A;
}

static void act_cols_free(struct acols *c)
{
	free(c->qrating);
	free(c->qnote);
	free(c->actual);
}

static void act_row(struct tw *w, const struct plan *p, const struct activity *a,
		    const struct report_opts *o)
{
	enum lang l = o->lang;
	int q = o->quarter;
	struct sbuf s[N_A], aside = SBUF_INIT;
	struct tw_cell cell[N_A];
	memset(cell, 0, sizeof(cell));
	for (int i = 0; i < N_A; i++)
		s[i] = (struct sbuf)SBUF_INIT;
	const struct status *st = &a->st[q - 1];
	bool sched = activity_scheduled_in(a, q);
	bool late = report_overdue(p, a, q);
	sbuf_adds(&s[A_ID], a->id);
	sbuf_adds(&s[A_ACT], a->title);
	export_indicator_cell(&s[A_IND], a, EXPORT_IND_NAME, 0);
	export_indicator_cell(&s[A_BASE], a, EXPORT_IND_BASELINE, 0);
	export_indicator_cell(&s[A_TARGET], a, EXPORT_IND_TARGET, 0);
	/* an actual only when some indicator has one (else "-" for people) */
	for (size_t i = 0; i < a->n_ind; i++)
		if (a->ind[i].actual[q - 1] && *a->ind[i].actual[q - 1]) {
			export_indicator_cell(&s[A_ACTUAL], a, EXPORT_IND_ACTUAL, q);
			break;
		}
	sbuf_adds(&s[A_NOTE], st->note);
	sbuf_adds(&s[A_QNOTE], st->note);
	sbuf_adds(&s[A_SCHED], tr_in(l, sched ? M_RPT_YES : M_RPT_NO));
	sbuf_adds(&s[A_OVERDUE], tr_in(l, late ? M_RPT_YES : M_RPT_NO));
	if (a->budget.has_amount && p->currency && *p->currency) {
		/* "1,500,000 MNT (Local budget)" */
		fmt_amount(&s[A_BUDGET], a->budget.amount);
		sbuf_addf(&s[A_BUDGET], " %s", p->currency);
		if (a->budget.source && *a->budget.source)
			sbuf_addf(&s[A_BUDGET], " (%s)", a->budget.source);
	} else {
		export_budget_cell(&s[A_BUDGET], a);
	}
	sbuf_adds(&s[A_UNIT], unit_name(a->responsible, l));
	for (int i = 0; i < N_A; i++)
		cell[i].text = s[i].buf ? s[i].buf : "";
	cell[A_RATING].num = cell[A_QRATING].num = st->rating;
	if (!sched) {
		sbuf_addf(&aside, tr_in(l, M_RPT_NOT_SCHEDULED), tw_quarter_name(q, l));
		cell[A_RATING].aside = aside.buf;
	} else if (late) {
		cell[A_RATING].aside = tr_in(l, M_RPT_OVERDUE_MARK);
	}
	cell[A_AMOUNT].num = a->budget.amount;
	cell[A_AMOUNT].none = !a->budget.has_amount;
	tw_row(w, cell);
	for (int i = 0; i < N_A; i++)
		sbuf_free(&s[i]);
	sbuf_free(&aside);
}

int report_write(struct sbuf *out, const struct plan *p, const struct report_opts *o,
		 const struct tw_format *f, struct tv_err *err)
{
	enum lang l = o->lang;
	struct sums s;
	struct acols c;
	struct sbuf title = SBUF_INIT;
	struct tw_meta meta[3];
	size_t n_meta = 0;
	sums_build(&s, p, o);
	act_cols(&c, o);
	report_title(&title, p, o);
	meta[n_meta++] = (struct tw_meta){ "", p->title };
	if (*p->organisation)
		meta[n_meta++] = (struct tw_meta){ tr_in(l, M_RPT_ORG_LABEL), p->organisation };
	if (o->unit)
		meta[n_meta++] = (struct tw_meta){ tr_in(l, M_RPT_UNIT_LABEL),
						   unit_name(o->unit, l) };
	struct tw_doc d = {
		.lang = l, .title = title.buf, .meta = meta, .n_meta = n_meta, .col = c.col,
		.n_col = c.n, .empty = s.n_listed ? NULL : tr_in(l, M_RPT_NOTHING),
		.rating = TW_RATING_LABEL, .sheet = tr_in(l, M_SHEET_REPORT),
	};
	struct tw w;
	tw_init(&w, f, out, &d, o->cols);
	tw_begin(&w);
	const char *section = "";
	for (size_t g = 0; g < p->n_goal; g++) {
		const struct goal *gl = &p->goal[g];
		if (!s.goal_listed[g])
			continue;
		const char *sec = gl->section && *gl->section && strcmp(gl->section, section) != 0
					  ? gl->section
					  : NULL;
		if (sec)
			section = sec;
		struct tw_goal tg = { gl->id, gl->title, sec, gl->depth, s.goal[g].budget, true };
		tw_goal(&w, &tg);
		for (size_t i = 0; i < gl->n_act; i++) {
			const struct activity *a = &gl->act[i];
			if (report_unit_match(a, o->unit) && report_lists(a, o->quarter))
				act_row(&w, p, a, o);
		}
	}
	summaries(&w, p, o, &s);
	int rc = tw_end(&w, err);
	act_cols_free(&c);
	sums_free(&s);
	sbuf_free(&title);
	return rc;
}

void report_render(struct sbuf *out, const struct plan *p, const struct report_opts *o,
		   enum report_format f)
{
	struct tv_err err = TV_ERR_INIT;
	const struct tw_format *fmt = (int)f >= REPORT_TEXT && f <= REPORT_XLSX
					      ? tw_format_find(shorthand[f], TW_FOR_REPORT)
					      : NULL;
	if (!fmt)
		fmt = tw_format_find(NULL, TW_FOR_REPORT);	/* the default: text */
	report_write(out, p, o, fmt, &err);
	tv_err_clear(&err);
}

void report_text(struct sbuf *out, const struct plan *p, const struct report_opts *o)
{
	report_render(out, p, o, REPORT_TEXT);
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

/* ---- the consolidated report ---- */

static const char *organisation(const struct plan *p)
{
	return p->organisation ? p->organisation : "";
}

enum { K_ORG, K_FILE, K_DUE, K_100, K_70, K_30, K_0, K_NOT_DUE, K_UNRATED, K_PROGRESS,
       K_OVERDUE, N_K };

static void many_cells(struct tw_cell *c, const struct fig *f, const char *org, const char *file)
{
	const struct progress *pr = &f->pr;
	c[K_ORG] = (struct tw_cell){ .text = org };
	c[K_FILE] = (struct tw_cell){ .text = file };
	c[K_DUE] = (struct tw_cell){ .num = f->due };
	unsigned v[6] = { pr->n100, pr->n70, pr->n30, pr->n0, pr->not_due, pr->unrated };
	for (int i = 0; i < 6; i++)
		c[K_100 + i] = (struct tw_cell){ .num = v[i] };
	c[K_PROGRESS] = (struct tw_cell){ .num = pr->tenths, .none = pr->tenths < 0 };
	c[K_OVERDUE] = (struct tw_cell){ .num = f->overdue };
}

int report_many(struct sbuf *out, const struct plan *const *plan, const char *const *file,
		size_t n, const struct report_opts *o, const struct tw_format *f,
		struct tv_err *err)
{
	return report_many_unread(out, plan, file, NULL, n, o, f, err);
}

int report_many_unread(struct sbuf *out, const struct plan *const *plan,
		       const char *const *file, const char *const *unread, size_t n,
		       const struct report_opts *o, const struct tw_format *f, struct tv_err *err)
{
	enum lang l = o->lang;
	static const char *const num[4] = { "100", "70", "30", "0" };
	struct tw_col col[N_K] = {
		[K_ORG] = { .head = tr_in(l, M_CONS_ORG), .flags = TW_WIDE },
		[K_FILE] = { .head = tr_in(l, M_CONS_FILE) },	/* every format: a reviewer finds the plan by it */
		[K_DUE] = { .head = tr_in(l, M_RPT_DUE), .type = TW_COUNT },
		[K_NOT_DUE] = { .head = tr_in(l, M_HEAD_NOT_DUE), .type = TW_COUNT },
		[K_UNRATED] = { .head = tr_in(l, M_HEAD_UNRATED), .type = TW_COUNT },
		[K_PROGRESS] = { .head = tr_in(l, M_RPT_PROGRESS), .type = TW_PROGRESS },
		[K_OVERDUE] = { .head = tr_in(l, M_RPT_OVERDUE), .type = TW_COUNT },
	};
	for (int i = 0; i < 4; i++)
		col[K_100 + i] = (struct tw_col){ .head = num[i], .type = TW_COUNT };
	bool any_org = false;
	int year = 0;
	size_t n_unread = 0;
	for (size_t i = 0; i < n; i++) {
		if (!plan[i]) {
			n_unread++;
			continue;
		}
		any_org |= *organisation(plan[i]) != '\0';
		if (!year && i == n_unread)
			year = plan[i]->year;
		else if (plan[i]->year != year)
			year = -1;
	}
	if (year < 0)
		year = 0;
	if (!any_org)
		col[K_ORG].flags |= TW_CSV;	/* an empty column only where columns are fixed */

	const char **name = xcalloc(n + 1, sizeof(*name));
	struct tw_cell *cell = xcalloc((n + 1) * N_K, sizeof(*cell));
	struct fig total;
	fig_init(&total);
	for (size_t i = 0; i < n; i++) {
		const struct plan *p = plan[i];
		if (!p) {
			struct tw_cell *c = &cell[i * N_K];
			name[i] = unread && unread[i] ? unread[i] : tr_in(l, M_CONS_UNREAD);
			for (int k = 0; k < N_K; k++)
				c[k] = (struct tw_cell){ .none = true };
			c[K_ORG].text = "";
			c[K_FILE].text = file[i];
			continue;
		}
		struct fig fg;
		fig_init(&fg);
		for (size_t g = 0; g < p->n_goal; g++)
			for (size_t k = 0; k < p->goal[g].n_act; k++) {
				const struct activity *a = &p->goal[g].act[k];
				if (!report_unit_match(a, o->unit))
					continue;
				fig_add(&fg, p, a, o->quarter);
				fig_add(&total, p, a, o->quarter);
			}
		name[i] = *p->title ? p->title : file[i];
		many_cells(&cell[i * N_K], &fg, organisation(p), file[i]);
	}
	name[n] = tr_in(l, M_CONS_TOTAL);
	many_cells(&cell[n * N_K], &total, "", "");

	struct sbuf title = SBUF_INIT, count = SBUF_INIT;
	const char *qn = tw_quarter_name(o->quarter, l);
	if (year)
		sbuf_addf(&title, tr_in(l, M_CONS_TITLE_YEAR), year, qn);
	else
		sbuf_addf(&title, tr_in(l, M_CONS_TITLE), qn);
	if (n_unread)
		sbuf_addf(&count, tr_in(l, M_CONS_PLANS_UNREAD), n, n_unread);
	else
		sbuf_addf(&count, tr_in(l, M_CONS_PLANS), n);
	struct tw_meta meta[2] = { { "", count.buf } };
	size_t n_meta = 1;
	if (o->unit)
		meta[n_meta++] = (struct tw_meta){ tr_in(l, M_RPT_UNIT_LABEL), unit_name(o->unit, l) };
	struct tw_doc d = { .lang = l, .title = title.buf, .meta = meta, .n_meta = n_meta,
			    .rating = TW_RATING_LABEL, .sheet = tr_in(l, M_SHEET_SUMMARY) };
	struct tw_sum sum = { tr_in(l, M_CONS_PLAN), tr_in(l, M_CONS_PLAN), col, N_K, name, NULL,
			      cell, n + 1, true, true };
	struct tw w;
	/* text fits 80 columns unless told otherwise: a row wider than that
	 * becomes the plan's name, then its figures as "header: value" lines */
	tw_init(&w, f, out, &d, o->cols ? o->cols : 80);
	tw_begin(&w);
	tw_summary(&w, &sum);
	int rc = tw_end(&w, err);
	sbuf_free(&title);
	sbuf_free(&count);
	free(name);
	free(cell);
	return rc;
}
