/*
 * import_grid.c — the grid of cells between the readers and the
 * interpreter of `tolov import`: building it, positions in the reader's
 * terms, the error and warning lists, and choosing the reader by content.
 * See include/tolov/io/import_grid.h.
 */
#include "tolov/io/import.h"
#include "tolov/base/i18n.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void import_rows_free(struct import_rows *r)
{
	for (size_t i = 0; i < r->n; i++) {
		for (size_t j = 0; j < r->row[i].n; j++)
			free(r->row[i].cell[j].text);
		free(r->row[i].cell);
	}
	free(r->row);
	r->row = NULL;
	r->n = r->cap = 0;
}

void import_grid_free(struct import_grid *g)
{
	import_rows_free(&g->rows);
	free(g->sheet);
	free(g->sheets);
	g->sheet = g->sheets = NULL;
}

struct import_row *import_row_new(struct import_rows *rows, unsigned line)
{
	if (rows->n == rows->cap) {
		rows->cap = rows->cap ? rows->cap * 2 : 64;
		rows->row = xrealloc(rows->row, rows->cap * sizeof *rows->row);
	}
	struct import_row *r = &rows->row[rows->n++];
	memset(r, 0, sizeof *r);
	r->line = line;
	return r;
}

struct import_cell *import_cell_add(struct import_row *r, const char *t, size_t n,
				    unsigned line, unsigned col)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 8;
		r->cell = xrealloc(r->cell, r->cap * sizeof *r->cell);
	}
	import_trim(&t, &n);
	struct import_cell *c = &r->cell[r->n++];
	memset(c, 0, sizeof *c);
	c->text = xstrndup(t, n);
	c->line = line;
	c->col = col;
	return c;
}

/* Spreadsheet column letters of col (from 1). */
static void col_letters(struct sbuf *out, unsigned col)
{
	char buf[8];
	int n = 0;
	while (col > 0 && n < 7) {
		col--;
		buf[n++] = (char)('A' + col % 26);
		col /= 26;
	}
	while (n > 0)
		sbuf_addc(out, buf[--n]);
}

void import_pos(struct sbuf *out, const struct import_errs *e, unsigned table, unsigned line,
		unsigned col)
{
	sbuf_adds(out, e->path);
	if (!line)
		return;
	switch (e->kind) {
	case GRID_DOCX:
		sbuf_addc(out, ':');
		if (table == 0)
			sbuf_addf(out, tr(M_IMPORT_POS_PARAGRAPH), line);
		else
			sbuf_addf(out, tr(M_IMPORT_POS_TABLE), table, line, col ? col : 1);
		break;
	case GRID_XLSX:
		sbuf_addf(out, ":%s!", e->sheet ? e->sheet : "");
		col_letters(out, col ? col : 1);
		sbuf_addf(out, "%u", line);
		break;
	default:
		sbuf_addf(out, ":%u:%u", line, col ? col : 1);
	}
}

/* Append s with control characters escaped (\xNN, \u0080-\u009f): cell
 * text from a file must not drive the terminal a message is shown on. */
static void add_escaped(struct sbuf *to, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n; i++) {
		if (u[i] < 0x20 || u[i] == 0x7f)
			sbuf_addf(to, "\\x%02X", u[i]);
		else if (u[i] == 0xc2 && i + 1 < n && u[i + 1] >= 0x80 && u[i + 1] <= 0x9f)
			sbuf_addf(to, "\\u%04X", u[++i]);
		else
			sbuf_addc(to, (char)u[i]);
	}
}

static void add_line(struct import_errs *e, struct sbuf *to, const char *tag, unsigned table,
		     unsigned line, unsigned col, enum msg m, va_list ap)
{
	struct sbuf b = SBUF_INIT;
	import_pos(&b, e, table, line, col);
	sbuf_addf(&b, ": %s: ", tag);
	/* the shape the compiler checked names m's conversions in order
	 * (tests/check-msgargs.sh), so m's text takes these arguments */
	sbuf_addvf(&b, tr(m), ap);
	add_escaped(to, b.buf, b.len);
	sbuf_free(&b);
}

void import_err(struct import_errs *e, unsigned table, unsigned line, unsigned col, enum msg m,
		const char *shape, ...)
{
	(void)shape;
	e->n++;
	if (e->n > IMPORT_MAX_ERRORS)
		return;
	if (e->text.len)
		sbuf_addc(&e->text, '\n');
	va_list ap;
	va_start(ap, shape);
	add_line(e, &e->text, "error", table, line, col, m, ap);
	va_end(ap);
}

void import_warn(struct import_errs *e, unsigned table, unsigned line, unsigned col,
		 enum msg m, const char *shape, ...)
{
	(void)shape;
	e->n_warn++;
	va_list ap;
	va_start(ap, shape);
	add_line(e, &e->warn, "warning", table, line, col, m, ap);
	va_end(ap);
	sbuf_addc(&e->warn, '\n');
}

void import_more_errors(struct import_errs *e)
{
	if (e->n <= IMPORT_MAX_ERRORS)
		return;
	sbuf_addf(&e->text, "\n%s: error: ", e->path);
	struct sbuf n = SBUF_INIT;
	tv_count(&n, i18n_get(), M_N_MORE_ERRORS, (size_t)(e->n - IMPORT_MAX_ERRORS));
	sbuf_addf(&e->text, tr(M_IMPORT_E_MORE), n.buf);
	sbuf_free(&n);
}

int import_read_any(const char *data, size_t len, const char *sheet, struct import_grid *g,
		    struct import_errs *e)
{
	memset(g, 0, sizeof *g);
	if (len >= 4 && !memcmp(data, "PK\x03\x04", 4)) {
		if (import_zip_has(data, len, "word/document.xml"))
			return import_read_docx(data, len, g, e);
		/* the .xlsx reader says what any other container is */
		return import_read_xlsx(data, len, sheet, g, e);
	}
	if (len >= 8 && !memcmp(data, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8)) {
		e->kind = GRID_TEXT;
		import_err(e, 0, 0, 0,
				M_IMPORT_E_OLE, TV_NOARGS);
		return -1;
	}
	return import_read_text(data, len, g, e);
}
