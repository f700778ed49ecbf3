/*
 * schema.c — the table of the plan format's keys (schema.h) and what is
 * derived from it: lookups, key order, set paths and value checks.
 */
#include "tolov/plan/schema.h"

#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/plan/plan.h"
#include "tolov/base/text.h"

/*
 * Header names of plan tables, for `tolov import` (its rules are in
 * include/tolov/io/import.h; the import owns this content). Lower case.
 * A name matches where it starts a word of the header cell (the earliest
 * match in a cell wins, the longest at one place); "=name" matches the
 * whole cell only; "*name" matches the end of the cell.
 */
static const char *const ih_activity[] = {
	"=хэрэгжүүлэх арга хэмжээ", "=арга хэмжээ", "=activity", "=activities",
	"хэрэгжүүлэх арга хэмжээ", "арга хэмжээ", "үйл ажиллагаа", "стратеги", "хөтөлбөр",
	"ажлын нэр", "activit", "action", "measure", NULL,
};
static const char *const ih_indicator[] = {
	"шалгуур", "үзүүлэлт", "гүйцэтгэлийн шалгуур", "гүйцэтгэл үзүүлэлт", "indicator", "kpi",
	NULL,
};
static const char *const ih_baseline[] = { "суурь", "baseline", NULL };
static const char *const ih_target[] = { "хүрэх", "зорилтот", "target", NULL };
static const char *const ih_budget[] = {
	"төсөв", "шаардагдах хөрөнгө", "зардал", "санхүүжилт", "budget", "cost", "funding", NULL,
};
static const char *const ih_source[] = {
	"эх үүсвэр", "санхүүгийн эх үүсвэр", "source", "funding source", NULL,
};
static const char *const ih_schedule[] = {
	"хугацаа", "schedule", "timeline", "deadline", "timeframe", "time frame", NULL,
};
static const char *const ih_responsible[] = {
	"хариуц", "хэрэгжүүлэгч", "responsib", "implementer", "owner", NULL,
};
static const char *const ih_unit[] = { "хэмжих нэгж", "unit of measure", NULL };
static const char *const ih_number[] = {
	"=№", "=д/д", "=д.д", "=№ д/д", "=no", "=no.", "=#", "=n", "=№/№", "=д/д №", NULL,
};
static const char *const ih_goal[] = {
	"*зорилт", "*зорилтууд", "=goal", "=goals", "=objective", "=strategic objective", NULL,
};
static const char *const ih_actual[] = {
	"хүрсэн түвшин", "хүрсэн", "гүйцэтгэл", "хэрэгжилт", "биелэлт", "achieved", "actual",
	NULL,
};
static const char *const ih_rating[] = {
	"үнэлгээ", "гүйцэтгэлийн хувь", "хэрэгжилтийн хувь", "биелэлтийн хувь", "rating", "score",
	NULL,
};
#define IMPORT_HEADERS(id)                                                   \
	((id) == SK_ACT_TITLE ? ih_activity : (id) == SK_IND_NAME ? ih_indicator :     \
	 (id) == SK_BASELINE ? ih_baseline : (id) == SK_TARGET ? ih_target :           \
	 (id) == SK_BUDGET ? ih_budget : (id) == SK_SOURCE ? ih_source :               \
	 (id) == SK_SCHEDULE ? ih_schedule : (id) == SK_ACT_RESP ? ih_responsible :    \
	 (id) == SK_UNIT ? ih_unit : (id) == SK_ACT_ID ? ih_number :                   \
	 (id) == SK_GOAL_TITLE ? ih_goal : (id) == SK_ACTUAL ? ih_actual :             \
	 (id) == SK_RATING ? ih_rating : NULL)

#define PANEL(part, rank, lines, when) { (part), (rank), (lines), (when) }
#define NOPANEL { PNL_NONE, 0, 0, PW_ALWAYS }
#define FIELD(type, member) offsetof(struct type, member)
#define NOFIELD SCHEMA_NO_FIELD

static const struct schema_key table[] = {
#define SCHEMA_ROW(id, parent, key, type, child, req, set, label, brief, col, panel, field) \
	{ id, parent, key, type, child, req, set, label, brief, col, panel, field, IMPORT_HEADERS(id) },
	SCHEMA_KEYS(SCHEMA_ROW)
#undef SCHEMA_ROW
};

_Static_assert(sizeof(table) / sizeof(*table) == SK__COUNT, "one row per key");

/* A text row's FIELD is a const char * (schema_text reads it so). */
#define TEXT_FIELD(type, member) _Generic(((struct type *)0)->member, const char *: 1, default: 0)
#define TEXT_NOFIELD 1
#define CHECK_TEXT_FIELD(id, parent, key, type, child, req, set, label, brief, col, panel, field) \
	_Static_assert(((type) != ST_TEXT && (type) != ST_ID) || TEXT_##field, #id ": text in the model");
SCHEMA_KEYS(CHECK_TEXT_FIELD)
#undef CHECK_TEXT_FIELD

const struct schema_key *schema_key(enum sk id)
{
	return &table[id];
}

const struct schema_key *schema_at(size_t i)
{
	return i < SK__COUNT ? &table[i] : NULL;
}

const struct schema_key *schema_find(enum sp parent, const char *key)
{
	for (size_t i = 0; i < SK__COUNT; i++)
		if (table[i].parent == parent && strcmp(table[i].key, key) == 0)
			return &table[i];
	return NULL;
}

int schema_order(enum sp parent, const char *key)
{
	int pos = 0;
	for (size_t i = 0; i < SK__COUNT; i++) {
		if (table[i].parent != parent)
			continue;
		if (strcmp(table[i].key, key) == 0)
			return pos;
		pos++;
	}
	return -1;
}

const char *schema_quarter_key(enum sp parent, int q)
{
	if (q < 1 || q > NQ)
		return NULL;
	return parent == SP_ACTUAL ? table[SK_ACTUAL_Q1 + q - 1].key : table[SK_STATUS_Q1 + q - 1].key;
}

int schema_quarter_of(const char *k)
{
	if ((k[0] == 'q' || k[0] == 'Q') && k[1] >= '1' && k[1] <= '4' && !k[2])
		return k[1] - '0';
	return 0;
}

static bool quarter_row(const struct schema_key *r)
{
	return r->parent == SP_STATUS || r->parent == SP_ACTUAL;
}

const struct schema_key *schema_quarter_row(enum sp place, int q)
{
	for (size_t i = 0; i < SK__COUNT; i++)
		if (table[i].parent == place && quarter_row(&table[i]) &&
		    schema_quarter_of(table[i].key) == q)
			return &table[i];
	return NULL;
}

/* ---- the model's values ---- */

const char *schema_text(const struct schema_key *r, const void *item)
{
	if (r->field == SCHEMA_NO_FIELD || (r->type != ST_TEXT && r->type != ST_ID))
		return "";
	const char *s = *(const char *const *)(const void *)((const char *)item + r->field);
	return s ? s : "";
}

const struct extra *schema_extra(const struct schema_key *r, const void *item)
{
	return (const struct extra *)(const void *)((const char *)item + r->field);
}

size_t schema_panel_rows(unsigned part, const struct schema_key **out)
{
	size_t n = 0;
	for (unsigned rank = 0; rank <= UCHAR_MAX; rank++)
		for (size_t i = 0; i < SK__COUNT; i++)
			if ((table[i].panel.part & part) && table[i].panel.rank == rank)
				out[n++] = &table[i];
	return n;
}

/* ---- set paths ---- */

void schema_path_free(struct schema_path *p)
{
	free(p->buf);
	p->buf = NULL;
}

enum schema_resolve_err schema_resolve(enum sp item, const char *path, struct schema_path *out)
{
	memset(out, 0, sizeof(*out));
	out->buf = xstrdup(path);
	for (char *p = out->buf;;) {
		if (out->nseg == SCHEMA_PATH_MAX)
			return SR_NOT_A_FIELD;
		out->seg[out->nseg++] = p;
		char *dot = strchr(p, '.');
		if (!dot)
			break;
		*dot = '\0';
		/* what follows extra. is one key, dots and all */
		if (!strcmp(p, K(SK_ACT_EXTRA))) {
			if (out->nseg == SCHEMA_PATH_MAX)
				return SR_NOT_A_FIELD;
			out->seg[out->nseg++] = dot + 1;
			break;
		}
		p = dot + 1;
	}
	enum sp place = item;
	for (size_t i = 0; i < out->nseg; i++) {
		const struct schema_key *r = schema_find(place, out->seg[i]);
		if (!r)
			return SR_NOT_A_FIELD;
		if (quarter_row(r))
			out->quarter = schema_quarter_of(r->key);
		bool last = i + 1 == out->nseg;
		switch (r->type) {
		case ST_LIST:
			if (r->child != SP_IND || last)
				return SR_NOT_A_FIELD;
			i++;
			char *end;
			errno = 0;
			unsigned long n = strtoul(out->seg[i], &end, 10);
			if (!*out->seg[i] || *end || out->seg[i][0] == '-' || out->seg[i][0] == '+' ||
			    errno)
				return SR_BAD_INDEX;
			out->has_index = true;
			out->index = n;
			out->index_seg = i;
			place = r->child;
			if (i + 1 == out->nseg)
				return SR_NOT_A_FIELD;
			break;
		case ST_MAP:
			if (last)
				return SR_NOT_A_FIELD;
			place = r->child;
			break;
		case ST_EXTRA:
			/* extra.KEY: a text field of any name but "" */
			if (last || !*out->seg[i + 1])
				return SR_NOT_A_FIELD;
			out->leaf = r;
			out->extra_key = out->seg[i + 1];
			return SR_OK;
		default:
			if (!last || !r->settable)
				return SR_NOT_A_FIELD;
			out->leaf = r;
			return SR_OK;
		}
	}
	return SR_NOT_A_FIELD;
}

/* Settable paths under place, relative, in table order; quarter maps
 * written once as qN, lists of indicators as I. compress joins an
 * indicator's leaves as "indicators.I.a|b|c" (for people). */
static void walk(enum sp place, const char *prefix, bool compress, const char *sep,
		 struct sbuf *out, void (*emit)(struct sbuf *, const char *, const struct schema_key *,
						const char *))
{
	for (size_t i = 0; i < SK__COUNT; i++) {
		const struct schema_key *r = &table[i];
		if (r->parent != place)
			continue;
		if (quarter_row(r) && r->id != SK_STATUS_Q1 && r->id != SK_ACTUAL_Q1)
			continue;
		const char *key = quarter_row(r) ? "qN" : r->key;
		char *path = r->type == ST_EXTRA ? xasprintf("%s%s.%s", prefix, key, SCHEMA_EXTRA_KEY)
						 : xasprintf("%s%s", prefix, key);
		if (r->type == ST_MAP) {
			char *sub = xasprintf("%s.", path);
			walk(r->child, sub, compress, sep, out, emit);
			free(sub);
		} else if (r->type == ST_LIST && r->child == SP_IND) {
			if (compress) {
				struct sbuf inner = SBUF_INIT;
				walk(r->child, "", false, "|", &inner, NULL);
				if (out->len)
					sbuf_adds(out, sep);
				sbuf_addf(out, "%s.I.%s", path, inner.buf ? inner.buf : "");
				sbuf_free(&inner);
			} else {
				char *sub = xasprintf("%s.I.", path);
				walk(r->child, sub, compress, sep, out, emit);
				free(sub);
			}
		} else if (r->settable || r->type == ST_EXTRA) {
			if (emit) {
				emit(out, path, r, sep);
			} else {
				if (out->len)
					sbuf_adds(out, sep);
				sbuf_adds(out, path);
			}
		}
		free(path);
	}
}

/* The row whose value is a mapping (or list items) at place. */
static const struct schema_key *owner_of(enum sp place, int q)
{
	for (size_t i = 0; i < SK__COUNT; i++) {
		if (table[i].child != place || table[i].type == ST_EXTRA)
			continue;
		if (quarter_row(&table[i]) && q >= 1 && q <= NQ)
			return &table[i + (size_t)(q - 1) - (size_t)(schema_quarter_of(table[i].key) - 1)];
		return &table[i];
	}
	return NULL;
}

void schema_set_path(struct sbuf *out, enum sk leaf, size_t index, int q)
{
	const char *part[2 * SCHEMA_PATH_MAX];
	char num[32];
	size_t n = 0;
	const struct schema_key *r = &table[leaf];
	if (quarter_row(r) && q >= 1 && q <= NQ)
		r = &table[leaf + (size_t)(q - 1) - (size_t)(schema_quarter_of(r->key) - 1)];
	part[n++] = r->key;
	for (enum sp place = r->parent; place != SP_PLAN && place != SP_GOAL && place != SP_ACT;) {
		const struct schema_key *o = owner_of(place, q);
		if (!o || n + 2 > sizeof(part) / sizeof(*part))
			break;
		if (o->type == ST_LIST) {
			snprintf(num, sizeof num, "%zu", index);
			part[n++] = num;
		}
		part[n++] = o->key;
		place = o->parent;
	}
	while (n--)
		sbuf_addf(out, "%s%s", part[n], n ? "." : "");
}

void schema_paths(enum sp item, struct sbuf *out)
{
	struct sbuf b = SBUF_INIT;
	walk(item, "", true, ", ", &b, NULL);
	sbuf_adds(out, b.buf ? b.buf : "");
	sbuf_free(&b);
}

static void wrapped(struct sbuf *out, int indent, size_t width, const char *head, const char *list)
{
	size_t col = (size_t)indent;
	for (int i = 0; i < indent; i++)
		sbuf_addc(out, ' ');
	sbuf_adds(out, head);
	col += text_width(head, strlen(head));
	for (const char *p = list; *p;) {
		const char *end = strstr(p, ", ");
		size_t n = end ? (size_t)(end - p) + 1 : strlen(p);	/* with its comma */
		if (col + 1 + n > width && col > (size_t)indent + 8) {
			sbuf_addc(out, '\n');
			for (int i = 0; i < indent + 2; i++)
				sbuf_addc(out, ' ');
			col = (size_t)indent + 2;
		} else {
			sbuf_addc(out, ' ');
			col++;
		}
		sbuf_add(out, p, n);
		col += n;
		p += n;
		while (*p == ' ')
			p++;
	}
	sbuf_addc(out, '\n');
}

void schema_set_help(struct sbuf *out, int indent, size_t width)
{
	struct sbuf b = SBUF_INIT;
	schema_paths(SP_ACT, &b);
	wrapped(out, indent, width, tr(M_SET_HELP_ACT), b.buf);
	sbuf_reset(&b);
	schema_paths(SP_GOAL, &b);
	wrapped(out, indent, width, tr(M_SET_HELP_GOAL), b.buf);
	sbuf_free(&b);
	for (int i = 0; i < indent; i++)
		sbuf_addc(out, ' ');
	sbuf_addf(out, "%s\n", tr(M_SET_HELP_INDEX));
	for (int i = 0; i < indent; i++)
		sbuf_addc(out, ' ');
	sbuf_addf(out, "%s\n", tr(M_SET_HELP_EXTRA));
}

static const char *type_name(enum st t)
{
	switch (t) {
	case ST_ID: return "id";
	case ST_YEAR: return "year";
	case ST_AMOUNT: return "amount";
	case ST_RATING: return "rating";
	case ST_QUARTERS: return "quarters";
	case ST_EXTRA: return "extra";
	default: return "text";
	}
}

static const char *item_name;

static void table_line(struct sbuf *out, const char *path, const struct schema_key *r, const char *sep)
{
	(void)sep;
	sbuf_addf(out, "%s\t%s\t%s\n", item_name, path, type_name(r->type));
}

void schema_path_table(struct sbuf *out)
{
	static const struct { enum sp place; const char *name; } items[] = {
		{ SP_PLAN, "plan" }, { SP_GOAL, "goal" }, { SP_ACT, "activity" },
	};
	for (size_t i = 0; i < 3; i++) {
		item_name = items[i].name;
		walk(items[i].place, "", false, "", out, table_line);
	}
}

/* ---- values ---- */

/* Each check sets *why (when not NULL) to an error without a position:
 * the loader places it at the value's node, `set` at its path
 * (tv_err_place), so a bad value reads the same from both. */

int schema_check_quarter(const char *val, unsigned *mask, struct tv_err *why)
{
	long long q;
	if (!parse_whole(val, &q) || q < 1 || q > NQ) {
		tv_err_at(why, NULL, 0, 0, M_E_QUARTER_VALUE, "%s", val);
		return -1;
	}
	if (*mask & (1u << (q - 1))) {
		tv_err_at(why, NULL, 0, 0, M_E_QUARTER_TWICE, "%lld", q);
		return -1;
	}
	*mask |= 1u << (q - 1);
	return 0;
}

static bool quarters_sep(char c)
{
	return c == ' ' || c == ',' || c == '[' || c == ']';
}

/* The quarters as `set` takes them: numbers or ranges (a-b), each may be
 * written qN, separated by commas or spaces, in brackets or not. */
static int check_quarters(const char *val, unsigned *mask, struct tv_err *why)
{
	*mask = 0;
	for (const char *p = val; *p;) {
		if (quarters_sep(*p)) {
			p++;
			continue;
		}
		const char *end = p;
		while (*end && !quarters_sep(*end))
			end++;
		char *tok = xstrndup(p, (size_t)(end - p));
		char *dash = strchr(tok + 1, '-');
		if (dash)
			*dash = '\0';
		const char *a = tok[0] == 'q' || tok[0] == 'Q' ? tok + 1 : tok;
		const char *b = dash ? (dash[1] == 'q' || dash[1] == 'Q' ? dash + 2 : dash + 1) : NULL;
		int rc;
		if (!b) {
			rc = schema_check_quarter(a, mask, why);
		} else {
			unsigned ma = 0, mb = 0;
			rc = schema_check_quarter(a, &ma, why);
			if (!rc)
				rc = schema_check_quarter(b, &mb, why);
			if (!rc && mb < ma) {
				if (dash)
					*dash = '-';
				tv_err_at(why, NULL, 0, 0, M_E_QUARTERS_VALUE, "%s", tok);
				rc = -1;
			}
			for (unsigned bit = ma; !rc && bit <= mb; bit <<= 1) {
				if (*mask & bit) {
					tv_err_at(why, NULL, 0, 0, M_E_QUARTER_TWICE, "%lld",
						  (long long)__builtin_ctz(bit) + 1);
					rc = -1;
				}
				*mask |= bit;
			}
		}
		free(tok);
		if (rc)
			return -1;
		p = end;
	}
	return 0;
}

int schema_parse_quarters(const char *v, unsigned *mask)
{
	return check_quarters(v, mask, NULL);
}

int schema_check(enum st type, const char *val, struct schema_value *out, struct sbuf *canon,
		 struct tv_err *why)
{
	struct schema_value v = { 0, 0, RATING_NONE };
	switch (type) {
	case ST_TEXT:
		break;
	case ST_ID:
		if (!*val) {
			tv_err_at(why, NULL, 0, 0, M_E_ID_EMPTY, TV_NOARGS);
			return -1;
		}
		break;
	case ST_VERSION:
		if (!parse_whole(val, &v.n)) {
			tv_err_at(why, NULL, 0, 0, M_E_WHOLE_NOT_VALUE, "%s%s", K(SK_TOLOV), val);
			return -1;
		}
		if (v.n != 1) {
			tv_err_at(why, NULL, 0, 0, M_E_FORMAT_VERSION, "%lld", v.n);
			return -1;
		}
		break;
	case ST_YEAR:
		if (!parse_whole(val, &v.n) || v.n < 1 || v.n > 9999) {
			tv_err_at(why, NULL, 0, 0, M_E_YEAR_VALUE, "%s", val);
			return -1;
		}
		break;
	case ST_AMOUNT:
		if (!parse_whole(val, &v.n) || v.n < 0) {
			tv_err_at(why, NULL, 0, 0, M_E_AMOUNT_VALUE, "%s", val);
			return -1;
		}
		if (v.n > SCHEMA_AMOUNT_MAX) {
			tv_err_at(why, NULL, 0, 0, M_E_AMOUNT_TOO_BIG, "%lld%s", SCHEMA_AMOUNT_MAX, val);
			return -1;
		}
		break;
	case ST_RATING:
		if (*val && (v.rating = rating_parse(val)) == RATING_NONE) {
			tv_err_at(why, NULL, 0, 0, M_E_RATING_UNKNOWN, "%s", val);
			return -1;
		}
		break;
	case ST_QUARTERS:
		if (check_quarters(val, &v.quarters, why))
			return -1;
		break;
	default:
		tv_err_at(why, NULL, 0, 0, M_E_NOT_SINGLE_VALUE, TV_NOARGS);
		return -1;
	}
	if (out)
		*out = v;
	if (!canon)
		return 0;
	switch (type) {
	case ST_VERSION:
	case ST_YEAR:
	case ST_AMOUNT:
		sbuf_addf(canon, "%lld", v.n);
		break;
	case ST_RATING:
		if (*val)
			sbuf_adds(canon, rating_str(v.rating));
		break;
	case ST_QUARTERS: {
		sbuf_addc(canon, '[');
		const char *sep = "";
		for (int q = 1; q <= NQ; q++) {
			if (v.quarters & (1u << (q - 1))) {
				sbuf_addf(canon, "%s%d", sep, q);
				sep = ", ";
			}
		}
		sbuf_addc(canon, ']');
		break;
	}
	default:
		break;
	}
	return 0;
}
