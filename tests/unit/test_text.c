/* test_text.c — UTF-8, widths, sanitising, folding, fitting and wrapping. */
#include <locale.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tolov/base/text.h"

static void test_decode_encode(void **state)
{
	(void)state;
	uint32_t cp;
	assert_int_equal(utf8_decode("A", 1, &cp), 1);
	assert_int_equal(cp, 'A');
	assert_int_equal(utf8_decode("\xD3\xA8", 2, &cp), 2);	/* Ө */
	assert_int_equal(cp, 0x4E8);
	assert_int_equal(utf8_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1F600);
	/* overlong, surrogate, truncated, stray continuation */
	assert_int_equal(utf8_decode("\xC0\xAF", 2, &cp), 1);
	assert_int_equal(cp, 0xFFFD);
	assert_int_equal(utf8_decode("\xED\xA0\x80", 3, &cp), 1);
	assert_int_equal(cp, 0xFFFD);
	assert_int_equal(utf8_decode("\xE4\xB8", 2, &cp), 1);
	assert_int_equal(cp, 0xFFFD);
	assert_int_equal(utf8_decode("\x80", 1, &cp), 1);
	assert_int_equal(cp, 0xFFFD);

	char out[4];
	uint32_t cps[] = { 0x41, 0x4E9, 0x4E2D, 0x1F600 };
	for (size_t i = 0; i < 4; i++) {
		size_t k = utf8_encode(cps[i], out);
		assert_int_equal(utf8_decode(out, k, &cp), k);
		assert_int_equal(cp, cps[i]);
	}
	assert_int_equal(utf8_invalid_at("ab\xD3\xA8", 4), (size_t)-1);
	assert_int_equal(utf8_invalid_at("ab\xFF", 3), 2);
	assert_int_equal(utf8_invalid_at("\xEF\xBF\xBD", 3), (size_t)-1);
}

static void test_unsafe(void **state)
{
	(void)state;
	assert_true(text_is_unsafe(0x1B));
	assert_true(text_is_unsafe(0x07));
	assert_true(text_is_unsafe(0x7F));
	assert_true(text_is_unsafe(0x9B));
	assert_true(text_is_unsafe(0x202E));
	assert_true(text_is_unsafe(0x2067));
	assert_false(text_is_unsafe('\n'));
	assert_false(text_is_unsafe('\t'));
	assert_false(text_is_unsafe(0x4E8));
}

static void test_widths(void **state)
{
	(void)state;
	assert_int_equal(text_cp_width('a'), 1);
	assert_int_equal(text_cp_width(0x4E8), 1);	/* Ө */
	assert_int_equal(text_cp_width(0x4E2D), 2);	/* 中 */
	assert_int_equal(text_cp_width(0x301), 0);	/* combining acute */
	assert_int_equal(text_width("Төлөв", strlen("Төлөв")), 5);
	assert_int_equal(text_width("中文", strlen("中文")), 4);
	assert_int_equal(text_width("e\xCC\x81", 3), 1);
	assert_int_equal(text_width("\x1b[31m", 5), 8);	/* \x1b + [31m */
	assert_int_equal(text_width("a\nb", 3), 4);	/* a \n b */
}

static void test_sanitize(void **state)
{
	(void)state;
	struct sbuf b = SBUF_INIT;
	text_sanitize(&b, "a\x1b]0;owned\x07z", 12, false, false);
	assert_string_equal(b.buf, "a\\x1b]0;owned\\x07z");
	sbuf_reset(&b);
	text_sanitize(&b, "x\xE2\x80\xAEy", 5, false, false);
	assert_string_equal(b.buf, "x<U+202E>y");
	sbuf_reset(&b);
	text_sanitize(&b, "\xC2\x9B" "1\x7F", 4, false, false);
	assert_string_equal(b.buf, "\\x9b1\\x7f");
	sbuf_reset(&b);
	text_sanitize(&b, "a\nb\tc", 5, true, false);
	assert_string_equal(b.buf, "a\nb c");
	sbuf_reset(&b);
	text_sanitize(&b, "a\nb\tc", 5, false, true);
	assert_string_equal(b.buf, "a\\nb\tc");
	sbuf_reset(&b);
	text_sanitize(&b, "ok\xFFz", 4, false, false);
	assert_string_equal(b.buf, "ok\xEF\xBF\xBDz");
	sbuf_free(&b);
}

static void test_fold_find(void **state)
{
	(void)state;
	assert_int_equal(text_fold(0x4E8), 0x4E9);	/* Ө ө */
	assert_int_equal(text_fold(0x4AE), 0x4AF);	/* Ү ү */
	assert_int_equal(text_fold(0x401), 0x451);	/* Ё ё */
	assert_int_equal(text_fold(0x410), 0x430);
	assert_int_equal(text_fold('Q'), 'q');
	assert_int_equal(text_fold(0x4E9), 0x4E9);
	assert_int_equal(text_find_ci("Хууль, эрх зүйн хэлтэс", "ЗҮЙН"), (long)strlen("Хууль, эрх "));
	assert_int_equal(text_find_ci("ӨРГӨДӨЛ", "өргө"), 0);
	assert_int_equal(text_find_ci("Ёс зүй", "ёС"), 0);
	assert_int_equal(text_find_ci("abc", "x"), -1);
	assert_int_equal(text_find_ci("abc", ""), 0);
	assert_int_equal(text_find_ci("", "a"), -1);
	assert_int_equal(text_find_ci("Report Q2", "q2"), 7);
}

static void test_fit(void **state)
{
	(void)state;
	struct sbuf b = SBUF_INIT;
	assert_int_equal(text_fit(&b, "Төлөвлөгөө", 20, false, false), 10);
	assert_string_equal(b.buf, "Төлөвлөгөө");
	sbuf_reset(&b);
	assert_int_equal(text_fit(&b, "Төлөвлөгөө", 5, false, false), 5);
	assert_string_equal(b.buf, "Төлө…");
	sbuf_reset(&b);
	assert_int_equal(text_fit(&b, "Төлөвлөгөө", 5, false, true), 5);
	assert_string_equal(b.buf, "Төлө~");
	sbuf_reset(&b);
	assert_int_equal(text_fit(&b, "ab", 4, true, false), 4);
	assert_string_equal(b.buf, "ab  ");
	sbuf_reset(&b);
	/* a wide character that does not fit leaves a gap, padded */
	assert_int_equal(text_fit(&b, "a中文", 4, true, false), 4);
	assert_string_equal(b.buf, "a中…");
	sbuf_reset(&b);
	assert_int_equal(text_fit(&b, "中文字", 4, true, false), 4);
	assert_string_equal(b.buf, "中… ");
	sbuf_reset(&b);
	assert_int_equal(text_fit(&b, "中文字", 4, false, false), 3);
	assert_string_equal(b.buf, "中…");
	sbuf_reset(&b);
	assert_int_equal(text_fit(&b, "\x1b[2J", 6, false, false), 6);
	assert_string_equal(b.buf, "\\x1b[…");
	sbuf_reset(&b);
	assert_int_equal(text_fit(&b, "abc", 0, true, false), 0);
	assert_string_equal(b.buf, "");
	sbuf_reset(&b);
	assert_int_equal(text_fit(&b, "abc", 1, true, false), 1);
	assert_string_equal(b.buf, "…");
	sbuf_free(&b);
}

struct lines {
	char *l[16];
	size_t n;
};

static void collect(void *ctx, const char *line, size_t len)
{
	struct lines *ls = ctx;
	if (ls->n < 16)
		ls->l[ls->n++] = xstrndup(line, len);
}

static void free_lines(struct lines *ls)
{
	for (size_t i = 0; i < ls->n; i++)
		free(ls->l[i]);
	ls->n = 0;
}

static void test_wrap(void **state)
{
	(void)state;
	struct lines ls = { { 0 }, 0 };
	assert_int_equal(text_wrap("Авлигын эсрэг сургалт зохион", 14, collect, &ls), 2);
	assert_string_equal(ls.l[0], "Авлигын эсрэг");
	assert_string_equal(ls.l[1], "сургалт зохион");
	free_lines(&ls);
	assert_int_equal(text_wrap("abcdefghij", 4, collect, &ls), 3);
	assert_string_equal(ls.l[0], "abcd");
	assert_string_equal(ls.l[2], "ij");
	free_lines(&ls);
	assert_int_equal(text_wrap("one\ntwo", 10, collect, &ls), 2);
	assert_string_equal(ls.l[1], "two");
	free_lines(&ls);
	assert_int_equal(text_wrap("", 10, collect, &ls), 1);
	assert_string_equal(ls.l[0], "");
	free_lines(&ls);
	assert_int_equal(text_wrap("中文中文", 3, collect, &ls), 4);
	assert_string_equal(ls.l[0], "中");
	free_lines(&ls);
	assert_int_equal(text_wrap("a\x1b" "b", 20, collect, &ls), 1);
	assert_string_equal(ls.l[0], "a\\x1bb");
	free_lines(&ls);
}

static void test_wrap_count(void **state)
{
	(void)state;
	struct lines ls = { { 0 }, 0 };
	text_wrap("aa bb cc", 5, collect, &ls);
	assert_int_equal(ls.n, 2);
	assert_string_equal(ls.l[0], "aa bb");
	assert_string_equal(ls.l[1], "cc");
	free_lines(&ls);
}

static void test_steps(void **state)
{
	(void)state;
	const char *s = "aӨe\xCC\x81中";
	size_t n = strlen(s);
	size_t o = text_next_char(s, n, 0);
	assert_int_equal(o, 1);
	o = text_next_char(s, n, o);
	assert_int_equal(o, 3);
	o = text_next_char(s, n, o);
	assert_int_equal(o, 6);			/* e + combining acute */
	o = text_next_char(s, n, o);
	assert_int_equal(o, 9);
	assert_int_equal(text_next_char(s, n, o), 9);
	assert_int_equal(text_prev_char(s, n, 9), 6);
	assert_int_equal(text_prev_char(s, n, 6), 3);
	assert_int_equal(text_prev_char(s, n, 3), 1);
	assert_int_equal(text_prev_char(s, n, 1), 0);
	assert_int_equal(text_prev_char(s, n, 0), 0);
	assert_int_equal(text_first_control("ok\nfine", 7, true), (size_t)-1);
	assert_int_equal(text_first_control("ok\nfine", 7, false), 2);
	assert_int_equal(text_first_control("a\x1b", 2, true), 1);
	assert_int_equal(text_first_control("a\r\n", 3, true), 1);
}

static int group_c(void **state)
{
	(void)state;
	setlocale(LC_ALL, "C");
	return 0;
}

static int group_utf8(void **state)
{
	(void)state;
	return setlocale(LC_ALL, "C.UTF-8") ? 0 : -1;
}

#define TESTS                                                                                \
	cmocka_unit_test(test_decode_encode), cmocka_unit_test(test_unsafe),                 \
		cmocka_unit_test(test_widths), cmocka_unit_test(test_sanitize),              \
		cmocka_unit_test(test_fold_find), cmocka_unit_test(test_fit),                \
		cmocka_unit_test(test_wrap), cmocka_unit_test(test_wrap_count),              \
		cmocka_unit_test(test_steps)

int main(void)
{
	const struct CMUnitTest c_locale[] = { TESTS };
	const struct CMUnitTest utf8_locale[] = { TESTS };
	int rc = cmocka_run_group_tests_name("text (C locale)", c_locale, group_c, NULL);
	/* Without a C.UTF-8 locale the UTF-8 group is skipped, and says so:
	 * it must not run in the C locale and pass for what it did not test. */
	if (setlocale(LC_ALL, "C.UTF-8")) {
		setlocale(LC_ALL, "C");
		rc += cmocka_run_group_tests_name("text (UTF-8 locale)", utf8_locale, group_utf8, NULL);
	} else {
		printf("[  SKIPPED ] text (UTF-8 locale): %zu test(s), no C.UTF-8 locale here\n",
		       sizeof(utf8_locale) / sizeof(utf8_locale[0]));
	}
	return rc ? 1 : 0;
}
