/*
 * merge.h — the three-way merge of plans behind `tolov merge` (git's merge
 * driver): matched by id, field by field.
 *
 * The result is OURS' bytes with THEIRS' changes (against BASE) applied as
 * tolov's own session edits, so a diff of OURS against the result shows
 * exactly THEIRS' changes in OURS' style. Changes to different fields
 * never conflict; the same change made on both sides is taken once.
 * Conflicts:
 *   - a field changed to different values on both sides;
 *   - an item deleted on one side and changed on the other;
 *   - the same id added on both sides with different content.
 * Ids theirs changed (a renumber, `set id=`) are recognised by title (an
 * item of base whose id in theirs holds another title, while exactly one
 * item of theirs has its title) and given to ours first, so ours' edits
 * under the old ids land on the same items.
 * Before anything is merged, theirs' changes are replayed on base alone
 * and the result compared with theirs (as the canonical writer spells
 * them: every field of the model, in order): when something would not be
 * carried (a field the comparison does not name, a goal added inside
 * another), plan_merge
 * refuses and the caller merges by lines instead, so no change of theirs
 * is ever dropped silently.
 * Each conflict is written into the result as standard markers
 * ("<<<<<<< ours" / "=======" / ">>>>>>> theirs") around the smallest set
 * of whole lines holding it; everything else is merged.
 *
 * Ownership: a struct plan_merge owns its text and conflicts;
 * plan_merge_free releases them. The three files are only read.
 */
#ifndef TOLOV_EDIT_MERGE_H
#define TOLOV_EDIT_MERGE_H

#include <stddef.h>
#include "tolov/base/util.h"

enum merge_conflict_kind {
	MC_FIELD,		/* same field, different values */
	MC_DELETED_CHANGED,	/* deleted by one side, changed by the other */
	MC_ADDED_BOTH,		/* the same id added on both sides, differently */
	MC_ORDER,		/* both sides reordered the same list differently (ours kept, no markers) */
};

struct merge_conflict {
	enum merge_conflict_kind kind;
	char *id;		/* goal or activity id; "" for the plan */
	char *field;		/* path as in tolov set; "" for a whole item */
	char *ours, *theirs;	/* MC_FIELD: the two values; else "" */
	unsigned line;		/* 1-based line of "<<<<<<<" in text, 0 when unmarked */
};

struct plan_merge {
	char *text;		/* the merged file, NUL-terminated */
	size_t len;		/* bytes */
	struct merge_conflict *c;
	size_t n_c;
};

/*
 * Merge theirs into ours against base (paths of three plan files). Returns
 * 0 with out filled (check out->n_c for conflicts), or -1 when a side does
 * not load as a plan or an edit was refused: err says why and out is
 * empty; the caller then falls back to a line merge.
 */
int plan_merge(const char *base, const char *ours, const char *theirs, struct plan_merge *out,
	       struct tv_err *err);
void plan_merge_free(struct plan_merge *m);

#endif
