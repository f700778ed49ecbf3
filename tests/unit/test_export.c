/* test_export.c — JSON, CSV, Markdown and HTML exports of the plan. */
#include "testutil.h"

#include "tolov/io/export.h"
#include "tolov/io/report.h"

/* ---- a small RFC 4180 reader, to read the CSV back ---- */

struct csv {
	char **cell;		/* row-major, ncol per row (rows may differ) */
	size_t *ncol;
	size_t nrow, ncell;
	bool bare_lf;		/* a line break outside quotes that is not CRLF */
};

static void csv_push(struct csv *c, struct sbuf *f)
{
	c->cell = xrealloc(c->cell, (c->ncell + 1) * sizeof(*c->cell));
	c->cell[c->ncell++] = sbuf_detach(f);
	c->ncol[c->nrow]++;
}

static void csv_read(struct csv *c, const char *s, size_t n)
{
	memset(c, 0, sizeof(*c));
	c->ncol = xcalloc(n + 1, sizeof(*c->ncol));
	struct sbuf f = SBUF_INIT;
	size_t i = 0;
	bool quoted = false, any = false;
	while (i < n) {
		char ch = s[i];
		if (quoted) {
			if (ch == '"' && i + 1 < n && s[i + 1] == '"') {
				sbuf_addc(&f, '"');
				i += 2;
			} else if (ch == '"') {
				quoted = false;
				i++;
			} else {
				sbuf_addc(&f, ch);
				i++;
			}
			continue;
		}
		if (ch == '"') {
			quoted = true;
			any = true;
			i++;
		} else if (ch == ',') {
			csv_push(c, &f);
			i++;
		} else if (ch == '\r' && i + 1 < n && s[i + 1] == '\n') {
			csv_push(c, &f);
			c->nrow++;
			any = false;
			i += 2;
		} else if (ch == '\n' || ch == '\r') {
			c->bare_lf = true;
			i++;
		} else {
			sbuf_addc(&f, ch);
			any = true;
			i++;
		}
	}
	if (any || f.len)
		csv_push(c, &f), c->nrow++;
	sbuf_free(&f);
}

/* Cell (r, k): rows are laid out one after another. */
static const char *csv_at(const struct csv *c, size_t r, size_t k)
{
	size_t off = 0;
	for (size_t i = 0; i < r; i++)
		off += c->ncol[i];
	assert_true(k < c->ncol[r]);
	return c->cell[off + k];
}

static void csv_free(struct csv *c)
{
	for (size_t i = 0; i < c->ncell; i++)
		free(c->cell[i]);
	free(c->cell);
	free(c->ncol);
}

static char *export_str(const struct plan *p, enum export_format f, enum lang lang, size_t *len)
{
	struct sbuf b = SBUF_INIT;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(export_plan(&b, p, f, lang, &err), 0);
	if (len)
		*len = b.len;
	return sbuf_detach(&b);
}

static const char plan_small[] =
	"tolov: 1\n"
	"title: \"Тест төлөвлөгөө\"\n"
	"year: 2023\n"
	"goals:\n"
	"  - id: \"1\"\n"
	"    title: \"Зорилт нэг, таслалтай\"\n"
	"    activities:\n"
	"      - id: \"1.1\"\n"
	"        title: \"Өргөдөл \\\"хүлээн\\\" авах\"\n"
	"        indicators:\n"
	"          - {name: \"Тоо\", baseline: \"60.000\", target: \"65.000\"}\n"
	"          - {name: \"Хувь\", baseline: \"\", target: \"90%\"}\n"
	"        budget: {amount: 2000000, source: \"Орон нутгийн төсөв\", text: \"2,0 сая\"}\n"
	"        quarters: [1, 2]\n"
	"        responsible: \"Хууль, эрх зүйн хэлтэс\"\n"
	"        status:\n"
	"          q1: {rating: 100, note: \"Хийсэн\"}\n"
	"          q2: {rating: not-due}\n"
	"      - id: \"1.2\"\n"
	"        title: \"Хоёр\"\n"
	"        budget: {text: \"3,5 сая\"}\n"
	"        quarters: [2, 3]\n"
	"  - id: \"2\"\n"
	"    title: \"Two\"\n"
	"    activities:\n"
	"      - {id: \"2.1\", title: \"Three\", schedule: \"Тухай бүр\", quarters: []}\n";

static void test_csv_bom_crlf_and_cells(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(plan_small, &d);
	size_t len;
	char *s = export_str(p, EXPORT_CSV, LANG_EN, &len);
	assert_memory_equal(s, "\xEF\xBB\xBF", 3);
	struct csv c;
	csv_read(&c, s + 3, len - 3);
	assert_false(c.bare_lf);
	assert_int_equal(c.nrow, 4);	/* header + one row per activity */
	for (size_t r = 0; r < c.nrow; r++)
		assert_int_equal(c.ncol[r], 20);	/* 18, then budget amount and quarters */
	assert_string_equal(csv_at(&c, 0, 0), "Goal");
	assert_string_equal(csv_at(&c, 0, 10), "Q1 rating");
	assert_string_equal(csv_at(&c, 1, 0), "1");
	assert_string_equal(csv_at(&c, 1, 1), "Зорилт нэг, таслалтай");
	assert_string_equal(csv_at(&c, 1, 2), "1.1");
	assert_string_equal(csv_at(&c, 1, 3), "Өргөдөл \"хүлээн\" авах");
	assert_string_equal(csv_at(&c, 1, 4), "1) Тоо\n2) Хувь");
	assert_string_equal(csv_at(&c, 1, 5), "1) 60.000\n2) ");
	/* the plan's wording; the amount is in its own numeric column */
	assert_string_equal(csv_at(&c, 1, 7), "2,0 сая (Орон нутгийн төсөв)");
	assert_string_equal(csv_at(&c, 1, 8), "Q1, Q2");
	assert_string_equal(csv_at(&c, 1, 9), "Хууль, эрх зүйн хэлтэс");
	assert_string_equal(csv_at(&c, 1, 10), "100");
	assert_string_equal(csv_at(&c, 1, 11), "Хийсэн");
	assert_string_equal(csv_at(&c, 1, 12), "not-due");
	assert_string_equal(csv_at(&c, 1, 13), "");
	assert_string_equal(csv_at(&c, 2, 7), "3,5 сая");
	assert_string_equal(csv_at(&c, 2, 4), "");	/* empty is empty, never "-" */
	assert_string_equal(csv_at(&c, 3, 8), "Тухай бүр");
	/* the budget as a plain number a spreadsheet sums, and the quarters */
	assert_string_equal(csv_at(&c, 0, 18), "Budget amount");
	assert_string_equal(csv_at(&c, 0, 19), "Quarters");
	assert_string_equal(csv_at(&c, 1, 18), "2000000");
	assert_string_equal(csv_at(&c, 1, 19), "1, 2");
	assert_string_equal(csv_at(&c, 2, 18), "");	/* "3,5 сая" has no amount */
	assert_string_equal(csv_at(&c, 2, 19), "2, 3");
	assert_string_equal(csv_at(&c, 3, 19), "");	/* as needed */
	csv_free(&c);
	free(s);
	plan_free(p);
	doc_free(d);
}

static void test_csv_seed_plan(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p;
	struct tv_err err = TV_ERR_INIT;
	if (doc_load(&d, "tests/data/plans/anti-corruption-2023.yaml", DOC_SIZE_CAP_DEFAULT, &err) ||
	    plan_build(&p, d, &err))
		fail_msg("%s", err.text);
	size_t len;
	char *s = export_str(p, EXPORT_CSV, LANG_MN, &len);
	struct csv c;
	csv_read(&c, s + 3, len - 3);
	assert_false(c.bare_lf);
	assert_int_equal(c.nrow, 19);
	assert_string_equal(csv_at(&c, 0, 3), "Хэрэгжүүлэх арга хэмжээ");
	/* six goals, in order, each on its activities' rows */
	size_t goals = 0;
	for (size_t r = 1; r < c.nrow; r++)
		if (r == 1 || strcmp(csv_at(&c, r, 0), csv_at(&c, r - 1, 0)) != 0)
			goals++;
	assert_int_equal(goals, 6);
	assert_string_equal(csv_at(&c, 18, 2), "6.5");
	assert_non_null(strstr(csv_at(&c, 1, 3), "Авлигатай тэмцэх газраас"));
	csv_free(&c);
	free(s);
	plan_free(p);
	doc_free(d);
}

static const char plan_formula[] =
	"tolov: 1\n"
	"title: \"=HYPERLINK(\\\"http://x\\\")\"\n"
	"goals:\n"
	"  - id: \"1\"\n"
	"    title: \"+1\"\n"
	"    activities:\n"
	"      - id: \"1.1\"\n"
	"        title: \"=1+1\"\n"
	"        indicators: [{name: \"-2\", baseline: \"@SUM(A1)\", target: \"\\tx\"}]\n"
	"        schedule: \"\\rcmd\"\n"
	"        responsible: \"=cmd|' /C calc'!A0\"\n"
	"        status: {q1: {rating: 30, note: \"-note\"}}\n";

static void test_csv_formula_injection(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(plan_formula, &d);
	size_t len;
	char *s = export_str(p, EXPORT_CSV, LANG_EN, &len);
	struct csv c;
	csv_read(&c, s + 3, len - 3);
	assert_int_equal(c.nrow, 2);
	assert_string_equal(csv_at(&c, 1, 1), "'+1");
	assert_string_equal(csv_at(&c, 1, 2), "1.1");
	assert_string_equal(csv_at(&c, 1, 3), "'=1+1");
	assert_string_equal(csv_at(&c, 1, 4), "'-2");
	assert_string_equal(csv_at(&c, 1, 5), "'@SUM(A1)");
	assert_string_equal(csv_at(&c, 1, 6), "'\tx");
	assert_string_equal(csv_at(&c, 1, 8), "'\\x0dcmd");
	assert_string_equal(csv_at(&c, 1, 9), "'=cmd|' /C calc'!A0");
	assert_string_equal(csv_at(&c, 1, 11), "'-note");
	/* no cell of any row starts a formula */
	for (size_t i = 0; i < c.ncell; i++)
		assert_null(strchr("=+-@\t\r", c.cell[i][0]) && c.cell[i][0] ? c.cell[i] : NULL);
	csv_free(&c);
	free(s);
	plan_free(p);
	doc_free(d);
}

/* Text that would drive a terminal or reorder a line if passed raw. */
static const char plan_evil[] =
	"tolov: 1\n"
	"title: \"T\\e[2J\\e]0;pwned\\a\"\n"
	"owner: \"o\\e[31m\\u202Eevil\"\n"
	"goals:\n"
	"  - id: \"1\"\n"
	"    title: \"G\\x9b31m\\u2066x\\u2069\"\n"
	"    activities:\n"
	"      - id: \"1.1\"\n"
	"        title: \"A\\N\\e[1m\"\n"
	"        responsible: \"U\\u202E\"\n"
	"        quarters: [1]\n"
	"        status: {q1: {rating: 70, note: \"n\\e[0m\\x85\"}}\n";

static void assert_clean(const char *s, size_t n, const char *what)
{
	static const char *const bad[] = { "\x1b", "\x07", "\xC2\x9B", "\xC2\x85", "\xE2\x80\xAE",
					   "\xE2\x81\xA6", "\xE2\x81\xA9" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		for (size_t k = 0; k + strlen(bad[i]) <= n; k++)
			if (memcmp(s + k, bad[i], strlen(bad[i])) == 0)
				fail_msg("%s carries a raw control (bad[%zu]) at byte %zu", what, i, k);
	bool visible = false;
	for (size_t k = 0; k + 4 <= n && !visible; k++)
		visible = memcmp(s + k, "\\x1b", 4) == 0;
	if (!visible)
		fail_msg("%s should show the escape visibly", what);
}

static void test_escape_sequences_absent(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(plan_evil, &d);
	static const char *const names[] = { "", "json", "csv", "md", "html" };
	for (int f = EXPORT_JSON; f <= EXPORT_HTML; f++) {
		size_t len;
		char *s = export_str(p, (enum export_format)f, LANG_EN, &len);
		assert_clean(s, len, names[f]);
		free(s);
	}
	for (int f = REPORT_TEXT; f <= REPORT_CSV; f++) {
		struct report_opts o = REPORT_OPTS_INIT;
		struct sbuf b = SBUF_INIT;
		o.cols = f == REPORT_TEXT ? 40 : 0;
		report_render(&b, p, &o, (enum report_format)f);
		assert_clean(b.buf, b.len, "report");
		sbuf_free(&b);
	}
	plan_free(p);
	doc_free(d);
}

static const char plan_pipes[] =
	"tolov: 1\n"
	"title: \"a|b\"\n"
	"goals:\n"
	"  - id: \"1\"\n"
	"    title: \"g|h\"\n"
	"    activities:\n"
	"      - id: \"1.1\"\n"
	"        title: \"x | y\\nsecond line *not bold* <b>\"\n"
	"        responsible: \"a\\\\|b\"\n";

/* Table cells on a Markdown line: pipes not escaped by a backslash. */
static size_t md_pipes(const char *line, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (line[i] == '\\')
			i++;
		else if (line[i] == '|')
			k++;
	}
	return k;
}

static void test_md_escaping(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(plan_pipes, &d);
	char *s = export_str(p, EXPORT_MD, LANG_EN, NULL);
	assert_non_null(strstr(s, "# a\\|b\n"));
	assert_non_null(strstr(s, "## Goal 1. g\\|h\n"));
	assert_non_null(strstr(s, "| 1.1. x \\| y<br>second line \\*not bold\\* &lt;b&gt; |"));
	assert_non_null(strstr(s, "| a\\\\\\|b |"));
	/* every table line has the same 16 cell borders */
	size_t rows = 0;
	for (const char *l = s; *l;) {
		const char *e = strchr(l, '\n');
		size_t n = e ? (size_t)(e - l) : strlen(l);
		if (n && l[0] == '|') {
			assert_int_equal(md_pipes(l, n), 16);
			rows++;
		}
		l += n + (e != NULL);
	}
	assert_int_equal(rows, 3);
	free(s);
	plan_free(p);
	doc_free(d);
}

static const char plan_html[] =
	"tolov: 1\n"
	"title: \"<script>alert('x')</script> & \\\"q\\\"\"\n"
	"goals:\n"
	"  - id: \"1\"\n"
	"    title: \"<img src=x onerror=alert(1)>\"\n"
	"    activities:\n"
	"      - id: \"1.1\"\n"
	"        title: \"a\\nb\"\n"
	"        status: {q2: {rating: 0, note: \"</td><td>\"}}\n";

static void test_html_escaping_and_print_css(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(plan_html, &d);
	char *s = export_str(p, EXPORT_HTML, LANG_EN, NULL);
	assert_null(strstr(s, "<script"));
	assert_null(strstr(s, "<img"));
	assert_non_null(strstr(s, "<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
				  "&quot;q&quot;</h1>"));
	assert_non_null(strstr(s, "&lt;img src=x onerror=alert(1)&gt;"));
	assert_non_null(strstr(s, "<td>1.1. a<br>b</td>"));
	assert_non_null(strstr(s, "&lt;/td&gt;&lt;td&gt;"));
	/* printable and self-contained */
	assert_non_null(strstr(s, "@page { size: A4 landscape;"));
	assert_non_null(strstr(s, "thead { display: table-header-group; }"));
	assert_non_null(strstr(s, "page-break-inside: avoid"));
	assert_null(strstr(s, "<link"));
	assert_null(strstr(s, "http"));
	assert_non_null(strstr(s, "<meta charset=\"utf-8\">"));
	size_t n = strlen(s);
	assert_string_equal(s + n - 8, "</html>\n");
	free(s);
	plan_free(p);
	doc_free(d);
}

static const char plan_json[] =
	"tolov: 1\n"
	"owner: \"Planning Unit\"   # unknown keys are kept\n"
	"title: 'Plan \"2024\"'\n"
	"year: 2024\n"
	"count: 012\n"
	"ratio: 1.50\n"
	"small: -.5e3\n"
	"hex: 0x1F\n"
	"flag: true\n"
	"nothing: ~\n"
	"empty:\n"
	"inf: .inf\n"
	"words: [1, \"2\", x, 2.0.1]\n"
	"nested: {a: {b: []}, c: {}}\n"
	"goals:\n"
	"  - id: 1\n"
	"    title: 2023\n"
	"    extra: null\n"
	"    activities:\n"
	"      - id: 1.1\n"
	"        title: |\n"
	"          line one\n"
	"          \"two\"\\\ttab\n"
	"        indicators:\n"
	"          - {name: n, baseline: 60, target: ~, actual: {q1: 12}, weight: 5}\n"
	"        budget: {amount: 2000000, source: ~, text: \"2,0 сая\", code: 07}\n"
	"        quarters: [1, 4]\n"
	"        responsible: Хэлтэс\n"
	"        status:\n"
	"          q1: {rating: 70, note: ok, by: true}\n"
	"          q2: {rating: not-due}\n";

static const char json_want[] =
	"{\n"
	"  \"tolov\": 1,\n"
	"  \"owner\": \"Planning Unit\",\n"
	"  \"title\": \"Plan \\\"2024\\\"\",\n"
	"  \"year\": 2024,\n"
	"  \"count\": 12,\n"
	"  \"ratio\": 1.50,\n"
	"  \"small\": -0.5e3,\n"
	"  \"hex\": 31,\n"
	"  \"flag\": true,\n"
	"  \"nothing\": null,\n"
	"  \"empty\": null,\n"
	"  \"inf\": \".inf\",\n"
	"  \"words\": [\n"
	"    1,\n"
	"    \"2\",\n"
	"    \"x\",\n"
	"    \"2.0.1\"\n"
	"  ],\n"
	"  \"nested\": {\n"
	"    \"a\": {\n"
	"      \"b\": []\n"
	"    },\n"
	"    \"c\": {}\n"
	"  },\n"
	"  \"goals\": [\n"
	"    {\n"
	"      \"id\": \"1\",\n"
	"      \"title\": \"2023\",\n"
	"      \"extra\": null,\n"
	"      \"activities\": [\n"
	"        {\n"
	"          \"id\": \"1.1\",\n"
	"          \"title\": \"line one\\n\\\"two\\\"\\\\\\ttab\\n\",\n"
	"          \"indicators\": [\n"
	"            {\n"
	"              \"name\": \"n\",\n"
	"              \"baseline\": \"60\",\n"
	"              \"target\": \"\",\n"
	"              \"actual\": {\n"
	"                \"q1\": \"12\"\n"
	"              },\n"
	"              \"weight\": 5\n"
	"            }\n"
	"          ],\n"
	"          \"budget\": {\n"
	"            \"amount\": 2000000,\n"
	"            \"source\": \"\",\n"
	"            \"text\": \"2,0 сая\",\n"
	"            \"code\": 7\n"
	"          },\n"
	"          \"quarters\": [\n"
	"            1,\n"
	"            4\n"
	"          ],\n"
	"          \"responsible\": \"Хэлтэс\",\n"
	"          \"status\": {\n"
	"            \"q1\": {\n"
	"              \"rating\": 70,\n"
	"              \"note\": \"ok\",\n"
	"              \"by\": true\n"
	"            },\n"
	"            \"q2\": {\n"
	"              \"rating\": \"not-due\"\n"
	"            }\n"
	"          }\n"
	"        }\n"
	"      ]\n"
	"    }\n"
	"  ]\n"
	"}\n";

static void test_json_keys_types_order(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(plan_json, &d);
	size_t len;
	char *s = export_str(p, EXPORT_JSON, LANG_EN, &len);
	tu_assert_bytes(s, len, json_want);
	free(s);
	plan_free(p);
	doc_free(d);
}

static void test_json_of_imported_plan(void **state)
{
	(void)state;
	struct plan *p = plan_new();
	p->title = plan_strdup(p, "Импорт");
	p->year = 2023;
	struct goal *g = plan_add_goal(p);
	g->id = plan_strdup(p, "1");
	g->title = plan_strdup(p, "Зорилт");
	struct activity *a = plan_add_activity(p, 0);
	a->id = plan_strdup(p, "1.1");
	a->title = plan_strdup(p, "Арга");
	a->st[0].rating = 70;
	size_t len;
	char *s = export_str(p, EXPORT_JSON, LANG_EN, &len);
	assert_non_null(strstr(s, "\"title\": \"Импорт\""));
	assert_non_null(strstr(s, "\"year\": 2023"));
	assert_non_null(strstr(s, "\"id\": \"1.1\""));
	assert_non_null(strstr(s, "\"rating\": 70"));
	assert_int_equal(s[len - 1], '\n');
	free(s);
	plan_free(p);
}

/* A workbook is a zip container with the plan's sheet; the cells are
 * checked by the golden tests, which read it back with openpyxl. */
static void test_xlsx_is_a_workbook(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan(plan_small, &d);
	size_t len;
	char *s = export_str(p, EXPORT_XLSX, LANG_MN, &len);
	assert_true(len > 1000);
	assert_memory_equal(s, "PK\x03\x04", 4);
	free(s);
	struct report_opts o = REPORT_OPTS_INIT;
	struct sbuf b = SBUF_INIT;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(report_write(&b, p, &o, tw_format_find("xlsx", TW_FOR_REPORT), &err), 0);
	assert_memory_equal(b.buf, "PK\x03\x04", 4);
	sbuf_free(&b);
	plan_free(p);
	doc_free(d);
}

static void test_format_names(void **state)
{
	(void)state;
	assert_int_equal(export_format_parse("json"), EXPORT_JSON);
	assert_int_equal(export_format_parse("csv"), EXPORT_CSV);
	assert_int_equal(export_format_parse("md"), EXPORT_MD);
	assert_int_equal(export_format_parse("markdown"), EXPORT_MD);
	assert_int_equal(export_format_parse("html"), EXPORT_HTML);
	assert_int_equal(export_format_parse("xlsx"), EXPORT_XLSX);
	assert_int_equal(export_format_parse("docx"), -1);
	assert_int_equal(export_format_parse("text"), -1);	/* a report format only */
	assert_int_equal(export_format_parse(NULL), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv_bom_crlf_and_cells),
		cmocka_unit_test(test_csv_seed_plan),
		cmocka_unit_test(test_csv_formula_injection),
		cmocka_unit_test(test_escape_sequences_absent),
		cmocka_unit_test(test_md_escaping),
		cmocka_unit_test(test_html_escaping_and_print_css),
		cmocka_unit_test(test_json_keys_types_order),
		cmocka_unit_test(test_json_of_imported_plan),
		cmocka_unit_test(test_xlsx_is_a_workbook),
		cmocka_unit_test(test_format_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
