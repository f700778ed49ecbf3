/*
 * plan.h — the plan model: goals, activities, indicators, quarterly status,
 * and the progress rule. Knows nothing of curses or of files on disk.
 *
 * A plan built from a document (plan_build) borrows every string from the
 * document's nodes and records the node of each goal, activity and
 * indicator, so edits can find their bytes. It stays valid until the
 * document changes; struct session rebuilds it after every edit, so callers
 * must re-read session->plan (and hold positions as indices or ids, never
 * as pointers) across edits.
 *
 * A plan made by the importer owns its strings (plan->owned) and has no
 * nodes; plan_free releases either kind.
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
	struct yn *node;	/* status.qN value node, or NULL */
};

struct indicator {
	const char *name, *baseline, *target;
	const char *actual[NQ];	/* "" when absent */
	struct yn *node;
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
	const char *schedule, *responsible;
	struct status st[NQ];
	struct yn *node;
	size_t goal;		/* index of its goal */
};

struct goal {
	const char *id, *title;
	struct activity *act;
	size_t n_act;
	struct yn *node;
};

struct plan {
	int format;		/* the tolov: version, 1 */
	const char *title;
	int year;		/* 0 when absent */
	const char *currency;	/* "MNT" when absent */
	struct goal *goal;
	size_t n_goal;
	struct yn *node;	/* root mapping, NULL for imported plans */
	const struct doc *doc;
	struct plan_mem *mem;
};

/* Build and validate the model from a parsed document. */
int plan_build(struct plan **out, const struct doc *d, struct tv_err *err);
/* An empty plan that owns its strings (for the importer). */
struct plan *plan_new(void);
/* Copy s into the plan's own storage (owned plans only). */
const char *plan_strdup(struct plan *p, const char *s);
struct goal *plan_add_goal(struct plan *p);		/* owned plans only */
struct activity *plan_add_activity(struct plan *p, size_t goal);
struct indicator *plan_add_indicator(struct plan *p, struct activity *a);
void plan_free(struct plan *p);

/* Lookups by id; NULL when absent. */
struct goal *plan_find_goal(const struct plan *p, const char *id);
struct activity *plan_find_activity(const struct plan *p, const char *id);
size_t plan_n_activities(const struct plan *p);

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
void progress_of_goal(const struct goal *g, int q, struct progress *out);
void progress_of_plan(const struct plan *p, int q, struct progress *out);
/* "89.2" or "" (no value) into buf of at least 8 bytes. */
const char *progress_fmt(int tenths, char buf[8]);

long long budget_of_goal(const struct goal *g);
long long budget_of_plan(const struct plan *p);
/* "20,500,000" style grouping into out. */
void fmt_amount(struct sbuf *out, long long amount);

#endif
