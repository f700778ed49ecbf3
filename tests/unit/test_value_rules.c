/*
 * test_value_rules.c — one value check, two ways in: every key the schema
 * checks (each settable row whose type is not plain text) is given the
 * same bad values through the loader (a file holding the value, as
 * `tolov validate` reads it) and through `set` (session_set, as `tolov
 * set` and `:set` call it). Both must refuse it with the same message:
 * the same catalog code and the same arguments; the loader's error is
 * positioned at the value (FILE:LINE:COL), set's names the set path.
 * A new checked key without bad values here fails the test.
 */
#include "testutil.h"
#include "tolov/edit/session.h"
#include "tolov/plan/schema.h"

struct bad {
	enum sk key;
	const char *set;	/* the value as given to set */
	const char *yaml;	/* the same value in the file (NULL: set quoted) */
};

static const struct bad bad[] = {
	{ SK_YEAR, "twenty", NULL },
	{ SK_YEAR, "0", NULL },
	{ SK_YEAR, "10000", NULL },
	{ SK_YEAR, "2024.5", NULL },
	{ SK_YEAR, "-3", NULL },
	{ SK_AMOUNT, "-1", NULL },
	{ SK_AMOUNT, "abc", NULL },
	{ SK_AMOUNT, "1e3", NULL },
	{ SK_AMOUNT, "1.5 сая", NULL },
	{ SK_AMOUNT, "9000000000000000000", NULL },
	{ SK_AMOUNT, "99999999999999999999", NULL },
	{ SK_RATING, "50", NULL },
	{ SK_RATING, "done", NULL },
	{ SK_RATING, "100%", NULL },
	{ SK_QUARTERS, "5", "[5]" },
	{ SK_QUARTERS, "0", "[0]" },
	{ SK_QUARTERS, "1,5", "[1, 5]" },
	{ SK_QUARTERS, "x", "[x]" },
	{ SK_QUARTERS, "2,2", "[2, 2]" },
	{ SK_QUARTERS, "1 2 2", "[1, 2, 2]" },
	{ SK_ACT_ID, "", NULL },
	{ SK_GOAL_ID, "", NULL },
};

/* The item a key belongs to. */
enum item { I_PLAN, I_GOAL, I_ACT };

static enum item item_of(enum sk k)
{
	enum sp p = schema_key(k)->parent;
	return p == SP_PLAN ? I_PLAN : p == SP_GOAL ? I_GOAL : I_ACT;
}

/* "a.b.c" and value v as flow mappings: "a: {b: {c: v}}". */
static void nested(struct sbuf *out, const char *path, const char *v)
{
	const char *dot = strchr(path, '.');
	if (!dot) {
		sbuf_addf(out, "%s: %s", path, v);
		return;
	}
	sbuf_addf(out, "%.*s: {", (int)(dot - path), path);
	nested(out, dot + 1, v);
	sbuf_addc(out, '}');
}

/* A small valid plan; with path and v (a YAML value), the item of key
 * holds path: v (replacing its id when path is "id"). */
static char *plan_text(enum sk key, const char *path, const char *v)
{
	enum item it = item_of(key);
	bool id = path && !strcmp(path, K(SK_ACT_ID));
	struct sbuf b = SBUF_INIT;
	sbuf_adds(&b, "tolov: 1\ntitle: P\n");
	if (path && it == I_PLAN) {
		nested(&b, path, v);
		sbuf_addc(&b, '\n');
	}
	sbuf_addf(&b, "goals:\n  - id: %s\n    title: G\n", path && it == I_GOAL && id ? v : "\"1\"");
	if (path && it == I_GOAL && !id) {
		sbuf_adds(&b, "    ");
		nested(&b, path, v);
		sbuf_addc(&b, '\n');
	}
	sbuf_addf(&b, "    activities:\n      - {id: %s, title: A", path && it == I_ACT && id ? v : "\"1.1\"");
	if (path && it == I_ACT && !id) {
		sbuf_adds(&b, ", ");
		nested(&b, path, v);
	}
	sbuf_adds(&b, "}\n");
	return sbuf_detach(&b);
}

struct got {
	struct tv_err e;
	size_t n;
};

static void keep(void *ctx, const struct tv_err *e)
{
	struct got *g = ctx;
	if (g->n++ == 0)
		tv_err_copy(&g->e, e);
}

static void assert_same_args(const struct tv_err *a, const struct tv_err *b, const char *what)
{
	if (a->code != b->code || a->n_arg != b->n_arg)
		fail_msg("%s: message %d with %u arguments from the file, %d with %u from set",
			 what, (int)a->code, a->n_arg, (int)b->code, b->n_arg);
	for (unsigned i = 0; i < a->n_arg; i++) {
		const struct tv_arg *x = &a->arg[i], *y = &b->arg[i];
		bool same = x->kind == y->kind &&
			    (x->kind == TV_ARG_STR ? !strcmp(x->s, y->s)
			     : x->kind == TV_ARG_INT ? x->i == y->i
			     : x->kind == TV_ARG_UINT ? x->u == y->u : x->d == y->d);
		if (!same)
			fail_msg("%s: argument %u differs between the file and set", what, i + 1);
	}
}

static void check_one(const struct bad *c)
{
	struct sbuf path = SBUF_INIT, yv = SBUF_INIT;
	schema_set_path(&path, c->key, 0, 1);
	if (c->yaml)
		sbuf_adds(&yv, c->yaml);
	else
		sbuf_addf(&yv, "\"%s\"", c->set);
	char *what = xasprintf("%s=%s", path.buf, c->set);

	/* the file */
	char *text = plan_text(c->key, path.buf, yv.buf);
	struct doc *d;
	struct tv_err err = TV_ERR_INIT;
	if (tu_doc(&d, "plan.yaml", text, strlen(text), &err))
		fail_msg("%s: %s", what, err.text);
	struct got g = { TV_ERR_INIT, 0 };
	struct plan *p = NULL;
	size_t n = plan_build_all(&p, d, keep, &g);
	if (n != 1)
		fail_msg("%s: the file gives %zu errors, not 1:\n%s", what, n, text);
	assert_non_null(g.e.file);
	assert_true(g.e.line > 0 && g.e.col > 0);
	assert_null(g.e.where);

	/* set */
	char *good = plan_text(c->key, NULL, NULL);
	char *file = tu_path("plan.yaml");
	tu_write(file, good, strlen(good));
	struct session *s;
	if (session_open(&s, file, &err))
		fail_msg("%s", err.text);
	const char *id = item_of(c->key) == I_PLAN ? "" : item_of(c->key) == I_GOAL ? "1" : "1.1";
	assert_int_equal(session_set(s, id, path.buf, c->set, &err), -1);
	assert_non_null(err.where);
	assert_string_equal(err.where, path.buf);
	assert_int_equal(err.line, 0);

	assert_same_args(&g.e, &err, what);

	session_free(s);
	tv_err_clear(&err);
	tv_err_clear(&g.e);
	doc_free(d);
	free(file);
	free(good);
	free(text);
	free(what);
	sbuf_free(&path);
	sbuf_free(&yv);
}

static void test_same_message_from_file_and_set(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		check_one(&bad[i]);
}

/* Every key with a value check has bad values above. */
static void test_every_checked_key_is_tried(void **state)
{
	(void)state;
	for (size_t i = 0; i < SK__COUNT; i++) {
		const struct schema_key *r = schema_at(i);
		if (!r->settable || r->type == ST_TEXT)
			continue;
		bool tried = false;
		for (size_t k = 0; k < sizeof bad / sizeof *bad; k++)
			tried |= bad[k].key == r->id;
		if (!tried)
			fail_msg("key '%s' (row %zu) has a value check but no bad values here", r->key, i);
	}
}

/* The message in both forms, as people read them. */
static void test_positions(void **state)
{
	(void)state;
	char *text = plan_text(SK_YEAR, "year", "twenty");
	char *e = tu_load_error(text);
	assert_string_equal(e, "plan.yaml:3:7: error: a year is a whole number from 1 to 9999, not 'twenty'");
	free(e);
	free(text);
	char *good = plan_text(SK_YEAR, NULL, NULL);
	char *file = tu_path("plan.yaml");
	tu_write(file, good, strlen(good));
	struct session *s;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(session_open(&s, file, &err), 0);
	assert_int_equal(session_set(s, "", "year", "twenty", &err), -1);
	struct sbuf b = SBUF_INIT;
	tv_err_format(&b, &err, LANG_EN);
	char *want = xasprintf("%s: error: year: a year is a whole number from 1 to 9999, not 'twenty'\n",
			       file);
	assert_string_equal(b.buf, want);
	sbuf_reset(&b);
	tv_err_format(&b, &err, LANG_MN);
	free(want);
	want = xasprintf("%s: error: year: он нь 1-ээс 9999 хүртэлх бүхэл тоо байна, 'twenty' биш\n",
			 file);
	assert_string_equal(b.buf, want);
	/* a copy keeps the path */
	struct tv_err copy = TV_ERR_INIT;
	tv_err_copy(&copy, &err);
	sbuf_reset(&b);
	tv_err_message(&b, &copy, LANG_EN);
	assert_string_equal(b.buf, "year: a year is a whole number from 1 to 9999, not 'twenty'");
	tv_err_clear(&copy);
	free(want);
	sbuf_free(&b);
	tv_err_clear(&err);
	session_free(s);
	free(file);
	free(good);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_message_from_file_and_set),
		cmocka_unit_test(test_every_checked_key_is_tried),
		cmocka_unit_test(test_positions),
	};
	return cmocka_run_group_tests(tests, tu_setup, tu_teardown);
}
