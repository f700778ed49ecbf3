/*
 * ledit.h — the one-line editor used for in-place field edits, the search
 * prompt and the command line. No curses here (unit-tested in
 * tests/unit/test_tui_ledit.c); drawing is ledit_draw in state.h.
 *
 * Ownership: a struct ledit owns its text (an sbuf, always valid UTF-8 as
 * far as the editor is concerned: it inserts whole code points and deletes
 * whole characters). cur is a byte offset on a character boundary; hscroll
 * is the first display column shown, kept so the cursor stays in view when
 * the text is wider than the field.
 */
#ifndef TOLOV_TUI_LEDIT_H
#define TOLOV_TUI_LEDIT_H

#include <stdbool.h>
#include "tolov/base/util.h"

struct ledit {
	struct sbuf text;
	size_t cur;		/* byte offset of the cursor */
	size_t hscroll;		/* display column at the field's left edge */
};

enum le_result { LE_CONT, LE_DONE, LE_CANCEL };

struct ledit *ledit_new(const char *init);
void ledit_free(struct ledit *le);
/* Feed one key (code point, or TK_FN + KEY_*). */
enum le_result ledit_key(struct ledit *le, int key);

/* What a field of cols display columns shows (ledit_layout). */
struct ledit_view {
	size_t off;	/* byte offset of the first character drawn */
	int lead;	/* columns before it: a cut mark or a straddling wide character */
	bool cut_left;	/* text is hidden on the left: draw a mark in column 0 */
	int cursor;	/* the cursor's column in the field, 0..cols-1 */
};
/* Scroll so the cursor is inside a field of cols columns (hscroll moves)
 * and say what to draw. Columns are display columns. */
void ledit_layout(struct ledit *le, int cols, struct ledit_view *out);

#endif
