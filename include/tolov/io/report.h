/*
 * report.h — the quarterly implementation report: for quarter q, every
 * activity the quarter concerns with its rating and note, then the
 * progress of each goal and of the plan, and the same by responsible unit.
 *
 * Which activities: those scheduled in q, those with a status entry for q
 * even when not scheduled in it (marked "not scheduled"), and those with no
 * quarters key at all (their schedule is unknown, so they are never
 * hidden). With a unit, only activities whose responsible unit is that
 * unit; units match ignoring case (Cyrillic included) and surrounding
 * spaces, and "" selects the activities with no unit.
 *
 * Figures: the progress rule of plan.h (progress_add) over the listed
 * activities: the mean of their q ratings, not-due and unrated excluded,
 * one decimal, shown as "89.2%"; with nothing rated "—" (empty in CSV),
 * never 0. Counts at 100, 70, 30, 0, not due and unrated are of the listed
 * activities. Activities that are neither scheduled nor rated in q are not
 * listed and would only have counted as unrated, so the means equal
 * progress_of_goal / progress_of_plan for the same quarter.
 *
 * The summary lists each goal that has at least one activity (of the unit,
 * when one is given), then the whole plan; "by responsible unit" lists each
 * unit in order of first appearance, "(no unit)" for activities without
 * one.
 *
 * Ownership: output is appended to a caller-owned struct sbuf; the plan is
 * only read; plan text is sanitized (text.h) on its way out in every
 * format. Headings and labels follow the language; plan text is never
 * translated.
 */
#ifndef TOLOV_REPORT_H
#define TOLOV_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include "tolov/base/i18n.h"
#include "tolov/plan/plan.h"
#include "tolov/base/util.h"

enum report_format { REPORT_TEXT = 1, REPORT_MD, REPORT_HTML, REPORT_CSV };
/* "text" (or "txt"), "md" (or "markdown"), "html", "csv"; -1 when unknown. */
int report_format_parse(const char *s);

struct report_opts {
	int quarter;		/* 1..4 */
	const char *unit;	/* NULL: every unit; "": activities without one */
	enum lang lang;
	size_t cols;		/* REPORT_TEXT only: wrap text to this many
				 * display columns; 0 never wraps */
};
#define REPORT_OPTS_INIT { 1, NULL, LANG_EN, 0 }

/* The report in format f, appended to out. o->quarter must be 1..4. */
void report_render(struct sbuf *out, const struct plan *p, const struct report_opts *o,
		   enum report_format f);

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

/* ---- shared by the report's renderers (report.c, export_report.c) ---- */

struct report_words {
	const char *goal, *id, *activity, *unit, *rating, *note, *progress, *summary, *by_unit,
		*whole_plan, *no_unit, *not_due, *unrated, *r100, *r70, *r30, *r0, *scheduled,
		*yes, *no, *nothing_listed, *plan, *no_value;
};
const struct report_words *report_words(enum lang lang);
/* "Implementation report, Q2 2023" / "2023 оны 2 дугаар улирлын ..." */
void report_title(struct sbuf *out, const struct plan *p, const struct report_opts *o);
/* "(not scheduled in Q2)" in o's language. */
void report_not_scheduled(struct sbuf *out, const struct report_opts *o);
/* "70 (under way)", "not due", "unrated". */
void report_rating_label(struct sbuf *out, int rating, enum lang lang);
/* "89.2%", or "—" when tenths < 0. */
void report_progress_label(struct sbuf *out, int tenths);

/* The summary's figures. */
struct report_sum {
	struct progress plan;
	struct progress *goal;		/* n_goal of them */
	bool *goal_shown;		/* has an activity of the unit */
	const char **unit;		/* grouped units, "" for none */
	struct progress *unit_pr;
	size_t n_unit;
	size_t n_listed;
};
void report_sum_build(struct report_sum *s, const struct plan *p, const struct report_opts *o);
void report_sum_free(struct report_sum *s);
/* The display name of unit u: u itself, or the "(no unit)" label. */
const char *report_unit_name(const char *u, enum lang lang);

void report_md(struct sbuf *out, const struct plan *p, const struct report_opts *o);
void report_html(struct sbuf *out, const struct plan *p, const struct report_opts *o);
void report_csv(struct sbuf *out, const struct plan *p, const struct report_opts *o);

#endif
