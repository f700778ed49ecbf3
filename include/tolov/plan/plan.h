/*
 * plan.h — the plan model: goals, activities, indicators, quarterly status,
 * and the progress rule. Knows nothing of curses or of files on disk.
 *
 * A plan built from a document (plan_build) borrows its strings from the
 * document's nodes where the document holds them NUL-terminated, and keeps
 * a NUL-terminated copy of each long value the document reads in place from
 * its source bytes (doc.h). It stays valid until the document changes; struct
 * session rebuilds it after every edit, so callers must re-read
 * session->plan (and hold positions as indices or ids, never as pointers)
 * across edits. Edits find an item's bytes by its id (src/edit).
 *
 * A plan made by the importer owns its strings; plan_free releases either
 * kind.
 *
 * Goals nest (a goal may hold `goals:` as well as, or instead of,
 * `activities:`). plan->goal is ONE FLAT ARRAY in document pre-order: a
 * goal is followed directly by its n_desc descendants, so a loop over
 * goal[0..n_goal) sees every goal once, and a loop over each goal's own
 * act[] sees every activity once. parent/depth give the tree.
 */
#ifndef TOLOV_PLAN_H
#define TOLOV_PLAN_H

#include <stdbool.h>
#include <stddef.h>
#include "tolov/yaml/doc.h"
#include "tolov/base/util.h"

/* Ratings on the national monitoring scale. */
enum {
	RATING_NONE = -1,	/* no status entry: not yet rated */
	RATING_NOT_DUE = -2,	/* "not-due" */
};
#define NQ 4

struct status {
	int rating;		/* 100, 70, 30, 0, RATING_NOT_DUE or RATING_NONE */
	const char *note;	/* "" when absent */
};

/* `extra`: further columns of a source table, text keys and text values,
 * in the file's order (keys unique). n == 0 when absent. */
struct extra {
	struct extra_pair {
		const char *key, *value;
	} *pair;
	size_t n;
};

struct indicator {
	const char *name, *unit, *baseline, *target;	/* "" when absent */
	const char *actual[NQ];	/* "" when absent */
	struct extra extra;
};

struct budget {
	bool present;		/* a budget key exists */
	bool has_amount;
	long long amount;	/* in currency units */
	const char *source, *text;
};

struct activity {
	const char *id, *title;
	struct indicator *ind;
	size_t n_ind;
	struct budget budget;
	unsigned quarters;	/* bit q-1 set when quarter q is scheduled */
	bool has_quarters;
	bool text_deferred;	/* plan_build_deferred: its long notes and indicator
				 * names read "" until plan_fill_activity */
	const char *schedule, *responsible;
	struct status st[NQ];
	size_t goal;		/* index of its goal */
	struct extra extra;
};

#define GOAL_NONE ((size_t)-1)

struct goal {
	const char *id, *title;
	const char *section;	/* heading above it in the source table, "" */
	const char *responsible;	/* the goal's own, "" */
	struct indicator *ind;	/* the goal's own indicators */
	size_t n_ind;
	struct activity *act;	/* its own activities (not its descendants') */
	size_t n_act;
	size_t parent;		/* index of the parent goal, GOAL_NONE at top */
	unsigned depth;		/* 0 at top */
	size_t n_desc;		/* goals nested beneath, directly after it */
	struct extra extra;
};

struct plan {
	int format;		/* the tolov: version, 1 */
	const char *organisation;	/* "" when absent */
	const char *title;
	int year;		/* 0 when absent */
	const char *currency;	/* "MNT" when absent */
	struct extra extra;
	struct goal *goal;	/* every goal, pre-order (see above) */
	size_t n_goal;
	const struct doc *doc;	/* NULL for owned plans */
	struct plan_mem *mem;
};

/*
 * Build and validate the model from a parsed document: 0, or -1 with err
 * holding the first error by position (with its notes, such as where a
 * duplicate id is first used). *out is NULL on failure.
 */
int plan_build(struct plan **out, const struct doc *d, struct tv_err *err);
/*
 * plan_build for a command that changes the file and saves it without
 * showing the plan (tolov set): the same checks and errors, the same goals,
 * activities, ids, numbers, ratings and quarters, but the long text the
 * document reads in place (doc.h) is not copied: those text fields (a long
 * title, note, name ...) read "", and a plan_rebuild_* of this plan keeps
 * them so. After the source bytes, that copy is most of a large plan's
 * memory.
 */
int plan_build_lean(struct plan **out, const struct doc *d, struct tv_err *err);
/*
 * plan_build for the interface, which shows one activity's notes and
 * indicator names at a time: the same plan, but an activity's long status
 * notes and long indicator names (values the document reads in place,
 * doc.h; after the source bytes and the nodes, their copies are most of a
 * large plan's memory) are not copied at build time. Such an activity has
 * text_deferred set and those fields read "" until plan_fill_activity (or
 * plan_fill) copies them into the plan's storage; the goals' own
 * indicators, titles and every other field are as plan_build gives them.
 * plan_rebuild_parts of this plan builds deferred again. Callers that read
 * notes or indicator names fill first.
 */
int plan_build_deferred(struct plan **out, const struct doc *d, struct tv_err *err);
/*
 * Copy a's deferred text (see plan_build_deferred) into p's storage, where
 * it stays until plan_free; a (an activity of p) then reads like plan_build
 * built it and text_deferred is cleared. The plan must be current with its
 * document (as a session keeps it): the activity's node is found by its
 * goal's place and its own in the tree and checked by id, else by its id
 * alone; when no activity has it, a is left deferred. Does nothing for a NULL or filled activity or
 * a plan built otherwise. Cheap when nothing is deferred: call it before
 * each read. plan_fill: every activity of p.
 */
void plan_fill_activity(struct plan *p, const struct activity *a);
void plan_fill(struct plan *p);
/*
 * For the edit layer: parts of the model built again from a document that
 * was re-read in those parts only (every other byte unchanged, the old
 * nodes still alive), as plan_build would build them, ids checked against
 * the whole plan. Strings borrow from the new nodes.
 *
 *   PP_ACTS   goal's activities [at, at+n_old) become the items of node
 *             (its activities list now, NULL when it has none) that stand
 *             in their place: node->kids[at .. at+n_new), n_new = node->n
 *             minus the activities kept. One activity: at, n_old = 1.
 *   PP_GOAL   goal and its nested goals again from node (the goal's
 *             mapping); the number of goals in it must be unchanged.
 *   PP_GOALS  the goals directly under goal (GOAL_NONE: at the top), from
 *             the at-th, n_old of them with everything nested in them,
 *             become the items of node (that goals list now, NULL when
 *             gone) that stand in their place, as for PP_ACTS. The flat
 *             array is rebuilt: later goals shift, parent, n_desc and
 *             activity.goal follow. Must be the only part.
 *
 * One part per goal; a part inside a PP_GOAL part's goal is covered by it.
 * The replaced items' arrays are freed (hold items by index, never by
 * pointer); the text copied for them (long values, see plan_build) stays
 * in p's storage until plan_free, so a caller builds the plan anew now and
 * then: *built (may be NULL) receives the number of goals and activities
 * built. 0; or -1 with p's items unchanged (what was built stays in p's
 * storage until plan_free): build the plan anew (plan_build), which also
 * names the error.
 */
enum plan_part_kind { PP_ACTS, PP_GOAL, PP_GOALS };
struct plan_part {
	enum plan_part_kind kind;
	size_t goal;		/* the goal (PP_GOALS: the parent, GOAL_NONE at top) */
	size_t at, n_old;	/* PP_ACTS, PP_GOALS: the items replaced */
	const struct yn *node;	/* see above */
};
int plan_rebuild_parts(struct plan *p, const struct plan_part *part, size_t n, size_t *built);
/*
 * The same, but every error of the document is handed to report(ctx, e),
 * sorted by position (e is borrowed for the call; a duplicate id is
 * reported at its later use, with a note at its first use). Returns the
 * number of errors; *out is the plan when it is 0, else NULL. report may
 * be NULL. Capping a long list is the caller's choice. With out NULL the
 * plan is only checked (the same errors): no model is handed out, and the
 * long text a model would copy (see above) is not copied.
 */
size_t plan_build_all(struct plan **out, const struct doc *d,
		      void (*report)(void *ctx, const struct tv_err *e), void *ctx);
/* An empty plan that owns its strings (for the importer). */
struct plan *plan_new(void);
/* Copy s into the plan's own storage (owned plans only). */
const char *plan_strdup(struct plan *p, const char *s);
/*
 * Owned plans only. Pointers returned stay valid until the next call that
 * adds an item of the same kind (goals move when a goal is added; indices
 * stay). plan_add_goal appends a top-level goal; plan_add_subgoal appends a
 * goal under goal index parent, which must be the last goal or an ancestor
 * of it (so the array stays in pre-order; otherwise it aborts).
 */
struct goal *plan_add_goal(struct plan *p);
struct goal *plan_add_subgoal(struct plan *p, size_t parent);
struct activity *plan_add_activity(struct plan *p, size_t goal);
/* Append an empty indicator to the list *ind of *n_ind indicators (an
 * activity's or a goal's: plan_add_indicator(p, &a->ind, &a->n_ind)). */
struct indicator *plan_add_indicator(struct plan *p, struct indicator **ind, size_t *n_ind);
/* Append key: value to x (copied); a key already in x has its value
 * replaced. x is the extra of p or of one of its items. */
void plan_extra_add(struct plan *p, struct extra *x, const char *key, const char *value);
/* The value of key in x, or NULL. */
const char *extra_get(const struct extra *x, const char *key);
void plan_free(struct plan *p);

/* Lookups by id; NULL when absent. */
struct goal *plan_find_goal(const struct plan *p, const char *id);
struct activity *plan_find_activity(const struct plan *p, const char *id);
size_t plan_n_activities(const struct plan *p);
/* Index of g in p->goal. */
size_t plan_goal_index(const struct plan *p, const struct goal *g);
/* Is goal index d the goal a or beneath it? */
bool plan_goal_within(const struct plan *p, size_t d, size_t a);

/* Rating helpers. */
bool rating_valid(int r);
const char *rating_str(int r);		/* "100", "70", "30", "0", "not-due", "" */
int rating_parse(const char *s);	/* value, or RATING_NONE when invalid */

/*
 * The progress rule: the mean of the quarter-q ratings (q = 1..4) of the
 * activities, not-due and unrated excluded, in tenths of a percent rounded
 * half up (892 for 89.2). Returns -1 when nothing is rated.
 */
struct progress {
	long long sum;		/* of counted ratings */
	unsigned rated;		/* activities rated 100, 70, 30 or 0 */
	unsigned n100, n70, n30, n0, not_due, unrated;
	int tenths;		/* the mean, -1 when rated == 0 (kept by progress_add) */
};
#define PROGRESS_INIT { 0, 0, 0, 0, 0, 0, 0, 0, -1 }
/* Count activity a's quarter-q rating into acc. */
void progress_add(struct progress *acc, const struct activity *a, int q);
/* Over the activities of g and of its n_desc descendants (g must point into
 * a plan's goal array). */
void progress_of_goal(const struct goal *g, int q, struct progress *out);
/* Over every activity of the plan, each counted once. */
void progress_of_plan(const struct plan *p, int q, struct progress *out);
/* "89.2" or "" (no value) into buf of at least 8 bytes. */
const char *progress_fmt(int tenths, char buf[8]);

/* Sum of budget.amount over g's activities and its descendants'. */
long long budget_of_goal(const struct goal *g);
long long budget_of_plan(const struct plan *p);
/* "20,500,000" style grouping into out. */
void fmt_amount(struct sbuf *out, long long amount);

#endif
