/* test_report.c — the quarterly report: selection, progress figures, units,
 * languages and the text view. */
#include "testutil.h"

#include "tolov/io/export.h"
#include "tolov/io/report.h"
#include "tolov/base/text.h"

/* A plan whose goal 1 has the given quarter-1 ratings ("100", "not-due",
 * "" for unrated), one activity each, all scheduled in Q1. */
static char *plan_with(const char *const *ratings, size_t n)
{
	struct sbuf b = SBUF_INIT;
	sbuf_adds(&b, "tolov: 1\ntitle: \"P\"\nyear: 2023\ngoals:\n"
		      "  - id: \"1\"\n    title: \"G\"\n    activities:\n");
	for (size_t i = 0; i < n; i++) {
		sbuf_addf(&b, "      - id: \"1.%zu\"\n        title: \"A%zu\"\n"
			      "        quarters: [1]\n        responsible: \"%s\"\n",
			  i + 1, i + 1, i % 2 ? "Хууль, эрх зүйн хэлтэс" : "");
		if (*ratings[i])
			sbuf_addf(&b, "        status: {q1: {rating: %s, note: \"n%zu\"}}\n",
				  ratings[i], i + 1);
	}
	return sbuf_detach(&b);
}

static char *render(const struct plan *p, int q, const char *unit, enum lang lang,
		    enum report_format f, size_t cols)
{
	struct report_opts o = REPORT_OPTS_INIT;
	struct sbuf b = SBUF_INIT;
	o.quarter = q;
	o.unit = unit;
	o.lang = lang;
	o.cols = cols;
	report_render(&b, p, &o, f);
	return sbuf_detach(&b);
}

static void assert_has(const char *s, const char *needle)
{
	if (!strstr(s, needle))
		fail_msg("\"%s\" not found in:\n%s", needle, s);
}

static void test_progress_89_2(void **state)
{
	(void)state;
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
	char *y = plan_with(r, n);
	struct doc *d;
	struct plan *p = tu_plan(y, &d);
	struct progress pr;
	progress_of_plan(p, 1, &pr);
	assert_int_equal(pr.tenths, 892);
	assert_int_equal(pr.rated, 78);
	char *t = render(p, 1, NULL, LANG_EN, REPORT_TEXT, 0);
	assert_has(t, "  Whole plan     89.2%   59  13   5  1        2        0\n");
	char *c = render(p, 1, NULL, LANG_EN, REPORT_CSV, 0);
	/* a CSV is one table, the activity rows: the summaries are in the
	 * formats for people (and xlsx) */
	assert_null(strstr(c, "Whole plan"));
	char *m = render(p, 1, NULL, LANG_EN, REPORT_MD, 0);
	assert_has(m, "| Goal 1 | 89.2% | 59 | 13 | 5 | 1 | 2 | 0 |\n");
	assert_has(m, "| Whole plan | 89.2% | 59 | 13 | 5 | 1 | 2 | 0 |\n");
	free(m);
	free(c);
	free(t);
	free(y);
	plan_free(p);
	doc_free(d);
}

static void test_nothing_rated_is_no_value(void **state)
{
	(void)state;
	const char *r[] = { "", "not-due", "" };
	char *y = plan_with(r, 3);
	struct doc *d;
	struct plan *p = tu_plan(y, &d);
	struct progress pr;
	progress_of_plan(p, 1, &pr);
	assert_int_equal(pr.tenths, -1);
	char *t = render(p, 1, NULL, LANG_EN, REPORT_TEXT, 0);
	assert_has(t, "  Whole plan         —    0   0   0  0        1        2\n");
	assert_null(strstr(t, "0.0%"));
	char *c = render(p, 1, NULL, LANG_EN, REPORT_CSV, 0);
	assert_null(strstr(c, "Whole plan"));	/* one table: the rows */
	char *h = render(p, 1, NULL, LANG_EN, REPORT_HTML, 0);
	assert_has(h, "<td>Whole plan</td><td class=\"num\">—</td>");
	free(h);
	free(c);
	free(t);
	free(y);
	plan_free(p);
	doc_free(d);
}

static void test_not_due_and_unrated_excluded(void **state)
{
	(void)state;
	const char *r[] = { "100", "not-due", "", "30" };
	char *y = plan_with(r, 4);
	struct doc *d;
	struct plan *p = tu_plan(y, &d);
	char *c = render(p, 1, NULL, LANG_EN, REPORT_MD, 0);
	assert_has(c, "| Whole plan | 65.0% | 1 | 0 | 1 | 0 | 1 | 1 |\n");	/* (100 + 30) / 2 */
	free(c);
	free(y);
	plan_free(p);
	doc_free(d);
}

static const char plan_sched[] =
	"tolov: 1\n"
	"title: \"P\"\n"
	"year: 2023\n"
	"goals:\n"
	"  - id: \"1\"\n"
	"    title: \"G1\"\n"
	"    activities:\n"
	"      - {id: \"1.1\", title: \"due\", quarters: [2], responsible: \"Санхүү\"}\n"
	"      - {id: \"1.2\", title: \"other quarter\", quarters: [3], responsible: \"Санхүү\"}\n"
	"      - id: \"1.3\"\n"
	"        title: \"rated anyway\"\n"
	"        quarters: []\n"
	"        responsible: \"  хууль \"\n"
	"        status: {q2: {rating: 100, note: \"early\"}}\n"
	"      - {id: \"1.4\", title: \"no quarters key\"}\n"
	"      - {id: \"1.5\", title: \"no key, rated\", status: {q2: {rating: 30}}}\n"
	"  - id: \"2\"\n"
	"    title: \"G2\"\n"
	"    activities:\n"
	"      - id: \"2.1\"\n"
	"        title: \"late\"\n"
	"        quarters: [2]\n"
	"        responsible: \"Хууль\"\n"
	"        status: {q2: {rating: 0, note: \"not started\"}}\n";

static void test_listing_rules(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(plan_sched, &d);
	assert_true(report_lists(&p->goal[0].act[0], 2));
	assert_false(report_lists(&p->goal[0].act[1], 2));
	assert_true(report_lists(&p->goal[0].act[2], 2));
	assert_false(report_lists(&p->goal[0].act[2], 3));
	/* no quarters key: scheduled in no quarter, listed only when rated */
	assert_false(report_lists(&p->goal[0].act[3], 2));
	assert_true(report_lists(&p->goal[0].act[4], 2));
	assert_false(report_lists(&p->goal[0].act[4], 3));
	char *t = render(p, 2, NULL, LANG_EN, REPORT_TEXT, 0);
	assert_has(t, "  1.1. due\n      Baseline: -\n      Target: -\n      Actual (Q2): -\n      Rating: unrated\n");
	assert_null(strstr(t, "other quarter"));
	assert_has(t, "  1.3. rated anyway\n      Baseline: -\n      Target: -\n      Actual (Q2): -\n      Rating: 100 (done) (not scheduled in Q2)\n"
		      "      Note: early\n");
	assert_null(strstr(t, "1.4. no quarters key"));
	assert_has(t, "  1.5. no key, rated\n      Baseline: -\n      Target: -\n      Actual (Q2): -\n      Rating: 30 (insufficient) (not scheduled in Q2)\n");
	assert_has(t, "Responsible unit: (no unit)\n");
	free(t);
	plan_free(p);
	doc_free(d);
}

static void test_units_grouped_and_filtered(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(plan_sched, &d);
	const char **u;
	size_t n = report_units(p, &u);
	assert_int_equal(n, 3);	/* "  хууль " and "Хууль" are one unit */
	assert_string_equal(u[0], "Санхүү");
	assert_string_equal(u[1], "  хууль ");
	assert_string_equal(u[2], "");
	free(u);
	assert_true(report_unit_exists(p, "ХУУЛЬ"));
	assert_false(report_unit_exists(p, "Хүний нөөц"));

	char *c = render(p, 2, NULL, LANG_EN, REPORT_MD, 0);
	assert_has(c, "| Responsible unit | Progress | 100 | 70 | 30 | 0 | Not due | Unrated |\n"
		      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
		      "| Санхүү | — | 0 | 0 | 0 | 0 | 0 | 1 |\n"
		      "|   хууль  | 50.0% | 1 | 0 | 0 | 1 | 0 | 0 |\n"
		      "| (no unit) | 30.0% | 0 | 0 | 1 | 0 | 0 | 0 |\n");
	free(c);

	char *t = render(p, 2, "хУУль", LANG_EN, REPORT_TEXT, 0);
	assert_has(t, "Responsible unit: хУУль\n");
	assert_null(strstr(t, "1.1."));
	assert_has(t, "1.3. rated anyway");
	assert_has(t, "2.1. late");
	assert_has(t, "  Goal 1        100.0%    1");
	assert_has(t, "  Whole plan     50.0%    1   0   0  1");
	free(t);

	t = render(p, 2, "", LANG_EN, REPORT_TEXT, 0);
	assert_has(t, "1.5. no key, rated");
	assert_null(strstr(t, "1.4."));
	assert_null(strstr(t, "1.3."));
	assert_null(strstr(t, "Goal 2"));	/* no activity of the unit there */
	free(t);
	plan_free(p);
	doc_free(d);
}

static void test_mongolian_labels(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(plan_sched, &d);
	char *t = render(p, 2, NULL, LANG_MN, REPORT_TEXT, 0);
	assert_has(t, "2023 оны 2 дугаар улирлын хэрэгжилтийн тайлан\n");
	assert_has(t, "Зорилт 1. G1\n");
	assert_has(t, "Үнэлгээ: Үнэлээгүй\n");
	assert_has(t, "Үнэлгээ: 100 (Хэрэгжсэн) (2 дугаар улиралд төлөвлөөгүй)\n");
	assert_has(t, "Тайлбар: early\n");	/* the field's one name (was Тэмдэглэл) */
	assert_has(t, "Хариуцсан нэгж: (нэгж заагаагүй)\n");
	assert_has(t, "\nНэгтгэл\n");
	assert_has(t, "Хэрэгжилт  100  70  30  0  Хугацаа болоогүй  Үнэлээгүй\n");
	assert_has(t, "Нийт төлөвлөгөө");
	assert_has(t, "\nХариуцсан нэгжээр\n");
	assert_has(t, "0 (Хэрэгжээгүй)");
	assert_null(strstr(t, "Goal"));
	assert_null(strstr(t, "Rating"));
	free(t);
	plan_free(p);
	doc_free(d);

	struct plan q = { .title = "", .currency = "MNT", .year = 0 };
	struct sbuf b = SBUF_INIT;
	struct report_opts o = REPORT_OPTS_INIT;
	o.lang = LANG_MN;
	for (int i = 1; i <= 4; i++) {
		o.quarter = i;
		report_title(&b, &q, &o);
		sbuf_addc(&b, '|');
	}
	assert_string_equal(b.buf, "1 дүгээр улирлын хэрэгжилтийн тайлан|"
				   "2 дугаар улирлын хэрэгжилтийн тайлан|"
				   "3 дугаар улирлын хэрэгжилтийн тайлан|"
				   "4 дүгээр улирлын хэрэгжилтийн тайлан|");
	sbuf_free(&b);
}

struct lines {
	size_t n, cols;
	bool bad;
};

static void count_line(void *ctx, const char *s, size_t len)
{
	struct lines *l = ctx;
	l->n++;
	if (memchr(s, '\n', len) || text_width(s, len) > l->cols)
		l->bad = true;
}

static void test_text_lines_fit_width(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p;
	struct tv_err err = TV_ERR_INIT;
	if (doc_load(&d, "tests/data/plans/anti-corruption-2023.yaml", DOC_SIZE_CAP_DEFAULT, &err) ||
	    plan_build(&p, d, &err))
		fail_msg("%s", err.text);
	struct report_opts o = REPORT_OPTS_INIT;
	o.quarter = 2;
	o.cols = 60;
	o.lang = LANG_MN;
	struct lines l = { 0, 60, false };
	report_lines(p, &o, count_line, &l);
	assert_false(l.bad);
	assert_true(l.n > 60);
	/* the same lines as report_text */
	struct sbuf b = SBUF_INIT;
	report_text(&b, p, &o);
	size_t nl = 0;
	for (size_t i = 0; i < b.len; i++)
		nl += b.buf[i] == '\n';
	assert_int_equal(nl, l.n);
	sbuf_free(&b);
	plan_free(p);
	doc_free(d);
}

static void test_nothing_listed(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan("tolov: 1\ntitle: \"P\"\ngoals:\n  - id: \"1\"\n    title: \"G\"\n"
				 "    activities:\n      - {id: \"1.1\", title: \"A\", quarters: [4]}\n",
				 &d);
	char *t = render(p, 1, NULL, LANG_EN, REPORT_TEXT, 0);
	assert_has(t, "Implementation report, Q1\nP\n\nNo activity is scheduled or rated in this "
		      "quarter.\n\nSummary\n");
	assert_has(t, "  Whole plan         —    0   0   0  0        0        0\n");
	free(t);
	plan_free(p);
	doc_free(d);
}

static void test_format_names(void **state)
{
	(void)state;
	assert_int_equal(report_format_parse("text"), REPORT_TEXT);
	assert_int_equal(report_format_parse("md"), REPORT_MD);
	assert_int_equal(report_format_parse("html"), REPORT_HTML);
	assert_int_equal(report_format_parse("csv"), REPORT_CSV);
	assert_int_equal(report_format_parse("json"), -1);
}

/* The consolidated report: one row per plan, totals over every listed
 * activity of every plan (not the mean of the plans' means). */
static void test_many_plans(void **state)
{
	(void)state;
	const char *r1[] = { "100", "100", "100" };
	const char *r2[] = { "0", "" };
	char *y1 = plan_with(r1, 3), *y2 = plan_with(r2, 2);
	struct doc *d1, *d2;
	struct plan *p1 = tu_plan(y1, &d1), *p2 = tu_plan(y2, &d2);
	const struct plan *pl[2] = { p1, p2 };
	const char *files[2] = { "a.yaml", "b.yaml" };
	struct report_opts o = REPORT_OPTS_INIT;
	o.quarter = 1;
	struct sbuf b = SBUF_INIT;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(report_many(&b, pl, files, 2, &o, tw_format_find("csv", TW_FOR_REPORT),
				     &err), 0);
	/* Q1 2023 has ended (TOLOV_TODAY): b's unrated activity is overdue */
	assert_has(b.buf, "\xEF\xBB\xBFPlan,Organisation,File,Due,100,70,30,0,Not due,Unrated,"
			  "Progress,Overdue\r\n"
			  "P,,a.yaml,3,3,0,0,0,0,0,100.0,0\r\n"
			  "P,,b.yaml,2,0,0,0,1,0,1,0.0,1\r\n"
			  "Total,,,5,3,0,0,1,0,1,75.0,1\r\n");
	sbuf_reset(&b);
	o.lang = LANG_MN;
	assert_int_equal(report_many(&b, pl, files, 2, &o, tw_format_find("text", TW_FOR_REPORT),
				     &err), 0);
	assert_has(b.buf, "2023 оны 1 дүгээр улирлын хэрэгжилтийн нэгтгэсэн тайлан\n");
	assert_has(b.buf, "Нийт\n");
	assert_null(strstr(b.buf, "Total"));
	sbuf_free(&b);
	plan_free(p1);
	plan_free(p2);
	doc_free(d1);
	doc_free(d2);
	free(y1);
	free(y2);
}

/* Every registered report format writes the report; names come from the
 * registry, and a data format (JSON) is not a report format. */
static void test_registry(void **state)
{
	(void)state;
	struct sbuf b = SBUF_INIT;
	tw_format_names(&b, TW_FOR_REPORT, ", ", " or ");
	assert_non_null(strstr(b.buf, "text, csv, md, html or xlsx"));
	sbuf_reset(&b);
	tw_format_names(&b, TW_FOR_EXPORT, "|", "|");
	assert_non_null(strstr(b.buf, "json|csv|md|html"));
	sbuf_free(&b);
	assert_null(tw_format_find("json", TW_FOR_REPORT));
	assert_non_null(tw_format_find("markdown", TW_FOR_REPORT));
	assert_non_null(tw_format_find("txt", TW_FOR_REPORT));
	assert_null(tw_format_find("txt", TW_FOR_EXPORT));
	/* no name: the default, the registry's first */
	assert_string_equal(tw_format_find(NULL, TW_FOR_EXPORT)->name, "json");
	assert_string_equal(tw_format_find(NULL, TW_FOR_REPORT)->name, "text");
}

/* Every format of the registry writes every plan of tests/data/plans, in
 * both languages and every quarter, as an export and as a report (single
 * and consolidated): no failure, something written, and no raw control
 * character in a text format's output. A new format is tested here by
 * being in the registry. */
static void test_every_format_every_plan(void **state)
{
	(void)state;
	static const char *const files[] = { "tests/data/plans/anti-corruption-2023.yaml",
					     "tests/data/plans/example-en.yaml",
					     "tests/data/nested/ministry.yaml" };
	enum { N = sizeof(files) / sizeof(files[0]) };
	struct doc *d[N];
	struct plan *p[N];
	for (size_t i = 0; i < N; i++) {
		struct tv_err err = TV_ERR_INIT;
		if (doc_load(&d[i], files[i], DOC_SIZE_CAP_DEFAULT, &err) ||
		    plan_build(&p[i], d[i], &err))
			fail_msg("%s: %s", files[i], err.text);
	}
	size_t n_fmt = 0;
	for (size_t k = 0; tw_format_at(k); k++, n_fmt++) {
		const struct tw_format *f = tw_format_at(k);
		for (int lang = LANG_EN; lang <= LANG_MN; lang++) {
			for (size_t i = 0; i < N; i++) {
				struct sbuf b = SBUF_INIT;
				struct tv_err err = TV_ERR_INIT;
				if (f->uses & TW_FOR_EXPORT) {
					assert_int_equal(export_plan_as(&b, p[i], f, (enum lang)lang,
									&err), 0);
					assert_true(b.len > 0);
				}
				for (int q = 1; (f->uses & TW_FOR_REPORT) && q <= NQ; q++) {
					struct report_opts o = REPORT_OPTS_INIT;
					o.quarter = q;
					o.lang = (enum lang)lang;
					sbuf_reset(&b);
					assert_int_equal(report_write(&b, p[i], &o, f, &err), 0);
					assert_true(b.len > 0);
					if (!f->binary)
						for (size_t c = 0; c < b.len; c++)
							if ((unsigned char)b.buf[c] < 0x20 &&
							    !strchr("\n\r\t", b.buf[c]))
								fail_msg("%s: byte %zu is a control", f->name, c);
				}
				sbuf_free(&b);
			}
			if (f->uses & TW_FOR_REPORT) {
				struct sbuf b = SBUF_INIT;
				struct tv_err err = TV_ERR_INIT;
				struct report_opts o = REPORT_OPTS_INIT;
				o.quarter = 2;
				o.lang = (enum lang)lang;
				assert_int_equal(report_many(&b, (const struct plan *const *)p, files, N,
							     &o, f, &err), 0);
				assert_true(b.len > 0);
				sbuf_free(&b);
			}
		}
	}
	assert_true(n_fmt >= 6);
	for (size_t i = 0; i < N; i++) {
		plan_free(p[i]);
		doc_free(d[i]);
	}
}

/* Overdue: scheduled in a quarter that has ended and not rated. */
static void test_overdue(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(plan_sched, &d);
	setenv("TOLOV_TODAY", "2023-06-30", 1);
	assert_false(report_overdue(p, &p->goal[0].act[0], 2));	/* the last day of Q2 */
	setenv("TOLOV_TODAY", "2023-07-01", 1);
	assert_true(report_overdue(p, &p->goal[0].act[0], 2));
	assert_false(report_overdue(p, &p->goal[1].act[0], 2));	/* rated 0 */
	assert_false(report_overdue(p, &p->goal[0].act[1], 2));	/* scheduled in Q3 */
	char *t = render(p, 2, NULL, LANG_EN, REPORT_TEXT, 0);
	assert_has(t, "Rating: unrated (overdue)\n");
	assert_has(t, "  Whole plan    2        1");
	free(t);
	t = render(p, 2, NULL, LANG_MN, REPORT_TEXT, 0);
	assert_has(t, "Үнэлгээ: Үнэлээгүй (хугацаа хэтэрсэн)\n");
	free(t);
	p->year = 0;	/* a plan without a year has nothing overdue */
	assert_false(report_overdue(p, &p->goal[0].act[0], 2));
	setenv("TOLOV_TODAY", "2023-05-01", 1);
	plan_free(p);
	doc_free(d);
}

int main(void)
{
	/* Overdue depends on the date: Q1 2023 has ended, Q2 has not. */
	setenv("TOLOV_TODAY", "2023-05-01", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_progress_89_2),
		cmocka_unit_test(test_nothing_rated_is_no_value),
		cmocka_unit_test(test_not_due_and_unrated_excluded),
		cmocka_unit_test(test_listing_rules),
		cmocka_unit_test(test_units_grouped_and_filtered),
		cmocka_unit_test(test_mongolian_labels),
		cmocka_unit_test(test_text_lines_fit_width),
		cmocka_unit_test(test_nothing_listed),
		cmocka_unit_test(test_format_names),
		cmocka_unit_test(test_many_plans),
		cmocka_unit_test(test_registry),
		cmocka_unit_test(test_overdue),
		cmocka_unit_test(test_every_format_every_plan),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
