/*
 * test_emit.c — tolov's canonical YAML: scalar spellings that read back as
 * the same text, and whole plans and items in the canonical layout.
 */
#include "testutil.h"
#include "tolov/plan/emit.h"

/* Parse "v: <spelling>" and return the value read back; caller frees. */
static char *read_back(const char *spelling)
{
	char *text = xasprintf("v: %s\n", spelling);
	struct doc *d;
	struct tv_err err = TV_ERR_INIT;
	if (tu_doc(&d, "x.yaml", text, strlen(text), &err))
		fail_msg("%s does not parse: %s", spelling, err.text);
	struct yn *v = yn_get(d->root, "v");
	assert_non_null(v);
	assert_int_equal(v->kind, YN_SCALAR);
	char *val = xstrndup(v->val, v->len);
	doc_free(d);
	free(text);
	return val;
}

static const char *const tricky[] = {
	"", "Монгол хэл", "a: b", "x #y", "- item", "'quoted'", "\"dq\"", "back\\slash",
	"line\nbreak", "tab\there", "\r", "yes", "null", "~", "12", "1.5", "0x1F", "[a]",
	"{a: 1}", " lead", "trail ", "\x01\x7f", "\xc2\x85next", "end:", "%tag", "@at",
	"`tick`", "!bang", "&anchor", "*alias", "|", ">", "?", "10:30",
};

static void test_dq_reads_back(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(tricky) / sizeof(*tricky); i++) {
		struct sbuf b = SBUF_INIT;
		emit_dq(&b, tricky[i]);
		char *v = read_back(b.buf);
		if (strcmp(v, tricky[i]) != 0)
			fail_msg("%s read back as \"%s\"", b.buf, v);
		free(v);
		sbuf_free(&b);
	}
}

static void test_dq_keeps_utf8_unescaped(void **state)
{
	(void)state;
	struct sbuf b = SBUF_INIT;
	emit_dq(&b, "Авлигын эсрэг «төлөвлөгөө» — 2024");
	assert_string_equal(b.buf, "\"Авлигын эсрэг «төлөвлөгөө» — 2024\"");
	sbuf_free(&b);
}

static void test_dq_escapes(void **state)
{
	(void)state;
	struct sbuf b = SBUF_INIT;
	emit_dq(&b, "a\"b\\c\nd\te\x01");
	assert_string_equal(b.buf, "\"a\\\"b\\\\c\\nd\\te\\x01\"");
	sbuf_free(&b);
}

static void test_plain_ok_only_when_read_back_same(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(tricky) / sizeof(*tricky); i++) {
		if (!emit_plain_ok(tricky[i]))
			continue;
		char *v = read_back(tricky[i]);
		if (strcmp(v, tricky[i]) != 0)
			fail_msg("plain %s read back as \"%s\"", tricky[i], v);
		free(v);
	}
}

static void test_plain_refuses_typed_and_special(void **state)
{
	(void)state;
	const char *no[] = { "", "yes", "No", "true", "null", "~", "12", "-3", "1.5", "0x1F",
			     "1e3", "a: b", "x #y", "- x", "[a]", "a,b", " x", "x ", "10:30",
			     "line\nbreak" };
	for (size_t i = 0; i < sizeof(no) / sizeof(*no); i++)
		if (emit_plain_ok(no[i]))
			fail_msg("\"%s\" should not be written plain", no[i]);
	const char *yes[] = { "Монгол хэл", "Finance Unit", "a-b", "2024 он", "x:y", "цэг#1" };
	for (size_t i = 0; i < sizeof(yes) / sizeof(*yes); i++)
		if (!emit_plain_ok(yes[i]))
			fail_msg("\"%s\" can be written plain", yes[i]);
}

static void test_sq_reads_back(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(tricky) / sizeof(*tricky); i++) {
		if (!emit_sq_ok(tricky[i]))
			continue;
		struct sbuf b = SBUF_INIT;
		emit_sq(&b, tricky[i]);
		char *v = read_back(b.buf);
		if (strcmp(v, tricky[i]) != 0)
			fail_msg("%s read back as \"%s\"", b.buf, v);
		free(v);
		sbuf_free(&b);
	}
}

static void test_sq_doubles_quotes(void **state)
{
	(void)state;
	struct sbuf b = SBUF_INIT;
	emit_sq(&b, "it's");
	assert_string_equal(b.buf, "'it''s'");
	sbuf_free(&b);
	assert_false(emit_sq_ok("two\nlines"));
	assert_false(emit_sq_ok(" lead"));
}

static void test_quarters_flow(void **state)
{
	(void)state;
	struct sbuf b = SBUF_INIT;
	emit_quarters_flow(&b, 0);
	assert_string_equal(b.buf, "[]");
	sbuf_reset(&b);
	emit_quarters_flow(&b, 0x5);
	assert_string_equal(b.buf, "[1, 3]");
	sbuf_reset(&b);
	emit_quarters_flow(&b, 0xF);
	assert_string_equal(b.buf, "[1, 2, 3, 4]");
	sbuf_free(&b);
}

static void test_status_flow(void **state)
{
	(void)state;
	struct sbuf b = SBUF_INIT;
	struct status st = { RATING_NOT_DUE, "Хоёрдугаар улирлаас" };
	emit_status_flow(&b, &st);
	assert_string_equal(b.buf, "{rating: not-due, note: \"Хоёрдугаар улирлаас\"}");
	sbuf_reset(&b);
	st = (struct status){ RATING_NONE, "" };
	emit_status_flow(&b, &st);
	assert_string_equal(b.buf, "{note: \"\"}");
	sbuf_free(&b);
}

/* A small plan built in memory, the way the importer builds one. */
static struct plan *sample(void)
{
	struct plan *p = plan_new();
	p->title = plan_strdup(p, "Төлөвлөгөө");
	p->year = 2024;
	struct goal *g = plan_add_goal(p);
	g->id = plan_strdup(p, "1");
	g->title = plan_strdup(p, "Ил тод байдал");
	struct activity *a = plan_add_activity(p, 0);
	a->id = plan_strdup(p, "1.1");
	a->title = plan_strdup(p, "Тайлан \"нийтлэх\"");
	struct indicator *in = plan_add_indicator(p, &a->ind, &a->n_ind);
	in->name = plan_strdup(p, "Тайлан");
	in->target = plan_strdup(p, "12");
	in->actual[1] = plan_strdup(p, "6");
	a->budget.present = a->budget.has_amount = true;
	a->budget.amount = 1500000;
	a->budget.source = plan_strdup(p, "Төсөв");
	a->has_quarters = true;
	a->quarters = 0x3;
	a->responsible = plan_strdup(p, "Хэлтэс");
	a->st[0].rating = 100;
	a->st[2].rating = RATING_NOT_DUE;
	a->st[2].note = plan_strdup(p, "Дараа");
	plan_add_goal(p)->id = plan_strdup(p, "2");
	return p;
}

static const char sample_text[] =
	"tolov: 1\n"
	"title: \"Төлөвлөгөө\"\n"
	"year: 2024\n"
	"currency: MNT\n"
	"goals:\n"
	"  - id: \"1\"\n"
	"    title: \"Ил тод байдал\"\n"
	"    activities:\n"
	"      - id: \"1.1\"\n"
	"        title: \"Тайлан \\\"нийтлэх\\\"\"\n"
	"        indicators:\n"
	"          - name: \"Тайлан\"\n"
	"            baseline: \"\"\n"
	"            target: \"12\"\n"
	"            actual: {q2: \"6\"}\n"
	"        budget: {amount: 1500000, source: \"Төсөв\", text: \"\"}\n"
	"        quarters: [1, 2]\n"
	"        responsible: \"Хэлтэс\"\n"
	"        status:\n"
	"          q1: {rating: 100, note: \"\"}\n"
	"          q3: {rating: not-due, note: \"Дараа\"}\n"
	"  - id: \"2\"\n"
	"    title: \"\"\n"
	"    activities: []\n";

static void test_plan_canonical_layout(void **state)
{
	(void)state;
	struct plan *p = sample();
	struct sbuf b = SBUF_INIT;
	emit_plan(&b, p);
	tu_assert_bytes(b.buf, b.len, sample_text);
	sbuf_free(&b);
	plan_free(p);
}

static void test_plan_reads_back(void **state)
{
	(void)state;
	struct plan *p = sample();
	struct sbuf b = SBUF_INIT;
	emit_plan(&b, p);
	struct doc *d;
	struct plan *q = tu_plan(b.buf, &d);
	assert_string_equal(q->title, p->title);
	assert_int_equal(q->n_goal, 2);
	const struct activity *a = &q->goal[0].act[0];
	assert_string_equal(a->title, "Тайлан \"нийтлэх\"");
	assert_int_equal(a->budget.amount, 1500000);
	assert_int_equal(a->quarters, 0x3);
	assert_int_equal(a->st[0].rating, 100);
	assert_int_equal(a->st[1].rating, RATING_NONE);
	assert_int_equal(a->st[2].rating, RATING_NOT_DUE);
	assert_string_equal(a->st[2].note, "Дараа");
	assert_string_equal(a->ind[0].actual[1], "6");
	plan_free(q);
	doc_free(d);
	sbuf_free(&b);
	plan_free(p);
}

static void test_empty_plan(void **state)
{
	(void)state;
	struct plan *p = plan_new();
	struct sbuf b = SBUF_INIT;
	emit_plan(&b, p);
	tu_assert_bytes(b.buf, b.len, "tolov: 1\ntitle: \"\"\ncurrency: MNT\ngoals: []\n");
	sbuf_free(&b);
	plan_free(p);
}

static void test_item_indent_and_crlf(void **state)
{
	(void)state;
	struct plan *p = sample();
	struct sbuf b = SBUF_INIT;
	emit_indicator_item(&b, &p->goal[0].act[0].ind[0], 4, "\r\n");
	tu_assert_bytes(b.buf, b.len,
			"    - name: \"Тайлан\"\r\n"
			"      baseline: \"\"\r\n"
			"      target: \"12\"\r\n"
			"      actual: {q2: \"6\"}\r\n");
	sbuf_reset(&b);
	emit_goal_item(&b, &p->goal[1], 0, "\r\n");
	tu_assert_bytes(b.buf, b.len, "- id: \"2\"\r\n  title: \"\"\r\n  activities: []\r\n");
	sbuf_free(&b);
	plan_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dq_reads_back),
		cmocka_unit_test(test_dq_keeps_utf8_unescaped),
		cmocka_unit_test(test_dq_escapes),
		cmocka_unit_test(test_plain_ok_only_when_read_back_same),
		cmocka_unit_test(test_plain_refuses_typed_and_special),
		cmocka_unit_test(test_sq_reads_back),
		cmocka_unit_test(test_sq_doubles_quotes),
		cmocka_unit_test(test_quarters_flow),
		cmocka_unit_test(test_status_flow),
		cmocka_unit_test(test_plan_canonical_layout),
		cmocka_unit_test(test_plan_reads_back),
		cmocka_unit_test(test_empty_plan),
		cmocka_unit_test(test_item_indent_and_crlf),
	};
	return cmocka_run_group_tests_name("emit", tests, NULL, NULL);
}
