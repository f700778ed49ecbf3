/*
 * tui.h — the terminal interface of `tolov FILE`: the one entry point the
 * command line calls.
 *
 * Ownership: tui_main opens the plan itself (session_open), owns the
 * session and the terminal for the whole run, and gives the terminal back
 * (endwin) before it returns, on every path. opts and its strings are only
 * read, and may be NULL for the defaults.
 *
 * Environment read here: TOLOV_LANG (through i18n), NO_COLOR (any value:
 * no colours), VISUAL / EDITOR (the `E` key), TOLOV_EXIT_AFTER_FIRST_DRAW
 * (=1: return 0 right after the first full screen is on the terminal, for
 * timing start-up), TOLOV_TEST_CRASH (tests only, never for users: with
 * 1/abort, segv or fpe, Ctrl-\ makes tolov crash that way, so the screen
 * tests can see the crash path work).
 */
#ifndef TOLOV_TUI_TUI_H
#define TOLOV_TUI_TUI_H

#include <stdbool.h>
#include <stddef.h>

struct tui_opts {
	const char *lang;	/* "en" or "mn" from --lang; NULL: TOLOV_LANG, then locale */
	bool read_only;		/* --read-only: every edit and save is refused */
	int ascii;		/* -1 auto (ASCII borders unless the locale is UTF-8), 0 no, 1 yes */
	int color;		/* -1 auto (colours unless NO_COLOR or a monochrome terminal), 0, 1 */
	const char *recover_from;	/* a recovery file to start from (unsaved), or NULL */
	bool ignore_lock;	/* --ignore-lock: edit even when another tolov holds the lock */
	bool from_list;		/* opened from the list of plans: L goes back to it */
	int quarter;		/* 1..4: open at that quarter (the list's); 0: today's */
};
#define TUI_OPTS_INIT { NULL, false, -1, -1, NULL, false, false, 0 }

/*
 * Run the interface on the plan at path until the user quits. Unless
 * read-only, the plan is locked (lock.h) for the session; when another
 * tolov holds the lock the plan opens read-only and says who has it
 * (ignore_lock, or :takeover after a y/n, takes the lock anyway); a lock
 * whose process is gone is taken over, and said so. When the plan has
 * recovery files, a choice over the first screen offers to open one,
 * compare it with the plan, discard it, or leave it for later (:recover).
 * Returns the process exit status: 0 after a normal quit; 1 when the plan
 * cannot be opened (the reason printed on stderr, the terminal untouched)
 * or the terminal cannot be used; 128 + the signal after a hang-up or
 * termination signal (unsaved work is first written to a recovery file,
 * see recover.h). On a crash (SIGSEGV, SIGBUS, SIGABRT, SIGFPE) unsaved
 * work is written to a recovery file too and the terminal reset, and the
 * signal then ends the process.
 * Calls setlocale(LC_ALL, "") itself.
 */
int tui_main(const char *path, const struct tui_opts *opts);

/*
 * Many plans (`tolov FOLDER`, `tolov A.yaml B.yaml`): a list of paths[0..n)
 * with each plan's title, organisation, activities, progress and overdue
 * count for the selected quarter ([ and ] change it). Enter opens the
 * selected plan with tui_main (its own lock, undo and save); quitting it
 * comes back to the list. Returns 0 after q, or tui_main's status after a
 * hang-up or termination (128 + the signal). paths are only read.
 */
int tui_choose(const char *const *paths, size_t n, const struct tui_opts *opts);

/*
 * tui_main in steps, for the list of plans: tui_open opens the plan and
 * takes its lock (NULL and *rc when it cannot; the reason on stderr);
 * tui_visit shows it on the terminal until the user quits (then
 * tui_quitting is true) or goes back to the list (*back), keeping the
 * session, its undo and its lock for the next visit; it returns the exit
 * status as tui_main does (128 + a signal after a hang-up, unsaved work
 * then written to a recovery file). tui_keep writes a kept plan's unsaved
 * work to a recovery file (0, or -1 said on stderr); tui_dirty says
 * whether there is any. tui_close releases the lock and everything.
 */
struct tui;
struct tui *tui_open(const char *path, const struct tui_opts *opts, int *rc);
int tui_visit(struct tui *t, bool *back);
int tui_keep(struct tui *t);
bool tui_dirty(const struct tui *t);
/* The open plan as edited so far (borrowed; valid until the next visit). */
struct plan;
const struct plan *tui_plan_of(const struct tui *t);
void tui_close(struct tui *t);

#endif
