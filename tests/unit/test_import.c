/* test_import.c — `tolov import`: plan tables (TSV, CSV) to plans. */
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

#define DATA "tests/data/import/"

static struct plan *load(const char *path)
{
	struct plan *p = NULL;
	struct tv_err err = TV_ERR_INIT;
	int rc = import_file(path, &p, &err);
	if (rc != 0)
		print_error("%s\n", err.text ? err.text : "(no message)");
	assert_int_equal(rc, 0);
	assert_non_null(p);
	assert_null(err.text);
	return p;
}

/* Import that must fail; returns the message (caller frees). */
static char *load_fail(const char *path)
{
	struct plan *p = (struct plan *)1;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(import_file(path, &p, &err), -1);
	assert_null(p);
	assert_non_null(err.text);
	char *text = xstrdup(err.text);
	tv_err_clear(&err);
	return text;
}

static struct plan *load_str(const char *text)
{
	struct plan *p = NULL;
	struct tv_err err = TV_ERR_INIT;
	int rc = import_table("t.tsv", text, strlen(text), &p, &err);
	if (rc != 0)
		print_error("%s\n", err.text ? err.text : "(no message)");
	assert_int_equal(rc, 0);
	return p;
}

static char *load_str_fail(const char *text)
{
	struct plan *p = NULL;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(import_table("t.tsv", text, strlen(text), &p, &err), -1);
	assert_null(p);
	assert_non_null(err.text);
	char *msg = xstrdup(err.text);
	tv_err_clear(&err);
	return msg;
}

/* Import with options; the result holds the plan, warnings and notes. */
static struct import_result run_str(const char *text, const struct import_opts *o)
{
	struct import_result res;
	struct tv_err err = TV_ERR_INIT;
	int rc = import_run("t.tsv", text, strlen(text), o, &res, &err);
	if (rc != 0)
		print_error("%s\n", err.text ? err.text : "(no message)");
	assert_int_equal(rc, 0);
	return res;
}

static struct import_result run_file(const char *path, const struct import_opts *o)
{
	struct import_result res;
	struct tv_err err = TV_ERR_INIT;
	int rc = import_run_file(path, o, &res, &err);
	if (rc != 0)
		print_error("%s\n", err.text ? err.text : "(no message)");
	assert_int_equal(rc, 0);
	assert_non_null(res.plan);
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

static unsigned n_lines(const char *s)
{
	unsigned n = 1;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

/* ---- the seed ---- */

static void seed_counts(void **state)
{
	(void)state;
	struct plan *p = load(DATA "seed.txt");
	assert_int_equal(p->n_goal, 6);
	assert_int_equal(plan_n_activities(p), 18);
	assert_int_equal(budget_of_plan(p), 20500000);
	assert_int_equal(p->goal[0].n_act, 4);
	assert_int_equal(p->goal[5].n_act, 5);
	plan_free(p);
}

static void seed_title_and_year(void **state)
{
	(void)state;
	struct plan *p = load(DATA "seed.txt");
	assert_string_equal(p->title, "АЙМГИЙН ЗАСАГ ДАРГЫН ТАМГЫН ГАЗРЫН АВЛИГЫН ЭСРЭГ ҮЙЛ "
				      "АЖИЛЛАГААНЫ 2023 ОНЫ ТӨЛӨВЛӨГӨӨ");
	assert_int_equal(p->year, 2023);
	plan_free(p);
}

static void seed_goals(void **state)
{
	(void)state;
	struct plan *p = load(DATA "seed.txt");
	assert_string_equal(p->goal[0].id, "1");	/* "Зорилт Нэг." */
	assert_string_equal(p->goal[0].title,
			    "Авлигын эсрэг хууль тогтоомжийг иргэдэд сурталчлах, соён гэгээрүүлэх "
			    "үйл ажиллагааны хүртээмжийг нэмэгдүүлэх.");
	assert_string_equal(p->goal[1].id, "2");
	assert_string_equal(p->goal[1].title,
			    "Авлигын эсрэг сургалт зохион байгуулах, сургалтад хамруулах");
	assert_string_equal(p->goal[5].id, "6");
	plan_free(p);
}

static void seed_activity_1_1(void **state)
{
	(void)state;
	struct plan *p = load(DATA "seed.txt");
	const struct activity *a = act(p, "1.1");
	assert_true(!strncmp(a->title, "Авлигатай тэмцэх газраас бэлтгэсэн шторк", 40));
	assert_true(a->budget.present);
	assert_true(a->budget.has_amount);
	assert_int_equal(a->budget.amount, 2000000);
	assert_string_equal(a->budget.text, "2,0 сая");
	assert_string_equal(a->budget.source, "");
	assert_true(a->has_quarters);
	assert_int_equal(a->quarters, 0xf);
	assert_string_equal(a->schedule, "1-4 дүгээр улирал");
	assert_string_equal(a->responsible, "Хууль, эрх зүйн хэлтэс");
	assert_int_equal(a->n_ind, 1);
	assert_string_equal(a->ind[0].baseline, "Хандалтын тоо 60.000 иргэн “АЭҮА-ны тайлан-2022”");
	assert_string_equal(a->ind[0].target, "65.000 иргэнээс доошгүй");
	plan_free(p);
}

static void seed_dash_is_empty(void **state)
{
	(void)state;
	struct plan *p = load(DATA "seed.txt");
	const struct activity *a = act(p, "1.2");
	assert_false(a->budget.present);	/* "-" */
	a = act(p, "1.3");
	assert_string_equal(a->ind[0].baseline, "");
	a = act(p, "4.1");	/* indicator name only */
	assert_int_equal(a->n_ind, 1);
	assert_string_equal(a->ind[0].baseline, "");
	assert_string_equal(a->ind[0].target, "");
	plan_free(p);
}

static void seed_source_3_2(void **state)
{
	(void)state;
	struct plan *p = load(DATA "seed.txt");
	const struct activity *a = act(p, "3.2");
	assert_int_equal(a->budget.amount, 15000000);
	assert_string_equal(a->budget.source, "Орон нутгийн төсөв");
	assert_string_equal(a->budget.text, "15,0 сая (Орон нутгийн төсөв)");
	assert_int_equal(act(p, "1.4")->budget.amount, 3500000);
	plan_free(p);
}

static void seed_schedules(void **state)
{
	(void)state;
	struct plan *p = load(DATA "seed.txt");
	const struct activity *a = act(p, "4.1");
	assert_string_equal(a->schedule, "1-4 улирал");
	assert_int_equal(a->quarters, 0xf);
	a = act(p, "3.1");
	assert_string_equal(a->schedule, "1,-4 дүгээр улирал");
	assert_true(a->has_quarters);
	assert_int_equal(a->quarters, 0xf);
	a = act(p, "2.1");
	assert_string_equal(a->schedule, "Тухай бүр");
	assert_true(a->has_quarters);
	assert_int_equal(a->quarters, 0);
	assert_string_equal(a->responsible, "");
	assert_int_equal(act(p, "1.4")->quarters, 0x6);	/* "2,3 дугаар улирал" */
	assert_int_equal(act(p, "4.2")->quarters, 0x6);	/* "2-3 дугаар улиралд" */
	assert_int_equal(act(p, "6.1")->quarters, 0x2);	/* "2 дугаар улирал" */
	plan_free(p);
}

/* ---- budgets ---- */

static void budget_is(const char *cell, long long want, const char *want_source)
{
	long long v = -1;
	char *src = NULL;
	bool ok = import_budget_amount(cell, &v, &src);
	if (!ok || v != want)
		print_error("budget “%s”: %s %lld, want %lld\n", cell, ok ? "read" : "unread", v,
			    want);
	assert_true(ok);
	assert_int_equal(v, want);
	if (want_source) {
		assert_non_null(src);
		assert_string_equal(src, want_source);
	} else {
		assert_null(src);
	}
	free(src);
}

static void budget_unread(const char *cell)
{
	long long v = -1;
	char *src = NULL;
	if (import_budget_amount(cell, &v, &src))
		print_error("budget “%s” read as %lld\n", cell, v);
	assert_false(import_budget_amount(cell, &v, &src));
	free(src);
}

static void budget_millions(void **state)
{
	(void)state;
	budget_is("2,0 сая", 2000000, NULL);
	budget_is("3,5 сая", 3500000, NULL);
	budget_is("15,0 сая (Орон нутгийн төсөв)", 15000000, "Орон нутгийн төсөв");
	budget_is("2,5 сая төгрөг", 2500000, NULL);
	budget_is("1.25 сая₮", 1250000, NULL);
	budget_is("0,1 СаЯ", 100000, NULL);
	budget_is("1 500 сая", 1500000000, NULL);
}

static void budget_thousands_and_billions(void **state)
{
	(void)state;
	budget_is("500 мянга", 500000, NULL);
	budget_is("750 мян.төг", 750000, NULL);
	budget_is("750 мян. төгрөг", 750000, NULL);
	budget_is("1,2 тэрбум", 1200000000, NULL);
	budget_is("2 тэрбум төгрөг", 2000000000, NULL);
}

static void budget_plain_numbers(void **state)
{
	(void)state;
	budget_is("1,500,000", 1500000, NULL);
	budget_is("1 500 000", 1500000, NULL);
	budget_is("1.500.000", 1500000, NULL);
	budget_is("500000", 500000, NULL);
	budget_is("1\xc2\xa0" "500\xc2\xa0" "000 ₮", 1500000, NULL);	/* no-break spaces */
	budget_is("₮1,500,000", 1500000, NULL);
	budget_is("1 500 000 төг.", 1500000, NULL);
	budget_is("250000 MNT", 250000, NULL);
	budget_is("1,500,000.50", 1500001, NULL);	/* half up */
	budget_is("1 500 000,49", 1500000, NULL);
	budget_is("0", 0, NULL);
}

static void budget_unreadable(void **state)
{
	(void)state;
	budget_unread("Төсөвт тусгасан");
	budget_unread("нэг тэрбум");
	budget_unread("2 сая + 3 сая");
	budget_unread("1,50,000");
	budget_unread("100 ам.доллар");
	budget_unread("99999999999 тэрбум");	/* would overflow */
	long long v;
	char *src = NULL;
	assert_false(import_budget_amount("(Улсын төсөв)", &v, &src));
	assert_string_equal(src, "Улсын төсөв");	/* the source stays */
	free(src);
}

static void budget_unreadable_cell_kept(void **state)
{
	(void)state;
	struct plan *p = load_str("Activity\tBudget\nGoal 1. G\t\n1.1 A\tТөсөвт тусгасан\n"
				  "1.2 B\t-\n1.3 C\t\n");
	const struct activity *a = act(p, "1.1");
	assert_true(a->budget.present);
	assert_false(a->budget.has_amount);
	assert_string_equal(a->budget.text, "Төсөвт тусгасан");
	assert_false(act(p, "1.2")->budget.present);
	assert_false(act(p, "1.3")->budget.present);
	plan_free(p);
}

/* ---- schedules ---- */

static void quarters_are(const char *cell, unsigned want)
{
	unsigned q = 0xdead;
	bool ok = import_schedule_quarters(cell, &q);
	if (!ok || q != want)
		print_error("schedule “%s”: %s %#x, want %#x\n", cell, ok ? "read" : "unread", q,
			    want);
	assert_true(ok);
	assert_int_equal(q, want);
}

static void quarters_unread(const char *cell)
{
	unsigned q = 0;
	if (import_schedule_quarters(cell, &q))
		print_error("schedule “%s” read as %#x\n", cell, q);
	assert_false(import_schedule_quarters(cell, &q));
}

static void schedule_mongolian(void **state)
{
	(void)state;
	quarters_are("1-4 дүгээр улирал", 0xf);
	quarters_are("2,3 дугаар улирал", 0x6);
	quarters_are("2-3 дугаар улиралд", 0x6);
	quarters_are("1,-4 дүгээр улирал", 0xf);
	quarters_are("2 дугаар улирал", 0x2);
	quarters_are("1-4 улирал", 0xf);
	quarters_are("1–4 улирал", 0xf);	/* en dash */
	quarters_are("2-р улиралд", 0x2);
	quarters_are("1 ба 3 дугаар улирал", 0x5);
	quarters_are("II-III улирал", 0x6);
	quarters_are("IV улирал", 0x8);
	quarters_are("2 дугаар улирал, 4 дүгээр улирал", 0xa);
	quarters_are("3 дугаар улирлын эхэнд", 0x4);
	quarters_are("1-4 ДҮГЭЭР УЛИРАЛ.", 0xf);
}

static void schedule_words(void **state)
{
	(void)state;
	quarters_are("Тухай бүр", 0);
	quarters_are("тухай  бүр.", 0);
	quarters_are("Жилдээ", 0xf);
	quarters_are("Жилийн турш", 0xf);
	quarters_are("жилийн туршид", 0xf);
	quarters_are("Улирал бүр", 0xf);
	quarters_are("Year-round", 0xf);
	quarters_are("As needed", 0);
}

static void schedule_english(void **state)
{
	(void)state;
	quarters_are("Q2-Q3", 0x6);
	quarters_are("Q1,Q3", 0x5);
	quarters_are("q4", 0x8);
	quarters_are("Q1 – Q4", 0xf);
	quarters_are("Quarter 2", 0x2);
	quarters_are("2nd quarter", 0x2);
}

/* Months, dates and half-years fall in quarters (issue: schedules). */
static void schedule_months_and_halves(void **state)
{
	(void)state;
	quarters_are("3 сарын 1", 0x1);	/* a date in March */
	quarters_are("9 сард", 0x4);
	quarters_are("1 дүгээр сарын 10-ны дотор", 0x1);
	quarters_are("2023.03.01", 0x1);
	quarters_are("2023-11-30", 0x8);
	quarters_are("03/15", 0x1);
	quarters_are("3, 6, 9, 12 сард", 0xf);
	quarters_are("Эхний хагас жил", 0x3);
	quarters_are("Хоёрдугаар хагас жил", 0xc);
	quarters_are("Жилийн эцэст", 0x8);
	quarters_are("Жил бүр", 0xf);
	quarters_are("Байнга", 0xf);
	quarters_are("I-IV улирал", 0xf);
	quarters_are("II улиралд", 0x2);
	quarters_are("1-р улирал", 0x1);
	quarters_are("1,2 улирал", 0x3);
	quarters_unread("13 сард");
}

static void schedule_unreadable(void **state)
{
	(void)state;
	quarters_unread("5 дугаар улирал");
	quarters_unread("3-1 улирал");
	quarters_unread("2023 он");
	quarters_unread("1-4");
	quarters_unread("Q5");
	quarters_unread("");
	struct plan *p = load_str("Activity\tSchedule\nGoal 1. G\t\n1.1 A\tжилд нэг\n1.2 B\t\n");
	const struct activity *a = act(p, "1.1");
	assert_false(a->has_quarters);
	assert_string_equal(a->schedule, "жилд нэг");
	assert_false(act(p, "1.2")->has_quarters);
	assert_string_equal(act(p, "1.2")->schedule, "");
	plan_free(p);
}

/* ---- CSV ---- */

static void csv_excel(void **state)
{
	(void)state;
	struct plan *p = load(DATA "excel.csv");
	assert_string_equal(p->title, "Аймгийн төлөвлөгөө 2024");
	assert_int_equal(p->year, 2024);
	assert_int_equal(p->n_goal, 1);
	assert_string_equal(p->goal[0].id, "2");	/* "Зорилт хоёр." */
	assert_string_equal(p->goal[0].title, "Ил тод байдал");
	assert_int_equal(p->goal[0].n_act, 3);
	plan_free(p);
}

static void csv_quoted_commas_and_quotes(void **state)
{
	(void)state;
	struct plan *p = load(DATA "excel.csv");
	const struct activity *a = act(p, "2.1");
	assert_string_equal(a->title, "Сургалт, семинар зохион байгуулах");
	assert_string_equal(a->ind[0].name, "Оролцогчийн тоо, хувь");
	assert_string_equal(a->ind[0].baseline, "");
	assert_string_equal(a->ind[0].target, "\"Шударга\" 100 хүн");
	assert_int_equal(a->budget.amount, 1500000);
	assert_string_equal(a->budget.text, "1,500,000 төг");
	assert_int_equal(a->quarters, 0x6);
	assert_string_equal(a->responsible, "Хууль, эрх зүйн хэлтэс");
	plan_free(p);
}

static void csv_line_breaks_in_cells(void **state)
{
	(void)state;
	struct plan *p = load(DATA "excel.csv");
	const struct activity *a = act(p, "2.2");
	assert_string_equal(a->title, "Мэдээлэл\nтүгээх");	/* CRLF in the cell */
	assert_string_equal(a->ind[0].name, "Нийтлэл\nтоо");
	assert_int_equal(a->budget.amount, 2500000);
	assert_string_equal(a->budget.source, "Улсын төсөв");
	assert_int_equal(a->quarters, 0x6);	/* II-III */
	assert_string_equal(a->responsible, "");
	a = act(p, "2.3");
	assert_int_equal(a->n_ind, 0);
	assert_false(a->budget.present);
	assert_true(a->has_quarters);
	assert_int_equal(a->quarters, 0);
	plan_free(p);
}

static void csv_semicolons(void **state)
{
	(void)state;
	struct plan *p = load(DATA "semicolon.csv");
	assert_int_equal(act(p, "1.1")->budget.amount, 2000000);
	assert_int_equal(act(p, "1.1")->quarters, 0xf);
	plan_free(p);
}

static void csv_unterminated_quote(void **state)
{
	(void)state;
	char *msg = load_fail(DATA "unterminated.csv");
	assert_string_equal(msg, DATA "unterminated.csv:3:1: error: quoted cell has no closing quote");
	free(msg);
}

static void tsv_bom_crlf(void **state)
{
	(void)state;
	struct plan *p = load_str("\xef\xbb\xbfТөлөвлөгөө 1999\r\nХэрэгжүүлэх арга хэмжээ\tХугацаа\r\n"
				  "Зорилт 1. Г\t\r\n1.1. А\t2 дугаар улирал\r\n");
	assert_string_equal(p->title, "Төлөвлөгөө 1999");
	assert_int_equal(p->year, 1999);
	assert_string_equal(act(p, "1.1")->title, "А");
	assert_string_equal(act(p, "1.1")->schedule, "2 дугаар улирал");
	assert_int_equal(act(p, "1.1")->quarters, 0x2);
	plan_free(p);
}

/* ---- columns ---- */

static void english_headers_any_order(void **state)
{
	(void)state;
	struct plan *p = load(DATA "english.tsv");
	assert_string_equal(p->title, "Action plan 2025");
	assert_int_equal(p->year, 2025);
	assert_int_equal(p->n_goal, 2);
	assert_string_equal(p->goal[1].id, "2");
	assert_string_equal(p->goal[1].title, "Integrity");
	const struct activity *a = act(p, "1.1");
	assert_string_equal(a->title, "Publish budgets");
	assert_string_equal(a->responsible, "Press office");
	assert_int_equal(a->quarters, 0x6);
	assert_int_equal(a->budget.amount, 1500000);
	assert_string_equal(a->ind[0].name, "Reports published");
	assert_string_equal(a->ind[0].baseline, "4");
	assert_string_equal(a->ind[0].target, "12");
	a = act(p, "1.2");
	assert_int_equal(a->quarters, 0x5);
	assert_int_equal(a->budget.amount, 500000);
	assert_int_equal(a->n_ind, 0);	/* all "-" */
	a = act(p, "2.1");
	assert_int_equal(a->quarters, 0xf);
	assert_true(a->budget.present);
	assert_false(a->budget.has_amount);
	assert_string_equal(a->budget.text, "нэг тэрбум");
	plan_free(p);
}

static void header_variants(void **state)
{
	(void)state;
	struct plan *p = load_str(" хэрэгжҮҮлэх  АРГА хэмжээ \tХариуцах нэгж:\tХэрэгжих хугацаа\n"
				  "ЗОРИЛТ ГУРАВ: Г\t\t\n3.1 А\tХэлтэс\tQ1\n");
	assert_string_equal(p->goal[0].id, "3");
	assert_string_equal(act(p, "3.1")->responsible, "Хэлтэс");
	assert_int_equal(act(p, "3.1")->quarters, 0x1);
	plan_free(p);
}

static void number_column(void **state)
{
	(void)state;
	struct plan *p = load_str("№\tХэрэгжүүлэх арга хэмжээ\tТөсөв\n1.\tЗорилт 1. Г\t\n"
				  "1.1\tАжил\t3 сая\n");
	assert_string_equal(act(p, "1.1")->title, "Ажил");
	assert_int_equal(act(p, "1.1")->budget.amount, 3000000);
	plan_free(p);
}

static void missing_activity_column(void **state)
{
	(void)state;
	char *msg = load_fail(DATA "no_activity.tsv");
	assert_non_null(strstr(msg, DATA "no_activity.tsv:2:1: error: the header line has no "
					 "activity column"));
	free(msg);
	msg = load_str_fail("just some text\nand more\n");
	assert_non_null(strstr(msg, "t.tsv: error: no header line"));
	free(msg);
}

/* A second column of one kind is kept in extra, keyed by its header (it
 * was an error before the issue "nothing dropped"). */
static void duplicate_column(void **state)
{
	(void)state;
	struct import_result r = run_str("Activity\tBudget\tТөсөв\nGoal 1. G\t\t\n1.1 A\t1\t2\n", NULL);
	const struct activity *a = act(r.plan, "1.1");
	assert_int_equal(a->budget.amount, 1);
	assert_string_equal(import_note_get(&r, NOTE_ACT, NOTE_EXTRA, 0, 0, 0, "Төсөв"), "2");
	assert_int_equal(r.n_warn, 0);
	import_result_free(&r);
}

/* ---- rows ---- */

static void skipped_rows(void **state)
{
	(void)state;
	struct plan *p = load_str("Activity\tBudget\tSchedule\n1\t2\t3\n\nGoal 1. G\t\t\n"
				  "\t\t\n1.1 A\t-\tQ1\nActivity\tBudget\tSchedule\n"
				  "* * *\t\t\n-Оо-\n");
	assert_int_equal(plan_n_activities(p), 1);
	plan_free(p);
}

static void goal_number_words(void **state)
{
	(void)state;
	static const char *const words[] = {
		"нэг", "Хоёр", "ГУРАВ", "дөрөв", "Тав", "зургаа", "Долоо", "найм", "ес", "Арав",
	};
	for (size_t i = 0; i < 10; i++) {
		char *t = xasprintf("Activity\tBudget\nЗорилт %s. Г\t\n%zu.1 А\t\n", words[i], i + 1);
		struct plan *p = load_str(t);
		char id[8];
		snprintf(id, sizeof id, "%zu", i + 1);
		assert_string_equal(p->goal[0].id, id);
		assert_string_equal(p->goal[0].title, "Г");
		plan_free(p);
		free(t);
	}
}

/* Rows that were refused are now read, each with a warning at its
 * position (issue: nothing dropped, nothing silent). */
static void bad_row_reported(void **state)
{
	(void)state;
	struct import_result r = run_file(DATA "bad_row.tsv", NULL);
	assert_string_equal(r.warnings,
			    DATA "bad_row.tsv:3:1: warning: no goal row before these activities: goal 1 made\n");
	/* the goal row below names the goal made for 1.1; the note row is a
	 * heading inside it, kept on it */
	assert_int_equal(r.plan->n_goal, 1);
	assert_string_equal(r.plan->goal[0].title, "Зорилт");
	assert_int_equal(r.plan->goal[0].n_act, 2);
	assert_string_equal(import_note_get(&r, NOTE_GOAL, NOTE_EXTRA, 0, 0, 0, "Гарчиг"),
			    "Тайлбар: дараах ажлууд");
	import_result_free(&r);
}

/* A goal row with more cells: the goal keeps them (its own extra). */
static void goal_row_with_other_text(void **state)
{
	(void)state;
	struct import_result r = run_str("Activity\tBudget\nGoal 1. G\t5 сая\n1.1 A\t\n", NULL);
	assert_string_equal(import_note_get(&r, NOTE_GOAL, NOTE_EXTRA, 0, 0, 0, "Budget"), "5 сая");
	assert_int_equal(r.n_warn, 0);
	import_result_free(&r);
}

static void activity_under_wrong_goal(void **state)
{
	(void)state;
	struct import_result r = run_str("Activity\tBudget\nGoal 1. G\t\n2.1 A\t\n", NULL);
	assert_string_equal(r.warnings, "t.tsv:3:1: warning: activity stands under another goal "
					"(activity / goal): 2.1 / 1\n");
	assert_non_null(act(r.plan, "2.1"));
	import_result_free(&r);
}

static void text_beyond_last_column(void **state)
{
	(void)state;
	struct import_result r = run_str("Activity\tBudget\nGoal 1. G\t\n1.1 A\t\tstray\n", NULL);
	assert_string_equal(r.warnings, "t.tsv:3:8: warning: text right of the last header column "
					"kept in extra: stray\n");
	assert_string_equal(import_note_get(&r, NOTE_ACT, NOTE_EXTRA, 0, 0, 0, "column 3"), "stray");
	import_result_free(&r);
}

static void duplicate_ids(void **state)
{
	(void)state;
	struct import_result r = run_file(DATA "dup_ids.tsv", NULL);
	assert_string_equal(r.warnings,
			    DATA "dup_ids.tsv:4:1: warning: id used twice, renumbered: 1.1 → 1.1-2\n"
			    DATA "dup_ids.tsv:5:1: warning: id used twice, renumbered: 1 → 1-2\n");
	assert_string_equal(act(r.plan, "1.1-2")->title, "Давхар");
	import_result_free(&r);
}

/* A row of 1, 2, 3 ... is the column-number row under the header (left
 * out silently) and a warning anywhere else. */
static void number_row_mid_table(void **state)
{
	(void)state;
	struct import_result r = run_str("Activity\tBudget\tSchedule\n1\t2\t3\nGoal 1. G\t\t\n"
					 "1.1 A\t-\tQ1\n1\t2\t3\n", NULL);
	assert_string_equal(r.warnings, "t.tsv:5:1: warning: a row of numbers 1, 2, 3 ... taken for "
					"column numbers, left out: 1\n");
	import_result_free(&r);
}

/* Cell text in messages cannot drive a terminal: control characters are
 * escaped. */
static void messages_escape_controls(void **state)
{
	(void)state;
	struct import_result r = run_str("Activity\tSchedule\nGoal 1. G\t\n1.1 A\t\x1b[2Jsoon\xc2\x9b\n",
					 NULL);
	assert_string_equal(r.warnings, "t.tsv:3:7: warning: schedule not read as quarters, kept as "
					"written: \\x1B[2Jsoon\\u009B\n");
	/* the plan keeps the text as written */
	assert_string_equal(r.plan->goal[0].act[0].schedule, "\x1b[2Jsoon\xc2\x9b");
	import_result_free(&r);
}

/* --strict refuses on any warning and writes nothing. */
static void strict_refuses(void **state)
{
	(void)state;
	struct import_opts o = { 0, 0, NULL, true };
	struct import_result res;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(import_run_file(DATA "dup_ids.tsv", &o, &res, &err), -1);
	assert_null(res.plan);
	assert_non_null(strstr(err.text, "dup_ids.tsv: error: --strict: 2 warnings, nothing written"));
	assert_non_null(strstr(err.text, "dup_ids.tsv:4:1: warning: id used twice"));
	tv_err_clear(&err);
}

static void invalid_utf8(void **state)
{
	(void)state;
	char *msg = load_fail(DATA "invalid_utf8.tsv");
	assert_string_equal(msg,
			    DATA "invalid_utf8.tsv:3:8: error: invalid UTF-8 (byte 0xFF); save the "
			    "table as UTF-8 text\n"
			    DATA "invalid_utf8.tsv:4:6: error: invalid UTF-8 (byte 0xD0); save the "
			    "table as UTF-8 text\n"
			    DATA "invalid_utf8.tsv:4:8: error: invalid UTF-8 (byte 0xC0); save the "
			    "table as UTF-8 text\n"
			    DATA "invalid_utf8.tsv:4:9: error: invalid UTF-8 (byte 0x80); save the "
			    "table as UTF-8 text");
	free(msg);
}

static void nul_byte(void **state)
{
	(void)state;
	static const char text[] = "Activity\tBudget\nGoal 1. G\0\t\n";
	struct plan *p = NULL;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(import_table("t.tsv", text, sizeof text - 1, &p, &err), -1);
	assert_string_equal(err.text, "t.tsv:2:10: error: NUL byte in text");
	tv_err_clear(&err);
}

/* Errors are capped: many bad bytes give IMPORT_MAX_ERRORS lines and a
 * count of the rest. */
static void error_cap(void **state)
{
	(void)state;
	struct sbuf b = SBUF_INIT;
	sbuf_adds(&b, "Activity\tBudget\nGoal 1. G\t\n");
	for (int i = 0; i < IMPORT_MAX_ERRORS + 7; i++)
		sbuf_adds(&b, "junk\xff\t\n");
	char *msg = load_str_fail(b.buf);
	assert_int_equal(n_lines(msg), IMPORT_MAX_ERRORS + 1);
	assert_non_null(strstr(msg, "t.tsv: error: 7 more errors not shown"));
	free(msg);
	sbuf_free(&b);
}

static void missing_file(void **state)
{
	(void)state;
	char *msg = load_fail(DATA "no-such-file.tsv");
	assert_non_null(strstr(msg, "no-such-file.tsv: error: cannot open"));
	free(msg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(seed_counts),
		cmocka_unit_test(seed_title_and_year),
		cmocka_unit_test(seed_goals),
		cmocka_unit_test(seed_activity_1_1),
		cmocka_unit_test(seed_dash_is_empty),
		cmocka_unit_test(seed_source_3_2),
		cmocka_unit_test(seed_schedules),
		cmocka_unit_test(budget_millions),
		cmocka_unit_test(budget_thousands_and_billions),
		cmocka_unit_test(budget_plain_numbers),
		cmocka_unit_test(budget_unreadable),
		cmocka_unit_test(budget_unreadable_cell_kept),
		cmocka_unit_test(schedule_mongolian),
		cmocka_unit_test(schedule_words),
		cmocka_unit_test(schedule_english),
		cmocka_unit_test(schedule_months_and_halves),
		cmocka_unit_test(schedule_unreadable),
		cmocka_unit_test(csv_excel),
		cmocka_unit_test(csv_quoted_commas_and_quotes),
		cmocka_unit_test(csv_line_breaks_in_cells),
		cmocka_unit_test(csv_semicolons),
		cmocka_unit_test(csv_unterminated_quote),
		cmocka_unit_test(tsv_bom_crlf),
		cmocka_unit_test(english_headers_any_order),
		cmocka_unit_test(header_variants),
		cmocka_unit_test(number_column),
		cmocka_unit_test(missing_activity_column),
		cmocka_unit_test(duplicate_column),
		cmocka_unit_test(skipped_rows),
		cmocka_unit_test(goal_number_words),
		cmocka_unit_test(bad_row_reported),
		cmocka_unit_test(goal_row_with_other_text),
		cmocka_unit_test(activity_under_wrong_goal),
		cmocka_unit_test(text_beyond_last_column),
		cmocka_unit_test(duplicate_ids),
		cmocka_unit_test(strict_refuses),
		cmocka_unit_test(number_row_mid_table),
		cmocka_unit_test(messages_escape_controls),
		cmocka_unit_test(invalid_utf8),
		cmocka_unit_test(nul_byte),
		cmocka_unit_test(error_cap),
		cmocka_unit_test(missing_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
