/*
 * test_tui_keydec.c — bytes into keys without a terminal (keydec.h):
 * every split of 2-, 3- and 4-byte UTF-8 characters across reads, an
 * incomplete character dropped without eating the next one, Esc followed
 * by a key as Esc and then the key, the CSI and SS3 forms of arrows,
 * Home/End and function keys, unknown sequences dropped whole, and what
 * the input stopping (keydec_timeout) makes of what was pending.
 */
#include <curses.h>	/* KEY_* codes only */

#include "testutil.h"

#include "tolov/tui/keydec.h"
#include "tolov/tui/keys.h"

#define TIMEOUT (-1)	/* in a script: the input stops here */

/*
 * Feed a script of events (bytes 0..255, TK keys, TIMEOUT) and collect
 * the keys; ends with a timeout so nothing stays pending. Returns the
 * count written to keys.
 */
static int run(const int *ev, size_t n_ev, int *keys, size_t cap)
{
	struct keydec d = KEYDEC_INIT;
	int n = 0, out[KEYDEC_OUT_MAX];
	for (size_t i = 0; i <= n_ev; i++) {
		int k;
		if (i == n_ev || ev[i] == TIMEOUT)
			k = keydec_timeout(&d, out);
		else
			k = keydec_feed(&d, ev[i], out);
		assert_true(k >= 0 && k <= KEYDEC_OUT_MAX);
		for (int j = 0; j < k; j++) {
			assert_true((size_t)n < cap);
			keys[n++] = out[j];
		}
	}
	assert_false(keydec_pending(&d));
	return n;
}

/* The bytes of s, with TIMEOUT nowhere: one script. */
static size_t bytes(const char *s, int *ev)
{
	size_t n = 0;
	for (; *s; s++)
		ev[n++] = (unsigned char)*s;
	return n;
}

#define RUN(evs, keys) run(evs, sizeof evs / sizeof evs[0], keys, sizeof keys / sizeof keys[0])

/*
 * Every way to split each character's bytes into reads must give the
 * character, whole and once. Between reads the decoder is pending (it
 * waits), never giving a key early; keys around it ("А" before, "Б"
 * after) are untouched.
 */
static void test_utf8_every_split(void **state)
{
	(void)state;
	static const struct { const char *s; int cp; } ch[] = {
		{ "\xD3\xA9", 0x04E9 },		/* ө */
		{ "\xD0\x96", 0x0416 },		/* Ж */
		{ "\xE2\x82\xAC", 0x20AC },	/* € */
		{ "\xE2\x80\xA6", 0x2026 },	/* … */
		{ "\xE0\xA4\x95", 0x0915 },	/* क */
		{ "\xED\x9F\xBF", 0xD7FF },
		{ "\xF0\x9F\x98\x80", 0x1F600 },	/* 😀 */
		{ "\xF4\x8F\xBF\xBF", 0x10FFFF },
	};
	for (size_t c = 0; c < sizeof ch / sizeof ch[0]; c++) {
		size_t len = strlen(ch[c].s);
		/* a split is a set of cut points between the bytes */
		for (unsigned cuts = 0; cuts < (1u << (len - 1)); cuts++) {
			struct keydec d = KEYDEC_INIT;
			int out[KEYDEC_OUT_MAX];
			assert_int_equal(keydec_feed(&d, 0xD0, out), 0);	/* А */
			assert_int_equal(keydec_feed(&d, 0x90, out), 1);
			assert_int_equal(out[0], 0x0410);
			for (size_t i = 0; i < len; i++) {
				int k = keydec_feed(&d, (unsigned char)ch[c].s[i], out);
				if (i + 1 < len) {
					assert_int_equal(k, 0);
					/* a cut: the read ends, the decoder waits */
					if (cuts & (1u << i))
						assert_true(keydec_pending(&d));
				} else {
					assert_int_equal(k, 1);
					assert_int_equal(out[0], ch[c].cp);
				}
			}
			assert_false(keydec_pending(&d));
			assert_int_equal(keydec_feed(&d, 0xD0, out), 0);	/* Б */
			assert_int_equal(keydec_feed(&d, 0x91, out), 1);
			assert_int_equal(out[0], 0x0411);
		}
	}
}

/* An incomplete character followed by another key: dropped, and the key
 * after it is kept, whatever it is. */
static void test_utf8_incomplete_keeps_next(void **state)
{
	(void)state;
	int keys[8];
	const int a[] = { 0xE2, 0x82, 'x' };
	assert_int_equal(RUN(a, keys), 1);
	assert_int_equal(keys[0], 'x');
	const int b[] = { 0xF0, 0x9F, 0xD3, 0xA9 };	/* the next is a letter */
	assert_int_equal(RUN(b, keys), 1);
	assert_int_equal(keys[0], 0x04E9);
	const int c[] = { 0xD3, 27, '?' };	/* the next is Esc ? */
	assert_int_equal(RUN(c, keys), 2);
	assert_int_equal(keys[0], 27);
	assert_int_equal(keys[1], '?');
	const int e[] = { 0xE2, 0x82, TK(KEY_DOWN) };	/* or a key curses read */
	assert_int_equal(RUN(e, keys), 1);
	assert_int_equal(keys[0], TK(KEY_DOWN));
}

/* An incomplete character whose rest never comes: dropped at the
 * timeout; the next key comes through. */
static void test_utf8_incomplete_times_out(void **state)
{
	(void)state;
	int keys[8];
	const int a[] = { 0xE2, 0x82, TIMEOUT, 'y' };
	assert_int_equal(RUN(a, keys), 1);
	assert_int_equal(keys[0], 'y');
	const int b[] = { 0xD3, TIMEOUT, 0xA9, 'z' };	/* a late continuation alone */
	assert_int_equal(RUN(b, keys), 1);
	assert_int_equal(keys[0], 'z');
}

/* Bytes that are not UTF-8 are dropped, and do not eat what follows. */
static void test_utf8_invalid_bytes(void **state)
{
	(void)state;
	int keys[8];
	const int a[] = { 0x80, 0xBF, 0xC0, 0xC1, 0xF5, 0xFF, 'q' };
	assert_int_equal(RUN(a, keys), 1);
	assert_int_equal(keys[0], 'q');
	/* overlong and surrogate forms */
	const int b[] = { 0xE0, 0x80, 0x80, 0xED, 0xA0, 0x80, 0xF0, 0x80, 'r' };
	int n = RUN(b, keys);
	assert_int_equal(keys[n - 1], 'r');
	for (int i = 0; i < n - 1; i++)	/* nothing but stray ASCII from them */
		assert_true(keys[i] < 0x80);
}

/* Esc followed at once by a key that starts no sequence: Esc, then it. */
static void test_esc_then_key(void **state)
{
	(void)state;
	int keys[8];
	static const int after[] = { '?', 's', 'q', 'j', '7', '\n', ':', '/', TK_CTRL('s'),
				     TK_CTRL('r'), 127, ' ' };
	for (size_t i = 0; i < sizeof after / sizeof after[0]; i++) {
		int ev[2] = { 27, after[i] };
		assert_int_equal(RUN(ev, keys), 2);
		assert_int_equal(keys[0], 27);
		assert_int_equal(keys[1], after[i]);
	}
	/* Esc and a Cyrillic letter */
	const int cy[] = { 27, 0xD3, 0xA9 };
	assert_int_equal(RUN(cy, keys), 2);
	assert_int_equal(keys[0], 27);
	assert_int_equal(keys[1], 0x04E9);
	/* Esc Esc: two Escs */
	const int ee[] = { 27, 27 };
	assert_int_equal(RUN(ee, keys), 2);
	assert_int_equal(keys[0], 27);
	assert_int_equal(keys[1], 27);
	/* Esc then a key curses read whole */
	const int ek[] = { 27, TK(KEY_F(1)) };
	assert_int_equal(RUN(ek, keys), 2);
	assert_int_equal(keys[0], 27);
	assert_int_equal(keys[1], TK(KEY_F(1)));
	/* a lone Esc is Esc */
	const int lone[] = { 27, TIMEOUT, 'j' };
	assert_int_equal(RUN(lone, keys), 2);
	assert_int_equal(keys[0], 27);
	assert_int_equal(keys[1], 'j');
}

/* Esc [ and Esc O with nothing after them: Esc, then [ or O (the user
 * pressed Esc, then [ to pick the previous quarter). */
static void test_esc_intro_alone(void **state)
{
	(void)state;
	int keys[8];
	static const int intro[] = { '[', 'O', ']', 'P', '_', '^', 'X' };
	for (size_t i = 0; i < sizeof intro / sizeof intro[0]; i++) {
		int ev[4] = { 27, intro[i], TIMEOUT, 'k' };
		assert_int_equal(RUN(ev, keys), 3);
		assert_int_equal(keys[0], 27);
		assert_int_equal(keys[1], intro[i]);
		assert_int_equal(keys[2], 'k');
	}
}

struct seq {
	const char *bytes;
	int key;	/* -1: dropped */
};

/* The keys of the CSI and SS3 forms, and sequences dropped whole. */
static void test_sequences(void **state)
{
	(void)state;
	static const struct seq seqs[] = {
		{ "\033[A", TK(KEY_UP) }, { "\033[B", TK(KEY_DOWN) },
		{ "\033[C", TK(KEY_RIGHT) }, { "\033[D", TK(KEY_LEFT) },
		{ "\033OA", TK(KEY_UP) }, { "\033OB", TK(KEY_DOWN) },
		{ "\033OC", TK(KEY_RIGHT) }, { "\033OD", TK(KEY_LEFT) },
		{ "\033[H", TK(KEY_HOME) }, { "\033[F", TK(KEY_END) },
		{ "\033OH", TK(KEY_HOME) }, { "\033OF", TK(KEY_END) },
		{ "\033[1~", TK(KEY_HOME) }, { "\033[4~", TK(KEY_END) },
		{ "\033[7~", TK(KEY_HOME) }, { "\033[8~", TK(KEY_END) },
		{ "\033[2~", TK(KEY_IC) }, { "\033[3~", TK(KEY_DC) },
		{ "\033[5~", TK(KEY_PPAGE) }, { "\033[6~", TK(KEY_NPAGE) },
		{ "\033[Z", TK(KEY_BTAB) },
		{ "\033OP", TK(KEY_F(1)) }, { "\033OS", TK(KEY_F(4)) },
		{ "\033[11~", TK(KEY_F(1)) }, { "\033[15~", TK(KEY_F(5)) },
		{ "\033[17~", TK(KEY_F(6)) }, { "\033[24~", TK(KEY_F(12)) },
		{ "\033[1;5B", TK(KEY_DOWN) }, { "\033[1;2A", TK(KEY_UP) },
		{ "\033[3;5~", TK(KEY_DC) }, { "\033O5A", TK(KEY_UP) },
		/* dropped whole */
		{ "\033[200~", -1 }, { "\033[201~", -1 }, { "\033[?1;2c", -1 },
		{ "\033[>0;95;0c", -1 }, { "\033[99~", -1 }, { "\033[12;40R", -1 },
		{ "\033[I", -1 }, { "\033[O", -1 }, { "\033Ox", -1 },
		{ "\033]2;title\007", -1 }, { "\033]11;rgb:0/0/0\033\\", -1 },
		{ "\033P1$r0m\033\\", -1 }, { "\033_app\007", -1 },
	};
	for (size_t i = 0; i < sizeof seqs / sizeof seqs[0]; i++) {
		int ev[64], keys[8];
		size_t n = bytes(seqs[i].bytes, ev);
		ev[n++] = 'j';	/* and the key after it is kept */
		int k = run(ev, n, keys, 8);
		if (k != (seqs[i].key < 0 ? 1 : 2))
			print_message("sequence %zu: %d keys\n", i, k);
		if (seqs[i].key < 0) {
			assert_int_equal(k, 1);
		} else {
			assert_int_equal(k, 2);
			assert_int_equal(keys[0], seqs[i].key);
		}
		assert_int_equal(keys[k - 1], 'j');
	}
}

/* A sequence split across reads is still one key; one cut short by a
 * control byte or Esc is dropped and the byte is taken afresh. */
static void test_sequence_cut(void **state)
{
	(void)state;
	int keys[8];
	const int split[] = { 27, '[', '1', ';', '5' };	/* then B in the next read */
	struct keydec d = KEYDEC_INIT;
	int out[KEYDEC_OUT_MAX];
	for (size_t i = 0; i < sizeof split / sizeof split[0]; i++)
		assert_int_equal(keydec_feed(&d, split[i], out), 0);
	assert_true(keydec_pending(&d));
	assert_int_equal(keydec_feed(&d, 'B', out), 1);
	assert_int_equal(out[0], TK(KEY_DOWN));

	const int cut[] = { 27, '[', '2', '0', 27, '[', 'A' };
	assert_int_equal(RUN(cut, keys), 1);
	assert_int_equal(keys[0], TK(KEY_UP));
	const int ctl[] = { 27, '[', '2', '\r' };
	assert_int_equal(RUN(ctl, keys), 1);
	assert_int_equal(keys[0], '\r');
	const int late[] = { 27, '[', '2', '0', TIMEOUT, '0', '~' };	/* never ended */
	int n = RUN(late, keys);
	assert_int_equal(n, 2);
	assert_int_equal(keys[0], '0');
	assert_int_equal(keys[1], '~');
	/* an endless string ends at its cap; what follows is keys */
	int big[KEYDEC_STR_MAX + 8], nb = 0;
	big[nb++] = 27;
	big[nb++] = ']';
	for (int i = 0; i < KEYDEC_STR_MAX; i++)
		big[nb++] = 'a';
	big[nb++] = 'b';
	n = run(big, (size_t)nb, keys, 8);
	assert_int_equal(n, 1);
	assert_int_equal(keys[0], 'b');
	/* Esc inside a string ends it; Esc \ is the terminator, Esc x is
	 * Esc then x */
	const int st[] = { 27, ']', '0', 27, 'x' };
	assert_int_equal(RUN(st, keys), 2);
	assert_int_equal(keys[0], 27);
	assert_int_equal(keys[1], 'x');
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_every_split),
		cmocka_unit_test(test_utf8_incomplete_keeps_next),
		cmocka_unit_test(test_utf8_incomplete_times_out),
		cmocka_unit_test(test_utf8_invalid_bytes),
		cmocka_unit_test(test_esc_then_key),
		cmocka_unit_test(test_esc_intro_alone),
		cmocka_unit_test(test_sequences),
		cmocka_unit_test(test_sequence_cut),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
