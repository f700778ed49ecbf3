/*
 * import_header.c — finding the header row and the format (TSV or CSV) of
 * a plan table for `tolov import`. The rules are in include/tolov/import.h.
 */
#include "tolov/io/import.h"

#include <stdlib.h>
#include <string.h>

static const char *const col_name[NCOL] = {
	"activity", "indicator", "baseline", "target", "budget", "schedule", "responsible",
	"number",
};

#define HEADER_MAX_CHARS 60

size_t import_n_chars(const char *s)
{
	size_t c = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			c++;
	return c;
}

static bool has(const char *s, const char *w)
{
	return strstr(s, w) != NULL;
}

static bool starts(const char *s, const char *w)
{
	return strncmp(s, w, strlen(w)) == 0;
}

/* Folded, spaces collapsed, trimmed, without trailing ":", "*" or ".". */
static char *header_key(const char *cell)
{
	char *f = import_fold(cell, strlen(cell));
	char *o = f;
	bool space = false;
	for (const char *p = f; *p; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			space = o != f;
			continue;
		}
		if (space)
			*o++ = ' ';
		space = false;
		*o++ = *p;
	}
	while (o > f && (o[-1] == ':' || o[-1] == '*' || o[-1] == '.'))
		o--;
	*o = '\0';
	return f;
}

/* Which column a header cell names, or -1. *exact when it is the activity
 * column's full name (enough for a one-column table). */
static int header_col(const char *cell, bool *exact)
{
	*exact = false;
	if (!*cell || import_n_chars(cell) > HEADER_MAX_CHARS)
		return -1;
	char *k = header_key(cell);
	int c = -1;
	if (!strcmp(k, "№") || !strcmp(k, "д/д") || !strcmp(k, "no") || !strcmp(k, "#") ||
	    !strcmp(k, "№ д/д"))
		c = C_NUM;
	else if (has(k, "хугацаа") || has(k, "schedule") || has(k, "timeline") ||
		 has(k, "deadline") || has(k, "timeframe"))
		c = C_SCHED;
	else if (has(k, "хариуц") || has(k, "responsib"))
		c = C_RESP;
	else if (has(k, "төсөв") || has(k, "budget") || starts(k, "cost"))
		c = C_BUDGET;
	else if (has(k, "суурь") || has(k, "baseline"))
		c = C_BASE;
	else if (has(k, "хүрэх") || has(k, "target"))
		c = C_TARGET;
	else if (has(k, "шалгуур") || has(k, "үзүүлэлт") || has(k, "indicator"))
		c = C_IND;
	else if (has(k, "арга хэмжээ") || has(k, "үйл ажиллагаа") || starts(k, "activit") ||
		 starts(k, "action"))
		c = C_ACT;
	if (c == C_ACT)
		*exact = !strcmp(k, "хэрэгжүүлэх арга хэмжээ") || !strcmp(k, "activity") ||
			 !strcmp(k, "activities");
	free(k);
	return c;
}

/* The first row naming two or more columns, or a lone activity header. */
static bool find_header(const struct import_rows *rows, struct import_header *h)
{
	for (size_t i = 0; i < rows->n; i++) {
		const struct import_row *r = &rows->row[i];
		int named = 0;
		bool exact = false;
		for (size_t j = 0; j < r->n; j++) {
			bool ex;
			if (header_col(r->cell[j].text, &ex) >= 0) {
				named++;
				exact |= ex;
			}
		}
		if (named >= 2 || (named == 1 && exact)) {
			h->row = i;
			h->named = named;
			h->width = r->n;
			return true;
		}
	}
	return false;
}

/* Fill h->col; two cells naming one column are errors. */
void import_map_header(const struct import_rows *rows, struct import_header *h, struct import_errs *e)
{
	const struct import_row *r = &rows->row[h->row];
	for (int c = 0; c < NCOL; c++)
		h->col[c] = -1;
	for (size_t j = 0; j < r->n; j++) {
		bool ex;
		int c = header_col(r->cell[j].text, &ex);
		if (c < 0)
			continue;
		if (h->col[c] >= 0) {
			const struct import_cell *o = &r->cell[h->col[c]];
			import_error(e, r->cell[j].line, r->cell[j].col,
				     "two %s columns in the header: “%s” (column %d) and “%s” (column %zu)",
				     col_name[c], o->text, h->col[c] + 1, r->cell[j].text, j + 1);
			continue;
		}
		h->col[c] = (int)j;
	}
	if (h->col[C_ACT] < 0)
		import_error(e, r->line, 1,
			     "the header line has no activity column "
			     "(“Хэрэгжүүлэх арга хэмжээ” or “Activity”)");
}

/* Split as TSV, or CSV when the tab-split rows have no header. */
bool import_split_any(const char *s, size_t n, struct import_rows *rows, struct import_header *h,
		      struct import_errs *e)
{
	struct import_errs quiet = { e->path, SBUF_INIT, 0 };
	import_split(s, n, '\t', false, rows, &quiet);
	bool tsv = find_header(rows, h);
	if (tsv && h->named >= 2)
		return true;
	static const char delims[] = { ',', ';' };
	for (size_t k = 0; k < sizeof delims; k++) {
		struct import_rows csv = { NULL, 0, 0 };
		struct import_errs ce = { e->path, SBUF_INIT, 0 };
		struct import_header ch;
		import_split(s, n, delims[k], true, &csv, &ce);
		if (find_header(&csv, &ch) && (ch.named >= 2 || !tsv)) {
			import_rows_free(rows);
			*rows = csv;
			*h = ch;
			if (ce.n) {
				if (e->text.len)
					sbuf_addc(&e->text, '\n');
				sbuf_add(&e->text, ce.text.buf, ce.text.len);
				e->n += ce.n;
			}
			sbuf_free(&ce.text);
			sbuf_free(&quiet.text);
			return true;
		}
		import_rows_free(&csv);
		sbuf_free(&ce.text);
	}
	sbuf_free(&quiet.text);
	return tsv;
}

