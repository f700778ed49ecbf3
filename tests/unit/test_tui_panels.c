/*
 * test_tui_panels.c — the panel registry (tolov/tui/panels.h) and the
 * screen laid out from it: at 80x24 the four panels stand where they
 * always have; at any size the rows tile the body and the panels tile
 * their row, with no gap and no overlap; the key scopes and repaint bits
 * have one bit per registered panel.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "tolov/tui/keys.h"
#include "tolov/tui/sel.h"

static void test_four_panels_at_80x24(void **state)
{
	(void)state;
	assert_int_equal(P__COUNT, 4);
	struct panel_rect r[P__COUNT];
	/* the top and bottom lines leave 22 rows */
	panels_place(1, 22, 80, r, P__COUNT);
	const struct panel_rect want[P__COUNT] = {
		[P_GOALS] = { 1, 0, 11, 30 }, [P_ACTS] = { 1, 30, 11, 50 },
		[P_DETAIL] = { 12, 0, 11, 48 }, [P_STATUS] = { 12, 48, 11, 32 },
	};
	for (int i = 0; i < P__COUNT; i++) {
		assert_int_equal(r[i].y, want[i].y);
		assert_int_equal(r[i].x, want[i].x);
		assert_int_equal(r[i].h, want[i].h);
		assert_int_equal(r[i].w, want[i].w);
	}
}

static void test_panels_tile_every_size(void **state)
{
	(void)state;
	for (int rows = 24; rows <= 120; rows += 7) {
		for (int cols = 80; cols <= 330; cols += 13) {
			int top = 1, body = rows - 2;
			struct panel_rect r[P__COUNT];
			panels_place(top, body, cols, r, P__COUNT);
			/* every cell of the body belongs to exactly one panel */
			int cells = 0;
			for (int i = 0; i < P__COUNT; i++) {
				assert_true(r[i].h > 0 && r[i].w > 0);
				assert_true(r[i].y >= top && r[i].y + r[i].h <= top + body);
				assert_true(r[i].x >= 0 && r[i].x + r[i].w <= cols);
				cells += r[i].h * r[i].w;
				for (int j = 0; j < i; j++) {
					bool apart = r[i].x + r[i].w <= r[j].x || r[j].x + r[j].w <= r[i].x ||
						     r[i].y + r[i].h <= r[j].y || r[j].y + r[j].h <= r[i].y;
					assert_true(apart);
				}
			}
			assert_int_equal(cells, body * cols);
		}
	}
}

static void test_bits_follow_the_registry(void **state)
{
	(void)state;
	assert_int_equal(SC_ALL, (1u << P__COUNT) - 1);
	unsigned all = 0;
	for (int i = 0; i < P__COUNT; i++) {
		assert_int_equal(all & SC_OF(i), 0);
		all |= SC_OF(i);
	}
	assert_int_equal(all, SC_ALL);
	/* Tab visits every panel once */
	enum panel p = P_GOALS;
	for (int i = 0; i < P__COUNT; i++)
		p = sel_focus_step(p, 1);
	assert_int_equal(p, P_GOALS);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_four_panels_at_80x24),
		cmocka_unit_test(test_panels_tile_every_size),
		cmocka_unit_test(test_bits_follow_the_registry),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
