/*
 * choice.c — a box of one-key choices over the panels: what to do with
 * recovery files found at start, and what to do when the plan changed on
 * disk before a save. The box says what happened, lists the choices with
 * their keys, and takes one key; Esc leaves things as they are. On a
 * terminal too small for the box, the question and the keys take the
 * bottom line instead.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tolov/io/recover.h"
#include "tolov/base/text.h"
#include "tolov/tui/state.h"

void ov_choice(struct tui *t, enum choice_kind k)
{
	ov_close(t);
	t->ov = OV_CHOICE;
	t->choice = k;
}

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

/* The box's title and text, lines split by \n. */
static void content(struct tui *t, struct sbuf *title, struct sbuf *b)
{
	if (t->choice == CH_RECOVERY) {
		sbuf_adds(title, tr(M_RC_TITLE));
		sbuf_addf(b, tr(M_RC_INTRO), base_name(t->path));
		sbuf_adds(b, "\n\n");
		for (size_t i = 0; i < t->n_rec; i++) {
			const struct recover_file *f = &t->rec[i];
			char when[32] = "?";
			time_t tm = (time_t)f->mtime;
			struct tm lt;
			if (localtime_r(&tm, &lt))
				strftime(when, sizeof when, "%Y-%m-%d %H:%M", &lt);
			sbuf_addf(b, "%s %s  %s  %lld %s\n", i == t->rec_sel ? ">" : " ",
				  base_name(f->path), when, (long long)f->size, tr(M_RC_BYTES));
		}
		sbuf_addc(b, '\n');
		sbuf_addf(b, "  o    %s\n", tr(M_RC_OPEN));
		sbuf_addf(b, "  c    %s\n", tr(M_RC_COMPARE));
		sbuf_addf(b, "  d    %s\n", tr(M_RC_DISCARD));
		if (t->n_rec > 1)
			sbuf_addf(b, "  j/k  %s\n", tr(M_RC_PICK));
		sbuf_addf(b, "  Esc  %s", tr(M_RC_LATER));
	} else {
		sbuf_adds(title, tr(M_CH_TITLE));
		sbuf_addf(b, tr(M_CH_INTRO), base_name(t->path));
		sbuf_adds(b, "\n\n");
		sbuf_addf(b, "  r    %s\n", tr(M_CH_RELOAD));
		sbuf_addf(b, "  o    %s\n", tr(M_CH_OVERWRITE));
		sbuf_addf(b, "  s    %s\n", tr(M_CH_SAVE_AS));
		sbuf_addf(b, "  Esc  %s", tr(M_CH_CANCEL));
	}
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
	const char *m = tr(t->choice == CH_RECOVERY ? M_RC_SHORT : M_CH_SHORT);
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

static unsigned recovery_choice(struct tui *t, int key)
{
	switch (key) {
	case 'o': case 'O': case '\n': case '\r':
		return recovery_open(t);
	case 'c': case 'C':
		return recovery_compare(t);
	case 'd': case 'D':
		return recovery_ask_discard(t);
	case 'j': case TK(KEY_DOWN):
		if (t->rec_sel + 1 < t->n_rec)
			t->rec_sel++;
		return RP_OVERLAY;
	case 'k': case TK(KEY_UP):
		if (t->rec_sel > 0)
			t->rec_sel--;
		return RP_OVERLAY;
	case 27: case 'i': case 'q':
		ov_close(t);
		tui_msg(t, false, "%s", tr(M_RC_LATER_MSG));
		return RP_LAYOUT;
	default:
		return RP_OVERLAY;
	}
}

static unsigned changed_choice(struct tui *t, int key)
{
	switch (key) {
	case 'r': case 'R':
		ov_close(t);
		return RP_LAYOUT | act_reload(t);
	case 'o': case 'O':
		ov_close(t);
		return RP_LAYOUT | act_save(t, true);
	case 's': case 'S':
		ov_prompt(t, PR_SAVE_AS, "");
		return RP_LAYOUT;
	case 27: case 'q':
		ov_close(t);
		tui_msg(t, false, "%s", tr(M_CH_KEPT));
		return RP_LAYOUT;
	default:
		return RP_OVERLAY;
	}
}

static unsigned choice_key(struct tui *t, int key)
{
	return t->choice == CH_RECOVERY ? recovery_choice(t, key) : changed_choice(t, key);
}

const struct overlay_ops overlay_choice_ops = {
	.name = "choice",
	.draw = choice_draw,
	.key = choice_key,
	.covers_panels = true,
};
