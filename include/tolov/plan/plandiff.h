/*
 * plandiff.h — what differs between two versions of a plan, field by
 * field, for a person deciding which to keep (a recovery file against the
 * plan on disk).
 *
 * Goals and activities are matched by id. A field is named by its path
 * as in `tolov set` (status.q2.rating, indicators.0.target, ...), so the
 * list reads the same in both languages. Differences tolov does not model
 * (comments, spacing, quoting, keys it does not know) are not listed: a
 * caller that finds no difference between files whose bytes differ says
 * so itself.
 *
 * Ownership: a struct pdiff_list owns every string in it; pdiff_free
 * releases them. The plans are only read.
 */
#ifndef TOLOV_PLANDIFF_H
#define TOLOV_PLANDIFF_H

#include <stdbool.h>
#include <stddef.h>
#include "tolov/plan/plan.h"

enum pdiff_kind {
	PD_CHANGED,	/* field differs: old and new set */
	PD_ONLY_OLD,	/* the item (or indicator) is only in the old plan */
	PD_ONLY_NEW,	/* only in the new plan */
	PD_ORDER,	/* the same items in another order (of goals: id ""; of a goal's activities: the goal) */
};

struct pdiff {
	enum pdiff_kind kind;
	bool goal;	/* id names a goal (else an activity, or "" for the plan) */
	char *id;
	char *field;	/* path below id; "" for the item as a whole */
	char *old, *new_;	/* PD_CHANGED: the two values; else the item's title or "" */
};

struct pdiff_list {
	struct pdiff *d;
	size_t n, cap;
};
#define PDIFF_LIST_INIT { NULL, 0, 0 }

/* Append to out what differs from a (old) to b (new), in the order of b,
 * then what a alone has. */
void plandiff(const struct plan *a, const struct plan *b, struct pdiff_list *out);
void pdiff_free(struct pdiff_list *l);

/*
 * Progress that the differences changed, for `tolov diff`: for every
 * quarter touched by the differences in l (a rating changed, or an
 * activity with a rating in that quarter added, removed or moved), the
 * plan's progress and each goal's (goals matched by id) where old and new
 * differ. Tenths of a percent as in struct progress; -1 means no value
 * (nothing rated, or the goal is on one side only).
 *
 * Ownership: a struct pprog_list owns its goal ids; pprog_free releases them.
 */
struct pprog {
	int q;			/* 1..4 */
	char *goal;		/* goal id, or "" for the plan */
	int old_tenths, new_tenths;
};
struct pprog_list {
	struct pprog *d;
	size_t n, cap;
};
#define PPROG_LIST_INIT { NULL, 0, 0 }
void plandiff_progress(const struct plan *a, const struct plan *b, const struct pdiff_list *l,
		       struct pprog_list *out);
void pprog_free(struct pprog_list *l);

/* The quarters (bit q-1) whose ratings differ between a and b given l. */
unsigned plandiff_quarters(const struct plan *a, const struct plan *b, const struct pdiff_list *l);

/* The goal id under which a difference is counted: the goal itself, the
 * activity's goal in b (else in a), or "" for the plan. Borrowed from a
 * or b. */
const char *pdiff_goal_of(const struct plan *a, const struct plan *b, const struct pdiff *d);

#endif
