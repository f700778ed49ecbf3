/*
 * pages.c — the pages shown in the pager overlay (overlay.c):
 *   - the quarterly report (report.h) for the selected quarter, the unit of
 *     the active unit filter if any, in the interface's language, wrapped
 *     to the terminal's width and opened at the selected activity (r);
 *   - the per-unit view (v): for each responsible unit, its activities,
 *     budget, progress in the selected quarter and overdue count;
 *   - the session's messages (:messages, M);
 *   - the history of a field, an activity or a goal through git (H).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/base/text.h"
#include "tolov/io/history.h"
#include "tolov/io/report.h"
#include "tolov/plan/plan.h"
#include "tolov/tui/state.h"

unsigned report_view_open(struct tui *t)
{
	struct sbuf b = SBUF_INIT;
	struct report_opts o = REPORT_OPTS_INIT;
	o.quarter = t->sel.quarter;
	o.unit = t->sel.filter.unit;
	o.lang = i18n_get();
	o.cols = t->cols > 4 ? (size_t)t->cols - 2 : 0;
	plan_fill(t->s->plan);	/* the report quotes notes and indicator names */
	report_text(&b, t->s->plan, &o);
	struct sbuf title = SBUF_INIT;
	sbuf_addf(&title, tr(M_REPORT_TITLE), t->sel.quarter);
	ov_pager(t, title.buf, b.buf ? b.buf : "");
	/* pages break between items (goals, activities, summary rows), never
	 * inside one that fits */
	t->pg.items = true;
	/* open at the selected activity ("  ID. title"), under its goal's
	 * heading when it is the goal's first */
	const struct activity *a = tui_act(t);
	if (a && a->id && b.buf) {
		size_t line = 0, idl = strlen(a->id), prev = 0, prev_indent = 0;
		struct ov_items st = { 0, false };
		for (const char *s = b.buf; *s; line++) {
			const char *e = strchr(s, '\n');
			size_t n = e ? (size_t)(e - s) : strlen(s);
			const char *p = s;
			while (*p == ' ')
				p++;
			if (ov_item_start(s, n, &st)) {
				if (p > s && strncmp(p, a->id, idl) == 0 && p[idl] == '.' &&
				    p[idl + 1] == ' ') {
					t->pg.top = prev_indent < (size_t)(p - s) && line > 0 ? prev : line;
					break;
				}
				prev = line;
				prev_indent = st.indent;
			}
			if (!e)
				break;
			s = e + 1;
		}
	}
	sbuf_free(&title);
	sbuf_free(&b);
	return RP_OVERLAY;
}

/* ---- the per-unit view ---- */

struct unit_row {
	const char *unit;	/* borrowed from the plan; "" none */
	size_t n, overdue;
	long long budget;
	struct progress pr;
};

static void pad_to(struct sbuf *b, const char *s, size_t cols)
{
	size_t w = text_width(s, strlen(s));
	sbuf_adds(b, s);
	for (; w < cols; w++)
		sbuf_addc(b, ' ');
}

unsigned units_view_open(struct tui *t)
{
	const struct plan *p = t->s->plan;
	struct unit_row *u = NULL;
	size_t n = 0, cap = 0;
	for (size_t g = 0; g < p->n_goal; g++)
		for (size_t i = 0; i < p->goal[g].n_act; i++) {
			const struct activity *a = &p->goal[g].act[i];
			const char *name = a->responsible ? a->responsible : "";
			size_t k;
			for (k = 0; k < n && strcmp(u[k].unit, name) != 0; k++)
				;
			if (k == n) {
				if (n == cap) {
					cap = cap ? cap * 2 : 8;
					u = xrealloc(u, cap * sizeof *u);
				}
				u[n++] = (struct unit_row){ name, 0, 0, 0, PROGRESS_INIT };
			}
			u[k].n++;
			u[k].overdue += sel_overdue_any(p, a, &t->sel.today);
			if (a->budget.has_amount)
				u[k].budget += a->budget.amount;
			progress_add(&u[k].pr, a, t->sel.quarter);
		}
	struct sbuf b = SBUF_INIT;
	for (size_t k = 0; k < n; k++) {
		char pb[8];
		const char *pf = progress_fmt(u[k].pr.tenths, pb);
		struct sbuf amt = SBUF_INIT, line = SBUF_INIT;
		fmt_amount(&amt, u[k].budget);
		sbuf_addf(&b, "%s\n", *u[k].unit ? u[k].unit : tr(M_RPT_NO_UNIT));
		tv_count(&line, i18n_get(), M_N_ACTIVITIES, u[k].n);
		sbuf_adds(&b, "    ");
		pad_to(&b, line.buf, 18);
		sbuf_reset(&line);
		sbuf_addf(&line, "%s%d %s%s", tr(M_QUARTER_SHORT), t->sel.quarter, *pf ? pf : "-",
			  *pf ? "%" : "");
		pad_to(&b, line.buf, 10);
		sbuf_addf(&b, "%s %s %s", tr(M_BUDGET), amt.buf ? amt.buf : "0",
			  p->currency ? p->currency : "");
		if (u[k].overdue) {
			sbuf_adds(&b, "  ");
			tv_count(&b, i18n_get(), M_N_OVERDUE, u[k].overdue);
		}
		sbuf_adds(&b, "\n\n");
		sbuf_free(&amt);
		sbuf_free(&line);
	}
	if (!n)
		sbuf_adds(&b, tr(M_NO_ACTS));
	struct sbuf title = SBUF_INIT;
	sbuf_addf(&title, tr(M_UNITS_TITLE), t->sel.quarter);
	ov_pager(t, title.buf, b.buf);
	sbuf_free(&title);
	sbuf_free(&b);
	free(u);
	return RP_OVERLAY;
}

/* ---- the session's messages (:messages, M) ---- */

unsigned tui_show_messages(struct tui *t)
{
	struct sbuf log = SBUF_INIT;
	sbuf_adds(&log, t->msg_log.len ? t->msg_log.buf : tr(M_MESSAGES_NONE));
	ov_pager(t, tr(M_MESSAGES_TITLE), log.buf);
	sbuf_free(&log);
	return RP_OVERLAY;
}

/* ---- the history of what is selected, through git (H) ---- */

unsigned history_view_open(struct tui *t, const char *id, const char *path)
{
	struct hist h = HIST_INIT;
	struct tv_err err = TV_ERR_INIT;
	if (plan_history(t->path, id, path, NULL, &h, &err) < 0) {
		struct sbuf m = SBUF_INIT;
		tv_err_message(&m, &err, i18n_get());
		tui_msg(t, true, "%s", m.buf ? m.buf : "");
		sbuf_free(&m);
		tv_err_clear(&err);
		hist_free(&h);
		return RP_BOTTOM;
	}
	struct sbuf b = SBUF_INIT;
	for (size_t i = 0; i < h.n; i++) {
		const struct hist_entry *e = &h.e[i];
		sbuf_addf(&b, "%.10s  %s\n", e->commit, e->subject ? e->subject : "");
		hist_entry_lines(&b, e);
		sbuf_addc(&b, '\n');
	}
	if (!h.n)
		sbuf_adds(&b, tr(M_HISTORY_NONE));
	struct sbuf what = SBUF_INIT, title = SBUF_INIT;
	sbuf_adds(&what, id && *id ? id : tr(M_HISTORY_PLAN));
	if (path && *path)
		sbuf_addf(&what, " %s", path);
	tv_msg_add(&title, i18n_get(), M_HISTORY_TITLE, "%s", what.buf);
	ov_pager(t, title.buf, b.buf);
	sbuf_free(&title);
	sbuf_free(&what);
	sbuf_free(&b);
	hist_free(&h);
	return RP_OVERLAY;
}
