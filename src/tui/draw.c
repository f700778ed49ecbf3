/*
 * draw.c — every character the interface puts on the terminal passes
 * through draw_text/draw_add, which fit and sanitise it with text.c, so
 * plan text is measured in display columns and control characters reach
 * the terminal only as visible escapes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/plan/plan.h"
#include "tolov/base/text.h"
#include "tolov/tui/ledit.h"
#include "tolov/plan/rules.h"
#include "tolov/tui/state.h"

static struct sbuf scratch = SBUF_INIT;
static struct sbuf scratch2 = SBUF_INIT;
static int attrs[AR__COUNT];
static bool default_bg;	/* colour pairs 3-6 and 8 keep the terminal's background */

SCREEN *draw_newterm(void)
{
	SCREEN *scr = newterm(NULL, stdout, stdin);
	char *cup = scr ? tigetstr("cup") : NULL;
	if (scr && !(cup && cup != (char *)-1 && *cup)) {
		/* TERM=dumb and its kind: no cursor movement, so no screen;
		 * refused as an unknown terminal is */
		endwin();
		delscreen(scr);
		scr = NULL;
	}
	if (!scr) {
		const char *term = getenv("TERM");
		fprintf(stderr, "tolov: ");
		fprintf(stderr, tr(M_NO_TERMINAL), term ? term : "");
		fputc('\n', stderr);
	}
	return scr;
}

void draw_start(struct tui *t, int color)
{
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	const char *nc = getenv("NO_COLOR");
	t->color = color >= 0 ? color : (!(nc && *nc) && has_colors());
	draw_init_colors(t);
}

void draw_init_colors(struct tui *t)
{
	attrs[AR_NORMAL] = A_NORMAL;
	attrs[AR_SEL] = A_REVERSE;
	attrs[AR_SEL_DIM] = A_BOLD | A_UNDERLINE;
	attrs[AR_BAR] = A_REVERSE;
	attrs[AR_TITLE] = A_NORMAL;
	attrs[AR_TITLE_FOCUS] = A_BOLD | A_REVERSE;
	attrs[AR_BORDER] = A_NORMAL;
	attrs[AR_R100] = A_BOLD;
	attrs[AR_R70] = A_NORMAL;
	attrs[AR_R30] = A_UNDERLINE;
	attrs[AR_R0] = A_BOLD | A_UNDERLINE;
	attrs[AR_DIM] = A_DIM;
	attrs[AR_ERR] = A_BOLD | A_REVERSE;
	attrs[AR_MARK] = A_BOLD;
	if (!t->color)
		return;
	if (start_color() != OK || COLORS < 8 || COLOR_PAIRS < 9) {
		t->color = false;	/* monochrome: bold and reverse as above */
		return;
	}
	short bg = COLOR_BLACK;
	if (use_default_colors() == OK)
		bg = -1;
	default_bg = bg == -1;
	init_pair(1, COLOR_WHITE, COLOR_BLUE);
	init_pair(2, COLOR_BLACK, COLOR_CYAN);
	init_pair(3, COLOR_GREEN, bg);
	init_pair(4, COLOR_CYAN, bg);
	init_pair(5, COLOR_YELLOW, bg);
	init_pair(6, COLOR_RED, bg);
	init_pair(7, COLOR_WHITE, COLOR_RED);
	init_pair(8, COLOR_YELLOW, bg);
	attrs[AR_SEL] = COLOR_PAIR(2);
	attrs[AR_BAR] = COLOR_PAIR(1);
	attrs[AR_TITLE_FOCUS] = COLOR_PAIR(8) | A_BOLD;
	attrs[AR_BORDER] = COLOR_PAIR(4);
	attrs[AR_R100] = COLOR_PAIR(3) | A_BOLD;
	attrs[AR_R70] = COLOR_PAIR(4);
	attrs[AR_R30] = COLOR_PAIR(5);
	attrs[AR_R0] = COLOR_PAIR(6) | A_BOLD;
	attrs[AR_ERR] = COLOR_PAIR(7) | A_BOLD;
	attrs[AR_MARK] = COLOR_PAIR(5) | A_BOLD;
}

/* Whether a blank drawn with attr looks like a plain blank: no reverse,
 * underline or standout, and no background colour of its own. */
static bool blank_plain(int attr)
{
	if (attr & (A_REVERSE | A_UNDERLINE | A_STANDOUT))
		return false;
	short pair = (short)PAIR_NUMBER(attr);
	if (pair == 0)
		return true;
	return default_bg && pair != 1 && pair != 2 && pair != 7;
}

int draw_blank_attr(int before, int after)
{
	if (blank_plain(before))
		return before;
	if (blank_plain(after))
		return after;
	return A_NORMAL;
}

int draw_attr(const struct tui *t, enum attr_role r)
{
	(void)t;
	return attrs[r];
}

/* Under a non-UTF-8 locale the terminal cannot show plan text: each
 * non-ASCII character becomes '?' per column, so widths still hold. */
static const char *ascii_only(const char *s, size_t *len)
{
	sbuf_reset(&scratch2);
	for (size_t i = 0; i < *len;) {
		uint32_t cp;
		size_t k = utf8_decode(s + i, *len - i, &cp);
		if (cp < 0x80)
			sbuf_addc(&scratch2, (char)cp);
		else
			for (int c = text_cp_width(cp); c > 0; c--)
				sbuf_addc(&scratch2, '?');
		i += k;
	}
	*len = scratch2.len;
	return scratch2.buf ? scratch2.buf : "";
}

bool draw_plain(const struct tui *t)
{
	return !t->utf8 || t->ascii;
}

const char *draw_ellipsis(const struct tui *t)
{
	return draw_plain(t) ? "~" : "\xE2\x80\xA6";
}

const char *draw_dot(const struct tui *t)
{
	return draw_plain(t) ? "*" : "\xE2\x80\xA2";
}

static int put(const struct tui *t, WINDOW *w, const char *s, size_t cols, bool pad, int attr)
{
	sbuf_reset(&scratch);
	/* text_fit's own cut mark is "~" when plain: the same as draw_ellipsis */
	size_t got = text_fit(&scratch, s ? s : "", cols, pad, draw_plain(t));
	const char *p = scratch.buf ? scratch.buf : "";
	size_t len = scratch.len;
	if (!t->utf8)
		p = ascii_only(p, &len);
	wattrset(w, attr);
	if (len)
		waddnstr(w, p, (int)len);
	wattrset(w, A_NORMAL);
	return (int)got;
}

void draw_text(const struct tui *t, WINDOW *w, int y, int x, int cols, const char *s, int attr)
{
	if (!w || cols <= 0 || y < 0 || x < 0 || y >= getmaxy(w) || x >= getmaxx(w))
		return;
	if (x + cols > getmaxx(w))
		cols = getmaxx(w) - x;
	wmove(w, y, x);
	put(t, w, s, (size_t)cols, true, attr);
}

int draw_add(const struct tui *t, WINDOW *w, const char *s, int cols, int attr)
{
	if (!w || cols <= 0)
		return 0;
	int room = getmaxx(w) - getcurx(w);
	if (cols > room)
		cols = room;
	if (cols <= 0)
		return 0;
	return put(t, w, s, (size_t)cols, false, attr);
}

void view_inner(const struct view *v, int *y, int *x, int *h, int *w)
{
	bool border = v->h >= 3 && v->w >= 4;
	*y = border ? 1 : 0;
	*x = border ? 1 : 0;
	*h = border ? v->h - 2 : v->h;
	*w = border ? v->w - 2 : v->w;
}

static void hrule(const struct tui *t, WINDOW *w, int y, int x, int n, const char *ch, int attr)
{
	wattrset(w, attr);
	for (int i = 0; i < n; i++)
		mvwaddstr(w, y, x + i, ch);
	wattrset(w, A_NORMAL);
	(void)t;
}

void draw_frame(const struct tui *t, struct view *v, const char *title)
{
	WINDOW *w = v->win;
	if (!w || v->h < 3 || v->w < 4)
		return;
	bool u = !draw_plain(t);
	const char *hz = u ? "\xE2\x94\x80" : "-", *vt = u ? "\xE2\x94\x82" : "|";
	int b = draw_attr(t, AR_BORDER);
	wattrset(w, b);
	mvwaddstr(w, 0, 0, u ? "\xE2\x94\x8C" : "+");
	mvwaddstr(w, 0, v->w - 1, u ? "\xE2\x94\x90" : "+");
	mvwaddstr(w, v->h - 1, 0, u ? "\xE2\x94\x94" : "+");
	mvwaddstr(w, v->h - 1, v->w - 1, u ? "\xE2\x94\x98" : "+");
	for (int y = 1; y < v->h - 1; y++) {
		mvwaddstr(w, y, 0, vt);
		mvwaddstr(w, y, v->w - 1, vt);
	}
	hrule(t, w, 0, 1, v->w - 2, hz, b);
	hrule(t, w, v->h - 1, 1, v->w - 2, hz, b);
	bool focus = t->sel.focus == v->id;
	struct sbuf tt = SBUF_INIT;
	sbuf_addf(&tt, focus ? "[%s]" : " %s ", title);
	wmove(w, 0, 1);
	draw_add(t, w, tt.buf, v->w - 2, draw_attr(t, focus ? AR_TITLE_FOCUS : AR_TITLE));
	sbuf_free(&tt);
}

const char *rating_cell(int rating, bool scheduled)
{
	switch (rating) {
	case 100: return "100";
	case 70: return " 70";
	case 30: return " 30";
	case 0: return "  0";
	case RATING_NOT_DUE: return "  -";
	default: return scheduled ? "  ." : "   ";
	}
}

const char *quarter_cell(const struct tui *t, const struct activity *a, int q,
			 enum attr_role *role)
{
	int r = a->st[q - 1].rating;
	bool sched = activity_scheduled_in(a, q);
	*role = rating_role(r);
	switch (r) {
	case 100: return "100";
	case 70: return " 70";
	case 30: return " 30";
	case 0: return "  0";
	case RATING_NOT_DUE: return "  -";
	default: break;
	}
	if (activity_overdue(t->s->plan, a, q, &t->sel.today)) {
		*role = AR_ERR;
		return "  !";
	}
	if (sched) {
		*role = AR_DIM;
		return draw_plain(t) ? "  *" : "  \xE2\x80\xA2";
	}
	return "   ";
}

enum attr_role rating_role(int rating)
{
	switch (rating) {
	case 100: return AR_R100;
	case 70: return AR_R70;
	case 30: return AR_R30;
	case 0: return AR_R0;
	case RATING_NOT_DUE: return AR_DIM;
	default: return AR_NORMAL;
	}
}

enum msg rating_word(int rating)
{
	switch (rating) {
	case 100: return M_R_100;
	case 70: return M_R_70;
	case 30: return M_R_30;
	case 0: return M_R_0;
	case RATING_NOT_DUE: return M_R_NOT_DUE;
	default: return M_R_NONE;
	}
}

void draw_top(struct tui *t)
{
	WINDOW *w = t->top;
	if (!w)
		return;
	const struct plan *p = t->s->plan;
	struct progress pr = PROGRESS_INIT;
	progress_of_plan(p, t->sel.quarter, &pr);
	char pb[8];
	const char *pf = progress_fmt(pr.tenths, pb);
	struct sbuf right = SBUF_INIT, amt = SBUF_INIT;
	fmt_amount(&amt, budget_of_plan(p));
	sbuf_addf(&right, " %s%d %s %s%s %s %s %s ", tr(M_QUARTER_SHORT), t->sel.quarter,
		  tr(M_PROGRESS), *pf ? pf : "-", *pf ? "%" : "", tr(M_BUDGET),
		  amt.buf ? amt.buf : "0", p->currency ? p->currency : "");
	int bar = draw_attr(t, AR_BAR);
	int cols = getmaxx(w);
	/* read-only and overdue first: they must not be cut */
	struct sbuf flags = SBUF_INIT;
	if (t->s->read_only)
		sbuf_addf(&flags, " %s", tr(M_RO_TAG));
	size_t n_over = sel_count_overdue(p, &t->sel.today);
	if (n_over) {
		sbuf_addc(&flags, ' ');
		sbuf_addf(&flags, tr(M_N_OVERDUE), n_over);
	}
	int fw = flags.len ? (int)text_width(flags.buf, flags.len) : 0;
	if (fw > cols / 2)
		fw = cols / 2;
	cols -= fw;
	int rw = (int)text_width(right.buf, right.len);
	if (rw > cols / 2) {
		/* narrower: no labels, the quarter, progress and budget total */
		sbuf_reset(&right);
		sbuf_addf(&right, " %s%d %s%s | %s %s ", tr(M_QUARTER_SHORT), t->sel.quarter,
			  *pf ? pf : "-", *pf ? "%" : "", amt.buf ? amt.buf : "0",
			  p->currency ? p->currency : "");
		rw = (int)text_width(right.buf, right.len);
	}
	if (rw > cols / 2) {
		/* narrow: quarter and progress only, the title keeps the rest */
		sbuf_reset(&right);
		sbuf_addf(&right, " %s%d %s%s ", tr(M_QUARTER_SHORT), t->sel.quarter, *pf ? pf : "-",
			  *pf ? "%" : "");
		rw = (int)text_width(right.buf, right.len);
	}
	if (rw > cols)
		rw = cols;
	int lw = cols - rw;
	struct sbuf left = SBUF_INIT;
	sbuf_addc(&left, ' ');
	sbuf_adds(&left, p->title ? p->title : "");
	draw_text(t, w, 0, 0, lw, left.buf, bar | A_BOLD);
	if (fw)
		draw_text(t, w, 0, lw, fw, flags.buf, draw_attr(t, AR_ERR));
	draw_text(t, w, 0, lw + fw, rw, right.buf, bar);
	sbuf_free(&flags);
	sbuf_free(&left);
	sbuf_free(&right);
	sbuf_free(&amt);
}

static void filter_text(const struct tui *t, struct sbuf *out)
{
	const struct filter *f = &t->sel.filter;
	if (!f->unit && !f->quarter && f->rating == FR_NONE)
		return;
	sbuf_addf(out, "%s:", tr(M_FILTER));
	if (f->unit)
		sbuf_addf(out, " %s=%s", tr(M_FILTER_UNIT), f->unit);
	if (f->quarter)
		sbuf_addf(out, " %s %s%d", tr(M_FILTER_SCHED), tr(M_QUARTER_SHORT), f->quarter);
	if (f->rating == FR_OVERDUE) {
		/* overdue counts every ended quarter, as the status line does */
		sbuf_addf(out, " %s1-%s4 %s", tr(M_QUARTER_SHORT), tr(M_QUARTER_SHORT),
			  tr(M_FILTER_OVERDUE));
	} else if (f->rating != FR_NONE) {
		enum msg m = f->rating == FR_UNRATED ? M_FILTER_UNRATED
			   : f->rating == FR_BELOW70 ? M_FILTER_BELOW70
			   : f->rating == FR_OVERDUE ? M_FILTER_OVERDUE : M_FILTER_NOTDUE;
		sbuf_addf(out, " %s%d %s", tr(M_QUARTER_SHORT), t->sel.quarter, tr(m));
	}
	sbuf_adds(out, " (F)");
}

struct two_lines {
	struct sbuf first, rest;
	size_t n;
};

static void split_line(void *ctx, const char *line, size_t len)
{
	struct two_lines *tl = ctx;
	struct sbuf *b = tl->n == 0 ? &tl->first : &tl->rest;
	if (tl->n > 1)
		sbuf_addc(b, ' ');
	sbuf_add(b, line, len);
	tl->n++;
}

/*
 * s fitted into cols display columns; when it does not fit, its shown part
 * ends with the pointer to the messages overlay (" (M: all)"), where the
 * whole text is, so its end is never lost silently.
 */
static void fit_pointed(const struct tui *t, struct sbuf *out, const char *s, int cols)
{
	size_t w = text_width(s, strlen(s));
	if ((int)w <= cols) {
		sbuf_adds(out, s);
		return;
	}
	const char *pt = tr(M_MSG_MORE);
	int pw = (int)text_width(pt, strlen(pt));
	if (pw >= cols) {
		sbuf_adds(out, s);	/* no room for the pointer: cut */
		return;
	}
	text_fit(out, s, (size_t)(cols - pw), false, draw_plain(t));
	sbuf_adds(out, pt);
}

/*
 * A message wider than the bottom line takes the line above it too (a
 * window over the panels' last row, gone with the message); what still
 * does not fit ends with " (M: all)": M (:messages) shows it whole.
 */
static bool draw_two_lines(struct tui *t, int x, int cols, int attr)
{
	WINDOW *w = t->bottom;
	if (t->rows < 4)
		return false;
	struct two_lines tl = { SBUF_INIT, SBUF_INIT, 0 };
	text_wrap(t->msg.buf, (size_t)(cols - x), split_line, &tl);
	if (tl.n < 2) {
		sbuf_free(&tl.first);
		sbuf_free(&tl.rest);
		return false;
	}
	if (!t->msgwin)
		t->msgwin = newwin(1, cols, t->rows - 2, 0);
	if (t->msgwin) {
		draw_text(t, t->msgwin, 0, 0, x, "", attr);
		draw_text(t, t->msgwin, 0, x, cols - x, tl.first.buf, attr);
		wnoutrefresh(t->msgwin);
	}
	struct sbuf second = SBUF_INIT;
	fit_pointed(t, &second, tl.rest.buf ? tl.rest.buf : "", cols - x);
	draw_text(t, w, 0, x, cols - x, second.buf, attr);
	sbuf_free(&second);
	sbuf_free(&tl.first);
	sbuf_free(&tl.rest);
	return true;
}

/* The key hints, "  " between them, fitted into cols by dropping hints
 * from the end (the least needed last). */
static void fit_hints(struct sbuf *out, const char *keys, int cols)
{
	sbuf_adds(out, keys);
	while (out->len && (int)text_width(out->buf, out->len) > cols) {
		char *last = NULL;
		for (char *p = strstr(out->buf, "  "); p; p = strstr(p + 1, "  "))
			last = p;
		if (!last)
			break;	/* one hint left: cut by draw_text */
		out->len = (size_t)(last - out->buf);
		out->buf[out->len] = '\0';
	}
}

/* The filter label cut on the bottom line goes to the messages (M), once
 * per filter, so it can be read whole there. */
static void log_filter(struct tui *t, const char *label)
{
	static char *logged;
	if (logged && strcmp(logged, label) == 0)
		return;
	free(logged);
	logged = xstrdup(label);
	sbuf_adds(&t->msg_log, label);
	sbuf_addc(&t->msg_log, '\n');
}

void draw_bottom(struct tui *t, const char *keys)
{
	WINDOW *w = t->bottom;
	if (!w)
		return;
	int cols = getmaxx(w);
	bool dirty = session_dirty(t->s);
	wmove(w, 0, 0);
	int x = draw_add(t, w, dirty ? "[+] " : "    ", cols, draw_attr(t, AR_MARK));
	int room = cols - x;
	int mattr = t->msg.len ? draw_attr(t, t->msg_err ? AR_ERR : AR_NORMAL) : draw_attr(t, AR_DIM);
	if (t->msg.len && (int)text_width(t->msg.buf, t->msg.len) > room &&
	    draw_two_lines(t, x, cols, mattr))
		return;
	struct sbuf fl = SBUF_INIT, m = SBUF_INIT, lab = SBUF_INIT;
	filter_text(t, &fl);
	/* the filter label, a blank before it: whole while it fits the
	 * line, the hints giving way from the last; else cut with a pointer
	 * to M, where it is logged whole */
	int flw = fl.len ? (int)text_width(fl.buf, fl.len) : 0;
	int fw = 0;
	/* a message the label would cut has the line to itself (the label
	 * is back with the next key) */
	if (t->msg.len && (int)text_width(t->msg.buf, t->msg.len) + 1 + flw > room) {
		flw = 0;
		sbuf_reset(&fl);
	}
	if (fl.len) {
		if (flw + 1 <= room) {
			sbuf_adds(&lab, fl.buf);
			fw = flw + 1;
		} else if (room > 1) {
			fit_pointed(t, &lab, fl.buf, room - 1);
			fw = (int)text_width(lab.buf, lab.len) + 1;
			log_filter(t, fl.buf);
		}
	}
	if (t->msg.len) {
		fit_pointed(t, &m, t->msg.buf, room - fw);
	} else {
		const char *k = keys ? keys
			      : t->s->read_only ? tr(M_BAR_KEYS_RO)
			      : t->sel.focus == P_STATUS ? tr(M_STATUS_KEYS) : tr(M_BAR_KEYS);
		fit_hints(&m, k, room - fw);
	}
	draw_text(t, w, 0, x, room - fw, m.buf ? m.buf : "", mattr);
	if (fw > 0) {
		draw_text(t, w, 0, cols - fw, 1, "", A_NORMAL);
		draw_text(t, w, 0, cols - fw + 1, fw - 1, lab.buf, draw_attr(t, AR_MARK));
	}
	sbuf_free(&fl);
	sbuf_free(&m);
	sbuf_free(&lab);
}

bool list_scroll(struct view *v, size_t n, size_t page)
{
	size_t old = v->top;
	if (page == 0)
		page = 1;
	if (n == 0) {
		v->sel = v->top = 0;
		return old != 0;
	}
	if (v->sel >= n)
		v->sel = n - 1;
	/*
	 * Stepping past an edge scrolls by half a page, not one row, so the
	 * next several steps repaint two rows instead of the whole list (a
	 * partial-width list cannot use the terminal's own scrolling).
	 */
	size_t jump = page >= 6 ? page / 2 : 1;
	if (v->sel < v->top)
		v->top = v->sel + 1 == v->top && v->sel >= jump - 1 ? v->sel - (jump - 1) : v->sel;
	if (v->sel >= v->top + page)
		v->top = v->sel == v->top + page ? v->top + jump : v->sel - page + 1;
	if (v->top + page > n)
		v->top = n > page ? n - page : 0;
	return v->top != old;
}

bool list_nav(struct view *v, size_t n, size_t page, enum action a)
{
	size_t old = v->sel;
	if (n == 0)
		return false;
	if (page == 0)
		page = 1;
	switch (a) {
	case A_DOWN: if (v->sel + 1 < n) v->sel++; break;
	case A_UP: if (v->sel > 0) v->sel--; break;
	case A_PGDN: v->sel = v->sel + page < n ? v->sel + page : n - 1; break;
	case A_PGUP: v->sel = v->sel > page ? v->sel - page : 0; break;
	case A_HOME: v->sel = 0; break;
	case A_END: v->sel = n - 1; break;
	default: break;
	}
	return v->sel != old;
}

void ledit_draw(const struct tui *t, struct ledit *le, WINDOW *w, int y, int x, int cols, int attr)
{
	if (!w || cols <= 0)
		return;
	struct ledit_view lv;
	ledit_layout(le, cols, &lv);
	const char *s = le->text.buf ? le->text.buf : "";
	draw_text(t, w, y, x, cols, "", attr);
	if (lv.cut_left)
		draw_text(t, w, y, x, 1, draw_plain(t) ? "<" : draw_ellipsis(t), attr);
	else if (lv.lead > 0 && lv.lead < cols)
		draw_text(t, w, y, x, lv.lead, "<", attr);
	if (lv.lead < cols)
		draw_text(t, w, y, x + lv.lead, cols - lv.lead, s + lv.off, attr);
	wmove(w, y, x + lv.cursor);
}
