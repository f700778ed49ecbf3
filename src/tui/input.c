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
 * and rate it 0). Such a sequence is read whole and dropped. Bytes that
 * are not UTF-8 are dropped by curses; they are not a closed terminal.
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

/* A key curses already holds, without waiting: 0, or -1 when none. */
static int take(int *key)
{
	wint_t ch;
	nodelay(stdscr, TRUE);
	int r = wget_wch(stdscr, &ch);
	nodelay(stdscr, FALSE);
	if (r == ERR)
		return -1;
	*key = r == KEY_CODE_YES ? TK((int)ch) : (int)ch;
	return 0;
}

#define SEQ_MAX 512	/* no sequence tolov drops is longer */

/*
 * After an Esc: when more arrived with it, read the rest of the sequence
 * and return true (drop it all); false for a lone Esc. A function key
 * curses recognises inside it ends the sequence and is kept in *key.
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
		for (int i = 0; i < SEQ_MAX && take(&c) == 0; i++) {
			if (c >= TK_FN) {
				*key = c;
				break;
			}
			if (c < 0x20 || c > 0x3F)
				break;
		}
	} else if (c == 'O') {	/* SS3: one more */
		if (take(&c) == 0 && c >= TK_FN)
			*key = c;
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
	}
	/* anything else: Alt and a key, both dropped */
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
