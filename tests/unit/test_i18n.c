/* test_i18n.c — both languages complete, printf conversions that agree,
 * and the language choice from option, TOLOV_LANG and the locale. */
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <cmocka.h>

#include "tolov/base/i18n.h"
#include "tolov/base/util.h"

/* The conversions of a printf format, in order ("%s%zu"), "%%" left out. */
static void conversions(const char *f, struct sbuf *out)
{
	for (const char *p = f; *p; p++) {
		if (*p != '%')
			continue;
		if (p[1] == '%') {
			p++;
			continue;
		}
		sbuf_addc(out, '%');
		p++;
		while (*p && strchr("0123456789.-+ #*zlh", *p))
			sbuf_addc(out, *p++);
		if (*p)
			sbuf_addc(out, *p);
		else
			break;
	}
}

static void test_complete(void **state)
{
	(void)state;
	for (int m = 0; m < M__COUNT; m++) {
		const char *en = tr_in(LANG_EN, (enum msg)m), *mn = tr_in(LANG_MN, (enum msg)m);
		assert_non_null(en);
		assert_non_null(mn);
		assert_true(*en);
		assert_true(*mn);
		struct sbuf a = SBUF_INIT, b = SBUF_INIT;
		conversions(en, &a);
		conversions(mn, &b);
		if (strcmp(a.buf ? a.buf : "", b.buf ? b.buf : "") != 0)
			fail_msg("message %d: \"%s\" and \"%s\" take different arguments", m, en, mn);
		sbuf_free(&a);
		sbuf_free(&b);
	}
	assert_string_equal(tr_in(LANG_EN, M__COUNT), "");
}

/* Every conversion in the catalog is one tv_err_format can print from the
 * arguments it keeps (util.c): strings, characters, signed and unsigned
 * integers with any length modifier, and no positional ("%1$s") forms,
 * whose order the two languages could not share. */
static const char *const msg_names[M__COUNT] = {
#define NAME_OF(id, en, mn) [id] = #id,
	TOLOV_MESSAGES(NAME_OF)
#undef NAME_OF
#define COUNT_NAME_OF(id, one, other, mn) [id] = #id,
	TOLOV_MSG_COUNT(COUNT_NAME_OF)
#undef COUNT_NAME_OF
};

static bool ends_with(const char *s, const char *tail)
{
	size_t a = strlen(s), b = strlen(tail);
	return a >= b && strcmp(s + a - b, tail) == 0;
}

static void test_conversions_supported(void **state)
{
	(void)state;
	for (int m = 0; m < M__COUNT; m++) {
		/* a command's help and synopsis are printed as they are, never
		 * as formats (git's "%O %A %B %P" stays as written) */
		if (ends_with(msg_names[m], "_HELP") || ends_with(msg_names[m], "_SYNOPSIS"))
			continue;
		for (int l = LANG_EN; l <= LANG_MN; l++) {
			struct sbuf a = SBUF_INIT;
			conversions(tr_in((enum lang)l, (enum msg)m), &a);
			for (const char *p = a.buf ? a.buf : ""; *p; p++) {
				if (*p != '%')
					continue;
				const char *q = p + 1;
				while (*q && *q != '%' && !strchr("scdiuxXo", *q)) {
					if (!strchr("0123456789.-+ #zlh", *q))
						fail_msg("%s: unsupported conversion in \"%s\"", msg_names[m],
							 tr_in((enum lang)l, (enum msg)m));
					q++;
				}
				if (!*q || *q == '%')
					fail_msg("%s: conversion without a type in \"%s\"", msg_names[m],
						 tr_in((enum lang)l, (enum msg)m));
			}
			sbuf_free(&a);
		}
	}
}

/* The same arguments give the message in either language. */
static void test_error_in_both_languages(void **state)
{
	(void)state;
	struct tv_err e = TV_ERR_INIT;
	tv_err_at(&e, "p.yaml", 2, 5, M_E_DUP_KEY, "%s%u", "year", 1u);
	struct sbuf en = SBUF_INIT, mn = SBUF_INIT;
	tv_err_format(&en, &e, LANG_EN);
	tv_err_format(&mn, &e, LANG_MN);
	assert_string_equal(en.buf, "p.yaml:2:5: error: duplicate key 'year' (first at line 1)\n");
	assert_string_equal(mn.buf, "p.yaml:2:5: error: 'year' түлхүүр давхардсан (эхнийх нь 1-р мөрөнд)\n");
	sbuf_free(&en);
	sbuf_free(&mn);
	tv_err_clear(&e);
}

static void clear_env(void)
{
	unsetenv("TOLOV_LANG");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANG");
}

/* Every count message, run through 0, 1 and 2 in both languages: one
 * %zu in each form; English says "1 goal" and "0 goals", "2 goals"
 * (the noun of the other form with its plural); Mongolian has one form
 * for every number ("1 зорилт", "2 зорилт"); the forms differ only in
 * English, and only where the word has a plural. */
static void test_counts_zero_one_two(void **state)
{
	(void)state;
	static const struct { enum msg m; const char *one, *other, *mn; } known[] = {
		{ M_N_GOALS, "1 goal", "2 goals", "2 зорилт" },
		{ M_N_ACTIVITIES, "1 activity", "2 activities", "2 арга хэмжээ" },
		{ M_N_INDICATORS, "1 indicator", "2 indicators", "2 шалгуур үзүүлэлт" },
		{ M_N_WARNINGS, "1 warning", "2 warnings", "2 анхааруулга" },
		{ M_N_OVERDUE, "1 overdue", "2 overdue", "2 хугацаа хэтэрсэн" },
		{ M_N_CONFLICTS, "1 merge conflict", "2 merge conflicts", "2 нийлүүлэлтийн зөрчил" },
	};
	for (size_t k = 0; k < sizeof known / sizeof known[0]; k++) {
		struct sbuf b = SBUF_INIT;
		tv_count(&b, LANG_EN, known[k].m, 1);
		assert_string_equal(b.buf, known[k].one);
		sbuf_reset(&b);
		tv_count(&b, LANG_EN, known[k].m, 2);
		assert_string_equal(b.buf, known[k].other);
		sbuf_reset(&b);
		tv_count(&b, LANG_MN, known[k].m, 2);
		assert_string_equal(b.buf, known[k].mn);
		sbuf_free(&b);
	}
	size_t n_counts = 0;
	for (int m = 0; m < M__COUNT; m++) {
		if (!msg_is_count((enum msg)m)) {
			/* not a count: its text for any number */
			assert_ptr_equal(tr_count_in(LANG_EN, (enum msg)m, 1), tr_in(LANG_EN, (enum msg)m));
			continue;
		}
		n_counts++;
		for (int l = LANG_EN; l <= LANG_MN; l++)
			for (size_t n = 0; n <= 2; n++) {
				const char *f = tr_count_in((enum lang)l, (enum msg)m, n);
				struct sbuf c = SBUF_INIT, b = SBUF_INIT, want = SBUF_INIT;
				conversions(f, &c);
				if (strcmp(c.buf ? c.buf : "", "%zu") != 0)
					fail_msg("%s: \"%s\" must take one %%zu", msg_names[m], f);
				tv_count(&b, (enum lang)l, (enum msg)m, n);
				sbuf_addf(&want, "%zu ", n);
				/* the number first, then the word */
				if (strncmp(b.buf, want.buf, want.len) != 0)
					fail_msg("%s for %zu: \"%s\"", msg_names[m], n, b.buf);
				sbuf_free(&c);
				sbuf_free(&b);
				sbuf_free(&want);
			}
		/* 0 and 2 share the form; Mongolian has one for all */
		assert_ptr_equal(tr_count_in(LANG_EN, (enum msg)m, 0), tr_count_in(LANG_EN, (enum msg)m, 2));
		assert_ptr_equal(tr_count_in(LANG_MN, (enum msg)m, 1), tr_count_in(LANG_MN, (enum msg)m, 2));
		assert_ptr_equal(tr_count_in(LANG_EN, (enum msg)m, 2), tr_in(LANG_EN, (enum msg)m));
	}
	assert_true(n_counts >= 10);
}

static void test_detect(void **state)
{
	(void)state;
	bool bad;
	clear_env();
	assert_int_equal(i18n_detect(NULL, &bad), LANG_EN);
	assert_int_equal(i18n_detect("mn", &bad), LANG_MN);
	assert_false(bad);
	assert_int_equal(i18n_detect("en", &bad), LANG_EN);
	assert_false(bad);
	assert_int_equal(i18n_detect("fr", &bad), LANG_EN);
	assert_true(bad);
	setenv("LANG", "mn_MN.UTF-8", 1);
	assert_int_equal(i18n_detect(NULL, NULL), LANG_MN);
	setenv("LC_MESSAGES", "en_US.UTF-8", 1);
	assert_int_equal(i18n_detect(NULL, NULL), LANG_EN);
	setenv("LC_ALL", "mn_MN.UTF-8", 1);
	assert_int_equal(i18n_detect(NULL, NULL), LANG_MN);
	setenv("TOLOV_LANG", "en", 1);
	assert_int_equal(i18n_detect(NULL, NULL), LANG_EN);
	assert_int_equal(i18n_detect("mn", NULL), LANG_MN);
	clear_env();
	setenv("LC_ALL", "", 1);
	setenv("LANG", "mn", 1);
	assert_int_equal(i18n_detect(NULL, NULL), LANG_MN);
	clear_env();
}

static void test_set(void **state)
{
	(void)state;
	i18n_set(LANG_MN);
	assert_int_equal(i18n_get(), LANG_MN);
	assert_string_equal(tr(M_GOALS), "Зорилтууд");
	i18n_set(LANG_EN);
	assert_string_equal(tr(M_GOALS), "Goals");
}

/* Every system error a user meets has its words in both languages: the
 * English as the C library says it, the Mongolian in Cyrillic and
 * different; tr_errno follows the chosen language; another number falls
 * back to strerror. */
static void test_errno_in_both_languages(void **state)
{
	(void)state;
	static const int met[] = {
		ENOENT, EACCES, EPERM, ENOSPC, EROFS, EISDIR, ENOTDIR, EEXIST,
#ifdef EDQUOT
		EDQUOT,
#endif
		EIO, ELOOP, ENAMETOOLONG, EBUSY,
#ifdef ETXTBSY
		ETXTBSY,
#endif
		EMFILE, ENFILE, EFBIG, EXDEV, ENOMEM, EPIPE, EAGAIN, EINVAL,
	};
	for (size_t i = 0; i < sizeof(met) / sizeof(met[0]); i++) {
		int e = met[i];
		assert_true(tr_errno_known(e));
		const char *en = tr_errno_in(LANG_EN, e), *mn = tr_errno_in(LANG_MN, e);
		assert_true(*en && *mn);
		assert_string_not_equal(en, mn);
		if (!strstr(mn, "\xd0") && !strstr(mn, "\xd1") && !strstr(mn, "\xd2") &&
		    !strstr(mn, "\xd3"))
			fail_msg("errno %d: \"%s\" is not Mongolian", e, mn);
		for (const char *c = en; *c; c++)
			assert_true((unsigned char)*c < 0x80);
		i18n_set(LANG_MN);
		assert_string_equal(tr_errno(e), mn);
		i18n_set(LANG_EN);
		assert_string_equal(tr_errno(e), en);
	}
	assert_string_equal(tr_errno_in(LANG_EN, ENOENT), "No such file or directory");
	assert_false(tr_errno_known(EDOM));
	assert_string_equal(tr_errno_in(LANG_MN, EDOM), strerror(EDOM));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_complete),
		cmocka_unit_test(test_conversions_supported),
		cmocka_unit_test(test_counts_zero_one_two),
		cmocka_unit_test(test_error_in_both_languages),
		cmocka_unit_test(test_detect),
		cmocka_unit_test(test_set),
		cmocka_unit_test(test_errno_in_both_languages),
	};
	return cmocka_run_group_tests_name("i18n", tests, NULL, NULL);
}
