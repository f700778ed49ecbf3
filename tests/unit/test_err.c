/* test_err.c — errors as values: code, position, arguments and severity,
 * formatted in either language; notes; legacy tv_err_set text; escapes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tolov/base/i18n.h"
#include "tolov/base/util.h"
#include "tolov/yaml/doc.h"

static char *fmt(const struct tv_err *e, enum lang l)
{
	struct sbuf b = SBUF_INIT;
	tv_err_format(&b, e, l);
	return sbuf_detach(&b);
}

static char *msg(const struct tv_err *e, enum lang l)
{
	struct sbuf b = SBUF_INIT;
	tv_err_message(&b, e, l);
	return sbuf_detach(&b);
}

static void coded_error_in_both_languages(void **state)
{
	(void)state;
	i18n_set(LANG_EN);
	struct tv_err e = TV_ERR_INIT;
	assert_false(tv_err_isset(&e));
	char arg[] = "BIG";
	tv_err_at(&e, "plan.yaml", 3, 7, M_E_FILE_SIZE, "%lld%zu", 12345LL, (size_t)100);
	assert_true(tv_err_isset(&e));
	assert_int_equal(e.code, M_E_FILE_SIZE);
	assert_int_equal(e.sev, TV_ERROR);
	assert_int_equal(e.line, 3);
	assert_int_equal(e.col, 7);
	assert_int_equal(e.n_arg, 2);
	char *en = fmt(&e, LANG_EN), *mn = fmt(&e, LANG_MN);
	assert_string_equal(en, "plan.yaml:3:7: error: file is 12345 bytes, over the 100-byte limit\n");
	assert_string_equal(mn, "plan.yaml:3:7: error: файл 12345 байт, 100 байтын хязгаараас их байна\n");
	assert_string_equal(e.text, "plan.yaml:3:7: error: file is 12345 bytes, over the 100-byte limit");
	free(en);
	free(mn);
	/* string arguments are copied: the caller's buffer may change */
	tv_err_at(&e, "plan.yaml", 0, 0, M_E_OPEN, "%s", arg);
	strcpy(arg, "xyz");
	en = fmt(&e, LANG_EN);
	assert_string_equal(en, "plan.yaml: error: cannot open: BIG\n");
	free(en);
	mn = msg(&e, LANG_MN);
	assert_string_equal(mn, "нээж чадсангүй: BIG");
	free(mn);
	tv_err_clear(&e);
	assert_false(tv_err_isset(&e));
	assert_null(e.text);
}

static void text_follows_current_language(void **state)
{
	(void)state;
	struct tv_err e = TV_ERR_INIT;
	i18n_set(LANG_MN);
	tv_err_at(&e, NULL, 0, 0, M_E_IS_FOLDER, TV_NOARGS);
	assert_string_equal(e.text, "error: файл биш, хавтас байна");
	i18n_set(LANG_EN);
	tv_err_at(&e, NULL, 0, 0, M_E_IS_FOLDER, TV_NOARGS);
	assert_string_equal(e.text, "error: is a folder, not a file");
	tv_err_clear(&e);
}

static void notes_and_severity(void **state)
{
	(void)state;
	i18n_set(LANG_EN);
	struct tv_err e = TV_ERR_INIT;
	tv_err_at(&e, "p.yaml", 9, 3, M_E_DUP_KEY, "%s%u", "title", 2u);
	tv_err_note(&e, "p.yaml", 2, 1, M_N_FIRST_KEY, "%s", "title");
	char *en = fmt(&e, LANG_EN);
	assert_string_equal(en, "p.yaml:9:3: error: duplicate key 'title' (first at line 2)\n"
				"p.yaml:2:1: note: 'title' is first used here\n");
	free(en);
	/* text keeps the main line only, for readers not yet converted */
	assert_string_equal(e.text, "p.yaml:9:3: error: duplicate key 'title' (first at line 2)");
	struct tv_err w = TV_ERR_INIT;
	tv_diag_at(&w, TV_WARNING, "p.yaml", 0, 0, M_E_OOM, TV_NOARGS);
	en = fmt(&w, LANG_MN);
	assert_string_equal(en, "p.yaml: warning: санах ой хүрэлцсэнгүй\n");
	free(en);
	tv_err_move(&w, &e);
	assert_false(tv_err_isset(&e));
	assert_non_null(w.note);
	tv_err_clear(&w);
	tv_err_clear(&e);
}

static void legacy_and_escapes(void **state)
{
	(void)state;
	i18n_set(LANG_MN);
	struct tv_err e = TV_ERR_INIT;
	tv_err_set(&e, "p.yaml", 4, 0, "bad \x1b[2J value %d", 5);
	assert_string_equal(e.text, "p.yaml:4:1: error: bad \\x1b[2J value 5");
	char *s = msg(&e, LANG_MN);
	assert_string_equal(s, "bad \\x1b[2J value 5");
	free(s);
	/* coded arguments are escaped too, C1 controls included */
	tv_err_at(&e, "p.yaml", 1, 1, M_E_OPEN, "%s", "a\nb\xc2\x9b");
	s = fmt(&e, LANG_EN);
	assert_string_equal(s, "p.yaml:1:1: error: cannot open: a\\x0ab\\u009b\n");
	free(s);
	/* the old text is replaced, and may be an argument of the new one */
	tv_err_set(&e, NULL, 0, 0, "again: %s", e.text);
	assert_string_equal(e.text, "error: again: p.yaml:1:1: error: нээж чадсангүй: a\\x0ab\\u009b");
	tv_err_clear(&e);
	/* NULL is allowed everywhere an error is optional */
	tv_err_at(NULL, "x", 0, 0, M_E_OOM, TV_NOARGS);
	tv_err_note(NULL, "x", 0, 0, M_E_OOM, TV_NOARGS);
	i18n_set(LANG_EN);
}

static void missing_argument_prints_question_mark(void **state)
{
	(void)state;
	struct tv_err e = TV_ERR_INIT;
	tv_err_at(&e, NULL, 0, 0, M_E_RECOVER_WRITE, "%s", "only-one");
	char *s = msg(&e, LANG_EN);
	assert_string_equal(s, "cannot write the recovery file only-one: ?");
	free(s);
	tv_err_clear(&e);
}

static void doc_errors_have_notes(void **state)
{
	(void)state;
	i18n_set(LANG_EN);
	struct doc *d = NULL;
	struct tv_err e = TV_ERR_INIT;
	char *src = strdup("tolov: 1\ntitle: a\nyear: 2024\ntitle: b\n");
	assert_int_equal(doc_from_buffer(&d, "plan.yaml", src, strlen(src), &e), -1);
	char *s = fmt(&e, LANG_EN);
	assert_string_equal(s, "plan.yaml:4:1: error: duplicate key 'title' (first at line 2)\n"
			       "plan.yaml:2:1: note: 'title' is first used here\n");
	free(s);
	s = fmt(&e, LANG_MN);
	assert_string_equal(s, "plan.yaml:4:1: error: 'title' түлхүүр давхардсан (эхнийх нь 2-р мөрөнд)\n"
			       "plan.yaml:2:1: note: 'title' эхлээд энд байна\n");
	free(s);
	tv_err_clear(&e);
}

/* Everything an error holds is in the block at text: a caller that takes
 * the text and frees it frees everything (make asan checks no leak). */
static void taking_the_text_takes_everything(void **state)
{
	(void)state;
	i18n_set(LANG_EN);
	struct tv_err e = TV_ERR_INIT;
	tv_err_at(&e, "p.yaml", 9, 3, M_E_DUP_KEY, "%s%u", "title", 2u);
	tv_err_note(&e, "p.yaml", 2, 1, M_N_FIRST_KEY, "%s", "title");
	tv_err_note(&e, "q.yaml", 4, 1, M_N_FIRST_KEY, "%s", "year");
	struct tv_err c = TV_ERR_INIT;
	tv_err_copy(&c, &e);
	char *t = e.text;
	e = (struct tv_err)TV_ERR_INIT;
	assert_string_equal(t, "p.yaml:9:3: error: duplicate key 'title' (first at line 2)");
	free(t);
	/* the copy stands on its own */
	char *s = fmt(&c, LANG_EN);
	assert_string_equal(s, "p.yaml:9:3: error: duplicate key 'title' (first at line 2)\n"
			       "p.yaml:2:1: note: 'title' is first used here\n"
			       "q.yaml:4:1: note: 'year' is first used here\n");
	free(s);
	/* a raw text (set by a caller not yet converted) copies too */
	struct tv_err r = TV_ERR_INIT;
	r.text = strdup("x.yaml: error: raw\nx.yaml:1:1: note: raw note");
	tv_err_copy(&c, &r);
	s = fmt(&c, LANG_MN);
	assert_string_equal(s, "x.yaml: error: raw\nx.yaml:1:1: note: raw note\n");
	free(s);
	s = msg(&c, LANG_MN);
	assert_string_equal(s, "raw");
	free(s);
	tv_err_clear(&r);
	tv_err_clear(&c);
	/* a set whose argument is the error's own text */
	tv_err_at(&e, "a", 0, 0, M_E_OPEN, "%s", "first");
	tv_err_at(&e, "b", 0, 0, M_E_READ, "%s", e.arg[0].s);
	assert_string_equal(e.text, "b: error: cannot read: first");
	tv_err_clear(&e);
}

/* xstrndup of an empty span may be given NULL (an empty splice does). */
static void xstrndup_of_nothing(void **state)
{
	(void)state;
	char *p = xstrndup(NULL, 0);
	assert_string_equal(p, "");
	free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(coded_error_in_both_languages),
		cmocka_unit_test(text_follows_current_language),
		cmocka_unit_test(notes_and_severity),
		cmocka_unit_test(legacy_and_escapes),
		cmocka_unit_test(missing_argument_prints_question_mark),
		cmocka_unit_test(doc_errors_have_notes),
		cmocka_unit_test(taking_the_text_takes_everything),
		cmocka_unit_test(xstrndup_of_nothing),
	};
	return cmocka_run_group_tests_name("err", tests, NULL, NULL);
}
