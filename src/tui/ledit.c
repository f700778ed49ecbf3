/*
 * ledit.c — the one-line editor. Moves by character (a code point and its
 * combining marks), never by byte; measures in display columns; scrolls
 * horizontally so the cursor stays inside the field. No drawing here
 * (ledit_draw is in draw.c): this file is unit-tested without a terminal.
 */
#include <stdlib.h>
#include <string.h>

#include <curses.h>	/* the KEY_* codes only: no curses call here */

#include "tolov/base/text.h"
#include "tolov/tui/keys.h"
#include "tolov/tui/ledit.h"

struct ledit *ledit_new(const char *init)
{
	struct ledit *le = xcalloc(1, sizeof *le);
	sbuf_adds(&le->text, init ? init : "");
	le->cur = le->text.len;
	return le;
}

void ledit_free(struct ledit *le)
{
	if (!le)
		return;
	sbuf_free(&le->text);
	free(le);
}

static void del_range(struct ledit *le, size_t from, size_t to)
{
	if (to <= from)
		return;
	memmove(le->text.buf + from, le->text.buf + to, le->text.len - to + 1);
	le->text.len -= to - from;
	if (le->cur > to)
		le->cur -= to - from;
	else if (le->cur > from)
		le->cur = from;
}

static void insert_cp(struct ledit *le, uint32_t cp)
{
	char enc[4];
	size_t k = utf8_encode(cp, enc);
	sbuf_grow(&le->text, k);
	char *b = le->text.buf;
	memmove(b + le->cur + k, b + le->cur, le->text.len - le->cur + 1);
	memcpy(b + le->cur, enc, k);
	le->text.len += k;
	le->cur += k;
}

static bool is_space_at(const struct ledit *le, size_t off)
{
	return le->text.buf[off] == ' ' || le->text.buf[off] == '\t';
}

enum le_result ledit_key(struct ledit *le, int key)
{
	const char *s = le->text.buf ? le->text.buf : "";
	size_t n = le->text.len;
	switch (key) {
	case '\n':
	case '\r':
	case TK(KEY_ENTER):
		return LE_DONE;
	case 27:
		return LE_CANCEL;
	case TK(KEY_LEFT):
	case TK_CTRL('b'):
		le->cur = text_prev_char(s, n, le->cur);
		break;
	case TK(KEY_RIGHT):
	case TK_CTRL('f'):
		le->cur = text_next_char(s, n, le->cur);
		break;
	case TK(KEY_HOME):
	case TK_CTRL('a'):
		le->cur = 0;
		break;
	case TK(KEY_END):
	case TK_CTRL('e'):
		le->cur = n;
		break;
	case TK(KEY_BACKSPACE):
	case 127:
	case TK_CTRL('h'):
		if (le->cur > 0)
			del_range(le, text_prev_char(s, n, le->cur), le->cur);
		break;
	case TK(KEY_DC):
	case TK_CTRL('d'):
		if (le->cur < n)
			del_range(le, le->cur, text_next_char(s, n, le->cur));
		break;
	case TK_CTRL('k'):
		del_range(le, le->cur, n);
		break;
	case TK_CTRL('u'):
		del_range(le, 0, le->cur);
		break;
	case TK_CTRL('w'): {
		size_t p = le->cur;
		while (p > 0 && is_space_at(le, text_prev_char(s, n, p)))
			p = text_prev_char(s, n, p);
		while (p > 0 && !is_space_at(le, text_prev_char(s, n, p)))
			p = text_prev_char(s, n, p);
		del_range(le, p, le->cur);
		break;
	}
	default:
		if (key >= 0x20 && key < TK_FN && key != 0x7F && !text_is_unsafe((uint32_t)key))
			insert_cp(le, (uint32_t)key);
		else if (key == '\t')
			insert_cp(le, ' ');
		break;
	}
	return LE_CONT;
}

void ledit_layout(struct ledit *le, int cols, struct ledit_view *out)
{
	const char *s = le->text.buf ? le->text.buf : "";
	size_t curcol = text_width(s, le->cur);
	size_t room = cols > 1 ? (size_t)cols - 1 : 1;	/* last column for the cursor */
	if (curcol < le->hscroll)
		le->hscroll = curcol > room / 3 ? curcol - room / 3 : 0;
	if (curcol >= le->hscroll + room) {
		size_t nh = curcol + 1 + room / 3 - room;
		le->hscroll = nh > curcol ? curcol : nh;
	}
	/* A field grown wider again (a resize to one column and back) shows
	 * as much as fits: no scrolling when all of it does. */
	size_t total = text_width(s, le->text.len);
	if (total < room)
		le->hscroll = 0;
	else if (le->hscroll > total + 1 - room && total + 1 - room <= curcol)
		le->hscroll = total + 1 - room;
	/* The first character at or after column hscroll. */
	size_t off = 0, col = 0;
	while (off < le->text.len && col < le->hscroll) {
		size_t nx = text_next_char(s, le->text.len, off);
		col += text_width(s + off, nx - off);
		off = nx;
	}
	out->lead = col > le->hscroll ? (int)(col - le->hscroll) : 0;	/* a wide character straddles the edge */
	out->cut_left = false;
	if (off > 0 && out->lead == 0) {
		/* a mark in the first column; skip one character after it */
		out->cut_left = true;
		size_t nx = text_next_char(s, le->text.len, off);
		size_t cw = text_width(s + off, nx - off);
		out->lead = cw <= 1 ? 1 : (int)cw;
		off = nx;
	}
	out->off = off;
	out->cursor = (int)(curcol - le->hscroll);
	if (cols > 0 && out->cursor >= cols)
		out->cursor = cols - 1;
}
