/*
 * state.h — the terminal interface's shared state, its panels (views) and
 * the repaint protocol. Internal to src/tui/.
 *
 * Ownership: one struct tui per run, owned by tui_main. It owns the
 * session, the curses windows, the filtered activity list, messages,
 * search text and any open overlay.
 *
 * Invariants:
 *   - the selection, filters and focus are t->sel (sel.h, no curses):
 *     held as indices (goal, act, quarter, view rows), never as pointers
 *     into the plan: after any session operation t->s->plan is a new
 *     object and tui_sync() clamps the indices;
 *   - each view declares in view_ops.depends what part of the selection
 *     it shows (DEP_*); tui_changed() tells exactly those views;
 *   - each overlay kind is one overlay_ops entry (draw, key; overlays.c):
 *     dispatch looks the open overlay up there, never by a switch; prompts
 *     and questions are given the function that takes their answer, and
 *     the choice box its text and keys, so overlays call no action;
 *   - the files of src/tui call each other in one direction only (no
 *     circle; tests/screen/tools/tui_cycles.py checks the objects);
 *   - handlers never draw: they change state and return repaint bits; the
 *     main loop draws what the bits name, calls wnoutrefresh for the windows
 *     touched and doupdate once per key. Moving a list selection asks for
 *     the old and new rows only (RP_ROWS); nothing clears the whole screen
 *     except a resize and Ctrl-L.
 */
#ifndef TOLOV_TUI_STATE_H
#define TOLOV_TUI_STATE_H

#include <curses.h>
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>

#include "tolov/base/i18n.h"
#include "tolov/edit/session.h"
#include "tolov/io/lock.h"
#include "tolov/tui/keys.h"
#include "tolov/tui/sel.h"
#include "tolov/tui/tui.h"
#include "tolov/base/util.h"

/*
 * Repaint bits: two per panel (its changed rows, all of it), then the top
 * and bottom lines, the overlay and the layout. Derived from P__COUNT, so
 * a new panel moves the others up; the asserts keep them apart and inside
 * an unsigned.
 */
#define RP_ROWS(p) (1u << (2 * (p)))	/* the old and new selected rows of panel p */
#define RP_FULL(p) (2u << (2 * (p)))	/* all of panel p */
#define RP__PANEL_BITS (2 * P__COUNT)
#define RP_TOP (1u << RP__PANEL_BITS)
#define RP_BOTTOM (1u << (RP__PANEL_BITS + 1))
#define RP_OVERLAY (1u << (RP__PANEL_BITS + 2))
#define RP_LAYOUT (1u << (RP__PANEL_BITS + 3))	/* windows rebuilt, everything drawn */
/* every panel's RP_FULL bit */
#define RP_PANELS (0xAAAAAAAAu & ((1u << RP__PANEL_BITS) - 1))
#define RP_ALL (RP_PANELS | RP_TOP | RP_BOTTOM | RP_OVERLAY)
_Static_assert(RP__PANEL_BITS + 4 <= 32, "repaint bits must fit an unsigned");
_Static_assert((RP_PANELS & (RP_TOP | RP_BOTTOM | RP_OVERLAY | RP_LAYOUT)) == 0,
	       "panel repaint bits overlap the others");
_Static_assert(RP_FULL(P__COUNT - 1) < RP_TOP, "the last panel's bits come before RP_TOP");

/* What part of the selection a view shows (view_ops.depends). */
enum {
	DEP_GOAL = 1,		/* the selected goal (or "all goals") */
	DEP_ACT = 2,		/* the selected activity */
	DEP_QUARTER = 4,	/* the selected quarter */
	DEP_FILTER = 8,		/* the filter */
};

struct tui;
struct view;

struct view_ops {
	const char *name;
	/* Allocate the view's private state (v->priv). */
	void (*open)(struct tui *t, struct view *v);
	/* Draw into v->win: all of it (full), or only the rows that changed. */
	void (*draw)(struct tui *t, struct view *v, bool full);
	/* Handle an action while focused; returns repaint bits. */
	unsigned (*key)(struct tui *t, struct view *v, enum action a);
	/* The selection above this panel (or the plan) changed: re-read. */
	void (*select)(struct tui *t, struct view *v);
	void (*done)(struct tui *t, struct view *v);
	unsigned depends;	/* DEP_* bits */
};

struct view {
	const struct view_ops *ops;
	enum panel id;
	WINDOW *win;		/* NULL when the panel is not shown */
	int h, w;		/* window size */
	size_t sel, top;	/* selected row and first row shown */
	size_t drawn_sel, drawn_top;	/* as last drawn, for row repaints */
	bool drawn;		/* drawn since the window was made */
	void *priv;
};

/* The target of an edit: id ("" the plan) and path as for session_set. */
struct edit_target {
	char *id, *path;
	char *value;		/* the current text */
	bool multiline;		/* may hold newlines ($EDITOR) */
};

enum overlay { OV_NONE, OV_HELP, OV_PAGER, OV_CONFIRM, OV_PROMPT, OV_EDIT, OV_CHOICE, OV__COUNT };

/*
 * One overlay kind: how it draws (last, over the panels, cursor included)
 * and takes keys while open. A new overlay is one entry in overlay_table.
 */
struct overlay_ops {
	const char *name;
	void (*draw)(struct tui *t);
	unsigned (*key)(struct tui *t, int key);
	bool covers_panels;	/* drawn again whenever a panel under it is */
	/* The keys the bottom line shows while it is open; NULL: those of the
	 * focused panel (an overlay that draws the bottom line itself, such as
	 * a prompt, leaves it NULL). */
	const enum msg *keys;
};
/* Indexed by enum overlay; OV_NONE is NULL (overlays.c). */
extern const struct overlay_ops *const overlay_table[OV__COUNT];
extern const struct overlay_ops overlay_help_ops, overlay_pager_ops, overlay_confirm_ops,
	overlay_prompt_ops, overlay_edit_ops, overlay_choice_ops;
enum prompt_kind { PR_SEARCH, PR_COMMAND, PR_SAVE_AS, PR_MOVE };
enum confirm_kind { CF_QUIT, CF_DELETE, CF_DISCARD, CF_TAKEOVER, CF_RATE };
/* OV_CHOICE: a box of one-key choices (choice.c), its text and keys given
 * by the module that asks (recovery.c: recovery files found; outside.c:
 * the file changed on disk). */
struct choice_ops {
	/* The box's title and text (lines split by \n). */
	void (*content)(struct tui *t, struct sbuf *title, struct sbuf *text);
	/* One key; returns repaint bits (the box stays open unless closed). */
	unsigned (*key)(struct tui *t, int key);
	enum msg short_text;	/* the question and keys in one line, for tiny terminals */
};
/* What a prompt does with its line on Enter (Esc does nothing). */
typedef unsigned (*prompt_fn)(struct tui *t, const char *line);
/* What a yes/no question does with the answer. */
typedef unsigned (*confirm_fn)(struct tui *t, bool yes);

struct ledit;
struct recover_file;
struct tv_lock;

struct tui {
	struct session *s;
	const char *path;
	struct tui_opts opts;
	struct view views[P__COUNT];
	struct sel sel;		/* focus, goal, activity, quarter, filter */
	bool single;		/* small terminal: only the focused panel */
	int rows, cols;
	WINDOW *top, *bottom;
	bool utf8, ascii, color;

	struct sbuf msg;	/* bottom-line message */
	bool msg_err;
	struct sbuf msg_log;	/* every message of the session, one a line (:messages) */
	WINDOW *msgwin;		/* the line above the bottom, while a long message needs two */
	char *search;		/* last search text, NULL before the first */

	enum overlay ov;	/* open overlay */
	WINDOW *ovwin;
	struct ledit *le;	/* OV_PROMPT and OV_EDIT: the line being typed */
	/* each overlay's own state (ov_close releases all of it) */
	struct {		/* OV_HELP, OV_PAGER */
		char *raw;	/* the text as given */
		struct sbuf text;	/* the same wrapped to w, lines split by \n */
		int w;
		size_t top, lines;
		char *title;
		unsigned (*closed)(struct tui *t);	/* called once when it closes */
		/* items (the report): set after ov_pager; the text is made of
		 * items (ov_item_start), a page never ends inside one when
		 * a whole one fits, and paging moves from item to item */
		bool items;
		unsigned char *start;	/* per wrapped line (overlay.c): blank,
					 * or where an item starts its indent,
					 * or 0 */
	} pg;
	struct {		/* OV_PROMPT, OV_CONFIRM */
		enum prompt_kind prompt;
		prompt_fn prompt_done;
		enum confirm_kind confirm;
		confirm_fn confirm_done;
		size_t arg[4];	/* CF_DELETE: kind (0 goal, 1 activity, 2 indicator),
				 * goal, act, ind; CF_RATE: the rating + 10 */
	} ask;
	struct {		/* OV_EDIT */
		struct edit_target et;
		enum panel panel;
		int y, x, w;	/* where the in-place editor sits in its panel */
		int h;		/* lines the field took (a wrapped title): the others are blanked */
		int hmax;	/* lines a text that may take lines is shown wrapped over
				 * (down to the panel's last row); <= 1: one line */
		int hdrawn;	/* lines drawn so far (blanked when the text shrinks) */
	} ed;
	const struct choice_ops *choice;	/* OV_CHOICE */
	struct recover_file *rec;	/* the plan's recovery files (recovery.c) */
	size_t n_rec, rec_sel;
	char *recovered_from;	/* the recovery file this session started from */
	struct tv_lock *lock;	/* the plan's lock (held unless lock_other): &lock_store */
	struct tv_lock lock_store;
	struct sbuf start_msg;	/* said on the first screen (locks) */
	bool started;		/* views and selection made (the first visit) */
	bool back;		/* L: back to the list of plans, this plan kept open */
	bool lock_other;	/* another tolov holds the lock: opened read-only */
	char *ro_why;		/* why the plan is read-only, said when an edit key is pressed */
	bool test_crash;	/* TOLOV_TEST_CRASH: Ctrl-\ crashes (tests only) */

	bool quit;
	int exit_code;
};

/* Signal flags, set by the handlers in input.c and read by the main loop. */
extern volatile sig_atomic_t tui_got_winch, tui_got_hup;

/* ---- signals and keys (input.c) ---- */
/* Install the resize/hang-up/termination handlers and block those signals
 * outside the wait for a key; and set how long Esc waits for the rest of
 * a sequence (100 ms unless ESCDELAY says). Call it before newterm, so
 * curses installs no resize handler of its own (a resize is then seen
 * only through tui_got_winch). Calling it again changes nothing. */
void input_signals(void);
/* One key, or -1 when a signal came first (or the terminal is gone:
 * tui_got_hup is then set). Bytes are made keys by keydec.h: UTF-8 split
 * across reads kept whole, unknown escape sequences dropped whole, Esc and
 * a key after it two keys. */
int input_key(int *key);
/* After a resize (tui_got_winch): the curses screen made the terminal's
 * size, and every cell repainted at the next refresh. */
void input_resize(void);
/* For a screen with its own loop (the plan chooser, the conflict picker):
 * one key as input_key reads it, TK(KEY_RESIZE) after a resize (the
 * screen already resized: input_resize; redraw), or -1 once the terminal
 * hung up, was closed or tolov was told to end (tui_got_hup says which;
 * 128 + tui_got_hup is the exit status). Needs input_signals. */
int input_screen_key(int *key);

/* ---- crash path (crash.c) ---- */
/* At open: the recovery name, the terminal modes, the handler on its own
 * stack. 0, or -1 when no recovery name can be made (no crash path). */
int crash_prepare(const char *plan_path);
/* After every change of s (edit, undo, redo, reload, save, a new
 * session), and with NULL before s is freed. */
void crash_note(const struct session *s);
/* Whether curses has the terminal (the handler then resets it). */
void crash_terminal(bool in_use);
void crash_release(void);
/* Tests only: crash as TOLOV_TEST_CRASH says (abort, segv, fpe). */
void crash_test_trigger(void);

/* Each panel's view_ops, defined in its file (the registry, panels.h). */
#define PANEL_OPS_DECL(id, ops, ...) extern const struct view_ops ops;
TOLOV_PANELS(PANEL_OPS_DECL)
#undef PANEL_OPS_DECL

/* ---- model helpers (tui.c) ---- */
const struct goal *tui_goal(const struct tui *t);		/* NULL if none */
/* The selected activity, NULL if none; its deferred notes and indicator
 * names (plan_build_deferred) filled: read them only through it. */
const struct activity *tui_act(const struct tui *t);
size_t tui_act_index(const struct tui *t);			/* in goal, or SIZE_MAX */
/* The goal of the selected activity; without one, the selected goal. */
size_t tui_act_goal(const struct tui *t);
/* Tell the views that depend on what (DEP_* bits); returns their repaint bits. */
unsigned tui_changed(struct tui *t, unsigned what);
/* Re-read the plan after an operation: rebuild vis, clamp, refresh views. */
void tui_sync(struct tui *t);
/* Rebuild the filtered list; keep activity keep (index in the selected
 * activity's goal; SIZE_MAX: the current one) when possible. */
void tui_refilter(struct tui *t, size_t keep_act_index);
bool tui_filter_pass(const struct tui *t, const struct activity *a);
void tui_msg(struct tui *t, bool err, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* err in the bottom line (through fmt when not M_NONE), without its
 * "FILE:LINE:COL: error: " lead; err is cleared. */
void tui_show_err(struct tui *t, enum msg fmt, struct tv_err *err);
/* The session's messages in the pager (:messages, M; pages.c). */
unsigned tui_show_messages(struct tui *t);
/* When the plan is read-only, say why (an error message) and return true. */
bool tui_refuse_read_only(struct tui *t);
/* Select goal g and activity a (index in the goal, SIZE_MAX: first). */
void tui_select(struct tui *t, size_t g, size_t a);
/* Make q (1..4) the selected quarter; returns repaint bits. */
unsigned tui_set_quarter(struct tui *t, int q);

/* ---- detail panel (view_detail.c) ---- */
/* Indicator index of the selected detail row, or SIZE_MAX. */
size_t view_detail_indicator(struct tui *t);
/* Select the name row of indicator i. */
void view_detail_select_indicator(struct tui *t, size_t i);

/* ---- drawing (draw.c) ---- */
enum attr_role {
	AR_NORMAL, AR_SEL, AR_SEL_DIM, AR_BAR, AR_TITLE, AR_TITLE_FOCUS, AR_BORDER,
	AR_R100, AR_R70, AR_R30, AR_R0, AR_DIM, AR_ERR, AR_MARK, AR__COUNT
};
/* A curses screen on the terminal (stdout, stdin); NULL after saying on
 * stderr, in the user's language, that the terminal (TERM) cannot be used:
 * unknown, or one that cannot move the cursor (TERM=dumb). */
SCREEN *draw_newterm(void);
/* The modes every tolov screen runs in (raw keys, no echo, keypad) and its
 * colours: color 1 or 0 as asked (--color, --no-color), -1 the terminal's
 * unless NO_COLOR is set (no-color.org); sets t->color and the attributes. */
void draw_start(struct tui *t, int color);
void draw_init_colors(struct tui *t);
int draw_attr(const struct tui *t, enum attr_role r);
/* The attribute for blanks between text drawn with before and text drawn
 * with after: one of them when its blank looks plain (no reverse,
 * underline or background), so the terminal is sent no attribute change
 * for the blanks; else A_NORMAL. */
int draw_blank_attr(int before, int after);
/* Whether the interface draws ASCII only (--ascii, or a terminal that is
 * not UTF-8): every border, mark, arrow and cut mark is then ASCII. */
bool draw_plain(const struct tui *t);
/* The one cut mark of the interface, one column: "…", "~" when plain. */
const char *draw_ellipsis(const struct tui *t);
/* The "scheduled, not yet rated" mark, one column: "•", "*" when plain. */
const char *draw_dot(const struct tui *t);
/* Write s at (y, x) fitted to cols columns (padded), sanitized. */
void draw_text(const struct tui *t, WINDOW *w, int y, int x, int cols, const char *s, int attr);
/* Append s fitted into cols to the current position (not padded). Returns
 * columns written. */
int draw_add(const struct tui *t, WINDOW *w, const char *s, int cols, int attr);
/* Border with a title; focused panels are marked. Inner area is 1..h-2. */
void draw_frame(const struct tui *t, struct view *v, const char *title);
/* Inner geometry of a panel (border when large enough). */
void view_inner(const struct view *v, int *y, int *x, int *h, int *w);
void draw_top(struct tui *t);
/* The bottom line: the message, else keys (the open overlay's, from
 * ov_keys, when not NULL), else the focused panel's keys. */
void draw_bottom(struct tui *t, const char *keys);
/* The status panel's rating, 3 columns: "100", " 70", " 30", "  0", "  -"
 * not due, "  ." scheduled and not rated (in the help legend). */
const char *rating_cell(int rating, bool scheduled);
/* Quarter q of a in 3 columns: the rating ("100", " 70", " 30", "  0"),
 * "  -" not due, "  !" overdue, "  •" ("  *" in ASCII) scheduled and not
 * yet rated, blank otherwise; *role its colour. */
const char *quarter_cell(const struct tui *t, const struct activity *a, int q,
			 enum attr_role *role);
enum attr_role rating_role(int rating);
enum msg rating_word(int rating);

/* The line editor at (y, x) in cols columns; leaves the cursor in place. */
struct ledit;
void ledit_draw(const struct tui *t, struct ledit *le, WINDOW *w, int y, int x, int cols, int attr);

/* ---- list helper (draw.c): keep sel visible; returns true if top moved ---- */
bool list_scroll(struct view *v, size_t n, size_t page);
/* Standard list navigation; returns true when sel changed. */
bool list_nav(struct view *v, size_t n, size_t page, enum action a);

/* ---- overlays and prompts (overlay.c) ---- */
void ov_help(struct tui *t);
void ov_pager(struct tui *t, const char *title, const char *text);
/*
 * Does the line s (n bytes, no newline) start an item of an indented text
 * (the report: a heading, a goal, an activity "  1.2. Title", a summary
 * table), rather than continue one (its wrapped title, its labelled lines,
 * a table's next row)? An item starts on a non-blank line indented at most
 * 2 columns deeper than the item before it, unless it is a table row
 * (columns two spaces apart) right after another: a table stays whole.
 * *st carries the state from line to line (start it at { 0, false }).
 */
struct ov_items {
	size_t indent;	/* of the last item's first line */
	bool table;	/* the last non-blank line was a table row */
};
bool ov_item_start(const char *s, size_t n, struct ov_items *st);
/* A y/n question on the bottom line (the message says it); done gets the
 * answer. A prompt on the bottom line; done gets the line on Enter. */
void ov_confirm(struct tui *t, enum confirm_kind k, const size_t args[4], confirm_fn done);
void ov_prompt(struct tui *t, enum prompt_kind k, const char *init, prompt_fn done);
/* Start in-place editing of et (ownership moves to t) in panel p at y,x,w. */
void ov_edit(struct tui *t, enum panel p, int y, int x, int w, struct edit_target *et);
/* The open overlay's key and draw (overlay_table). */
unsigned ov_key(struct tui *t, int key);
void ov_draw(struct tui *t);
/* The open overlay's keys for the bottom line, or NULL (none open, or
 * it has none: the focused panel's keys apply). */
const char *ov_keys(const struct tui *t);
/* Whether the open overlay covers panels (drawn again over them). */
bool ov_covers(const struct tui *t);
void ov_close(struct tui *t);
void edit_target_free(struct edit_target *et);

/* ---- actions (actions.c) ---- */
unsigned act_global(struct tui *t, enum action a);
/* Rate the selected quarter; ask (y/n) first when it is not scheduled. */
unsigned act_rate(struct tui *t, int rating, bool ask);
unsigned act_set(struct tui *t, const char *id, const char *path, const char *value);
unsigned act_run_editor(struct tui *t, struct edit_target *et);
unsigned act_search(struct tui *t, const char *text, int dir, bool from_here);
/* Save (outside.c): asks what to do when the file changed on disk, is
 * refused when another tolov took the lock over. */
unsigned act_save(struct tui *t, bool force);
unsigned act_quit(struct tui *t, bool force);
/* Move the selected activity under goal goal_id (:move, m); ask for it. */
unsigned act_move_to(struct tui *t, const char *goal_id);
unsigned act_ask_move(struct tui *t);
/* :renumber: goals and activities renumbered in their order. */
unsigned act_renumber(struct tui *t);
/* find.c: search next/previous and the filter keys. */
unsigned act_find(struct tui *t, enum action a);
/* Change the filter: unit (NULL: keep), quarter (-1: keep), r (FR_KEEP:
 * keep); clear drops every part. */
unsigned act_filter_set(struct tui *t, const char *unit, int quarter, enum filter_rating r,
			bool clear);

/* ---- choices (choice.c) ---- */
void ov_choice(struct tui *t, const struct choice_ops *ops);

/* ---- recovery files (recovery.c) ---- */
/* At start, or on :recover: look for the plan's recovery files and offer
 * them (open, compare, discard). Returns repaint bits; says so when there
 * are none and quiet is false. */
unsigned recovery_offer(struct tui *t, bool quiet);
unsigned recovery_open(struct tui *t);
unsigned recovery_compare(struct tui *t);
unsigned recovery_ask_discard(struct tui *t);
unsigned recovery_discard(struct tui *t, bool yes);
void recovery_forget(struct tui *t);
/* After a save of a session that started from a recovery file: the file
 * is no longer needed; remove it and say so. */
void recovery_saved(struct tui *t);
/* Keep the unsaved edits in a recovery file (before they are dropped);
 * its name goes to *written. 0, or -1 with the reason in the message. */
int recovery_keep(struct tui *t, char **written);

/* ---- changes from outside, other editors (outside.c) ---- */
/* The file changed on disk: reload (edits to a recovery file first). */
unsigned act_reload(struct tui *t);
/* Save a copy to path; the plan itself stays unsaved. */
unsigned act_save_as(struct tui *t, const char *path);
/* Another tolov took this one's lock over: true, *who names it (freed by
 * the caller); the lock then counts as the other's (:takeover asks for it). */
bool tui_lock_lost(struct tui *t, char **who);
/* :takeover: ask, then take the lock from the other tolov. */
unsigned act_ask_takeover(struct tui *t);
unsigned act_takeover(struct tui *t);
/* Replace the session (a recovery file opened, say). */
void tui_replace_session(struct tui *t, struct session *ns);

/* ---- command line (cmdline.c) ---- */
unsigned cmd_run(struct tui *t, const char *line);

/* Before a plan opens (conflicts.c): when its file holds merge conflict
 * markers, let the user pick a side of each and save the result. 0 when
 * there were none or all are resolved and saved; 1 when the user left
 * (the file unchanged, the reason on stderr). Not for read-only opens.
 * When it returns 0 for a file without markers, *bytes is the file as read
 * (malloc'ed, *len bytes, for session_open_buffer: not read twice), else
 * NULL. */
int tui_pick_conflicts(const char *path, const struct tui_opts *o, char **bytes, size_t *len);

/* ---- pages in the pager: report, units, messages, history (pages.c) ---- */
/* The history through git (io/history.h) of the field path (NULL or "":
 * all of it) of goal or activity id ("" the plan), newest first, in the
 * pager; outside a git work tree the reason is the message. */
unsigned history_view_open(struct tui *t, const char *id, const char *path);
unsigned report_view_open(struct tui *t);
/* Per responsible unit: activities, budget, progress, overdue (v). */
unsigned units_view_open(struct tui *t);

#endif
