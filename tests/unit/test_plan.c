/*
 * test_plan.c — the plan model read from a document, its checks, and the
 * progress rule.
 */
#include "testutil.h"
#include "modeleq.h"

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
			     "plan.yaml:7:41: error: a quarter is 1, 2, 3 or 4, not '5'");
	tu_assert_load_error(HEAD "      - {id: a, title: a, quarters: [2, 2]}\n",
			     "plan.yaml:7:41: error: quarter 2 is listed twice");
	tu_assert_load_error(HEAD "      - {id: a, title: a, quarters: 2}\n",
			     "plan.yaml:7:37: error: 'quarters' must be a list, not text");
}

static void test_bad_amount(void **state)
{
	(void)state;
	tu_assert_load_error(HEAD "      - {id: a, title: a, budget: {amount: 1.5 сая}}\n",
			     "plan.yaml:7:44: error: an amount is a whole number of at least 0, not '1.5 сая'");
	tu_assert_load_error(HEAD "      - {id: a, title: a, budget: {amount: -5}}\n",
			     "plan.yaml:7:44: error: an amount is a whole number of at least 0, not '-5'");
}

static void test_bad_year(void **state)
{
	(void)state;
	tu_assert_load_error("tolov: 1\ntitle: x\nyear: twenty\ngoals: []\n",
			     "plan.yaml:3:7: error: a year is a whole number from 1 to 9999, not 'twenty'");
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
	struct indicator *in = plan_add_indicator(p, &a->ind, &a->n_ind);
	assert_string_equal(in->name, "");
	assert_int_equal(a->st[3].rating, RATING_NONE);
	assert_string_equal(p->currency, "MNT");
	assert_ptr_equal(plan_find_activity(p, "1.1"), &p->goal[0].act[0]);
	plan_free(p);
}

/* ---- format additions: nested goals, organisation, section, unit, extra ---- */

#include "tolov/plan/emit.h"

static const char nested_yaml[] =
	"tolov: 1\n"
	"organisation: \"Аймгийн ЗДТГ\"\n"
	"title: x\n"
	"year: 2023\n"
	"extra: {Огноо: \"2023.01.15\"}\n"
	"goals:\n"
	"  - id: \"1\"\n"
	"    section: \"НЭГ. ХУУЛЬ\"\n"
	"    title: top\n"
	"    indicators:\n"
	"      - {name: goal ind, unit: \"%\", baseline: \"10\", target: \"20\"}\n"
	"    responsible: \"Хэлтэс\"\n"
	"    extra: {\"Хамрах хүрээ\": \"бүх сум\"}\n"
	"    activities:\n"
	"      - id: \"1.0\"\n"
	"        title: own\n"
	"        status: {q1: {rating: 100}}\n"
	"        budget: {amount: 5}\n"
	"    goals:\n"
	"      - id: \"1.1\"\n"
	"        title: middle\n"
	"        goals:\n"
	"          - id: \"1.1.0\"\n"
	"            title: empty leaf\n"
	"          - id: \"1.1.9\"\n"
	"            title: leaf\n"
	"            activities:\n"
	"              - id: \"1.1.1\"\n"
	"                title: deep\n"
	"                status: {q1: {rating: 30}}\n"
	"                budget: {amount: 7}\n"
	"                extra: {Тайлбар: \"x\"}\n"
	"                indicators:\n"
	"                  - {name: n, unit: хувь, extra: {\"2024\": \"30\"}}\n"
	"      - id: \"1.2\"\n"
	"        title: sibling\n"
	"  - id: \"2\"\n"
	"    title: second\n"
	"    activities:\n"
	"      - id: \"2.1\"\n"
	"        title: flat\n"
	"        status: {q1: {rating: 70}}\n"
	"        budget: {amount: 100}\n";

static void test_nested_goals_flat_preorder(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(nested_yaml, &d);
	static const char *const ids[] = { "1", "1.1", "1.1.0", "1.1.9", "1.2", "2" };
	static const size_t parent[] = { GOAL_NONE, 0, 1, 1, 0, GOAL_NONE };
	static const unsigned depth[] = { 0, 1, 2, 2, 1, 0 };
	static const size_t n_desc[] = { 4, 2, 0, 0, 0, 0 };
	assert_int_equal(p->n_goal, 6);
	for (size_t g = 0; g < 6; g++) {
		assert_string_equal(p->goal[g].id, ids[g]);
		assert_int_equal(p->goal[g].parent, parent[g]);
		assert_int_equal(p->goal[g].depth, depth[g]);
		assert_int_equal(p->goal[g].n_desc, n_desc[g]);
	}
	assert_int_equal(p->goal[2].n_act, 0);	/* neither activities nor goals */
	assert_int_equal(plan_n_activities(p), 3);
	const struct activity *deep = plan_find_activity(p, "1.1.1");
	assert_non_null(deep);
	assert_int_equal(deep->goal, 3);
	assert_ptr_equal(plan_find_goal(p, "1.2"), &p->goal[4]);
	assert_true(plan_goal_within(p, 3, 0));
	assert_true(plan_goal_within(p, 3, 1));
	assert_false(plan_goal_within(p, 4, 1));
	assert_false(plan_goal_within(p, 5, 0));
	assert_int_equal(plan_goal_index(p, &p->goal[4]), 4);
	plan_free(p);
	doc_free(d);
}

static void test_additions_read(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(nested_yaml, &d);
	assert_string_equal(p->organisation, "Аймгийн ЗДТГ");
	assert_int_equal(p->extra.n, 1);
	assert_string_equal(extra_get(&p->extra, "Огноо"), "2023.01.15");
	const struct goal *g = &p->goal[0];
	assert_string_equal(g->section, "НЭГ. ХУУЛЬ");
	assert_string_equal(g->responsible, "Хэлтэс");
	assert_int_equal(g->n_ind, 1);
	assert_string_equal(g->ind[0].name, "goal ind");
	assert_string_equal(g->ind[0].unit, "%");
	assert_string_equal(g->ind[0].target, "20");
	assert_string_equal(extra_get(&g->extra, "Хамрах хүрээ"), "бүх сум");
	assert_string_equal(p->goal[1].section, "");
	assert_string_equal(p->goal[1].responsible, "");
	assert_int_equal(p->goal[1].n_ind, 0);
	const struct activity *a = plan_find_activity(p, "1.1.1");
	assert_string_equal(extra_get(&a->extra, "Тайлбар"), "x");
	assert_null(extra_get(&a->extra, "missing"));
	assert_string_equal(a->ind[0].unit, "хувь");
	assert_string_equal(extra_get(&a->ind[0].extra, "2024"), "30");
	assert_string_equal(plan_find_activity(p, "2.1")->ind ? "x" : "", "");
	plan_free(p);
	doc_free(d);
}

static void test_old_plan_has_no_additions(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = fixture_plan("hand.yaml", &d);
	assert_string_equal(p->organisation, "");
	assert_int_equal(p->extra.n, 0);
	for (size_t g = 0; g < p->n_goal; g++) {
		assert_int_equal(p->goal[g].depth, 0);
		assert_int_equal(p->goal[g].n_desc, 0);
		assert_int_equal(p->goal[g].parent, GOAL_NONE);
		for (size_t a = 0; a < p->goal[g].n_act; a++)
			for (size_t i = 0; i < p->goal[g].act[a].n_ind; i++)
				assert_string_equal(p->goal[g].act[a].ind[i].unit, "");
	}
	plan_free(p);
	doc_free(d);
}

static void test_progress_and_budget_over_subtree(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(nested_yaml, &d);
	struct progress pr;
	progress_of_goal(&p->goal[0], 1, &pr);	/* 100 and 30 beneath it */
	assert_int_equal(pr.rated, 2);
	assert_int_equal(pr.tenths, 650);
	progress_of_goal(&p->goal[1], 1, &pr);	/* only 30 */
	assert_int_equal(pr.tenths, 300);
	progress_of_goal(&p->goal[2], 1, &pr);	/* an empty goal: no value */
	assert_int_equal(pr.tenths, -1);
	progress_of_plan(p, 1, &pr);		/* each activity once: 100, 30, 70 */
	assert_int_equal(pr.rated, 3);
	assert_int_equal(pr.tenths, 667);
	assert_int_equal(budget_of_goal(&p->goal[0]), 12);
	assert_int_equal(budget_of_goal(&p->goal[1]), 7);
	assert_int_equal(budget_of_goal(&p->goal[5]), 100);
	assert_int_equal(budget_of_plan(p), 112);
	plan_free(p);
	doc_free(d);
}

static void test_duplicate_id_across_levels(void **state)
{
	(void)state;
	tu_assert_load_error("tolov: 1\ntitle: x\ngoals:\n"
			     "- {id: 1, title: a, goals: [{id: 1.1, title: b}]}\n"
			     "- {id: 2, title: c, activities: [{id: '1.1', title: d}]}\n",
			     "plan.yaml:5:39: error: duplicate id \"1.1\" (first used at line 4)");
	tu_assert_load_error("tolov: 1\ntitle: x\ngoals:\n"
			     "- {id: 1, title: a, goals: [{id: '1', title: b}]}\n",
			     "plan.yaml:4:34: error: duplicate id \"1\" (first used at line 4)");
}

static void test_nested_goal_errors(void **state)
{
	(void)state;
	tu_assert_load_error("tolov: 1\ntitle: x\ngoals:\n- {id: 1, title: a, goals: x}\n",
			     "plan.yaml:4:28: error: 'goals' must be a list, not text");
	tu_assert_load_error("tolov: 1\ntitle: x\ngoals:\n- {id: 1, title: a, goals: [{id: 2}]}\n",
			     "plan.yaml:4:29: error: missing key 'title'");
	tu_assert_load_error("tolov: 1\ntitle: x\nextra: {a: [1]}\ngoals: []\n",
			     "plan.yaml:3:12: error: 'extra' values must be text, not a list");
	tu_assert_load_error("tolov: 1\ntitle: x\ngoals:\n- {id: 1, title: a, extra: [a]}\n",
			     "plan.yaml:4:28: error: 'extra' must be a mapping, not a list");
}

struct collected {
	struct sbuf all;
	size_t n;
};

static void collect(void *ctx, const struct tv_err *e)
{
	struct collected *c = ctx;
	tv_err_format(&c->all, e, LANG_EN);
	c->n++;
}

static void test_build_all_reports_every_error_by_position(void **state)
{
	(void)state;
	static const char text[] =
		"tolov: 1\n"
		"title: x\n"
		"year: nine\n"
		"goals:\n"
		"  - id: \"1\"\n"
		"    title: a\n"
		"    activities:\n"
		"      - {id: \"1.1\", title: b, status: {q2: {rating: 50}}}\n"
		"      - {id: \"1.1\", title: c, quarters: [5]}\n"
		"  - id: \"2\"\n"
		"    goals:\n"
		"      - {id: \"1.1\", title: d}\n";
	struct doc *d;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(tu_doc(&d, "plan.yaml", text, strlen(text), &err), 0);
	struct collected c = { SBUF_INIT, 0 };
	struct plan *p = (struct plan *)1;
	assert_int_equal(plan_build_all(&p, d, collect, &c), 6);
	assert_null(p);
	assert_int_equal(c.n, 6);
	assert_string_equal(c.all.buf,
		"plan.yaml:3:7: error: a year is a whole number from 1 to 9999, not 'nine'\n"
		"plan.yaml:8:53: error: unknown rating '50': use 100, 70, 30, 0 or not-due\n"
		"plan.yaml:9:14: error: duplicate id \"1.1\" (first used at line 8)\n"
		"plan.yaml:8:14: note: \"1.1\" is first used here\n"
		"plan.yaml:9:42: error: a quarter is 1, 2, 3 or 4, not '5'\n"
		"plan.yaml:10:5: error: missing key 'title'\n"
		"plan.yaml:12:14: error: duplicate id \"1.1\" (first used at line 8)\n"
		"plan.yaml:8:14: note: \"1.1\" is first used here\n");
	/* plan_build gives the first, without its note */
	assert_int_equal(plan_build(&p, d, &err), -1);
	assert_string_equal(err.text, "plan.yaml:3:7: error: a year is a whole number from 1 to 9999, not 'nine'");
	tv_err_clear(&err);
	sbuf_free(&c.all);
	doc_free(d);
}

/* A goal's id written after its activities: the first use by position is
 * the activity's, so the error is at the goal's. */
static void test_duplicate_id_goal_after_its_activities(void **state)
{
	(void)state;
	tu_assert_load_error("tolov: 1\ntitle: x\ngoals:\n"
			     "  - activities:\n"
			     "      - {id: \"7\", title: a}\n"
			     "    id: \"7\"\n"
			     "    title: g\n",
			     "plan.yaml:6:9: error: duplicate id \"7\" (first used at line 5)");
}

/* Checking only (no plan asked for) finds the same errors, in the same
 * order, with the same notes. */
static void test_check_only_reports_the_same(void **state)
{
	(void)state;
	static const char text[] =
		"tolov: 1\n"
		"title: x\n"
		"year: nine\n"
		"goals:\n"
		"  - id: \"1\"\n"
		"    title: a\n"
		"    activities:\n"
		"      - {id: \"1.1\", title: b, status: {q2: {rating: 50}}}\n"
		"      - {id: \"1.1\", title: c, quarters: [5]}\n";
	struct doc *d;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(tu_doc(&d, "plan.yaml", text, strlen(text), &err), 0);
	struct collected built = { SBUF_INIT, 0 }, checked = { SBUF_INIT, 0 };
	struct plan *p;
	assert_int_equal(plan_build_all(&p, d, collect, &built), 4);
	assert_int_equal(plan_build_all(NULL, d, collect, &checked), 4);
	assert_string_equal(checked.all.buf, built.all.buf);
	sbuf_free(&built.all);
	sbuf_free(&checked.all);
	doc_free(d);
}

/* Long text the document reads in place from its source (doc.h) reaches
 * the model as NUL-terminated strings of exactly its value. */
#define LONG_TITLE "Авлигын эсрэг үйл ажиллагааны төлөвлөгөөний хэрэгжилт"
static void test_long_text_in_the_model(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan("tolov: 1\ntitle: " LONG_TITLE "\ngoals:\n"
				 "  - id: \"1\"\n    title: '" LONG_TITLE "'\n    activities:\n"
				 "      - id: \"1.1\"\n        title: \"" LONG_TITLE "\"\n"
				 "        status: {q1: {rating: 100, note: \"" LONG_TITLE "\"}}\n"
				 "        extra: {\"" LONG_TITLE "\": \"" LONG_TITLE "\"}\n",
				 &d);
	assert_true(yn_get(d->root, "title")->view);
	assert_string_equal(p->title, LONG_TITLE);
	assert_string_equal(p->goal[0].title, LONG_TITLE);
	assert_string_equal(p->goal[0].act[0].title, LONG_TITLE);
	assert_string_equal(p->goal[0].act[0].st[0].note, LONG_TITLE);
	assert_int_equal(p->goal[0].act[0].extra.n, 1);
	assert_string_equal(p->goal[0].act[0].extra.pair[0].key, LONG_TITLE);
	assert_string_equal(p->goal[0].act[0].extra.pair[0].value, LONG_TITLE);
	/* lean: the same plan without copies of the long text */
	struct plan *l;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(plan_build_lean(&l, d, &err), 0);
	assert_string_equal(l->title, "");
	assert_string_equal(l->goal[0].act[0].title, "");
	assert_string_equal(l->goal[0].act[0].st[0].note, "");
	assert_string_equal(l->goal[0].id, "1");
	assert_string_equal(l->goal[0].act[0].id, "1.1");
	assert_int_equal(l->goal[0].act[0].st[0].rating, 100);
	plan_free(l);
	plan_free(p);
	doc_free(d);
}

/* A deferred build (the interface's) holds an activity's long notes and
 * indicator names back until they are filled; filled, the plan is the one
 * plan_build gives. Short text, titles and the goals' own indicators are
 * there from the start. */
#define LONG_NOTE "Хоёрдугаар улиралд хэрэгжилтийг дахин хянаж, тайланг шинэчилсэн"
#define LONG_NAME "Сургалтад хамрагдсан албан хаагчдын эзлэх хувь, жилийн эцэст"
static const char deferred_yaml[] =
	"tolov: 1\ntitle: t\ngoals:\n"
	"  - id: \"1\"\n    title: \"" LONG_TITLE "\"\n"
	"    indicators:\n      - name: \"" LONG_NAME "\"\n"
	"    activities:\n"
	"      - id: \"1.1\"\n        title: \"" LONG_TITLE "\"\n"
	"        indicators:\n          - name: \"" LONG_NAME "\"\n            target: \"90%\"\n"
	"          - name: short\n"
	"        status:\n          q1: {rating: 100, note: \"" LONG_NOTE "\"}\n"
	"          q3: {rating: 70, note: short note}\n"
	"      - id: \"1.2\"\n        title: b\n"
	"    goals:\n"
	"      - id: \"1.A\"\n        title: nested\n        activities:\n"
	"          - id: \"1.A.1\"\n            title: c\n"
	"            indicators: [{name: \"" LONG_NAME "\"}]\n"
	"            status: {q2: {rating: 30, note: '" LONG_NOTE "'}}\n"
	"  - id: \"2\"\n    title: two\n    activities:\n"
	"      - id: \"2.1\"\n        title: d\n"
	"        status: {q4: {rating: 0, note: \"" LONG_NOTE " 2.1\"}}\n";

static void test_deferred_build_fills_on_demand(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *whole = tu_plan(deferred_yaml, &d);
	struct plan *p;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(plan_build_deferred(&p, d, &err), 0);
	assert_int_equal(p->n_goal, 3);
	const struct activity *a = &p->goal[0].act[0];
	assert_true(a->text_deferred);
	assert_string_equal(a->title, LONG_TITLE);
	assert_string_equal(a->st[0].note, "");
	assert_string_equal(a->st[2].note, "short note");
	assert_string_equal(a->ind[0].name, "");
	assert_string_equal(a->ind[0].target, "90%");
	assert_string_equal(a->ind[1].name, "short");
	assert_false(p->goal[0].act[1].text_deferred);	/* nothing long in it */
	assert_string_equal(p->goal[0].ind[0].name, LONG_NAME);	/* a goal's own */
	assert_true(p->goal[1].act[0].text_deferred);
	assert_true(p->goal[2].act[0].text_deferred);
	char *diff = me_plan_diff(p, whole);
	assert_non_null(diff);	/* the comparison sees what is held back */
	free(diff);

	/* one activity: its text, no other's */
	plan_fill_activity(p, &p->goal[1].act[0]);	/* the nested goal's */
	assert_false(p->goal[1].act[0].text_deferred);
	assert_string_equal(p->goal[1].act[0].st[1].note, LONG_NOTE);
	assert_string_equal(p->goal[1].act[0].ind[0].name, LONG_NAME);
	assert_true(a->text_deferred);
	assert_string_equal(a->st[0].note, "");
	plan_fill_activity(p, &p->goal[1].act[0]);	/* filled: nothing to do */
	plan_fill_activity(p, NULL);
	plan_fill_activity(p, &whole->goal[0].act[0]);	/* not p's: left alone */
	assert_true(whole->goal[0].act[0].st[0].note[0] != '\0');

	plan_fill(p);
	assert_false(a->text_deferred);
	assert_string_equal(a->st[0].note, LONG_NOTE);
	assert_string_equal(a->ind[0].name, LONG_NAME);
	assert_string_equal(p->goal[2].act[0].st[3].note, LONG_NOTE " 2.1");
	diff = me_plan_diff(p, whole);
	assert_null(diff);
	plan_free(p);

	/* the activity found by its id when the tree's places differ (a goal
	 * before it that the plan does not have) */
	struct plan *q;
	assert_int_equal(plan_build_deferred(&q, d, &err), 0);
	static const char moved[] = "tolov: 1\ntitle: t\ngoals:\n"
				    "  - {id: \"0\", title: first, activities: [{id: \"0.1\", title: x}]}\n"
				    "  - id: \"2\"\n    title: two\n    activities:\n"
				    "      - id: \"2.1\"\n        title: d\n"
				    "        status: {q4: {rating: 0, note: \"" LONG_NOTE " moved\"}}\n";
	struct doc *d2;
	assert_int_equal(tu_doc(&d2, "moved.yaml", moved, strlen(moved), &err), 0);
	q->doc = d2;
	plan_fill_activity(q, &q->goal[2].act[0]);	/* 2.1, the first goal's place in d2 */
	assert_false(q->goal[2].act[0].text_deferred);
	assert_string_equal(q->goal[2].act[0].st[3].note, LONG_NOTE " moved");
	plan_fill_activity(q, &q->goal[0].act[0]);	/* 1.1: not in d2, left deferred */
	assert_true(q->goal[0].act[0].text_deferred);
	assert_string_equal(q->goal[0].act[0].st[0].note, "");
	plan_free(q);
	doc_free(d2);

	/* a plan built whole has nothing deferred */
	assert_false(whole->goal[0].act[0].text_deferred);
	plan_fill(whole);
	assert_string_equal(whole->goal[0].act[0].st[0].note, LONG_NOTE);
	plan_free(whole);
	doc_free(d);
}

/* A lean build refuses what a whole one refuses, with the same error. */
static void test_lean_build_same_first_error(void **state)
{
	(void)state;
	static const char text[] = "tolov: 1\ntitle: x\ngoals:\n"
				   "- {id: 1, title: a, activities: [{id: 1.1, title: a}]}\n"
				   "- {id: 2, title: b, activities: [{id: '1.1', title: b}]}\n";
	struct doc *d;
	struct tv_err e1 = TV_ERR_INIT, e2 = TV_ERR_INIT;
	assert_int_equal(tu_doc(&d, "plan.yaml", text, strlen(text), &e1), 0);
	struct plan *p = NULL;
	assert_int_equal(plan_build(&p, d, &e1), -1);
	assert_int_equal(plan_build_lean(&p, d, &e2), -1);
	assert_null(p);
	assert_string_equal(e1.text, e2.text);
	tv_err_clear(&e1);
	tv_err_clear(&e2);
	doc_free(d);
}

static void test_extra_round_trip_through_emit(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(nested_yaml, &d);
	struct sbuf out = SBUF_INIT;
	emit_plan(&out, p);
	struct doc *d2;
	struct plan *q = tu_plan(out.buf, &d2);
	assert_plans_equal(p, q);
	assert_string_equal(q->organisation, p->organisation);
	assert_int_equal(q->n_goal, 6);
	for (size_t g = 0; g < q->n_goal; g++) {
		const struct goal *x = &p->goal[g], *y = &q->goal[g];
		assert_int_equal(x->parent, y->parent);
		assert_int_equal(x->n_desc, y->n_desc);
		assert_string_equal(x->section, y->section);
		assert_string_equal(x->responsible, y->responsible);
		assert_int_equal(x->n_ind, y->n_ind);
		assert_int_equal(x->extra.n, y->extra.n);
		for (size_t i = 0; i < x->extra.n; i++) {
			assert_string_equal(x->extra.pair[i].key, y->extra.pair[i].key);
			assert_string_equal(x->extra.pair[i].value, y->extra.pair[i].value);
		}
	}
	assert_string_equal(extra_get(&q->extra, "Огноо"), "2023.01.15");
	const struct activity *a = plan_find_activity(q, "1.1.1");
	assert_string_equal(extra_get(&a->extra, "Тайлбар"), "x");
	assert_string_equal(a->ind[0].unit, "хувь");
	assert_string_equal(extra_get(&a->ind[0].extra, "2024"), "30");
	/* the canonical layout, keys in the format's order */
	assert_non_null(strstr(out.buf, "tolov: 1\norganisation: \"Аймгийн ЗДТГ\"\ntitle: \"x\"\n"
				       "year: 2023\ncurrency: MNT\nextra:\n  Огноо: \"2023.01.15\"\n"
				       "goals:\n  - id: \"1\"\n    section: \"НЭГ. ХУУЛЬ\"\n    title: \"top\"\n"
				       "    indicators:\n      - name: \"goal ind\"\n        unit: \"%\"\n"));
	assert_non_null(strstr(out.buf, "    responsible: \"Хэлтэс\"\n    extra:\n"
				       "      Хамрах хүрээ: \"бүх сум\"\n    activities:\n"));
	assert_non_null(strstr(out.buf, "    goals:\n      - id: \"1.1\"\n        title: \"middle\"\n"
				       "        goals:\n          - id: \"1.1.0\"\n"
				       "            title: \"empty leaf\"\n            activities: []\n"));
	sbuf_free(&out);
	plan_free(q);
	doc_free(d2);
	plan_free(p);
	doc_free(d);
}

static void test_owned_plan_nested(void **state)
{
	(void)state;
	struct plan *p = plan_new();
	p->organisation = plan_strdup(p, "org");
	plan_extra_add(p, &p->extra, "k", "v1");
	plan_extra_add(p, &p->extra, "k", "v2");	/* replaces */
	plan_extra_add(p, &p->extra, "m", "w");
	struct goal *g = plan_add_goal(p);
	g->id = plan_strdup(p, "1");
	g->title = plan_strdup(p, "a");
	struct indicator *gi = plan_add_indicator(p, &g->ind, &g->n_ind);
	gi->name = plan_strdup(p, "gi");
	gi->unit = plan_strdup(p, "%");
	plan_extra_add(p, &gi->extra, "x", "y");
	g = plan_add_subgoal(p, 0);
	g->id = plan_strdup(p, "1.1");
	g->title = plan_strdup(p, "b");
	g = plan_add_subgoal(p, 1);
	g->id = plan_strdup(p, "1.1.1");
	g->title = plan_strdup(p, "c");
	struct activity *a = plan_add_activity(p, 2);
	a->id = plan_strdup(p, "1.1.1.1");
	a->title = plan_strdup(p, "d");
	a->st[0].rating = 70;
	plan_extra_add(p, &a->extra, "e", "f");
	g = plan_add_subgoal(p, 0);	/* back up a level */
	g->id = plan_strdup(p, "1.2");
	g->title = plan_strdup(p, "e");
	g = plan_add_goal(p);
	g->id = plan_strdup(p, "2");
	g->title = plan_strdup(p, "f");
	assert_int_equal(p->n_goal, 5);
	assert_int_equal(p->goal[0].n_desc, 3);
	assert_int_equal(p->goal[1].n_desc, 1);
	assert_int_equal(p->goal[2].depth, 2);
	assert_int_equal(p->goal[3].parent, 0);
	assert_int_equal(p->goal[4].parent, GOAL_NONE);
	assert_int_equal(p->extra.n, 2);
	assert_string_equal(extra_get(&p->extra, "k"), "v2");
	struct progress pr;
	progress_of_goal(&p->goal[0], 1, &pr);
	assert_int_equal(pr.tenths, 700);
	/* written and read back */
	struct sbuf out = SBUF_INIT;
	emit_plan(&out, p);
	struct doc *d;
	struct plan *q = tu_plan(out.buf, &d);
	assert_plans_equal(p, q);
	assert_int_equal(q->goal[0].n_desc, 3);
	assert_string_equal(q->goal[0].ind[0].unit, "%");
	assert_string_equal(extra_get(&q->goal[0].ind[0].extra, "x"), "y");
	assert_string_equal(extra_get(&q->goal[2].act[0].extra, "e"), "f");
	assert_string_equal(q->organisation, "org");
	sbuf_free(&out);
	plan_free(q);
	doc_free(d);
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
		cmocka_unit_test(test_nested_goals_flat_preorder),
		cmocka_unit_test(test_additions_read),
		cmocka_unit_test(test_old_plan_has_no_additions),
		cmocka_unit_test(test_progress_and_budget_over_subtree),
		cmocka_unit_test(test_duplicate_id_across_levels),
		cmocka_unit_test(test_duplicate_id_goal_after_its_activities),
		cmocka_unit_test(test_check_only_reports_the_same),
		cmocka_unit_test(test_long_text_in_the_model),
		cmocka_unit_test(test_lean_build_same_first_error),
		cmocka_unit_test(test_nested_goal_errors),
		cmocka_unit_test(test_build_all_reports_every_error_by_position),
		cmocka_unit_test(test_extra_round_trip_through_emit),
		cmocka_unit_test(test_deferred_build_fills_on_demand),
		cmocka_unit_test(test_owned_plan_nested),
	};
	return cmocka_run_group_tests_name("plan", tests, NULL, NULL);
}
