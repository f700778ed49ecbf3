/*
 * conflicts.c — a plan left with merge conflict markers (a merge whose
 * driver left the same field changed differently on both sides, or git's
 * own line merge): before the interface opens it, one screen per conflict
 * shows its line and both sides, and the user picks one, o ours or t
 * theirs (Left/Right go between conflicts; q leaves the file as it is).
 * Once every conflict is picked and the result is a valid plan, it is
 * saved atomically and the interface opens it as usual; a result that is
 * not a valid plan says why and waits for other picks.
 */
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/io/conflict.h"
#include "tolov/io/save.h"
#include "tolov/plan/plan.h"
#include "tolov/tui/state.h"

/* The lines of one side, each fitted to the width, at most max rows. */
static int draw_side(const struct tui *v, int y, int max, const char *s, size_t n, int attr)
{
	int rows = 0;
	for (size_t at = 0; at < n && rows < max;) {
		const char *nl = memchr(s + at, '\n', n - at);
		size_t end = nl ? (size_t)(nl - s) : n;
		char *line = xstrndup(s + at, end - at);
		draw_text(v, stdscr, y + rows, 4, COLS - 4, line, attr);
		free(line);
		rows++;
		at = end + 1;
	}
	return rows;
}

/* The picked file when it is a valid plan (0), else the reason in why. */
static int check_plan(const char *path, const char *text, size_t len, struct sbuf *why)
{
	struct doc *d = NULL;
	struct plan *p = NULL;
	struct tv_err err = TV_ERR_INIT;
	int rc = doc_from_buffer(&d, path, xstrndup(text, len), len, &err);
	if (rc == 0)
		rc = plan_build(&p, d, &err);
	if (rc < 0)
		tv_err_format(why, &err, i18n_get());
	if (p)
		plan_free(p);
	if (d)
		doc_free(d);
	tv_err_clear(&err);
	return rc;
}

int tui_pick_conflicts(const char *path, const struct tui_opts *o, char **bytes, size_t *blen)
{
	char *src = NULL;
	size_t len = 0;
	struct tv_err err = TV_ERR_INIT;
	*bytes = NULL;
	*blen = 0;
	if (read_file(path, DOC_SIZE_CAP_DEFAULT, &src, &len, &err) < 0) {
		tv_err_clear(&err);	/* opening the plan says why */
		return 0;
	}
	struct conflict_mark *m = NULL;
	size_t n = conflict_find(src, len, &m);
	if (!n) {
		conflict_marks_free(m, n);
		*bytes = src;	/* the plan opens from these bytes */
		*blen = len;
		return 0;
	}
	if (o->read_only) {
		conflict_marks_free(m, n);
		free(src);
		return 0;
	}
	struct tui view;	/* only what drawing needs */
	memset(&view, 0, sizeof view);
	const char *cs = nl_langinfo(CODESET);
	view.utf8 = cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
	view.ascii = o->ascii >= 0 ? o->ascii : !view.utf8;
	int rc = 1;
	input_signals();	/* before curses: keys and resizes as input.c reads them */
	SCREEN *scr = draw_newterm();
	if (!scr) {
		conflict_marks_free(m, n);
		free(src);
		return 1;
	}
	draw_start(&view, o->color);
	curs_set(0);
	bool *theirs = xcalloc(n, sizeof *theirs), *picked = xcalloc(n, sizeof *picked);
	struct sbuf line = SBUF_INIT, note = SBUF_INIT, out = SBUF_INIT;
	size_t i = 0;
	for (;;) {
		erase();
		int rows = LINES > 4 ? (LINES - 6) / 2 : 1;
		sbuf_reset(&line);
		tv_msg_add(&line, i18n_get(), M_CF_TITLE, "%s%zu%zu%u", path, i + 1, n, m[i].line);
		draw_text(&view, stdscr, 0, 0, COLS, line.buf, draw_attr(&view, AR_TITLE));
		int y = 2;
		const char *mark_o = picked[i] && !theirs[i] ? "> " : "  ";
		const char *mark_t = picked[i] && theirs[i] ? "> " : "  ";
		sbuf_reset(&line);
		sbuf_adds(&line, mark_o);
		tv_msg_add(&line, i18n_get(), M_CF_OURS, "%s", m[i].ours);
		draw_text(&view, stdscr, y++, 0, COLS, line.buf, draw_attr(&view, AR_R100));
		y += draw_side(&view, y, rows, src + m[i].ours_from, m[i].ours_to - m[i].ours_from,
			       draw_attr(&view, AR_DIM));
		y++;
		sbuf_reset(&line);
		sbuf_adds(&line, mark_t);
		tv_msg_add(&line, i18n_get(), M_CF_THEIRS, "%s", m[i].theirs);
		draw_text(&view, stdscr, y++, 0, COLS, line.buf, draw_attr(&view, AR_R70));
		draw_side(&view, y, rows, src + m[i].theirs_from, m[i].theirs_to - m[i].theirs_from,
			  draw_attr(&view, AR_DIM));
		if (LINES >= 2 && note.len)
			draw_text(&view, stdscr, LINES - 2, 0, COLS, note.buf, draw_attr(&view, AR_ERR));
		draw_text(&view, stdscr, LINES - 1, 0, COLS, tr(M_CF_KEYS), draw_attr(&view, AR_BAR));
		refresh();
		int k;
		if (input_screen_key(&k) < 0)
			break;	/* the terminal is gone: the file stays as it is */
		if (k == TK(KEY_RESIZE))
			continue;	/* drawn again at the new size */
		sbuf_reset(&note);
		if (k == 'q' || k == 27 || k == TK_CTRL('c'))
			break;
		if (k == TK(KEY_LEFT) || k == 'h' || k == 'k' || k == TK(KEY_UP)) {
			if (i > 0)
				i--;
			continue;
		}
		if (k == TK(KEY_RIGHT) || k == 'l' || k == 'j' || k == TK(KEY_DOWN)) {
			if (i + 1 < n)
				i++;
			continue;
		}
		if (k != 'o' && k != 't')
			continue;
		theirs[i] = k == 't';
		picked[i] = true;
		size_t next = i;
		for (size_t s = 1; s <= n; s++)	/* the next conflict not yet picked */
			if (!picked[(i + s) % n]) {
				next = (i + s) % n;
				break;
			}
		if (next != i || !picked[next]) {
			i = next;
			continue;
		}
		sbuf_reset(&out);
		conflict_resolve(src, len, m, n, theirs, &out);
		if (check_plan(path, out.buf ? out.buf : "", out.len, &note) < 0)
			continue;	/* says why; other picks may do */
		if (save_atomic(path, out.buf ? out.buf : "", out.len, &err) < 0) {
			tv_err_format(&note, &err, i18n_get());
			tv_err_clear(&err);
			continue;
		}
		rc = 0;
		break;
	}
	endwin();
	delscreen(scr);
	if (rc != 0) {
		fprintf(stderr, "tolov: ");
		fprintf(stderr, tr(M_CF_LEFT), path);
		fputc('\n', stderr);
	}
	free(theirs);
	free(picked);
	sbuf_free(&line);
	sbuf_free(&note);
	sbuf_free(&out);
	conflict_marks_free(m, n);
	free(src);
	return rc;
}
