/*
 * import.c — `tolov import`: finds the header and the format of a plan
 * table, reads its title, goal and activity rows and builds a plan. The
 * rules are in include/tolov/import.h; cells are read by import_values.c,
 * the text is split by import_read.c and the header found by import_header.c.
 */
#include "tolov/io/import.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static bool starts(const char *s, const char *w)
{
	return strncmp(s, w, strlen(w)) == 0;
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
			return set->slot[i].line;
		i = (i + 1) & (set->cap - 1);
	}
	set->slot[i].id = id;
	set->slot[i].line = line;
	set->n++;
	return 0;
}

static void idset_free(struct idset *set)
{
	free(set->slot);
}

/* ---- rows ---- */

static const char *const goal_words[] = {
	"нэг", "хоёр", "гурав", "дөрөв", "тав", "зургаа", "долоо", "найм", "ес", "арав",
};

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A goal cell: *num gets the number, *title the rest of the cell. */
static bool goal_of(const char *cell, unsigned long *num, const char **title)
{
	size_t n = strlen(cell);
	char *f = import_fold(cell, n);
	const char *p = f;
	bool ok = false;
	if (starts(p, "зорилт"))
		p += strlen("зорилт");
	else if (starts(p, "goal"))
		p += strlen("goal");
	else
		goto out;
	/* "зорилтын ..." and "goals" are words of their own */
	if (*p && !is_space(*p) && !is_digit(*p) && *p != '-' && *p != '.' && *p != ':' &&
	    *p != '#' && strncmp(p, "№", strlen("№")) != 0)
		goto out;
	while (is_space(*p) || *p == '-' || *p == ':' || *p == '#')
		p++;
	if (starts(p, "№"))
		p += strlen("№");
	while (is_space(*p))
		p++;
	if (is_digit(*p)) {
		unsigned long v = 0;
		while (is_digit(*p)) {
			if (v > 100000)
				goto out;
			v = v * 10 + (unsigned long)(*p++ - '0');
		}
		*num = v;
		ok = v > 0;
	} else {
		for (size_t k = 0; k < sizeof goal_words / sizeof *goal_words; k++) {
			size_t l = strlen(goal_words[k]);
			if (!strncmp(p, goal_words[k], l) &&
			    (p[l] == '\0' || (unsigned char)p[l] < 0x80)) {
				*num = k + 1;
				p += l;
				ok = true;
				break;
			}
		}
	}
	if (!ok)
		goto out;
	if (*p && !is_space(*p) && *p != '.' && *p != ':' && *p != ')' && *p != '-') {
		ok = false;
		goto out;
	}
	if (*p == '.' || *p == ':' || *p == ')' || *p == '-')
		p++;
	while (is_space(*p))
		p++;
	*title = cell + (p - f);
out:
	free(f);
	return ok;
}

/* "1.1", "1.1." or "1.2.3" at the start of cell: the id into *id (caller
 * frees), the rest in *title. */
static bool activity_id(const char *cell, char **id, const char **title)
{
	const char *p = cell;
	int parts = 0;
	while (is_digit(*p)) {
		while (is_digit(*p))
			p++;
		parts++;
		if (*p != '.' || !is_digit(p[1]))
			break;
		p++;
	}
	if (parts < 2)
		return false;
	size_t l = (size_t)(p - cell);
	if (*p == '.' || *p == ')')
		p++;
	else if (*p && !is_space(*p) && (unsigned char)*p < 0x80)
		return false;
	while (is_space(*p))
		p++;
	*id = xstrndup(cell, l);
	*title = p;
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
		else if (!strncmp(p, "–", strlen("–")))
			p += strlen("–");
		else if (!strncmp(p, "—", strlen("—")))
			p += strlen("—");
		else
			return cell;
	}
	return "";
}

static const char *cell_at(const struct import_row *r, int j)
{
	return j >= 0 && (size_t)j < r->n ? r->cell[j].text : "";
}

/* The row of column numbers: its non-empty cells read 1, 2, 3 ... */
static bool is_number_row(const struct import_row *r)
{
	unsigned next = 1;
	for (size_t j = 0; j < r->n; j++) {
		const char *t = r->cell[j].text;
		if (!*t)
			continue;
		unsigned v = 0;
		for (; *t; t++) {
			if (!is_digit(*t) || v > 1000)
				return false;
			v = v * 10 + (unsigned)(*t - '0');
		}
		if (v != next++)
			return false;
	}
	return next > 2;
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

struct builder {
	struct plan *p;
	const struct import_header *h;
	const struct import_row *header_row;
	struct import_errs *e;
	struct idset goals, acts;
	bool have_goal;
	size_t goal;		/* index of the current goal */
	const char *goal_id;
	unsigned goal_line;
};

static void add_goal(struct builder *b, const struct import_row *r, const struct import_cell *c,
		     unsigned long num, const char *title)
{
	char *id = xasprintf("%lu", num);
	size_t idl = strlen(id);
	for (size_t j = 0; j < r->n; j++) {
		const char *t = r->cell[j].text;
		/* the number column may repeat the goal's number: "1" or "1." */
		if ((int)j == b->h->col[C_NUM] && !strncmp(t, id, idl) &&
		    (!t[idl] || !strcmp(t + idl, ".")))
			continue;
		if (&r->cell[j] != c && *value_of(t)) {
			char *x = excerpt(t);
			import_error(b->e, r->cell[j].line, r->cell[j].col,
				     "cannot read row: a goal row has text in another column: “%s”", x);
			free(x);
		}
	}
	const char *pid = plan_strdup(b->p, id);
	free(id);
	unsigned first = idset_add(&b->goals, pid, r->line);
	if (first)
		import_error(b->e, c->line, c->col, "goal %s is here and on line %u; ids must be unique",
			     pid, first);
	b->goal = b->p->n_goal;
	struct goal *g = plan_add_goal(b->p);
	g->id = pid;
	g->title = plan_strdup(b->p, title);
	b->have_goal = true;
	b->goal_id = pid;
	b->goal_line = r->line;
}

static void add_activity(struct builder *b, const struct import_row *r,
			 const struct import_cell *c, const char *id, const char *title)
{
	const int *col = b->h->col;
	if (!b->have_goal) {
		import_error(b->e, c->line, c->col,
			     "cannot read row: activity %s comes before any goal row (“Зорилт 1. ...”)",
			     id);
		return;
	}
	size_t gl = strlen(b->goal_id);
	if (strncmp(id, b->goal_id, gl) != 0 || id[gl] != '.')
		import_error(b->e, c->line, c->col,
			     "activity %s stands under goal %s (line %u); is a goal row missing?", id,
			     b->goal_id, b->goal_line);
	const char *pid = plan_strdup(b->p, id);
	unsigned first = idset_add(&b->acts, pid, r->line);
	if (first)
		import_error(b->e, c->line, c->col,
			     "activity %s is here and on line %u; ids must be unique", pid, first);
	if (!*title)
		import_error(b->e, c->line, c->col, "activity %s has no text", pid);

	struct activity *a = plan_add_activity(b->p, b->goal);
	a->id = pid;
	a->title = plan_strdup(b->p, title);
	a->responsible = plan_strdup(b->p, value_of(cell_at(r, col[C_RESP])));

	const char *sched = value_of(cell_at(r, col[C_SCHED]));
	a->schedule = plan_strdup(b->p, sched);
	a->has_quarters = *sched && import_schedule_quarters(sched, &a->quarters);
	if (!a->has_quarters)
		a->quarters = 0;

	const char *budget = value_of(cell_at(r, col[C_BUDGET]));
	memset(&a->budget, 0, sizeof a->budget);
	a->budget.source = a->budget.text = plan_strdup(b->p, "");
	if (*budget) {
		char *src;
		a->budget.present = true;
		a->budget.text = plan_strdup(b->p, budget);
		a->budget.has_amount = import_budget_amount(budget, &a->budget.amount, &src);
		if (src)
			a->budget.source = plan_strdup(b->p, src);
		free(src);
	}

	const char *name = value_of(cell_at(r, col[C_IND]));
	const char *base = value_of(cell_at(r, col[C_BASE]));
	const char *target = value_of(cell_at(r, col[C_TARGET]));
	if (*name || *base || *target) {
		struct indicator *in = plan_add_indicator(b->p, a);
		in->name = plan_strdup(b->p, name);
		in->baseline = plan_strdup(b->p, base);
		in->target = plan_strdup(b->p, target);
	}
}

/* The header row repeated (as on each page of a long table). */
static bool is_header_again(const struct builder *b, const struct import_row *r)
{
	const struct import_row *hr = b->header_row;
	for (size_t j = 0; j < r->n || j < hr->n; j++) {
		const char *x = j < r->n ? r->cell[j].text : "";
		const char *y = j < hr->n ? hr->cell[j].text : "";
		if (strcmp(x, y) != 0)
			return false;
	}
	return true;
}

static void read_row(struct builder *b, const struct import_row *r)
{
	const struct import_header *h = b->h;
	const struct import_cell *first = NULL;
	size_t filled = 0;
	for (size_t j = 0; j < r->n; j++)
		if (*r->cell[j].text) {
			filled++;
			if (!first)
				first = &r->cell[j];
		}
	if (!filled || is_number_row(r) || (filled == 1 && is_ornament(first->text)) ||
	    is_header_again(b, r))
		return;
	for (size_t j = h->width; j < r->n; j++)
		if (*r->cell[j].text) {
			char *x = excerpt(r->cell[j].text);
			import_error(b->e, r->cell[j].line, r->cell[j].col,
				     "cannot read row: text to the right of the last column: “%s”", x);
			free(x);
		}

	const struct import_cell *act =
		(size_t)h->col[C_ACT] < r->n ? &r->cell[h->col[C_ACT]] : NULL;
	unsigned long num;
	const char *title;
	if (act && goal_of(act->text, &num, &title)) {
		add_goal(b, r, act, num, title);
		return;
	}
	if (goal_of(first->text, &num, &title)) {
		add_goal(b, r, first, num, title);
		return;
	}
	char *id = NULL;
	if (act && activity_id(act->text, &id, &title)) {
		add_activity(b, r, act, id, title);
	} else if (h->col[C_NUM] >= 0 && (size_t)h->col[C_NUM] < r->n &&
		   activity_id(r->cell[h->col[C_NUM]].text, &id, &title) && !*title) {
		add_activity(b, r, &r->cell[h->col[C_NUM]], id, act ? act->text : "");
	} else {
		char *x = excerpt(first->text);
		import_error(b->e, first->line, first->col,
			     "cannot read row: “%s” is neither a goal (“Зорилт 1. ...”) nor an "
			     "activity (“1.1. ...”)",
			     x);
		free(x);
	}
	free(id);
}

/* Title rows: every non-empty cell before the header, joined by spaces. */
static void read_title(struct plan *p, const struct import_rows *rows, size_t hrow)
{
	struct sbuf t = SBUF_INIT;
	for (size_t i = 0; i < hrow; i++)
		for (size_t j = 0; j < rows->row[i].n; j++) {
			const char *c = rows->row[i].cell[j].text;
			if (!*c)
				continue;
			if (t.len)
				sbuf_addc(&t, ' ');
			sbuf_adds(&t, c);
		}
	p->title = plan_strdup(p, t.buf ? t.buf : "");
	for (size_t i = 0; i + 4 <= t.len; i++) {
		const char *s = t.buf + i;
		if ((i > 0 && is_digit(s[-1])) || !is_digit(s[0]) || !is_digit(s[1]) ||
		    !is_digit(s[2]) || !is_digit(s[3]) || is_digit(s[4]))
			continue;
		if ((s[0] == '1' && s[1] == '9') || (s[0] == '2' && s[1] == '0')) {
			p->year = atoi(s);
			break;
		}
	}
	sbuf_free(&t);
}

int import_table(const char *path, const char *data, size_t len, struct plan **out,
		 struct tv_err *err)
{
	struct import_errs e = { path, SBUF_INIT, 0 };
	struct import_rows rows = { NULL, 0, 0 };
	struct plan *p = NULL;
	*out = NULL;
	if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3)) {
		data += 3;
		len -= 3;
	}
	if (import_check_utf8(data, len, &e) < 0)
		goto fail;

	struct import_header h;
	if (!import_split_any(data, len, &rows, &h, &e)) {
		import_error(&e, 0, 0,
			     "no header line: a plan table needs a row of column names with "
			     "“Хэрэгжүүлэх арга хэмжээ” (Activity)");
		goto fail;
	}
	import_map_header(&rows, &h, &e);
	if (h.col[C_ACT] < 0)
		goto fail;

	p = plan_new();
	read_title(p, &rows, h.row);
	struct builder b = { p, &h, &rows.row[h.row], &e, { NULL, 0, 0 }, { NULL, 0, 0 }, false, 0, NULL, 0 };
	for (size_t i = h.row + 1; i < rows.n; i++)
		read_row(&b, &rows.row[i]);
	idset_free(&b.goals);
	idset_free(&b.acts);
	if (!e.n && p->n_goal == 0)
		import_error(&e, 0, 0, "no goal rows (“Зорилт 1. ...”) after the header line");
	if (e.n)
		goto fail;
	import_rows_free(&rows);
	sbuf_free(&e.text);
	*out = p;
	return 0;

fail:
	if (e.n > IMPORT_MAX_ERRORS)
		sbuf_addf(&e.text, "\n%s: error: %u more errors not shown", path,
			  e.n - IMPORT_MAX_ERRORS);
	import_rows_free(&rows);
	if (p)
		plan_free(p);
	if (err) {
		tv_err_clear(err);
		err->text = sbuf_detach(&e.text);
	} else {
		sbuf_free(&e.text);
	}
	return -1;
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
