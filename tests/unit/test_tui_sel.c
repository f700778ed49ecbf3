/*
 * test_tui_sel.c — the interface's selection, filters and focus (sel.h),
 * without a terminal: "all goals", filters plan-wide and per goal, the
 * `:filter` forms, overdue (rules.h) from a set date, keeping the selected activity
 * across a refilter, focus stepping.
 */
#include "testutil.h"

#include "tolov/tui/sel.h"

static const char *PLAN =
	"tolov: 1\n"
	"title: T\n"
	"year: 2023\n"
	"goals:\n"
	"  - id: \"1\"\n"
	"    title: G1\n"
	"    activities:\n"
	"      - id: \"1.1\"\n"
	"        title: A\n"
	"        quarters: [1, 2]\n"
	"        responsible: Unit A\n"
	"        status:\n"
	"          q1: {rating: 100}\n"
	"      - id: \"1.2\"\n"
	"        title: B\n"
	"        quarters: [2]\n"
	"        responsible: Unit B\n"
	"        status:\n"
	"          q2: {rating: 30}\n"
	"  - id: \"2\"\n"
	"    title: G2\n"
	"    activities:\n"
	"      - id: \"2.1\"\n"
	"        title: C\n"
	"        quarters: [1]\n"
	"        responsible: Unit A\n"
	"      - id: \"2.2\"\n"
	"        title: D\n"
	"        responsible: Unit A\n"
	"  - id: \"3\"\n"
	"    title: G3 empty\n";

struct fx {
	struct doc *d;
	struct plan *p;
	struct sel s;
};

static int setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof *f);
	f->p = tu_plan(PLAN, &f->d);
	sel_init(&f->s);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	sel_free(&f->s);
	plan_free(f->p);
	doc_free(f->d);
	free(f);
	return 0;
}

static const char *act_id(struct fx *f)
{
	const struct activity *a = sel_act(&f->s, f->p);
	return a ? a->id : "(none)";
}

static void test_select_goal_and_all(void **state)
{
	struct fx *f = *state;
	sel_select(&f->s, f->p, 1, SIZE_MAX);
	assert_int_equal(f->s.n_vis, 2);
	assert_string_equal(act_id(f), "2.1");
	assert_string_equal(sel_goal(&f->s, f->p)->id, "2");
	/* all goals: every activity of the plan, in plan order */
	sel_select(&f->s, f->p, SEL_ALL, SIZE_MAX);
	assert_null(sel_goal(&f->s, f->p));
	assert_int_equal(f->s.n_vis, 4);
	assert_string_equal(act_id(f), "1.1");
	assert_int_equal(f->s.vis[3].g, 1);
	assert_int_equal(f->s.vis[3].a, 1);
	/* goals panel rows: 0 is all goals */
	sel_goal_rows(&f->s, f->p);
	assert_int_equal(f->s.n_rows, 4);
	assert_int_equal(sel_goal_row(&f->s), 0);
	assert_true(sel_goal_of_row(&f->s, 0) == SEL_ALL);
	assert_int_equal(sel_goal_of_row(&f->s, 2), 1);
	assert_true(sel_goal_of_row(&f->s, 9) == SEL_ALL);
	/* an empty goal */
	sel_select(&f->s, f->p, 2, SIZE_MAX);
	assert_int_equal(f->s.n_vis, 0);
	assert_null(sel_act(&f->s, f->p));
	/* a goal past the end is clamped */
	sel_select(&f->s, f->p, 99, SIZE_MAX);
	assert_int_equal(f->s.goal, 2);
}

static void test_show_act_keeps_all(void **state)
{
	struct fx *f = *state;
	sel_select(&f->s, f->p, SEL_ALL, SIZE_MAX);
	sel_show_act(&f->s, f->p, (struct act_ref){ 1, 0 });
	assert_true(f->s.goal == SEL_ALL);
	assert_string_equal(act_id(f), "2.1");
	sel_select(&f->s, f->p, 0, SIZE_MAX);
	sel_show_act(&f->s, f->p, (struct act_ref){ 1, 1 });
	assert_int_equal(f->s.goal, 1);
	assert_string_equal(act_id(f), "2.2");
}

static void test_filter_unit_plan_wide(void **state)
{
	struct fx *f = *state;
	sel_select(&f->s, f->p, SEL_ALL, SIZE_MAX);
	assert_int_equal(sel_filter_parse(&f->s, "unit Unit A"), 0);
	assert_string_equal(f->s.filter.unit, "Unit A");
	sel_refilter(&f->s, f->p, NULL);
	assert_int_equal(f->s.n_vis, 3);
	/* per goal match counts */
	assert_int_equal(sel_goal_matches(&f->s, f->p, 0), 1);
	assert_int_equal(sel_goal_matches(&f->s, f->p, 1), 2);
	assert_int_equal(sel_goal_matches(&f->s, f->p, 2), 0);
	assert_true(sel_filter_active(&f->s.filter));
	assert_int_equal(sel_filter_parse(&f->s, "off"), 0);
	assert_false(sel_filter_active(&f->s.filter));
	assert_null(f->s.filter.unit);
}

static void test_filter_quarter_and_rating(void **state)
{
	struct fx *f = *state;
	sel_select(&f->s, f->p, SEL_ALL, SIZE_MAX);
	assert_int_equal(sel_filter_parse(&f->s, "quarter 2"), 0);
	sel_refilter(&f->s, f->p, NULL);
	assert_int_equal(f->s.n_vis, 2);	/* 1.1 and 1.2; 2.2 has no quarters: none */
	f->s.quarter = 2;
	assert_int_equal(sel_filter_parse(&f->s, "rating below70"), 0);
	sel_refilter(&f->s, f->p, NULL);
	assert_int_equal(f->s.n_vis, 1);
	assert_string_equal(act_id(f), "1.2");
	assert_int_equal(sel_filter_parse(&f->s, "unrated"), 0);
	sel_refilter(&f->s, f->p, NULL);
	assert_int_equal(f->s.n_vis, 1);
	assert_string_equal(act_id(f), "1.1");
	/* refused forms leave the filter as it was */
	assert_int_equal(sel_filter_parse(&f->s, "quarter 5"), -1);
	assert_int_equal(sel_filter_parse(&f->s, "rating sometimes"), -1);
	assert_int_equal(sel_filter_parse(&f->s, "unit"), -1);
	assert_int_equal(f->s.filter.quarter, 2);
	assert_int_equal(f->s.filter.rating, FR_UNRATED);
	assert_int_equal(sel_filter_parse(&f->s, "rating any"), 0);
	assert_int_equal(f->s.filter.rating, FR_NONE);
	/* the f key cycles through every rating filter back to none */
	enum filter_rating r = FR_NONE;
	int n = 0;
	do {
		r = sel_filter_next(r);
		n++;
	} while (r != FR_NONE && n < 10);
	assert_int_equal(n, FR__COUNT);
}

static void test_overdue(void **state)
{
	struct fx *f = *state;
	struct tv_date d;
	assert_true(tv_date_parse("2023-07-01", &d));
	const struct activity *a11 = &f->p->goal[0].act[0], *a12 = &f->p->goal[0].act[1];
	const struct activity *a21 = &f->p->goal[1].act[0], *a22 = &f->p->goal[1].act[1];
	/* Q1 rated, Q2 ended and unrated */
	assert_false(activity_overdue(f->p, a11, 1, &d));
	assert_true(activity_overdue(f->p, a11, 2, &d));
	assert_false(activity_overdue(f->p, a12, 2, &d));	/* rated 30 */
	assert_true(activity_overdue(f->p, a21, 1, &d));
	assert_false(sel_overdue_any(f->p, a22, &d));	/* no quarters: never overdue */
	assert_int_equal(sel_count_overdue(f->p, &d), 2);
	/* the last day of a quarter: not yet ended */
	assert_true(tv_date_parse("2023-06-30", &d));
	assert_false(activity_overdue(f->p, a11, 2, &d));
	assert_int_equal(sel_count_overdue(f->p, &d), 1);
	/* a later year: every past quarter */
	assert_true(tv_date_parse("2024-01-01", &d));
	assert_int_equal(sel_count_overdue(f->p, &d), 2);
	/* filter */
	f->s.today = d;
	sel_select(&f->s, f->p, SEL_ALL, SIZE_MAX);
	assert_int_equal(sel_filter_parse(&f->s, "rating overdue"), 0);
	sel_refilter(&f->s, f->p, NULL);
	assert_int_equal(f->s.n_vis, 2);
	/* no year: nothing overdue */
	int y = f->p->year;
	f->p->year = 0;
	assert_int_equal(sel_count_overdue(f->p, &d), 0);
	f->p->year = y;
}

static void test_refilter_keeps_selection(void **state)
{
	struct fx *f = *state;
	sel_select(&f->s, f->p, SEL_ALL, SIZE_MAX);
	sel_show_act(&f->s, f->p, (struct act_ref){ 1, 0 });	/* 2.1 */
	assert_string_equal(act_id(f), "2.1");
	/* a filter hiding 2.1 moves to the next one shown after it */
	sel_filter_set(&f->s, "Unit A", -1, FR_KEEP);
	f->s.quarter = 1;
	sel_filter_set(&f->s, NULL, -1, FR_UNRATED);
	sel_refilter(&f->s, f->p, NULL);
	assert_string_equal(act_id(f), "2.1");
	sel_filter_set(&f->s, NULL, 2, FR_KEEP);
	sel_refilter(&f->s, f->p, NULL);
	/* none passes: 1.1 is rated in Q1, 2.1 and 2.2 are not scheduled in Q2 */
	assert_int_equal(f->s.n_vis, 0);
	assert_null(sel_act(&f->s, f->p));
	sel_filter_clear(&f->s);
	sel_refilter(&f->s, f->p, &(struct act_ref){ 0, 1 });
	assert_string_equal(act_id(f), "1.2");
}

static const char *NESTED =
	"tolov: 1\n"
	"title: T\n"
	"goals:\n"
	"  - id: \"1\"\n"
	"    title: Top\n"
	"    activities:\n"
	"      - id: \"1.1\"\n"
	"        title: A\n"
	"        responsible: U\n"
	"    goals:\n"
	"      - id: \"1.2\"\n"
	"        title: Nested\n"
	"        activities:\n"
	"          - id: \"1.2.1\"\n"
	"            title: B\n"
	"            responsible: U\n"
	"  - id: \"2\"\n"
	"    title: Second\n"
	"    activities:\n"
	"      - id: \"2.1\"\n"
	"        title: C\n";

static void test_nested_goals(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(NESTED, &d);
	struct sel s;
	sel_init(&s);
	assert_int_equal(p->n_goal, 3);
	/* a goal's list covers the goals beneath it */
	sel_select(&s, p, 0, SIZE_MAX);
	assert_int_equal(s.n_vis, 2);
	assert_string_equal(sel_act(&s, p)->id, "1.1");
	s.act = 1;
	assert_string_equal(sel_act(&s, p)->id, "1.2.1");
	sel_filter_set(&s, "U", -1, FR_KEEP);
	assert_int_equal(sel_goal_matches(&s, p, 0), 2);
	assert_int_equal(sel_goal_matches(&s, p, 1), 1);
	assert_int_equal(sel_goal_matches(&s, p, 2), 0);
	/* the tree opens expanded; collapse hides what is beneath */
	sel_goal_rows(&s, p);
	assert_int_equal(s.n_rows, 4);
	assert_false(sel_goal_collapsed(&s, 0));
	assert_true(sel_goal_expand(&s, p, 0, -1));
	assert_false(sel_goal_expand(&s, p, 0, -1));	/* already */
	assert_false(sel_goal_expand(&s, p, 2, -1));	/* nothing beneath */
	assert_int_equal(s.n_rows, 3);
	assert_int_equal(sel_goal_of_row(&s, 2), 2);
	/* a selected goal beneath a collapsed one shows on its ancestor's row */
	s.goal = 1;
	assert_int_equal(sel_goal_row(&s), 1);
	assert_true(sel_goal_expand(&s, p, 0, 1));
	assert_int_equal(s.n_rows, 4);
	assert_int_equal(sel_goal_row(&s), 2);
	/* revealing a goal beneath a collapsed one expands its ancestors */
	assert_true(sel_goal_expand(&s, p, 0, -1));
	sel_goal_reveal(&s, p, 1);
	assert_false(sel_goal_collapsed(&s, 0));
	assert_int_equal(sel_goal_row(&s), 2);
	sel_free(&s);
	plan_free(p);
	doc_free(d);
}

static void test_focus(void **state)
{
	(void)state;
	assert_int_equal(sel_focus_step(P_GOALS, 1), P_ACTS);
	assert_int_equal(sel_focus_step(P_STATUS, 1), P_GOALS);
	assert_int_equal(sel_focus_step(P_GOALS, -1), P_STATUS);
	struct sel s;
	sel_init(&s);
	assert_int_equal(s.focus, P_ACTS);
	assert_int_equal(s.quarter, 1);
	sel_free(&s);
}

/* Every rating filter against the rules (rules.h), on a plan with every
 * case: scheduled or not, rated, unrated, rated not due, in an ended
 * quarter (Q2, today 2023-07-10) and the current one (Q3). */
static const char *RATED =
	"tolov: 1\n"
	"title: T\n"
	"year: 2023\n"
	"goals:\n"
	"  - id: \"1\"\n"
	"    title: G\n"
	"    activities:\n"
	"      - id: \"1.1\"\n"	/* due Q2 and Q3, never rated */
	"        title: due\n"
	"        quarters: [2, 3]\n"
	"      - id: \"1.2\"\n"	/* due Q2 and Q3, rated in both */
	"        title: rated\n"
	"        quarters: [2, 3]\n"
	"        status:\n"
	"          q2: {rating: 100}\n"
	"          q3: {rating: 30}\n"
	"      - id: \"1.3\"\n"	/* due Q2 and Q3, not due in both */
	"        title: notdue\n"
	"        quarters: [2, 3]\n"
	"        status:\n"
	"          q2: {rating: not-due}\n"
	"          q3: {rating: not-due}\n"
	"      - id: \"1.4\"\n"	/* scheduled in no quarter */
	"        title: never\n"
	"      - id: \"1.5\"\n"	/* as needed, rated 0 in Q3 anyway */
	"        title: asneeded\n"
	"        quarters: []\n"
	"        status:\n"
	"          q3: {rating: 0}\n";

static char *shown(struct sel *s, const struct plan *p, enum filter_rating r, int q)
{
	struct sbuf b = SBUF_INIT;
	s->quarter = q;
	sel_filter_clear(s);
	sel_filter_set(s, NULL, -1, r);
	sel_select(s, p, SEL_ALL, SIZE_MAX);
	for (size_t i = 0; i < s->n_vis; i++)
		sbuf_addf(&b, "%s%s", i ? " " : "", p->goal[s->vis[i].g].act[s->vis[i].a].id);
	return b.buf ? b.buf : xstrdup("");
}

#define SHOWN(r, q, want)                                                                  \
	do {                                                                               \
		char *got = shown(&s, p, r, q);                                            \
		assert_string_equal(got, want);                                            \
		free(got);                                                                 \
	} while (0)

static void test_rating_filters_follow_rules(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(RATED, &d);
	struct sel s;
	sel_init(&s);
	assert_true(tv_date_parse("2023-07-10", &s.today));
	/* unrated: scheduled in the quarter and no rating there; never the
	 * unscheduled 1.4 or the not-due 1.3 */
	SHOWN(FR_UNRATED, 2, "1.1");
	SHOWN(FR_UNRATED, 3, "1.1");
	SHOWN(FR_UNRATED, 1, "");
	/* below 70: rated 30 or 0 in the quarter, scheduled or not */
	SHOWN(FR_BELOW70, 3, "1.2 1.5");
	SHOWN(FR_BELOW70, 2, "");
	SHOWN(FR_NOTDUE, 3, "1.3");
	/* overdue: in any ended quarter, whatever quarter is selected (the
	 * label says "Q1-Q4 overdue"); Q3 has not ended */
	SHOWN(FR_OVERDUE, 3, "1.1");
	SHOWN(FR_OVERDUE, 1, "1.1");
	for (size_t i = 0; i < p->goal[0].n_act; i++) {
		const struct activity *a = &p->goal[0].act[i];
		bool any = false;
		for (int q = 1; q <= NQ; q++)
			any |= activity_overdue(p, a, q, &s.today);
		assert_int_equal(sel_overdue_any(p, a, &s.today), any);
		for (int q = 1; q <= NQ; q++) {
			s.quarter = q;
			sel_filter_clear(&s);
			sel_filter_set(&s, NULL, -1, FR_UNRATED);
			assert_int_equal(sel_filter_pass(&s, p, a),
					 activity_scheduled_in(a, q) &&
						 a->st[q - 1].rating == RATING_NONE);
		}
	}
	/* before the year: nothing overdue */
	assert_true(tv_date_parse("2023-01-01", &s.today));
	SHOWN(FR_OVERDUE, 2, "");
	sel_free(&s);
	plan_free(p);
	doc_free(d);
}

/* `:filter` says why it refuses: each refused form its own reason */
static void test_filter_errors(void **state)
{
	struct fx *f = *state;
	const char *what = NULL;
	assert_int_equal(sel_filter_parse_in(&f->s, f->p, "quarter 7", &what), FE_QUARTER);
	assert_string_equal(what, "7");
	assert_int_equal(sel_filter_parse_in(&f->s, f->p, "quarter", &what), FE_QUARTER);
	assert_int_equal(sel_filter_parse_in(&f->s, f->p, "rating bad", &what), FE_RATING);
	assert_string_equal(what, "bad");
	assert_int_equal(sel_filter_parse_in(&f->s, f->p, "unit", &what), FE_UNIT_NAME);
	assert_int_equal(sel_filter_parse_in(&f->s, f->p, "unit  ", &what), FE_UNIT_NAME);
	assert_int_equal(sel_filter_parse_in(&f->s, f->p, "unit nosuch", &what), FE_UNIT_NONE);
	assert_string_equal(what, "nosuch");
	assert_null(f->s.filter.unit);
	assert_int_equal(sel_filter_parse_in(&f->s, f->p, "sometimes", &what), FE_WHAT);
	assert_string_equal(what, "sometimes");
	/* a unit of the plan is taken; without a plan any name is */
	assert_int_equal(sel_filter_parse_in(&f->s, f->p, "unit Unit B", &what), FE_OK);
	assert_string_equal(f->s.filter.unit, "Unit B");
	assert_int_equal(sel_filter_parse_in(&f->s, NULL, "unit nosuch", &what), FE_OK);
	/* close units: containing the name or contained in it */
	const char *close[3];
	assert_int_equal(sel_units_close(f->p, "Unit", close, 3), 2);
	assert_string_equal(close[0], "Unit A");
	assert_string_equal(close[1], "Unit B");
	assert_int_equal(sel_units_close(f->p, "Unit A east", close, 3), 1);
	assert_int_equal(sel_units_close(f->p, "zz", close, 3), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_select_goal_and_all, setup, teardown),
		cmocka_unit_test_setup_teardown(test_show_act_keeps_all, setup, teardown),
		cmocka_unit_test_setup_teardown(test_filter_unit_plan_wide, setup, teardown),
		cmocka_unit_test_setup_teardown(test_filter_quarter_and_rating, setup, teardown),
		cmocka_unit_test_setup_teardown(test_overdue, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refilter_keeps_selection, setup, teardown),
		cmocka_unit_test(test_nested_goals),
		cmocka_unit_test(test_rating_filters_follow_rules),
		cmocka_unit_test_setup_teardown(test_filter_errors, setup, teardown),
		cmocka_unit_test(test_focus),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
