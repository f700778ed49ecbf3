/*
 * tui.c — the terminal interface's entry point, main loop, layout, signals
 * and selection bookkeeping.
 *
 * One key in, one doupdate out: handlers return repaint bits, repaint()
 * draws only what the bits name into the panels' windows, calls
 * wnoutrefresh on each window it touched and doupdate once. Signal handlers
 * (input.c, crash.c) only set flags; the loop acts on them between keys.
 * After a hang-up or termination, unsaved work goes to a recovery file
 * before the terminal is touched again, so a terminal that is gone cannot
 * keep it from being written.
 */
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

#include "tolov/io/lock.h"
#include "tolov/plan/plan.h"
#include "tolov/plan/rules.h"
#include "tolov/io/recover.h"
#include "tolov/base/text.h"
#include "tolov/tui/ledit.h"
#include "tolov/tui/state.h"

#include <term.h>

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
	if (t->msgwin)
		delwin(t->msgwin);
	t->msgwin = NULL;
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
		place(&t->views[t->sel.focus], body, cols, top, 0);
		return;
	}
	struct panel_rect at[P__COUNT];
	panels_place(top, body, cols, at, P__COUNT);
	for (int i = 0; i < P__COUNT; i++)
		place(&t->views[i], at[i].h, at[i].w, at[i].y, at[i].x);
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
	if (ov_covers(t))
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
		if (!(t->ov == OV_EDIT && t->ed.panel == (enum panel)i))
			wnoutrefresh(v->win);
	}
	if ((rp & RP_TOP) && t->top) {
		draw_top(t);
		wnoutrefresh(t->top);
	}
	if ((rp & RP_BOTTOM) && t->bottom && t->ov != OV_PROMPT) {
		draw_bottom(t, ov_keys(t));
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
		if (t->msgwin) {	/* a two-line message covered the panels' last row */
			delwin(t->msgwin);
			t->msgwin = NULL;
			rp |= RP_PANELS;
			for (int i = 0; i < P__COUNT; i++)
				t->views[i].drawn = false;
		}
		rp |= RP_BOTTOM;
	}
	if (key == TK(KEY_RESIZE))
		return rp | RP_LAYOUT;
	if (t->test_crash && key == TK_CTRL('\\'))
		crash_test_trigger();
	if (t->ov != OV_NONE)
		return rp | ov_key(t, key);
	enum action a = key_lookup(key, 1u << t->sel.focus);
	if (action_edits(a) && tui_refuse_read_only(t))
		return rp | RP_BOTTOM;
	switch (a) {
	case A_NONE:
		return rp;
	case A_DOWN: case A_UP: case A_PGDN: case A_PGUP: case A_HOME: case A_END:
	case A_EDIT: case A_EDITOR: case A_EXPAND: case A_COLLAPSE: {
		struct view *v = &t->views[t->sel.focus];
		return rp | v->ops->key(t, v, a);
	}
	case A_HISTORY:
		if (t->sel.focus == P_DETAIL) {	/* the field under the cursor */
			struct view *v = &t->views[P_DETAIL];
			return rp | v->ops->key(t, v, a);
		}
		return rp | act_global(t, a);
	case A_COMMAND:
		ov_prompt(t, PR_COMMAND, "", cmd_run);
		return rp | RP_OVERLAY;
	default:
		return rp | act_global(t, a);
	}
}

/* ---- start and end ---- */

/*
 * Home and End arrive in several spellings (tmux and screen send ESC [1~
 * and ESC [4~, rxvt ESC [7~ and ESC [8~, xterm ESC OH / ESC [H) while
 * TERM names only one; over SSH the two often disagree, and terminals that
 * ignore keypad-transmit mode send arrows as ESC [ A, not ESC O A. Teach
 * curses all of them so the keys never arrive as a lone Esc (input.c
 * decodes the forms curses still leaves).
 */
static void define_keys(void)
{
	static const struct { const char *seq; int key; } extra[] = {
		{ "\033[1~", KEY_HOME }, { "\033[7~", KEY_HOME }, { "\033[H", KEY_HOME },
		{ "\033OH", KEY_HOME }, { "\033[4~", KEY_END }, { "\033[8~", KEY_END },
		{ "\033[F", KEY_END }, { "\033OF", KEY_END }, { "\033[Z", KEY_BTAB },
		{ "\033[3~", KEY_DC }, { "\033[5~", KEY_PPAGE }, { "\033[6~", KEY_NPAGE },
		{ "\033[A", KEY_UP }, { "\033[B", KEY_DOWN }, { "\033[C", KEY_RIGHT },
		{ "\033[D", KEY_LEFT }, { "\033OA", KEY_UP }, { "\033OB", KEY_DOWN },
		{ "\033OC", KEY_RIGHT }, { "\033OD", KEY_LEFT }, { "\033[2~", KEY_IC },
		{ "\033OP", KEY_F(1) }, { "\033[11~", KEY_F(1) },
	};
	for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
		if (key_defined(extra[i].seq) == 0)
			define_key(extra[i].seq, extra[i].key);
}

/* Today's quarter when the plan is this year's, else the first. */
static int default_quarter(const struct plan *p, const struct tv_date *today)
{
	if (p->year && today->year == p->year && today->month >= 1)
		return (today->month - 1) / 3 + 1;
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

/*
 * Lock the plan for this session. When another tolov edits it, open it
 * read-only and say who, unless told to ignore the lock (--ignore-lock);
 * a lock whose process is gone is taken over, and said so.
 */
static void take_lock(struct tui *t, struct tv_lock *lock, struct sbuf *msg)
{
	struct lock_holder h = LOCK_HOLDER_INIT;
	struct tv_err err = TV_ERR_INIT;
	enum lock_status st = lock_acquire(t->path, lock, &h, &err);
	if (st == LOCK_STALE) {
		char *who = lock_holder_describe(&h);
		st = lock_take_over(lock, &h, &err);
		if (st == LOCK_OK)
			sbuf_addf(msg, tr(M_LOCK_STALE), who);
		free(who);
	}
	if (st == LOCK_HELD_BY_OTHER && t->opts.ignore_lock) {
		char *who = lock_holder_describe(&h);
		st = lock_take_over(lock, &h, &err);
		if (st == LOCK_OK)
			sbuf_addf(msg, tr(M_LOCK_IGNORED), who);
		free(who);
	}
	if (st == LOCK_HELD_BY_OTHER) {
		char *who = lock_holder_describe(&h);
		t->s->read_only = true;
		t->lock_other = true;
		sbuf_addf(msg, tr(M_LOCKED_RO), who);
		free(t->ro_why);
		t->ro_why = xstrdup(who);
		free(who);
	}
	if (st == LOCK_ERROR && lock->unsafe) {
		/* a lock path that is a symbolic link or not a regular file
		 * (planted in a shared folder): nobody can hold it, so edit
		 * only when told to ignore locks */
		struct sbuf why = SBUF_INIT;
		tv_err_message(&why, &err, i18n_get());
		if (t->opts.ignore_lock) {
			sbuf_addf(msg, tr(M_LOCK_UNSAFE_IGNORED), why.buf ? why.buf : "");
		} else {
			t->s->read_only = true;
			t->lock_other = false;
			free(t->ro_why);
			/* said again on every edit key (tui_refuse_read_only) */
			t->ro_why = xstrdup(why.buf ? why.buf : "");
			sbuf_addf(msg, tr(M_LOCK_UNSAFE_RO), why.buf ? why.buf : "");
		}
		sbuf_free(&why);
	}
	/* LOCK_ERROR (a folder tolov cannot write, say): go on without a
	 * lock; a save will name the problem. */
	lock_holder_free(&h);
	tv_err_clear(&err);
}

/* Whether the terminal can place the cursor (TERM=dumb cannot). */
/*
 * A field being edited in place when the link dropped: its text becomes
 * an edit of the session, so the recovery file keeps it (refused values
 * are left out: the recovery file stays a valid plan). Returns false when
 * the text differs and could not become an edit (refused, read-only).
 */
static bool keep_pending_edit(struct tui *t)
{
	if (t->ov != OV_EDIT || !t->le)
		return true;
	const char *nv = t->le->text.buf ? t->le->text.buf : "";
	if (strcmp(nv, t->ed.et.value ? t->ed.et.value : "") == 0)
		return true;
	if (t->s->read_only)
		return false;
	struct tv_err err = TV_ERR_INIT;
	int rc = session_set(t->s, t->ed.et.id, t->ed.et.path, nv, &err);
	tv_err_clear(&err);
	return rc == 0;
}

/*
 * A line being typed at a prompt (":set title=…", "/search", a file name
 * to save to, a goal to move to), or a field's text that could not become
 * an edit ("1.2 status.q1.note=…", as `tolov set` takes it): a command
 * cannot run half-typed and may not be an edit at all, so it is kept as
 * text in NAME.typed (recover.h), and the next tolov on the plan says what
 * was being typed (take_typed_lines).
 */
static void keep_typed_line(struct tui *t, bool edit_kept)
{
	if (!t->le)
		return;
	const char *txt = t->le->text.buf ? t->le->text.buf : "";
	struct sbuf line = SBUF_INIT;
	if (t->ov == OV_PROMPT && *txt) {
		const char *pfx = t->ask.prompt == PR_SEARCH ? "/"
				: t->ask.prompt == PR_SAVE_AS ? tr(M_SAVE_AS_PROMPT)
				: t->ask.prompt == PR_MOVE ? tr(M_MOVE_PROMPT) : ":";
		sbuf_addf(&line, "%s%s", pfx, txt);
	} else if (t->ov == OV_EDIT && !edit_kept) {
		const char *id = t->ed.et.id ? t->ed.et.id : "";
		sbuf_addf(&line, "%s%s%s=%s", id, *id ? " " : "", t->ed.et.path ? t->ed.et.path : "",
			  txt);
	}
	if (line.len) {
		struct tv_err err = TV_ERR_INIT;
		(void)recover_typed_write(t->path, line.buf, &err);	/* best effort */
		tv_err_clear(&err);
	}
	sbuf_free(&line);
}

/* What an earlier tolov on this plan was typing when its link dropped:
 * said, and kept in the session's messages (M). */
static void take_typed_lines(struct tui *t)
{
	char *typed = NULL;
	struct tv_err err = TV_ERR_INIT;
	if (recover_typed_take(t->path, &typed, &err) > 0) {
		for (char *l = typed, *nl; l && *l; l = nl) {
			nl = strchr(l, '\n');
			if (nl)
				*nl++ = '\0';
			else
				nl = l + strlen(l);
			if (*l)
				tui_msg(t, false, tr(M_TYPED_KEPT), l);
		}
	}
	free(typed);
	tv_err_clear(&err);
}

/*
 * Hang-up or termination: keep unsaved work beside the plan. Runs before
 * the terminal is given back, since giving it back may fail or wait when
 * the terminal is gone; *written gets the name for afterwards.
 */
static void write_recovery(struct tui *t, char **written, struct sbuf *fail)
{
	*written = NULL;
	if (!session_dirty(t->s) || t->s->read_only)
		return;
	struct tv_err err = TV_ERR_INIT;
	if (recover_write(t->path, t->s->doc->src, t->s->doc->len, written, &err) < 0 && err.text)
		sbuf_adds(fail, err.text);
	tv_err_clear(&err);
}

static void free_tui(struct tui *t)
{
	for (int i = 0; i < P__COUNT; i++)
		if (t->views[i].ops && t->views[i].ops->done)
			t->views[i].ops->done(t, &t->views[i]);
	crash_note(NULL);
	session_free(t->s);
	recovery_forget(t);
	free(t->recovered_from);
	sel_free(&t->sel);
	free(t->ro_why);
	free(t->search);
	sbuf_free(&t->msg);
	sbuf_free(&t->msg_log);
	sbuf_free(&t->pg.text);
	free(t->pg.title);
	free(t->pg.raw);
	free(t->pg.start);
	free(t);
}

/* The views and the selection, once per plan (not per visit). */
static void start(struct tui *t)
{
	static const struct view_ops *const ops[P__COUNT] = {
#define PANEL_OPS(id, ops, ...) [id] = &ops,
		TOLOV_PANELS(PANEL_OPS)
#undef PANEL_OPS
	};
	for (int i = 0; i < P__COUNT; i++) {
		t->views[i].ops = ops[i];
		t->views[i].id = (enum panel)i;
		if (ops[i]->open)
			ops[i]->open(t, &t->views[i]);
	}
	sel_init(&t->sel);
	tv_today(&t->sel.today);
	t->sel.quarter = t->opts.quarter >= 1 && t->opts.quarter <= NQ
				 ? t->opts.quarter
				 : default_quarter(t->s->plan, &t->sel.today);
	tui_select(t, 0, SIZE_MAX);
	if (!t->s->plan->n_goal)
		t->sel.focus = P_GOALS;	/* an empty plan: `a` adds its first goal */
}

static int run(struct tui *t)
{
	const char *first = getenv("TOLOV_EXIT_AFTER_FIRST_DRAW");
	bool exit_first = first && strcmp(first, "1") == 0;
	unsigned rp = RP_LAYOUT;
	if (!t->started) {
		t->started = true;
		start(t);
		/* recovery files are offered over the first screen */
		if (!t->s->read_only && !t->opts.recover_from && !exit_first)
			rp |= recovery_offer(t, true);
	} else {
		for (int i = 0; i < P__COUNT; i++)
			t->views[i].drawn = false;
	}
	t->back = false;
	while (!t->quit && !t->back) {
		if (tui_got_hup)
			return 128 + (int)tui_got_hup;
		if (tui_got_winch) {
			tui_got_winch = 0;
			input_resize();
			rp |= RP_LAYOUT;
		}
		if (rp) {
			repaint(t, rp);
			rp = 0;
			if (exit_first)
				break;
		}
		int key;
		if (input_key(&key) < 0)
			continue;	/* a signal, or no key */
		enum overlay ov_before = t->ov;
		rp = handle_key(t, key);
		if (t->ov != ov_before)	/* the bottom line's keys follow the overlay */
			rp |= RP_BOTTOM;
		crash_note(t->s);
	}
	return t->exit_code;
}

struct tui *tui_open(const char *path, const struct tui_opts *opts, int *rc)
{
	static const struct tui_opts defaults = TUI_OPTS_INIT;
	struct tui *t = xcalloc(1, sizeof *t);
	struct tv_err err = TV_ERR_INIT;

	*rc = 1;
	setup_locale();
	t->opts = opts ? *opts : defaults;
	bool bad = false;
	i18n_set(i18n_detect(t->opts.lang, &bad));
	t->path = path;
	char *bytes = NULL;
	size_t n_bytes = 0;
	if (!t->opts.recover_from && tui_pick_conflicts(path, &t->opts, &bytes, &n_bytes) != 0) {
		free(t);
		return NULL;
	}
	int orc = t->opts.recover_from ? session_open_from(&t->s, path, t->opts.recover_from, &err)
					 : session_open_shown(&t->s, path, bytes, n_bytes, &err);
	if (orc < 0) {
		struct sbuf line = SBUF_INIT;
		tv_err_format(&line, &err, i18n_get());
		fprintf(stderr, "%s", line.buf ? line.buf : "");
		sbuf_free(&line);
		tv_err_clear(&err);
		free(t);
		return NULL;
	}
	if (t->opts.read_only)
		t->s->read_only = true;
	t->lock = &t->lock_store;
	*t->lock = (struct tv_lock)TV_LOCK_INIT;
	if (!t->s->read_only)
		take_lock(t, t->lock, &t->start_msg);
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "tolov: the interface needs a terminal (see tolov --help)\n");
		tui_close(t);
		return NULL;
	}
	const char *cs = nl_langinfo(CODESET);
	t->utf8 = cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
	t->ascii = t->opts.ascii >= 0 ? t->opts.ascii : !t->utf8;
	const char *tc = getenv("TOLOV_TEST_CRASH");
	t->test_crash = tc && *tc && strcmp(tc, "0") != 0;
	*rc = 0;
	return t;
}

/* What became of the unsaved edits at leaving, on stderr: the recovery
 * file written, or why none could be; frees both. */
static void say_recovery(char *written, struct sbuf *fail)
{
	if (written)
		fprintf(stderr, tr(M_RECOVERED), written);
	else if (fail->len)
		fprintf(stderr, "%s\n", fail->buf);
	free(written);
	sbuf_free(fail);
}

int tui_visit(struct tui *t, bool *back)
{
	*back = false;
	input_signals();
	crash_prepare(t->path);	/* before curses, so its terminal modes are the user's */
	crash_note(t->s);
	SCREEN *scr = draw_newterm();
	if (!scr) {
		crash_release();
		return 1;
	}
	crash_terminal(true);
	draw_start(t, t->opts.color);
	define_keys();
	const char *first = getenv("TOLOV_EXIT_AFTER_FIRST_DRAW");
	if (!t->started && !(first && strcmp(first, "1") == 0))
		take_typed_lines(t);
	if (t->start_msg.len)
		tui_msg(t, t->lock_other, "%s", t->start_msg.buf);
	else if (t->s->read_only && !t->started)
		tui_msg(t, false, "%s", tr(M_READ_ONLY));
	sbuf_free(&t->start_msg);

	int rc = run(t);
	*back = t->back && !t->quit && !tui_got_hup;

	char *written = NULL;
	struct sbuf fail = SBUF_INIT;
	if (tui_got_hup) {
		keep_typed_line(t, keep_pending_edit(t));
		write_recovery(t, &written, &fail);
		alarm(10);	/* a terminal that is gone must not keep tolov */
	}
	endwin();
	crash_terminal(false);
	ov_close(t);
	free_windows(t);
	delscreen(scr);
	crash_release();
	say_recovery(written, &fail);
	return rc;
}

int tui_keep(struct tui *t)
{
	char *written = NULL;
	struct sbuf fail = SBUF_INIT;
	write_recovery(t, &written, &fail);
	int rc = written ? 0 : fail.len ? -1 : 0;
	say_recovery(written, &fail);
	return rc;
}

const struct plan *tui_plan_of(const struct tui *t)
{
	return t->s->plan;
}

bool tui_dirty(const struct tui *t)
{
	return session_dirty(t->s) && !t->s->read_only;
}

void tui_close(struct tui *t)
{
	if (!t)
		return;
	lock_release(t->lock);
	sbuf_free(&t->start_msg);
	free_tui(t);
}

int tui_main(const char *path, const struct tui_opts *opts)
{
	int rc;
	struct tui *t = tui_open(path, opts, &rc);
	if (!t)
		return rc;
	bool back;
	rc = tui_visit(t, &back);
	tui_close(t);
	return rc;
}
