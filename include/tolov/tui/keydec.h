/*
 * keydec.h — what the terminal sends, made into keys: UTF-8 characters
 * assembled from bytes that may arrive in several reads, escape sequences
 * read whole, and Esc kept apart from the key after it. No curses here
 * (input.c reads the terminal and feeds this; tests/unit/test_tui_keydec.c
 * tests it without one).
 *
 * Input events: a byte 0..255 as the terminal sent it, or a key curses
 * recognised from its terminal description (TK_FN + KEY_*). Output keys
 * are as keys.h says: a Unicode code point, or TK_FN + KEY_*.
 *
 * Rules:
 *   - UTF-8: a lead byte waits for its continuation bytes, however the
 *     reads split them (1+1, 1+2, 2+1, 1+1+1, 1+3, 3+1...). A byte that
 *     cannot continue the character drops the incomplete one and is then
 *     taken on its own (it is not eaten); keydec_timeout drops an
 *     incomplete character whose rest never came. Bytes that are not
 *     UTF-8 (a lone continuation byte, 0xC0, 0xF8...) are dropped.
 *   - Esc: followed by "[" (CSI), "O" (SS3) or "]" "P" "_" "^" "X" (a
 *     string up to BEL or Esc \), the sequence is read whole. The CSI and
 *     SS3 forms of the arrows, Home/End, Insert/Delete, PgUp/PgDn,
 *     Shift-Tab and F1-F12 become those keys (modifier parameters such as
 *     "1;5" are ignored); any other sequence is dropped whole, so a
 *     bracketed-paste marker or a terminal report never runs as keys.
 *     Esc followed by anything else is Esc, then that key (as vim and less
 *     take it: "Esc ?" is Esc and then ?, "Esc Ctrl-S" Esc and then save).
 *     When the input stops after Esc, or after "Esc [", "Esc O", "Esc ]"
 *     (keydec_timeout), what came is keys: Esc, then "[" and so on.
 *   - A sequence that never ends (no final byte within KEYDEC_SEQ_MAX
 *     bytes, or the input stops: keydec_timeout) is dropped.
 *
 * Ownership: struct keydec is plain data, KEYDEC_INIT or keydec_init; it
 * owns nothing. Output goes to the caller's array of KEYDEC_OUT_MAX ints.
 */
#ifndef TOLOV_TUI_KEYDEC_H
#define TOLOV_TUI_KEYDEC_H

#include <stdbool.h>

#define KEYDEC_OUT_MAX 4	/* keys one call can give */
#define KEYDEC_SEQ_MAX 64	/* a CSI or SS3 sequence longer than this is not a key */
#define KEYDEC_STR_MAX 4096	/* a string sequence (OSC...) longer than this ends */

enum keydec_state {
	KD_IDLE,	/* nothing pending */
	KD_UTF8,	/* part of a UTF-8 character */
	KD_ESC,		/* after Esc */
	KD_CSI,		/* inside Esc [ ... */
	KD_SS3,		/* after Esc O */
	KD_STR,		/* inside Esc ] ... (or P _ ^ X) */
	KD_STR_ESC,	/* an Esc inside a string: \ ends it */
};

struct keydec {
	enum keydec_state st;
	unsigned char u8[4];	/* KD_UTF8: the bytes so far */
	int u8n, u8need;
	int intro;		/* KD_CSI, KD_SS3, KD_STR: the byte after Esc */
	int param, nparam;	/* KD_CSI: the first parameter, parameters seen */
	bool other;		/* KD_CSI: a private marker or intermediate: not a key */
	int len;		/* bytes of the sequence after Esc so far */
};
#define KEYDEC_INIT { KD_IDLE, { 0 }, 0, 0, 0, 0, 0, false, 0 }

void keydec_init(struct keydec *d);
/* Feed one event (a byte 0..255, or TK_FN + KEY_*). Writes the keys it
 * completes to out (at most KEYDEC_OUT_MAX) and returns how many. */
int keydec_feed(struct keydec *d, int ev, int *out);
/* The input stopped while something was pending: finish it as the rules
 * say (a lone Esc is Esc; an incomplete character or sequence is
 * dropped). Returns the keys written to out; the decoder is idle after. */
int keydec_timeout(struct keydec *d, int *out);
/* Whether more bytes are awaited (the reader then waits a little before
 * calling keydec_timeout). */
bool keydec_pending(const struct keydec *d);

#endif
