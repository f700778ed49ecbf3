/*
 * report.h — the quarterly implementation report, and the consolidated
 * report of many plans, in every report format of the writer registry
 * (writer.h: text, CSV, Markdown, HTML, xlsx).
 *
 * The quarterly report lists, for quarter q, every activity the quarter
 * concerns: its id and title, every indicator with baseline, target and
 * the quarter's actual (one line each, numbered when there are several),
 * the rating (marked when the activity was not scheduled in q, or is
 * overdue) and the note, the budget, and the responsible unit (left out
 * when the report is for one unit). Activities stand under their goals;
 * every goal of the tree that lists an activity is shown, parents
 * included. Then three summaries: progress per goal and of the whole plan
 * (counts at 100, 70, 30, 0, not due and unrated); per goal and for the
 * plan the activities due, those overdue and the budget; and progress by
 * responsible unit.
 *
 * Which activities: the rule of rules.h (activity_listed_in) — those
 * scheduled in q, and those rated in q anyway (marked "not scheduled"); an
 * activity with `quarters: []` or no quarters key is scheduled in no
 * quarter. With a unit, only activities whose responsible unit is that
 * unit; units match ignoring case (Cyrillic included) and surrounding
 * spaces, and "" selects the activities with no unit.
 *
 * Figures: the progress rule of plan.h (progress_add) over the listed
 * activities: the mean of their q ratings, not-due and unrated excluded,
 * one decimal, shown as "89.2%"; with nothing rated "—" (empty in CSV and
 * xlsx), never 0. A goal's figures cover the activities of the goal and of
 * the goals nested beneath it. Due: scheduled in q. Overdue: the rule of
 * rules.h (activity_overdue: scheduled in q, q has ended by the plan's year
 * and tv_today — TOLOV_TODAY=YYYY-MM-DD or the clock — and not rated).
 * Budget: the sum of budget.amount of the goal's activities (of the unit,
 * when one is given).
 *
 * The consolidated report (report_many): per plan — its title, its
 * organisation when any plan has one, its file (as given, in every
 * format: a reviewer finds the plan by it) — the activities due in q, the counts at
 * 100, 70, 30 and 0, not due and unrated (over the activities listed in
 * q), progress and overdue; then the totals (progress over every listed
 * activity of every plan).
 *
 * Ownership: output is appended to a caller-owned struct sbuf; plans are
 * only read; plan text is sanitized (text.h) on its way out in every
 * format. Headings and labels follow the language (msg_report.h); plan
 * text is never translated.
 */
#ifndef TOLOV_REPORT_H
#define TOLOV_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include "tolov/base/i18n.h"
#include "tolov/io/writer.h"
#include "tolov/plan/plan.h"
#include "tolov/base/util.h"

/* Shorthands for the report formats of the registry (writer.c); a new
 * format needs none: report_write takes any registry entry. */
enum report_format { REPORT_TEXT = 1, REPORT_MD, REPORT_HTML, REPORT_CSV, REPORT_XLSX };
/* A registry name or alias usable for reports ("text" or "txt", "md" or
 * "markdown", "html", "csv", "xlsx") as the shorthand; -1 when unknown. */
int report_format_parse(const char *s);

struct report_opts {
	int quarter;		/* 1..4 */
	const char *unit;	/* NULL: every unit; "": activities without one */
	enum lang lang;
	size_t cols;		/* text only: wrap text to this many display
				 * columns; 0 never wraps */
};
#define REPORT_OPTS_INIT { 1, NULL, LANG_EN, 0 }

/* The report in format f, appended to out. o->quarter must be 1..4.
 * Returns 0, or -1 with err set (xlsx when the workbook cannot be written). */
int report_write(struct sbuf *out, const struct plan *p, const struct report_opts *o,
		 const struct tw_format *f, struct tv_err *err);
/* The same by shorthand; a failure leaves out as it was written so far. */
void report_render(struct sbuf *out, const struct plan *p, const struct report_opts *o,
		   enum report_format f);

/*
 * The consolidated report of n plans for o->quarter (o->unit and o->cols
 * as above); file[i] names plan[i] (its path as given). Returns 0, or -1
 * with err set.
 */
int report_many(struct sbuf *out, const struct plan *const *plan, const char *const *file,
		size_t n, const struct report_opts *o, const struct tw_format *f,
		struct tv_err *err);
/*
 * The same, with plans that could not be read listed among the others:
 * where plan[i] is NULL, unread[i] is the row's text ("could not be read
 * (line 9, column 23)"; the caller's), its figures are empty, it counts in
 * "Plans: 5, 1 could not be read" and adds nothing to the totals. unread
 * may be NULL when every plan was read.
 */
int report_many_unread(struct sbuf *out, const struct plan *const *plan,
		       const char *const *file, const char *const *unread, size_t n,
		       const struct report_opts *o, const struct tw_format *f, struct tv_err *err);

/*
 * The plain-text report for the terminal interface: lines of sanitized
 * text, each ended by '\n', at most o->cols display columns wide when cols
 * is not 0 (long titles and notes wrap, indented under their label).
 * Equivalent to report_render(out, p, o, REPORT_TEXT).
 *
 * In a scrollable view, either keep the sbuf and split it at '\n', or use
 * report_lines, which calls line(ctx, s, len) once per line (s is not
 * NUL-terminated at len; no '\n' included; empty lines have len 0):
 *
 *	struct report_opts o = REPORT_OPTS_INIT;
 *	o.quarter = q; o.lang = i18n_get(); o.cols = COLS - 2;
 *	report_lines(s->plan, &o, add_view_line, view);
 */
void report_text(struct sbuf *out, const struct plan *p, const struct report_opts *o);
void report_lines(const struct plan *p, const struct report_opts *o,
		  void (*line)(void *ctx, const char *s, size_t len), void *ctx);

/* Does quarter q's report list activity a (unit aside)? */
bool report_lists(const struct activity *a, int q);
/* Is a overdue in quarter q of plan p by today's date (tv_today)? */
bool report_overdue(const struct plan *p, const struct activity *a, int q);
/* Does a's responsible unit match unit (NULL matches every activity)? */
bool report_unit_match(const struct activity *a, const char *unit);
/* Is unit the responsible unit of some activity? For refusing a mistyped
 * --unit instead of printing an empty report. */
bool report_unit_exists(const struct plan *p, const char *unit);
/*
 * The distinct responsible units in order of first appearance (as
 * report_unit_match groups them; "" for activities without a unit, when
 * there are such). *units is a new array the caller frees; its strings are
 * the plan's. Returns the count.
 */
size_t report_units(const struct plan *p, const char ***units);

/* "Implementation report, Q2" / "2023 оны 2 дугаар улирлын хэрэгжилтийн
 * тайлан", appended. */
void report_title(struct sbuf *out, const struct plan *p, const struct report_opts *o);

#endif
