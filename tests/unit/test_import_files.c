/* test_import_files.c — the readers of `tolov import`: the seed as .docx,
 * .xlsx, UTF-16 and semicolon CSV gives the seed's plan byte for byte;
 * positions in each kind of file; merged cells; refused containers (macros
 * only, not office, DOCTYPE, zip bomb, encrypted); text encodings and
 * delimiters. Fixtures are made by tests/data/import/make_fixtures.py and
 * committed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/io/import.h"
#include "tolov/plan/emit.h"
#include "tolov/plan/plan.h"

#define DATA "tests/data/import/"

static struct import_result run(const char *file, const struct import_opts *o)
{
	struct import_result res;
	struct tv_err err = TV_ERR_INIT;
	int rc = import_run_file(file, o, &res, &err);
	if (rc != 0)
		print_error("%s\n", err.text ? err.text : "(no message)");
	assert_int_equal(rc, 0);
	assert_non_null(res.plan);
	return res;
}

static char *run_fail(const char *file, const struct import_opts *o)
{
	struct import_result res;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(import_run_file(file, o, &res, &err), -1);
	assert_null(res.plan);
	assert_non_null(err.text);
	char *text = xstrdup(err.text);
	tv_err_clear(&err);
	return text;
}

static char *slurp(const char *path)
{
	char *data;
	size_t len;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(read_file(path, 1 << 24, &data, &len, &err), 0);
	return data;
}

/* The seed, from any kind of file, writes the seed's plan file. */
static void same_as_seed(const char *file, const char *warnings)
{
	struct import_result r = run(file, NULL);
	struct sbuf b = SBUF_INIT;
	emit_plan(&b, r.plan);
	char *want = slurp("tests/data/plans/anti-corruption-2023.yaml");
	assert_string_equal(b.buf, want);
	assert_string_equal(r.warnings ? r.warnings : "", warnings);
	assert_int_equal(r.n_goals, 6);
	assert_int_equal(r.n_acts, 18);
	assert_null(import_note_get(&r, NOTE_PLAN, NOTE_ORGANISATION, 0, 0, 0, NULL));
	free(want);
	sbuf_free(&b);
	import_result_free(&r);
}

static void seed_text(void **state)
{
	(void)state;
	same_as_seed(DATA "seed.txt", DATA "seed.txt:38:1: warning: ornament left out: -Оо-\n");
}

static void seed_xlsx(void **state)
{
	(void)state;
	same_as_seed(DATA "seed.xlsx",
		     DATA "seed.xlsx:Төлөвлөгөө!A38: warning: ornament left out: -Оо-\n");
}

static void seed_docx(void **state)
{
	(void)state;
	same_as_seed(DATA "seed.docx",
		     DATA "seed.docx:table 2, row 1, column 1: warning: repeated header row left "
			  "out: Хэрэгжүүлэх арга хэмжээ\n"
		     DATA "seed.docx:paragraph 3: warning: ornament left out: -Оо-\n");
}

static void seed_utf16(void **state)
{
	(void)state;
	same_as_seed(DATA "seed-utf16.txt", DATA "seed-utf16.txt:38:1: warning: ornament left out: -Оо-\n");
	same_as_seed(DATA "seed-utf16be.txt",
		     DATA "seed-utf16be.txt:38:1: warning: ornament left out: -Оо-\n");
}

/* sep=; is obeyed and skipped; lines keep their numbers (the ornament is
 * on line 39, one below the text's 38). */
static void seed_semicolon(void **state)
{
	(void)state;
	same_as_seed(DATA "seed-semicolon.csv",
		     DATA "seed-semicolon.csv:39:1: warning: ornament left out: -Оо-\n");
}

/* A two-row header: target years under a merged parent, quarter marks
 * under a merged schedule, a budget in thousands, the sheet named. */
static void xlsx_two_row_header(void **state)
{
	(void)state;
	char *msg = run_fail(DATA "two-row-header.xlsx", NULL);	/* sheet 1 has no table */
	assert_non_null(strstr(msg, "no header line"));
	assert_non_null(strstr(msg, "two-row-header.xlsx: error: the sheet “Тайлбар” has no plan "
				    "table; the workbook's sheets are “Тайлбар”, “Төлөвлөгөө 2024”: "
				    "choose one with --sheet"));
	free(msg);
	struct import_opts o = { 0, 0, "Нет", false };
	msg = run_fail(DATA "two-row-header.xlsx", &o);
	assert_non_null(strstr(msg, "no sheet named “Нет”; the sheets are “Тайлбар”, "
				    "“Төлөвлөгөө 2024”"));
	free(msg);

	o.sheet = "Төлөвлөгөө 2024";
	struct import_result r = run(DATA "two-row-header.xlsx", &o);
	const struct plan *p = r.plan;
	assert_string_equal(p->title, "2024 ОНЫ ҮЙЛ АЖИЛЛАГААНЫ ТӨЛӨВЛӨГӨӨ");
	assert_string_equal(import_note_get(&r, NOTE_PLAN, NOTE_ORGANISATION, 0, 0, 0, NULL),
			    "ЖИШЭЭ ГАЗАР");
	assert_int_equal(p->year, 2024);
	assert_string_equal(p->organisation, "ЖИШЭЭ ГАЗАР");
	const struct activity *a = plan_find_activity(p, "1.1");
	assert_non_null(a);
	assert_string_equal(a->title, "Сургалт зохион байгуулах");
	assert_string_equal(a->ind[0].target, "2");
	assert_string_equal(import_note_get(&r, NOTE_ACT, NOTE_EXTRA, 0, 0, 0, "Хүрэх түвшин 2025"),
			    "3");
	assert_int_equal(a->budget.amount, 1500000);
	assert_int_equal(a->quarters, 0x5);
	assert_string_equal(extra_get(&a->extra, "Хүрэх түвшин 2025"), "3");
	assert_string_equal(extra_get(&a->extra, "Хугацаа I"), "x");
	a = plan_find_activity(p, "1.2");
	assert_int_equal(a->budget.amount, 12500500);
	assert_int_equal(a->quarters, 0x2);
	/* the total agrees with the sum: left out with one warning */
	assert_string_equal(r.warnings, DATA "two-row-header.xlsx:Төлөвлөгөө 2024!A9: warning: total "
					"row left out: Нийт\n");
	import_result_free(&r);

	o.year = 2025;
	r = run(DATA "two-row-header.xlsx", &o);
	assert_string_equal(plan_find_activity(r.plan, "1.1")->ind[0].target, "3");
	assert_int_equal(r.plan->year, 2025);
	import_result_free(&r);
}

/* An activity cell merged down over two indicator rows, a goal's own
 * indicator, a budget merged over two activities, a line break. */
static void docx_merged_cells(void **state)
{
	(void)state;
	struct import_result r = run(DATA "merged-activity.docx", NULL);
	const struct plan *p = r.plan;
	assert_string_equal(p->title, "2024 ОНЫ ТӨЛӨВЛӨГӨӨ");
	assert_string_equal(import_note_get(&r, NOTE_PLAN, NOTE_ORGANISATION, 0, 0, 0, NULL),
			    "ЖИШЭЭ СУРГУУЛЬ");
	assert_int_equal(p->n_goal, 1);
	assert_string_equal(import_note_get(&r, NOTE_GOAL_IND, NOTE_IND_NAME, 0, 0, 0, NULL),
			    "Амжилтын хувь");
	assert_string_equal(import_note_get(&r, NOTE_GOAL_IND, NOTE_IND_TARGET, 0, 0, 0, NULL), "85");
	assert_string_equal(import_note_get(&r, NOTE_GOAL, NOTE_RESPONSIBLE, 0, 0, 0, NULL), "Захирал");
	assert_string_equal(p->organisation, "ЖИШЭЭ СУРГУУЛЬ");
	assert_string_equal(extra_get(&p->extra, "Батлав"), "БАТЛАВ.\nЗАХИРАЛ Б. БАТ");
	assert_int_equal(p->goal[0].n_ind, 1);
	assert_string_equal(p->goal[0].ind[0].name, "Амжилтын хувь");
	assert_string_equal(p->goal[0].ind[0].baseline, "80");
	assert_string_equal(p->goal[0].responsible, "Захирал");
	const struct activity *a = plan_find_activity(p, "1.1");
	assert_int_equal(a->n_ind, 2);
	assert_string_equal(a->ind[1].name, "Хамрагдсан сурагч");
	assert_int_equal(a->budget.amount, 2000000);
	a = plan_find_activity(p, "1.2");
	assert_string_equal(a->title, "Номын сан\nшинэчлэх");
	assert_false(a->budget.present);
	assert_string_equal(r.warnings,
			    DATA "merged-activity.docx:table 2, row 5, column 5: warning: budget merged "
				 "over several activities goes to the first: 2,0 сая\n"
			    DATA "merged-activity.docx:paragraph 3: warning: signature line left out: "
				 "Боловсруулсан: сургалтын менежер\n");
	assert_int_equal(r.n_inds, 4);	/* the goal's own one counts */
	import_result_free(&r);
}

/* Dates in .xlsx cells (date formats, custom or built in) read as the
 * sheet shows them, so a schedule date gives its quarter. */
static void xlsx_dates(void **state)
{
	(void)state;
	struct import_result r = run(DATA "dates.xlsx", NULL);
	const struct activity *a = plan_find_activity(r.plan, "1.1");
	assert_string_equal(a->schedule, "2024.03.15");
	assert_int_equal(a->quarters, 0x1);
	assert_int_equal(a->budget.amount, 1500000);	/* "#,##0" is no date */
	a = plan_find_activity(r.plan, "1.2");
	assert_string_equal(a->schedule, "2024.09.01");
	assert_int_equal(a->quarters, 0x4);
	assert_string_equal(plan_find_activity(r.plan, "1.3")->schedule, "1900.01.01");
	assert_int_equal(r.n_warn, 0);
	import_result_free(&r);
}

/* An implementation report in a workbook: ratings are Excel percentages
 * (1 shown as 100%), the quarter comes from the title. */
static void xlsx_report_percentages(void **state)
{
	(void)state;
	struct import_result r = run(DATA "report.xlsx", NULL);
	static const int want[] = { 100, 70, 0, RATING_NONE };
	static const char *const ids[] = { "1.1", "1.2", "1.3", "1.4" };
	for (int k = 0; k < 4; k++)
		assert_int_equal(plan_find_activity(r.plan, ids[k])->st[1].rating, want[k]);
	assert_string_equal(plan_find_activity(r.plan, "1.2")->ind[0].actual[1], "7");
	assert_string_equal(plan_find_activity(r.plan, "1.4")->st[1].note, "60%");
	assert_string_equal(r.warnings, DATA "report.xlsx:II улирал!E7: warning: not a rating (100, "
					"70, 30, 0, ХБ), kept in the note: 60%\n");
	import_result_free(&r);
}

static void refused(const char *file, const char *why)
{
	char *msg = run_fail(file, NULL);
	if (!strstr(msg, why))
		print_error("%s\n", msg);
	assert_non_null(strstr(msg, why));
	free(msg);
}

static void containers_refused(void **state)
{
	(void)state;
	refused(DATA "macro-only.xlsm", "macro-only.xlsm: error: a container of macros only");
	refused(DATA "not-office.zip", "not-office.zip: error: a zip file that is neither a Word "
				       "document (.docx) nor an Excel workbook (.xlsx)");
	refused(DATA "doctype.xlsx", "doctype.xlsx: error: the part xl/worksheets/sheet1.xml has a "
				     "DOCTYPE");
	refused(DATA "bomb.xlsx", "bomb.xlsx: error: the part xl/worksheets/sheet1.xml inflates more "
				  "than 1000 times: refused as a zip bomb");
	/* an encrypted Office file is an OLE compound file */
	static const char ole[] = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 and more";
	struct import_result res;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(import_run("plan.xlsx", ole, sizeof ole - 1, NULL, &res, &err), -1);
	assert_non_null(strstr(err.text, "plan.xlsx: error: an OLE compound file: an encrypted"));
	tv_err_clear(&err);
	/* a damaged zip */
	static const char zip[] = "PK\x03\x04 not really a zip";
	assert_int_equal(import_run("plan.docx", zip, sizeof zip - 1, NULL, &res, &err), -1);
	assert_non_null(strstr(err.text, "plan.docx: error: not a readable zip container"));
	tv_err_clear(&err);
}

static struct import_result run_str(const char *text, size_t len)
{
	struct import_result res;
	struct tv_err err = TV_ERR_INIT;
	int rc = import_run("t.txt", text, len, NULL, &res, &err);
	if (rc != 0)
		print_error("%s\n", err.text ? err.text : "(no message)");
	assert_int_equal(rc, 0);
	return res;
}

/* CR-only line ends (old Mac Excel), quoted cells with line breaks. */
static void text_cr_and_quotes(void **state)
{
	(void)state;
	static const char t[] = "T\rАрга хэмжээ\tХугацаа\tТөсөв\rЗорилт 1. Г\t\t\r"
				"1.1. \"Нэг\rхоёр\"\t2 дугаар улирал\t\r1.2. Б\tЭргэлзээтэй\t-Оо-\r";
	struct import_result r = run_str(t, sizeof t - 1);
	const struct activity *a = plan_find_activity(r.plan, "1.1");
	assert_string_equal(a->title, "\"Нэг");	/* a quote inside an unquoted cell stays */
	(void)a;
	import_result_free(&r);
	static const char q[] = "T\r\nАрга хэмжээ\tХугацаа\r\nЗорилт 1. Г\t\r\n"
				"\"1.1. Нэг\r\nхоёр\"\t\"2 дугаар\r\nулирал\"\r\n";
	r = run_str(q, sizeof q - 1);
	a = plan_find_activity(r.plan, "1.1");
	assert_string_equal(a->title, "Нэг\nхоёр");
	assert_int_equal(a->quarters, 0x2);
	import_result_free(&r);
}

/* The delimiter: tabs when they give a header; else comma or semicolon,
 * whichever names more columns. */
static void text_delimiters(void **state)
{
	(void)state;
	static const char comma[] = "Арга хэмжээ,Хугацаа,Хариуцах нэгж\nЗорилт 1. Г,,\n"
				    "1.1. А,\"2,3 улирал\",Х; Б\n";
	struct import_result r = run_str(comma, sizeof comma - 1);
	const struct activity *a = plan_find_activity(r.plan, "1.1");
	assert_int_equal(a->quarters, 0x6);
	assert_string_equal(a->responsible, "Х; Б");
	import_result_free(&r);
	static const char semi[] = "Арга хэмжээ;Хугацаа;Хариуцах нэгж\nЗорилт 1. Г;;\n"
				   "1.1. А, Б;2,3 улирал;Х\n";
	r = run_str(semi, sizeof semi - 1);
	a = plan_find_activity(r.plan, "1.1");
	assert_string_equal(a->title, "А, Б");
	assert_int_equal(a->quarters, 0x6);
	import_result_free(&r);
}

/* Positions in UTF-16 count characters, as in UTF-8. */
static void utf16_positions(void **state)
{
	(void)state;
	const char *u8 = "Арга хэмжээ\tХугацаа\nЗорилт 1. Г\t\n1.1. А\tэргэлзээтэй\n";
	struct sbuf b = SBUF_INIT;
	sbuf_add(&b, "\xff\xfe", 2);
	for (const unsigned char *p = (const unsigned char *)u8; *p;) {
		unsigned cp;
		if (*p < 0x80)
			cp = *p++;
		else {
			cp = (p[0] & 0x1fu) << 6 | (p[1] & 0x3fu);
			p += 2;
		}
		char u[2] = { (char)(cp & 0xff), (char)(cp >> 8) };
		sbuf_add(&b, u, 2);
	}
	struct import_result r = run_str(b.buf, b.len);
	assert_string_equal(r.warnings, "t.txt:3:8: warning: schedule not read as quarters, kept as "
					"written: эргэлзээтэй\n");
	import_result_free(&r);
	sbuf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(seed_text),
		cmocka_unit_test(seed_xlsx),
		cmocka_unit_test(seed_docx),
		cmocka_unit_test(seed_utf16),
		cmocka_unit_test(seed_semicolon),
		cmocka_unit_test(xlsx_two_row_header),
		cmocka_unit_test(docx_merged_cells),
		cmocka_unit_test(xlsx_dates),
		cmocka_unit_test(xlsx_report_percentages),
		cmocka_unit_test(containers_refused),
		cmocka_unit_test(text_cr_and_quotes),
		cmocka_unit_test(text_delimiters),
		cmocka_unit_test(utf16_positions),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
