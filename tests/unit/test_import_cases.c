/* test_import_cases.c — the 17 import cases (tests/data/import/cases/,
 * README.md there gives each expected result) and the kinds of row and
 * file the import issue lists, each asserted as the README says. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/io/import.h"
#include "tolov/plan/plan.h"

#define CASES "tests/data/import/cases/"

static struct import_result run(const char *file, int quarter, int year)
{
	struct import_opts o = { quarter, year, NULL, false };
	struct import_result res;
	struct tv_err err = TV_ERR_INIT;
	int rc = import_run_file(file, &o, &res, &err);
	if (rc != 0)
		print_error("%s\n", err.text ? err.text : "(no message)");
	assert_int_equal(rc, 0);
	assert_non_null(res.plan);
	if (res.warnings)
		print_message("%s", res.warnings);
	return res;
}

static const struct activity *act(const struct plan *p, const char *id)
{
	const struct activity *a = plan_find_activity(p, id);
	if (!a)
		print_error("no activity %s\n", id);
	assert_non_null(a);
	return a;
}

/* goals / activities / indicators / warnings */
static void summary_is(const struct import_result *r, unsigned g, unsigned a, unsigned i,
		       unsigned w)
{
	assert_int_equal(r->n_goals, g);
	assert_int_equal(r->n_acts, a);
	assert_int_equal(r->n_inds, i);
	assert_int_equal(r->n_warn, w);
}

static void plan_head_is_t(const struct plan *p)
{
	assert_string_equal(p->title, "T");
	assert_int_equal(p->year, 0);
	assert_string_equal(p->currency, "MNT");
}

/* The standard row R of the README. */
static void is_r(const struct activity *a)
{
	assert_int_equal(a->n_ind, 1);
	assert_string_equal(a->ind[0].name, "Үзүүлэлт");
	assert_string_equal(a->ind[0].baseline, "0");
	assert_string_equal(a->ind[0].target, "1");
	assert_true(a->has_quarters);
	assert_int_equal(a->quarters, 0xf);
	assert_string_equal(a->schedule, "1-4 дүгээр улирал");
	assert_string_equal(a->responsible, "Нэгж");
	assert_false(a->budget.present);
}

static void goal1(const struct plan *p, const char *title)
{
	assert_string_equal(p->goal[0].id, "1");
	assert_string_equal(p->goal[0].title, title);
}

static void simple_case(const char *file)
{
	struct import_result r = run(file, 0, 0);
	plan_head_is_t(r.plan);
	assert_int_equal(r.plan->n_goal, 1);
	goal1(r.plan, "Зорилтын нэр");
	assert_int_equal(r.plan->goal[0].n_act, 1);
	const struct activity *a = act(r.plan, "1.1");
	assert_string_equal(a->title, "Арга хэмжээ");
	is_r(a);
	summary_is(&r, 1, 1, 1, 0);
	assert_int_equal(r.n_note, 0);
	/* nothing beside the fields: no extra anywhere, no section */
	assert_int_equal(r.plan->extra.n, 0);
	assert_int_equal(r.plan->goal[0].extra.n, 0);
	assert_int_equal(a->extra.n, 0);
	assert_string_equal(r.plan->goal[0].section, "");
	import_result_free(&r);
}

static void case01(void **state)
{
	(void)state;
	simple_case(CASES "01-header-activity-synonym.txt");
}

static void case02(void **state)
{
	(void)state;
	struct import_result r = run(CASES "02-header-budget-synonym.txt", 0, 0);
	goal1(r.plan, "З");
	const struct activity *a = act(r.plan, "1.1");
	assert_string_equal(a->title, "А");
	assert_string_equal(a->ind[0].name, "Ү");
	assert_true(a->budget.present && a->budget.has_amount);
	assert_int_equal(a->budget.amount, 5000000);
	assert_string_equal(a->budget.text, "5.0 сая");
	assert_string_equal(a->budget.source, "");
	assert_int_equal(a->quarters, 0xf);
	assert_string_equal(a->responsible, "Н");
	assert_int_equal(budget_of_plan(r.plan), 5000000);
	summary_is(&r, 1, 1, 1, 0);
	import_result_free(&r);
}

/* Without --quarter the report stops; with it, achieved and rating. */
static void case03(void **state)
{
	(void)state;
	struct import_result res;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(import_run_file(CASES "03-long-header.txt", NULL, &res, &err), -1);
	assert_null(res.plan);
	assert_non_null(strstr(err.text, "--quarter"));
	tv_err_clear(&err);

	struct import_result r = run(CASES "03-long-header.txt", 2, 0);
	goal1(r.plan, "Зорилтын нэр");
	assert_int_equal(r.plan->n_goal, 1);	/* no goal 1.1 invented */
	const struct activity *a = act(r.plan, "1.1.1");
	assert_string_equal(a->title, "Арга хэмжээ");
	assert_int_equal(a->n_ind, 1);
	assert_string_equal(a->ind[0].name, "");
	assert_string_equal(a->ind[0].actual[1], "Гүйцэтгэл");
	/* 30 on a 0-30 scale: kept in the note, with a warning */
	assert_int_equal(a->st[1].rating, RATING_NONE);
	assert_string_equal(a->st[1].note, "30");
	assert_non_null(strstr(r.warnings, "03-long-header.txt:4:29: warning: rating on a scale"));
	summary_is(&r, 1, 1, 1, 1);
	import_result_free(&r);
}

static void case04(void **state)
{
	(void)state;
	simple_case(CASES "04-number-column-empty-header.txt");
}

static void case05(void **state)
{
	(void)state;
	struct import_result r = run(CASES "05-column-number-row-one-cell.txt", 0, 0);
	goal1(r.plan, "Зорилтын нэр");
	const struct activity *a = act(r.plan, "1.1");
	assert_int_equal(a->n_ind, 1);
	assert_string_equal(a->ind[0].name, "Үзүүлэлт");
	assert_string_equal(a->ind[0].baseline, "");
	assert_string_equal(a->ind[0].target, "");
	assert_string_equal(a->responsible, "Нэгж");
	assert_false(a->budget.present);
	assert_false(a->has_quarters);
	assert_string_equal(a->schedule, "");
	summary_is(&r, 1, 1, 1, 0);
	import_result_free(&r);
}

static void case06(void **state)
{
	(void)state;
	simple_case(CASES "06-goal-row-neg.txt");
}

static void case07(void **state)
{
	(void)state;
	simple_case(CASES "07-goal-row-digit.txt");
}

static void case08(void **state)
{
	(void)state;
	struct import_result r = run(CASES "08-three-levels.txt", 0, 0);
	const struct plan *p = r.plan;
	assert_int_equal(p->n_goal, 2);
	goal1(p, "Зорилтын нэр");
	assert_int_equal(p->goal[0].n_act, 0);
	assert_string_equal(p->goal[1].id, "1.1");
	assert_string_equal(p->goal[1].title, "Хөтөлбөрийн хүрээнд");
	assert_string_equal(import_note_get(&r, NOTE_GOAL, NOTE_PARENT, 1, 0, 0, NULL), "1");
	assert_null(import_note_get(&r, NOTE_GOAL, NOTE_PARENT, 0, 0, 0, NULL));
	/* in the model: goal 1.1 nested in goal 1 */
	assert_int_equal(p->goal[0].parent, GOAL_NONE);
	assert_int_equal(p->goal[0].n_desc, 1);
	assert_int_equal(p->goal[1].parent, 0);
	assert_int_equal(p->goal[1].depth, 1);
	assert_int_equal(p->goal[1].n_act, 2);
	assert_string_equal(p->goal[1].act[0].id, "1.1.1");
	assert_string_equal(p->goal[1].act[1].id, "1.1.2");
	is_r(&p->goal[1].act[0]);
	is_r(&p->goal[1].act[1]);
	summary_is(&r, 2, 2, 2, 0);
	import_result_free(&r);
}

static void case09(void **state)
{
	(void)state;
	struct import_result r = run(CASES "09-continuation-row.txt", 0, 0);
	assert_int_equal(r.plan->goal[0].n_act, 1);
	const struct activity *a = act(r.plan, "1.1");
	assert_int_equal(a->n_ind, 2);
	assert_string_equal(a->ind[1].name, "Үзүүлэлт 2");
	assert_string_equal(a->ind[1].baseline, "5");
	assert_string_equal(a->ind[1].target, "6");
	assert_int_equal(a->quarters, 0xf);
	assert_string_equal(a->schedule, "1-4 дүгээр улирал");
	assert_string_equal(a->responsible, "Нэгж");
	summary_is(&r, 1, 1, 2, 0);
	import_result_free(&r);
}

static void case10(void **state)
{
	(void)state;
	struct import_result r = run(CASES "10-section-row.txt", 0, 0);
	assert_int_equal(r.plan->n_goal, 1);
	goal1(r.plan, "Зорилтын нэр");
	assert_string_equal(import_note_get(&r, NOTE_GOAL, NOTE_SECTION, 0, 0, 0, NULL),
			    "Ерөнхий чиг үүрэг: ЧИГ ҮҮРГИЙН НЭР");
	assert_string_equal(r.plan->goal[0].section, "Ерөнхий чиг үүрэг: ЧИГ ҮҮРГИЙН НЭР");
	is_r(act(r.plan, "1.1"));
	summary_is(&r, 1, 1, 1, 0);
	import_result_free(&r);
}

static void case11(void **state)
{
	(void)state;
	struct import_result r = run(CASES "11-no-goal-rows.txt", 0, 0);
	assert_int_equal(r.plan->n_goal, 1);
	goal1(r.plan, "");
	is_r(act(r.plan, "1.1"));
	is_r(act(r.plan, "1.2"));
	assert_string_equal(r.warnings, CASES "11-no-goal-rows.txt:3:1: warning: no goal row before "
					"these activities: goal 1 made\n");
	summary_is(&r, 1, 2, 2, 1);
	import_result_free(&r);
}

static void case12(void **state)
{
	(void)state;
	struct import_result r = run(CASES "12-target-in-activity-cell.txt", 0, 0);
	assert_int_equal(r.plan->n_goal, 1);
	const struct activity *a = act(r.plan, "1.1.1");
	assert_string_equal(a->title, "Арга хэмжээ");
	assert_int_equal(a->n_ind, 1);
	assert_string_equal(a->ind[0].name, "");
	assert_string_equal(a->ind[0].baseline, "");
	assert_string_equal(a->ind[0].target, "5 гэрээ");
	assert_false(a->budget.present);
	assert_false(a->has_quarters);
	assert_string_equal(a->responsible, "");
	summary_is(&r, 1, 1, 1, 0);
	import_result_free(&r);
}

static void case13(void **state)
{
	(void)state;
	struct import_result r = run(CASES "13-budget-header-unit.txt", 0, 0);
	const struct activity *a = act(r.plan, "1.1");
	assert_string_equal(a->title, "Арга хэмжээ");
	assert_int_equal(a->budget.amount, 12500000);
	assert_string_equal(a->budget.text, "12,500.0");
	assert_int_equal(a->n_ind, 0);
	assert_false(a->has_quarters);
	assert_string_equal(a->responsible, "");
	assert_int_equal(budget_of_plan(r.plan), 12500000);
	summary_is(&r, 1, 1, 0, 0);
	import_result_free(&r);
}

static void case14(void **state)
{
	(void)state;
	struct tv_err err = TV_ERR_INIT;
	struct import_result res;
	assert_int_equal(import_run_file(CASES "14-implementation-report.txt", NULL, &res, &err), -1);
	assert_non_null(strstr(err.text, "--quarter"));
	tv_err_clear(&err);

	struct import_result r = run(CASES "14-implementation-report.txt", 2, 0);
	static const struct {
		const char *id, *actual;
		int rating;
		const char *words;
	} want[] = {
		{ "1.1", "1 хийгдсэн", 100, "Хэрэгжсэн" },
		{ "1.2", "хийгдэж байна", 70, "Хэрэгжиж байгаа" },
		{ "1.3", "", 30, "Хангалтгүй" },
		{ "1.4", "", 0, "Хэрэгжээгүй" },
		{ "1.5", "", RATING_NOT_DUE, "Хугацаа болоогүй" },
	};
	for (size_t k = 0; k < 5; k++) {
		const struct activity *a = act(r.plan, want[k].id);
		assert_int_equal(a->n_ind, 1);
		assert_string_equal(a->ind[0].name, "Үзүүлэлт");
		assert_string_equal(a->ind[0].actual[1], want[k].actual);
		assert_int_equal(a->st[1].rating, want[k].rating);
		assert_string_equal(import_note_get(&r, NOTE_ACT, NOTE_EXTRA, 0, k, 0, "Хэрэгжилт"),
				    want[k].words);
		assert_string_equal(extra_get(&a->extra, "Хэрэгжилт"), want[k].words);
		assert_int_equal(a->quarters, k == 4 ? 0x8 : 0xf);
	}
	assert_string_equal(act(r.plan, "1.5")->schedule, "IV улирал");
	summary_is(&r, 1, 5, 5, 0);
	import_result_free(&r);
}

static void case15(void **state)
{
	(void)state;
	struct import_result r = run(CASES "15-multi-year-targets.txt", 0, 0);
	const struct activity *a = act(r.plan, "1.1");
	assert_string_equal(a->ind[0].name, "Үзүүлэлт");
	assert_string_equal(a->ind[0].target, "1");
	assert_string_equal(import_note_get(&r, NOTE_ACT, NOTE_EXTRA, 0, 0, 0, "Хүрэх түвшин 2024"),
			    "2");
	assert_string_equal(extra_get(&a->extra, "Хүрэх түвшин 2024"), "2");
	assert_int_equal(a->extra.n, 1);
	assert_int_equal(r.plan->year, 0);
	summary_is(&r, 1, 1, 1, 0);
	import_result_free(&r);

	r = run(CASES "15-multi-year-targets.txt", 0, 2024);
	a = act(r.plan, "1.1");
	assert_string_equal(a->ind[0].target, "2");
	assert_string_equal(import_note_get(&r, NOTE_ACT, NOTE_EXTRA, 0, 0, 0, "Хүрэх түвшин 2023"),
			    "1");
	assert_int_equal(r.plan->year, 2024);
	import_result_free(&r);
}

static void case16(void **state)
{
	(void)state;
	struct import_result r = run(CASES "16-title-lines.txt", 0, 0);
	assert_true(!strncmp(r.plan->title, "ТӨЛӨВЛӨГӨӨНИЙ ГАРЧИГ Тайлбар өгүүлбэр: ",
			     strlen("ТӨЛӨВЛӨГӨӨНИЙ ГАРЧИГ Тайлбар өгүүлбэр: ")));
	const char *date = import_note_get(&r, NOTE_PLAN, NOTE_EXTRA, 0, 0, 0, "Огноо");
	assert_non_null(date);
	assert_true(!strncmp(date, "2016.07.10", 10));
	assert_non_null(strstr(date, "Хот"));
	assert_null(strstr(r.plan->title, "2016"));
	assert_null(import_note_get(&r, NOTE_PLAN, NOTE_ORGANISATION, 0, 0, 0, NULL));
	assert_string_equal(r.plan->organisation, "");
	assert_string_equal(extra_get(&r.plan->extra, "Огноо"), date);
	goal1(r.plan, "Зорилтын нэр");
	is_r(act(r.plan, "1.1"));
	summary_is(&r, 1, 1, 1, 0);
	import_result_free(&r);
}

static void case17(void **state)
{
	(void)state;
	simple_case(CASES "17-crlf-trailing-columns.txt");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(case01), cmocka_unit_test(case02), cmocka_unit_test(case03),
		cmocka_unit_test(case04), cmocka_unit_test(case05), cmocka_unit_test(case06),
		cmocka_unit_test(case07), cmocka_unit_test(case08), cmocka_unit_test(case09),
		cmocka_unit_test(case10), cmocka_unit_test(case11), cmocka_unit_test(case12),
		cmocka_unit_test(case13), cmocka_unit_test(case14), cmocka_unit_test(case15),
		cmocka_unit_test(case16), cmocka_unit_test(case17),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
