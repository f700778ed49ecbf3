/*
 * export.c — the plan table (export.h) as one walk over the plan: its
 * columns, one goal row per goal and one row of cells per activity, handed
 * to the table writer of the chosen format (writer.h). JSON, a data
 * format, is written by export_json.c instead.
 */
#include "tolov/io/export.h"

#include <stdlib.h>
#include <string.h>

#include "tolov/plan/rules.h"
#include "tolov/plan/schema.h"

int export_format_parse(const char *s)
{
	static const char *const names[] = { NULL, "json", "csv", "md", "html", "xlsx" };
	const struct tw_format *f = s ? tw_format_find(s, TW_FOR_EXPORT) : NULL;
	if (!f)
		return -1;
	for (int i = EXPORT_JSON; i <= EXPORT_XLSX; i++)
		if (strcmp(names[i], f->name) == 0)
			return i;
	return -1;
}

int export_plan(struct sbuf *out, const struct plan *p, enum export_format f, enum lang lang,
		struct tv_err *err)
{
	static const char *const names[] = { NULL, "json", "csv", "md", "html", "xlsx" };
	const struct tw_format *fmt = (int)f >= EXPORT_JSON && f <= EXPORT_XLSX
					      ? tw_format_find(names[f], TW_FOR_EXPORT)
					      : NULL;
	if (!fmt) {
		tv_err_at(err, NULL, 0, 0, M_EXP_E_FORMAT, TV_NOARGS);
		return -1;
	}
	return export_plan_as(out, p, fmt, lang, err);
}

void export_budget_cell(struct sbuf *out, const struct activity *a)
{
	const struct budget *b = &a->budget;
	if (!b->present)
		return;
	if (b->has_amount) {
		fmt_amount(out, b->amount);
		if (b->source && *b->source)
			sbuf_addf(out, " (%s)", b->source);
	} else if (b->text && *b->text) {
		sbuf_adds(out, b->text);
	} else if (b->source && *b->source) {
		sbuf_adds(out, b->source);
	}
}

/* The budget's words beside its number: "2,0 сая (Орон нутгийн төсөв)". */
static void budget_note(struct sbuf *out, const struct activity *a)
{
	const struct budget *b = &a->budget;
	bool text = b->text && *b->text, source = b->source && *b->source;
	if (text)
		sbuf_adds(out, b->text);
	if (source)
		sbuf_addf(out, text ? " (%s)" : "%s", b->source);
}

void export_schedule_cell(struct sbuf *out, const struct activity *a)
{
	if (a->schedule && *a->schedule) {
		sbuf_adds(out, a->schedule);
		return;
	}
	const char *sep = "";
	for (int q = 1; q <= NQ; q++) {
		if (activity_scheduled_in(a, q)) {
			sbuf_addf(out, "%sQ%d", sep, q);
			sep = ", ";
		}
	}
}

void export_quarters_cell(struct sbuf *out, const struct activity *a)
{
	const char *sep = "";
	for (int q = 1; q <= NQ; q++) {
		if (activity_scheduled_in(a, q)) {
			sbuf_addf(out, "%s%d", sep, q);
			sep = ", ";
		}
	}
}

/* The lines of one field of n indicators (see export_indicator_cell). */
static void indicator_lines(struct sbuf *out, const struct indicator *ind, size_t n, int field,
			    int q)
{
	for (size_t i = 0; i < n; i++) {
		const struct indicator *in = &ind[i];
		const char *s = field == EXPORT_IND_NAME       ? in->name
				: field == EXPORT_IND_BASELINE ? in->baseline
				: field == EXPORT_IND_TARGET   ? in->target
							       : in->actual[q - 1];
		if (i)
			sbuf_addc(out, '\n');
		if (n > 1)
			sbuf_addf(out, "%zu) ", i + 1);
		sbuf_adds(out, s ? s : "");
		/* the unit of measure after the indicator's name */
		if (field == EXPORT_IND_NAME && in->unit && *in->unit)
			sbuf_addf(out, " (%s)", in->unit);
	}
}

void export_indicator_cell(struct sbuf *out, const struct activity *a, int field, int q)
{
	indicator_lines(out, a->ind, a->n_ind, field, q);
}

/* The columns, in order; the quarter columns are filled in by columns(),
 * and after C_QUARTERS come the plan's extra columns. */
enum col {
	C_ID, C_ACT, C_IND, C_BASE, C_TARGET, C_BUDGET, C_BUDGET_CSV, C_AMOUNT_SHEET, C_BUDGET_NOTE,
	C_SCHED,
	C_QUARTERS_SHEET, C_UNIT, C_Q, C_AMOUNT = C_Q + 2 * NQ, C_QUARTERS, NCOL
};

struct cols {
	struct tw_col *col;	/* NCOL + n_extra */
	size_t n;
	const char **extra;	/* the activities' extra keys, in order of first use */
	size_t n_extra;
	char *head[2 * NQ], *group[NQ];
};

/* The distinct extra keys of the plan's activities, in order of first use. */
static void extra_keys(struct cols *c, const struct plan *p)
{
	size_t cap = 0;
	for (size_t g = 0; g < p->n_goal; g++)
		for (size_t i = 0; i < p->goal[g].n_act; i++) {
			const struct extra *x = &p->goal[g].act[i].extra;
			for (size_t k = 0; k < x->n; k++) {
				size_t j = 0;
				while (j < c->n_extra && strcmp(c->extra[j], x->pair[k].key) != 0)
					j++;
				if (j < c->n_extra)
					continue;
				if (c->n_extra == cap) {
					cap = cap ? 2 * cap : 8;
					c->extra = xrealloc(c->extra, cap * sizeof(*c->extra));
				}
				c->extra[c->n_extra++] = x->pair[k].key;
			}
		}
}

static void columns(struct cols *c, const struct plan *p, enum lang lang)
{
	/* HTML widths in percent: 60 for the seven columns, 10 per quarter. */
	/* The seven columns of the printed plans are named by the schema's
	 * export column of their field (sk); the others by msg_report.h. */
	static const struct {
		int sk;		/* enum sk, or -1 */
		enum msg head;	/* when sk is -1 */
		enum tw_type type;
		unsigned width, flags;
	} fixed[C_Q] = {
		[C_ID] = { -1, M_COL_ID, TW_TEXT, 0, TW_LEAD },
		[C_ACT] = { SK_ACT_TITLE, 0, TW_TEXT, 16, TW_WIDE },
		[C_IND] = { SK_IND_NAME, 0, TW_TEXT, 9, TW_WIDE },
		[C_BASE] = { SK_BASELINE, 0, TW_TEXT, 7, 0 },
		[C_TARGET] = { SK_TARGET, 0, TW_TEXT, 8, 0 },
		[C_BUDGET] = { SK_BUDGET, 0, TW_TEXT, 7, TW_PEOPLE },
		/* CSV: the plan's wording (budget.text and source); the amount
		 * has its own numeric column (C_AMOUNT) */
		[C_BUDGET_CSV] = { SK_BUDGET, 0, TW_TEXT, 0, TW_CSV },
		[C_AMOUNT_SHEET] = { SK_BUDGET, 0, TW_AMOUNT, 0, TW_SHEET | TW_TOTAL },
		[C_BUDGET_NOTE] = { -1, M_COL_BUDGET_NOTE, TW_TEXT, 0, TW_SHEET },
		[C_SCHED] = { SK_SCHEDULE, 0, TW_TEXT, 6, 0 },
		[C_QUARTERS_SHEET] = { -1, M_COL_QUARTERS, TW_TEXT, 0, TW_SHEET },
		[C_UNIT] = { SK_ACT_RESP, 0, TW_TEXT, 7, 0 },
	};
	memset(c, 0, sizeof(*c));
	extra_keys(c, p);
	c->n = NCOL + c->n_extra;
	c->col = xcalloc(c->n, sizeof(*c->col));
	for (int i = 0; i < C_Q; i++) {
		enum msg m = fixed[i].sk >= 0
				     ? (enum msg)schema_key((enum sk)fixed[i].sk)->column
				     : fixed[i].head;
		c->col[i] = (struct tw_col){ tr_in(lang, m), NULL, NULL, fixed[i].type,
					     fixed[i].width, fixed[i].flags };
	}
	for (int q = 1; q <= NQ; q++) {
		struct tw_col *r = &c->col[C_Q + 2 * (q - 1)], *n = r + 1;
		c->group[q - 1] = xasprintf(tr_in(lang, M_COL_Q), q);
		c->head[2 * (q - 1)] = xasprintf(tr_in(lang, M_COL_Q_RATING), q);
		c->head[2 * (q - 1) + 1] = xasprintf(tr_in(lang, M_COL_Q_NOTE), q);
		*r = (struct tw_col){ c->head[2 * (q - 1)], c->group[q - 1],
				      tr_in(lang, M_SK_RATING), TW_RATING, 4, 0 };
		*n = (struct tw_col){ c->head[2 * (q - 1) + 1], c->group[q - 1],
				      tr_in(lang, M_SK_NOTE), TW_TEXT, 6, 0 };
	}
	c->col[C_AMOUNT] = (struct tw_col){ tr_in(lang, M_COL_AMOUNT), NULL, NULL, TW_AMOUNT, 0,
					    TW_CSV };
	c->col[C_QUARTERS] = (struct tw_col){ tr_in(lang, M_COL_QUARTERS), NULL, NULL, TW_TEXT, 0,
					      TW_CSV };
	/* Further columns of the source table: for spreadsheets. */
	for (size_t k = 0; k < c->n_extra; k++)
		c->col[NCOL + k] = (struct tw_col){ c->extra[k], NULL, NULL, TW_TEXT, 0,
						    TW_CSV | TW_SHEET };
}

static void columns_free(struct cols *c)
{
	for (int i = 0; i < 2 * NQ; i++)
		free(c->head[i]);
	for (int i = 0; i < NQ; i++)
		free(c->group[i]);
	free(c->col);
	free(c->extra);
}

/* One row: an activity's (a), or the goal's own indicators and unit (g). */
static void table_row(struct tw *w, const struct cols *c, const struct activity *a,
		      const struct goal *g)
{
	struct sbuf *s = xcalloc(c->n, sizeof(*s));
	struct tw_cell *cell = xcalloc(c->n, sizeof(*cell));
	const struct indicator *ind = a ? a->ind : g->ind;
	size_t n_ind = a ? a->n_ind : g->n_ind;
	indicator_lines(&s[C_IND], ind, n_ind, EXPORT_IND_NAME, 0);
	indicator_lines(&s[C_BASE], ind, n_ind, EXPORT_IND_BASELINE, 0);
	indicator_lines(&s[C_TARGET], ind, n_ind, EXPORT_IND_TARGET, 0);
	sbuf_adds(&s[C_UNIT], a ? a->responsible : g->responsible);
	for (int q = 0; q < NQ; q++)
		cell[C_Q + 2 * q].num = a ? a->st[q].rating : RATING_NONE;
	cell[C_AMOUNT].none = cell[C_AMOUNT_SHEET].none = true;
	if (a) {
		sbuf_adds(&s[C_ID], a->id);
		sbuf_adds(&s[C_ACT], a->title);
		export_budget_cell(&s[C_BUDGET], a);
		budget_note(&s[C_BUDGET_NOTE], a);
		budget_note(&s[C_BUDGET_CSV], a);
		export_schedule_cell(&s[C_SCHED], a);
		export_quarters_cell(&s[C_QUARTERS_SHEET], a);
		export_quarters_cell(&s[C_QUARTERS], a);
		for (int q = 0; q < NQ; q++)
			sbuf_adds(&s[C_Q + 2 * q + 1], a->st[q].note);
		for (size_t k = 0; k < c->n_extra; k++)
		{
			const char *v = extra_get(&a->extra, c->extra[k]);
			sbuf_adds(&s[NCOL + k], v ? v : "");
		}
		cell[C_AMOUNT].num = cell[C_AMOUNT_SHEET].num = a->budget.amount;
		cell[C_AMOUNT].none = cell[C_AMOUNT_SHEET].none = !a->budget.has_amount;
	}
	for (size_t i = 0; i < c->n; i++)
		cell[i].text = s[i].buf ? s[i].buf : "";
	tw_row(w, cell);
	for (size_t i = 0; i < c->n; i++)
		sbuf_free(&s[i]);
	free(s);
	free(cell);
}

int export_plan_as(struct sbuf *out, const struct plan *p, const struct tw_format *f,
		   enum lang lang, struct tv_err *err)
{
	if (f->data)
		return f->data(out, p, err);
	struct cols c;
	struct sbuf meta = SBUF_INIT, amount = SBUF_INIT;
	columns(&c, p, lang);
	if (p->year)
		sbuf_addf(&meta, tr_in(lang, M_EXP_YEAR), p->year);
	fmt_amount(&amount, budget_of_plan(p));
	sbuf_addf(&meta, tr_in(lang, M_EXP_BUDGET), amount.buf, p->currency);
	struct tw_meta m[2];
	size_t n_meta = 0;
	if (p->organisation && *p->organisation)
		m[n_meta++] = (struct tw_meta){ tr_in(lang, M_RPT_ORG_LABEL), p->organisation };
	m[n_meta++] = (struct tw_meta){ "", meta.buf };
	struct tw_doc d = {
		.lang = lang, .title = p->title, .meta = m, .n_meta = n_meta, .col = c.col,
		.n_col = c.n, .rating = TW_RATING_SHORT, .sheet = tr_in(lang, M_SHEET_PLAN),
	};
	struct tw w;
	tw_init(&w, f, out, &d, 0);
	tw_begin(&w);
	const char *section = "";
	for (size_t g = 0; g < p->n_goal; g++) {
		const struct goal *gl = &p->goal[g];
		const char *sec = gl->section && *gl->section && strcmp(gl->section, section) != 0
					  ? gl->section
					  : NULL;
		if (sec)
			section = sec;
		struct tw_goal tg = { gl->id, gl->title, sec, gl->depth, budget_of_goal(gl), true };
		tw_goal(&w, &tg);
		/* a goal's own indicators (and unit), as the printed tables have them */
		if (gl->n_ind || (gl->responsible && *gl->responsible))
			table_row(&w, &c, NULL, gl);
		for (size_t i = 0; i < gl->n_act; i++)
			table_row(&w, &c, &gl->act[i], NULL);
	}
	int rc = tw_end(&w, err);
	columns_free(&c);
	sbuf_free(&meta);
	sbuf_free(&amount);
	return rc;
}
