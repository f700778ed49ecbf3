/*
 * read_text.c — the text reader of `tolov import`: a table saved as text
 * (what Word, Excel and LibreOffice write: "Unicode Text", CSV, TSV) to a
 * grid of cells with line and column positions.
 *
 * Encodings: UTF-8 with or without a byte-order mark; UTF-16 LE or BE with
 * a byte-order mark (decoded to UTF-8 first; lines and columns count
 * characters, so positions are the same in either). Line ends LF, CRLF or
 * a lone CR. An Excel "sep=X" first line sets the delimiter and is
 * skipped; else tab when the tab-split rows have a header naming two or
 * more columns, else comma or semicolon, whichever names more.
 */
#include "tolov/io/import.h"

#include <stdlib.h>
#include <string.h>

static void put_utf8(struct sbuf *b, unsigned cp)
{
	char u[4];
	if (cp < 0x80) {
		sbuf_addc(b, (char)cp);
		return;
	}
	if (cp < 0x800) {
		u[0] = (char)(0xc0 | cp >> 6);
		u[1] = (char)(0x80 | (cp & 0x3f));
		sbuf_add(b, u, 2);
	} else if (cp < 0x10000) {
		u[0] = (char)(0xe0 | cp >> 12);
		u[1] = (char)(0x80 | (cp >> 6 & 0x3f));
		u[2] = (char)(0x80 | (cp & 0x3f));
		sbuf_add(b, u, 3);
	} else {
		u[0] = (char)(0xf0 | cp >> 18);
		u[1] = (char)(0x80 | (cp >> 12 & 0x3f));
		u[2] = (char)(0x80 | (cp >> 6 & 0x3f));
		u[3] = (char)(0x80 | (cp & 0x3f));
		sbuf_add(b, u, 4);
	}
}

/* UTF-16 (after its BOM) to UTF-8; errors at their line and column. */
static int utf16_to_utf8(const unsigned char *s, size_t n, bool be, struct sbuf *out,
			 struct import_errs *e)
{
	unsigned line = 1, col = 1;
	int rc = 0;
	if (n % 2) {
		import_err(e, 0, 0, 0, M_IMPORT_E_UTF16_ODD, TV_NOARGS);
		return -1;
	}
	for (size_t i = 0; i + 1 < n; i += 2) {
		unsigned u = be ? (unsigned)s[i] << 8 | s[i + 1] : (unsigned)s[i + 1] << 8 | s[i];
		unsigned cp = u;
		if (u >= 0xd800 && u <= 0xdbff && i + 3 < n) {
			unsigned v = be ? (unsigned)s[i + 2] << 8 | s[i + 3]
					: (unsigned)s[i + 3] << 8 | s[i + 2];
			if (v >= 0xdc00 && v <= 0xdfff) {
				cp = 0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00);
				i += 2;
			}
		}
		if ((cp >= 0xd800 && cp <= 0xdfff) || cp == 0) {
			import_err(e, 0, line, col, cp ? M_IMPORT_E_UTF16_SURROGATE : M_IMPORT_E_NUL_CHAR,
				   TV_NOARGS);
			rc = -1;
			continue;
		}
		put_utf8(out, cp);
		if (cp == '\n') {
			line++;
			col = 1;
		} else {
			col++;
		}
	}
	return rc;
}

/* Does a data row hold as many cells as the header (a consistent split)? */
static size_t consistency(const struct import_rows *rows)
{
	size_t width = 0, fit = 0;
	for (size_t i = 0; i < rows->n; i++)
		if (rows->row[i].n > width)
			width = rows->row[i].n;
	for (size_t i = 0; i < rows->n; i++)
		fit += rows->row[i].n == width;
	return fit;
}

int import_read_text(const char *data, size_t len, struct import_grid *g,
		     struct import_errs *e)
{
	struct sbuf dec = SBUF_INIT;
	int rc = 0;
	e->kind = g->kind = GRID_TEXT;
	if (len >= 2 && ((unsigned char)data[0] == 0xff && (unsigned char)data[1] == 0xfe)) {
		rc = utf16_to_utf8((const unsigned char *)data + 2, len - 2, false, &dec, e);
	} else if (len >= 2 && (unsigned char)data[0] == 0xfe && (unsigned char)data[1] == 0xff) {
		rc = utf16_to_utf8((const unsigned char *)data + 2, len - 2, true, &dec, e);
	} else {
		if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3)) {
			data += 3;
			len -= 3;
		}
		rc = import_check_utf8(data, len, e);
	}
	if (rc < 0) {
		sbuf_free(&dec);
		return -1;
	}
	const char *s = dec.buf ? dec.buf : data;
	size_t n = dec.buf ? dec.len : len;

	/* Excel's "sep=;" first line */
	unsigned line0 = 1;
	char forced = 0;
	if (n >= 5 && !strncmp(s, "sep=", 4) && s[4] != '\n' && s[4] != '\r') {
		size_t k = 5;
		if (k < n && s[k] == '\r')
			k++;
		if (k < n && s[k] == '\n')
			k++;
		if (k == n || s[k - 1] == '\n' || s[k - 1] == '\r') {
			forced = s[4];
			s += k;
			n -= k;
			line0 = 2;
		}
	}
	if (forced) {
		g->delim = forced;
		import_split_from(s, n, line0, forced, forced != '\t', &g->rows, e);
		sbuf_free(&dec);
		return e->n ? -1 : 0;
	}

	struct import_errs quiet = { e->path, SBUF_INIT, 0, SBUF_INIT, 0, GRID_TEXT, NULL };
	import_split_from(s, n, line0, '\t', false, &g->rows, &quiet);
	sbuf_free(&quiet.text);
	int tab = import_header_score(&g->rows);
	g->delim = '\t';
	if (tab < 2) {
		static const char delims[] = { ',', ';' };
		int best = tab;
		size_t best_fit = 0;
		for (size_t k = 0; k < sizeof delims; k++) {
			struct import_rows csv = { NULL, 0, 0 };
			struct import_errs ce = { e->path, SBUF_INIT, 0, SBUF_INIT, 0, GRID_TEXT, NULL };
			import_split_from(s, n, line0, delims[k], true, &csv, &ce);
			int sc = import_header_score(&csv);
			size_t fit = consistency(&csv);
			if (sc >= 1 && (sc > best || (sc == best && fit > best_fit && g->delim != '\t'))) {
				import_rows_free(&g->rows);
				g->rows = csv;
				g->delim = delims[k];
				best = sc;
				best_fit = fit;
				/* CSV errors (a quote left open) count */
				sbuf_free(&e->text);
				e->text = ce.text;
				e->n = ce.n;
				ce.text = (struct sbuf)SBUF_INIT;
			} else {
				import_rows_free(&csv);
			}
			sbuf_free(&ce.text);
		}
	}
	sbuf_free(&dec);
	return e->n ? -1 : 0;
}
