/*
 * import_read.c — the text layer of `tolov import`: UTF-8 checks, splitting
 * TSV and CSV into rows of cells with their lines and columns, and the
 * importer's error list and its small UTF-8 text helpers. The rules are in
 * include/tolov/import.h.
 */
#include "tolov/io/import.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

size_t import_utf8_len(const unsigned char *s, size_t n)
{
	if (n == 0)
		return 0;
	unsigned c = s[0];
	if (c < 0x80)
		return 1;
	size_t l;
	unsigned min;
	if (c >= 0xc2 && c <= 0xdf) {
		l = 2;
		min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		l = 3;
		min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		l = 4;
		min = 0x10000;
	} else {
		return 0;
	}
	if (n < l)
		return 0;
	for (size_t i = 1; i < l; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	unsigned cp = import_utf8_cp(s, l);
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return l;
}

unsigned import_utf8_cp(const unsigned char *s, size_t l)
{
	switch (l) {
	case 1:
		return s[0];
	case 2:
		return (s[0] & 0x1fu) << 6 | (s[1] & 0x3fu);
	case 3:
		return (s[0] & 0x0fu) << 12 | (s[1] & 0x3fu) << 6 | (s[2] & 0x3fu);
	default:
		return (s[0] & 0x07u) << 18 | (s[1] & 0x3fu) << 12 | (s[2] & 0x3fu) << 6 |
		       (s[3] & 0x3fu);
	}
}

/* Small letter of a capital whose small form has the same UTF-8 length. */
static unsigned lower_cp(unsigned cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return cp + 0x20;
	if (cp >= 0x410 && cp <= 0x42f)
		return cp + 0x20;
	if (cp >= 0x400 && cp <= 0x40f)
		return cp + 0x50;
	if (cp >= 0x460 && cp <= 0x4ff && cp % 2 == 0 && cp != 0x4c0 &&
	    !(cp >= 0x482 && cp <= 0x489))
		return cp + 1;	/* Ү, Ө, Һ and their neighbours come in pairs */
	return cp;
}

char *import_fold(const char *s, size_t n)
{
	char *out = xstrndup(s, n);
	unsigned char *u = (unsigned char *)out;
	size_t i = 0;
	while (i < n) {
		size_t l = import_utf8_len(u + i, n - i);
		if (l == 0) {
			i++;
			continue;
		}
		if (l <= 2) {
			unsigned cp = lower_cp(import_utf8_cp(u + i, l));
			if (l == 1) {
				u[i] = (unsigned char)cp;
			} else if (cp >= 0x80 && cp < 0x800) {
				u[i] = (unsigned char)(0xc0 | cp >> 6);
				u[i + 1] = (unsigned char)(0x80 | (cp & 0x3f));
			}
		}
		i += l;
	}
	return out;
}

/* Length of the white space at s (ASCII blanks and U+00A0, U+2009, U+202F). */
size_t import_space_len(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n >= 1 && (u[0] == ' ' || u[0] == '\t' || u[0] == '\r' || u[0] == '\n'))
		return 1;
	if (n >= 2 && u[0] == 0xc2 && u[1] == 0xa0)
		return 2;
	if (n >= 3 && u[0] == 0xe2 && u[1] == 0x80 && (u[2] == 0x89 || u[2] == 0xaf))
		return 3;
	return 0;
}

/* Length of the white space ending at s + n. */
static size_t space_len_back(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n >= 1 && (u[n - 1] == ' ' || u[n - 1] == '\t' || u[n - 1] == '\r' ||
		       u[n - 1] == '\n'))
		return 1;
	if (n >= 2 && u[n - 2] == 0xc2 && u[n - 1] == 0xa0)
		return 2;
	if (n >= 3 && u[n - 3] == 0xe2 && u[n - 2] == 0x80 &&
	    (u[n - 1] == 0x89 || u[n - 1] == 0xaf))
		return 3;
	return 0;
}

void import_trim(const char **s, size_t *n)
{
	size_t l;
	while ((l = import_space_len(*s, *n)) > 0) {
		*s += l;
		*n -= l;
	}
	while ((l = space_len_back(*s, *n)) > 0)
		*n -= l;
}

/* A letter (Latin or Cyrillic) starts at s? */
bool import_is_letter(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n == 0)
		return false;
	if ((u[0] >= 'a' && u[0] <= 'z') || (u[0] >= 'A' && u[0] <= 'Z'))
		return true;
	size_t l = import_utf8_len(u, n);
	if (l != 2)
		return false;
	unsigned cp = import_utf8_cp(u, l);
	return cp >= 0x400 && cp <= 0x4ff;
}

/* Does word w stand at s as a whole word (not followed by a letter)? */
size_t import_word_at(const char *s, size_t n, const char *w)
{
	size_t l = strlen(w);
	if (l > n || memcmp(s, w, l) != 0)
		return 0;
	if (import_is_letter(w, l) && import_is_letter(s + l, n - l))
		return 0;
	return l;
}

size_t import_skip_space(const char *s, size_t n, size_t i)
{
	size_t l;
	while (i < n && (l = import_space_len(s + i, n - i)) > 0)
		i += l;
	return i;
}

int import_check_utf8(const char *s, size_t n, struct import_errs *e)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned line = 1, col = 1;
	int rc = 0;
	size_t i = 0;
	while (i < n) {
		size_t l = import_utf8_len(u + i, n - i);
		if (l == 0) {
			import_err(e, 0, line, col, M_IMPORT_E_UTF8, "%02X",
				     u[i]);
			rc = -1;
			l = 1;
		} else if (u[i] == '\0') {
			import_err(e, 0, line, col, M_IMPORT_E_NUL, TV_NOARGS);
			rc = -1;
		}
		if (u[i] == '\n' || (u[i] == '\r' && (i + 1 >= n || u[i + 1] != '\n'))) {
			line++;
			col = 1;
		} else {
			col++;
		}
		i += l;
	}
	return rc;
}

struct splitter {
	const char *s;
	size_t n, i;
	unsigned line, col;
	char delim;
};

/* Step over one character, keeping line and column. */
static void step(struct splitter *sp)
{
	unsigned char c = (unsigned char)sp->s[sp->i];
	if (c == '\n' || (c == '\r' && (sp->i + 1 >= sp->n || sp->s[sp->i + 1] != '\n'))) {
		sp->line++;
		sp->col = 1;
		sp->i++;
		return;
	}
	size_t l = import_utf8_len((const unsigned char *)sp->s + sp->i, sp->n - sp->i);
	sp->i += l ? l : 1;
	sp->col++;
}

static bool at_eol(const struct splitter *sp, size_t i)
{
	return i >= sp->n || sp->s[i] == '\n' || sp->s[i] == '\r';
}

/* Would a quoted cell starting at i close well (before a delimiter or a line
 * end)? */
static bool quotes_close(const struct splitter *sp, size_t i)
{
	for (i++; i < sp->n; i++) {
		if (sp->s[i] != '"')
			continue;
		if (i + 1 < sp->n && sp->s[i + 1] == '"') {
			i++;
			continue;
		}
		return at_eol(sp, i + 1) || sp->s[i + 1] == sp->delim;
	}
	return false;
}

static void add_cell(struct import_row *r, struct sbuf *b, unsigned line, unsigned col)
{
	import_cell_add(r, b->buf ? b->buf : "", b->len, line, col);
	sbuf_reset(b);
}

/* A quoted cell from the opening quote at sp->i; CRLF inside becomes LF. */
static bool read_quoted(struct splitter *sp, struct sbuf *b, bool csv, struct import_errs *e)
{
	unsigned line = sp->line, col = sp->col;
	step(sp);
	for (;;) {
		if (sp->i >= sp->n) {
			import_err(e, 0, line, col, M_IMPORT_E_QUOTE, TV_NOARGS);
			return false;
		}
		char c = sp->s[sp->i];
		if (c == '"') {
			step(sp);
			if (sp->i < sp->n && sp->s[sp->i] == '"') {
				sbuf_addc(b, '"');
				step(sp);
				continue;
			}
			break;
		}
		if (c == '\r') {
			bool lf = sp->i + 1 < sp->n && sp->s[sp->i + 1] == '\n';
			step(sp);
			if (!lf)
				sbuf_addc(b, '\n');
			continue;
		}
		size_t st = sp->i;
		step(sp);
		sbuf_add(b, sp->s + st, sp->i - st);
	}
	if (csv && !at_eol(sp, sp->i) && sp->s[sp->i] != sp->delim) {
		import_err(e, 0, sp->line, sp->col,
			     M_IMPORT_E_AFTER_QUOTE, TV_NOARGS);
		/* keep the text so nothing is lost while the user fixes it */
	}
	return true;
}

void import_split_from(const char *s, size_t n, unsigned line0, char delim, bool csv,
		       struct import_rows *out, struct import_errs *e)
{
	struct splitter sp = { s, n, 0, line0, 1, delim };
	struct sbuf b = SBUF_INIT;
	struct import_row *r = import_row_new(out, line0);
	for (;;) {
		unsigned line = sp.line, col = sp.col;
		if (sp.i < n && s[sp.i] == '"' && (csv || quotes_close(&sp, sp.i))) {
			if (!read_quoted(&sp, &b, csv, e))
				break;
		}
		/* unquoted text, or what follows a closing quote */
		size_t st = sp.i;
		while (!at_eol(&sp, sp.i) && s[sp.i] != delim)
			step(&sp);
		sbuf_add(&b, s + st, sp.i - st);
		add_cell(r, &b, line, col);
		if (sp.i >= n)
			break;
		if (s[sp.i] == delim) {
			step(&sp);
			continue;
		}
		if (s[sp.i] == '\r' && sp.i + 1 < n && s[sp.i + 1] == '\n')
			sp.i++;	/* CRLF: the CR is not a line of its own */
		if (sp.i < n)
			step(&sp);	/* the LF, or a lone CR */
		if (sp.i >= n)
			break;
		r = import_row_new(out, sp.line);
	}
	sbuf_free(&b);
}

void import_split(const char *s, size_t n, char delim, bool csv, struct import_rows *out,
		  struct import_errs *e)
{
	import_split_from(s, n, 1, delim, csv, out, e);
}
