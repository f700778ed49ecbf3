/* test_errmsg.c — the core's errors (loader, value checks, edits, saves)
 * are catalog messages: each has an English and a Mongolian text taking
 * the same arguments, the English is the wording tolov always printed, and
 * an error set once formats in either language. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tolov/base/i18n.h"
#include "tolov/base/util.h"
#include "tolov/plan/plan.h"
#include "tolov/plan/schema.h"
#include "tolov/yaml/doc.h"

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

/* Every message the loader (plan.c fail), the value checks (schema.c),
 * the edits and the saves set. */
static const enum msg core[] = {
	M_KIND_MAP, M_KIND_LIST, M_KIND_TEXT, M_W_INDICATOR, M_W_STATUS_ENTRY, M_W_ACTIVITY,
	M_W_GOAL, M_E_MISSING_KEY, M_E_MUST_BE_TEXT, M_E_WHOLE_NOT_KIND, M_E_WHOLE_NOT_VALUE,
	M_E_WANT_KIND, M_E_ID_EMPTY, M_E_DUP_ID, M_E_EXTRA_NOT_TEXT,
	M_E_UNKNOWN_QUARTER, M_E_RATING_KIND, M_E_RATING_UNKNOWN, M_E_QUARTER_TWICE,
	M_E_EMPTY_PLAN, M_E_ROOT_KIND, M_E_MISSING_VERSION, M_E_FORMAT_VERSION, M_N_FIRST_ID,
	M_E_YEAR_VALUE, M_E_AMOUNT_VALUE, M_E_AMOUNT_TOO_BIG, M_E_QUARTER_VALUE, M_E_QUARTERS_VALUE, M_E_NOT_SINGLE_VALUE,
	M_E_NOT_IND_NUMBER, M_E_NOT_FIELD_PLAN, M_E_NOT_FIELD_GOAL, M_E_NOT_FIELD_ACT,
	M_E_GOAL_N_INDS, M_E_ACT_N_INDS, M_E_GOAL_ONE_IND, M_E_ACT_ONE_IND, M_E_GOAL_NO_INDS,
	M_E_ACT_NO_INDS, M_E_VALUE_UTF8, M_E_ID_USED, M_E_NOT_A_MAPPING, M_E_NOT_SINGLE,
	M_E_READ_ONLY, M_E_NOT_A_LIST, M_E_NO_SUCH_GOAL_ITEM, M_E_NO_SUCH_ACT_ITEM,
	M_E_NO_SUCH_IND_ITEM, M_E_GOAL_FIRST, M_E_GOAL_LAST, M_E_ACT_FIRST, M_E_ACT_LAST,
	M_E_IND_FIRST, M_E_IND_LAST, M_E_KEY_SHARES_LINE, M_E_CHANGED_ON_DISK, M_E_SAVE,
	M_E_READ_LINK, M_E_SAVE_IS_FOLDER, M_E_SAVE_NOT_REGULAR, M_E_SAVE_ROFS,
	M_E_SAVE_RO_FILE, M_E_SAVE_NO_CREATE, M_E_SAVE_FLUSH, M_H_NOSPC, M_H_DQUOT, M_H_ACCES,
	M_H_ROFS, M_H_IO, M_H_XDEV, M_H_FBIG, M_H_MFILE, M_H_LOOP, M_H_NOENT,
};

/* s without its conversions and punctuation is only ASCII: nothing was
 * translated. */
static bool untranslated(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p >= 0x80)
			return false;
	return true;
}

static void test_core_codes_complete(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(core) / sizeof(core[0]); i++) {
		const char *en = tr_in(LANG_EN, core[i]), *mn = tr_in(LANG_MN, core[i]);
		assert_true(*en && *mn);
		struct sbuf a = SBUF_INIT, b = SBUF_INIT;
		conversions(en, &a);
		conversions(mn, &b);
		if (strcmp(a.buf ? a.buf : "", b.buf ? b.buf : "") != 0)
			fail_msg("\"%s\" and \"%s\" take different arguments", en, mn);
		if (untranslated(mn) && strcmp(mn, "mapping") != 0)
			fail_msg("\"%s\" has no Mongolian text: \"%s\"", en, mn);
		sbuf_free(&a);
		sbuf_free(&b);
	}
	/* the wrappers pass text through unchanged in both languages */
	assert_string_equal(tr_in(LANG_MN, M_E_SYSTEM), tr_in(LANG_EN, M_E_SYSTEM));
}

struct collect {
	struct sbuf en, mn;
};

static void collect(void *ctx, const struct tv_err *e)
{
	struct collect *c = ctx;
	tv_err_format(&c->en, e, LANG_EN);
	tv_err_format(&c->mn, e, LANG_MN);
}

static const char broken[] = "tolov: 1\n"
			     "title: P\n"
			     "goals:\n"
			     "  - id: \"1\"\n"
			     "    activities:\n"
			     "      - id: \"1.1\"\n"
			     "        title: A\n"
			     "        quarters: [5]\n"
			     "        status: {q2: {rating: 50}, q5: {rating: 100}}\n"
			     "      - id: \"1.1\"\n"
			     "        title: B\n";

static void build_broken(enum lang l, struct collect *c)
{
	i18n_set(l);
	struct doc *d = NULL;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(doc_from_buffer(&d, "p.yaml", xstrdup(broken), strlen(broken), &err), 0);
	struct plan *p = NULL;
	assert_int_equal(plan_build_all(&p, d, collect, c), 5);
	assert_null(p);
	doc_free(d);
	i18n_set(LANG_EN);
}

/* The loader's errors keep their English wording and positions, and the
 * same errors read in Mongolian. */
static void test_loader_both_languages(void **state)
{
	(void)state;
	struct collect c = { SBUF_INIT, SBUF_INIT };
	build_broken(LANG_EN, &c);
	assert_string_equal(c.en.buf,
			    "p.yaml:4:5: error: missing key 'title'\n"
			    "p.yaml:8:20: error: a quarter is 1, 2, 3 or 4, not '5'\n"
			    "p.yaml:9:31: error: unknown rating '50': use 100, 70, 30, 0 or not-due\n"
			    "p.yaml:9:36: error: unknown quarter 'q5' in 'status': use q1, q2, q3 or q4\n"
			    "p.yaml:10:13: error: duplicate id \"1.1\" (first used at line 6)\n"
			    "p.yaml:6:13: note: \"1.1\" is first used here\n");
	assert_string_equal(c.mn.buf,
			    "p.yaml:4:5: error: 'title' түлхүүр алга\n"
			    "p.yaml:8:20: error: улирал нь 1, 2, 3 эсвэл 4 байна, '5' биш\n"
			    "p.yaml:9:31: error: '50' үнэлгээ танигдахгүй: 100, 70, 30, 0 эсвэл not-due "
			    "хэрэглэнэ үү\n"
			    "p.yaml:9:36: error: 'q5' улирал ('status' дотор) танигдахгүй: q1, q2, q3 "
			    "эсвэл q4 хэрэглэнэ үү\n"
			    "p.yaml:10:13: error: \"1.1\" дугаар давхардсан (эхлээд 6-р мөрөнд)\n"
			    "p.yaml:6:13: note: \"1.1\" эхлээд энд байна\n");
	sbuf_free(&c.en);
	sbuf_free(&c.mn);
}

/* The kind of a node is named in the language current when the plan is
 * read. */
static void test_loader_kind_words(void **state)
{
	(void)state;
	static const char src[] = "tolov: 1\ntitle: P\ngoals:\n  - text\n";
	for (int l = LANG_EN; l <= LANG_MN; l++) {
		i18n_set((enum lang)l);
		struct doc *d = NULL;
		assert_int_equal(doc_from_buffer(&d, "k.yaml", xstrdup(src), strlen(src), NULL), 0);
		struct plan *p = NULL;
		struct tv_err err = TV_ERR_INIT;
		assert_int_equal(plan_build(&p, d, &err), -1);
		struct sbuf b = SBUF_INIT;
		tv_err_message(&b, &err, (enum lang)l);
		assert_string_equal(b.buf, l == LANG_EN ? "a goal must be a mapping, not text"
							: "зорилт нь mapping байх ёстой, текст биш");
		sbuf_free(&b);
		tv_err_clear(&err);
		doc_free(d);
	}
	i18n_set(LANG_EN);
}

/* schema_check's reasons (shown by set, :set and the editor) follow the
 * current language. */
static void test_value_checks(void **state)
{
	(void)state;
	static const struct {
		enum st type;
		const char *val, *en, *mn;
	} t[] = {
		{ ST_RATING, "50", "unknown rating '50': use 100, 70, 30, 0 or not-due",
		  "'50' үнэлгээ танигдахгүй: 100, 70, 30, 0 эсвэл not-due хэрэглэнэ үү" },
		{ ST_AMOUNT, "abc", "an amount is a whole number of at least 0, not 'abc'",
		  "дүн нь 0-ээс багагүй бүхэл тоо байна, 'abc' биш" },
		{ ST_YEAR, "0", "a year is a whole number from 1 to 9999, not '0'",
		  "он нь 1-ээс 9999 хүртэлх бүхэл тоо байна, '0' биш" },
		{ ST_QUARTERS, "5", "a quarter is 1, 2, 3 or 4, not '5'",
		  "улирал нь 1, 2, 3 эсвэл 4 байна, '5' биш" },
		{ ST_QUARTERS, "4-2", "quarters are 1 to 4, as in 2,3 or 1-4, not '4-2'",
		  "улирал нь 1-ээс 4 хүртэл, жишээ нь 2,3 эсвэл 1-4 байна, '4-2' биш" },
		{ ST_ID, "", "an id must not be empty", "дугаар хоосон байж болохгүй" },
	};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		for (int l = LANG_EN; l <= LANG_MN; l++) {
			i18n_set((enum lang)l);
			struct tv_err why = TV_ERR_INIT;
			struct sbuf m = SBUF_INIT;
			assert_int_equal(schema_check(t[i].type, t[i].val, NULL, NULL, &why), -1);
			tv_err_message(&m, &why, (enum lang)l);
			assert_string_equal(m.buf, l == LANG_EN ? t[i].en : t[i].mn);
			sbuf_free(&m);
			tv_err_clear(&why);
		}
	}
	i18n_set(LANG_EN);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_core_codes_complete),
		cmocka_unit_test(test_loader_both_languages),
		cmocka_unit_test(test_loader_kind_words),
		cmocka_unit_test(test_value_checks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
