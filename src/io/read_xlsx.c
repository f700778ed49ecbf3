/*
 * read_xlsx.c — the .xlsx reader of `tolov import`: a workbook's sheet (the
 * first, or the one --sheet names) to a grid of cells positioned
 * "FILE:SHEET!C14". Shared strings, inline strings and formula results are
 * text; numbers stay numbers (written without a needless ".0", so a budget
 * of 2000000 reads as an amount), dates and percentages are written as the
 * sheet shows them (2024.03.15, 70%); merged ranges are filled with their first
 * cell's text and marked merged. Parts are read by read_zip.c (caps on
 * sizes, no DTDs).
 */
#include "tolov/io/import_zip.h"

#include <math.h>	/* fabs, isfinite: no libm needed */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sheet_ref {
	char *name, *rid;
};

struct wb {
	struct sheet_ref *sheet;
	size_t n;
	/* rels */
	char *want_rid;
	char *target;
};

static void wb_start(void *ud, const char *name, const char **atts)
{
	struct wb *w = ud;
	if (!strcmp(name, "sheet")) {
		const char *n = import_xml_attr(atts, "name");
		const char *id = import_xml_attr(atts, "id");
		if (!n || !id)
			return;
		w->sheet = xrealloc(w->sheet, (w->n + 1) * sizeof *w->sheet);
		w->sheet[w->n].name = xstrdup(n);
		w->sheet[w->n].rid = xstrdup(id);
		w->n++;
	} else if (!strcmp(name, "Relationship") && w->want_rid && !w->target) {
		const char *id = import_xml_attr(atts, "Id");
		const char *t = import_xml_attr(atts, "Target");
		if (id && t && !strcmp(id, w->want_rid))
			w->target = xstrdup(t);
	}
}

static void no_end(void *ud, const char *name)
{
	(void)ud;
	(void)name;
}

/* ---- shared strings ---- */

struct sst {
	char **s;
	size_t n, cap;
	struct sbuf cur;
	int in_si, in_t, in_rph;
	struct import_errs *e;
	struct import_xml *x;
};

static void sst_start(void *ud, const char *name, const char **atts)
{
	(void)atts;
	struct sst *s = ud;
	if (!strcmp(name, "si")) {
		s->in_si = 1;
		sbuf_reset(&s->cur);
	} else if (!strcmp(name, "rPh")) {
		s->in_rph++;
	} else if (!strcmp(name, "t") && s->in_si) {
		s->in_t = 1;
	}
}

static void sst_end(void *ud, const char *name)
{
	struct sst *s = ud;
	if (!strcmp(name, "si")) {
		if (s->n >= IMPORT_MAX_CELLS) {
			import_err(s->e, 0, 0, 0, M_IMPORT_E_STRINGS_CAP, "%u",
					IMPORT_MAX_CELLS);
			s->x->stop = true;
			return;
		}
		if (s->n == s->cap) {
			s->cap = s->cap ? s->cap * 2 : 256;
			s->s = xrealloc(s->s, s->cap * sizeof *s->s);
		}
		s->s[s->n++] = xstrdup(s->cur.buf ? s->cur.buf : "");
		s->in_si = 0;
	} else if (!strcmp(name, "rPh")) {
		s->in_rph--;
	} else if (!strcmp(name, "t")) {
		s->in_t = 0;
	}
}

static void sst_text(void *ud, const char *t, size_t n)
{
	struct sst *s = ud;
	if (s->in_t && !s->in_rph)
		sbuf_add(&s->cur, t, n);
}

/* ---- styles: which cell formats are dates ---- */

struct styles {
	unsigned *custom_date;	/* numFmtIds of custom formats that are dates */
	size_t n_custom;
	bool *xf_date;		/* per cellXfs index */
	bool *xf_pct;		/* per cellXfs index: a percentage format */
	size_t n_xf;
	unsigned *custom_pct;	/* numFmtIds of custom percentage formats */
	size_t n_custom_pct;
	int in_xfs;
	struct import_errs *e;
	struct import_xml *x;
};

/* A format code that shows a date: y, m or d outside quotes and brackets
 * (m alone with h or s would be minutes; a date has y or d too). */
static bool date_code(const char *code)
{
	bool y = false, d = false, q = false, br = false;
	for (const char *p = code; *p; p++) {
		if (*p == '"')
			q = !q;
		else if (*p == '[')
			br = true;
		else if (*p == ']')
			br = false;
		else if (*p == '\\' && p[1])
			p++;
		else if (!q && !br && (*p == 'y' || *p == 'Y'))
			y = true;
		else if (!q && !br && (*p == 'd' || *p == 'D'))
			d = true;
	}
	return y || d;
}

static bool builtin_date(unsigned id)
{
	return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

static void st_start(void *ud, const char *name, const char **atts)
{
	struct styles *st = ud;
	if (!strcmp(name, "numFmt")) {
		const char *id = import_xml_attr(atts, "numFmtId");
		const char *code = import_xml_attr(atts, "formatCode");
		if (id && code && date_code(code) && st->n_custom < 4096) {
			st->custom_date = xrealloc(st->custom_date,
						   (st->n_custom + 1) * sizeof *st->custom_date);
			st->custom_date[st->n_custom++] = (unsigned)strtoul(id, NULL, 10);
		} else if (id && code && strchr(code, '%') && st->n_custom_pct < 4096) {
			st->custom_pct = xrealloc(st->custom_pct,
						  (st->n_custom_pct + 1) * sizeof *st->custom_pct);
			st->custom_pct[st->n_custom_pct++] = (unsigned)strtoul(id, NULL, 10);
		}
	} else if (!strcmp(name, "cellXfs")) {
		st->in_xfs = 1;
	} else if (st->in_xfs && !strcmp(name, "xf")) {
		if (st->n_xf >= 65536) {
			st->x->stop = true;
			import_err(st->e, 0, 0, 0, M_IMPORT_E_STYLES_CAP, "%u", 65536u);
			return;
		}
		const char *id = import_xml_attr(atts, "numFmtId");
		unsigned n = id ? (unsigned)strtoul(id, NULL, 10) : 0;
		bool date = builtin_date(n);
		for (size_t i = 0; i < st->n_custom && !date; i++)
			date = st->custom_date[i] == n;
		bool pct = n == 9 || n == 10;
		for (size_t i = 0; i < st->n_custom_pct && !pct; i++)
			pct = st->custom_pct[i] == n;
		st->xf_date = xrealloc(st->xf_date, (st->n_xf + 1) * sizeof *st->xf_date);
		st->xf_pct = xrealloc(st->xf_pct, (st->n_xf + 1) * sizeof *st->xf_pct);
		st->xf_date[st->n_xf] = date;
		st->xf_pct[st->n_xf++] = pct;
	}
}

static void st_end(void *ud, const char *name)
{
	struct styles *st = ud;
	if (!strcmp(name, "cellXfs"))
		st->in_xfs = 0;
}

/* An Excel date serial (1900 system) as "YYYY.MM.DD", as the officials'
 * tables write dates; NULL when out of range. */
static char *serial_date(double v)
{
	if (!(v >= 1 && v < 2958466))
		return NULL;
	long serial = (long)v;
	/* serial 1 is 1900-01-01; from 61 on, days since 1899-12-30 (Excel
	 * counts a 1900-02-29 that never was) */
	long since_1899_12_30 = serial >= 61 ? serial : serial + 1;
	long z = since_1899_12_30 - 25569 + 719468;	/* days since 0000-03-01 */
	/* civil date from days (Howard Hinnant's algorithm) */
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long d = doy - (153 * mp + 2) / 5 + 1;
	long m = mp < 10 ? mp + 3 : mp - 9;
	if (m <= 2)
		y++;
	return xasprintf("%04ld.%02ld.%02ld", y, m, d);
}

/* ---- the sheet ---- */

struct xcell {
	unsigned row, col;
	char *text;
	bool number, merged;
};

struct merge {
	unsigned r1, c1, r2, c2;
};

struct sheet {
	struct xcell *c;
	size_t n, cap;
	struct merge *m;
	size_t nm;
	const struct sst *sst;
	const struct styles *styles;
	unsigned style;		/* the cell's s attribute */
	struct import_errs *e;
	struct import_xml *x;
	unsigned row, col;	/* current */
	char type[16];
	struct sbuf v;
	int in_v, in_t, in_is, in_c;
	unsigned max_row;
};

/* "C14" to column 3, row 14; false when not a reference. */
static bool cell_ref(const char *r, unsigned *row, unsigned *col)
{
	unsigned c = 0, n = 0;
	const char *p = r;
	while (*p >= 'A' && *p <= 'Z') {
		c = c * 26 + (unsigned)(*p - 'A' + 1);
		if (c > 100000)
			return false;
		p++;
	}
	while (*p >= '0' && *p <= '9') {
		n = n * 10 + (unsigned)(*p - '0');
		if (n > 10000000)
			return false;
		p++;
	}
	if (*p || !c || !n)
		return false;
	*row = n;
	*col = c;
	return true;
}

static void sh_start(void *ud, const char *name, const char **atts)
{
	struct sheet *s = ud;
	if (!strcmp(name, "row")) {
		const char *r = import_xml_attr(atts, "r");
		s->row = r ? (unsigned)strtoul(r, NULL, 10) : s->row + 1;
		s->col = 0;
		if (s->row > IMPORT_MAX_ROWS) {
			import_err(s->e, 0, 0, 0, M_IMPORT_E_SHEET_ROWS, "%u",
					IMPORT_MAX_ROWS);
			s->x->stop = true;
		}
	} else if (!strcmp(name, "c")) {
		const char *r = import_xml_attr(atts, "r");
		unsigned row, col;
		if (r && cell_ref(r, &row, &col)) {
			s->row = row;
			s->col = col;
		} else {
			s->col++;
		}
		if (s->col > IMPORT_MAX_COLS) {
			import_err(s->e, 0, 0, 0, M_IMPORT_E_SHEET_COLS, "%u",
					IMPORT_MAX_COLS);
			s->x->stop = true;
		}
		const char *t = import_xml_attr(atts, "t");
		snprintf(s->type, sizeof s->type, "%s", t ? t : "n");
		const char *sa = import_xml_attr(atts, "s");
		s->style = sa ? (unsigned)strtoul(sa, NULL, 10) : 0;
		sbuf_reset(&s->v);
		s->in_c = 1;
	} else if (!strcmp(name, "v") && s->in_c) {
		s->in_v = 1;
	} else if (!strcmp(name, "is") && s->in_c) {
		s->in_is = 1;
	} else if (!strcmp(name, "t") && s->in_is) {
		s->in_t = 1;
	} else if (!strcmp(name, "mergeCell")) {
		const char *ref = import_xml_attr(atts, "ref");
		const char *colon = ref ? strchr(ref, ':') : NULL;
		if (!colon || colon - ref > 15)
			return;
		char a[16];
		memcpy(a, ref, (size_t)(colon - ref));
		a[colon - ref] = '\0';
		struct merge m;
		if (!cell_ref(a, &m.r1, &m.c1) || !cell_ref(colon + 1, &m.r2, &m.c2) ||
		    m.r2 < m.r1 || m.c2 < m.c1 || m.c2 > IMPORT_MAX_COLS || m.r2 > IMPORT_MAX_ROWS)
			return;
		if ((unsigned long long)(m.r2 - m.r1 + 1) * (m.c2 - m.c1 + 1) > IMPORT_MAX_CELLS) {
			import_err(s->e, 0, 0, 0, M_IMPORT_E_MERGE_CAP, "%u",
					IMPORT_MAX_CELLS);
			s->x->stop = true;
			return;
		}
		s->m = xrealloc(s->m, (s->nm + 1) * sizeof *s->m);
		s->m[s->nm++] = m;
	}
}

/* A number as the sheet shows it: integers without ".0". */
static char *number_text(const char *v)
{
	char *end;
	double d = strtod(v, &end);
	if (end == v || *end || !isfinite(d))
		return xstrdup(v);
	if (fabs(d) < 1e15 && d == (double)(long long)d)
		return xasprintf("%lld", (long long)d);
	char buf[64];
	snprintf(buf, sizeof buf, "%.15g", d);
	return xstrdup(buf);
}

/* v times k as number_text writes it (0.7 * 100 is 70, not 70.0000001). */
static char *number_text_scaled(const char *v, int k)
{
	char *end;
	double d = strtod(v, &end);
	if (end == v || *end || !isfinite(d))
		return xstrdup(v);
	char buf[64];
	snprintf(buf, sizeof buf, "%.10g", d * k);
	return number_text(buf);
}

static void sh_end(void *ud, const char *name)
{
	struct sheet *s = ud;
	if (!strcmp(name, "v")) {
		s->in_v = 0;
	} else if (!strcmp(name, "t")) {
		s->in_t = 0;
	} else if (!strcmp(name, "is")) {
		s->in_is = 0;
	} else if (!strcmp(name, "c") && s->in_c) {
		s->in_c = 0;
		const char *v = s->v.buf ? s->v.buf : "";
		char *text;
		bool number = false;
		if (!strcmp(s->type, "s")) {
			unsigned long k = strtoul(v, NULL, 10);
			text = xstrdup(k < s->sst->n ? s->sst->s[k] : "");
		} else if (!strcmp(s->type, "n") && *v) {
			char *date = NULL;
			if (s->styles && s->style < s->styles->n_xf && s->styles->xf_date[s->style])
				date = serial_date(strtod(v, NULL));
			bool pct = s->styles && s->style < s->styles->n_xf &&
				   s->styles->xf_pct[s->style];
			if (date) {
				text = date;	/* a date cell: as the sheet shows it */
			} else if (pct) {
				/* 1 shown as 100%: the rating a report gives */
				char *hundred = number_text_scaled(v, 100);
				text = xasprintf("%s%%", hundred);
				free(hundred);
			} else {
				text = number_text(v);
				number = true;
			}
		} else if (!strcmp(s->type, "b")) {
			text = xstrdup(!strcmp(v, "1") ? "TRUE" : "FALSE");
		} else {
			text = xstrdup(v);	/* inlineStr, str (a formula's text), e */
		}
		if (!*text) {
			free(text);
			return;
		}
		if (s->n >= IMPORT_MAX_CELLS) {
			free(text);
			import_err(s->e, 0, 0, 0, M_IMPORT_E_SHEET_CELLS, "%u",
					IMPORT_MAX_CELLS);
			s->x->stop = true;
			return;
		}
		if (s->n == s->cap) {
			s->cap = s->cap ? s->cap * 2 : 1024;
			s->c = xrealloc(s->c, s->cap * sizeof *s->c);
		}
		s->c[s->n++] = (struct xcell){ s->row, s->col, text, number, false };
		if (s->row > s->max_row)
			s->max_row = s->row;
	}
}

static void sh_text(void *ud, const char *t, size_t n)
{
	struct sheet *s = ud;
	if (s->in_v || s->in_t)
		sbuf_add(&s->v, t, n);
}

static int by_pos(const void *a, const void *b)
{
	const struct xcell *x = a, *y = b;
	if (x->row != y->row)
		return x->row < y->row ? -1 : 1;
	return x->col < y->col ? -1 : x->col > y->col;
}

/* The sheet's cells to grid rows, merged ranges filled. */
static void to_grid(struct sheet *s, struct import_grid *g)
{
	qsort(s->c, s->n, sizeof *s->c, by_pos);
	size_t k = 0, n_real = s->n;
	/* every cell of a merged range but the first: a copy of the first */
	for (size_t i = 0; i < s->nm; i++) {
		const struct merge *m = &s->m[i];
		struct xcell key = { m->r1, m->c1, NULL, false, false };
		const struct xcell *f = bsearch(&key, s->c, n_real, sizeof *s->c, by_pos);
		if (!f)
			continue;
		size_t fi = (size_t)(f - s->c);
		/* only down the first column: a cell merged across a row is one
		 * cell (the columns it spans are empty), as in the .docx reader */
		for (unsigned r = m->r1 + 1; r <= m->r2; r++)
			for (unsigned c = m->c1; c <= m->c1; c++) {
				if (s->n >= IMPORT_MAX_CELLS)
					break;
				if (s->n == s->cap) {
					s->cap = s->cap ? s->cap * 2 : 1024;
					s->c = xrealloc(s->c, s->cap * sizeof *s->c);
				}
				s->c[s->n++] = (struct xcell){ r, c, xstrdup(s->c[fi].text),
							       s->c[fi].number, true };
			}
	}
	qsort(s->c, s->n, sizeof *s->c, by_pos);
	while (k < s->n) {
		unsigned row = s->c[k].row;
		struct import_row *r = import_row_new(&g->rows, row);
		unsigned col = 1;
		for (; k < s->n && s->c[k].row == row; k++) {
			const struct xcell *x = &s->c[k];
			if (r->n && r->cell[r->n - 1].col == x->col)
				continue;	/* a merged copy over a written cell */
			for (; col < x->col; col++)
				import_cell_add(r, "", 0, row, col);
			struct import_cell *c = import_cell_add(r, x->text, strlen(x->text), row, col);
			c->number = x->number;
			c->merged = x->merged;
			col++;
		}
	}
}

static void free_sheet(struct sheet *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->c[i].text);
	free(s->c);
	free(s->m);
	sbuf_free(&s->v);
}

int import_read_xlsx(const char *data, size_t len, const char *sheet, struct import_grid *g,
		     struct import_errs *e)
{
	struct import_zip z;
	e->kind = g->kind = GRID_XLSX;
	if (!import_zip_open(&z, data, len, e))
		return -1;
	int rc = -1;
	char *buf = NULL;
	size_t blen;
	struct wb w = { NULL, 0, NULL, NULL };
	struct sst sst = { NULL, 0, 0, SBUF_INIT, 0, 0, 0, e, NULL };
	struct sheet sh;
	memset(&sh, 0, sizeof sh);
	struct styles styles;
	memset(&styles, 0, sizeof styles);

	if (!import_zip_exists(&z, "xl/workbook.xml")) {
		if (import_zip_exists(&z, "xl/vbaProject.bin") ||
		    import_zip_exists(&z, "word/vbaProject.bin"))
			import_err(e, 0, 0, 0, M_IMPORT_E_MACROS, TV_NOARGS);
		else if (import_zip_exists(&z, "content.xml") && import_zip_exists(&z, "mimetype"))
			import_err(e, 0, 0, 0, M_IMPORT_E_ODF, TV_NOARGS);
		else if (import_zip_exists(&z, "word/document.xml"))
			import_err(e, 0, 0, 0, M_IMPORT_E_WORD_NOT_BOOK, TV_NOARGS);
		else
			import_err(e, 0, 0, 0, M_IMPORT_E_OTHER_ZIP, TV_NOARGS);
		goto out;
	}
	struct import_xml x = { &w, wb_start, no_end, NULL, false, false, NULL };
	if (import_zip_read(&z, "xl/workbook.xml", &buf, &blen, e) != 0 ||
	    import_xml_parse(&x, "xl/workbook.xml", buf, blen, e) < 0)
		goto out;
	free(buf);
	buf = NULL;
	size_t pick = SIZE_MAX;
	for (size_t i = 0; i < w.n; i++)
		if (!sheet || !strcmp(w.sheet[i].name, sheet)) {
			pick = i;
			break;
		}
	if (pick == SIZE_MAX) {
		struct sbuf names = SBUF_INIT;
		for (size_t i = 0; i < w.n; i++)
			sbuf_addf(&names, "%s“%s”", i ? ", " : "", w.sheet[i].name);
		if (sheet)
			import_err(e, 0, 0, 0, M_IMPORT_E_NO_SHEET, "%s%s", sheet,
					names.buf ? names.buf : "(none)");
		else
			import_err(e, 0, 0, 0, M_IMPORT_E_NO_SHEETS, TV_NOARGS);
		sbuf_free(&names);
		goto out;
	}
	g->sheet = xstrdup(w.sheet[pick].name);
	{
		struct sbuf names = SBUF_INIT;
		for (size_t i = 0; i < w.n; i++)
			sbuf_addf(&names, "%s“%s”", i ? ", " : "", w.sheet[i].name);
		g->sheets = sbuf_detach(&names);
		g->n_sheets = w.n;
	}
	e->sheet = g->sheet;
	w.want_rid = w.sheet[pick].rid;
	struct import_xml xr = { &w, wb_start, no_end, NULL, false, false, NULL };
	if (import_zip_read(&z, "xl/_rels/workbook.xml.rels", &buf, &blen, e) != 0 ||
	    import_xml_parse(&xr, "xl/_rels/workbook.xml.rels", buf, blen, e) < 0)
		goto out;
	free(buf);
	buf = NULL;
	if (!w.target) {
		import_err(e, 0, 0, 0, M_IMPORT_E_SHEET_NO_PART, "%s",
				w.sheet[pick].name);
		goto out;
	}
	char *part = w.target[0] == '/' ? xstrdup(w.target + 1) : xasprintf("xl/%s", w.target);

	int has = import_zip_read(&z, "xl/sharedStrings.xml", &buf, &blen, e);
	if (has < 0) {
		free(part);
		goto out;
	}
	if (has == 0) {
		struct import_xml xs = { &sst, sst_start, sst_end, sst_text, false, false, NULL };
		sst.x = &xs;
		if (import_xml_parse(&xs, "xl/sharedStrings.xml", buf, blen, e) < 0) {
			free(part);
			goto out;
		}
		free(buf);
		buf = NULL;
	}
	has = import_zip_read(&z, "xl/styles.xml", &buf, &blen, e);
	if (has < 0) {
		free(part);
		goto out;
	}
	if (has == 0) {
		struct import_xml xst = { &styles, st_start, st_end, NULL, false, false, NULL };
		styles.x = &xst;
		styles.e = e;
		if (import_xml_parse(&xst, "xl/styles.xml", buf, blen, e) < 0) {
			free(part);
			goto out;
		}
		free(buf);
		buf = NULL;
	}
	sh.styles = &styles;
	sh.sst = &sst;
	sh.e = e;
	struct import_xml xsh = { &sh, sh_start, sh_end, sh_text, false, false, NULL };
	sh.x = &xsh;
	if (import_zip_read(&z, part, &buf, &blen, e) != 0) {
		if (!e->n)
			import_err(e, 0, 0, 0, M_IMPORT_E_SHEET_PART_MISSING, "%s", part);
		free(part);
		goto out;
	}
	if (import_xml_parse(&xsh, part, buf, blen, e) < 0) {
		free(part);
		goto out;
	}
	free(part);
	to_grid(&sh, g);
	rc = 0;
out:
	free(buf);
	for (size_t i = 0; i < w.n; i++) {
		free(w.sheet[i].name);
		free(w.sheet[i].rid);
	}
	free(w.sheet);
	free(w.target);
	for (size_t i = 0; i < sst.n; i++)
		free(sst.s[i]);
	free(sst.s);
	sbuf_free(&sst.cur);
	free_sheet(&sh);
	free(styles.custom_date);
	free(styles.xf_date);
	free(styles.custom_pct);
	free(styles.xf_pct);
	import_zip_close(&z);
	return rc;
}
