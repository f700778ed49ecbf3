/* keys.c — the key table: dispatch and the help screen both read it. */
#include <curses.h>

#include "tolov/tui/keys.h"

#define ESC_KEY 27

/* Panel-specific entries first: lookup takes the first match in scope. */
const struct keybind key_table[] = {
	/* quarterly status panel: ratings */
	{ '1', "1", A_R100, SC_STATUS },
	{ '7', "7", A_R70, SC_STATUS },
	{ '3', "3", A_R30, SC_STATUS },
	{ '0', "0", A_R0, SC_STATUS },
	{ '-', "-", A_RNOTDUE, SC_STATUS },
	{ 'x', "x", A_RCLEAR, SC_STATUS },

	/* goals panel: the tree */
	{ '+', "+", A_EXPAND, SC_GOALS },
	{ '-', "-", A_COLLAPSE, SC_GOALS },

	/* moving */
	{ TK(KEY_DOWN), "Down", A_DOWN, SC_ALL },
	{ 'j', "j", A_DOWN, SC_ALL },
	{ TK(KEY_UP), "Up", A_UP, SC_ALL },
	{ 'k', "k", A_UP, SC_ALL },
	{ TK(KEY_NPAGE), "PgDn", A_PGDN, SC_ALL },
	{ TK_CTRL('f'), "Ctrl-F", A_PGDN, SC_ALL },
	{ TK(KEY_PPAGE), "PgUp", A_PGUP, SC_ALL },
	{ TK_CTRL('b'), "Ctrl-B", A_PGUP, SC_ALL },
	{ TK(KEY_HOME), "Home", A_HOME, SC_ALL },
	{ 'g', "g", A_HOME, SC_ALL },
	{ TK(KEY_END), "End", A_END, SC_ALL },
	{ 'G', "G", A_END, SC_ALL },
	{ '\t', "Tab", A_NEXT_PANEL, SC_ALL },
	{ TK(KEY_RIGHT), "Right", A_NEXT_PANEL, SC_ALL },
	{ 'l', "l", A_NEXT_PANEL, SC_ALL },
	{ TK(KEY_BTAB), "Shift-Tab", A_PREV_PANEL, SC_ALL },
	{ TK(KEY_LEFT), "Left", A_PREV_PANEL, SC_ALL },
	{ 'h', "h", A_PREV_PANEL, SC_ALL },
	{ ']', "]", A_QNEXT, SC_ALL },
	{ '[', "[", A_QPREV, SC_ALL },

	/* editing */
	{ '\n', "Enter", A_EDIT, SC_ALL },
	{ '\r', NULL, A_EDIT, SC_ALL },
	{ TK(KEY_ENTER), NULL, A_EDIT, SC_ALL },
	{ 'e', "e", A_EDIT, SC_ALL },
	{ 'E', "E", A_EDITOR, SC_ALL },
	{ 's', "s", A_TOGGLE_Q, SC_ACTS | SC_DETAIL | SC_STATUS },
	{ 'a', "a", A_ADD, SC_ALL },
	{ TK(KEY_IC), "Insert", A_ADD, SC_ALL },
	{ 'd', "d", A_DELETE, SC_ALL },
	{ TK(KEY_DC), "Delete", A_DELETE, SC_ALL },
	{ 'K', "K", A_MOVE_UP, SC_ALL },
	{ 'J', "J", A_MOVE_DOWN, SC_ALL },
	{ 'm', "m", A_MOVE_GOAL, SC_ACTS | SC_DETAIL | SC_STATUS },
	{ 'u', "u", A_UNDO, SC_ALL },
	{ TK_CTRL('r'), "Ctrl-R", A_REDO, SC_ALL },

	/* finding */
	{ '/', "/", A_SEARCH, SC_ALL },
	{ 'n', "n", A_SNEXT, SC_ALL },
	{ 'N', "N", A_SPREV, SC_ALL },
	{ 'U', "U", A_F_UNIT, SC_ALL },
	{ 'S', "S", A_F_QUARTER, SC_ALL },
	{ 'f', "f", A_F_RATING, SC_ALL },
	{ 'F', "F", A_F_CLEAR, SC_ALL },
	{ 'A', "A", A_ALL_GOALS, SC_ALL },
	{ 'M', "M", A_MESSAGES, SC_ALL },
	{ 'v', "v", A_UNITS, SC_ALL },
	{ 'H', "H", A_HISTORY, SC_ALL },
	{ 'L', "L", A_BACK, SC_ALL },

	/* the rest */
	{ ':', ":", A_COMMAND, SC_ALL },
	{ TK_CTRL('s'), "Ctrl-S", A_SAVE, SC_ALL },
	{ 'r', "r", A_REPORT, SC_ALL },
	{ '?', "?", A_HELP, SC_ALL },
	{ TK(KEY_F(1)), "F1", A_HELP, SC_ALL },
	{ TK_CTRL('l'), "Ctrl-L", A_REDRAW, SC_ALL },
	{ 'q', "q", A_QUIT, SC_ALL },
	{ TK_CTRL('c'), NULL, A_CTRL_C, SC_ALL },
};

const size_t key_table_len = sizeof key_table / sizeof key_table[0];

static const enum msg help_of[A__COUNT] = {
	[A_NONE] = M_NONE,
	[A_DOWN] = M_K_DOWN, [A_UP] = M_K_UP, [A_PGDN] = M_K_PGDN, [A_PGUP] = M_K_PGUP,
	[A_HOME] = M_K_HOME, [A_END] = M_K_END,
	[A_NEXT_PANEL] = M_K_NEXT_PANEL, [A_PREV_PANEL] = M_K_PREV_PANEL,
	[A_EDIT] = M_K_EDIT, [A_EDITOR] = M_K_EDITOR,
	[A_R100] = M_K_R100, [A_R70] = M_K_R70, [A_R30] = M_K_R30, [A_R0] = M_K_R0,
	[A_RNOTDUE] = M_K_RND, [A_RCLEAR] = M_K_RCLEAR,
	[A_TOGGLE_Q] = M_K_TOGGLE_Q, [A_QPREV] = M_K_QPREV, [A_QNEXT] = M_K_QNEXT,
	[A_ADD] = M_K_ADD, [A_DELETE] = M_K_DELETE,
	[A_MOVE_UP] = M_K_MOVE_UP, [A_MOVE_DOWN] = M_K_MOVE_DOWN,
	[A_UNDO] = M_K_UNDO, [A_REDO] = M_K_REDO,
	[A_SEARCH] = M_K_SEARCH, [A_SNEXT] = M_K_SNEXT, [A_SPREV] = M_K_SPREV,
	[A_F_UNIT] = M_K_F_UNIT, [A_F_QUARTER] = M_K_F_QUARTER, [A_F_RATING] = M_K_F_RATING,
	[A_F_CLEAR] = M_K_F_CLEAR,
	[A_COMMAND] = M_K_COMMAND, [A_SAVE] = M_K_SAVE, [A_QUIT] = M_K_QUIT,
	[A_HELP] = M_K_HELP, [A_REPORT] = M_K_REPORT, [A_REDRAW] = M_K_REDRAW,
	[A_CTRL_C] = M_CTRL_C,
	[A_ALL_GOALS] = M_K_ALL_GOALS, [A_MESSAGES] = M_K_MESSAGES, [A_UNITS] = M_K_UNITS,
	[A_HISTORY] = M_K_HISTORY,
	[A_EXPAND] = M_K_EXPAND, [A_COLLAPSE] = M_K_COLLAPSE, [A_MOVE_GOAL] = M_K_MOVE_GOAL,
	[A_BACK] = M_K_BACK,
};

enum action key_lookup(int key, unsigned scope)
{
	for (size_t i = 0; i < key_table_len; i++)
		if (key_table[i].key == key && (key_table[i].scope & scope))
			return key_table[i].act;
	return A_NONE;
}

enum msg action_help(enum action a)
{
	if ((unsigned)a >= A__COUNT)
		return M_NONE;
	return help_of[a];
}

bool action_edits(enum action a)
{
	switch (a) {
	case A_EDIT: case A_EDITOR:
	case A_R100: case A_R70: case A_R30: case A_R0: case A_RNOTDUE: case A_RCLEAR:
	case A_TOGGLE_Q: case A_ADD: case A_DELETE: case A_MOVE_UP: case A_MOVE_DOWN:
	case A_UNDO: case A_REDO: case A_SAVE: case A_MOVE_GOAL:
		return true;
	default:
		return false;
	}
}
