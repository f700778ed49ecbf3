/*
 * modeleq.h — do two plan models agree field for field? For the debug check
 * of the incremental model update: the session's model, built again only
 * in the parts an edit, undo or redo touched, against a full build of the
 * same text (test_styles.c, test_session.c, fuzz_session.c).
 *
 * Compared: the plan's fields; every goal in the flat pre-order array —
 * id, title, section, responsible, parent, depth, n_desc, its indicators,
 * extra, activity count — and every activity — id, title, goal index,
 * quarters, schedule, responsible, budget, each quarter's rating and note,
 * indicators (name, unit, baseline, target, actuals, extra), extra; and
 * what is derived: each goal's progress per quarter and budget, the plan's
 * progress and budget.
 *
 * me_plan_diff returns NULL when they agree, else a description of the
 * first difference (malloc'ed, the caller frees). Header-only.
 */
#ifndef TOLOV_MODELEQ_H
#define TOLOV_MODELEQ_H

#include <stdio.h>
#include <string.h>
#include "tolov/plan/plan.h"
#include "tolov/base/util.h"

static inline const char *me_nz(const char *s)
{
	return s ? s : "(null)";
}

#define ME_STR(where, what, x, y)                                                              \
	do {                                                                                   \
		if (strcmp(me_nz(x), me_nz(y)))                                                \
			return xasprintf("%s: %s \"%s\" vs \"%s\"", where, what, me_nz(x),     \
					 me_nz(y));                                            \
	} while (0)
#define ME_NUM(where, what, x, y)                                                              \
	do {                                                                                   \
		if ((long long)(x) != (long long)(y))                                          \
			return xasprintf("%s: %s %lld vs %lld", where, what, (long long)(x),   \
					 (long long)(y));                                      \
	} while (0)

static inline char *me_extra(const char *where, const struct extra *a, const struct extra *b)
{
	ME_NUM(where, "extra count", a->n, b->n);
	for (size_t i = 0; i < a->n; i++) {
		ME_STR(where, "extra key", a->pair[i].key, b->pair[i].key);
		ME_STR(where, "extra value", a->pair[i].value, b->pair[i].value);
	}
	return NULL;
}

static inline char *me_inds(const char *where, const struct indicator *a, size_t na,
			    const struct indicator *b, size_t nb)
{
	ME_NUM(where, "indicator count", na, nb);
	for (size_t i = 0; i < na; i++) {
		ME_STR(where, "indicator name", a[i].name, b[i].name);
		ME_STR(where, "indicator unit", a[i].unit, b[i].unit);
		ME_STR(where, "indicator baseline", a[i].baseline, b[i].baseline);
		ME_STR(where, "indicator target", a[i].target, b[i].target);
		for (int q = 0; q < NQ; q++)
			ME_STR(where, "indicator actual", a[i].actual[q], b[i].actual[q]);
		char *d = me_extra(where, &a[i].extra, &b[i].extra);
		if (d)
			return d;
	}
	return NULL;
}

static inline char *me_activity(const struct activity *x, const struct activity *y)
{
	const char *w = me_nz(x->id);
	ME_STR(w, "activity id", x->id, y->id);
	ME_STR(w, "title", x->title, y->title);
	ME_NUM(w, "goal index", x->goal, y->goal);
	ME_NUM(w, "quarters", x->quarters, y->quarters);
	ME_NUM(w, "has quarters", x->has_quarters, y->has_quarters);
	ME_STR(w, "schedule", x->schedule, y->schedule);
	ME_STR(w, "responsible", x->responsible, y->responsible);
	ME_NUM(w, "budget present", x->budget.present, y->budget.present);
	ME_NUM(w, "budget has amount", x->budget.has_amount, y->budget.has_amount);
	ME_NUM(w, "budget amount", x->budget.amount, y->budget.amount);
	ME_STR(w, "budget source", x->budget.source, y->budget.source);
	ME_STR(w, "budget text", x->budget.text, y->budget.text);
	for (int q = 0; q < NQ; q++) {
		ME_NUM(w, "rating", x->st[q].rating, y->st[q].rating);
		ME_STR(w, "note", x->st[q].note, y->st[q].note);
	}
	char *d = me_inds(w, x->ind, x->n_ind, y->ind, y->n_ind);
	return d ? d : me_extra(w, &x->extra, &y->extra);
}

static inline char *me_progress(const char *w, const struct progress *a, const struct progress *b)
{
	ME_NUM(w, "progress", a->tenths, b->tenths);
	ME_NUM(w, "rated", a->rated, b->rated);
	ME_NUM(w, "unrated", a->unrated, b->unrated);
	ME_NUM(w, "not due", a->not_due, b->not_due);
	return NULL;
}

static inline char *me_plan_diff(const struct plan *a, const struct plan *b)
{
	ME_NUM("plan", "format", a->format, b->format);
	ME_STR("plan", "organisation", a->organisation, b->organisation);
	ME_STR("plan", "title", a->title, b->title);
	ME_NUM("plan", "year", a->year, b->year);
	ME_STR("plan", "currency", a->currency, b->currency);
	char *d = me_extra("plan", &a->extra, &b->extra);
	if (d)
		return d;
	ME_NUM("plan", "goal count", a->n_goal, b->n_goal);
	for (size_t g = 0; g < a->n_goal; g++) {
		const struct goal *x = &a->goal[g], *y = &b->goal[g];
		const char *w = me_nz(x->id);
		ME_STR(w, "goal id", x->id, y->id);
		ME_STR(w, "goal title", x->title, y->title);
		ME_STR(w, "section", x->section, y->section);
		ME_STR(w, "goal responsible", x->responsible, y->responsible);
		ME_NUM(w, "parent", x->parent, y->parent);
		ME_NUM(w, "depth", x->depth, y->depth);
		ME_NUM(w, "nested goals", x->n_desc, y->n_desc);
		if ((d = me_inds(w, x->ind, x->n_ind, y->ind, y->n_ind)) ||
		    (d = me_extra(w, &x->extra, &y->extra)))
			return d;
		ME_NUM(w, "activity count", x->n_act, y->n_act);
		for (size_t i = 0; i < x->n_act; i++)
			if ((d = me_activity(&x->act[i], &y->act[i])))
				return d;
		ME_NUM(w, "goal budget", budget_of_goal(x), budget_of_goal(y));
		for (int q = 1; q <= NQ; q++) {
			struct progress pa, pb;
			progress_of_goal(x, q, &pa);
			progress_of_goal(y, q, &pb);
			if ((d = me_progress(w, &pa, &pb)))
				return d;
		}
	}
	ME_NUM("plan", "budget", budget_of_plan(a), budget_of_plan(b));
	for (int q = 1; q <= NQ; q++) {
		struct progress pa, pb;
		progress_of_plan(a, q, &pa);
		progress_of_plan(b, q, &pb);
		if ((d = me_progress("plan", &pa, &pb)))
			return d;
	}
	return NULL;
}

#undef ME_STR
#undef ME_NUM

#endif
