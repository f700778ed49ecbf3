/*
 * test_plan.c — the plan model read from a document, its checks, and the
 * progress rule.
 */
#include "testutil.h"

static struct plan *fixture_plan(const char *name, struct doc **dp)
{
	char *path = xasprintf("%s/%s", CORE_DATA, name);
	struct plan *p = NULL;
	struct tv_err err = TV_ERR_INIT;
	if (doc_load(dp, path, DOC_SIZE_CAP_DEFAULT, &err) || plan_build(&p, *dp, &err))
		fail_msg("%s", err.text);
	free(path);
	return p;
}

/* Two plans hold the same data, field by field. */
static void assert_plans_equal(const struct plan *a, const struct plan *b)
{
	assert_int_equal(a->format, b->format);
	assert_string_equal(a->title, b->title);
	assert_int_equal(a->year, b->year);
	assert_string_equal(a->currency, b->currency);
	assert_int_equal(a->n_goal, b->n_goal);
	for (size_t g = 0; g < a->n_goal; g++) {
		const struct goal *ga = &a->goal[g], *gb = &b->goal[g];
		assert_string_equal(ga->id, gb->id);
		assert_string_equal(ga->title, gb->title);
		assert_int_equal(ga->n_act, gb->n_act);
		for (size_t i = 0; i < ga->n_act; i++) {
			const struct activity *x = &ga->act[i], *y = &gb->act[i];
			assert_string_equal(x->id, y->id);
			assert_string_equal(x->title, y->title);
			assert_string_equal(x->schedule, y->schedule);
			assert_string_equal(x->responsible, y->responsible);
			assert_int_equal(x->has_quarters, y->has_quarters);
			assert_int_equal(x->quarters, y->quarters);
			assert_int_equal(x->budget.present, y->budget.present);
			assert_int_equal(x->budget.has_amount, y->budget.has_amount);
			assert_int_equal(x->budget.amount, y->budget.amount);
			assert_string_equal(x->budget.source, y->budget.source);
			assert_string_equal(x->budget.text, y->budget.text);
			for (int q = 0; q < NQ; q++) {
				assert_int_equal(x->st[q].rating, y->st[q].rating);
				assert_string_equal(x->st[q].note, y->st[q].note);
			}
			assert_int_equal(x->n_ind, y->n_ind);
			for (size_t k = 0; k < x->n_ind; k++) {
				assert_string_equal(x->ind[k].name, y->ind[k].name);
				assert_string_equal(x->ind[k].baseline, y->ind[k].baseline);
				assert_string_equal(x->ind[k].target, y->ind[k].target);
				for (int q = 0; q < NQ; q++)
					assert_string_equal(x->ind[k].actual[q], y->ind[k].actual[q]);
			}
		}
	}
}

/* ---- reading the hand-written fixture ---- */

static void test_plan_header(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = fixture_plan("hand.yaml", &d);
	assert_int_equal(p->format, 1);
	assert_string_equal(p->title, "Авлигын эсрэг 2024 оны төлөвлөгөө");
	assert_int_equal(p->year, 2024);
	assert_string_equal(p->currency, "MNT");	/* the default */
	assert_int_equal(p->n_goal, 2);
	assert_int_equal(plan_n_activities(p), 4);
	plan_free(p);
	doc_free(d);
}

static void test_unquoted_ids_are_text_as_written(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = fixture_plan("hand.yaml", &d);
	assert_string_equal(p->goal[0].id, "1");
	assert_string_equal(p->goal[0].act[0].id, "1.1");
	assert_string_equal(p->goal[1].id, "2");
	plan_free(p);
	doc_free(d);
	/* 1.10 is not 1.1: the id is the text as written */
	p = tu_plan("tolov: 1\ntitle: x\ngoals:\n- id: 1\n  title: g\n  activities:\n"
		    "  - {id: 1.10, title: a}\n  - {id: 1.1, title: b}\n",
		    &d);
	assert_string_equal(p->goal[0].act[0].id, "1.10");
	assert_string_equal(p->goal[0].act[1].id, "1.1");
	plan_free(p);
	doc_free(d);
}

static void test_activity_fields(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = fixture_plan("hand.yaml", &d);
	const struct activity *a = &p->goal[0].act[0];
	assert_string_equal(a->title, "Төсвийн зарцуулалтыг сар бүр цахим хуудсанд нийтлэх\n");
	assert_string_equal(a->schedule, "Улирал бүр");
	assert_string_equal(a->responsible, "Санхүүгийн хэлтэс");
	assert_true(a->has_quarters);
	assert_int_equal(a->quarters, 0xF);
	assert_int_equal(a->goal, 0);
	assert_ptr_equal(plan_find_activity(p, "1.1"), a);
	assert_ptr_equal(plan_find_goal(p, "2"), &p->goal[1]);
	assert_null(plan_find_goal(p, "1.1"));
	assert_null(plan_find_activity(p, "9"));
	plan_free(p);
	doc_free(d);
}

static void test_indicators(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = fixture_plan("hand.yaml", &d);
	const struct activity *a = &p->goal[0].act[0];
	assert_int_equal(a->n_ind, 1);
	assert_string_equal(a->ind[0].name, "Нийтэлсэн тайлан");
	assert_string_equal(a->ind[0].baseline, "4");
	assert_string_equal(a->ind[0].target, "12 тайлан");
	assert_string_equal(a->ind[0].actual[0], "3");
	assert_string_equal(a->ind[0].actual[1], "6");
	assert_string_equal(a->ind[0].actual[2], "");
	assert_int_equal(p->goal[1].act[1].n_ind, 0);	/* indicators: [] */
	plan_free(p);
	doc_free(d);
}

static void test_budget(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = fixture_plan("hand.yaml", &d);
	const struct budget *b = &p->goal[0].act[0].budget;
	assert_true(b->present && b->has_amount);
	assert_int_equal(b->amount, 1500000);
	assert_string_equal(b->source, "Орон нутгийн төсөв");
	assert_string_equal(b->text, "1.5 сая");
	assert_false(p->goal[1].act[0].budget.present);
	assert_int_equal(budget_of_goal(&p->goal[0]), 4500000);
	assert_int_equal(budget_of_goal(&p->goal[1]), 0);
	assert_int_equal(budget_of_plan(p), 4500000);
	plan_free(p);
	doc_free(d);
}

static void test_budget_without_amount_counts_nothing(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan("tolov: 1\ntitle: x\ngoals:\n- id: g\n  title: g\n  activities:\n"
				 "  - {id: a, title: a, budget: {source: '', text: No extra cost}}\n"
				 "  - {id: b, title: b, budget: {amount: 250}}\n",
				 &d);
	assert_true(p->goal[0].act[0].budget.present);
	assert_false(p->goal[0].act[0].budget.has_amount);
	assert_int_equal(budget_of_plan(p), 250);
	plan_free(p);
	doc_free(d);
}

static void test_quarters_as_needed_and_absent(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = fixture_plan("hand.yaml", &d);
	const struct activity *as_needed = &p->goal[1].act[0];
	assert_true(as_needed->has_quarters);
	assert_int_equal(as_needed->quarters, 0);
	assert_int_equal(p->goal[0].act[1].quarters, (1u << 1) | (1u << 2));
	plan_free(p);
	doc_free(d);
	p = tu_plan("tolov: 1\ntitle: x\ngoals:\n- {id: g, title: g, activities: [{id: a, title: a}]}\n",
		    &d);
	assert_false(p->goal[0].act[0].has_quarters);
	plan_free(p);
	doc_free(d);
}

static void test_status_ratings_and_notes(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = fixture_plan("hand.yaml", &d);
	const struct activity *a = &p->goal[0].act[0];
	assert_int_equal(a->st[0].rating, 100);
	assert_string_equal(a->st[0].note, "Хугацаандаа");
	assert_int_equal(a->st[1].rating, 70);
	assert_string_equal(a->st[1].note, "Дөрөв, тавдугаар сард нийтэлсэн.\nЗургадугаар сар хоцорсон.\n");
	assert_int_equal(a->st[2].rating, RATING_NONE);	/* no entry: not rated */
	assert_string_equal(a->st[2].note, "");
	assert_null(a->st[2].node);
	assert_int_equal(p->goal[0].act[1].st[0].rating, RATING_NOT_DUE);
	assert_int_equal(p->goal[1].act[1].st[1].rating, 0);
	plan_free(p);
	doc_free(d);
}

static void test_empty_responsible(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = fixture_plan("hand.yaml", &d);
	assert_string_equal(p->goal[0].act[1].responsible, "");
	plan_free(p);
	doc_free(d);
}

static void test_currency_given(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan("tolov: 1\ntitle: x\ncurrency: USD\ngoals: []\n", &d);
	assert_string_equal(p->currency, "USD");
	assert_int_equal(p->n_goal, 0);
	assert_int_equal(p->year, 0);
	plan_free(p);
	doc_free(d);
}

/* ---- the same plan in other spellings ---- */

static void test_crlf_reads_the_same(void **state)
{
	(void)state;
	struct doc *d1, *d2;
	struct plan *a = fixture_plan("hand.yaml", &d1), *b = fixture_plan("crlf.yaml", &d2);
	assert_plans_equal(a, b);
	plan_free(a);
	plan_free(b);
	doc_free(d1);
	doc_free(d2);
}

static void test_bom_reads_the_same(void **state)
{
	(void)state;
	struct doc *d1, *d2;
	struct plan *a = fixture_plan("hand.yaml", &d1), *b = fixture_plan("bom.yaml", &d2);
	assert_plans_equal(a, b);
	plan_free(a);
	plan_free(b);
	doc_free(d1);
	doc_free(d2);
}

static void test_spellings_read_the_same(void **state)
{
	(void)state;
	static const char *const names[] = {
		"spellings/flow.yaml",	 "spellings/quoted.yaml", "spellings/crlf.yaml",
		"spellings/comments.yaml", "spellings/blocks.yaml", "spellings/bom.yaml",
	};
	struct doc *d0;
	struct plan *base = fixture_plan("spellings/block.yaml", &d0);
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++) {
		struct doc *d;
		struct plan *p = fixture_plan(names[i], &d);
		print_message("comparing %s\n", names[i]);
		assert_plans_equal(base, p);
		plan_free(p);
		doc_free(d);
	}
	plan_free(base);
	doc_free(d0);
}

/* ---- refusals, each with its position ---- */

#define HEAD "tolov: 1\ntitle: x\ngoals:\n  - id: g\n    title: t\n    activities:\n"

static void test_missing_version(void **state)
{
	(void)state;
	tu_assert_load_error("title: x\ngoals: []\n",
			     "plan.yaml:1:1: error: missing key 'tolov' (the format version, 1)");
}

static void test_unknown_version(void **state)
{
	(void)state;
	tu_assert_load_error("tolov: 2\ntitle: x\ngoals: []\n",
			     "plan.yaml:1:8: error: format version 2 is not known to this tolov, "
			     "which reads version 1");
}

static void test_root_not_mapping(void **state)
{
	(void)state;
	tu_assert_load_error("- a\n- b\n", "plan.yaml:1:1: error: a plan file is a mapping "
					      "starting with 'tolov: 1', not a list");
}

static void test_wrong_type(void **state)
{
	(void)state;
	tu_assert_load_error("tolov: 1\ntitle: {a: 1}\ngoals: []\n",
			     "plan.yaml:2:8: error: 'title' must be text, not a mapping");
	tu_assert_load_error("tolov: 1\ntitle: x\ngoals: {a: 1}\n",
			     "plan.yaml:3:8: error: 'goals' must be a list, not a mapping");
}

static void test_missing_key(void **state)
{
	(void)state;
	tu_assert_load_error("tolov: 1\ntitle: x\ngoals:\n  - id: g\n    activities: []\n",
			     "plan.yaml:4:5: error: missing key 'title'");
	tu_assert_load_error("tolov: 1\ntitle: x\n", "plan.yaml:1:1: error: missing key 'goals'");
	tu_assert_load_error(HEAD "      - title: a\n", "plan.yaml:7:9: error: missing key 'id'");
}

static void test_unknown_rating(void **state)
{
	(void)state;
	tu_assert_load_error(HEAD "      - id: a\n        title: a\n        status:\n"
				  "          q1: {rating: 50}\n",
			     "plan.yaml:10:24: error: unknown rating '50': use 100, 70, 30, 0 or "
			     "not-due");
}

static void test_unknown_status_quarter(void **state)
{
	(void)state;
	tu_assert_load_error(HEAD "      - id: a\n        title: a\n        status:\n"
				  "          q5: {rating: 100}\n",
			     "plan.yaml:10:11: error: unknown quarter 'q5' in 'status': use q1, q2, "
			     "q3 or q4");
}

static void test_duplicate_id_names_first_line(void **state)
{
	(void)state;
	tu_assert_load_error(HEAD "      - id: a\n        title: a\n      - id: \"g\"\n        title: b\n",
			     "plan.yaml:9:13: error: duplicate id \"g\" (first used at line 4)");
}

static void test_duplicate_id_across_goals(void **state)
{
	(void)state;
	tu_assert_load_error("tolov: 1\ntitle: x\ngoals:\n"
			     "- {id: 1, title: a, activities: [{id: 1.1, title: a}]}\n"
			     "- {id: 2, title: b, activities: [{id: '1.1', title: b}]}\n",
			     "plan.yaml:5:39: error: duplicate id \"1.1\" (first used at line 4)");
}

static void test_empty_id_refused(void **state)
{
	(void)state;
	tu_assert_load_error("tolov: 1\ntitle: x\ngoals:\n- {id: '', title: a}\n",
			     "plan.yaml:4:8: error: an id must not be empty");
}

static void test_bad_quarters(void **state)
{
	(void)state;
	tu_assert_load_error(HEAD "      - {id: a, title: a, quarters: [1, 5]}\n",
			     "plan.yaml:7:41: error: 'quarters' is 5; it must be between 1 and 4");
	tu_assert_load_error(HEAD "      - {id: a, title: a, quarters: [2, 2]}\n",
			     "plan.yaml:7:41: error: quarter 2 is listed twice");
	tu_assert_load_error(HEAD "      - {id: a, title: a, quarters: 2}\n",
			     "plan.yaml:7:37: error: 'quarters' must be a list, not text");
}

static void test_bad_amount(void **state)
{
	(void)state;
	tu_assert_load_error(HEAD "      - {id: a, title: a, budget: {amount: 1.5 сая}}\n",
			     "plan.yaml:7:44: error: 'amount' must be a whole number, not '1.5 сая'");
	tu_assert_load_error(HEAD "      - {id: a, title: a, budget: {amount: -5}}\n",
			     "plan.yaml:7:44: error: 'amount' is -5; it must be between 0 and "
			     "2305843009213693951");
}

static void test_bad_year(void **state)
{
	(void)state;
	tu_assert_load_error("tolov: 1\ntitle: x\nyear: twenty\ngoals: []\n",
			     "plan.yaml:3:7: error: 'year' must be a whole number, not 'twenty'");
}

/* ---- the progress rule ---- */

/* A plan whose one goal has the given ratings for q1 ("" = no entry). */
static struct plan *rated_plan(const char *const *ratings, size_t n, struct doc **d)
{
	struct sbuf b = SBUF_INIT;
	sbuf_adds(&b, HEAD);
	for (size_t i = 0; i < n; i++) {
		sbuf_addf(&b, "      - id: a%zu\n        title: a\n", i);
		if (*ratings[i])
			sbuf_addf(&b, "        status: {q1: {rating: %s}}\n", ratings[i]);
	}
	struct plan *p = tu_plan(b.buf, d);
	sbuf_free(&b);
	return p;
}

static void test_progress_example_from_the_format(void **state)
{
	(void)state;
	/* 59 × 100, 13 × 70, 5 × 30, 1 × 0 and 2 not-due: 89.2 */
	const char *r[80];
	size_t n = 0;
	for (int i = 0; i < 59; i++)
		r[n++] = "100";
	for (int i = 0; i < 13; i++)
		r[n++] = "70";
	for (int i = 0; i < 5; i++)
		r[n++] = "30";
	r[n++] = "0";
	r[n++] = "not-due";
	r[n++] = "not-due";
	struct doc *d;
	struct plan *p = rated_plan(r, n, &d);
	struct progress pr;
	progress_of_goal(&p->goal[0], 1, &pr);
	assert_int_equal(pr.tenths, 892);
	assert_int_equal(pr.rated, 78);
	assert_int_equal(pr.not_due, 2);
	assert_int_equal(pr.n100, 59);
	assert_int_equal(pr.n70, 13);
	assert_int_equal(pr.n30, 5);
	assert_int_equal(pr.n0, 1);
	char buf[8];
	assert_string_equal(progress_fmt(pr.tenths, buf), "89.2");
	progress_of_plan(p, 1, &pr);
	assert_int_equal(pr.tenths, 892);
	plan_free(p);
	doc_free(d);
}

static void test_progress_nothing_rated_is_no_value(void **state)
{
	(void)state;
	const char *r[] = { "not-due", "", "not-due" };
	struct doc *d;
	struct plan *p = rated_plan(r, 3, &d);
	struct progress pr;
	progress_of_goal(&p->goal[0], 1, &pr);
	assert_int_equal(pr.tenths, -1);
	assert_int_equal(pr.unrated, 1);
	assert_int_equal(pr.not_due, 2);
	char buf[8];
	assert_string_equal(progress_fmt(pr.tenths, buf), "");
	progress_of_goal(&p->goal[0], 2, &pr);	/* no entries at all */
	assert_int_equal(pr.tenths, -1);
	assert_int_equal(pr.unrated, 3);
	plan_free(p);
	doc_free(d);
}

static void test_progress_all_zero_is_zero(void **state)
{
	(void)state;
	const char *r[] = { "0", "0", "" };
	struct doc *d;
	struct plan *p = rated_plan(r, 3, &d);
	struct progress pr;
	progress_of_goal(&p->goal[0], 1, &pr);
	assert_int_equal(pr.tenths, 0);
	char buf[8];
	assert_string_equal(progress_fmt(pr.tenths, buf), "0.0");
	plan_free(p);
	doc_free(d);
}

static void test_progress_rounds_half_up(void **state)
{
	(void)state;
	/* 3 × 30 and 5 × 0: 90 / 8 = 11.25, which is 11.3 (not 11.2) */
	const char *r[] = { "30", "30", "30", "0", "0", "0", "0", "0" };
	struct doc *d;
	struct plan *p = rated_plan(r, 8, &d);
	struct progress pr;
	progress_of_goal(&p->goal[0], 1, &pr);
	assert_int_equal(pr.tenths, 113);
	plan_free(p);
	doc_free(d);
}

static void test_progress_rounds_down_below_half(void **state)
{
	(void)state;
	/* 100 + 70 + 70 = 240 / 3 = 80.0; 100 + 0 + 0 = 33.33 → 33.3 */
	const char *r[] = { "100", "0", "0" };
	struct doc *d;
	struct plan *p = rated_plan(r, 3, &d);
	struct progress pr;
	progress_of_goal(&p->goal[0], 1, &pr);
	assert_int_equal(pr.tenths, 333);
	plan_free(p);
	doc_free(d);
}

static void test_progress_of_plan_spans_goals(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = fixture_plan("hand.yaml", &d);
	struct progress pr;
	/* q2: 70 (1.1), unrated (1.2, 2.1), 0 (2.2) → 35.0 */
	progress_of_plan(p, 2, &pr);
	assert_int_equal(pr.tenths, 350);
	progress_of_goal(&p->goal[0], 2, &pr);
	assert_int_equal(pr.tenths, 700);
	/* q1: 100 and not-due → 100.0 */
	progress_of_plan(p, 1, &pr);
	assert_int_equal(pr.tenths, 1000);
	char buf[8];
	assert_string_equal(progress_fmt(pr.tenths, buf), "100.0");
	plan_free(p);
	doc_free(d);
}

static void test_ratings_round_trip(void **state)
{
	(void)state;
	const int all[] = { 100, 70, 30, 0, RATING_NOT_DUE };
	for (size_t i = 0; i < 5; i++) {
		assert_true(rating_valid(all[i]));
		assert_int_equal(rating_parse(rating_str(all[i])), all[i]);
	}
	assert_false(rating_valid(50));
	assert_false(rating_valid(RATING_NONE));
	assert_int_equal(rating_parse("50"), RATING_NONE);
	assert_int_equal(rating_parse(""), RATING_NONE);
	assert_string_equal(rating_str(RATING_NONE), "");
}

static void test_fmt_amount_groups_thousands(void **state)
{
	(void)state;
	const struct { long long v; const char *s; } cases[] = {
		{ 0, "0" }, { 999, "999" }, { 1000, "1,000" }, { 20500000, "20,500,000" },
		{ 123456, "123,456" }, { -1500, "-1,500" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct sbuf b = SBUF_INIT;
		fmt_amount(&b, cases[i].v);
		assert_string_equal(b.buf, cases[i].s);
		sbuf_free(&b);
	}
}

static void test_owned_plan(void **state)
{
	(void)state;
	struct plan *p = plan_new();
	struct goal *g = plan_add_goal(p);
	g->id = plan_strdup(p, "1");
	struct activity *a = plan_add_activity(p, 0);
	a->id = plan_strdup(p, "1.1");
	struct indicator *in = plan_add_indicator(p, a);
	assert_string_equal(in->name, "");
	assert_int_equal(a->st[3].rating, RATING_NONE);
	assert_string_equal(p->currency, "MNT");
	assert_ptr_equal(plan_find_activity(p, "1.1"), &p->goal[0].act[0]);
	plan_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plan_header),
		cmocka_unit_test(test_unquoted_ids_are_text_as_written),
		cmocka_unit_test(test_activity_fields),
		cmocka_unit_test(test_indicators),
		cmocka_unit_test(test_budget),
		cmocka_unit_test(test_budget_without_amount_counts_nothing),
		cmocka_unit_test(test_quarters_as_needed_and_absent),
		cmocka_unit_test(test_status_ratings_and_notes),
		cmocka_unit_test(test_empty_responsible),
		cmocka_unit_test(test_currency_given),
		cmocka_unit_test(test_crlf_reads_the_same),
		cmocka_unit_test(test_bom_reads_the_same),
		cmocka_unit_test(test_spellings_read_the_same),
		cmocka_unit_test(test_missing_version),
		cmocka_unit_test(test_unknown_version),
		cmocka_unit_test(test_root_not_mapping),
		cmocka_unit_test(test_wrong_type),
		cmocka_unit_test(test_missing_key),
		cmocka_unit_test(test_unknown_rating),
		cmocka_unit_test(test_unknown_status_quarter),
		cmocka_unit_test(test_duplicate_id_names_first_line),
		cmocka_unit_test(test_duplicate_id_across_goals),
		cmocka_unit_test(test_empty_id_refused),
		cmocka_unit_test(test_bad_quarters),
		cmocka_unit_test(test_bad_amount),
		cmocka_unit_test(test_bad_year),
		cmocka_unit_test(test_progress_example_from_the_format),
		cmocka_unit_test(test_progress_nothing_rated_is_no_value),
		cmocka_unit_test(test_progress_all_zero_is_zero),
		cmocka_unit_test(test_progress_rounds_half_up),
		cmocka_unit_test(test_progress_rounds_down_below_half),
		cmocka_unit_test(test_progress_of_plan_spans_goals),
		cmocka_unit_test(test_ratings_round_trip),
		cmocka_unit_test(test_fmt_amount_groups_thousands),
		cmocka_unit_test(test_owned_plan),
	};
	return cmocka_run_group_tests_name("plan", tests, NULL, NULL);
}
