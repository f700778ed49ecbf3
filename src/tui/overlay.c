/*
 * overlay.c — what sits on top of the panels: the help screen (printed from
 * the key table), the scrollable text view (the report), yes/no questions
 * and prompts on the bottom line, and the in-place field editor.
 * Esc closes any of them.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/base/text.h"
#include "tolov/plan/schema.h"
#include "tolov/tui/ledit.h"
#include "tolov/tui/state.h"

void edit_target_free(struct edit_target *et)
{
	free(et->id);
	free(et->path);
	free(et->value);
	memset(et, 0, sizeof *et);
}

void ov_close(struct tui *t)
{
	if (t->ovwin)
		delwin(t->ovwin);
	t->ovwin = NULL;
	ledit_free(t->le);
	t->le = NULL;
	edit_target_free(&t->ed.et);
	free(t->pg.raw);
	t->pg.raw = NULL;
	free(t->pg.start);
	t->pg.start = NULL;
	t->pg.items = false;
	sbuf_reset(&t->pg.text);
	free(t->pg.title);
	t->pg.title = NULL;
	t->ov = OV_NONE;
}

/* ---- help, generated from the key table ---- */

static void scope_names(struct sbuf *out, unsigned scope)
{
	static const struct { unsigned bit; enum msg m; } names[] = {
#define PANEL_SCOPE(id, ops, row, num, den, scope) { SC_OF(id), scope },
		TOLOV_PANELS(PANEL_SCOPE)
#undef PANEL_SCOPE
	};
	if (scope == SC_ALL)
		return;
	sbuf_adds(out, " (");
	bool first = true;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (scope & names[i].bit) {
			sbuf_addf(out, "%s%s", first ? "" : ", ", tr(names[i].m));
			first = false;
		}
	sbuf_addc(out, ')');
}

/* A key's name as the help screen shows it: the arrows in the user's
 * language, as the footers name them ("Доош", "Дээш"); key caps (PgDn,
 * Home, Enter) and letters as written. */
static const char *help_key_name(const char *label)
{
	static const struct {
		const char *label;
		enum msg m;
	} names[] = { { "Down", M_KEYNAME_DOWN }, { "Up", M_KEYNAME_UP },
		      { "Left", M_KEYNAME_LEFT }, { "Right", M_KEYNAME_RIGHT } };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(label, names[i].label))
			return tr(names[i].m);
	return label;
}

void ov_help(struct tui *t)
{
	struct sbuf b = SBUF_INIT;
	bool done[A__COUNT][SC_ALL + 1];
	memset(done, 0, sizeof done);
	for (size_t i = 0; i < key_table_len; i++) {
		const struct keybind *k = &key_table[i];
		if (!k->label || done[k->act][k->scope & SC_ALL])
			continue;
		done[k->act][k->scope & SC_ALL] = true;
		struct sbuf keys = SBUF_INIT;
		for (size_t j = i; j < key_table_len; j++)
			if (key_table[j].act == k->act && key_table[j].scope == k->scope &&
			    key_table[j].label)
				sbuf_addf(&keys, "%s%s", keys.len ? ", " : "",
					  help_key_name(key_table[j].label));
		size_t kw = text_width(keys.buf, keys.len);
		sbuf_addf(&b, "  %s", keys.buf);
		for (size_t c = kw; c < 22; c++)
			sbuf_addc(&b, ' ');
		sbuf_addf(&b, " %s", tr(action_help(k->act)));
		scope_names(&b, k->scope);
		sbuf_addc(&b, '\n');
		sbuf_free(&keys);
	}
	sbuf_addf(&b, "  Esc                    %s\n", tr(M_K_CLOSE));
	sbuf_addf(&b, "\n%s:\n  %s\n  %s\n  %s\n", tr(M_HELP_LINE_EDITOR), tr(M_K_LE_MOVE), tr(M_K_LE_DEL),
		  tr(M_K_LE_DONE));
	/* every mark the panels draw, as drawn now (ASCII under --ascii) */
	sbuf_addf(&b, "\n%s:\n  %s\n  ", tr(M_HELP_MARKS), tr(M_HELP_MARK_RATING));
	sbuf_addf(&b, tr(M_HELP_MARK_SCHED), draw_dot(t));
	sbuf_addf(&b, "\n  %s\n  %s;  %s\n  %s\n  ", tr(M_HELP_MARK_OVERDUE), tr(M_HELP_MARK_NOTDUE),
		  tr(M_HELP_MARK_BLANK), tr(M_HELP_MARK_GOALS));
	sbuf_addf(&b, tr(M_HELP_MARK_STATUS), draw_dot(t), draw_dot(t), draw_dot(t));
	sbuf_adds(&b, "\n  ");
	sbuf_addf(&b, tr(M_HELP_MARK_CUT), draw_ellipsis(t));
	sbuf_addf(&b, "\n  %s\n", tr(M_HELP_MARK_BOLD));
	static const enum msg cmds[] = { M_HELP_C_W, M_HELP_C_Q, M_HELP_C_WQ, M_HELP_C_GOTO,
					 M_HELP_C_SET, M_HELP_C_QUARTER, M_HELP_C_FILTER,
					 M_HELP_C_WFILE, M_HELP_C_RELOAD, M_HELP_C_RECOVER,
					 M_HELP_C_TAKEOVER, M_HELP_C_MESSAGES, M_HELP_C_MOVE,
					 M_HELP_C_RENUMBER };
	sbuf_addf(&b, "\n%s:\n", tr(M_HELP_CMDS));
	for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
		sbuf_addf(&b, "  %s\n", tr(cmds[i]));
		if (cmds[i] == M_HELP_C_SET)
			schema_set_help(&b, 4, 74);	/* the paths, from the schema */
	}
	sbuf_addf(&b, "\n%s", tr(M_HELP_CLOSE));
	ov_pager(t, tr(M_HELP_TITLE), b.buf);
	t->ov = OV_HELP;
	sbuf_free(&b);
}

/* ---- the scrollable text view ---- */

void ov_pager(struct tui *t, const char *title, const char *text)
{
	ov_close(t);
	t->ov = OV_PAGER;
	t->pg.raw = xstrdup(text ? text : "");
	t->pg.title = xstrdup(title ? title : "");
	t->pg.w = -1;
	t->pg.top = 0;
}

/* pg.start[k]: PG_BLANK for a blank line; else the indent + 1 of an
 * item's first line (PG_INDENT bits, capped), 0 for a line that continues
 * an item */
enum { PG_BLANK = 0x80, PG_INDENT = 0x7F };

/* A row of a table: after its indent, columns two spaces or more apart. */
static bool table_line(const char *s, size_t n, size_t from)
{
	for (size_t i = from; i + 2 < n; i++)
		if (s[i] == ' ' && s[i + 1] == ' ') {
			size_t j = i;
			while (j < n && s[j] == ' ')
				j++;
			if (j < n)
				return true;
			break;
		}
	return false;
}

bool ov_item_start(const char *s, size_t n, struct ov_items *st)
{
	size_t i = 0;
	while (i < n && s[i] == ' ')
		i++;
	if (i == n) {
		st->table = false;
		return false;
	}
	bool table = table_line(s, n, i), after_table = st->table;
	st->table = table;
	if (i > st->indent + 2 || (table && after_table))
		return false;
	st->indent = i;
	return true;
}

static void pager_line(void *ctx, const char *line, size_t len)
{
	struct sbuf *b = ctx;
	sbuf_add(b, line, len);
	sbuf_addc(b, '\n');
}

static void pager_geometry(struct tui *t, int *y, int *x, int *h, int *w)
{
	*y = t->rows >= 3 ? 1 : 0;
	*x = 0;
	*h = t->rows - (t->rows >= 3 ? 2 : 0);
	*w = t->cols;
}

/* Where a "  keys    description" line's description starts (bytes), or 0. */
static size_t desc_start(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && s[i] == ' ')
		i++;
	if (i == n)
		return 0;
	for (; i + 1 < n; i++)
		if (s[i] == ' ' && s[i + 1] == ' ') {
			size_t j = i;
			while (j < n && s[j] == ' ')
				j++;
			return j < n ? j : 0;
		}
	return 0;
}

/*
 * Wrap each line to width; a line laid out as "keys  description" wraps
 * its description under itself (a hanging indent) when there is room.
 */
static void pager_layout(struct tui *t, int iw)
{
	if (t->pg.w == iw)
		return;
	size_t w = iw > 0 ? (size_t)iw : 1;
	sbuf_reset(&t->pg.text);
	t->pg.lines = 0;
	const char *s = t->pg.raw;
	size_t cap = 0;
	struct ov_items st = { 0, false };
	free(t->pg.start);
	t->pg.start = NULL;
	for (;;) {
		const char *e = strchr(s, '\n');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		char *line = xstrndup(s, n);
		size_t first_line = t->pg.lines;
		bool starts = t->pg.items && ov_item_start(line, n, &st);
		size_t d = desc_start(line, n);
		size_t dw = d ? text_width(line, d) : 0;
		if (d && dw < w / 2 && text_width(line, n) > w) {
			struct sbuf part = SBUF_INIT;
			text_wrap(line + d, w - dw, pager_line, &part);
			const char *p = part.buf ? part.buf : "";
			for (bool first = true; *p; first = false) {
				const char *pe = strchr(p, '\n');
				if (first)
					sbuf_add(&t->pg.text, line, d);
				else
					for (size_t k = 0; k < dw; k++)
						sbuf_addc(&t->pg.text, ' ');
				sbuf_add(&t->pg.text, p, pe ? (size_t)(pe - p) : strlen(p));
				sbuf_addc(&t->pg.text, '\n');
				t->pg.lines++;
				p = pe ? pe + 1 : p + strlen(p);
			}
			sbuf_free(&part);
		} else {
			t->pg.lines += text_wrap(line, w, pager_line, &t->pg.text);
		}
		if (t->pg.items) {	/* the first wrapped line of a start */
			if (t->pg.lines + 1 > cap) {
				cap = (t->pg.lines + 1) * 2;
				t->pg.start = xrealloc(t->pg.start, cap);
			}
			bool blank = true;
			for (size_t k = 0; k < n && blank; k++)
				blank = line[k] == ' ';
			for (size_t k = first_line; k < t->pg.lines; k++)
				t->pg.start[k] = blank ? PG_BLANK
					       : starts && k == first_line
						   ? (unsigned char)(st.indent < PG_INDENT - 1 ? st.indent + 1
											: PG_INDENT)
						   : 0;
		}
		free(line);
		if (!e)
			break;
		s = e + 1;
	}
	t->pg.w = iw;
}

static bool blank_line_at(const struct tui *t, size_t k)
{
	return t->pg.start && k < t->pg.lines && (t->pg.start[k] & PG_BLANK);
}

static unsigned start_indent(const struct tui *t, size_t k)
{
	return t->pg.start && k < t->pg.lines ? t->pg.start[k] & PG_INDENT : 0;
}

static bool is_start(const struct tui *t, size_t line)
{
	return !t->pg.items || !t->pg.start || line >= t->pg.lines ||
	       (t->pg.start[line] & PG_INDENT);
}

/* The first line not shown whole by a page of ih lines from top: with
 * items, the start of an item the page would cut (when a whole item fits
 * above it), else top + ih. */
static size_t pager_end(const struct tui *t, size_t top, size_t ih)
{
	size_t end = top + ih;
	if (end >= t->pg.lines)
		return end;
	size_t s = end;
	while (s > top && !is_start(t, s))
		s--;
	if (s == top)
		return end;	/* an item longer than the page: shown cut, marked */
	/* a heading goes with what follows it: not last on a page. A
	 * heading is an item above a deeper one (a goal over its first
	 * activity), or one of at most two lines over an item as deep
	 * (a section's name over its first goal) */
	for (bool moved = true; moved;) {
		moved = false;
		for (size_t p = s; p-- > top + 1;) {
			if (!is_start(t, p))
				continue;
			size_t lines = 0;
			for (size_t k = p; k < s; k++)
				lines += !blank_line_at(t, k);
			if (start_indent(t, p) < start_indent(t, s) ||
			    (lines <= 2 && start_indent(t, p) <= start_indent(t, s))) {
				s = p;
				moved = true;
			}
			break;
		}
	}
	return s;
}

/* With items, the page after the one at top: from item to item, until
 * the page shows the end (then top itself). */
static size_t pager_next(const struct tui *t, size_t top, size_t ih)
{
	size_t nx = pager_end(t, top, ih);
	return nx > top && nx < t->pg.lines ? nx : top;
}

/* The highest top worth scrolling to: the end shows. With items, the
 * last page reached from top paging forward, so it starts with a whole
 * item (and its heading). */
static size_t pager_max(const struct tui *t, size_t top, size_t ih)
{
	if (!t->pg.items)
		return t->pg.lines > ih ? t->pg.lines - ih : 0;
	for (size_t nx; (nx = pager_next(t, top, ih)) != top;)
		top = nx;
	return top;
}

/* The page before the one at top: the lowest item start whose page ends
 * at top or after; one page of lines back when there is none. */
static size_t pager_prev(const struct tui *t, size_t top, size_t ih)
{
	size_t from = top > ih ? top - ih : 0;
	for (size_t p = from; p < top; p++)
		if (is_start(t, p) && pager_end(t, p, ih) >= top)
			return p;
	return from;
}

static void pager_draw(struct tui *t)
{
	int y, x, h, w;
	pager_geometry(t, &y, &x, &h, &w);
	if (h < 1 || w < 1)
		return;
	if (!t->ovwin || getmaxy(t->ovwin) != h || getmaxx(t->ovwin) != w) {
		if (t->ovwin)
			delwin(t->ovwin);
		t->ovwin = newwin(h, w, y, x);
		if (!t->ovwin)
			return;
	}
	struct view frame = { .win = t->ovwin, .h = h, .w = w, .id = t->sel.focus };
	int iy, ix, ih, iw;
	view_inner(&frame, &iy, &ix, &ih, &iw);
	pager_layout(t, iw);
	size_t page = ih > 0 ? (size_t)ih : 1;
	if (t->pg.items) {
		if (t->pg.top >= t->pg.lines)	/* laid out anew, shorter */
			t->pg.top = pager_max(t, 0, page);
	} else if (t->pg.top > pager_max(t, 0, page)) {
		t->pg.top = pager_max(t, 0, page);
	}
	if (t->pg.lines <= (size_t)ih)
		t->pg.top = 0;
	size_t end = t->pg.items ? pager_end(t, t->pg.top, page) : t->pg.top + page;
	if (t->pg.lines > page) {
		/* which page of how many: "Keys  1/4"; a page forward moves
		 * by page - 1 lines (pager_key), one line kept for context;
		 * with items, from item to item (pager_end) */
		struct sbuf tt = SBUF_INIT;
		size_t pages, at;
		if (t->pg.items) {
			pages = 1, at = 1;
			for (size_t p = 0, nx; (nx = pager_next(t, p, page)) != p; p = nx) {
				pages++;
				at += nx <= t->pg.top;
			}
		} else {
			size_t step = page > 1 ? page - 1 : 1;
			pages = (t->pg.lines - page + step - 1) / step + 1;
			at = t->pg.top + page >= t->pg.lines ? pages : t->pg.top / step + 1;
		}
		if (end >= t->pg.lines)
			at = pages;
		sbuf_addf(&tt, tr(M_HELP_PAGE), t->pg.title, at, pages);
		draw_frame(t, &frame, tt.buf);
		sbuf_free(&tt);
	} else {
		draw_frame(t, &frame, t->pg.title);
	}
	const char *s = t->pg.text.buf ? t->pg.text.buf : "";
	for (size_t i = 0; i < t->pg.top && *s; i++) {
		const char *e = strchr(s, '\n');
		s = e ? e + 1 : s + strlen(s);
	}
	for (int r = 0; r < ih; r++) {
		const char *e = *s ? strchr(s, '\n') : NULL;
		struct sbuf one = SBUF_INIT;
		/* an item the page would cut waits whole for the next page */
		if (t->pg.top + (size_t)r < end)
			sbuf_add(&one, s, e ? (size_t)(e - s) : strlen(s));
		draw_text(t, t->ovwin, iy + r, ix, iw, one.buf ? one.buf : "", A_NORMAL);
		sbuf_free(&one);
		s = e ? e + 1 : s + strlen(s);
	}
	if (t->pg.items && end < t->pg.lines && iy > 0 && iw > 8) {
		/* more below: said on the lower border, "cut" when an item is
		 * longer than the page and goes on */
		struct sbuf more = SBUF_INIT;
		bool u = !draw_plain(t);
		sbuf_addf(&more, " %s %s ", u ? "\xE2\x96\xBC" : "v",
			  tr(is_start(t, end) ? M_PG_MORE : M_PG_CONTINUES));
		size_t mw = text_width(more.buf, more.len);
		if (mw + 2 < (size_t)iw)
			draw_text(t, t->ovwin, iy + ih, ix + iw - (int)mw - 1, (int)mw, more.buf,
				  draw_attr(t, AR_BORDER));
		sbuf_free(&more);
	}
	touchwin(t->ovwin);
	wnoutrefresh(t->ovwin);
}

static unsigned pager_key(struct tui *t, int key)
{
	int y, x, h, w;
	pager_geometry(t, &y, &x, &h, &w);
	size_t page = h > 3 ? (size_t)h - 3 : 1;
	size_t max = t->pg.lines > page ? t->pg.lines - page : 0;
	size_t ih = h > 2 ? (size_t)h - 2 : 1;	/* the lines a page shows */
	if (t->pg.items) {
		/* pages from item to item; a line down stops once the end
		 * shows */
		switch (key) {
		case ' ': case TK(KEY_NPAGE): case TK_CTRL('f'):
			t->pg.top = pager_next(t, t->pg.top, ih);
			return RP_OVERLAY;
		case 'b': case TK(KEY_PPAGE): case TK_CTRL('b'):
			t->pg.top = pager_prev(t, t->pg.top, ih);
			return RP_OVERLAY;
		case 'G': case TK(KEY_END):
			t->pg.top = pager_max(t, t->pg.top, ih);
			return RP_OVERLAY;
		case 'j': case TK(KEY_DOWN): case '\n': case '\r':
			if (pager_end(t, t->pg.top, ih) < t->pg.lines)
				t->pg.top++;
			return RP_OVERLAY;
		default:
			break;
		}
	}
	switch (key) {
	case 27: case 'q': case '?':
		ov_close(t);
		if (t->pg.closed) {	/* back to whoever opened it */
			unsigned (*back)(struct tui *) = t->pg.closed;
			t->pg.closed = NULL;
			back(t);
		}
		return RP_LAYOUT;
	case 'j': case TK(KEY_DOWN): case '\n': case '\r':
		if (t->pg.top < max)
			t->pg.top++;
		break;
	case 'k': case TK(KEY_UP):
		if (t->pg.top > 0)
			t->pg.top--;
		break;
	case ' ': case TK(KEY_NPAGE): case TK_CTRL('f'):
		t->pg.top = t->pg.top + page < max ? t->pg.top + page : max;
		break;
	case 'b': case TK(KEY_PPAGE): case TK_CTRL('b'):
		t->pg.top = t->pg.top > page ? t->pg.top - page : 0;
		break;
	case 'g': case TK(KEY_HOME):
		t->pg.top = 0;
		break;
	case 'G': case TK(KEY_END):
		t->pg.top = max;
		break;
	default:
		return 0;
	}
	return RP_OVERLAY;
}

/* ---- yes/no questions ---- */

void ov_confirm(struct tui *t, enum confirm_kind k, const size_t args[4], confirm_fn done)
{
	t->ov = OV_CONFIRM;
	t->ask.confirm = k;
	t->ask.confirm_done = done;
	for (int i = 0; i < 4; i++)
		t->ask.arg[i] = args ? args[i] : 0;
}

/* ---- prompts and the in-place editor ---- */

void ov_prompt(struct tui *t, enum prompt_kind k, const char *init, prompt_fn done)
{
	ov_close(t);
	t->ov = OV_PROMPT;
	t->ask.prompt = k;
	t->ask.prompt_done = done;
	t->le = ledit_new(init);
}

void ov_edit(struct tui *t, enum panel p, int y, int x, int w, struct edit_target *et)
{
	ov_close(t);
	t->ov = OV_EDIT;
	t->ed.et = *et;
	memset(et, 0, sizeof *et);
	t->le = ledit_new(t->ed.et.value);
	t->ed.panel = p;
	t->ed.h = 1;
	t->ed.hmax = 1;
	t->ed.hdrawn = 1;
	t->ed.y = y;
	t->ed.x = x;
	t->ed.w = w;
}

static void confirm_draw(struct tui *t)
{
	if (t->bottom) {
		draw_text(t, t->bottom, 0, 0, getmaxx(t->bottom), t->msg.buf ? t->msg.buf : "",
			  draw_attr(t, AR_ERR));
		wnoutrefresh(t->bottom);
	}
}

static void prompt_draw(struct tui *t)
{
	WINDOW *w = t->bottom;
	if (!w && t->views[t->sel.focus].win)
		w = t->views[t->sel.focus].win;	/* a one-line terminal */
	if (!w)
		return;
	int cols = getmaxx(w);
	const char *pfx = t->ask.prompt == PR_SEARCH ? "/"
			: t->ask.prompt == PR_SAVE_AS ? tr(M_SAVE_AS_PROMPT)
			: t->ask.prompt == PR_MOVE ? tr(M_MOVE_PROMPT) : ":";
	int pw = (int)text_width(pfx, strlen(pfx));
	if (pw > cols / 2)
		pw = cols / 2;
	draw_text(t, w, 0, 0, pw, pfx, A_BOLD);
	ledit_draw(t, t->le, w, 0, pw, cols - pw, A_NORMAL);
	wnoutrefresh(w);
}

/*
 * Text that may take lines, typed over up to ed.hmax lines: broken at
 * exactly w display columns (not at words), so the cursor's line and
 * column follow from the text; the lines scroll to keep the cursor in
 * view. Returns the lines drawn.
 */
static int edit_draw_lines(struct tui *t, WINDOW *win, int x0, int w, int last)
{
	const struct ledit *le = t->le;
	const char *s = le->text.buf ? le->text.buf : "";
	size_t n = le->text.len;
	size_t *start = xmalloc((n + 2) * sizeof *start);
	size_t nl = 1, cur_line = 0;
	int col = 0, cur_col = 0;
	start[0] = 0;
	for (size_t i = 0; i <= n;) {
		size_t k = i < n ? text_next_char(s, n, i) : n;
		int cw = i < n ? (int)text_width(s + i, k - i) : 1;
		if (col > 0 && col + cw > w) {
			start[nl++] = i;
			col = 0;
		}
		if (i == le->cur) {
			cur_line = nl - 1;
			cur_col = col;
		}
		if (i == n)
			break;
		col += cw;
		i = k;
	}
	start[nl] = n;
	int hmax = t->ed.hmax;
	if (t->ed.y + hmax - 1 > last)
		hmax = last - t->ed.y + 1;
	if (hmax < 1)
		hmax = 1;
	size_t top = cur_line >= (size_t)hmax ? cur_line - (size_t)hmax + 1 : 0;
	int h = (int)(nl - top) < hmax ? (int)(nl - top) : hmax;
	int at = draw_attr(t, AR_SEL);
	for (int r = 0; r < h; r++) {
		size_t a = start[top + (size_t)r], b = start[top + (size_t)r + 1];
		if (r >= t->ed.h && t->ed.x > x0)	/* over other rows: their labels go */
			draw_text(t, win, t->ed.y + r, x0, t->ed.x - x0, "", A_NORMAL);
		char *one = xstrndup(s + a, b - a);
		draw_text(t, win, t->ed.y + r, t->ed.x, w, one, at);
		free(one);
	}
	/* lines the text took before, or the field's old wrapped lines */
	int clear = t->ed.hdrawn > t->ed.h ? t->ed.hdrawn : t->ed.h;
	for (int r = h; r < clear && t->ed.y + r <= last; r++)
		draw_text(t, win, t->ed.y + r, t->ed.x, w, "", A_NORMAL);
	free(start);
	wmove(win, t->ed.y + (int)(cur_line - top), t->ed.x + cur_col);
	return h;
}

static void edit_draw(struct tui *t)
{
	struct view *v = &t->views[t->ed.panel];
	if (!v->win)
		return;
	int w = t->ed.w;
	if (t->ed.x + w > v->w)
		w = v->w - t->ed.x;
	if (t->ed.y >= 0 && t->ed.y < v->h && w > 0) {
		int last = v->h >= 3 ? v->h - 2 : v->h - 1;
		if (t->ed.hmax > 1 && w > 1) {
			int iy, ix, ih, iw;
			view_inner(v, &iy, &ix, &ih, &iw);
			int h = edit_draw_lines(t, v->win, ix, w, last);
			if (h > t->ed.hdrawn)
				t->ed.hdrawn = h;
			wnoutrefresh(v->win);
			return;
		}
		/* the rest of a wrapped value is the old text: not shown while
		 * the new one is typed on one line */
		for (int y = t->ed.y + 1; y < t->ed.y + t->ed.h && y <= last; y++)
			draw_text(t, v->win, y, t->ed.x, w, "", A_NORMAL);
		ledit_draw(t, t->le, v->win, t->ed.y, t->ed.x, w, draw_attr(t, AR_SEL));
	}
	wnoutrefresh(v->win);
}

static unsigned edit_key(struct tui *t, int key)
{
	enum le_result r = ledit_key(t->le, key);
	enum panel p = t->ed.panel;
	if (r == LE_CANCEL) {
		ov_close(t);
		return RP_FULL(p) | RP_BOTTOM;
	}
	if (r == LE_CONT)
		return RP_OVERLAY;
	const char *nv = t->le->text.buf ? t->le->text.buf : "";
	if (strcmp(nv, t->ed.et.value ? t->ed.et.value : "") == 0) {
		ov_close(t);
		return RP_FULL(p) | RP_BOTTOM;
	}
	char *id = xstrdup(t->ed.et.id), *path = xstrdup(t->ed.et.path), *val = xstrdup(nv);
	unsigned rp = act_set(t, id, path, val);
	free(id);
	free(path);
	free(val);
	if (t->msg_err && t->msg.len)	/* refused: keep editing so it can be fixed */
		return rp | RP_OVERLAY | RP_BOTTOM;
	ov_close(t);
	return rp | RP_ALL;
}

static unsigned prompt_key(struct tui *t, int key)
{
	enum le_result r = ledit_key(t->le, key);
	if (r == LE_CONT)
		return RP_OVERLAY;
	char *line = xstrdup(t->le->text.buf ? t->le->text.buf : "");
	prompt_fn done = t->ask.prompt_done;
	ov_close(t);
	unsigned rp = RP_BOTTOM;
	if (r == LE_DONE && done && *line)
		rp |= done(t, line);
	free(line);
	return rp;
}

static unsigned confirm_key(struct tui *t, int key)
{
	t->ov = OV_NONE;
	sbuf_reset(&t->msg);
	bool yes = key == 'y' || key == 'Y';
	confirm_fn done = t->ask.confirm_done;
	t->ask.confirm_done = NULL;
	return (done ? done(t, yes) : 0) | RP_BOTTOM;
}

static const enum msg pager_keys = M_PAGER_KEYS, edit_keys = M_EDIT_KEYS;

const struct overlay_ops overlay_help_ops = { "help", pager_draw, pager_key, true, &pager_keys };
const struct overlay_ops overlay_pager_ops = { "pager", pager_draw, pager_key, true, &pager_keys };
const struct overlay_ops overlay_confirm_ops = { "confirm", confirm_draw, confirm_key, true, NULL };
const struct overlay_ops overlay_prompt_ops = { "prompt", prompt_draw, prompt_key, false, NULL };
const struct overlay_ops overlay_edit_ops = { "edit", edit_draw, edit_key, false, &edit_keys };
