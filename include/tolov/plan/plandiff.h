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

#endif
