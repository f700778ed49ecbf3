/*
 * import.c — the interpreter of `tolov import`: from a grid of cells
 * (import_grid.h) to a plan, by the rules in include/tolov/io/import.h.
 * Header names are in import_header.c, cell values in import_values.c and
 * the readers in read_text.c, read_docx.c and read_xlsx.c.
 *
 * Two passes over the rows below the header: the first says what each row
 * is by itself (a goal, a numbered row, a heading, a continuation, a row
 * to leave out); the second builds goals and activities, looking ahead
 * where a row's meaning depends on what follows (a numbered row with
 * numbered children is a goal; a heading over goals is a section).
 */
#include "tolov/io/import.h"
#include "tolov/base/i18n.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 8

static bool starts(const char *s, const char *w)
{
	return strncmp(s, w, strlen(w)) == 0;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* ---- ids, seen once ---- */

struct idset {
	struct {
		const char *id;
		unsigned line;
	} *slot;
	size_t n, cap;
};

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

/* 0 when id is new (and now recorded), else the line where it was seen. */
static unsigned idset_add(struct idset *set, const char *id, unsigned line)
{
	if (2 * (set->n + 1) > set->cap) {
		struct idset big = { NULL, 0, set->cap ? set->cap * 2 : 64 };
		big.slot = xcalloc(big.cap, sizeof *big.slot);
		for (size_t i = 0; i < set->cap; i++)
			if (set->slot[i].id)
				idset_add(&big, set->slot[i].id, set->slot[i].line);
		free(set->slot);
		*set = big;
	}
	size_t i = hash(id) & (set->cap - 1);
	while (set->slot[i].id) {
		if (!strcmp(set->slot[i].id, id))
			return set->slot[i].line ? set->slot[i].line : 1;
		i = (i + 1) & (set->cap - 1);
	}
	set->slot[i].id = id;
	set->slot[i].line = line;
	set->n++;
	return 0;
}

static bool idset_has(struct idset *set, const char *id)
{
	if (!set->cap)
		return false;
	size_t i = hash(id) & (set->cap - 1);
	while (set->slot[i].id) {
		if (!strcmp(set->slot[i].id, id))
			return true;
		i = (i + 1) & (set->cap - 1);
	}
	return false;
}

/* ---- reading a cell ---- */

static const char *const number_words[] = {
	"нэг", "хоёр", "гурав", "дөрөв", "тав", "зургаа", "долоо", "найм", "ес", "арав",
};
static const char *const romans[] = {
	"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
};

/* Opening quotes of a quoted goal or activity cell. */
static size_t quote_len(const char *p)
{
	if (*p == '"' || *p == '\'')
		return 1;
	if (starts(p, "“") || starts(p, "”") || starts(p, "«") || starts(p, "„"))
		return strlen(starts(p, "«") ? "«" : "“");
	return 0;
}

/* A copy of cell without surrounding quotes (caller frees). */
static char *unquote(const char *cell)
{
	size_t q = quote_len(cell);
	if (!q)
		return xstrdup(cell);
	const char *b = cell + q;
	size_t n = strlen(b);
	const char *ends[] = { "\"", "'", "”", "“", "»", "‟" };
	for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
		size_t l = strlen(ends[k]);
		if (n >= l && !memcmp(b + n - l, ends[k], l)) {
			n -= l;
			break;
		}
	}
	const char *t = b;
	import_trim(&t, &n);
	return xstrndup(t, n);
}

/* The number word at p (folded): its value and length, 0 when none. */
static unsigned word_number(const char *p, size_t *len)
{
	for (size_t k = 0; k < sizeof number_words / sizeof *number_words; k++) {
		size_t l = strlen(number_words[k]);
		if (!strncmp(p, number_words[k], l) && !import_is_letter(p + l, strlen(p + l))) {
			*len = l;
			return (unsigned)k + 1;
		}
	}
	return 0;
}

static unsigned roman_number(const char *p, size_t *len)
{
	size_t l = 0;
	while (p[l] == 'i' || p[l] == 'v' || p[l] == 'x')
		l++;
	for (size_t k = 0; l && k < sizeof romans / sizeof *romans; k++)
		if (strlen(romans[k]) == l && !strncmp(p, romans[k], l)) {
			*len = l;
			return (unsigned)k + 1;
		}
	return 0;
}

enum goal_form { GF_NONE, GF_WORD_GOAL, GF_NUMBER_WORD, GF_ROMAN };

/* A goal cell ("Зорилт 1.", "Нэг. ...", "I. ..."): *num, *title (into a
 * string the caller frees via *own) and the form; GF_NONE when not one. */
static enum goal_form goal_of(const char *cell, unsigned long *num, char **own,
			      const char **title)
{
	char *u = unquote(cell);
	size_t n = strlen(u);
	char *f = import_fold(u, n);
	const char *p = f;
	enum goal_form form = GF_NONE;
	unsigned long v = 0;
	if (starts(p, "стратегийн зорилт"))
		p += strlen("стратегийн зорилт");
	else if (starts(p, "зорилт"))
		p += strlen("зорилт");
	else if (starts(p, "goal"))
		p += strlen("goal");
	else if (starts(p, "objective"))
		p += strlen("objective");
	else
		p = NULL;
	if (p) {
		/* "зорилтын ..." and "goals" are words of their own */
		if (*p && !is_space(*p) && !is_digit(*p) && *p != '-' && *p != '.' && *p != ':' &&
		    *p != '#' && !starts(p, "№"))
			goto out;
		while (is_space(*p) || *p == '-' || *p == ':' || *p == '#')
			p++;
		if (starts(p, "№"))
			p += strlen("№");
		while (is_space(*p))
			p++;
		size_t l;
		if (is_digit(*p)) {
			while (is_digit(*p)) {
				if (v > 100000)
					goto out;
				v = v * 10 + (unsigned long)(*p++ - '0');
			}
		} else if ((v = word_number(p, &l)) || (v = roman_number(p, &l))) {
			p += l;
		}
		if (!v)
			goto out;
		form = GF_WORD_GOAL;
	} else {
		/* "1 Нэг. ...", "Нэг. ...", "I. ..." */
		p = f;
		size_t l;
		if (is_digit(*p)) {
			const char *q = p;
			while (is_digit(*q))
				q++;
			if (*q == '.' || *q == ')')
				q++;
			while (is_space(*q))
				q++;
			if ((v = word_number(q, &l)) && (q[l] == '.' || q[l] == ')')) {
				p = q + l;
				form = GF_NUMBER_WORD;
			}
		} else if ((v = word_number(p, &l)) && (p[l] == '.' || p[l] == ')')) {
			p += l;
			form = GF_NUMBER_WORD;
		} else if ((v = roman_number(p, &l)) && (p[l] == '.' || p[l] == ')') &&
			   is_space(p[l + 1])) {
			p += l;
			form = GF_ROMAN;
		}
		if (form == GF_NONE)
			goto out;
	}
	if (*p && !is_space(*p) && *p != '.' && *p != ':' && *p != ')' && *p != '-') {
		form = GF_NONE;
		goto out;
	}
	if (*p == '.' || *p == ':' || *p == ')' || *p == '-')
		p++;
	while (is_space(*p))
		p++;
	*num = v;
	*own = u;
	*title = u + (p - f);
	u = NULL;
out:
	free(u);
	free(f);
	return form;
}

/* An id at the start of cell: "1.1", "1.1.", "1.1.1", "1." (in_number:
 * also "1"), after "Арга хэмжээ" or a quote. *id is new (caller frees),
 * without a final dot; *levels its parts; *title the rest of cell. */
static bool id_of(const char *cell, bool in_number, char **id, unsigned *levels,
		  const char **title, size_t *quoted_end)
{
	*quoted_end = 0;
	const char *p = cell;
	size_t q = quote_len(p);
	p += q;
	char *f = import_fold(p, strlen(p));
	size_t skip = 0;
	if (starts(f, "арга хэмжээ")) {
		skip = strlen("арга хэмжээ");
		while (f[skip] == ' ' || f[skip] == '-' || f[skip] == '#')
			skip++;
		if (starts(f + skip, "№"))
			skip += strlen("№");
		while (f[skip] == ' ')
			skip++;
	}
	free(f);
	p += skip;
	const char *st = p;
	unsigned parts = 0;
	while (is_digit(*p)) {
		const char *d = p;
		while (is_digit(*p))
			p++;
		if (p - d > 4)
			return false;
		parts++;
		if (*p != '.' || !is_digit(p[1]))
			break;
		p++;
	}
	if (parts == 0)
		return false;
	size_t l = (size_t)(p - st);
	bool mark = *p == '.' || *p == ')';
	if (mark)
		p++;
	if (*p && !is_space(*p) && (unsigned char)*p < 0x80 && quote_len(p) == 0)
		return false;
	if (parts == 1 && !mark && !in_number && !skip)
		return false;
	while (is_space(*p))
		p++;
	*id = xstrndup(st, l);
	*levels = parts;
	*title = p;
	if (q) {
		/* “1.1. …”: the closing quote is no part of the title */
		size_t tl = strlen(p);
		static const char *const ends[] = { "\"", "”", "“", "»" };
		for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
			size_t el = strlen(ends[k]);
			if (tl >= el && !memcmp(p + tl - el, ends[k], el)) {
				*quoted_end = el;
				break;
			}
		}
	}
	return true;
}

/* A cell holding only dashes (the tables' "nothing here") reads as "". */
static const char *value_of(const char *cell)
{
	const char *p = cell;
	if (!*p)
		return cell;
	while (*p) {
		if (*p == '-' || *p == ' ')
			p++;
		else if (starts(p, "–"))
			p += strlen("–");
		else if (starts(p, "—"))
			p += strlen("—");
		else
			return cell;
	}
	return "";
}

/* Up to 40 characters of text for a message, on one line. */
static char *excerpt(const char *t)
{
	struct sbuf b = SBUF_INIT;
	size_t chars = 0;
	for (const char *p = t; *p; p++) {
		if (((unsigned char)*p & 0xc0) != 0x80 && ++chars > 40) {
			sbuf_adds(&b, "…");
			break;
		}
		sbuf_addc(&b, *p == '\n' || *p == '\t' ? ' ' : *p);
	}
	return sbuf_detach(&b);
}

/* All capitals (at least one Cyrillic or Latin letter, no small one)? */
static bool all_caps(const char *t)
{
	size_t n = strlen(t);
	char *f = import_fold(t, n);
	bool letters = false, caps = true;
	for (size_t i = 0; i < n; i++)
		if (f[i] != t[i])
			letters = true;
	/* a small letter is one the fold left alone */
	const unsigned char *u = (const unsigned char *)t;
	for (size_t i = 0; i < n;) {
		size_t l = import_utf8_len(u + i, n - i);
		if (!l) {
			i++;
			continue;
		}
		if (import_is_letter(t + i, n - i) && !memcmp(f + i, t + i, l))
			caps = false;
		i += l;
	}
	free(f);
	return letters && caps;
}

/* ---- rows ---- */

enum row_kind {
	R_EMPTY, R_COLNUM, R_HEADER, R_ORNAMENT, R_TOTAL, R_SIGNATURE,
	R_GOAL,			/* "Зорилт 1.", "Нэг. ...", "I. ..." */
	R_NUM,			/* an id: goal or activity, decided by what follows */
	R_TEXT,			/* one cell of text: a heading, or an unnumbered goal */
	R_PLAIN,		/* an activity without id */
	R_CONT,			/* empty activity cell: more of the activity above */
};

struct rowinfo {
	enum row_kind kind;
	int text_col;		/* the cell holding the goal/activity text, -1 none */
	char *id;		/* R_NUM */
	unsigned levels;
	unsigned long num;	/* R_GOAL */
	enum goal_form form;
	char *own;		/* storage of title */
	const char *title;
	bool caps;
	bool is_goal;		/* R_NUM with children */
	bool goal_cell;		/* a goal in the goal column */
	unsigned long gnum;	/* its number (0: none) */
	char *gown;		/* storage of gtitle */
	const char *gtitle;
};

struct ctx {
	const struct import_opts *o;
	struct import_errs *e;
	struct import_rows *rows;
	struct import_header h;
	struct import_result *res;
	struct plan *p;
	struct rowinfo *ri;
	size_t first;		/* first row below the header */
	int quarter;
	bool indicator_table;
	bool goal_summary;	/* a goal column and no activity column: rows are goals */
	struct idset ids;
	size_t stack[MAX_DEPTH];
	size_t depth;		/* goals open (stack[depth - 1] is the current one) */
	bool have_act;
	size_t act_g, act_a;	/* the last activity */
	size_t last_goal_row;	/* row of the goal made from a goal column */
	const char *goal_cell_text;
	struct sbuf section;	/* headings waiting for the next goal */
	bool section_taken;
	unsigned next_top;	/* next number for a goal the table does not number */
	long long budget_sum;	/* every budget so far */
	long long since_total;	/* since the last total row */
	long long goal_sum;	/* of the current top-level goal */
	bool any_act;
};

static struct import_row *row_at(struct ctx *c, size_t i)
{
	return &c->rows->row[i];
}

static struct import_cell *cell_of(const struct import_row *r, int j)
{
	return j >= 0 && (size_t)j < r->n ? &r->cell[j] : NULL;
}

static const char *text_of(const struct import_row *r, int j)
{
	const struct import_cell *x = cell_of(r, j);
	return x ? x->text : "";
}

static void warn_cell(struct ctx *c, const struct import_row *r, const struct import_cell *x,
		      enum msg m, const char *arg)
{
	unsigned line = x ? x->line : r->line, col = x ? x->col : 1;
	import_warn(c->e, r->table, line, col, m, "%s", arg);
}

/* key: value into x; a key already there gets " (2)", " (3)" ... so no
 * cell is lost (the plan format keeps keys unique). */
static void extra_add(struct plan *p, struct extra *x, const char *key, const char *value)
{
	if (!extra_get(x, key)) {
		plan_extra_add(p, x, key, value);
		return;
	}
	for (unsigned k = 2;; k++) {
		char *t = xasprintf("%s (%u)", key, k);
		if (!extra_get(x, t)) {
			plan_extra_add(p, x, t, value);
			free(t);
			return;
		}
		free(t);
	}
}

/* Record a note of where a value went and put it into the plan. */
static void note(struct ctx *c, enum note_on on, enum note_what what, size_t g, size_t a,
		 size_t i, const char *key, const char *value)
{
	struct import_result *res = c->res;
	if (res->n_note == res->cap_note) {
		res->cap_note = res->cap_note ? res->cap_note * 2 : 32;
		res->note = xrealloc(res->note, res->cap_note * sizeof *res->note);
	}
	struct import_note *n = &res->note[res->n_note++];
	n->on = on;
	n->what = what;
	n->g = g;
	n->a = a;
	n->i = i;
	n->key = key ? plan_strdup(c->p, key) : NULL;
	n->value = plan_strdup(c->p, value);
	struct plan *p = c->p;
	switch (on) {
	case NOTE_PLAN:
		if (what == NOTE_EXTRA)
			extra_add(p, &p->extra, key, value);
		else if (what == NOTE_ORGANISATION)
			p->organisation = n->value;
		break;
	case NOTE_GOAL:
		if (what == NOTE_EXTRA)
			extra_add(p, &p->goal[g].extra, key, value);
		else if (what == NOTE_SECTION)
			p->goal[g].section = n->value;
		else if (what == NOTE_RESPONSIBLE)
			p->goal[g].responsible = n->value;
		break;
	case NOTE_ACT:
		if (what == NOTE_EXTRA)
			extra_add(p, &p->goal[g].act[a].extra, key, value);
		break;
	case NOTE_IND:
		if (what == NOTE_EXTRA)
			extra_add(p, &p->goal[g].act[a].ind[i].extra, key, value);
		else if (what == NOTE_UNIT)
			p->goal[g].act[a].ind[i].unit = n->value;
		break;
	case NOTE_GOAL_IND:
		break;	/* goal_cells makes the indicator */
	}
}

/* An extra key is at most this many characters (YAML keeps an implicit
 * key under 1024 bytes, escapes included); a longer header is cut with
 * "…". Line breaks and tabs in a header become spaces. */
#define KEY_MAX_CHARS 100

/* The extra key of column j: its header text, or "column N". */
static char *key_of(struct ctx *c, size_t j)
{
	if (!(j < c->h.width && *c->h.c[j].name))
		return xasprintf("column %zu", j + 1);
	struct sbuf b = SBUF_INIT;
	size_t chars = 0;
	for (const char *p = c->h.c[j].name; *p; p++) {
		if (((unsigned char)*p & 0xc0) != 0x80 && ++chars > KEY_MAX_CHARS) {
			sbuf_adds(&b, "…");
			break;
		}
		sbuf_addc(&b, *p == '\n' || *p == '\t' || *p == '\r' ? ' ' : *p);
	}
	return sbuf_detach(&b);
}

/* The row of column numbers: 1 2 3 ..., in cells or in one cell. */
static bool is_number_row(const struct import_row *r)
{
	unsigned next = 1;
	for (size_t j = 0; j < r->n; j++) {
		const char *t = r->cell[j].text;
		while (*t) {
			while (is_space(*t))
				t++;
			if (!*t)
				break;
			unsigned v = 0;
			if (!is_digit(*t))
				return false;
			for (; is_digit(*t); t++) {
				if (v > 1000)
					return false;
				v = v * 10 + (unsigned)(*t - '0');
			}
			if (*t == '.')
				t++;
			if (*t && !is_space(*t))
				return false;
			if (v != next++)
				return false;
		}
	}
	return next > 3 || (next > 2 && r->n >= 2);
}

/* A closing ornament: one short cell of marks, like "-Оо-" or "* * *". */
static bool is_ornament(const char *t)
{
	static const char marks[] = "-*~=_";
	size_t n = strlen(t);
	if (n == 0 || import_n_chars(t) > 16)
		return false;
	bool letters = false;
	for (const char *p = t; *p; p++) {
		if (is_digit(*p))
			return false;
		if ((unsigned char)*p >= 0x80 || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
			letters = true;
	}
	if (!letters)
		return true;
	return strchr(marks, t[0]) && strchr(marks, t[n - 1]);
}

static const char *const total_words[] = {
	"нийт", "дүн", "бүгд", "нийт дүн", "нийт төсөв", "total", "sum", "grand total",
};
static const char *const signature_words[] = {
	"боловсруулсан", "хянасан", "баталсан", "танилцсан", "гарын үсэг", "prepared by",
	"approved by", "signed", "reviewed by",
};

static bool is_total_word(const char *t)
{
	char *f = import_fold(t, strlen(t));
	size_t n = strlen(f);
	while (n && (f[n - 1] == ':' || f[n - 1] == '.' || f[n - 1] == ' '))
		f[--n] = '\0';
	bool ok = false;
	for (size_t k = 0; k < sizeof total_words / sizeof *total_words; k++)
		ok |= !strcmp(f, total_words[k]);
	free(f);
	return ok;
}

static bool has_signature_word(const char *t)
{
	char *f = import_fold(t, strlen(t));
	bool ok = false;
	for (size_t k = 0; k < sizeof signature_words / sizeof *signature_words; k++)
		ok |= strstr(f, signature_words[k]) != NULL;
	free(f);
	return ok;
}

static bool is_number_text(const char *t)
{
	bool digit = false;
	for (; *t; t++) {
		if (is_digit(*t))
			digit = true;
		else if (*t != ',' && *t != '.' && *t != ' ' && *t != '%' && *t != '-')
			return false;
	}
	return digit;
}

static bool is_header_again(struct ctx *c, const struct import_row *r)
{
	const struct import_row *hr = row_at(c, c->h.row);
	size_t w = r->n > hr->n ? r->n : hr->n;
	bool any = false;
	for (size_t j = 0; j < w; j++) {
		const char *x = j < r->n ? r->cell[j].text : "";
		const char *y = j < hr->n ? hr->cell[j].text : "";
		if (strcmp(x, y) != 0)
			return false;
		any |= *x != '\0';
	}
	return any;
}

/* What row i is by itself. */
static void classify(struct ctx *c, size_t i)
{
	struct import_row *r = row_at(c, i);
	struct rowinfo *ri = &c->ri[i];
	memset(ri, 0, sizeof *ri);
	ri->text_col = -1;
	size_t filled = 0;
	int first = -1;
	for (size_t j = 0; j < r->n; j++)
		if (*r->cell[j].text && !(r->cell[j].merged && (int)j == c->h.col[C_GOAL])) {
			filled++;
			if (first < 0)
				first = (int)j;
		}
	if (!filled) {
		ri->kind = R_EMPTY;
		return;
	}
	if (is_number_row(r)) {
		ri->kind = R_COLNUM;
		return;
	}
	if (is_header_again(c, r)) {
		ri->kind = R_HEADER;
		return;
	}
	if (filled == 1 && is_ornament(r->cell[first].text)) {
		ri->kind = R_ORNAMENT;
		return;
	}
	if (is_total_word(r->cell[first].text)) {
		bool nums = true;
		for (size_t j = (size_t)first + 1; j < r->n; j++) {
			const char *v = value_of(r->cell[j].text);
			long long amount;
			char *src = NULL;
			/* numbers, or amounts ("5 сая") */
			if (*v && !is_number_text(v) && !import_budget_amount(v, &amount, &src))
				nums = false;
			free(src);
		}
		if (nums) {
			ri->kind = R_TOTAL;
			return;
		}
	}
	if (c->any_act && filled <= 2 && has_signature_word(r->cell[first].text)) {
		ri->kind = R_SIGNATURE;	/* R_TEXT if the table goes on below it */
		ri->text_col = first;
		ri->title = r->cell[first].text;
		return;
	}
	int act = c->h.col[C_ACT];
	const struct import_cell *ac = cell_of(r, act);
	bool act_text = ac && *ac->text && !ac->merged;
	/* a goal column: a new goal on this row */
	const struct import_cell *gc = cell_of(r, c->h.col[C_GOAL]);
	if (gc && *gc->text && !gc->merged) {
		ri->goal_cell = true;
		if (goal_of(gc->text, &ri->gnum, &ri->gown, &ri->gtitle) == GF_NONE) {
			ri->gown = NULL;
			ri->gnum = 0;
			ri->gtitle = gc->text;
		}
		if (filled == 1) {
			ri->kind = R_GOAL;
			ri->num = ri->gnum;
			ri->title = ri->gtitle;
			ri->form = GF_WORD_GOAL;
			ri->goal_cell = false;
			ri->text_col = c->h.col[C_GOAL];
			return;
		}
	}
	int tc = act_text ? act : first;
	const char *t = r->cell[tc].text;
	if (!ri->goal_cell && (act_text || filled == 1 || tc == c->h.col[C_NUM] || first < act)) {
		/* the goal text may stand in the first cell or the activity cell */
		int cand[2] = { act_text ? act : -1, first };
		for (int k = 0; k < 2; k++) {
			if (cand[k] < 0)
				continue;
			const char *gt = r->cell[cand[k]].text;
			char *own;
			const char *title;
			unsigned long num;
			enum goal_form f = goal_of(gt, &num, &own, &title);
			if (f != GF_NONE) {
				ri->kind = R_GOAL;
				ri->form = f;
				ri->num = num;
				ri->own = own;
				ri->title = title;
				ri->text_col = cand[k];
				ri->caps = all_caps(gt);
				return;
			}
		}
	}
	/* an id in the activity cell or the number column */
	char *id = NULL;
	unsigned levels = 0;
	const char *title = NULL;
	int numcol = c->h.col[C_NUM];
	const struct import_cell *nc = cell_of(r, numcol);
	const char *nt = "";
	char *nid = NULL;
	unsigned nlev = 0;
	size_t qe = 0;
	if (nc && *nc->text && !nc->merged && id_of(nc->text, true, &nid, &nlev, &nt, &qe) && *nt)
		nt = "", free(nid), nid = NULL;
	if (act_text && id_of(ac->text, false, &id, &levels, &title, &qe)) {
		if (nid && nlev > levels) {
			free(id);
			id = nid;
			levels = nlev;
			nid = NULL;
		}
		free(nid);
		ri->kind = R_NUM;
		ri->id = id;
		ri->levels = levels;
		ri->title = title;
		if (qe) {
			ri->own = xstrndup(title, strlen(title) - qe);
			ri->title = ri->own;
		}
		ri->text_col = act;
		return;
	}
	if (nid) {
		ri->kind = R_NUM;
		ri->id = nid;
		ri->levels = nlev;
		ri->title = act_text ? ac->text : "";
		ri->text_col = act_text ? act : -1;
		return;
	}
	if (c->indicator_table) {
		ri->kind = act_text ? R_PLAIN : R_CONT;
		ri->title = act_text ? ac->text : "";
		ri->text_col = act_text ? act : -1;
		return;
	}
	if (act_text) {
		ri->text_col = act;
		ri->title = ac->text;
		ri->kind = filled == 1 ? R_TEXT : R_PLAIN;
		ri->caps = all_caps(ac->text);
		return;
	}
	if (filled == 1 && (!ac || !*ac->text)) {
		/* one cell elsewhere: a heading written across the table */
		ri->kind = R_TEXT;
		ri->text_col = first;
		ri->title = t;
		ri->caps = all_caps(t);
		return;
	}
	ri->kind = R_CONT;
}

/* The next row that says something (not left out), or SIZE_MAX. */
static size_t next_sig(struct ctx *c, size_t i)
{
	for (size_t k = i + 1; k < c->rows->n; k++) {
		enum row_kind kd = c->ri[k].kind;
		if (kd >= R_GOAL)
			return k;
	}
	return SIZE_MAX;
}

/* Does a numbered row have numbered children (the next numbered row's id
 * starts with its id and a dot)? */
static bool has_children(struct ctx *c, size_t i)
{
	const char *id = c->ri[i].id;
	size_t l = strlen(id);
	for (size_t k = i + 1; k < c->rows->n; k++) {
		const struct rowinfo *x = &c->ri[k];
		if (x->kind == R_GOAL)
			return false;
		if (x->kind != R_NUM)
			continue;
		return !strncmp(x->id, id, l) && x->id[l] == '.';
	}
	return false;
}

/* ---- building ---- */

static struct goal *cur_goal(struct ctx *c)
{
	return c->depth ? &c->p->goal[c->stack[c->depth - 1]] : NULL;
}

/* An id not yet used: want, or want with a suffix; warns when changed. */
static const char *unique_id(struct ctx *c, const char *want, const struct import_row *r,
			     const struct import_cell *x)
{
	if (!idset_has(&c->ids, want)) {
		const char *id = plan_strdup(c->p, want);
		idset_add(&c->ids, id, r->line);
		return id;
	}
	for (unsigned k = 2;; k++) {
		char *t = xasprintf("%s-%u", want, k);
		if (!idset_has(&c->ids, t)) {
			const char *id = plan_strdup(c->p, t);
			free(t);
			idset_add(&c->ids, id, r->line);
			char *m = xasprintf("%s → %s", want, id);
			warn_cell(c, r, x, M_IMPORT_W_DUP_ID, m);
			free(m);
			return id;
		}
		free(t);
	}
}

/* A new goal under the goal at stack level `under` (depth of parent). */
static size_t new_goal(struct ctx *c, size_t parent_depth, const char *id, const char *title,
		       const struct import_row *r, const struct import_cell *x)
{
	while (c->depth > parent_depth)
		c->depth--;
	size_t gi = c->p->n_goal;
	/* the parent is the last goal or an ancestor of it: pre-order holds */
	struct goal *g = c->depth ? plan_add_subgoal(c->p, c->stack[c->depth - 1])
				  : plan_add_goal(c->p);
	g->id = unique_id(c, id, r, x);
	g->title = plan_strdup(c->p, title);
	if (c->depth) {
		const struct goal *pg = &c->p->goal[c->stack[c->depth - 1]];
		note(c, NOTE_GOAL, NOTE_PARENT, gi, 0, 0, NULL, pg->id);
	} else {
		c->goal_sum = 0;
		if (c->section.len) {
			note(c, NOTE_GOAL, NOTE_SECTION, gi, 0, 0, NULL, c->section.buf);
			c->section_taken = true;
		}
		unsigned long v = strtoul(id, NULL, 10);
		if (v >= c->next_top)
			c->next_top = (unsigned)v + 1;
	}
	if (c->depth < MAX_DEPTH)
		c->stack[c->depth++] = gi;
	c->have_act = false;
	return gi;
}

/* A goal for activities that come before any goal row. */
static void made_goal(struct ctx *c, const char *id, const struct import_row *r)
{
	new_goal(c, 0, id, "", r, NULL);
	warn_cell(c, r, NULL, M_IMPORT_W_GOAL_MADE, id);
}

static void mark(struct import_cell *x)
{
	if (x)
		x->used = true;
}

/* The goal's own cells: indicator, baseline, target, unit, responsible,
 * and extras. */
static void goal_cells(struct ctx *c, size_t gi, struct import_row *r, int text_col)
{
	const char *v3[4] = { "", "", "", "" };	/* name, baseline, target, unit */
	for (size_t j = 0; j < r->n; j++) {
		struct import_cell *x = &r->cell[j];
		if ((int)j == text_col || !*x->text || x->used)
			continue;
		x->used = true;
		if (x->merged || (int)j == c->h.col[C_NUM])
			continue;
		int kind = j < c->h.width ? c->h.c[j].kind : -1;
		bool field = j < c->h.width && c->h.c[j].field;
		const char *v = value_of(x->text);
		if (!*v)
			continue;
		if (field && kind == C_RESP)
			note(c, NOTE_GOAL, NOTE_RESPONSIBLE, gi, 0, 0, NULL, v);
		else if (field && kind == C_IND)
			v3[0] = v;
		else if (field && kind == C_BASE)
			v3[1] = v;
		else if (field && kind == C_TARGET)
			v3[2] = v;
		else if (field && kind == C_UNIT)
			v3[3] = v;
		else {
			char *k = key_of(c, j);
			note(c, NOTE_GOAL, NOTE_EXTRA, gi, 0, 0, k, x->text);
			free(k);
		}
	}
	if (!*v3[0] && !*v3[1] && !*v3[2] && !*v3[3])
		return;
	struct goal *g = &c->p->goal[gi];
	size_t i = g->n_ind;
	struct indicator *in = plan_add_indicator(c->p, &g->ind, &g->n_ind);
	in->name = plan_strdup(c->p, v3[0]);
	in->baseline = plan_strdup(c->p, v3[1]);
	in->target = plan_strdup(c->p, v3[2]);
	in->unit = plan_strdup(c->p, v3[3]);
	static const enum note_what what[4] = { NOTE_IND_NAME, NOTE_IND_BASELINE,
						NOTE_IND_TARGET, NOTE_UNIT };
	for (int k = 0; k < 4; k++)
		if (*v3[k])
			note(c, NOTE_GOAL_IND, what[k], gi, 0, i, NULL, v3[k]);
	c->res->n_inds++;
}

static struct activity *last_act(struct ctx *c)
{
	return c->have_act ? &c->p->goal[c->act_g].act[c->act_a] : NULL;
}

/* Read a rating cell into status q. */
static void rating_cell(struct ctx *c, struct activity *a, struct import_row *r,
			struct import_cell *x, const struct import_column *col)
{
	int q = c->quarter - 1;
	const char *rest_at = "";
	size_t rest_len = 0;
	int v = col->odd_scale ? RATING_NONE : import_rating(x->text, &rest_at, &rest_len);
	if (v == RATING_NONE) {
		a->st[q].note = plan_strdup(c->p, x->text);
		warn_cell(c, r, x, col->odd_scale ? M_IMPORT_W_SCALE : M_IMPORT_W_RATING, x->text);
		return;
	}
	a->st[q].rating = v;
	char *rest = xstrndup(rest_at, rest_len);
	if (*rest) {
		if (*a->st[q].note) {
			char *t = xasprintf("%s; %s", a->st[q].note, rest);
			a->st[q].note = plan_strdup(c->p, t);
			free(t);
		} else {
			a->st[q].note = plan_strdup(c->p, rest);
		}
	}
	free(rest);
}

/* A budget amount under a header unit: the unit as if written after the
 * number (so 12500.5 under "мян.төг" is 12,500,500), unless the cell
 * names its own. */
static bool amount_with_unit(const char *cell, long long mult, long long *v, char **src)
{
	int exp = mult >= 1000000000 ? 9 : mult >= 1000000 ? 6 : mult >= 1000 ? 3 : 0;
	if (exp) {
		char *f = import_fold(cell, strlen(cell));
		if (strstr(f, "сая") || strstr(f, "мян") || strstr(f, "тэрбум") ||
		    strstr(f, "million") || strstr(f, "thousand") || strstr(f, "billion"))
			exp = 0;
		free(f);
	}
	return import_budget_amount_scaled(cell, exp, v, src);
}

static void budget_cell(struct ctx *c, struct activity *a, struct import_row *r,
			struct import_cell *x, const struct import_column *col)
{
	const char *budget = value_of(x->text);
	if (!*budget)
		return;
	char *src;
	a->budget.present = true;
	a->budget.text = plan_strdup(c->p, budget);
	a->budget.has_amount = amount_with_unit(budget, col->mult, &a->budget.amount, &src);
	if (a->budget.has_amount) {
		c->budget_sum += a->budget.amount;
		c->since_total += a->budget.amount;
		c->goal_sum += a->budget.amount;
	}
	if (src)
		a->budget.source = plan_strdup(c->p, src);
	free(src);
	(void)r;
}

static void schedule_cell(struct ctx *c, struct activity *a, struct import_row *r,
			  struct import_cell *x)
{
	const char *sched = value_of(x->text);
	a->schedule = plan_strdup(c->p, sched);
	a->has_quarters = *sched && import_schedule_quarters(sched, &a->quarters);
	if (!a->has_quarters) {
		a->quarters = 0;
		if (*sched)
			warn_cell(c, r, x, M_IMPORT_W_SCHEDULE, sched);
	}
}

static struct indicator *ensure_ind(struct ctx *c, struct activity *a)
{
	if (a->n_ind)
		return &a->ind[0];
	struct indicator *in = plan_add_indicator(c->p, &a->ind, &a->n_ind);
	in->name = in->baseline = in->target = plan_strdup(c->p, "");
	c->res->n_inds++;
	return in;
}

/* Split "... Хүрэх түвшин: 5 гэрээ" off an activity title. */
static const char *target_in_title(struct ctx *c, const char **title)
{
	const char *t = *title;
	char *f = import_fold(t, strlen(t));
	const char *m = strstr(f, "хүрэх түвшин:");
	const char *v = NULL;
	if (m && m > f) {
		size_t at = (size_t)(m - f);
		const char *val = t + at + strlen("хүрэх түвшин:");
		size_t vl = strlen(val), tl = at;
		import_trim(&val, &vl);
		const char *tt = t;
		import_trim(&tt, &tl);
		if (vl && tl) {
			char *a = xstrndup(tt, tl), *b = xstrndup(val, vl);
			*title = plan_strdup(c->p, a);
			v = plan_strdup(c->p, b);
			free(a);
			free(b);
		}
	}
	free(f);
	return v;
}

static void fill_activity(struct ctx *c, size_t gi, size_t ai, struct import_row *r, int text_col)
{
	const int *col = c->h.col;
	struct activity *a = &c->p->goal[gi].act[ai];
	struct indicator *in = NULL;
	const char *ind_cells[3] = { "", "", "" };
	const char *unit = "";
	for (size_t j = 0; j < r->n; j++) {
		struct import_cell *x = &r->cell[j];
		if ((int)j == text_col || (int)j == col[C_NUM] || (int)j == col[C_GOAL])
			continue;
		if (!*x->text)
			continue;
		int kind = j < c->h.width ? c->h.c[j].kind : -1;
		bool field = j < c->h.width && c->h.c[j].field;
		const struct import_column *cc = j < c->h.width ? &c->h.c[j] : NULL;
		if (x->used)
			continue;
		x->used = true;
		if (c->indicator_table && (int)j == col[C_IND])
			continue;
		if (field && kind == C_IND)
			ind_cells[0] = value_of(x->text);
		else if (field && kind == C_BASE)
			ind_cells[1] = value_of(x->text);
		else if (field && kind == C_TARGET)
			ind_cells[2] = value_of(x->text);
		else if (field && kind == C_UNIT)
			unit = value_of(x->text);
		else if (field && kind == C_RESP)
			a->responsible = plan_strdup(c->p, value_of(x->text));
		else if (field && kind == C_SCHED)
			schedule_cell(c, a, r, x);
		else if (cc && kind == C_SCHED && cc->quarter) {
			if (*value_of(x->text)) {
				a->quarters |= 1u << (cc->quarter - 1);
				a->has_quarters = true;
				char *k = key_of(c, j);
				note(c, NOTE_ACT, NOTE_EXTRA, gi, ai, 0, k, x->text);
				free(k);
			}
		} else if (field && kind == C_BUDGET) {
			if (x->merged)
				warn_cell(c, r, x, M_IMPORT_W_BUDGET_MERGED, x->text);
			else
				budget_cell(c, a, r, x, cc);
		} else if (field && kind == C_SOURCE) {
			const char *v = value_of(x->text);
			if (*v) {
				if (!a->budget.present) {
					a->budget.present = true;
					a->budget.text = plan_strdup(c->p, "");
				}
				a->budget.source = plan_strdup(c->p, v);
			}
		} else if (field && kind == C_ACHIEVED && c->quarter) {
			const char *v = value_of(x->text);
			if (*v)
				ensure_ind(c, a)->actual[c->quarter - 1] = plan_strdup(c->p, v);
		} else if (field && kind == C_RATING && c->quarter) {
			if (*value_of(x->text))
				rating_cell(c, a, r, x, cc);
		} else if (!x->merged || j >= c->h.width || kind < 0 || !field) {
			if (x->merged)
				continue;
			if (j >= c->h.width)
				warn_cell(c, r, x, M_IMPORT_W_BEYOND, x->text);
			char *k = key_of(c, j);
			note(c, NOTE_ACT, NOTE_EXTRA, gi, ai, 0, k, x->text);
			free(k);
		}
	}
	if (c->indicator_table && !*ind_cells[0])
		ind_cells[0] = a->title;
	if (*ind_cells[0] || *ind_cells[1] || *ind_cells[2] || *unit) {
		if (a->n_ind) {
			in = &a->ind[0];	/* made for an achieved value */
		} else {
			in = plan_add_indicator(c->p, &a->ind, &a->n_ind);
			c->res->n_inds++;
		}
		in->name = plan_strdup(c->p, ind_cells[0]);
		in->baseline = plan_strdup(c->p, ind_cells[1]);
		in->target = plan_strdup(c->p, ind_cells[2]);
		if (*unit)
			note(c, NOTE_IND, NOTE_UNIT, gi, ai, (size_t)(in - a->ind), NULL, unit);
	}
}

static void new_activity(struct ctx *c, const char *id, const char *title, struct import_row *r,
			 int text_col)
{
	struct goal *g = cur_goal(c);
	size_t gi = c->stack[c->depth - 1];
	const struct import_cell *x = cell_of(r, text_col);
	const char *pid = unique_id(c, id, r, x);
	const char *target = target_in_title(c, &title);
	struct activity *a = plan_add_activity(c->p, gi);
	g = &c->p->goal[gi];
	a->id = pid;
	a->title = plan_strdup(c->p, title);
	a->responsible = a->schedule = plan_strdup(c->p, "");
	a->budget.source = a->budget.text = plan_strdup(c->p, "");
	c->have_act = true;
	c->any_act = true;
	c->act_g = gi;
	c->act_a = g->n_act - 1;
	c->res->n_acts++;
	mark(cell_of(r, text_col));
	mark(cell_of(r, c->h.col[C_NUM]));
	fill_activity(c, gi, g->n_act - 1, r, text_col);
	a = &c->p->goal[gi].act[g->n_act - 1];
	if (target) {
		struct indicator *in = a->n_ind ? &a->ind[0] : NULL;
		if (!in) {
			in = plan_add_indicator(c->p, &a->ind, &a->n_ind);
			in->name = in->baseline = plan_strdup(c->p, "");
			c->res->n_inds++;
		}
		in->target = target;
	}
}

/* The id of the next activity of the current goal: GOAL.N. */
static char *next_id(struct ctx *c, const char *seq)
{
	const struct goal *g = cur_goal(c);
	if (seq)
		return xasprintf("%s.%s", g->id, seq);
	for (size_t n = g->n_act + 1;; n++) {
		char *t = xasprintf("%s.%zu", g->id, n);
		if (!idset_has(&c->ids, t))
			return t;
		free(t);
	}
}

/* Numbered activity row: find its goal (by its id) and add it. */
static void numbered_activity(struct ctx *c, size_t i)
{
	struct rowinfo *ri = &c->ri[i];
	struct import_row *r = row_at(c, i);
	if (ri->levels == 1) {
		if (!c->depth) {
			char *gid = xasprintf("%u", c->next_top ? c->next_top : 1);
			made_goal(c, gid, r);
			free(gid);
		}
		char *id = next_id(c, ri->id);
		new_activity(c, id, ri->title, r, ri->text_col);
		free(id);
		return;
	}
	/* close goals that are not a prefix of the id (keep the top one) */
	while (c->depth > 1) {
		const char *gid = cur_goal(c)->id;
		size_t l = strlen(gid);
		if (!strncmp(ri->id, gid, l) && ri->id[l] == '.')
			break;
		c->depth--;
	}
	if (!c->depth) {
		const char *dot = strchr(ri->id, '.');
		char *gid = xstrndup(ri->id, (size_t)(dot - ri->id));
		made_goal(c, gid, r);
		free(gid);
	} else {
		const char *gid = cur_goal(c)->id;
		size_t l = strlen(gid);
		if (strncmp(ri->id, gid, l) != 0 || ri->id[l] != '.') {
			char *m = xasprintf("%s / %s", ri->id, gid);
			warn_cell(c, r, cell_of(r, ri->text_col), M_IMPORT_W_UNDER, m);
			free(m);
		}
	}
	new_activity(c, ri->id, ri->title, r, ri->text_col);
}

/* A numbered goal (with numbered children): nested by its id. */
static void numbered_goal(struct ctx *c, size_t i)
{
	struct rowinfo *ri = &c->ri[i];
	struct import_row *r = row_at(c, i);
	size_t d = c->depth;
	while (d > 0) {
		const char *gid = c->p->goal[c->stack[d - 1]].id;
		size_t l = strlen(gid);
		if (!strncmp(ri->id, gid, l) && ri->id[l] == '.')
			break;
		d--;
	}
	size_t gi = new_goal(c, d, ri->id, ri->title, r, cell_of(r, ri->text_col));
	mark(cell_of(r, ri->text_col));
	mark(cell_of(r, c->h.col[C_NUM]));
	goal_cells(c, gi, r, ri->text_col);
}

static void add_section(struct ctx *c, const char *t)
{
	if (c->section_taken) {
		sbuf_reset(&c->section);
		c->section_taken = false;
	}
	if (c->section.len)
		sbuf_adds(&c->section, " / ");
	sbuf_adds(&c->section, t);
}

/* Is the next saying row a goal (so a heading above it is a section)? */
static bool goal_follows(struct ctx *c, size_t i)
{
	size_t k = next_sig(c, i);
	while (k != SIZE_MAX && c->ri[k].kind == R_TEXT)
		k = next_sig(c, k);
	if (k == SIZE_MAX)
		return false;
	const struct rowinfo *x = &c->ri[k];
	return (x->kind == R_GOAL) || (x->kind == R_NUM && x->is_goal && x->levels == 1);
}

static void continuation(struct ctx *c, size_t i)
{
	struct import_row *r = row_at(c, i);
	struct activity *a = last_act(c);
	if (!a) {
		/* cells with nothing to belong to: kept on the goal, or warned */
		if (c->depth) {
			goal_cells(c, c->stack[c->depth - 1], r, -1);
			return;
		}
		for (size_t j = 0; j < r->n; j++)
			if (*r->cell[j].text && !r->cell[j].merged) {
				char *k = key_of(c, j);
				note(c, NOTE_PLAN, NOTE_EXTRA, 0, 0, 0, k, r->cell[j].text);
				free(k);
				r->cell[j].used = true;
			}
		warn_cell(c, r, NULL, M_IMPORT_W_STRAY, "");
		return;
	}
	const int *col = c->h.col;
	const char *name = value_of(text_of(r, col[C_IND]));
	const char *base = value_of(text_of(r, col[C_BASE]));
	const char *target = value_of(text_of(r, col[C_TARGET]));
	struct import_cell *ic = cell_of(r, col[C_IND]), *bc = cell_of(r, col[C_BASE]),
			   *tc = cell_of(r, col[C_TARGET]);
	bool fresh = (ic && !ic->merged && *name) || (bc && !bc->merged && *base) ||
		     (tc && !tc->merged && *target);
	size_t ii = 0;
	if (fresh) {
		struct indicator *in = plan_add_indicator(c->p, &a->ind, &a->n_ind);
		in->name = plan_strdup(c->p, name);
		in->baseline = plan_strdup(c->p, base);
		in->target = plan_strdup(c->p, target);
		ii = a->n_ind - 1;
		c->res->n_inds++;
		mark(ic);
		mark(bc);
		mark(tc);
	}
	for (size_t j = 0; j < r->n; j++) {
		struct import_cell *x = &r->cell[j];
		if (!*x->text || x->used)
			continue;
		x->used = true;
		if (x->merged)
			continue;	/* the activity's own cell, merged down */
		int kind = j < c->h.width ? c->h.c[j].kind : -1;
		bool field = j < c->h.width && c->h.c[j].field;
		if (field && kind == C_UNIT && fresh) {
			note(c, NOTE_IND, NOTE_UNIT, c->act_g, c->act_a, ii, NULL, x->text);
			continue;
		}
		if (field && kind == C_ACHIEVED && c->quarter && fresh) {
			a->ind[ii].actual[c->quarter - 1] = plan_strdup(c->p, value_of(x->text));
			continue;
		}
		char *k = key_of(c, j);
		/* the same value as the activity's: written again, not new */
		bool same = false;
		if (field && kind == C_RESP)
			same = !strcmp(a->responsible, value_of(x->text));
		else if (field && kind == C_SCHED)
			same = !strcmp(a->schedule, value_of(x->text));
		if (!same)
			note(c, fresh ? NOTE_IND : NOTE_ACT, NOTE_EXTRA, c->act_g, c->act_a, ii, k,
			     x->text);
		free(k);
	}
}

static void left_out(struct ctx *c, size_t i, enum msg m)
{
	struct import_row *r = row_at(c, i);
	const struct import_cell *x = NULL;
	for (size_t j = 0; j < r->n; j++)
		if (*r->cell[j].text) {
			if (!x)
				x = &r->cell[j];
			r->cell[j].used = true;
		}
	char *t = excerpt(x ? x->text : "");
	warn_cell(c, r, x, m, t);
	free(t);
}

static void total_row(struct ctx *c, size_t i)
{
	struct import_row *r = row_at(c, i);
	int bc = c->h.col[C_BUDGET];
	const struct import_cell *x = cell_of(r, bc);
	if (x && *value_of(x->text)) {
		long long v;
		char *src;
		if (amount_with_unit(value_of(x->text), c->h.c[bc].mult, &v, &src)) {
			/* a grand total, a subtotal since the last total row, or
			 * the current goal's total */
			if (v != c->budget_sum && v != c->since_total && v != c->goal_sum) {
				struct sbuf b = SBUF_INIT;
				fmt_amount(&b, v);
				sbuf_adds(&b, " ≠ ");
				fmt_amount(&b, c->budget_sum);
				warn_cell(c, r, x, M_IMPORT_W_TOTAL_DIFF, b.buf);
				sbuf_free(&b);
			}
		}
		free(src);
	}
	c->since_total = 0;
	left_out(c, i, M_IMPORT_W_TOTAL);
}

static void build(struct ctx *c)
{
	for (size_t i = c->first; i < c->rows->n; i++) {
		struct rowinfo *ri = &c->ri[i];
		struct import_row *r = row_at(c, i);
		if (ri->goal_cell) {
			/* a goal column: the goal, then the row's activity under it */
			char *gid = ri->gnum ? xasprintf("%lu", ri->gnum)
					     : xasprintf("%u", c->next_top ? c->next_top : 1);
			size_t gi = new_goal(c, 0, gid, ri->gtitle, r, cell_of(r, c->h.col[C_GOAL]));
			free(gid);
			mark(cell_of(r, c->h.col[C_GOAL]));
			if (c->goal_summary) {
				/* a summary by goal: the row's figures are the goal's */
				goal_cells(c, gi, r, c->h.col[C_GOAL]);
				continue;
			}
		}
		switch (ri->kind) {
		case R_COLNUM: {
			/* right under the header (or its repeat) it is the row of
			 * column numbers; elsewhere say what was left out */
			size_t k = i;
			while (k > c->first && c->ri[k - 1].kind == R_EMPTY)
				k--;
			if (k != c->first && c->ri[k - 1].kind != R_HEADER) {
				left_out(c, i, M_IMPORT_W_COLNUM);
				break;
			}
		}
			/* fall through */
		case R_EMPTY:
			for (size_t j = 0; j < r->n; j++)
				r->cell[j].used = true;
			break;
		case R_HEADER:
			left_out(c, i, M_IMPORT_W_HEADER_AGAIN);
			break;
		case R_ORNAMENT:
			left_out(c, i, M_IMPORT_W_ORNAMENT);
			break;
		case R_SIGNATURE:
			left_out(c, i, M_IMPORT_W_SIGNATURE);
			break;
		case R_TOTAL:
			total_row(c, i);
			break;
		case R_GOAL: {
			if (ri->caps && ri->form != GF_WORD_GOAL && goal_follows(c, i)) {
				mark(cell_of(r, ri->text_col));
				add_section(c, r->cell[ri->text_col].text);
				break;
			}
			char *id = ri->num ? xasprintf("%lu", ri->num)
					   : xasprintf("%u", c->next_top ? c->next_top : 1);
			size_t gi;
			if (c->depth && !strcmp(c->p->goal[c->stack[0]].id, id) &&
			    !*c->p->goal[c->stack[0]].title) {
				/* the goal made for activities above its row */
				gi = c->stack[0];
				c->p->goal[gi].title = plan_strdup(c->p, ri->title);
				c->depth = 1;
			} else {
				gi = new_goal(c, 0, id, ri->title, r, cell_of(r, ri->text_col));
			}
			free(id);
			mark(cell_of(r, ri->text_col));
			goal_cells(c, gi, r, ri->text_col);
			break;
		}
		case R_NUM:
			if (ri->is_goal)
				numbered_goal(c, i);
			else
				numbered_activity(c, i);
			break;
		case R_TEXT: {
			size_t k = next_sig(c, i);
			mark(cell_of(r, ri->text_col));
			if (k == SIZE_MAX) {
				/* a note after the table (not a signature): kept */
				note(c, NOTE_PLAN, NOTE_EXTRA, 0, 0, 0, "Тэмдэглэл", ri->title);
			} else if (goal_follows(c, i)) {
				add_section(c, ri->title);
			} else if (c->depth && c->ri[k].kind == R_NUM && c->ri[k].levels > 1 &&
				   !strncmp(c->ri[k].id, cur_goal(c)->id, strlen(cur_goal(c)->id))) {
				/* a heading inside a goal: kept on the goal */
				note(c, NOTE_GOAL, NOTE_EXTRA, c->stack[c->depth - 1], 0, 0,
				     "Гарчиг", ri->title);
			} else {
				char *id = xasprintf("%u", c->next_top ? c->next_top : 1);
				new_goal(c, 0, id, ri->title, r, cell_of(r, ri->text_col));
				free(id);
			}
			break;
		}
		case R_PLAIN: {
			if (!c->depth) {
				char *gid = xasprintf("%u", c->next_top ? c->next_top : 1);
				made_goal(c, gid, r);
				free(gid);
			}
			char *id = next_id(c, NULL);
			new_activity(c, id, ri->title, r, ri->text_col);
			free(id);
			break;
		}
		case R_CONT:
			if (ri->goal_cell) {
				/* the goal's own cells on its row */
				goal_cells(c, c->stack[0], r, c->h.col[C_GOAL]);
				break;
			}
			continuation(c, i);
			break;
		}
	}
}

/* ---- title lines ---- */

static const char *const org_words[] = {
	"яам", "газар", "хороо", "алба", "сургууль", "хэлтэс", "төв", "зөвлөл", "хороо",
	"агентлаг", "байгууллага", "газрын", "ministry", "department", "agency", "office",
	"school", "council", "authority", "committee",
};

static bool is_org_line(const char *t)
{
	char *f = import_fold(t, strlen(t));
	size_t n = strlen(f);
	while (n && (f[n - 1] == '.' || f[n - 1] == ' '))
		f[--n] = '\0';
	bool ok = false;
	for (size_t k = 0; k < sizeof org_words / sizeof *org_words; k++) {
		size_t l = strlen(org_words[k]);
		if (n >= l && !strcmp(f + n - l, org_words[k]) &&
		    (n == l || f[n - l - 1] == ' ' || f[n - l - 1] == '-'))
			ok = true;
	}
	free(f);
	return ok && !strchr(t, ',');
}

/* A date line: "2016.07.10 ...", "2023-03-01", "2023 оны ...". */
static bool is_date_line(const char *t)
{
	if (!(is_digit(t[0]) && is_digit(t[1])))
		return false;
	const char *p = t;
	while (is_digit(*p))
		p++;
	if ((*p == '.' || *p == '-' || *p == '/') && is_digit(p[1]))
		return true;
	char *f = import_fold(p, strlen(p));
	bool ok = starts(f, " оны ") || starts(f, " он ");
	free(f);
	return ok && strlen(t) < 120 && strstr(t, "сар");
}

/* An approval line above the title: "БАТЛАВ. ... ДАРГА", "Approved by". */
static bool is_approval_line(const char *t)
{
	static const char *const words[] = { "батлав", "баталсан", "зөвшөөрөв", "approved" };
	char *f = import_fold(t, strlen(t));
	bool ok = false;
	for (size_t k = 0; k < sizeof words / sizeof *words; k++)
		ok |= !strncmp(f, words[k], strlen(words[k]));
	free(f);
	return ok;
}

/* A place line: a short line ending in хот, аймаг, сум or дүүрэг
 * ("Улаанбаатар хот", "Дархан сум"). */
static bool is_place_line(const char *t)
{
	static const char *const places[] = { "хот", "аймаг", "сум", "дүүрэг", "city" };
	char *f = import_fold(t, strlen(t));
	size_t n = strlen(f);
	while (n && (f[n - 1] == '.' || f[n - 1] == ' '))
		f[--n] = '\0';
	unsigned words = 1;
	for (const char *p = f; *p; p++)
		words += *p == ' ';
	bool ok = false;
	for (size_t k = 0; words <= 3 && k < sizeof places / sizeof *places; k++) {
		size_t l = strlen(places[k]);
		ok |= n > l && !strcmp(f + n - l, places[k]) && f[n - l - 1] == ' ';
	}
	free(f);
	return ok;
}

static int year_in(const char *s)
{
	for (const char *p = s; *p; p++) {
		if ((p > s && is_digit(p[-1])) || !is_digit(p[0]) || !is_digit(p[1]) ||
		    !is_digit(p[2]) || !is_digit(p[3]) || is_digit(p[4]))
			continue;
		if ((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0'))
			return atoi(p);
	}
	return 0;
}

static void read_title(struct ctx *c)
{
	struct sbuf t = SBUF_INIT;
	struct sbuf line = SBUF_INIT;
	size_t n_lines = 0;
	char **lines = NULL;
	for (size_t i = 0; i < c->h.row; i++) {
		const struct import_row *r = row_at(c, i);
		sbuf_reset(&line);
		for (size_t j = 0; j < r->n; j++) {
			if (!*r->cell[j].text)
				continue;
			if (line.len)
				sbuf_addc(&line, ' ');
			sbuf_adds(&line, r->cell[j].text);
			if (r->cell[j].merged)
				break;	/* a title merged across the sheet */
		}
		if (!line.len)
			continue;
		lines = xrealloc(lines, (n_lines + 1) * sizeof *lines);
		lines[n_lines++] = sbuf_detach(&line);
	}
	size_t title_lines = 0;
	for (size_t k = 0; k < n_lines; k++)
		title_lines += !is_date_line(lines[k]) && !is_place_line(lines[k]) &&
			       !is_approval_line(lines[k]);
	bool org_done = false;
	for (size_t k = 0; k < n_lines; k++) {
		if (is_date_line(lines[k])) {
			note(c, NOTE_PLAN, NOTE_EXTRA, 0, 0, 0, "Огноо", lines[k]);
			continue;
		}
		if (title_lines >= 1 && is_approval_line(lines[k])) {
			note(c, NOTE_PLAN, NOTE_EXTRA, 0, 0, 0, "Батлав", lines[k]);
			continue;
		}
		if (title_lines >= 1 && is_place_line(lines[k])) {
			note(c, NOTE_PLAN, NOTE_EXTRA, 0, 0, 0, "Байршил", lines[k]);
			continue;
		}
		if (!org_done && !t.len && title_lines >= 2 && is_org_line(lines[k])) {
			note(c, NOTE_PLAN, NOTE_ORGANISATION, 0, 0, 0, NULL, lines[k]);
			org_done = true;
			continue;
		}
		if (t.len)
			sbuf_addc(&t, ' ');
		sbuf_adds(&t, lines[k]);
	}
	for (size_t k = 0; k < n_lines; k++)
		free(lines[k]);
	free(lines);
	sbuf_free(&line);
	c->p->title = plan_strdup(c->p, t.buf ? t.buf : "");
	c->p->year = year_in(c->p->title);
	sbuf_free(&t);
}

/* ---- columns decided by their data ---- */

static bool id_like(const char *t)
{
	if (!*t)
		return false;
	for (; *t; t++)
		if (!is_digit(*t) && *t != '.' && *t != ')')
			return false;
	return true;
}

/* Unnamed columns: a column of numbers is the number column; with no
 * activity column, the longest texts make it. */
static void columns_by_data(struct ctx *c)
{
	struct import_header *h = &c->h;
	size_t best = SIZE_MAX, best_len = 0;
	for (size_t j = 0; j < h->width; j++) {
		if (h->c[j].kind >= 0)
			continue;
		size_t ids = 0, filled = 0, len = 0;
		for (size_t i = c->first; i < c->rows->n; i++) {
			const char *t = text_of(row_at(c, i), (int)j);
			if (!*t)
				continue;
			filled++;
			ids += id_like(t);
			len += import_n_chars(t);
		}
		if (!*h->c[j].name && filled && ids * 2 >= filled && h->col[C_NUM] < 0) {
			h->c[j].kind = C_NUM;
			h->c[j].field = true;
			h->col[C_NUM] = (int)j;
			continue;
		}
		if (filled && len / filled > 15 && len > best_len) {
			best = j;
			best_len = len;
		}
	}
	if (h->col[C_ACT] < 0 && best != SIZE_MAX) {
		h->c[best].kind = C_ACT;
		h->c[best].field = true;
		h->col[C_ACT] = (int)best;
	}
	if (h->col[C_ACT] < 0 && h->col[C_GOAL] >= 0) {
		/* goals and their figures only: the goal column reads as the
		 * activity column would, and every row is a goal */
		c->goal_summary = true;
		h->col[C_ACT] = h->col[C_GOAL];
	} else if (h->col[C_ACT] < 0 && h->col[C_IND] >= 0) {
		c->indicator_table = true;
		h->col[C_ACT] = h->col[C_IND];
	}
}

/* Several target columns by year: the plan's year picks one. */
static void choose_target(struct ctx *c)
{
	struct import_header *h = &c->h;
	int want = c->o->year ? c->o->year : c->p->year;
	int chosen = -1, first = -1;
	for (size_t j = 0; j < h->width; j++) {
		if (h->c[j].kind != C_TARGET)
			continue;
		if (first < 0)
			first = (int)j;
		if (want && h->c[j].year == want && chosen < 0)
			chosen = (int)j;
	}
	if (first < 0)
		return;
	if (chosen < 0)
		chosen = first;
	for (size_t j = 0; j < h->width; j++)
		if (h->c[j].kind == C_TARGET)
			h->c[j].field = (int)j == chosen;
	h->col[C_TARGET] = chosen;
	if (c->o->year)
		c->p->year = c->o->year;
}

/* An implementation report needs its quarter. */
static int report_quarter(struct ctx *c)
{
	int cols[2] = { c->h.col[C_ACHIEVED], c->h.col[C_RATING] };
	bool data = false;
	for (int k = 0; k < 2 && !data; k++) {
		if (cols[k] < 0)
			continue;
		for (size_t i = c->first; i < c->rows->n && !data; i++)
			data = *value_of(text_of(row_at(c, i), cols[k])) != '\0';
	}
	if (!data)
		return 0;
	if (c->o->quarter)
		return c->o->quarter;
	int q = import_title_quarter(c->p->title);
	if (q)
		return q;
	import_err(c->e, 0, 0, 0, M_IMPORT_E_QUARTER, TV_NOARGS);
	return -1;
}

/* Every non-empty cell below the header went somewhere; say which not. */
static void account(struct ctx *c)
{
	for (size_t i = c->first; i < c->rows->n; i++) {
		struct import_row *r = row_at(c, i);
		for (size_t j = 0; j < r->n; j++) {
			struct import_cell *x = &r->cell[j];
			if (!*x->text || x->used || x->merged)
				continue;
			/* kept on the plan so it is not lost */
			char *k = key_of(c, j);
			note(c, NOTE_PLAN, NOTE_EXTRA, 0, 0, 0, k, x->text);
			free(k);
			char *t = excerpt(x->text);
			warn_cell(c, r, x, M_IMPORT_W_UNREAD, t);
			free(t);
		}
	}
}

static void cleanup(struct ctx *c, struct import_grid *g)
{
	for (size_t i = 0; c->ri && i < g->rows.n; i++) {
		free(c->ri[i].id);
		free(c->ri[i].own);
		free(c->ri[i].gown);
	}
	free(c->ri);
	c->ri = NULL;
	free(c->ids.slot);
	c->ids.slot = NULL;
	sbuf_free(&c->section);
	import_header_free(&c->h);
	import_grid_free(g);
}

static void looked_for(struct import_errs *e)
{
	import_err(e, 0, 0, 0, M_IMPORT_E_NO_HEADER, TV_NOARGS);
}

int import_run(const char *path, const char *data, size_t len, const struct import_opts *o,
	       struct import_result *res, struct tv_err *err)
{
	static const struct import_opts none = { 0, 0, NULL, false };
	struct import_errs e = { path, SBUF_INIT, 0, SBUF_INIT, 0, GRID_TEXT, NULL };
	struct import_grid g;
	struct ctx c;
	memset(&g, 0, sizeof g);
	memset(res, 0, sizeof *res);
	memset(&c, 0, sizeof c);
	c.o = o ? o : &none;
	c.e = &e;
	c.res = res;
	int rc = import_read_any(data, len, c.o->sheet, &g, &e);
	e.kind = g.kind;
	e.sheet = g.sheet;
	if (rc < 0 && !e.n)
		import_err(&e, 0, 0, 0, M_IMPORT_E_UNREADABLE, TV_NOARGS);	/* never silent */
	if (rc < 0 || e.n)
		goto fail;
	c.rows = &g.rows;
	if (!import_find_header(&g.rows, &c.h)) {
		looked_for(&e);
		if (g.kind == GRID_XLSX && g.n_sheets > 1)
			import_err(&e, 0, 0, 0, M_IMPORT_E_OTHER_SHEETS, "%s%s", g.sheet, g.sheets);
		goto fail;
	}
	c.first = c.h.row + c.h.n_rows;
	c.p = plan_new();
	res->plan = c.p;
	read_title(&c);
	columns_by_data(&c);
	if (c.h.col[C_ACT] < 0) {
		const struct import_row *hr = row_at(&c, c.h.row);
		import_err(&e, hr->table, hr->line, 1, M_IMPORT_E_NO_ACTIVITY, TV_NOARGS);
		goto fail;
	}
	choose_target(&c);
	c.quarter = report_quarter(&c);
	if (c.quarter < 0)
		goto fail;
	c.ri = xcalloc(g.rows.n ? g.rows.n : 1, sizeof *c.ri);
	for (size_t i = c.first; i < g.rows.n; i++) {
		classify(&c, i);
		if (c.ri[i].kind == R_NUM || c.ri[i].kind == R_PLAIN)
			c.any_act = true;
	}
	c.any_act = false;
	bool table_below = false;	/* a goal or activity row further down */
	for (size_t i = g.rows.n; i-- > c.first;) {
		enum row_kind kd = c.ri[i].kind;
		/* signature words count only after the table */
		if (kd == R_SIGNATURE && table_below)
			c.ri[i].kind = R_TEXT;
		if (kd == R_NUM || kd == R_GOAL || kd == R_PLAIN)
			table_below = true;
		if (kd == R_NUM)
			c.ri[i].is_goal = has_children(&c, i);
	}
	/* header cells: all used */
	for (size_t i = c.h.row; i < c.first; i++)
		for (size_t j = 0; j < row_at(&c, i)->n; j++)
			row_at(&c, i)->cell[j].used = true;
	build(&c);
	account(&c);
	if (c.p->n_goal == 0 && !e.n)
		import_err(&e, 0, 0, 0, M_IMPORT_E_NO_ROWS, TV_NOARGS);
	if (e.n)
		goto fail;
	res->n_goals = (unsigned)c.p->n_goal;
	res->n_warn = e.n_warn;
	if (c.o->strict && res->n_warn) {
		struct sbuf nw = SBUF_INIT;
		tv_count(&nw, i18n_get(), M_N_WARNINGS, res->n_warn);
		import_err(&e, 0, 0, 0, M_IMPORT_E_STRICT, "%s", nw.buf);
		sbuf_free(&nw);
		goto fail;
	}
	res->warnings = e.warn.len ? sbuf_detach(&e.warn) : NULL;
	cleanup(&c, &g);
	sbuf_free(&e.text);
	sbuf_free(&e.warn);
	return 0;

fail:
	if (e.n > IMPORT_MAX_ERRORS)
		import_more_errors(&e);
	cleanup(&c, &g);
	import_result_free(res);
	if (err) {
		tv_err_clear(err);
		/* the warnings found so far come first: they may explain the error */
		if (e.warn.len) {
			struct sbuf all = SBUF_INIT;
			sbuf_add(&all, e.warn.buf, e.warn.len);
			sbuf_add(&all, e.text.buf, e.text.len);
			err->text = sbuf_detach(&all);
		} else {
			err->text = sbuf_detach(&e.text);
		}
	}
	sbuf_free(&e.text);
	sbuf_free(&e.warn);
	return -1;
}

int import_run_file(const char *path, const struct import_opts *o, struct import_result *res,
		    struct tv_err *err)
{
	char *data;
	size_t len;
	memset(res, 0, sizeof *res);
	if (read_file(path, IMPORT_FILE_CAP, &data, &len, err) < 0)
		return -1;
	int rc = import_run(path, data, len, o, res, err);
	free(data);
	return rc;
}

void import_result_free(struct import_result *res)
{
	if (res->plan)
		plan_free(res->plan);
	free(res->note);
	free(res->warnings);
	memset(res, 0, sizeof *res);
}

const char *import_note_get(const struct import_result *res, enum note_on on,
			    enum note_what what, size_t g, size_t a, size_t i, const char *key)
{
	for (size_t k = 0; k < res->n_note; k++) {
		const struct import_note *n = &res->note[k];
		if (n->on != on || n->what != what || n->g != g)
			continue;
		if ((on == NOTE_ACT || on == NOTE_IND) && n->a != a)
			continue;
		if ((on == NOTE_IND || on == NOTE_GOAL_IND) && n->i != i)
			continue;
		if (what == NOTE_EXTRA && key && strcmp(n->key, key) != 0)
			continue;
		return n->value;
	}
	return NULL;
}

void import_summary(struct sbuf *out, const struct import_result *res)
{
	struct sbuf n[4] = { SBUF_INIT, SBUF_INIT, SBUF_INIT, SBUF_INIT };
	enum lang l = i18n_get();
	tv_count(&n[0], l, M_N_GOALS, res->n_goals);
	tv_count(&n[1], l, M_N_ACTIVITIES, res->n_acts);
	tv_count(&n[2], l, M_N_INDICATORS, res->n_inds);
	tv_count(&n[3], l, M_N_WARNINGS, res->n_warn);
	sbuf_addf(out, tr(M_IMPORT_SUMMARY), n[0].buf, n[1].buf, n[2].buf, n[3].buf);
	for (int i = 0; i < 4; i++)
		sbuf_free(&n[i]);
}

int import_table(const char *path, const char *data, size_t len, struct plan **out,
		 struct tv_err *err)
{
	struct import_result res;
	*out = NULL;
	if (import_run(path, data, len, NULL, &res, err) < 0)
		return -1;
	*out = res.plan;
	res.plan = NULL;
	import_result_free(&res);
	return 0;
}

int import_file(const char *path, struct plan **out, struct tv_err *err)
{
	char *data;
	size_t len;
	*out = NULL;
	if (read_file(path, IMPORT_FILE_CAP, &data, &len, err) < 0)
		return -1;
	int rc = import_table(path, data, len, out, err);
	free(data);
	return rc;
}
