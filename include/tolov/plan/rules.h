/*
 * rules.h — the plan's shared rules, stated once: when an activity is
 * scheduled, when a quarter has ended, when an activity is overdue, which
 * activities a quarter's report lists, and what today is.
 *
 * Every front end (report, exports, interface filters and marks, command
 * line) asks these functions; none spells the rule out again.
 *
 *   scheduled  quarter q is in the activity's `quarters`. An activity with
 *              `quarters: []` (as needed) or with no `quarters` key is
 *              scheduled in NO quarter: never due, never overdue.
 *   listed     a quarter's report lists the activities scheduled in it and
 *              any other activity rated in it anyway (a rating given to an
 *              as-needed or unscheduled activity counts in progress too —
 *              see progress_add, which counts every rating).
 *   ended      quarter q of the plan's `year` has ended when today is after
 *              its last day (31 March, 30 June, 30 September, 31 December).
 *              A plan without `year` has no ended quarter.
 *   overdue    scheduled in q, q has ended, and no rating for q (not-due
 *              is a rating: the office said so).
 */
#ifndef TOLOV_RULES_H
#define TOLOV_RULES_H

#include <stdbool.h>
#include "tolov/plan/plan.h"

/* A calendar date; month 1..12, day 1..31. */
struct tv_date {
	int year, month, day;
};

/* q is 1..4 in every function below. */
bool activity_scheduled_in(const struct activity *a, int q);
/* Listed in quarter q's report: scheduled in q, or rated in q anyway. */
bool activity_listed_in(const struct activity *a, int q);
/* The last day of quarter q of year. */
struct tv_date quarter_end(int year, int q);
/* Has quarter q of p's year ended by today? false when p has no year. */
bool quarter_ended(const struct plan *p, int q, const struct tv_date *today);
bool activity_overdue(const struct plan *p, const struct activity *a, int q,
		      const struct tv_date *today);
/* Activities of p overdue in quarter q (each counted once). */
size_t plan_count_overdue(const struct plan *p, int q, const struct tv_date *today);

/*
 * Today: TOLOV_TODAY=YYYY-MM-DD when set (tests set it; they never depend
 * on the real date), else the system clock's local date. Returns 0; -1
 * when TOLOV_TODAY is set but is not a valid date, and then *out holds the
 * clock's date.
 */
int tv_today(struct tv_date *out);
/* Parse "YYYY-MM-DD" (a real calendar date): true and *out, or false. */
bool tv_date_parse(const char *s, struct tv_date *out);
/* <0, 0, >0 as a is before, the same as, or after b. */
int tv_date_cmp(const struct tv_date *a, const struct tv_date *b);

#endif
