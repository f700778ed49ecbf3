/*
 * export_json.c — the plan file as JSON, walked from the document's node
 * tree so every key, known or not, comes out in file order.
 *
 * The walk carries where it stands in the format (plan, goal, activity,
 * indicator, budget, status entry ...). At a known place the format decides
 * the type: its numbers become JSON numbers, its text fields strings even
 * when they look like numbers (id: 1.1). Anywhere else a plain scalar is
 * typed by YAML's core schema. See export.h for the full rule.
 */
#include "tolov/io/export.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/plan/emit.h"
#include "tolov/plan/schema.h"
#include "tolov/base/text.h"

/*
 * Where the walk stands: a place of the format (schema.h's enum sp), or a
 * typed leaf inside one.
 */
enum place {
	P_ANY = SP_NONE,	/* not a place the format defines */
	P_TEXT = SP_NONE + 1,	/* a text field */
	P_INT,			/* a whole number field */
	P_RATING,		/* status.qN.rating */
	P_GOALS,		/* a list of goals */
	P_ACTS,			/* a list of activities */
	P_INDS,			/* a list of indicators */
	P_QUARTERS,		/* quarters: whole numbers */
	P_ROOT = SP_PLAN,
};

/* The place of the value under key k in a mapping at place at. */
static enum place map_child(enum place at, const char *k)
{
	if (at == (enum place)SP_EXTRA)
		return P_TEXT;		/* extra: any key, text values */
	if (at >= (enum place)SP_NONE)
		return P_ANY;
	int q = schema_quarter_of(k);	/* the loader reads Q1 as q1 */
	if (q && (at == (enum place)SP_STATUS || at == (enum place)SP_ACTUAL))
		k = schema_quarter_key((enum sp)at, q);
	const struct schema_key *r = schema_find((enum sp)at, k);
	if (!r)
		return P_ANY;
	switch (r->type) {
	case ST_TEXT:
	case ST_ID:
		return P_TEXT;
	case ST_VERSION:
	case ST_YEAR:
	case ST_AMOUNT:
		return P_INT;
	case ST_RATING:
		return P_RATING;
	case ST_QUARTERS:
		return P_QUARTERS;
	case ST_MAP:
	case ST_EXTRA:
		return (enum place)r->child;
	case ST_LIST:
		return r->child == SP_GOAL ? P_GOALS : r->child == SP_ACT ? P_ACTS : P_INDS;
	}
	return P_ANY;
}

static enum place seq_item(enum place at)
{
	switch (at) {
	case P_GOALS: return (enum place)SP_GOAL;
	case P_ACTS: return (enum place)SP_ACT;
	case P_INDS: return (enum place)SP_IND;
	case P_QUARTERS: return P_INT;
	default: return P_ANY;
	}
}

static void json_string(struct sbuf *out, const char *s, size_t n)
{
	struct sbuf t = SBUF_INIT;
	text_sanitize(&t, s, n, true, true);
	sbuf_addc(out, '"');
	for (size_t i = 0; i < t.len; i++) {
		unsigned char c = (unsigned char)t.buf[i];
		if (c == '"' || c == '\\') {
			sbuf_addc(out, '\\');
			sbuf_addc(out, (char)c);
		} else if (c == '\n') {
			sbuf_adds(out, "\\n");
		} else if (c == '\t') {
			sbuf_adds(out, "\\t");
		} else if (c < 0x20) {
			sbuf_addf(out, "\\u%04x", c);
		} else {
			sbuf_addc(out, (char)c);
		}
	}
	sbuf_addc(out, '"');
	sbuf_free(&t);
}

static bool all_digits(const char *s, const char *end)
{
	if (s == end)
		return false;
	for (; s < end; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* Digits without leading zeros (one zero kept). */
static void add_digits(struct sbuf *out, const char *s, const char *end)
{
	while (s + 1 < end && *s == '0')
		s++;
	sbuf_add(out, s, (size_t)(end - s));
}

/*
 * A plain scalar read by YAML's core schema as int or float, written as a
 * JSON number. Returns false (nothing written) when it is neither.
 */
static bool yaml_number(struct sbuf *out, const char *s)
{
	const char *p = s;
	bool neg = false;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'o') && s[2]) {
		const char *digits = s[1] == 'x' ? "0123456789abcdefABCDEF" : "01234567";
		if (s[2 + strspn(s + 2, digits)] != '\0')
			return false;
		errno = 0;
		unsigned long long v = strtoull(s + 2, NULL, s[1] == 'x' ? 16 : 8);
		if (errno)
			return false;
		sbuf_addf(out, "%llu", v);
		return true;
	}
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	const char *ip = p;
	while (*p >= '0' && *p <= '9')
		p++;
	const char *ie = p, *fp = NULL, *fe = NULL;
	if (*p == '.') {
		fp = ++p;
		while (*p >= '0' && *p <= '9')
			p++;
		fe = p;
	}
	if (ie == ip && (!fp || fe == fp))
		return false;	/* no digits at all */
	const char *ep = NULL, *ee = NULL;
	if (*p == 'e' || *p == 'E') {
		ep = ++p;
		if (*p == '-' || *p == '+')
			p++;
		if (!all_digits(p, p + strspn(p, "0123456789")))
			return false;
		p += strspn(p, "0123456789");
		ee = p;
	}
	if (*p)
		return false;
	if (neg)
		sbuf_addc(out, '-');
	if (ie == ip)
		sbuf_addc(out, '0');
	else
		add_digits(out, ip, ie);
	if (fp && fe > fp) {
		sbuf_addc(out, '.');
		sbuf_add(out, fp, (size_t)(fe - fp));
	}
	if (ep) {
		sbuf_addc(out, 'e');
		sbuf_add(out, ep, (size_t)(ee - ep));
	}
	return true;
}

static void generic_scalar(struct sbuf *out, const struct yn *n)
{
	if (n->style == YN_PLAIN) {
		if (yn_is_null(n)) {
			sbuf_adds(out, "null");
			return;
		}
		if (yn_is(n, "true") || yn_is(n, "True") || yn_is(n, "TRUE")) {
			sbuf_adds(out, "true");
			return;
		}
		if (yn_is(n, "false") || yn_is(n, "False") || yn_is(n, "FALSE")) {
			sbuf_adds(out, "false");
			return;
		}
		char *s = yn_strdup(n);	/* a long value is not NUL-terminated */
		bool number = yaml_number(out, s);
		free(s);
		if (number)
			return;
	}
	json_string(out, n->val, n->len);
}

static void scalar(struct sbuf *out, const struct yn *n, enum place at)
{
	bool null = yn_is_null(n);
	switch (at) {
	case P_TEXT:
		if (null)
			sbuf_adds(out, "\"\"");
		else
			json_string(out, n->val, n->len);
		return;
	case P_INT: {
		char *s = yn_strdup(n), *end;	/* a long value is not NUL-terminated */
		errno = 0;
		long long v = strtoll(s, &end, 10);
		bool start = (*s >= '0' && *s <= '9') || ((*s == '-' || *s == '+') && s[1] >= '0' && s[1] <= '9');
		bool whole = !null && start && !errno && !*end;
		free(s);
		if (whole) {
			sbuf_addf(out, "%lld", v);
			return;
		}
		break;
	}
	case P_RATING: {
		char *s = yn_strdup(n);
		int r = null ? RATING_NONE : rating_parse(s);
		free(s);
		if (r != RATING_NONE) {
			sbuf_addf(out, r == RATING_NOT_DUE ? "\"%s\"" : "%s", rating_str(r));
			return;
		}
		break;
	}
	default:
		break;
	}
	generic_scalar(out, n);
}

static void indent(struct sbuf *out, int depth)
{
	for (int i = 0; i < depth; i++)
		sbuf_adds(out, "  ");
}

static void value(struct sbuf *out, const struct yn *n, enum place at, int depth)
{
	if (n->kind == YN_SCALAR) {
		scalar(out, n, at);
		return;
	}
	bool map = n->kind == YN_MAP;
	uint32_t step = map ? 2 : 1;
	if (n->n < step) {
		sbuf_adds(out, map ? "{}" : "[]");
		return;
	}
	sbuf_adds(out, map ? "{\n" : "[\n");
	for (uint32_t i = 0; i + step <= n->n; i += step) {
		indent(out, depth + 1);
		if (map) {
			const struct yn *k = n->kids[i];
			json_string(out, k->val, k->len);
			sbuf_adds(out, ": ");
			value(out, n->kids[i + 1], map_child(at, k->val), depth + 1);
		} else {
			value(out, n->kids[i], seq_item(at), depth + 1);
		}
		sbuf_adds(out, i + step < n->n ? ",\n" : "\n");
	}
	indent(out, depth);
	sbuf_adds(out, map ? "}" : "]");
}

int export_json(struct sbuf *out, const struct plan *p, struct tv_err *err)
{
	if (p->doc && p->doc->root) {
		value(out, p->doc->root, P_ROOT, 0);
		sbuf_addc(out, '\n');
		return 0;
	}
	/* An imported plan has no nodes: write it as tolov writes files and
	 * export that, so both kinds of plan give the same JSON. */
	struct sbuf y = SBUF_INIT;
	emit_plan(&y, p);
	size_t len = y.len;
	char *src = sbuf_detach(&y);
	struct doc *d;
	if (doc_from_buffer(&d, "(plan)", src ? src : xstrdup(""), len, err))
		return -1;
	if (!d->root) {
		sbuf_adds(out, "null\n");
	} else {
		value(out, d->root, P_ROOT, 0);
		sbuf_addc(out, '\n');
	}
	doc_free(d);
	return 0;
}
