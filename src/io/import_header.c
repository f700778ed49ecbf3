/*
 * import_header.c — the header of a plan table for `tolov import`: which
 * column each header cell names (the synonym table below), the header row
 * (one or two rows) and its columns' years, units and quarters. The rules
 * are in include/tolov/io/import.h.
 *
 * The header names themselves are in the schema (import_headers of each
 * key, src/plan/schema.c); this file says which key makes which column.
 */
#include "tolov/io/import.h"
#include "tolov/plan/schema.h"

#include <stdlib.h>
#include <string.h>

/* How many rows from the top may hold the header. */
#define HEADER_SEARCH_ROWS 60
/* A header cell may be a long sentence; a longer cell is never a header. */
#define HEADER_MAX_CHARS 400

size_t import_n_chars(const char *s)
{
	size_t c = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			c++;
	return c;
}

/* Which schema key's header names make which column. The names are in
 * the schema (tolov/plan/schema.h, import_headers). */
static const struct {
	enum sk key;
	int col;
} by_key[] = {
	{ SK_ACT_TITLE, C_ACT }, { SK_IND_NAME, C_IND }, { SK_BASELINE, C_BASE },
	{ SK_TARGET, C_TARGET }, { SK_BUDGET, C_BUDGET }, { SK_SOURCE, C_SOURCE },
	{ SK_SCHEDULE, C_SCHED }, { SK_ACT_RESP, C_RESP }, { SK_UNIT, C_UNIT },
	{ SK_ACT_ID, C_NUM }, { SK_GOAL_TITLE, C_GOAL }, { SK_ACTUAL, C_ACHIEVED },
	{ SK_RATING, C_RATING },
};
/* Columns the format has no field for, named so a header row is found
 * (their cells go to extra). */
static const char *const other_names[] = { "хамрах хүрээ", "coverage", "тайлбар", "remark" };

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

/* Does name (folded) start a word of k at pos? */
static bool word_start(const char *k, size_t pos)
{
	if (pos == 0)
		return true;
	size_t st = pos - 1;
	while (st > 0 && ((unsigned char)k[st] & 0xc0) == 0x80)
		st--;
	return !import_is_letter(k + st, pos - st);
}

/* Where name stands in k as a header name of its kind ("=": the whole
 * cell, "*": its end, else at the start of a word): its place, or -1. */
static long name_at(const char *k, const char *name, size_t *len)
{
	size_t n = strlen(k);
	if (name[0] == '=') {
		*len = n;
		return !strcmp(k, name + 1) ? 0 : -1;
	}
	if (name[0] == '*') {
		size_t l = strlen(name + 1);
		*len = l;
		return n >= l && !strcmp(k + n - l, name + 1) && word_start(k, n - l) ? 0 : -1;
	}
	*len = strlen(name);
	for (const char *at = strstr(k, name); at; at = strstr(at + 1, name))
		if (word_start(k, (size_t)(at - k)))
			return at - k;
	return -1;
}

int import_header_kind(const char *cell, bool *exact)
{
	*exact = false;
	if (!*cell || import_n_chars(cell) > HEADER_MAX_CHARS)
		return -1;
	/* "1.1 ..." and "Зорилт 1" start rows, never headers */
	if (cell[0] >= '0' && cell[0] <= '9')
		return -1;
	char *k = header_key(cell);
	int c = -1;
	long best_at = -1;
	size_t best_len = 0;
	bool best_whole = false;
	for (size_t i = 0; i < sizeof by_key / sizeof *by_key; i++) {
		const char *const *names = schema_key(by_key[i].key)->import_headers;
		for (size_t j = 0; names && names[j]; j++) {
			size_t len;
			long at = name_at(k, names[j], &len);
			if (at < 0)
				continue;
			bool whole = names[j][0] == '=' || names[j][0] == '*';
			/* a whole-cell or end name decides; else the earliest, the
			 * longest at one place */
			if (whole && !best_whole) {
				best_whole = true;
				c = by_key[i].col;
				*exact = names[j][0] == '=' || by_key[i].col == C_GOAL;
				best_at = 0;
				best_len = len;
			} else if (!best_whole &&
				   (best_at < 0 || at < best_at || (at == best_at && len > best_len))) {
				best_at = at;
				best_len = len;
				c = by_key[i].col;
			}
		}
	}
	for (size_t i = 0; c < 0 && i < sizeof other_names / sizeof *other_names; i++) {
		size_t len;
		if (name_at(k, other_names[i], &len) >= 0)
			c = C_OTHER;
	}
	/* "Биелэлт (%)": a percentage is a rating */
	if (c == C_ACHIEVED && strchr(k, '%'))
		c = C_RATING;
	free(k);
	return c;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A year 19xx/20xx standing alone in s, 0 when none. */
static int year_in(const char *s)
{
	for (const char *p = s; *p; p++) {
		if (!is_digit(p[0]) || !is_digit(p[1]) || !is_digit(p[2]) || !is_digit(p[3]) ||
		    is_digit(p[4]) || (p > s && is_digit(p[-1])))
			continue;
		if ((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0'))
			return atoi(p);
	}
	return 0;
}

/* The quarter a short header part names ("I", "II улирал", "2-р улирал",
 * "Q3"), 0 when none. */
static int quarter_of(const char *s)
{
	unsigned q;
	if (import_n_chars(s) > 24)
		return 0;
	static const char *const bare[] = { "i", "ii", "iii", "iv", "1", "2", "3", "4" };
	char *k = header_key(s);
	for (size_t i = 0; i < sizeof bare / sizeof *bare; i++)
		if (!strcmp(k, bare[i])) {
			free(k);
			return (int)(i % 4) + 1;
		}
	free(k);
	if (import_schedule_quarters(s, &q) && q && (q & (q - 1)) == 0) {
		int n = 1;
		while (!(q & 1u)) {
			q >>= 1;
			n++;
		}
		return n;
	}
	return 0;
}

static long long unit_of(const char *name)
{
	char *k = header_key(name);
	long long m = 1;
	if (strstr(k, "тэрбум") || strstr(k, "billion"))
		m = 1000000000;
	else if (strstr(k, "сая") || strstr(k, "million"))
		m = 1000000;
	else if (strstr(k, "мян") || strstr(k, "thousand"))
		m = 1000;
	free(k);
	return m;
}

/* "/0-30/" or "(0-30)": a rating scale other than 0-100. */
static bool odd_scale(const char *name)
{
	const char *p = strstr(name, "0-");
	if (!p || (p > name && is_digit(p[-1])))
		return false;
	int v = atoi(p + 2);
	return v > 0 && v != 100;
}

static size_t filled(const struct import_row *r)
{
	size_t n = 0;
	for (size_t j = 0; j < r->n; j++)
		n += *r->cell[j].text != '\0';
	return n;
}

/* How many cells of r name columns; *exact when one is a whole name. */
static int row_score(const struct import_row *r, bool *exact)
{
	int named = 0;
	*exact = false;
	for (size_t j = 0; j < r->n; j++) {
		bool ex;
		if (r->cell[j].merged && j > 0 && !strcmp(r->cell[j].text, r->cell[j - 1].text))
			continue;
		if (import_header_kind(r->cell[j].text, &ex) >= 0) {
			named++;
			*exact |= ex;
		}
	}
	return named;
}

static bool is_header_row(const struct import_row *r, int *score)
{
	bool exact;
	int named = row_score(r, &exact);
	size_t f = filled(r);
	*score = named;
	if (named >= 2 && (size_t)named * 2 >= f)
		return true;
	return named == 1 && exact && f <= 2;
}

int import_header_score(const struct import_rows *rows)
{
	for (size_t i = 0; i < rows->n && i < HEADER_SEARCH_ROWS; i++) {
		int s;
		if (is_header_row(&rows->row[i], &s))
			return s;
	}
	return 0;
}

/* A part of a second header row: a year, a quarter, or a known name. */
static bool header_part(const char *t)
{
	bool ex;
	if (!*t)
		return true;
	if (import_n_chars(t) > 60)
		return false;
	if (year_in(t) && import_n_chars(t) <= 12)
		return true;
	if (quarter_of(t))
		return true;
	if (is_digit(t[0]))
		return false;
	return import_header_kind(t, &ex) >= 0 || import_n_chars(t) <= 24;
}

static const char *cell_text(const struct import_row *r, size_t j)
{
	return j < r->n ? r->cell[j].text : "";
}

/* Is the row after the header its second row (parts under merged parents)? */
static bool second_row(const struct import_row *h, const struct import_row *r)
{
	bool under_span = false;
	size_t parts = 0;
	for (size_t j = 0; j < r->n; j++) {
		const char *t = r->cell[j].text;
		if (!*t)
			continue;
		if (!header_part(t))
			return false;
		if (r->cell[j].merged && !strcmp(t, cell_text(h, j)))
			continue;	/* a header cell merged down */
		parts++;
		const char *above = cell_text(h, j);
		if (!*above || (j < h->n && h->cell[j].merged))
			under_span = true;
		else if (j + 1 < r->n && *r->cell[j + 1].text &&
			 (j + 1 >= h->n || !*h->cell[j + 1].text || h->cell[j + 1].merged))
			under_span = true;
	}
	return under_span && parts >= 2;
}

void import_header_free(struct import_header *h)
{
	if (!h->c)
		return;
	for (size_t j = 0; j < h->width; j++)
		free((char *)h->c[j].name);
	free(h->c);
	h->c = NULL;
}

bool import_find_header(const struct import_rows *rows, struct import_header *h)
{
	memset(h, 0, sizeof *h);
	size_t i;
	int score = 0;
	for (i = 0; i < rows->n && i < HEADER_SEARCH_ROWS; i++)
		if (is_header_row(&rows->row[i], &score))
			break;
	if (i >= rows->n || i >= HEADER_SEARCH_ROWS)
		return false;
	const struct import_row *hr = &rows->row[i];
	h->row = i;
	h->n_rows = 1;
	h->named = score;
	const struct import_row *sub = NULL;
	if (i + 1 < rows->n && second_row(hr, &rows->row[i + 1])) {
		sub = &rows->row[i + 1];
		h->n_rows = 2;
	}
	size_t w = hr->n;
	if (sub && sub->n > w)
		w = sub->n;
	/* empty columns at the right (as Excel writes them) are no columns */
	while (w > 0 && !*cell_text(hr, w - 1) && (!sub || !*cell_text(sub, w - 1)))
		w--;
	h->width = w;
	h->c = xcalloc(w ? w : 1, sizeof *h->c);
	for (int k = 0; k < NCOL; k++)
		h->col[k] = -1;
	const char *parent = "";
	for (size_t j = 0; j < w; j++) {
		struct import_column *c = &h->c[j];
		const char *top = cell_text(hr, j);
		bool top_merged = j < hr->n && hr->cell[j].merged;
		if (*top && !(top_merged && j > 0 && !strcmp(top, parent)))
			parent = top;
		else if (*top && top_merged)
			parent = top;
		const char *part = sub ? cell_text(sub, j) : "";
		if (sub && j < sub->n && sub->cell[j].merged && !strcmp(part, top))
			part = "";
		const char *base = *top ? top : (*part ? parent : "");
		if (*base && *part)
			c->name = xasprintf("%s %s", base, part);
		else
			c->name = xstrdup(*base ? base : part);
		bool ex;
		c->kind = import_header_kind(c->name, &ex);
		if (c->kind < 0 && *base)
			c->kind = import_header_kind(base, &ex);
		c->year = year_in(*part ? part : c->name);
		c->mult = c->kind == C_BUDGET ? unit_of(c->name) : 1;
		c->quarter = c->kind == C_SCHED && *part ? quarter_of(part) : 0;
		c->odd_scale = c->kind == C_RATING && odd_scale(c->name);
		if (c->kind >= 0 && c->kind != C_OTHER && h->col[c->kind] < 0 && !c->quarter) {
			h->col[c->kind] = (int)j;
			c->field = true;
		}
	}
	return true;
}
