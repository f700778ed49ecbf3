/*
 * ledit.h — the one-line editor used for in-place field edits, the search
 * prompt and the command line.
 *
 * Ownership: a struct ledit owns its text (an sbuf, always valid UTF-8 as
 * far as the editor is concerned: it inserts whole code points and deletes
 * whole characters). cur is a byte offset on a character boundary; hscroll
 * is the first display column shown, kept so the cursor stays in view when
 * the text is wider than the field.
 */
#ifndef TOLOV_TUI_LEDIT_H
#define TOLOV_TUI_LEDIT_H

#include <curses.h>
#include <stdbool.h>
#include "tolov/base/util.h"

struct tui;

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
/* Draw at (y, x) in cols columns; leaves the cursor in place. */
void ledit_draw(const struct tui *t, struct ledit *le, WINDOW *w, int y, int x, int cols, int attr);

#endif
