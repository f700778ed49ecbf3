/*
 * keys.h — the one key table of the terminal interface. Dispatch looks keys
 * up here and the help screen is printed from here, so help lists exactly
 * the keys that work.
 *
 * Invariants: a key value is a Unicode code point (printable keys and
 * Ctrl-letters, 1..31) or a curses KEY_* code with TK_FN added. Lookup takes
 * the first entry whose key matches and whose scope includes the focused
 * panel, so panel-specific entries come before global ones in the table.
 * The table is static and constant.
 */
#ifndef TOLOV_TUI_KEYS_H
#define TOLOV_TUI_KEYS_H

#include <stdbool.h>
#include <stddef.h>
#include "tolov/base/i18n.h"
#include "tolov/tui/sel.h"

#define TK_FN 0x01000000
#define TK(k) ((k) | TK_FN)
#define TK_CTRL(c) ((c) & 0x1f)

enum action {
	A_NONE,
	A_DOWN, A_UP, A_PGDN, A_PGUP, A_HOME, A_END,
	A_NEXT_PANEL, A_PREV_PANEL,
	A_EDIT, A_EDITOR,
	A_R100, A_R70, A_R30, A_R0, A_RNOTDUE, A_RCLEAR,
	A_TOGGLE_Q, A_QPREV, A_QNEXT,
	A_ADD, A_DELETE, A_MOVE_UP, A_MOVE_DOWN,
	A_UNDO, A_REDO,
	A_SEARCH, A_SNEXT, A_SPREV,
	A_F_UNIT, A_F_QUARTER, A_F_RATING, A_F_CLEAR,
	A_COMMAND, A_SAVE, A_QUIT, A_HELP, A_REPORT, A_REDRAW, A_CTRL_C,
	A_ALL_GOALS, A_MESSAGES, A_UNITS, A_HISTORY, A_EXPAND, A_COLLAPSE, A_MOVE_GOAL, A_BACK,
	A__COUNT
};

/* Scopes: one bit per panel (SC_OF(P_NAME)), from the panel registry. */
#define SC_OF(p) (1u << (p))
enum {
	SC_GOALS = SC_OF(P_GOALS), SC_ACTS = SC_OF(P_ACTS), SC_DETAIL = SC_OF(P_DETAIL),
	SC_STATUS = SC_OF(P_STATUS),
	SC_ALL = SC_OF(P__COUNT) - 1	/* every panel */
};

struct keybind {
	int key;
	const char *label;	/* as shown in help: "j", "Down", "Ctrl-R" */
	enum action act;
	unsigned scope;
};

extern const struct keybind key_table[];
extern const size_t key_table_len;

/* The action bound to key in a panel (its SC_ bit), or A_NONE. */
enum action key_lookup(int key, unsigned scope);
/* Whether an action changes the plan (refused when read-only). */
bool action_edits(enum action a);
/* The help text of an action. */
enum msg action_help(enum action a);

#endif
