/*
 * sel.h — the interface's state that is not drawing: which panel has the
 * keys (focus), which goal, activity and quarter are selected, and the
 * activity filters. No curses here: this is the part of the interface the
 * unit tests drive (tests/unit/test_tui_sel.c), together with ledit.h.
 *
 * Ownership: a struct sel owns vis (the filtered list) and filter.unit;
 * sel_free releases both. The plan is only read: every function that
 * takes one reads it for the duration of the call, and the selection holds
 * indices into it, never pointers, so after a session operation (a new
 * plan object) sel_refilter re-reads and clamps.
 *
 * Invariants:
 *   - goal is a goal index, or SEL_ALL for the "all goals" entry, which
 *     lists every activity of the plan in plan order;
 *   - vis[0 .. n_vis) are the activities (goal index, index in that goal)
 *     of the selected goal (or of the plan under SEL_ALL) that pass the
 *     filter, in plan order; act indexes vis, or is 0 when n_vis == 0;
 *   - quarter is 1..4;
 *   - a goal's list covers its own activities and those of the goals
 *     nested beneath it (goal[g + 1 .. g + n_desc], the plan's pre-order);
 *   - rows[0 .. n_rows) are the goals panel's rows after sel_goal_rows:
 *     SEL_ALL, then every goal not beneath a collapsed one (all goals
 *     start expanded).
 */
#ifndef TOLOV_TUI_SEL_H
#define TOLOV_TUI_SEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tolov/plan/rules.h"
#include "tolov/tui/panels.h"

struct plan;
struct goal;
struct activity;

/* The panels, from their registry (panels.h), in Tab order. */
enum panel {
#define PANEL_ENUM(id, ...) id,
	TOLOV_PANELS(PANEL_ENUM)
#undef PANEL_ENUM
	P__COUNT
};

/* The goals panel's first row: every activity of the plan. */
#define SEL_ALL SIZE_MAX

enum filter_rating {
	FR_KEEP = -1,	/* sel_filter_set: leave as it is */
	FR_NONE,	/* any rating */
	FR_UNRATED,	/* scheduled in the selected quarter, no rating there */
	FR_BELOW70,	/* rated 30 or 0 in the selected quarter */
	FR_NOTDUE,	/* rated not due in the selected quarter */
	FR_OVERDUE,	/* overdue (activity_overdue) in ANY quarter of the plan:
			 * the status line's overdue count; labelled "Q1-Q4
			 * overdue" */
	FR__COUNT
};

struct filter {
	char *unit;		/* responsible unit, exact; NULL: any */
	int quarter;		/* scheduled in quarter 1..4; 0: any */
	enum filter_rating rating;	/* of the selected quarter; FR_OVERDUE: any */
};

struct act_ref {
	size_t g, a;		/* goal index, activity index in that goal */
};

struct sel {
	enum panel focus;
	size_t goal;		/* goal index or SEL_ALL */
	size_t act;		/* index into vis */
	int quarter;		/* 1..4 */
	struct act_ref *vis;
	size_t n_vis, cap_vis;
	struct filter filter;
	bool *collapsed;	/* per goal index: its nested goals hidden in the goals panel */
	size_t n_collapsed;	/* the plan's n_goal when collapsed was made */
	size_t *rows;		/* the goals panel's rows: SEL_ALL, then the goals shown */
	size_t n_rows, cap_rows;
	struct tv_date today;	/* for overdue (tv_today); year 0: nothing is overdue */
};

void sel_init(struct sel *s);
void sel_free(struct sel *s);

/* Overdue (activity_overdue, rules.h) in some quarter; how many
 * activities of the plan are. */
size_t sel_count_overdue(const struct plan *p, const struct tv_date *today);
bool sel_overdue_any(const struct plan *p, const struct activity *a,
		     const struct tv_date *today);

/* ---- filters ---- */
bool sel_filter_active(const struct filter *f);
bool sel_filter_pass(const struct sel *s, const struct plan *p, const struct activity *a);
/* Change the filter: unit (NULL: keep), quarter (-1: keep), rating
 * (FR_KEEP: keep). Does not refilter. */
void sel_filter_set(struct sel *s, const char *unit, int quarter, enum filter_rating r);
void sel_filter_clear(struct sel *s);
/* The next rating filter for the `f` key: none, unrated, below 70, not
 * due, overdue, none. */
enum filter_rating sel_filter_next(enum filter_rating r);
/*
 * Parse the argument of `:filter`: "unit NAME", "quarter N" (0: any),
 * "rating unrated|below70|not-due|overdue|any", the same words alone, or
 * "off". Applies it to s and returns 0; -1 when arg is not understood
 * (s unchanged).
 */
int sel_filter_parse(struct sel *s, const char *arg);
/* Why a `:filter` argument was refused. */
enum filter_err {
	FE_OK,
	FE_WHAT,	/* not unit, quarter, rating, a rating word or off */
	FE_QUARTER,	/* quarter without a digit 0..4 */
	FE_RATING,	/* rating without a known word */
	FE_UNIT_NAME,	/* unit without a name */
	FE_UNIT_NONE,	/* no activity of the plan has that unit */
};
/*
 * sel_filter_parse, saying why: FE_OK (applied), else s is unchanged and
 * *what (when what is not NULL) points into arg at the refused word. With
 * p, a unit no activity of p has is refused (FE_UNIT_NONE); NULL skips
 * that check.
 */
enum filter_err sel_filter_parse_in(struct sel *s, const struct plan *p, const char *arg,
				    const char **what);
/* Units of p's activities that contain name or are contained in it (bytes,
 * exact case), each once, at most max into out (pointers into p). */
size_t sel_units_close(const struct plan *p, const char *name, const char **out, size_t max);
/* Activities passing the filter in goal g (and the goals nested in it). */
size_t sel_goal_matches(const struct sel *s, const struct plan *p, size_t g);

/* ---- selection ---- */
const struct goal *sel_goal(const struct sel *s, const struct plan *p);	/* NULL under SEL_ALL */
/* The selected activity and where it is; NULL / false when none. */
const struct activity *sel_act(const struct sel *s, const struct plan *p);
bool sel_act_ref(const struct sel *s, struct act_ref *out);
/*
 * Rebuild vis for the selected goal and the filter, keeping keep selected
 * when it passes, else the next one after it that does (NULL: keep the
 * current activity). Clamps goal to the plan.
 */
void sel_refilter(struct sel *s, const struct plan *p, const struct act_ref *keep);
/* Select goal g (or SEL_ALL) and in it activity a (index in its goal;
 * SIZE_MAX: the first shown). */
void sel_select(struct sel *s, const struct plan *p, size_t g, size_t a);
/* Show activity r: its goal is selected unless "all goals" is (which
 * shows it too); r itself, or the next shown after it, is selected. */
void sel_show_act(struct sel *s, const struct plan *p, struct act_ref r);
/* Rebuild the goals panel's rows for p (after any change of the plan or
 * of what is collapsed). */
void sel_goal_rows(struct sel *s, const struct plan *p);
/* The row of the selected goal (or of its shown ancestor); the goal (or
 * SEL_ALL) of a row, SEL_ALL past the end. */
size_t sel_goal_row(const struct sel *s);
size_t sel_goal_of_row(const struct sel *s, size_t row);
/* Expand (+1) or collapse (-1) goal g's nested goals; false when g has
 * none or is already so. Rebuilds the rows. */
bool sel_goal_expand(struct sel *s, const struct plan *p, size_t g, int dir);
bool sel_goal_collapsed(const struct sel *s, size_t g);
/* Expand every goal above g, so g has a row of its own. */
void sel_goal_reveal(struct sel *s, const struct plan *p, size_t g);

/* ---- focus ---- */
/* The panel dir (+1 / -1) steps from p, wrapping. */
enum panel sel_focus_step(enum panel p, int dir);

#endif
