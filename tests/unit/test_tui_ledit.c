/*
 * test_tui_ledit.c — the interface's one-line editor (ledit.h) without a
 * terminal: whole characters inserted and deleted (Cyrillic, combining
 * marks, wide characters), cursor keys, word and line deletion, Enter/Esc,
 * and horizontal scrolling measured in display columns.
 */
#include <curses.h>	/* KEY_* codes only */

#include "testutil.h"

#include "tolov/base/text.h"
#include "tolov/tui/keys.h"
#include "tolov/tui/ledit.h"

static void type(struct ledit *le, const char *utf8)
{
	for (size_t i = 0; utf8[i];) {
		uint32_t cp;
		size_t k = utf8_decode(utf8 + i, strlen(utf8 + i), &cp);
		assert_int_equal(ledit_key(le, (int)cp), LE_CONT);
		i += k;
	}
}

static const char *text(const struct ledit *le)
{
	return le->text.buf ? le->text.buf : "";
}

static void test_insert_and_delete_cyrillic(void **state)
{
	(void)state;
	struct ledit *le = ledit_new("");
	type(le, "АөБ");
	assert_string_equal(text(le), "АөБ");
	assert_int_equal(le->cur, 6);
	ledit_key(le, TK(KEY_LEFT));
	assert_int_equal(le->cur, 4);
	ledit_key(le, TK(KEY_BACKSPACE));	/* ө, both bytes */
	assert_string_equal(text(le), "АБ");
	ledit_key(le, TK(KEY_HOME));
	ledit_key(le, TK(KEY_DC));
	assert_string_equal(text(le), "Б");
	ledit_key(le, TK_CTRL('e'));
	type(le, "x");
	assert_string_equal(text(le), "Бx");
	ledit_free(le);
}

static void test_combining_mark_is_one_character(void **state)
{
	(void)state;
	struct ledit *le = ledit_new("e\xCC\x81z");	/* e + U+0301, z */
	ledit_key(le, TK(KEY_LEFT));
	ledit_key(le, TK(KEY_LEFT));
	assert_int_equal(le->cur, 0);
	ledit_key(le, TK(KEY_DC));
	assert_string_equal(text(le), "z");
	ledit_free(le);
}

static void test_kill_keys(void **state)
{
	(void)state;
	struct ledit *le = ledit_new("one two  three");
	ledit_key(le, TK_CTRL('w'));
	assert_string_equal(text(le), "one two  ");
	ledit_key(le, TK_CTRL('w'));
	assert_string_equal(text(le), "one ");
	ledit_key(le, TK_CTRL('a'));
	ledit_key(le, TK_CTRL('k'));
	assert_string_equal(text(le), "");
	ledit_free(le);
	le = ledit_new("abc");
	ledit_key(le, TK(KEY_LEFT));
	ledit_key(le, TK_CTRL('u'));
	assert_string_equal(text(le), "c");
	assert_int_equal(le->cur, 0);
	ledit_free(le);
}

static void test_enter_escape_and_controls(void **state)
{
	(void)state;
	struct ledit *le = ledit_new("a");
	assert_int_equal(ledit_key(le, '\r'), LE_DONE);
	assert_int_equal(ledit_key(le, TK(KEY_ENTER)), LE_DONE);
	assert_int_equal(ledit_key(le, 27), LE_CANCEL);
	/* control characters never enter the text; a tab becomes a blank */
	ledit_key(le, 0x1f);	/* Ctrl-_ : no binding */
	ledit_key(le, 0x7f);	/* Backspace on some terminals */
	assert_string_equal(text(le), "");
	ledit_key(le, '\t');
	ledit_key(le, 0x202E);	/* bidi override: refused */
	assert_string_equal(text(le), " ");
	ledit_free(le);
}

static void test_scroll_keeps_cursor_in_field(void **state)
{
	(void)state;
	struct ledit *le = ledit_new("");
	for (int i = 0; i < 30; i++)
		ledit_key(le, 'a' + i % 26);
	struct ledit_view v;
	ledit_layout(le, 10, &v);
	assert_true(v.cursor >= 0 && v.cursor < 10);
	assert_true(v.cut_left);
	assert_true(le->hscroll > 0);
	/* back to the start: no cut, cursor in column 0 */
	ledit_key(le, TK(KEY_HOME));
	ledit_layout(le, 10, &v);
	assert_int_equal(le->hscroll, 0);
	assert_false(v.cut_left);
	assert_int_equal(v.cursor, 0);
	assert_int_equal(v.off, 0);
	ledit_free(le);
}

static void test_wide_characters_measured_in_columns(void **state)
{
	(void)state;
	struct ledit *le = ledit_new("\xE6\xBC\xA2\xE5\xAD\x97");	/* two CJK, 4 columns */
	struct ledit_view v;
	ledit_layout(le, 20, &v);
	assert_int_equal(v.cursor, 4);
	ledit_free(le);
}

static void test_tiny_field(void **state)
{
	(void)state;
	/* after a resize to 1 column and back, the layout recovers */
	struct ledit *le = ledit_new("goto 3.2");
	struct ledit_view v;
	ledit_layout(le, 1, &v);
	assert_int_equal(v.cursor, 0);
	ledit_layout(le, 40, &v);
	assert_int_equal(le->hscroll, 0);
	assert_false(v.cut_left);
	assert_int_equal(v.cursor, 8);
	ledit_free(le);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_insert_and_delete_cyrillic),
		cmocka_unit_test(test_combining_mark_is_one_character),
		cmocka_unit_test(test_kill_keys),
		cmocka_unit_test(test_enter_escape_and_controls),
		cmocka_unit_test(test_scroll_keeps_cursor_in_field),
		cmocka_unit_test(test_wide_characters_measured_in_columns),
		cmocka_unit_test(test_tiny_field),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
