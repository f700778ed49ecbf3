/*
 * sel.c — selection, filters and focus of the interface, without curses
 * (sel.h). Unit-tested in tests/unit/test_tui_sel.c.
 */
#include <stdlib.h>
#include <string.h>

#include "tolov/base/util.h"
#include "tolov/plan/plan.h"
#include "tolov/plan/rules.h"
#include "tolov/tui/sel.h"

void sel_init(struct sel *s)
{
	memset(s, 0, sizeof *s);
	s->focus = P_ACTS;
	s->quarter = 1;
	s->filter.rating = FR_NONE;
}

void sel_free(struct sel *s)
{
	free(s->vis);
	free(s->filter.unit);
	free(s->collapsed);
	free(s->rows);
	s->vis = NULL;
	s->filter.unit = NULL;
	s->collapsed = NULL;
	s->rows = NULL;
	s->n_collapsed = s->n_rows = s->cap_rows = 0;
	s->n_vis = s->cap_vis = 0;
}

/* ---- overdue (the rule is activity_overdue, rules.h) ---- */

bool sel_overdue_any(const struct plan *p, const struct activity *a,
		     const struct tv_date *today)
{
	for (int q = 1; q <= NQ; q++)
		if (activity_overdue(p, a, q, today))
			return true;
	return false;
}

size_t sel_count_overdue(const struct plan *p, const struct tv_date *today)
{
	size_t n = 0;
	for (size_t g = 0; g < p->n_goal; g++)
		for (size_t i = 0; i < p->goal[g].n_act; i++)
			n += sel_overdue_any(p, &p->goal[g].act[i], today);
	return n;
}

/* ---- filters ---- */

bool sel_filter_active(const struct filter *f)
{
	return f->unit || f->quarter || f->rating != FR_NONE;
}

bool sel_filter_pass(const struct sel *s, const struct plan *p, const struct activity *a)
{
	const struct filter *f = &s->filter;
	if (f->unit && strcmp(a->responsible ? a->responsible : "", f->unit) != 0)
		return false;
	if (f->quarter && !activity_scheduled_in(a, f->quarter))
		return false;
	int q = s->quarter, r = a->st[q - 1].rating;
	switch (f->rating) {
	/* due in the quarter and not rated: an activity scheduled in no
	 * quarter, or not in this one, is not "unrated" (rules.h) */
	case FR_UNRATED: return activity_scheduled_in(a, q) && r == RATING_NONE;
	case FR_BELOW70: return r == 30 || r == 0;
	case FR_NOTDUE: return r == RATING_NOT_DUE;
	case FR_OVERDUE: return sel_overdue_any(p, a, &s->today);
	default: return true;
	}
}

void sel_filter_set(struct sel *s, const char *unit, int quarter, enum filter_rating r)
{
	if (unit) {
		free(s->filter.unit);
		s->filter.unit = xstrdup(unit);
	}
	if (quarter >= 0 && quarter <= NQ)
		s->filter.quarter = quarter;
	if (r != FR_KEEP)
		s->filter.rating = r;
}

void sel_filter_clear(struct sel *s)
{
	free(s->filter.unit);
	memset(&s->filter, 0, sizeof s->filter);
	s->filter.rating = FR_NONE;
}

enum filter_rating sel_filter_next(enum filter_rating r)
{
	return r < FR_NONE || r + 1 >= FR__COUNT ? FR_NONE : (enum filter_rating)(r + 1);
}

static const char *skip_ws(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/* Does s start with word w followed by the end or a blank? *rest gets
 * what follows, blanks skipped. */
static bool word(const char *s, const char *w, const char **rest)
{
	size_t n = strlen(w);
	if (strncmp(s, w, n) != 0 || (s[n] && s[n] != ' ' && s[n] != '\t'))
		return false;
	*rest = skip_ws(s + n);
	return true;
}

static enum filter_rating rating_word_of(const char *s, const char **rest)
{
	static const struct { const char *w; enum filter_rating r; } words[] = {
		{ "unrated", FR_UNRATED }, { "below70", FR_BELOW70 }, { "not-due", FR_NOTDUE },
		{ "notdue", FR_NOTDUE }, { "overdue", FR_OVERDUE }, { "any", FR_NONE },
	};
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (word(s, words[i].w, rest))
			return words[i].r;
	return FR_KEEP;
}

static bool unit_known(const struct plan *p, const char *u)
{
	for (size_t g = 0; g < p->n_goal; g++)
		for (size_t i = 0; i < p->goal[g].n_act; i++) {
			const char *r = p->goal[g].act[i].responsible;
			if (r && !strcmp(r, u))
				return true;
		}
	return false;
}

enum filter_err sel_filter_parse_in(struct sel *s, const struct plan *p, const char *arg,
				    const char **what)
{
	const char *a = skip_ws(arg), *rest;
	const char *dummy;
	if (!what)
		what = &dummy;
	*what = a;
	if (word(a, "unit", &rest)) {
		size_t n = strlen(rest);
		while (n > 0 && (rest[n - 1] == ' ' || rest[n - 1] == '\t'))
			n--;
		*what = rest;
		if (!n)
			return FE_UNIT_NAME;
		char *u = xstrndup(rest, n);
		if (p && !unit_known(p, u)) {
			free(u);
			return FE_UNIT_NONE;
		}
		sel_filter_set(s, u, -1, FR_KEEP);
		free(u);
		return FE_OK;
	}
	if (word(a, "quarter", &rest)) {
		*what = rest;
		if (!(rest[0] >= '0' && rest[0] <= '4') || *skip_ws(rest + 1))
			return FE_QUARTER;
		sel_filter_set(s, NULL, rest[0] - '0', FR_KEEP);
		return FE_OK;
	}
	bool rating = word(a, "rating", &rest);
	if (rating)
		a = *what = rest;
	enum filter_rating r = rating_word_of(a, &rest);
	if (r != FR_KEEP && !*rest) {
		sel_filter_set(s, NULL, -1, r);
		return FE_OK;
	}
	if (rating)
		return FE_RATING;
	if (!*a || ((word(a, "off", &rest) || word(a, "clear", &rest)) && !*rest)) {
		sel_filter_clear(s);
		return FE_OK;
	}
	return FE_WHAT;
}

int sel_filter_parse(struct sel *s, const char *arg)
{
	return sel_filter_parse_in(s, NULL, arg, NULL) == FE_OK ? 0 : -1;
}

size_t sel_units_close(const struct plan *p, const char *name, const char **out, size_t max)
{
	size_t n = 0;
	if (!*name)
		return 0;
	for (size_t g = 0; g < p->n_goal && n < max; g++)
		for (size_t i = 0; i < p->goal[g].n_act && n < max; i++) {
			const char *r = p->goal[g].act[i].responsible;
			if (!r || !*r || (!strstr(r, name) && !strstr(name, r)))
				continue;
			bool seen = false;
			for (size_t k = 0; k < n && !seen; k++)
				seen = !strcmp(out[k], r);
			if (!seen)
				out[n++] = r;
		}
	return n;
}

size_t sel_goal_matches(const struct sel *s, const struct plan *p, size_t g)
{
	if (g >= p->n_goal)
		return 0;
	size_t n = 0, end = g + 1 + p->goal[g].n_desc;
	for (size_t k = g; k < end && k < p->n_goal; k++)
		for (size_t i = 0; i < p->goal[k].n_act; i++)
			n += sel_filter_pass(s, p, &p->goal[k].act[i]);
	return n;
}

/* ---- selection ---- */

const struct goal *sel_goal(const struct sel *s, const struct plan *p)
{
	if (!p || s->goal == SEL_ALL || s->goal >= p->n_goal)
		return NULL;
	return &p->goal[s->goal];
}

bool sel_act_ref(const struct sel *s, struct act_ref *out)
{
	if (s->act >= s->n_vis)
		return false;
	*out = s->vis[s->act];
	return true;
}

const struct activity *sel_act(const struct sel *s, const struct plan *p)
{
	struct act_ref r;
	if (!p || !sel_act_ref(s, &r) || r.g >= p->n_goal || r.a >= p->goal[r.g].n_act)
		return NULL;
	return &p->goal[r.g].act[r.a];
}

static int ref_cmp(struct act_ref x, struct act_ref y)
{
	if (x.g != y.g)
		return x.g < y.g ? -1 : 1;
	return x.a < y.a ? -1 : x.a > y.a;
}

static void push(struct sel *s, size_t g, size_t a)
{
	if (s->n_vis == s->cap_vis) {
		s->cap_vis = s->cap_vis ? s->cap_vis * 2 : 32;
		s->vis = xrealloc(s->vis, s->cap_vis * sizeof *s->vis);
	}
	s->vis[s->n_vis++] = (struct act_ref){ g, a };
}

void sel_refilter(struct sel *s, const struct plan *p, const struct act_ref *keep)
{
	struct act_ref k = { SIZE_MAX, SIZE_MAX };
	bool have = keep ? (k = *keep, true) : sel_act_ref(s, &k);
	if (s->goal != SEL_ALL && s->goal >= p->n_goal)
		s->goal = p->n_goal ? p->n_goal - 1 : 0;
	s->n_vis = 0;
	/* a goal's list: its activities and those of the goals beneath it */
	size_t g0 = s->goal == SEL_ALL ? 0 : s->goal;
	size_t g1 = s->goal == SEL_ALL ? p->n_goal
		  : p->n_goal ? s->goal + 1 + p->goal[s->goal].n_desc : 0;
	if (g1 > p->n_goal)
		g1 = p->n_goal;
	size_t pos = SIZE_MAX;
	for (size_t g = g0; g < g1; g++)
		for (size_t i = 0; i < p->goal[g].n_act; i++) {
			if (!sel_filter_pass(s, p, &p->goal[g].act[i]))
				continue;
			struct act_ref r = { g, i };
			if (have && pos == SIZE_MAX && ref_cmp(r, k) >= 0)
				pos = s->n_vis;	/* keep, or the next one that passes */
			push(s, g, i);
		}
	if (pos == SIZE_MAX)
		pos = have && s->n_vis ? s->n_vis - 1 : 0;
	s->act = pos < s->n_vis ? pos : 0;
}

void sel_select(struct sel *s, const struct plan *p, size_t g, size_t a)
{
	if (g != SEL_ALL)
		g = p->n_goal ? (g < p->n_goal ? g : p->n_goal - 1) : 0;
	s->goal = g;
	s->act = 0;
	s->n_vis = 0;
	struct act_ref k = { g == SEL_ALL ? 0 : g, a == SIZE_MAX ? 0 : a };
	if (g == SEL_ALL || a == SIZE_MAX)
		k = (struct act_ref){ 0, 0 };
	sel_refilter(s, p, &k);
	if (a == SIZE_MAX)
		s->act = 0;
}

void sel_show_act(struct sel *s, const struct plan *p, struct act_ref r)
{
	if (s->goal != SEL_ALL)
		s->goal = r.g;
	sel_refilter(s, p, &r);
}

bool sel_goal_collapsed(const struct sel *s, size_t g)
{
	return g < s->n_collapsed && s->collapsed[g];
}

void sel_goal_rows(struct sel *s, const struct plan *p)
{
	if (s->n_collapsed != p->n_goal) {
		/* the plan's goals changed: every goal expanded again */
		free(s->collapsed);
		s->collapsed = p->n_goal ? xcalloc(p->n_goal, sizeof *s->collapsed) : NULL;
		s->n_collapsed = p->n_goal;
	}
	if (s->cap_rows < p->n_goal + 1) {
		s->cap_rows = p->n_goal + 1;
		s->rows = xrealloc(s->rows, s->cap_rows * sizeof *s->rows);
	}
	s->n_rows = 0;
	s->rows[s->n_rows++] = SEL_ALL;
	for (size_t g = 0; g < p->n_goal;) {
		s->rows[s->n_rows++] = g;
		g += s->collapsed[g] ? 1 + p->goal[g].n_desc : 1;
	}
}

void sel_goal_reveal(struct sel *s, const struct plan *p, size_t g)
{
	sel_goal_rows(s, p);
	if (g >= p->n_goal)
		return;
	bool changed = false;
	for (size_t a = p->goal[g].parent; a != GOAL_NONE && a < p->n_goal; a = p->goal[a].parent)
		if (s->collapsed[a]) {
			s->collapsed[a] = false;
			changed = true;
		}
	if (changed)
		sel_goal_rows(s, p);
}

size_t sel_goal_row(const struct sel *s)
{
	if (s->goal == SEL_ALL)
		return 0;
	/* the goal's row, or the row of the collapsed goal above it */
	size_t best = 0;
	for (size_t r = 1; r < s->n_rows; r++) {
		if (s->rows[r] > s->goal)
			break;
		best = r;
	}
	return best;
}

size_t sel_goal_of_row(const struct sel *s, size_t row)
{
	return row < s->n_rows ? s->rows[row] : SEL_ALL;
}

bool sel_goal_expand(struct sel *s, const struct plan *p, size_t g, int dir)
{
	if (g >= p->n_goal || !p->goal[g].n_desc)
		return false;
	sel_goal_rows(s, p);
	bool want = dir < 0;
	if (s->collapsed[g] == want)
		return false;
	s->collapsed[g] = want;
	sel_goal_rows(s, p);
	return true;
}

/* ---- focus ---- */

enum panel sel_focus_step(enum panel p, int dir)
{
	int n = P__COUNT;
	return (enum panel)((((int)p + dir) % n + n) % n);
}
