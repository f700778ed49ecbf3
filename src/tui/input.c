/*
 * input.c — signals and keys: the resize, hang-up and termination flags,
 * and reading one key at a time without losing a signal that arrives just
 * before the wait.
 *
 * What comes from the terminal is not trusted to be keys: an escape
 * sequence curses does not know (a function key of another terminal, a
 * bracketed-paste marker, a title report) arrives as Esc followed by
 * ordinary characters. Taken one by one, Esc would cancel a prompt and the
 * rest would run as commands ("[200~" would select the previous quarter
 * and rate it 0). Such a sequence is read whole and dropped, but the CSI
 * and SS3 forms of the arrows, Home/End and function keys are keys. Alt
 * and a key arrive as TK_ALT | key (the main loop drops them, or, over an
 * overlay that Esc closes, takes them as Esc then the key). Bytes that are
 * not UTF-8 are dropped by curses; they are not a closed terminal.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <unistd.h>

#include "tolov/tui/state.h"

volatile sig_atomic_t tui_got_winch, tui_got_hup;

static void on_winch(int sig)
{
	(void)sig;
	tui_got_winch = 1;
}

static void on_hup(int sig)
{
	tui_got_hup = sig;
}

/*
 * The signals tolov acts on stay blocked except while it waits for input,
 * and that wait (pselect) unblocks them atomically: a resize or hang-up
 * that arrives just before the wait ends it at once instead of waiting
 * for the next key.
 */
static sigset_t waiting_mask;

void input_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;	/* no SA_RESTART: a signal wakes the key read */
	sa.sa_handler = on_winch;
	sigaction(SIGWINCH, &sa, NULL);
	sa.sa_handler = on_hup;
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);

	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGWINCH);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGTERM);
	sigprocmask(SIG_BLOCK, &set, &waiting_mask);
	sigdelset(&waiting_mask, SIGWINCH);
	sigdelset(&waiting_mask, SIGHUP);
	sigdelset(&waiting_mask, SIGTERM);
}

/*
 * A key curses already holds or the terminal has sent, without waiting
 * for a new one: 0, or -1 when none. When one byte alone is waiting, the
 * read may wait a little (SPLIT_WAIT_MS) for the rest of its character: a
 * slow link splits a character's bytes across reads (the first byte of a
 * Cyrillic letter in one, the second in the next), and without the wait
 * the first was lost with the letter. A complete character returns at
 * once, so typing is not slowed; several bytes (a paste, garbage) are
 * read without waiting, so invalid bytes cannot swallow what follows.
 */
#define SPLIT_WAIT_MS 300

/*
 * A key with Shift, Ctrl or Alt that the terminal description names
 * (xterm's kDN5 for Ctrl-Down, kHOM3 for Alt-Home...) as the key without
 * them: tolov gives modifiers no meaning of their own.
 */
static int plain_key(int code)
{
	static const struct { const char *name; int key; } base[] = {
		{ "kUP", KEY_UP }, { "kDN", KEY_DOWN }, { "kLFT", KEY_LEFT },
		{ "kRIT", KEY_RIGHT }, { "kHOM", KEY_HOME }, { "kEND", KEY_END },
		{ "kPRV", KEY_PPAGE }, { "kNXT", KEY_NPAGE }, { "kDC", KEY_DC },
		{ "kIC", KEY_IC },
	};
	if (code < KEY_MAX)
		return code;
	const char *n = keyname(code);
	if (!n)
		return code;
	for (size_t i = 0; i < sizeof base / sizeof base[0]; i++) {
		size_t k = strlen(base[i].name);
		if (strncmp(n, base[i].name, k) == 0 && n[k] >= '2' && n[k] <= '8' && !n[k + 1])
			return base[i].key;
	}
	return code;
}

static int take(int *key)
{
	wint_t ch;
	int avail = 0;
	if (ioctl(STDIN_FILENO, FIONREAD, &avail) < 0)
		avail = 0;
	if (avail == 1)
		wtimeout(stdscr, SPLIT_WAIT_MS);
	else
		nodelay(stdscr, TRUE);
	int r = wget_wch(stdscr, &ch);
	nodelay(stdscr, FALSE);
	wtimeout(stdscr, -1);
	if (r == ERR)
		return -1;
	*key = r == KEY_CODE_YES ? TK(plain_key((int)ch)) : (int)ch;
	return 0;
}

#define SEQ_MAX 512	/* no sequence tolov drops is longer */

/* The key of "ESC [ N ~" (vt220 style), or -1. */
static int tilde_key(int n)
{
	switch (n) {
	case 1: case 7: return TK(KEY_HOME);
	case 4: case 8: return TK(KEY_END);
	case 2: return TK(KEY_IC);
	case 3: return TK(KEY_DC);
	case 5: return TK(KEY_PPAGE);
	case 6: return TK(KEY_NPAGE);
	case 11: case 12: case 13: case 14: case 15: return TK(KEY_F(n - 10));
	case 17: case 18: case 19: case 20: case 21: return TK(KEY_F(n - 11));
	case 23: case 24: return TK(KEY_F(n - 12));
	default: return -1;
	}
}

/* The key of a CSI or SS3 final byte (arrows, Home/End, F1-F4), or -1. */
static int final_key(int c)
{
	switch (c) {
	case 'A': return TK(KEY_UP);
	case 'B': return TK(KEY_DOWN);
	case 'C': return TK(KEY_RIGHT);
	case 'D': return TK(KEY_LEFT);
	case 'H': return TK(KEY_HOME);
	case 'F': return TK(KEY_END);
	case 'Z': return TK(KEY_BTAB);
	case 'P': case 'Q': case 'R': case 'S': return TK(KEY_F(c - 'P' + 1));
	default: return -1;
	}
}

/*
 * After an Esc: when more arrived with it, read the rest of the sequence
 * and return true; false for a lone Esc. The sequences of arrows,
 * Home/End, Insert/Delete, PgUp/PgDn and function keys in both their CSI
 * and SS3 forms (terminals that ignore keypad-transmit mode send them so)
 * become those keys in *key, as a key curses recognised inside does; any
 * other sequence is dropped (*key -1). Esc and one ordinary character is
 * Alt and that key: TK_ALT | the character.
 */
static bool drop_sequence(int *key)
{
	int c;
	if (take(&c) < 0)
		return false;
	*key = -1;
	if (c >= TK_FN) {
		*key = c;
		return true;
	}
	if (c == '[') {	/* CSI: parameters, intermediates, one final byte */
		int param = 0, nparam = 0;
		bool other = false;
		for (int i = 0; i < SEQ_MAX && take(&c) == 0; i++) {
			if (c >= TK_FN) {
				*key = c;
				break;
			}
			if (c >= '0' && c <= '9') {
				if (nparam == 0)
					param = param * 10 + (c - '0');
				continue;
			}
			if (c == ';') {
				nparam++;	/* modifiers after the first are ignored */
				continue;
			}
			if (c < 0x20 || c > 0x3F) {
				if (c == '~' && !other)
					*key = tilde_key(param);
				else if (!other && c >= 0x40 && c <= 0x7E)
					*key = final_key(c);
				break;
			}
			other = true;	/* private markers, intermediates: not a key */
		}
	} else if (c == 'O') {	/* SS3: one more */
		if (take(&c) == 0)
			*key = c >= TK_FN ? c : final_key(c);
	} else if (c == ']' || c == 'P' || c == '_' || c == '^' || c == 'X') {
		/* a string, up to BEL or Esc \ */
		for (int i = 0; i < SEQ_MAX && take(&c) == 0; i++) {
			if (c == 7)
				break;
			if (c == 27) {
				take(&c);
				break;
			}
		}
	} else if (c >= 0x20 && c < TK_FN) {
		*key = TK_ALT | c;	/* Alt and a key */
	}
	return true;
}

/* Is the terminal's input at its end (closed), though select said ready? */
static bool input_closed(void)
{
	int avail = 0;
	if (ioctl(STDIN_FILENO, FIONREAD, &avail) < 0)
		return true;
	return avail == 0;
}

int input_key(int *key)
{
	int closed = 0;
	for (;;) {
		if (take(key) == 0) {
			if (*key != 27)
				return 0;
			int k;
			if (!drop_sequence(&k))
				return 0;	/* a lone Esc */
			if (k >= 0) {
				*key = k;
				return 0;
			}
			closed = 0;
			continue;
		}
		if (closed >= 3) {
			/* input says ready yet holds nothing: the terminal is
			 * gone (end of file); act as on a hang-up */
			tui_got_hup = SIGHUP;
			return -1;
		}
		fd_set rd;
		FD_ZERO(&rd);
		FD_SET(STDIN_FILENO, &rd);
		int n = pselect(STDIN_FILENO + 1, &rd, NULL, NULL, NULL, &waiting_mask);
		if (n < 0 && errno == EINTR)
			return -1;
		if (n < 0) {
			tui_got_hup = SIGHUP;
			return -1;
		}
		/* bytes curses will read (and may drop, if they are not
		 * UTF-8) are not the end of input */
		if (input_closed())
			closed++;
		else
			closed = 0;
	}
}
