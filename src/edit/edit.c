/*
 * edit.c — setting fields by path: `tolov set`, `:set` and every field edit
 * of the interface.
 *
 * A value is checked as the loader checks it, then written in the spelling
 * the old value used (plain, quoted, literal block), so only its own bytes
 * change. A missing key is added at the end of its mapping in the style of
 * that mapping (a new line with the siblings' indentation, or ", key: v"
 * inside braces); clearing a rating removes the key, and an emptied status
 * entry or status mapping goes with it.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "edit_impl.h"
#include "session_impl.h"
#include "tolov/plan/emit.h"
#include "tolov/base/text.h"

enum ftype { F_TEXT, F_ID, F_YEAR, F_AMOUNT, F_RATING, F_QUARTERS };

struct field {
	const char *segs[4];	/* the path's keys (the indicator number among them) */
	size_t nseg;
	size_t index;		/* indicator index */
	enum ftype type;
};

/* ---- paths ---- */

static int path_err(struct session *s, struct tv_err *err, const char *path, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static int path_err(struct session *s, struct tv_err *err, const char *path, const char *fmt, ...)
{
	struct sbuf b = SBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sbuf_addvf(&b, fmt, ap);
	va_end(ap);
	tv_err_set(err, s->doc->path, 0, 0, "%s: %s", path, b.buf);
	sbuf_free(&b);
	return -1;
}

static bool is_quarter(const char *k)
{
	return k[0] == 'q' && k[1] >= '1' && k[1] <= '4' && !k[2];
}

/* Split path at dots into at most 4 parts; validate against the format. */
static int resolve(struct session *s, int kind, const struct yn *target, const char *path,
		   struct field *f, char *buf, struct tv_err *err)
{
	char *part[5];
	size_t n = 0;
	strcpy(buf, path);
	for (char *p = buf; n < 5;) {
		part[n++] = p;
		char *dot = strchr(p, '.');
		if (!dot)
			break;
		*dot = '\0';
		p = dot + 1;
	}
	memset(f, 0, sizeof(*f));
	for (size_t i = 0; i < n && i < 4; i++)
		f->segs[i] = part[i];
	f->nseg = n;
	f->type = F_TEXT;
	const char *a = part[0];
	static const char fields_plan[] = "title, year, currency";
	static const char fields_goal[] = "id, title";
	static const char fields_act[] =
		"id, title, responsible, schedule, quarters, budget.amount, budget.source, "
		"budget.text, status.qN.rating, status.qN.note, "
		"indicators.I.name|baseline|target|actual.qN";
	if (kind == T_PLAN) {
		if (n == 1 && (!strcmp(a, "title") || !strcmp(a, "currency")))
			return 0;
		if (n == 1 && !strcmp(a, "year")) {
			f->type = F_YEAR;
			return 0;
		}
		return path_err(s, err, path, "not a field of the plan; fields: %s", fields_plan);
	}
	if (n == 1 && !strcmp(a, "id")) {
		f->type = F_ID;
		return 0;
	}
	if (n == 1 && !strcmp(a, "title"))
		return 0;
	if (kind == T_GOAL)
		return path_err(s, err, path, "not a field of a goal; fields: %s", fields_goal);
	if (n == 1 && (!strcmp(a, "responsible") || !strcmp(a, "schedule")))
		return 0;
	if (n == 1 && !strcmp(a, "quarters")) {
		f->type = F_QUARTERS;
		return 0;
	}
	if (n == 2 && !strcmp(a, "budget")) {
		if (!strcmp(part[1], "amount")) {
			f->type = F_AMOUNT;
			return 0;
		}
		if (!strcmp(part[1], "source") || !strcmp(part[1], "text"))
			return 0;
	}
	if (n == 3 && !strcmp(a, "status") && is_quarter(part[1])) {
		if (!strcmp(part[2], "rating")) {
			f->type = F_RATING;
			return 0;
		}
		if (!strcmp(part[2], "note"))
			return 0;
	}
	if ((n == 3 || n == 4) && !strcmp(a, "indicators")) {
		char *end;
		unsigned long i = strtoul(part[1], &end, 10);
		struct yn *inds = yn_get(target, "indicators");
		size_t have = inds && inds->kind == YN_SEQ ? inds->n : 0;
		if (!*part[1] || *end)
			return path_err(s, err, path, "'%s' is not an indicator number", part[1]);
		if (i >= have)
			return have > 1 ? path_err(s, err, path, "the activity has %zu indicators, numbered 0 to %zu",
						   have, have - 1)
			       : have ? path_err(s, err, path, "the activity has one indicator, number 0")
				      : path_err(s, err, path, "the activity has no indicators");
		f->index = i;
		if (n == 3 && (!strcmp(part[2], "name") || !strcmp(part[2], "baseline") ||
			       !strcmp(part[2], "target")))
			return 0;
		if (n == 4 && !strcmp(part[2], "actual") && is_quarter(part[3]))
			return 0;
	}
	return path_err(s, err, path, "not a field of an activity; fields: %s", fields_act);
}

bool id_taken(const struct doc *d, const char *id, const struct yn *self)
{
	int kind;
	struct yn *n = doc_find(d, id, &kind);
	return n && n != self && kind != T_PLAN;
}

/* ---- values ---- */

static int parse_quarters(const char *v, unsigned *mask)
{
	*mask = 0;
	const char *p = v;
	while (*p) {
		if (*p == ' ' || *p == ',' || *p == '[' || *p == ']' || *p == 'q' || *p == 'Q') {
			p++;
			continue;
		}
		if (*p < '1' || *p > '4')
			return -1;
		int a = *p++ - '0', b = a;
		if (*p == '-') {
			p++;
			if (*p == 'q' || *p == 'Q')
				p++;
			if (*p < '1' || *p > '4')
				return -1;
			b = *p++ - '0';
			if (b < a)
				return -1;
		}
		for (int q = a; q <= b; q++)
			*mask |= 1u << (q - 1);
	}
	return 0;
}

/* Check value for f; fill canon with what is written as a number, or leave
 * it empty for text. */
static int check_value(struct session *s, const struct field *f, const char *path,
		       const char *val, const struct yn *target, struct sbuf *canon, struct tv_err *err)
{
	size_t bad = utf8_invalid_at(val, strlen(val));
	if (bad != (size_t)-1)
		return path_err(s, err, path, "the value is not valid UTF-8 (byte %zu)", bad + 1);
	switch (f->type) {
	case F_TEXT:
		return 0;
	case F_ID:
		if (!*val)
			return path_err(s, err, path, "an id must not be empty");
		if (id_taken(s->doc, val, target))
			return path_err(s, err, path, "id \"%s\" is already used", val);
		return 0;
	case F_YEAR:
	case F_AMOUNT: {
		char *end;
		long long n = strtoll(val, &end, 10);
		if (!*val || *end || (f->type == F_YEAR ? (n < 1 || n > 9999) : n < 0))
			return path_err(s, err, path, f->type == F_YEAR
					? "a year is a whole number from 1 to 9999, not '%s'"
					: "an amount is a whole number of at least 0, not '%s'", val);
		sbuf_addf(canon, "%lld", n);
		return 0;
	}
	case F_RATING:
		if (!*val)
			return 0;	/* clear */
		if (rating_parse(val) == RATING_NONE)
			return path_err(s, err, path, "unknown rating '%s': use 100, 70, 30, 0 or not-due", val);
		sbuf_adds(canon, rating_str(rating_parse(val)));
		return 0;
	case F_QUARTERS: {
		unsigned m;
		if (parse_quarters(val, &m))
			return path_err(s, err, path, "quarters are 1 to 4, as in 2,3 or 1-4, not '%s'", val);
		emit_quarters_flow(canon, m);
		return 0;
	}
	}
	return 0;
}

/* The spelling of a new value that replaces old (which may be NULL). */
/* ---- changes ---- */

static int reparse(struct session *s, struct tv_err *err)
{
	return step_reparse(s, err);
}

static int replace_scalar(struct session *s, struct yn *old, const char *val, bool number,
			  struct tv_err *err)
{
	struct sbuf b = SBUF_INIT;
	spell(s, &b, old, val, number);
	size_t start = old->start;
	bool block = old->style == YN_LITERAL || old->style == YN_FOLDED || b.buf[0] == '|';
	step_splice(s, start, old->end - start, b.buf, b.len);
	int rc = 0;
	if (block) {
		/* where a block scalar's span ends depends on the lines after
		 * it: let the parser say */
		rc = step_reparse(s, err);
	} else {
		int style = number ? YN_PLAIN
			  : b.buf[0] == '"' ? YN_DQUOTE : b.buf[0] == '\'' ? YN_SQUOTE : YN_PLAIN;
		doc_scalar_replaced(s->doc, old, val, strlen(val), style, start + b.len);
	}
	sbuf_free(&b);
	return rc;
}

/* Flow text of keys[i..n) nested around leaf: {k1: {k2: leaf}}. */
static int clear_rating(struct session *s, const char *id, const char *q, struct tv_err *err)
{
	int kind;
	struct yn *act = doc_find(s->doc, id, &kind);
	struct yn *st = yn_get(act, "status");
	struct yn *e = st && st->kind == YN_MAP ? yn_get(st, q) : NULL;
	if (!e || e->kind != YN_MAP || !yn_get(e, "rating"))
		return 0;
	struct yn *note = yn_get(e, "note");
	bool keep_entry = e->n > 4 || (note && note->len) || (!note && e->n > 2);
	if (keep_entry)
		return delete_key(s, e, key_index(e, "rating"), err);
	if (st->n > 2)
		return delete_key(s, st, key_index(st, q), err);
	return delete_key(s, act, key_index(act, "status"), err);
}

static int set_field(struct session *s, const char *id, const char *path, const char *val,
		     struct tv_err *err)
{
	int kind;
	struct yn *target = doc_find(s->doc, id, &kind);
	if (!target || target->kind != YN_MAP) {
		tv_err_set(err, s->doc->path, 0, 0, "no goal or activity has the id \"%s\"", id);
		return -1;
	}
	struct field f;
	char *buf = xmalloc(strlen(path) + 1);
	struct sbuf canon = SBUF_INIT;
	int rc = -1;
	if (resolve(s, kind, target, path, &f, buf, err) ||
	    check_value(s, &f, path, val, target, &canon, err))
		goto out;
	bool number = f.type != F_TEXT && f.type != F_ID;
	if (f.type == F_RATING && !*val) {
		rc = clear_rating(s, id, f.segs[1], err);
		goto out;
	}
	const char *leaf = number ? canon.buf : val;
	/* Walk down; indicators.I is a list index. */
	struct yn *cur = target;
	for (size_t i = 0; i < f.nseg; i++) {
		struct yn *next;
		if (cur->kind == YN_SEQ)
			next = cur->kids[f.index];
		else if (cur->kind == YN_MAP)
			next = yn_get(cur, f.segs[i]);
		else if (yn_is_null(cur))
			next = NULL;
		else {
			path_err(s, err, path, "'%s' is %s, not a mapping", f.segs[i - 1], yn_kind_name(cur));
			goto out;
		}
		if (!next) {
			/* Missing from here on: add it, spelled for a new file. */
			struct sbuf lb = SBUF_INIT;
			if (number)
				sbuf_adds(&lb, leaf);
			else
				emit_dq(&lb, leaf);
			rc = insert_key(s, cur, f.segs + i, f.nseg - i, lb.buf, err);
			sbuf_free(&lb);
			goto out;
		}
		cur = next;
	}
	if (f.type == F_QUARTERS || cur->kind != YN_SCALAR) {
		if (f.type != F_QUARTERS) {
			path_err(s, err, path, "holds %s, not a single value", yn_kind_name(cur));
			goto out;
		}
		unsigned mask;
		parse_quarters(val, &mask);
		if (cur->kind == YN_SEQ) {
			rc = set_quarters_list(s, cur, mask, err);
			goto out;
		}
		step_splice(s, cur->start, cur->end - cur->start, canon.buf, canon.len);
		rc = reparse(s, err);
		goto out;
	}
	if (cur->len == 0 && cur->style == YN_PLAIN) {
		/* An empty value ("key:" with nothing after it) has no bytes of
		 * its own; libyaml may place it anywhere up to the next token.
		 * Write the value right after the key's colon, then re-read. */
		struct yn *key = yn_key_of(s->doc, cur);
		struct sbuf b = SBUF_INIT;
		size_t at = key ? key->end : cur->start;
		while (at < s->doc->len && s->doc->src[at] != ':' && s->doc->src[at] != '\n')
			at++;
		if (at < s->doc->len && s->doc->src[at] == ':')
			at++;
		sbuf_addc(&b, ' ');
		spell(s, &b, NULL, leaf, number);
		size_t old_end = cur->end > at ? cur->end : at;
		/* keep what follows on the line (a comment, a closing brace) */
		size_t keep = at;
		while (keep < old_end && s->doc->src[keep] == ' ')
			keep++;
		step_splice(s, at, keep - at, b.buf, b.len);
		sbuf_free(&b);
		rc = reparse(s, err);
		goto out;
	}
	rc = 0;
	if (strcmp(cur->val, leaf) != 0 || cur->len != strlen(leaf))
		rc = replace_scalar(s, cur, leaf, number, err);
out:
	free(buf);
	sbuf_free(&canon);
	return rc;
}

static int follow_wording(struct session *s, const char *id, const char *path, const char *val,
			  struct tv_err *err);

int session_set_many(struct session *s, const char *id, size_t n, const char *const *paths,
		     const char *const *values, struct tv_err *err)
{
	if (s->read_only) {
		tv_err_set(err, s->doc->path, 0, 0, "the plan is open read-only");
		return -1;
	}
	/* Callers pass text borrowed from s->plan (the selected activity's
	 * id, its old note): an edit that re-reads the document frees it, so
	 * work on copies. */
	char *own_id = id ? xstrdup(id) : NULL;
	char **own = xcalloc(2 * n + 1, sizeof(*own));
	for (size_t i = 0; i < n; i++) {
		own[2 * i] = xstrdup(paths[i]);
		own[2 * i + 1] = xstrdup(values[i]);
	}
	int rc = 0;
	step_begin(s, n == 1 ? own[0] : "fields");
	for (size_t i = 0; i < n && rc == 0; i++) {
		/* an id changed by an earlier path is found under its new name */
		const char *cur_id = own_id;
		for (size_t j = 0; j < i; j++)
			if (!strcmp(own[2 * j], "id"))
				cur_id = own[2 * j + 1];
		rc = set_field(s, cur_id, own[2 * i], own[2 * i + 1], err);
	}
	/* wording that the numbers make stale, unless this edit sets it */
	for (size_t i = 0; i < n && rc == 0; i++) {
		const char *p = own[2 * i];
		const char *word = !strcmp(p, "quarters") ? "schedule"
				 : !strcmp(p, "budget.amount") ? "budget.text" : NULL;
		bool set_too = false;
		for (size_t j = 0; word && j < n; j++)
			set_too |= !strcmp(own[2 * j], word);
		if (!word || set_too)
			continue;
		const char *cur_id = own_id;
		for (size_t j = 0; j < n; j++)
			if (!strcmp(own[2 * j], "id"))
				cur_id = own[2 * j + 1];
		rc = follow_wording(s, cur_id, p, own[2 * i + 1], err);
	}
	if (rc)
		step_abort(s);
	else
		rc = step_commit(s, err);
	for (size_t i = 0; i < 2 * n; i++)
		free(own[i]);
	free(own);
	free(own_id);
	return rc;
}

int session_set(struct session *s, const char *id, const char *path, const char *value,
		struct tv_err *err)
{
	return session_set_many(s, id, 1, &path, &value, err);
}

/* ---- wording that follows the numbers ---- */

static bool has_cyrillic(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s == 0xD0 || (unsigned char)*s == 0xD1 || (unsigned char)*s == 0xD2 ||
		    (unsigned char)*s == 0xD3)
			return true;
	return false;
}

/*
 * The schedule wording of a set of quarters, in the seed's style:
 * "1-4 дүгээр улирал", "2,3 дугаар улирал", "2 дугаар улирал", "Тухай
 * бүр" for none; in English "Every quarter", "Quarters 2-3", "Quarter 2",
 * "As needed". The Mongolian ordinal suffix follows the last number
 * (1 and 4 take дүгээр, 2 and 3 дугаар).
 */
void schedule_wording(struct sbuf *out, unsigned mask, bool mongolian)
{
	int q[4], n = 0;
	for (int i = 1; i <= 4; i++)
		if (mask & (1u << (i - 1)))
			q[n++] = i;
	if (n == 0) {
		sbuf_adds(out, mongolian ? "Тухай бүр" : "As needed");
		return;
	}
	if (!mongolian && n == 4) {
		sbuf_adds(out, "Every quarter");
		return;
	}
	if (!mongolian)
		sbuf_adds(out, n == 1 ? "Quarter " : "Quarters ");
	bool run = n >= 3 && q[n - 1] - q[0] == n - 1;
	if (run) {
		sbuf_addf(out, "%d-%d", q[0], q[n - 1]);
	} else {
		for (int i = 0; i < n; i++)
			sbuf_addf(out, "%s%d", i ? "," : "", q[i]);
	}
	if (mongolian) {
		int last = q[n - 1];
		sbuf_adds(out, last == 1 || last == 4 ? " дүгээр улирал" : " дугаар улирал");
	}
}

/*
 * The budget wording of an amount, following the old wording: its number
 * of millions ("2,0 сая", "15,0 сая (Орон нутгийн төсөв)", "1.5 million")
 * is replaced, with the old decimal separator, and what follows it kept.
 * Wording without such a number is replaced whole: "2,5 сая" (or "2.5
 * million" when the old wording has no Cyrillic).
 */
void budget_wording(struct sbuf *out, const char *old, long long amount)
{
	const char *p = old;
	while (*p && (*p < '0' || *p > '9'))
		p++;
	const char *num = p;
	while ((*p >= '0' && *p <= '9') || ((*p == ',' || *p == '.') && p[1] >= '0' && p[1] <= '9'))
		p++;
	const char *after = p;
	while (*after == ' ')
		after++;
	bool millions = num != p && (!strncmp(after, "сая", strlen("сая")) ||
				     !strncmp(after, "million", 7));
	char sep = ',';
	if (millions) {
		const char *d = memchr(num, '.', (size_t)(p - num));
		sep = d ? '.' : ',';
	} else {
		sep = has_cyrillic(old) || !*old ? ',' : '.';
	}
	long long whole = amount / 1000000, rest = amount % 1000000;
	char frac[8];
	snprintf(frac, sizeof(frac), "%06lld", rest);
	int digits = 6;
	while (digits > 1 && frac[digits - 1] == '0')
		digits--;
	if (millions) {
		sbuf_add(out, old, (size_t)(num - old));
		sbuf_addf(out, "%lld%c%.*s", whole, sep, digits, frac);
		sbuf_adds(out, p);
	} else {
		sbuf_addf(out, "%lld%c%.*s %s", whole, sep, digits, frac,
			  has_cyrillic(old) || !*old ? "сая" : "million");
	}
}

/* After quarters or budget.amount changed (and the same edit did not set
 * the wording): rewrite wording that is present. */
static int follow_wording(struct session *s, const char *id, const char *path, const char *val,
			  struct tv_err *err)
{
	int kind;
	struct yn *act = doc_find(s->doc, id, &kind);
	if (!act || kind != T_ACT)
		return 0;
	struct sbuf w = SBUF_INIT;
	int rc = 0;
	if (!strcmp(path, "quarters")) {
		struct yn *sch = yn_get(act, "schedule");
		unsigned mask;
		if (sch && sch->kind == YN_SCALAR && sch->len && parse_quarters(val, &mask) == 0) {
			schedule_wording(&w, mask, has_cyrillic(sch->val));
			if (strcmp(w.buf, sch->val))
				rc = set_field(s, id, "schedule", w.buf, err);
		}
	} else {
		struct yn *b = yn_get(act, "budget");
		struct yn *t = b && b->kind == YN_MAP ? yn_get(b, "text") : NULL;
		if (t && t->kind == YN_SCALAR && t->len) {
			budget_wording(&w, t->val, strtoll(val, NULL, 10));
			if (strcmp(w.buf, t->val))
				rc = set_field(s, id, "budget.text", w.buf, err);
		}
	}
	sbuf_free(&w);
	return rc;
}
