/*
 * choice.c — a box of one-key choices over the panels. The module that
 * asks gives its text and takes its keys (struct choice_ops: recovery.c for
 * recovery files found at start, outside.c for a plan changed on disk
 * before a save); this file only draws the box and passes keys on. On a
 * terminal too small for the box, the question and the keys take the
 * bottom line instead.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tolov/base/text.h"
#include "tolov/tui/state.h"

void ov_choice(struct tui *t, const struct choice_ops *ops)
{
	ov_close(t);
	t->ov = OV_CHOICE;
	t->choice = ops;
}

/* The box's title and text, from whoever asked. */
static void content(struct tui *t, struct sbuf *title, struct sbuf *b)
{
	t->choice->content(t, title, b);
}

static void wrap_line(void *ctx, const char *line, size_t len)
{
	struct sbuf *b = ctx;
	sbuf_add(b, line, len);
	sbuf_addc(b, '\n');
}

/* The bottom-line form, for a terminal too small for the box. */
static void draw_short(struct tui *t)
{
	WINDOW *w = t->bottom;
	if (!w && t->views[t->sel.focus].win)
		w = t->views[t->sel.focus].win;
	if (!w)
		return;
	const char *m = tr(t->choice->short_text);
	draw_text(t, w, 0, 0, getmaxx(w), m, draw_attr(t, AR_ERR));
	wnoutrefresh(w);
}

static void choice_draw(struct tui *t)
{
	struct sbuf title = SBUF_INIT, b = SBUF_INIT, wrapped = SBUF_INIT;
	content(t, &title, &b);
	int bw = t->cols - 4 < 78 ? t->cols - 4 : 78;
	if (bw < 24 || t->rows < 8) {
		draw_short(t);
		goto out;
	}
	size_t lines = 0;
	const char *s = b.buf;
	for (;;) {
		const char *e = strchr(s, '\n');
		char *one = xstrndup(s, e ? (size_t)(e - s) : strlen(s));
		if (!*one)
			wrap_line(&wrapped, "", 0), lines++;
		else
			lines += text_wrap(one, (size_t)bw - 4, wrap_line, &wrapped);
		free(one);
		if (!e)
			break;
		s = e + 1;
	}
	int h = (int)lines + 4;
	if (h > t->rows)
		h = t->rows;
	int y = (t->rows - h) / 2, x = (t->cols - bw) / 2;
	if (!t->ovwin || getmaxy(t->ovwin) != h || getmaxx(t->ovwin) != bw ||
	    getbegy(t->ovwin) != y || getbegx(t->ovwin) != x) {
		if (t->ovwin)
			delwin(t->ovwin);
		t->ovwin = newwin(h, bw, y, x);
		if (!t->ovwin)
			goto out;
	}
	werase(t->ovwin);
	struct view frame = { .win = t->ovwin, .h = h, .w = bw, .id = t->sel.focus };
	draw_frame(t, &frame, title.buf);
	const char *p = wrapped.buf ? wrapped.buf : "";
	for (int r = 0; r < h - 4 && *p; r++) {
		const char *e = strchr(p, '\n');
		char *one = xstrndup(p, e ? (size_t)(e - p) : strlen(p));
		int attr = one[0] == '>' ? draw_attr(t, AR_SEL) : (int)A_NORMAL;
		draw_text(t, t->ovwin, 2 + r, 2, bw - 4, one, attr);
		free(one);
		p = e ? e + 1 : p + strlen(p);
	}
	touchwin(t->ovwin);
	wnoutrefresh(t->ovwin);
out:
	sbuf_free(&title);
	sbuf_free(&b);
	sbuf_free(&wrapped);
}

static unsigned choice_key(struct tui *t, int key)
{
	return t->choice->key(t, key);
}

const struct overlay_ops overlay_choice_ops = {
	.name = "choice",
	.draw = choice_draw,
	.key = choice_key,
	.covers_panels = true,
};
