/*
 * read_docx.c — the .docx reader of `tolov import`: word/document.xml to a
 * grid, in document order. Paragraphs outside tables are rows of one cell
 * (table 0, "FILE:paragraph N": the title lines above the first table,
 * headings between tables, signature lines after them); each table's rows
 * follow, positioned "FILE:table T, row R, column C" by grid column.
 * Tables split across pages are read one after the other, so a repeated
 * header row is seen (and left out with a warning) as in text. Merged
 * cells: the columns a w:gridSpan spans are empty (one cell, as written),
 * w:vMerge="continue" takes the text of the cell above, marked merged. Paragraphs inside a cell
 * and w:br line breaks are kept as line breaks, w:tab as a space. Parts
 * are read by read_zip.c (caps on sizes, no DTDs).
 */
#include "tolov/io/import_zip.h"

#include <stdlib.h>
#include <string.h>

struct docx {
	struct import_grid *g;
	struct import_errs *e;
	struct import_xml *x;
	int tbl_depth;		/* tables open (nested ones are text of their cell) */
	unsigned table;		/* tables seen */
	unsigned para;		/* paragraphs outside tables */
	unsigned row_no;	/* row in the table */
	unsigned col;		/* next grid column in the row */
	size_t row_i;		/* index of the row being read, SIZE_MAX outside a row */
	size_t prev_i;		/* index of the previous row of this table in rows, or SIZE_MAX */
	unsigned span;		/* gridSpan of the cell */
	int vmerge;		/* 0 none, 1 restart, 2 continue */
	bool in_t, in_p, in_cell;
	struct sbuf text;	/* the paragraph or cell being read */
	size_t cells;
};

static void add(struct docx *d, const char *t, size_t n, bool merged)
{
	if (d->col > IMPORT_MAX_COLS || ++d->cells > IMPORT_MAX_CELLS) {
		import_err(d->e, 0, 0, 0, M_IMPORT_E_TABLE_CAP, "%u%u",
				IMPORT_MAX_COLS, IMPORT_MAX_CELLS);
		d->x->stop = true;
		return;
	}
	if (d->row_i == SIZE_MAX)
		return;	/* a cell outside a row (a damaged document) */
	struct import_cell *c =
		import_cell_add(&d->g->rows.row[d->row_i], t, n, d->row_no, d->col);
	c->merged = merged;
	d->col++;
}

static void d_start(void *ud, const char *name, const char **atts)
{
	struct docx *d = ud;
	if (!strcmp(name, "tbl")) {
		if (++d->tbl_depth == 1) {
			d->table++;
			d->row_no = 0;
			d->prev_i = SIZE_MAX;
		}
	} else if (d->tbl_depth == 1 && !strcmp(name, "tr")) {
		if (d->g->rows.n >= IMPORT_MAX_ROWS) {
			import_err(d->e, 0, 0, 0, M_IMPORT_E_ROWS_CAP, "%u", IMPORT_MAX_ROWS);
			d->x->stop = true;
			return;
		}
		struct import_row *r = import_row_new(&d->g->rows, ++d->row_no);
		r->table = d->table;
		d->row_i = d->g->rows.n - 1;
		d->col = 1;
	} else if (d->tbl_depth == 1 && !strcmp(name, "tc")) {
		d->in_cell = true;
		d->span = 1;
		d->vmerge = 0;
		sbuf_reset(&d->text);
	} else if (d->tbl_depth == 1 && d->in_cell && !strcmp(name, "gridSpan")) {
		const char *v = import_xml_attr(atts, "val");
		long s = v ? strtol(v, NULL, 10) : 1;
		d->span = s >= 1 && s <= (long)IMPORT_MAX_COLS ? (unsigned)s : 1;
	} else if (d->tbl_depth == 1 && d->in_cell && !strcmp(name, "vMerge")) {
		const char *v = import_xml_attr(atts, "val");
		d->vmerge = v && !strcmp(v, "restart") ? 1 : 2;
	} else if (!strcmp(name, "p")) {
		if (d->in_cell && d->text.len)
			sbuf_addc(&d->text, '\n');	/* a further paragraph in a cell */
		if (!d->tbl_depth)
			sbuf_reset(&d->text);
		d->in_p = true;
	} else if (!strcmp(name, "t") && d->in_p) {
		d->in_t = true;
	} else if ((!strcmp(name, "br") || !strcmp(name, "cr")) && d->in_p) {
		sbuf_addc(&d->text, '\n');
	} else if (!strcmp(name, "tab") && d->in_p) {
		sbuf_addc(&d->text, ' ');
	}
}

static void d_end(void *ud, const char *name)
{
	struct docx *d = ud;
	if (!strcmp(name, "tbl")) {
		if (--d->tbl_depth == 0) {
			d->row_i = SIZE_MAX;
			d->prev_i = SIZE_MAX;
			d->in_cell = false;
		}
	} else if (!strcmp(name, "t")) {
		d->in_t = false;
	} else if (!strcmp(name, "p")) {
		d->in_p = false;
		if (!d->tbl_depth) {
			d->para++;
			if (d->text.len) {
				struct import_row *r = import_row_new(&d->g->rows, d->para);
				r->table = 0;
				struct import_cell *c =
					import_cell_add(r, d->text.buf, d->text.len, d->para, 1);
				(void)c;
			}
			sbuf_reset(&d->text);
		}
	} else if (d->tbl_depth == 1 && !strcmp(name, "tc") && d->in_cell) {
		d->in_cell = false;
		if (d->vmerge == 2 && d->prev_i != SIZE_MAX) {
			/* the text of the cell above, in the same grid column */
			const struct import_row *p = &d->g->rows.row[d->prev_i];
			const char *t = "";
			for (size_t j = 0; j < p->n; j++)
				if (p->cell[j].col == d->col)
					t = p->cell[j].text;
			add(d, t, strlen(t), *t != '\0');
			for (unsigned k = 1; k < d->span && !d->x->stop; k++)
				add(d, "", 0, false);
			return;
		}
		const char *t = d->text.buf ? d->text.buf : "";
		add(d, t, d->text.len, false);
		/* the columns a cell spans are empty: it is one cell */
		for (unsigned k = 1; k < d->span && !d->x->stop; k++)
			add(d, "", 0, false);
	} else if (d->tbl_depth == 1 && !strcmp(name, "tr")) {
		d->prev_i = d->row_i;
		d->row_i = SIZE_MAX;
	}
}

static void d_text(void *ud, const char *t, size_t n)
{
	struct docx *d = ud;
	if (d->in_t)
		sbuf_add(&d->text, t, n);
}

int import_read_docx(const char *data, size_t len, struct import_grid *g,
		     struct import_errs *e)
{
	struct import_zip z;
	e->kind = g->kind = GRID_DOCX;
	if (!import_zip_open(&z, data, len, e))
		return -1;
	char *buf = NULL;
	size_t blen;
	int rc = -1;
	struct docx d;
	memset(&d, 0, sizeof d);
	d.g = g;
	d.e = e;
	d.prev_i = SIZE_MAX;
	d.row_i = SIZE_MAX;
	struct import_xml x = { &d, d_start, d_end, d_text, false, false, NULL };
	d.x = &x;
	int has = import_zip_read(&z, "word/document.xml", &buf, &blen, e);
	if (has > 0)
		import_err(e, 0, 0, 0, M_IMPORT_E_NO_DOCUMENT, TV_NOARGS);
	if (has != 0)
		goto out;
	if (import_xml_parse(&x, "word/document.xml", buf, blen, e) < 0)
		goto out;
	rc = 0;
out:
	free(buf);
	sbuf_free(&d.text);
	import_zip_close(&z);
	return rc;
}
