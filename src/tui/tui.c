/*
 * tui.c — the terminal interface's entry point, main loop, layout, signals
 * and selection bookkeeping.
 *
 * One key in, one doupdate out: handlers return repaint bits, repaint()
 * draws only what the bits name into the panels' windows, calls
 * wnoutrefresh on each window it touched and doupdate once. Signal handlers
 * only set flags; the loop acts on them between keys.
 */
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

#include "tolov/lock.h"
#include "tolov/plan.h"
#include "tolov/recover.h"
#include "tolov/text.h"
#include "tolov/tui/ledit.h"
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

static void install_signals(void)
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
}

/* ---- layout ---- */

static void free_windows(struct tui *t)
{
	for (int i = 0; i < P__COUNT; i++) {
		if (t->views[i].win)
			delwin(t->views[i].win);
		t->views[i].win = NULL;
		t->views[i].h = t->views[i].w = 0;
		t->views[i].drawn = false;
	}
	if (t->top)
		delwin(t->top);
	if (t->bottom)
		delwin(t->bottom);
	t->top = t->bottom = NULL;
	if (t->ovwin)
		delwin(t->ovwin);
	t->ovwin = NULL;
}

static void place(struct view *v, int h, int w, int y, int x)
{
	if (h < 1 || w < 1)
		return;
	v->win = newwin(h, w, y, x);
	if (v->win) {
		v->h = h;
		v->w = w;
	}
}

static void layout(struct tui *t)
{
	free_windows(t);
	getmaxyx(stdscr, t->rows, t->cols);
	int rows = t->rows, cols = t->cols;
	if (rows < 1 || cols < 1)
		return;
	int top = rows >= 3 ? 1 : 0, bot = rows >= 2 ? 1 : 0;
	if (top)
		t->top = newwin(1, cols, 0, 0);
	if (bot)
		t->bottom = newwin(1, cols, rows - 1, 0);
	int body = rows - top - bot;
	t->single = rows < 24 || cols < 80;
	if (t->single) {
		place(&t->views[t->focus], body, cols, top, 0);
		return;
	}
	int hu = body / 2, hl = body - hu;
	int wg = cols * 3 / 8, ws = cols * 2 / 5;
	place(&t->views[P_GOALS], hu, wg, top, 0);
	place(&t->views[P_ACTS], hu, cols - wg, top, wg);
	place(&t->views[P_DETAIL], hl, cols - ws, top + hu, 0);
	place(&t->views[P_STATUS], hl, ws, top + hu, cols - ws);
}

static void resize_from_tty(void)
{
	struct winsize ws;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0)
		resize_term(ws.ws_row, ws.ws_col);
}

/* ---- repaint ---- */

static int cursor_state = -1;

static void set_cursor(int on)
{
	if (on != cursor_state) {
		curs_set(on);
		cursor_state = on;
	}
}

static void repaint(struct tui *t, unsigned rp)
{
	if (rp & RP_LAYOUT) {
		layout(t);
		werase(stdscr);
		wnoutrefresh(stdscr);
		rp |= RP_ALL;
	}
	if (t->ov == OV_HELP || t->ov == OV_PAGER || t->ov == OV_CONFIRM)
		if (rp & (RP_PANELS | RP_TOP | RP_BOTTOM))
			rp |= RP_OVERLAY;
	for (int i = 0; i < P__COUNT; i++) {
		struct view *v = &t->views[i];
		if (!v->win)
			continue;
		bool full = rp & RP_FULL(i), rows = rp & RP_ROWS(i);
		if (!v->drawn)
			full = true;
		if (!full && !rows)
			continue;
		v->ops->draw(t, v, full);
		if (!(t->ov == OV_EDIT && t->edit_panel == (enum panel)i))
			wnoutrefresh(v->win);
	}
	if ((rp & RP_TOP) && t->top) {
		draw_top(t);
		wnoutrefresh(t->top);
	}
	if ((rp & RP_BOTTOM) && t->bottom && t->ov != OV_PROMPT) {
		draw_bottom(t);
		wnoutrefresh(t->bottom);
	}
	if (t->ov != OV_NONE && (rp & (RP_OVERLAY | RP_PANELS | RP_BOTTOM)))
		ov_draw(t);	/* draws and wnoutrefreshes last, cursor included */
	set_cursor(t->ov == OV_PROMPT || t->ov == OV_EDIT);
	doupdate();
}

/* ---- keys ---- */

static unsigned handle_key(struct tui *t, int key)
{
	unsigned rp = 0;
	if (t->msg.len && t->ov != OV_CONFIRM) {
		sbuf_reset(&t->msg);
		rp |= RP_BOTTOM;
	}
	if (key == TK(KEY_RESIZE))
		return rp | RP_LAYOUT;
	if (t->ov != OV_NONE)
		return rp | ov_key(t, key);
	enum action a = key_lookup(key, 1u << t->focus);
	switch (a) {
	case A_NONE:
		return rp;
	case A_DOWN: case A_UP: case A_PGDN: case A_PGUP: case A_HOME: case A_END:
	case A_EDIT: case A_EDITOR: {
		struct view *v = &t->views[t->focus];
		return rp | v->ops->key(t, v, a);
	}
	default:
		return rp | act_global(t, a);
	}
}

/*
 * The signals tolov acts on stay blocked except while it waits for input,
 * and that wait (pselect) unblocks them atomically: a resize or hang-up
 * that arrives just before the wait ends it at once instead of waiting
 * for the next key.
 */
static sigset_t waiting_mask;

static void block_signals(void)
{
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

/* One key, or -1 when a signal came first. Keys curses has already read
 * are taken without waiting. */
static int read_key(int *key)
{
	wint_t ch;
	int ready_but_none = 0;
	for (;;) {
		nodelay(stdscr, TRUE);
		int r = wget_wch(stdscr, &ch);
		nodelay(stdscr, FALSE);
		if (r != ERR) {
			*key = r == KEY_CODE_YES ? TK((int)ch) : (int)ch;
			return 0;
		}
		if (ready_but_none >= 3) {
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
		ready_but_none++;
	}
}

/* ---- start and end ---- */

/*
 * Home and End arrive in several spellings (tmux and screen send ESC [1~
 * and ESC [4~, rxvt ESC [7~ and ESC [8~, xterm ESC OH / ESC [H) while
 * TERM names only one; over SSH the two often disagree. Teach curses all
 * of them so the keys never arrive as a lone Esc.
 */
static void define_keys(void)
{
	static const struct { const char *seq; int key; } extra[] = {
		{ "\033[1~", KEY_HOME }, { "\033[7~", KEY_HOME }, { "\033[H", KEY_HOME },
		{ "\033OH", KEY_HOME }, { "\033[4~", KEY_END }, { "\033[8~", KEY_END },
		{ "\033[F", KEY_END }, { "\033OF", KEY_END }, { "\033[Z", KEY_BTAB },
		{ "\033[3~", KEY_DC }, { "\033[5~", KEY_PPAGE }, { "\033[6~", KEY_NPAGE },
	};
	for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
		if (key_defined(extra[i].seq) == 0)
			define_key(extra[i].seq, extra[i].key);
}

static int default_quarter(const struct plan *p)
{
	time_t now = time(NULL);
	struct tm tm;
	if (p->year && localtime_r(&now, &tm) && tm.tm_year + 1900 == p->year)
		return tm.tm_mon / 3 + 1;
	return 1;
}

/*
 * The user's locale; when it is not installed (a Mongolian mn_MN.UTF-8 on a
 * server that has only C.UTF-8, say) but asks for UTF-8, keep UTF-8 for
 * the characters through C.UTF-8 rather than fall back to ASCII.
 */
static void setup_locale(void)
{
	if (setlocale(LC_ALL, ""))
		return;
	static const char *const vars[] = { "LC_ALL", "LC_CTYPE", "LANG" };
	const char *v = NULL;
	for (size_t i = 0; i < sizeof vars / sizeof vars[0] && !(v && *v); i++)
		v = getenv(vars[i]);
	if (v && (strstr(v, "UTF-8") || strstr(v, "utf8") || strstr(v, "utf-8") ||
		  strstr(v, "UTF8"))) {
		if (!setlocale(LC_CTYPE, "C.UTF-8"))
			setlocale(LC_CTYPE, "en_US.UTF-8");
	}
}

/* Lock the plan for this session; when someone else edits it, open it
 * read-only and say who. */
static void take_lock(struct tui *t, struct tv_lock *lock, struct sbuf *msg)
{
	struct lock_holder h = LOCK_HOLDER_INIT;
	struct tv_err err = TV_ERR_INIT;
	enum lock_status st = lock_acquire(t->path, lock, &h, &err);
	if (st == LOCK_STALE)
		st = lock_take_over(lock, &h, &err);
	if (st == LOCK_HELD_BY_OTHER) {
		char *who = lock_holder_describe(&h);
		t->s->read_only = true;
		sbuf_addf(msg, tr(M_LOCKED_RO), who);
		free(who);
	}
	/* LOCK_ERROR (a folder tolov cannot write, say): go on without a
	 * lock; a save will name the problem. */
	lock_holder_free(&h);
	tv_err_clear(&err);
}

/* Name the newest recovery file of the plan, if any. */
static void note_recovery(struct tui *t, struct sbuf *msg)
{
	struct recover_file *files = NULL;
	size_t n = 0;
	struct tv_err err = TV_ERR_INIT;
	if (recover_find(t->path, &files, &n, &err) == 0 && n > 0)
		sbuf_addf(msg, tr(M_RECOVERY_FOUND), files[n - 1].path);
	recover_files_free(files, n);
	tv_err_clear(&err);
}

static void write_recovery(struct tui *t)
{
	/* Hang-up or termination: keep unsaved work beside the plan. */
	if (!session_dirty(t->s))
		return;
	struct tv_err err = TV_ERR_INIT;
	char *written = NULL;
	if (recover_write(t->path, t->s->doc->src, t->s->doc->len, &written, &err) >= 0)
		fprintf(stderr, tr(M_RECOVERED), written);
	else if (err.text)
		fprintf(stderr, "%s\n", err.text);
	free(written);
	tv_err_clear(&err);
}

int tui_main(const char *path, const struct tui_opts *opts)
{
	static const struct tui_opts defaults = TUI_OPTS_INIT;
	struct tui *t = xcalloc(1, sizeof *t);
	struct tv_err err = TV_ERR_INIT;
	int rc = 0;

	setup_locale();
	t->opts = opts ? *opts : defaults;
	bool bad = false;
	i18n_set(i18n_detect(t->opts.lang, &bad));
	t->path = path;
	int orc = t->opts.recover_from ? session_open_from(&t->s, path, t->opts.recover_from, &err)
				       : session_open(&t->s, path, &err);
	if (orc < 0) {
		fprintf(stderr, "%s\n", err.text ? err.text : "tolov: cannot open the plan");
		tv_err_clear(&err);
		free(t);
		return 1;
	}
	if (t->opts.read_only)
		t->s->read_only = true;
	struct tv_lock lock = TV_LOCK_INIT;
	struct sbuf start_msg = SBUF_INIT;
	if (!t->s->read_only)
		take_lock(t, &lock, &start_msg);
	if (!t->s->read_only && !start_msg.len)
		note_recovery(t, &start_msg);
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "tolov: the interface needs a terminal (see tolov --help)\n");
		lock_release(&lock);
		sbuf_free(&start_msg);
		session_free(t->s);
		free(t);
		return 1;
	}
	const char *cs = nl_langinfo(CODESET);
	t->utf8 = cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
	t->ascii = t->opts.ascii >= 0 ? t->opts.ascii : !t->utf8;

	install_signals();
	block_signals();
	if (!getenv("ESCDELAY"))
		set_escdelay(100);
	SCREEN *scr = newterm(NULL, stdout, stdin);
	if (!scr) {
		fprintf(stderr, "tolov: cannot use the terminal (TERM=%s)\n",
			getenv("TERM") ? getenv("TERM") : "");
		lock_release(&lock);
		sbuf_free(&start_msg);
		session_free(t->s);
		free(t);
		return 1;
	}
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	define_keys();
	const char *nc = getenv("NO_COLOR");
	t->color = t->opts.color >= 0 ? t->opts.color
				      : (!(nc && *nc) && has_colors());
	draw_init_colors(t);

	const struct view_ops *ops[P__COUNT] = { &view_goals_ops, &view_acts_ops, &view_detail_ops,
						 &view_status_ops };
	for (int i = 0; i < P__COUNT; i++) {
		t->views[i].ops = ops[i];
		t->views[i].id = (enum panel)i;
		if (ops[i]->open)
			ops[i]->open(t, &t->views[i]);
	}
	t->focus = P_ACTS;
	t->quarter = default_quarter(t->s->plan);
	tui_select(t, 0, SIZE_MAX);
	if (start_msg.len)
		tui_msg(t, false, "%s", start_msg.buf);
	else if (t->s->read_only)
		tui_msg(t, false, "%s", tr(M_READ_ONLY));
	sbuf_free(&start_msg);

	const char *first = getenv("TOLOV_EXIT_AFTER_FIRST_DRAW");
	bool exit_first = first && strcmp(first, "1") == 0;
	unsigned rp = RP_LAYOUT;
	while (!t->quit) {
		if (tui_got_hup) {
			rc = 128 + (int)tui_got_hup;
			break;
		}
		if (tui_got_winch) {
			tui_got_winch = 0;
			resize_from_tty();
			/* what the terminal shows after a resize is not known:
			 * repaint every cell once */
			clearok(curscr, TRUE);
			rp |= RP_LAYOUT;
		}
		if (rp) {
			repaint(t, rp);
			rp = 0;
			if (exit_first)
				break;
		}
		int key;
		if (read_key(&key) < 0)
			continue;	/* a signal, or no key */
		rp = handle_key(t, key);
	}
	endwin();
	ov_close(t);
	free_windows(t);
	delscreen(scr);
	if (tui_got_hup)
		write_recovery(t);
	else
		rc = t->exit_code;
	lock_release(&lock);

	for (int i = 0; i < P__COUNT; i++)
		if (t->views[i].ops && t->views[i].ops->done)
			t->views[i].ops->done(t, &t->views[i]);
	session_free(t->s);
	free(t->vis);
	free(t->filter.unit);
	free(t->search);
	sbuf_free(&t->msg);
	sbuf_free(&t->pager);
	free(t->pager_title);
	free(t);
	(void)errno;
	return rc;
}
