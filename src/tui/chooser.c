/*
 * chooser.c — `tolov FOLDER` and `tolov A.yaml B.yaml ...`: a list of the
 * plans with their progress in the selected quarter; Enter opens one in
 * the interface with its own lock, undo and save. L there comes back to
 * the list keeping the plan open (its edits, undo and lock wait for the
 * next Enter; the list marks it +); q there closes it. q in the list
 * leaves (asking again when plans kept open have unsaved changes). After
 * a hang-up, every open plan's unsaved work goes to its recovery file.
 *
 * The list reads each plan once when shown and again after it was open;
 * a plan that does not load shows its error instead of its numbers.
 */
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/base/text.h"
#include "tolov/plan/plan.h"
#include "tolov/plan/rules.h"
#include "tolov/tui/state.h"

struct entry {
	const char *path;	/* borrowed */
	const char *shown;	/* path without the folder all plans share */
	struct tui *open;	/* kept open (L), or NULL */
	char *title;		/* the plan's title and organisation, or the error */
	char *why;		/* a plan that does not load: its positioned error */
	bool bad;
	size_t n_act, overdue;
	struct progress pr;
};

static void summarize(struct entry *e, const struct plan *p, int q, const struct tv_date *today)
{
	free(e->title);
	e->title = p->organisation && *p->organisation
			   ? xasprintf("%s (%s)", p->title ? p->title : "", p->organisation)
			   : xstrdup(p->title ? p->title : "");
	e->bad = false;
	e->n_act = plan_n_activities(p);
	e->pr = (struct progress)PROGRESS_INIT;
	progress_of_plan(p, q, &e->pr);
	e->overdue = plan_count_overdue(p, q, today);
}

static void load(struct entry *e, int q, const struct tv_date *today)
{
	free(e->title);
	e->title = NULL;
	e->bad = false;
	struct doc *d = NULL;
	struct plan *p = NULL;
	struct tv_err err = TV_ERR_INIT;
	if (e->open) {
		/* kept open: the plan as edited, not as saved */
		summarize(e, tui_plan_of(e->open), q, today);
		return;
	}
	if (doc_load(&d, e->path, DOC_SIZE_CAP_DEFAULT, &err) < 0 || plan_build(&p, d, &err) < 0) {
		struct sbuf b = SBUF_INIT;
		tv_err_message(&b, &err, i18n_get());
		e->title = sbuf_detach(&b);
		if (!e->title)
			e->title = xstrdup("?");
		/* "FILE:LINE:COL: error: ...", its notes on one line */
		tv_err_format(&b, &err, i18n_get());
		while (b.len && b.buf[b.len - 1] == '\n')
			b.buf[--b.len] = '\0';
		for (size_t i = 0; i < b.len; i++)
			if (b.buf[i] == '\n')
				b.buf[i] = ' ';
		free(e->why);
		e->why = sbuf_detach(&b);
		e->bad = true;
	} else {
		summarize(e, p, q, today);
	}
	tv_err_clear(&err);
	plan_free(p);
	if (d)
		doc_free(d);
}

/* Fit a file path into cols columns keeping its start and its end (the
 * file's name): "../pl…/a-khan-uul.yaml", "anti-co…2023.yaml" when it is
 * too wide; padded to cols. */
static void fit_path(struct sbuf *out, const char *path, size_t cols, bool ascii)
{
	size_t n = strlen(path);
	if (text_width(path, n) <= cols || cols < 4) {
		text_fit(out, path, cols, true, ascii);
		return;
	}
	/* the file's own name whole when it fits, else half and half */
	const char *base = strrchr(path, '/');
	size_t bw = base ? text_width(base, strlen(base)) : (size_t)-1;
	size_t tail_w = bw < cols - 1 ? bw : (cols - 1) / 2 + (cols - 1) % 2;
	size_t head_w = cols - 1 - tail_w;
	size_t k = 0;
	while (k < n && text_width(path + k, n - k) > tail_w)
		k = text_next_char(path, n, k);
	text_fit(out, path, head_w + 1, false, ascii);	/* head and its "…" */
	text_fit(out, path + k, tail_w, true, ascii);
}

/* Right-align s (ASCII digits or a label) in a column of w display columns. */
static void cell_right(struct sbuf *out, const char *s, size_t w)
{
	size_t sw = text_width(s, strlen(s));
	for (; sw < w; sw++)
		sbuf_addc(out, ' ');
	sbuf_adds(out, s);
}

static size_t max_z(size_t a, size_t b) { return a > b ? a : b; }

/*
 * A row: mark, progress, activities, overdue (numbers right-aligned under
 * their labels, never cut), then the title (organisation) shortened with
 * an ellipsis by display width, then the file, whose end is kept. The
 * file column takes what its longest path needs up to a share that leaves
 * the title at least TITLE_MIN columns; at 80 columns every part shows.
 */
enum { TITLE_MIN = 16, FILE_MIN = 12, GAP = 2 };

struct layout {
	size_t wp, wa, wo, wt, wf;	/* display columns of each column */
};

static struct layout lay_out(const struct entry *e, size_t n, size_t cols)
{
	struct layout L;
	L.wp = max_z(6, text_width(tr(M_CH_COL_PROGRESS), strlen(tr(M_CH_COL_PROGRESS))));
	L.wa = text_width(tr(M_CH_COL_ACTS), strlen(tr(M_CH_COL_ACTS)));
	L.wo = text_width(tr(M_CH_COL_OVERDUE), strlen(tr(M_CH_COL_OVERDUE)));
	size_t wfile = text_width(tr(M_CH_COL_FILE), strlen(tr(M_CH_COL_FILE)));
	size_t wtitle = text_width(tr(M_CH_COL_TITLE), strlen(tr(M_CH_COL_TITLE)));
	for (size_t i = 0; i < n; i++) {
		char b[32];
		L.wa = max_z(L.wa, (size_t)snprintf(b, sizeof b, "%zu", e[i].n_act));
		L.wo = max_z(L.wo, (size_t)snprintf(b, sizeof b, "%zu", e[i].overdue));
		wfile = max_z(wfile, text_width(e[i].shown, strlen(e[i].shown)));
		const char *ti = e[i].bad ? tr(M_CH_BAD_ROW) : e[i].title ? e[i].title : "";
		wtitle = max_z(wtitle, text_width(ti, strlen(ti)));
	}
	size_t fixed = 1 + L.wp + GAP + L.wa + GAP + L.wo + GAP;
	size_t rest = cols > fixed ? cols - fixed : 0;	/* title + GAP + file */
	/* the file takes up to two fifths, the title the rest */
	size_t room_file = rest * 2 / 5;
	if (room_file < FILE_MIN)
		room_file = rest > FILE_MIN + GAP + TITLE_MIN ? FILE_MIN : rest / 3;
	/* what the titles leave is the file's too: a path is shortened
	 * only when the row has no room for it */
	size_t need_t = max_z(wtitle, TITLE_MIN);
	if (rest > need_t + GAP && rest - need_t - GAP > room_file)
		room_file = rest - need_t - GAP;
	L.wf = wfile < room_file ? wfile : room_file;
	L.wt = rest > L.wf + GAP ? rest - L.wf - GAP : 0;
	return L;
}

/* One row of the list (or the header when e is NULL) into s. */
static void row(struct sbuf *s, const struct layout *L, const struct entry *e, bool ascii)
{
	char pb[8], cell[16], na[32], no[32];
	sbuf_addc(s, ' ');
	if (!e) {
		cell_right(s, tr(M_CH_COL_PROGRESS), L->wp);
		sbuf_adds(s, "  ");
		cell_right(s, tr(M_CH_COL_ACTS), L->wa);
		sbuf_adds(s, "  ");
		cell_right(s, tr(M_CH_COL_OVERDUE), L->wo);
		sbuf_adds(s, "  ");
		text_fit(s, tr(M_CH_COL_TITLE), L->wt, true, ascii);
		sbuf_adds(s, "  ");
		text_fit(s, tr(M_CH_COL_FILE), L->wf, false, ascii);
		return;
	}
	if (e->bad) {
		/* the error itself is too long for a row: Enter shows it whole */
		cell_right(s, "!", L->wp + GAP + L->wa + GAP + L->wo);
	} else {
		const char *pf = progress_fmt(e->pr.tenths, pb);
		snprintf(cell, sizeof cell, "%s%s", *pf ? pf : "-", *pf ? "%" : "");
		snprintf(na, sizeof na, "%zu", e->n_act);
		snprintf(no, sizeof no, "%zu", e->overdue);
		cell_right(s, cell, L->wp);
		sbuf_adds(s, "  ");
		cell_right(s, na, L->wa);
		sbuf_adds(s, "  ");
		cell_right(s, no, L->wo);
	}
	sbuf_adds(s, "  ");
	text_fit(s, e->bad ? tr(M_CH_BAD_ROW) : e->title ? e->title : "", L->wt, true, ascii);
	sbuf_adds(s, "  ");
	fit_path(s, e->shown, L->wf, ascii);
}

static void draw(const struct tui *t, struct entry *e, size_t n, size_t sel, size_t top, int q)
{
	int rows = LINES, cols = COLS;
	erase();
	struct sbuf s = SBUF_INIT;
	/* how many plans, the quarter shown, the folder they share */
	sbuf_addc(&s, ' ');
	tv_count(&s, i18n_get(), M_N_PLANS, n);
	sbuf_addf(&s, "  %s%d", tr(M_QUARTER_SHORT), q);
	if (n && e[0].shown != e[0].path)
		sbuf_addf(&s, "  %.*s", (int)(e[0].shown - e[0].path), e[0].path);
	draw_text(t, stdscr, 0, 0, cols, s.buf, draw_attr(t, AR_BAR) | A_BOLD);
	struct layout L = lay_out(e, n, cols > 0 ? (size_t)cols : 0);
	if (rows >= 3) {
		sbuf_reset(&s);
		row(&s, &L, NULL, t->ascii);
		draw_text(t, stdscr, 1, 0, cols, s.buf, draw_attr(t, AR_DIM) | A_BOLD);
	}
	int first = rows >= 3 ? 2 : 1;
	for (int r = first; r < rows - 1; r++) {
		size_t i = top + (size_t)(r - first);
		if (i >= n)
			break;
		sbuf_reset(&s);
		row(&s, &L, &e[i], t->ascii);
		if (e[i].open)	/* kept open: "+" when it has unsaved changes */
			s.buf[0] = tui_dirty(e[i].open) ? '+' : '*';
		int at = i == sel ? draw_attr(t, AR_SEL) : e[i].bad ? draw_attr(t, AR_ERR) : (int)A_NORMAL;
		draw_text(t, stdscr, r, 0, cols, s.buf, at);
	}
	if (rows >= 2)
		draw_text(t, stdscr, rows - 1, 0, cols, tr(M_CH_PLANS_KEYS), draw_attr(t, AR_DIM));
	sbuf_free(&s);
	refresh();
}

/* The note (an error of the list, a plan's error in full) over the last
 * lines, wrapped; as many lines as it needs, the list above it. */
struct note_lines {
	const struct tui *t;
	char **line;
	size_t n;
};

static void note_line(void *ctx, const char *line, size_t len)
{
	struct note_lines *nl = ctx;
	nl->line = xrealloc(nl->line, (nl->n + 1) * sizeof *nl->line);
	nl->line[nl->n++] = xstrndup(line, len);
}

static void draw_note(const struct tui *t, const char *note)
{
	struct note_lines nl = { t, NULL, 0 };
	text_wrap(note, COLS > 1 ? (size_t)COLS - 1 : 1, note_line, &nl);
	size_t first = nl.n < (size_t)LINES ? (size_t)LINES - nl.n : 0;
	for (size_t i = 0; i < nl.n; i++) {
		if (first + i < (size_t)LINES)
			draw_text(t, stdscr, (int)(first + i), 0, COLS, nl.line[i],
				  draw_attr(t, AR_ERR));
		free(nl.line[i]);
	}
	free(nl.line);
	refresh();
}

int tui_choose(const char *const *paths, size_t n, const struct tui_opts *opts)
{
	static const struct tui_opts defaults = TUI_OPTS_INIT;
	struct tui_opts o = opts ? *opts : defaults;
	setlocale(LC_ALL, "");
	bool bad = false;
	i18n_set(i18n_detect(o.lang, &bad));
	if (!n)
		return 1;
	struct tv_date today;
	tv_today(&today);
	int q = 1;
	struct entry *e = xcalloc(n, sizeof *e);
	for (size_t i = 0; i < n; i++)
		e[i].path = e[i].shown = paths[i];
	/* the folder every path shares ("dir/") is said once, on the top line */
	const char *slash = strrchr(paths[0], '/');
	size_t common = slash ? (size_t)(slash - paths[0]) + 1 : 0;
	for (size_t i = 1; i < n && common; i++)
		if (strncmp(paths[i], paths[0], common) != 0 || !paths[i][common])
			common = 0;
	if (common && paths[0][common])
		for (size_t i = 0; i < n; i++)
			e[i].shown = paths[i] + common;
	/* the quarter of today when the first plan that loads is this year's */
	for (size_t i = 0; i < n; i++) {
		struct doc *d = NULL;
		struct plan *p = NULL;
		struct tv_err err = TV_ERR_INIT;
		if (doc_load(&d, paths[i], DOC_SIZE_CAP_DEFAULT, &err) == 0 &&
		    plan_build(&p, d, &err) == 0) {
			if (p->year && p->year == today.year && today.month >= 1)
				q = (today.month - 1) / 3 + 1;
			plan_free(p);
			doc_free(d);
			tv_err_clear(&err);
			break;
		}
		tv_err_clear(&err);
		if (d)
			doc_free(d);
	}
	for (size_t i = 0; i < n; i++)
		load(&e[i], q, &today);

	struct tui view;	/* only what drawing needs */
	memset(&view, 0, sizeof view);
	const char *cs = nl_langinfo(CODESET);
	view.utf8 = cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
	view.ascii = o.ascii >= 0 ? o.ascii : !view.utf8;
	o.from_list = true;
	/* before curses: a resize and a hang-up come as input.c's flags,
	 * here and in the plans opened from the list */
	input_signals();
	int rc = 0;
	size_t sel = 0, top = 0;
	bool warned = false;
	struct sbuf note = SBUF_INIT;
	for (;;) {
		SCREEN *scr = draw_newterm();
		if (!scr) {
			rc = 1;
			break;
		}
		draw_start(&view, o.color);
		curs_set(0);
		int open = -1;
		bool quit = false;
		while (open < 0 && !quit) {
			int page = LINES > 3 ? LINES - 3 : 1;
			if (sel < top)
				top = sel;
			if (sel >= top + (size_t)page)
				top = sel - (size_t)page + 1;
			draw(&view, e, n, sel, top, q);
			if (note.len && LINES >= 2)
				draw_note(&view, note.buf);
			int k;
			if (input_screen_key(&k) < 0) {
				/* a hang-up or a closed terminal: leave; the
				 * plans kept open keep their work below */
				quit = true;
				rc = 128 + (int)tui_got_hup;
				break;
			}
			if (k == TK(KEY_RESIZE))
				continue;	/* drawn again at the new size */
			sbuf_reset(&note);
			if (k != 'q')
				warned = false;
			switch (k) {
			case 'j': case TK(KEY_DOWN):
				if (sel + 1 < n)
					sel++;
				break;
			case 'k': case TK(KEY_UP):
				if (sel > 0)
					sel--;
				break;
			case 'g': case TK(KEY_HOME): sel = 0; break;
			case 'G': case TK(KEY_END): sel = n - 1; break;
			case '[': case ']':
				if ((k == '[' && q > 1) || (k == ']' && q < NQ)) {
					q += k == '[' ? -1 : 1;
					for (size_t i = 0; i < n; i++)
						load(&e[i], q, &today);
				}
				break;
			case '\n': case '\r': case TK(KEY_ENTER): case 'l': case TK(KEY_RIGHT):
				if (e[sel].bad && !e[sel].open) {
					/* a plan that does not load: why, in full */
					load(&e[sel], q, &today);
					if (e[sel].bad) {
						sbuf_adds(&note, e[sel].why ? e[sel].why : e[sel].title);
						break;
					}
				}
				open = (int)sel;
				break;
			case 'q': case 27: case TK_CTRL('c'): {
				size_t dirty = 0;
				for (size_t i = 0; i < n; i++)
					dirty += e[i].open && tui_dirty(e[i].open);
				if (dirty && !warned) {
					struct sbuf np = SBUF_INIT;
					tv_count(&np, i18n_get(), M_N_PLANS, dirty);
					sbuf_addf(&note, tr(M_CH_UNSAVED), np.buf);
					sbuf_free(&np);
					warned = true;
					break;
				}
				quit = true;
				break;
			}
			default:
				break;
			}
		}
		endwin();
		delscreen(scr);
		if (quit || open < 0)
			break;
		struct entry *en = &e[open];
		if (!en->open) {
			int orc;
			o.quarter = q;
			en->open = tui_open(en->path, &o, &orc);
			if (!en->open)
				continue;	/* said on stderr; back to the list */
		}
		/* at the list's quarter, also when kept open */
		tui_set_quarter(en->open, q);
		bool back = false;
		rc = tui_visit(en->open, &back);
		if (rc >= 128) {
			/* a hang-up or termination: this plan's work is kept by
			 * the visit; the others' below */
			tui_close(en->open);
			en->open = NULL;
			break;
		}
		if (!back) {
			tui_close(en->open);
			en->open = NULL;
		}
		load(en, q, &today);
		rc = 0;
	}
	for (size_t i = 0; i < n; i++) {
		/* after a hang-up, the plans kept open keep their edits too */
		if (rc >= 128 && e[i].open && tui_dirty(e[i].open))
			tui_keep(e[i].open);
		tui_close(e[i].open);
		free(e[i].title);
		free(e[i].why);
	}
	free(e);
	sbuf_free(&note);
	return rc;
}
