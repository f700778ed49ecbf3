/*
 * test_rules.c — the shared rules of rules.h: scheduled, listed, ended,
 * overdue and today's date, and that the report follows them.
 */
#include "testutil.h"

#include "tolov/plan/rules.h"
#include "tolov/io/report.h"

static const char plan_rules[] =
	"tolov: 1\n"
	"title: \"P\"\n"
	"year: 2023\n"
	"goals:\n"
	"  - id: \"1\"\n"
	"    title: \"G1\"\n"
	"    activities:\n"
	"      - {id: \"1.1\", title: \"q1 q2\", quarters: [1, 2]}\n"
	"      - {id: \"1.2\", title: \"as needed\", quarters: [], status: {q1: {rating: 100}}}\n"
	"      - {id: \"1.3\", title: \"no key\"}\n"
	"      - {id: \"1.4\", title: \"rated q1\", quarters: [1], status: {q1: {rating: 70}}}\n"
	"      - {id: \"1.5\", title: \"not due q1\", quarters: [1], status: {q1: {rating: not-due}}}\n"
	"      - {id: \"1.6\", title: \"note only\", quarters: [1], status: {q1: {note: \"x\"}}}\n";

static const struct activity *act(const struct plan *p, const char *id)
{
	const struct activity *a = plan_find_activity(p, id);
	assert_non_null(a);
	return a;
}

static void test_scheduled_in(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(plan_rules, &d);
	assert_true(activity_scheduled_in(act(p, "1.1"), 1));
	assert_true(activity_scheduled_in(act(p, "1.1"), 2));
	assert_false(activity_scheduled_in(act(p, "1.1"), 3));
	for (int q = 1; q <= 4; q++) {
		/* quarters: [] and no quarters key: scheduled in no quarter */
		assert_false(activity_scheduled_in(act(p, "1.2"), q));
		assert_false(activity_scheduled_in(act(p, "1.3"), q));
	}
	assert_false(activity_scheduled_in(act(p, "1.1"), 0));
	assert_false(activity_scheduled_in(act(p, "1.1"), 5));
	plan_free(p);
	doc_free(d);
}

static void test_listed_in(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(plan_rules, &d);
	assert_true(activity_listed_in(act(p, "1.1"), 2));
	assert_true(activity_listed_in(act(p, "1.2"), 1));	/* rated anyway */
	assert_false(activity_listed_in(act(p, "1.2"), 2));
	assert_false(activity_listed_in(act(p, "1.3"), 1));
	plan_free(p);
	doc_free(d);
}

static void test_quarter_end_and_ended(void **state)
{
	(void)state;
	struct tv_date e = quarter_end(2023, 1);
	assert_int_equal(e.month, 3);
	assert_int_equal(e.day, 31);
	e = quarter_end(2024, 2);
	assert_int_equal(e.year, 2024);
	assert_int_equal(e.month, 6);
	assert_int_equal(e.day, 30);
	e = quarter_end(2023, 3);
	assert_int_equal(e.month, 9);
	assert_int_equal(e.day, 30);
	e = quarter_end(2023, 4);
	assert_int_equal(e.month, 12);
	assert_int_equal(e.day, 31);

	struct plan p = { .title = "", .currency = "MNT", .year = 2023 };
	struct tv_date last = { 2023, 3, 31 }, next = { 2023, 4, 1 }, later = { 2024, 1, 1 };
	assert_false(quarter_ended(&p, 1, &last));	/* its last day is still in it */
	assert_true(quarter_ended(&p, 1, &next));
	assert_false(quarter_ended(&p, 2, &next));
	assert_true(quarter_ended(&p, 4, &later));
	p.year = 0;					/* no year: nothing has ended */
	assert_false(quarter_ended(&p, 1, &later));
}

static void test_overdue(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(plan_rules, &d);
	struct tv_date in_q2 = { 2023, 5, 10 }, in_q1 = { 2023, 2, 1 };
	assert_true(activity_overdue(p, act(p, "1.1"), 1, &in_q2));
	assert_false(activity_overdue(p, act(p, "1.1"), 2, &in_q2));	/* not ended */
	assert_false(activity_overdue(p, act(p, "1.1"), 1, &in_q1));
	assert_false(activity_overdue(p, act(p, "1.2"), 1, &in_q2));	/* as needed */
	assert_false(activity_overdue(p, act(p, "1.3"), 1, &in_q2));	/* no key */
	assert_false(activity_overdue(p, act(p, "1.4"), 1, &in_q2));	/* rated */
	assert_false(activity_overdue(p, act(p, "1.5"), 1, &in_q2));	/* not-due is a rating */
	assert_true(activity_overdue(p, act(p, "1.6"), 1, &in_q2));	/* a note is no rating */
	assert_int_equal(plan_count_overdue(p, 1, &in_q2), 2);
	assert_int_equal(plan_count_overdue(p, 2, &in_q2), 0);
	p->year = 0;
	assert_false(activity_overdue(p, act(p, "1.1"), 1, &in_q2));
	assert_int_equal(plan_count_overdue(p, 1, &in_q2), 0);
	plan_free(p);
	doc_free(d);
}

static void test_date_parse(void **state)
{
	(void)state;
	struct tv_date t;
	assert_true(tv_date_parse("2023-07-01", &t));
	assert_int_equal(t.year, 2023);
	assert_int_equal(t.month, 7);
	assert_int_equal(t.day, 1);
	assert_true(tv_date_parse("2024-02-29", &t));
	assert_false(tv_date_parse("2023-02-29", &t));
	assert_false(tv_date_parse("2023-13-01", &t));
	assert_false(tv_date_parse("2023-04-31", &t));
	assert_false(tv_date_parse("2023-7-01", &t));
	assert_false(tv_date_parse("2023-07-01x", &t));
	assert_false(tv_date_parse("", &t));
	struct tv_date a = { 2023, 1, 2 }, b = { 2023, 1, 3 };
	assert_true(tv_date_cmp(&a, &b) < 0);
	assert_true(tv_date_cmp(&b, &a) > 0);
	assert_int_equal(tv_date_cmp(&a, &a), 0);
}

static void test_today_from_environment(void **state)
{
	(void)state;
	struct tv_date t;
	setenv("TOLOV_TODAY", "2023-10-05", 1);
	assert_int_equal(tv_today(&t), 0);
	assert_int_equal(t.year, 2023);
	assert_int_equal(t.month, 10);
	assert_int_equal(t.day, 5);
	setenv("TOLOV_TODAY", "yesterday", 1);
	assert_int_equal(tv_today(&t), -1);	/* refused; the clock's date */
	assert_true(t.year >= 2000 && t.month >= 1 && t.month <= 12);
	unsetenv("TOLOV_TODAY");
	assert_int_equal(tv_today(&t), 0);
}

/* The report follows the rule: an as-needed activity rated anyway is
 * listed in that quarter and counts in progress; one not rated is not
 * listed; neither is an activity without a quarters key. */
static void test_report_lists_as_needed_rated_anyway(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(plan_rules, &d);
	struct report_opts o = REPORT_OPTS_INIT;
	o.quarter = 1;
	o.lang = LANG_EN;
	struct sbuf b = SBUF_INIT;
	report_render(&b, p, &o, REPORT_TEXT);
	if (!strstr(b.buf, "1.2. as needed\n      Baseline: -\n      Target: -\n      Actual (Q1): -\n      Rating: 100 (done) (not scheduled in Q1)\n"))
		fail_msg("as-needed activity rated in Q1 not listed:\n%s", b.buf);
	assert_null(strstr(b.buf, "1.3."));
	sbuf_reset(&b);
	o.quarter = 2;
	report_render(&b, p, &o, REPORT_TEXT);
	assert_null(strstr(b.buf, "1.2."));
	assert_null(strstr(b.buf, "1.3."));
	assert_non_null(strstr(b.buf, "1.1. q1 q2"));
	sbuf_free(&b);
	/* progress: 100 (as needed, rated anyway) and 70; not-due excluded */
	struct progress pr;
	progress_of_plan(p, 1, &pr);
	assert_int_equal(pr.rated, 2);
	assert_int_equal(pr.tenths, 850);
	plan_free(p);
	doc_free(d);
}

/* A goal's figures in the report cover the goals nested beneath it; the
 * whole plan counts each activity once. */
static void test_report_goal_covers_nested_goals(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan("tolov: 1\ntitle: N\nyear: 2023\ngoals:\n"
				 "- id: '1'\n  title: Top\n"
				 "  activities: [{id: '1.0', title: own, quarters: [1], status: {q1: {rating: 100}}}]\n"
				 "  goals:\n  - id: '1.1'\n    title: Mid\n"
				 "    activities: [{id: '1.1.1', title: deep, quarters: [1], "
				 "status: {q1: {rating: 30}}}]\n"
				 "- id: '2'\n  title: Flat\n"
				 "  activities: [{id: '2.1', title: flat, quarters: [1], status: {q1: {rating: 70}}}]\n",
				 &d);
	struct report_opts o = REPORT_OPTS_INIT;
	o.quarter = 1;
	o.lang = LANG_EN;
	struct sbuf b = SBUF_INIT;
	report_render(&b, p, &o, REPORT_TEXT);
	static const char *const want[] = {
		"  Goal 1         65.0%    1   0   1  0",
		"  Goal 1.1       30.0%    0   0   1  0",
		"  Goal 2         70.0%    0   1   0  0",
		"  Whole plan     66.7%    1   1   1  0",
	};
	for (size_t i = 0; i < sizeof want / sizeof *want; i++)
		if (!strstr(b.buf, want[i]))
			fail_msg("'%s' not in\n%s", want[i], b.buf);
	sbuf_free(&b);
	plan_free(p);
	doc_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scheduled_in),
		cmocka_unit_test(test_listed_in),
		cmocka_unit_test(test_quarter_end_and_ended),
		cmocka_unit_test(test_overdue),
		cmocka_unit_test(test_date_parse),
		cmocka_unit_test(test_today_from_environment),
		cmocka_unit_test(test_report_lists_as_needed_rated_anyway),
		cmocka_unit_test(test_report_goal_covers_nested_goals),
	};
	return cmocka_run_group_tests_name("rules", tests, NULL, NULL);
}
