/*
 * writer_text.c — the plain-text back end of writer.h, for the terminal
 * and the interface's report view: every line sanitized and, when
 * w->cols is not 0, at most that many display columns wide.
 *
 * Layout: the title and the lines under it as paragraphs; a goal as a
 * paragraph "Goal 1. Title" (indented two columns per level of nesting);
 * an activity as a record — its leading columns ("1.1. Title") as a
 * paragraph at indent 2, then each other column that has a value as
 * "Label: value" at indent 6, continuation lines hanging under the value.
 * Summaries are aligned tables (numbers to the right) under their title;
 * a table wider than the width is written row by row as paragraphs.
 */
#include "tolov/io/writer.h"

#include <stdlib.h>
#include <string.h>

#include "tolov/base/text.h"

struct tx {
	struct sbuf *out;
	size_t cols;
	size_t indent;		/* of the line being wrapped */
	size_t hang;		/* extra indent of its continuation lines */
	bool first;
	const char *label;	/* sanitized; written before the first line, or NULL */
};

static void tx_line(void *ctx, const char *s, size_t len)
{
	struct tx *t = ctx;
	size_t ind = t->indent + (t->first ? 0 : t->hang);
	for (size_t i = 0; i < ind; i++)
		sbuf_addc(t->out, ' ');
	if (t->first && t->label)
		sbuf_adds(t->out, t->label);
	while (len && s[len - 1] == ' ')
		len--;
	sbuf_add(t->out, s, len);
	sbuf_addc(t->out, '\n');
	t->first = false;
}

/* label + text as a paragraph at indent; continuation lines hang under
 * the text when the label is at most max_hang columns, else under the
 * label. */
static void tx_para_hang(struct tx *t, size_t indent, const char *label, const char *text,
			 size_t max_hang)
{
	struct sbuf s = SBUF_INIT;
	sbuf_adds(&s, label);
	sbuf_adds(&s, text);
	while (s.len && s.buf[s.len - 1] == '\n')
		s.buf[--s.len] = '\0';
	size_t lw = text_width(label, strlen(label));
	t->indent = indent;
	t->hang = lw <= max_hang ? lw : 0;
	t->first = true;
	t->label = NULL;
	if (t->hang && t->cols > indent + t->hang + 10) {
		/* The text wraps beside its label, continuation lines under it. */
		struct sbuf l = SBUF_INIT, x = SBUF_INIT;
		text_sanitize(&l, label, strlen(label), false, false);
		sbuf_adds(&x, text);
		while (x.len && x.buf[x.len - 1] == '\n')
			x.buf[--x.len] = '\0';
		t->label = l.buf ? l.buf : "";
		text_wrap(x.buf ? x.buf : "", t->cols - indent - t->hang, tx_line, t);
		t->label = NULL;
		sbuf_free(&l);
		sbuf_free(&x);
	} else if (t->cols > indent + t->hang + 10) {
		/* One width for every line, so hanging lines fit too. */
		text_wrap(s.buf ? s.buf : "", t->cols - indent - t->hang, tx_line, t);
	} else {
		const char *p = s.buf ? s.buf : "";
		do {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			struct sbuf c = SBUF_INIT;
			text_sanitize(&c, p, n, false, false);
			tx_line(t, c.buf ? c.buf : "", c.len);
			sbuf_free(&c);
			p = nl ? nl + 1 : NULL;
		} while (p);
	}
	sbuf_free(&s);
}

static void tx_para(struct tx *t, size_t indent, const char *label, const char *text)
{
	tx_para_hang(t, indent, label, text, 20);
}

/*
 * Text table: cells[r * ncol + c], row 0 the header; right[c] aligns right;
 * the last column is never padded. Cells are sanitized text already. When
 * the table is wider than t->cols, each row is written as a paragraph
 * instead: its name (column namecol), then "header: value" pairs; or,
 * with figures_first (the consolidated report: figures to compare), the
 * figures stay a table under one header and each row's name and text
 * columns go on lines of their own above its figures.
 */
static void tx_table(struct tx *t, size_t indent, char **cells, size_t nrow, size_t ncol,
		     const bool *right, size_t namecol, bool figures_first)
{
	size_t *w = xcalloc(ncol, sizeof(*w));
	size_t total = indent;
	for (size_t c = 0; c < ncol; c++) {
		for (size_t r = 0; r < nrow; r++) {
			size_t cw = text_width(cells[r * ncol + c], strlen(cells[r * ncol + c]));
			if (cw > w[c])
				w[c] = cw;
		}
		total += w[c] + (c + 1 < ncol ? 2 : 0);
	}
	size_t figw = indent + 2;
	for (size_t c = 0; c < ncol; c++)
		if (right[c])
			figw += w[c] + 2;
	if (t->cols && total > t->cols && figures_first && figw - 2 <= t->cols) {
		/* A figures table (the right-aligned columns, header once);
		 * each row's name (wrapped) and its text columns on lines of
		 * their own just above its figures. */
		struct sbuf b = SBUF_INIT;
		for (size_t r = 0; r < nrow; r++) {
			if (r) {
				tx_para(t, indent, "", cells[r * ncol + namecol]);
				sbuf_reset(&b);
				for (size_t c = 0; c < ncol; c++)
					if (!right[c] && c != namecol && *cells[r * ncol + c])
						sbuf_addf(&b, "%s%s", b.len ? "  " : "",
							  cells[r * ncol + c]);
				if (b.len)
					tx_para(t, indent + 2, "", b.buf);
			}
			bool empty = true;	/* a row without figures (a plan not read) */
			for (size_t c = 0; c < ncol; c++)
				if (right[c] && *cells[r * ncol + c] &&
				    strcmp(cells[r * ncol + c], "—"))
					empty = false;
			if (r && empty)
				continue;
			for (size_t i = 0; i < indent + 2; i++)
				sbuf_addc(t->out, ' ');
			for (size_t c = 0; c < ncol; c++) {
				if (!right[c])
					continue;
				const char *cs = cells[r * ncol + c];
				size_t pad = w[c] - text_width(cs, strlen(cs));
				for (size_t i = 0; i < pad; i++)
					sbuf_addc(t->out, ' ');
				sbuf_adds(t->out, cs);
				sbuf_adds(t->out, "  ");
			}
			while (t->out->len && t->out->buf[t->out->len - 1] == ' ')
				t->out->buf[--t->out->len] = '\0';
			sbuf_addc(t->out, '\n');
		}
		sbuf_free(&b);
		free(w);
		return;
	}
	if (t->cols && total > t->cols) {
		/* "header: value" pairs filled into lines; a line breaks
		 * between pairs, never inside one ("Unrated: 9" together) */
		struct sbuf b = SBUF_INIT, pair = SBUF_INIT;
		size_t room = t->cols > indent + 2 ? t->cols - indent - 2 : 1;
		for (size_t r = 1; r < nrow; r++) {
			tx_para(t, indent, "", cells[r * ncol + namecol]);
			sbuf_reset(&b);
			size_t bw = 0;
			for (size_t c = 0; c < ncol; c++) {
				if (c == namecol || !*cells[r * ncol + c])
					continue;
				sbuf_reset(&pair);
				sbuf_addf(&pair, "%s: %s", cells[c], cells[r * ncol + c]);
				size_t pw = text_width(pair.buf, pair.len);
				if (b.len && bw + 2 + pw + 1 > room) {
					sbuf_addc(&b, ',');
					tx_para(t, indent + 2, "", b.buf);
					sbuf_reset(&b);
					bw = 0;
				}
				if (b.len) {
					sbuf_adds(&b, ", ");
					bw += 2;
				}
				sbuf_adds(&b, pair.buf);
				bw += pw;
			}
			tx_para(t, indent + 2, "", b.buf ? b.buf : "");
		}
		sbuf_free(&b);
		sbuf_free(&pair);
		free(w);
		return;
	}
	for (size_t r = 0; r < nrow; r++) {
		for (size_t i = 0; i < indent; i++)
			sbuf_addc(t->out, ' ');
		for (size_t c = 0; c < ncol; c++) {
			const char *s = cells[r * ncol + c];
			size_t pad = w[c] - text_width(s, strlen(s));
			bool last = c + 1 == ncol;
			if (right[c])
				for (size_t i = 0; i < pad; i++)
					sbuf_addc(t->out, ' ');
			sbuf_adds(t->out, s);
			if (!right[c] && !last)
				for (size_t i = 0; i < pad; i++)
					sbuf_addc(t->out, ' ');
			if (!last)
				sbuf_adds(t->out, "  ");
		}
		while (t->out->len && t->out->buf[t->out->len - 1] == ' ')
			t->out->buf[--t->out->len] = '\0';
		sbuf_addc(t->out, '\n');
	}
	free(w);
}

static struct tx tx_of(struct tw *w)
{
	return (struct tx){ .out = w->out, .cols = w->cols };
}

static void text_begin(struct tw *w)
{
	const struct tw_doc *d = w->doc;
	struct tx t = tx_of(w);
	tx_para(&t, 0, "", d->title);
	for (size_t i = 0; i < d->n_meta; i++)
		tx_para(&t, 0, d->meta[i].label, d->meta[i].text);
	if (d->empty) {
		sbuf_addc(w->out, '\n');
		tx_para(&t, 0, "", d->empty);
	}
}

static void text_goal(struct tw *w, const struct tw_goal *g)
{
	struct tx t = tx_of(w);
	struct sbuf b = SBUF_INIT;
	tw_goal_label(&b, g, w->doc->lang);
	sbuf_addc(&b, ' ');
	sbuf_addc(w->out, '\n');
	if (g->section) {
		tx_para(&t, 0, "", g->section);
		sbuf_addc(w->out, '\n');
	}
	tx_para(&t, 2 * (size_t)g->depth, b.buf, g->title ? g->title : "");
	w->depth = g->depth;
	sbuf_free(&b);
}

static void text_row(struct tw *w, const struct tw_cell *cell)
{
	const struct tw_doc *d = w->doc;
	struct tx t = tx_of(w);
	struct sbuf v = SBUF_INIT, lab = SBUF_INIT;
	size_t base = 2 + 2 * (size_t)w->depth;
	const char *lead = NULL;
	bool head = true;
	for (size_t c = 0; c < d->n_col; c++) {
		const struct tw_col *col = &d->col[c];
		if (col->flags & TW_LEAD) {
			lead = cell[c].text;
			continue;
		}
		if (!tw_col_shown(col, TW_PEOPLE))
			continue;
		sbuf_reset(&v);
		tw_cell_human(&v, &cell[c], col->type, d->rating, d->lang);
		if (cell[c].aside && *cell[c].aside)
			sbuf_addf(&v, "%s%s", v.len ? " " : "", cell[c].aside);
		sbuf_reset(&lab);
		if (head) {
			if (lead && *lead)
				sbuf_addf(&lab, "%s. ", lead);
			/* a row without a name (a goal's own indicators) has no
			 * heading line: its fields follow the goal's */
			if (lab.len || v.len)
				tx_para(&t, base, lab.buf ? lab.buf : "", v.buf ? v.buf : "");
			head = false;
			continue;
		}
		if (!v.len && (col->flags & TW_DASH))
			sbuf_addc(&v, '-');
		if (!v.len)
			continue;
		sbuf_addf(&lab, "%s: ", col->head);
		tx_para_hang(&t, base + 4, lab.buf, v.buf, 34);
	}
	sbuf_free(&v);
	sbuf_free(&lab);
}

static bool numeric(enum tw_type t)
{
	return t == TW_AMOUNT || t == TW_PROGRESS || t == TW_COUNT;
}

static void text_summary(struct tw *w, const struct tw_sum *s)
{
	struct tx t = tx_of(w);
	struct sbuf b = SBUF_INIT;
	size_t ncol = 1, *map = xcalloc(s->n_col + 1, sizeof(*map));
	/* with name_last, the figures come first and the text columns
	 * (organisation, file) just before the name: the figures stay in
	 * line at the left and the long texts end the row */
	for (int pass = 0; pass < 2; pass++)
		for (size_t c = 0; c < s->n_col; c++)
			if (tw_col_shown(&s->col[c], TW_PEOPLE) &&
			    (!s->name_last || numeric(s->col[c].type) == (pass == 0)) &&
			    (s->name_last || pass == 0))
				map[ncol++ - 1] = c;
	/* Column k of the table: the name, then the shown columns; or with
	 * name_last, the shown columns then the name. */
	size_t namecol = s->name_last ? ncol - 1 : 0;
	bool *right = xcalloc(ncol, sizeof(*right));
	char **cells = xcalloc((s->n_row + 1) * ncol, sizeof(*cells));
	for (size_t k = 0, j = 0; k < ncol; k++) {
		if (k == namecol) {
			cells[k] = xstrdup(s->name_head ? s->name_head : "");
			continue;
		}
		const struct tw_col *col = &s->col[map[j++]];
		right[k] = numeric(col->type);
		cells[k] = xstrdup(tw_clean(&b, col->head, false, false));
	}
	for (size_t r = 0; r < s->n_row; r++) {
		for (size_t k = 0, j = 0; k < ncol; k++) {
			char **dst = &cells[(r + 1) * ncol + k];
			if (k == namecol) {
				/* no indent by depth here: ids show the nesting, and
				 * the columns stay where readers (and tests) expect */
				sbuf_reset(&b);
				struct sbuf c = SBUF_INIT;
				sbuf_adds(&b, tw_clean(&c, s->name[r], false, false));
				sbuf_free(&c);
				*dst = xstrdup(b.buf ? b.buf : "");
				continue;
			}
			size_t c = map[j++];
			const struct tw_cell *cl = &s->cell[r * s->n_col + c];
			struct sbuf v = SBUF_INIT;
			tw_cell_human(&v, cl, s->col[c].type, w->doc->rating, w->doc->lang);
			*dst = xstrdup(tw_clean(&b, v.buf ? v.buf : "", false, false));
			sbuf_free(&v);
		}
	}
	sbuf_addc(w->out, '\n');
	tx_para(&t, 0, "", s->title);
	tx_table(&t, 2, cells, s->n_row + 1, ncol, right, namecol, s->figures_table);
	for (size_t i = 0; i < (s->n_row + 1) * ncol; i++)
		free(cells[i]);
	free(cells);
	free(right);
	free(map);
	sbuf_free(&b);
}

static int text_end(struct tw *w, struct tv_err *err)
{
	return 0;
}

const struct tw_ops tw_text = { text_begin, text_goal, text_row, text_summary, text_end };
