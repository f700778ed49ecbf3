/*
 * input.c — signals and keys: the resize, hang-up and termination flags,
 * and reading one key at a time without losing a signal that arrives just
 * before the wait.
 *
 * What comes from the terminal is not trusted to be keys. curses reads
 * the keys its terminal description names; every other byte goes through
 * keydec (keydec.h, no curses): UTF-8 characters are put together however
 * a slow link splits their bytes, an escape sequence curses does not know
 * (a function key of another terminal, a bracketed-paste marker, a title
 * report) is read whole and dropped, so "[200~" never selects the
 * previous quarter and rates it 0, while the CSI and SS3 forms of the
 * arrows, Home/End and function keys are keys; and Esc followed by any
 * other key is Esc and then that key, so "Esc Ctrl-S" closes what Esc
 * closes and saves. Bytes that are not UTF-8 are dropped; they are not a
 * closed terminal.
 *
 * Every screen reads its keys here: the main interface through input_key
 * (its loop acts on the resize and hang-up flags itself), the plan chooser
 * and the conflict picker through input_screen_key, which also makes a
 * resize a key. Nothing else in src/tui calls wgetch or wget_wch.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <unistd.h>

#include "tolov/tui/keydec.h"
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
	/* Esc alone waits this long for the rest of a sequence (curses'
	 * own default, a second, makes Esc feel dead) */
	if (!getenv("ESCDELAY"))
		set_escdelay(100);

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
 * While keydec waits for the rest of a UTF-8 character, the read waits
 * this long for each next byte before keydec_timeout
 * finishes it: a slow link splits a character's bytes across reads (the
 * first byte of a Cyrillic letter in one, the second in the next). A
 * complete character is taken at once, so typing is not slowed. After a
 * lone Esc curses has already waited ESCDELAY for what follows, so Esc
 * does not wait again.
 */
#define SPLIT_WAIT_MS 300
/* The rest of an escape sequence comes with its start, as curses expects
 * it within ESCDELAY: "Esc [" followed by nothing that soon is Esc then
 * [, and a key typed after it is a key. */
#define SEQ_WAIT_MS (get_escdelay() > 0 ? get_escdelay() : 1)

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

/*
 * One event from curses, waiting at most wait_ms (0: only what is there
 * already): a byte as the terminal sent it, or TK_FN + a key curses
 * recognised. 0, or -1 when nothing came.
 */
static int take(int wait_ms, int *ev)
{
	if (wait_ms > 0)
		wtimeout(stdscr, wait_ms);
	else
		nodelay(stdscr, TRUE);
	int r = wgetch(stdscr);
	nodelay(stdscr, FALSE);
	wtimeout(stdscr, -1);
	if (r == ERR)
		return -1;
	*ev = r >= KEY_MIN ? TK(plain_key(r)) : (r & 0xFF);
	return 0;
}

/* Bytes made into keys (keydec.h), and the keys made but not yet given. */
static struct keydec dec = KEYDEC_INIT;
static int queued[KEYDEC_OUT_MAX];
static int n_queued;

static bool pop(int *key)
{
	if (!n_queued)
		return false;
	*key = queued[0];
	n_queued--;
	memmove(queued, queued + 1, (size_t)n_queued * sizeof queued[0]);
	return true;
}

/* Feed what is there (and, while keydec waits for more, what comes
 * within a short wait) until a key is made: true with it in *key; false
 * when nothing more is there. */
static bool decode(int *key)
{
	for (;;) {
		if (pop(key))
			return true;
		int ev;
		int wait = dec.st == KD_IDLE || dec.st == KD_ESC ? 0
			   : dec.st == KD_UTF8			 ? SPLIT_WAIT_MS
								 : SEQ_WAIT_MS;
		if (take(wait, &ev) == 0) {
			n_queued = keydec_feed(&dec, ev, queued);
			continue;
		}
		if (!keydec_pending(&dec))
			return false;
		n_queued = keydec_timeout(&dec, queued);
	}
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
		if (decode(key))
			return 0;
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
		/* bytes curses will read (and keydec may drop, if they are
		 * not UTF-8) are not the end of input */
		if (input_closed())
			closed++;
		else
			closed = 0;
	}
}

void input_resize(void)
{
	struct winsize ws;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0)
		resize_term(ws.ws_row, ws.ws_col);
	/* what the terminal shows after a resize is not known: repaint
	 * every cell once */
	clearok(curscr, TRUE);
}

int input_screen_key(int *key)
{
	for (;;) {
		if (tui_got_hup)
			return -1;
		if (tui_got_winch) {
			tui_got_winch = 0;
			input_resize();
			*key = TK(KEY_RESIZE);
			return 0;
		}
		if (input_key(key) == 0)
			return 0;
	}
}
