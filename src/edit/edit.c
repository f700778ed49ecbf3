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
#include <strings.h>

#include "edit_impl.h"
#include "session_impl.h"
#include "tolov/plan/emit.h"
#include "tolov/base/text.h"
#include "tolov/plan/schema.h"

struct field {
	struct schema_path sp;	/* the path's keys (the indicator number among them) */
	const char **segs;
	size_t nseg;
	size_t index;		/* indicator index */
	enum st type;		/* an extra.KEY is text */
	const char *extra_key;	/* extra.KEY: KEY; else NULL */
};

/* ---- paths ---- */

/* Error m (shape and arguments as for tv_err_at) about the set path
 * `path`: "FILE: error: PATH: MESSAGE". */
static int path_err(struct session *s, struct tv_err *err, const char *path, enum msg m,
		    const char *shape, ...) __attribute__((format(printf, 5, 6)));
static int path_err(struct session *s, struct tv_err *err, const char *path, enum msg m,
		    const char *shape, ...)
{
	va_list ap;
	va_start(ap, shape);
	tv_diag_vat(err, TV_ERROR, NULL, 0, 0, m, shape, ap);
	va_end(ap);
	tv_err_place(err, s->doc->path, 0, 0, path);
	return -1;
}

/* The kind of node v in the current language, for messages that name it. */
static const char *kind_word(const struct yn *v)
{
	return tr(v->kind == YN_MAP ? M_KIND_MAP : v->kind == YN_SEQ ? M_KIND_LIST : M_KIND_TEXT);
}

/* Look path up in the schema under the item target (kind T_PLAN, T_GOAL or
 * T_ACT); f->sp is filled either way and freed by the caller. */
static int resolve(struct session *s, int kind, const struct yn *target, const char *path,
		   struct field *f, struct tv_err *err)
{
	enum sp item = kind == T_PLAN ? SP_PLAN : kind == T_GOAL ? SP_GOAL : SP_ACT;
	enum msg not_field = kind == T_PLAN ? M_E_NOT_FIELD_PLAN
			     : kind == T_GOAL ? M_E_NOT_FIELD_GOAL : M_E_NOT_FIELD_ACT;
	enum schema_resolve_err r = schema_resolve(item, path, &f->sp);
	f->segs = f->sp.seg;
	f->nseg = f->sp.nseg;
	f->index = f->sp.index;
	if (r == SR_BAD_INDEX)
		return path_err(s, err, path, M_E_NOT_IND_NUMBER, "%s",
					f->sp.seg[f->sp.index_seg]);
	if (r != SR_OK) {
		struct sbuf fields = SBUF_INIT;
		schema_paths(item, &fields);
		path_err(s, err, path, not_field, "%s", fields.buf);
		sbuf_free(&fields);
		return -1;
	}
	f->type = f->sp.leaf->type == ST_EXTRA ? ST_TEXT : f->sp.leaf->type;
	f->extra_key = f->sp.extra_key;
	if (f->sp.has_index) {
		bool goal = kind == T_GOAL;
		struct yn *inds = yn_get(target, f->segs[f->sp.index_seg - 1]);
		size_t have = inds && inds->kind == YN_SEQ ? inds->n : 0;
		if (f->index >= have)
			return have > 1 ? path_err(s, err, path, goal ? M_E_GOAL_N_INDS : M_E_ACT_N_INDS,
						   "%zu%zu", have, have - 1)
			       : have ? path_err(s, err, path, goal ? M_E_GOAL_ONE_IND : M_E_ACT_ONE_IND,
						 TV_NOARGS)
				      : path_err(s, err, path, goal ? M_E_GOAL_NO_INDS : M_E_ACT_NO_INDS,
						 TV_NOARGS);
	}
	return 0;
}

bool id_taken(const struct doc *d, const char *id, const struct yn *self)
{
	int kind;
	struct yn *n = doc_find(d, id, &kind);
	return n && n != self && kind != T_PLAN;
}

/* ---- values ---- */

/* Check value for f; fill canon with what is written as a number, or leave
 * it empty for text. */
static int check_value(struct session *s, const struct field *f, const char *path,
		       const char *val, const struct yn *target, struct sbuf *canon, struct tv_err *err)
{
	size_t bad = utf8_invalid_at(val, strlen(val));
	if (bad != (size_t)-1)
		return path_err(s, err, path, M_E_VALUE_UTF8, "%zu", bad + 1);
	if (schema_check(f->type, val, NULL, canon, err)) {
		tv_err_place(err, s->doc->path, 0, 0, path);
		return -1;
	}
	if (f->type == ST_ID && id_taken(s->doc, val, target))
		return path_err(s, err, path, M_E_ID_USED, "%s", val);
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
	edit_spell(s, &b, old, val, number);
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
		step_tree_current(s);
	}
	sbuf_free(&b);
	return rc;
}

/* Flow text of keys[i..n) nested around leaf: {k1: {k2: leaf}}. */
static int clear_rating(struct session *s, const char *id, const char *q, struct tv_err *err)
{
	int kind;
	struct yn *act = doc_find(s->doc, id, &kind);
	struct yn *st = yn_get(act, K(SK_STATUS));
	struct yn *e = st && st->kind == YN_MAP ? yn_get(st, q) : NULL;
	if (!e || e->kind != YN_MAP || !yn_get(e, K(SK_RATING)))
		return 0;
	struct yn *note = yn_get(e, K(SK_NOTE));
	bool keep_entry = e->n > 4 || (note && note->len) || (!note && e->n > 2);
	if (keep_entry)
		return delete_key(s, e, key_index(e, K(SK_RATING)), err);
	if (st->n > 2)
		return delete_key(s, st, key_index(st, q), err);
	return delete_key(s, act, key_index(act, K(SK_STATUS)), err);
}

/* The spelling of a new key of an extra mapping in the style of its
 * siblings in map (NULL: none): quoted as they are quoted, else plain
 * where YAML reads it back as the same text, else double-quoted. */
static void spell_extra_key(struct sbuf *out, const struct yn *map, const char *key)
{
	int style = YN_PLAIN;
	for (uint32_t i = 0; map && map->kind == YN_MAP && i + 1 < map->n; i += 2)
		if (map->kids[i]->style == YN_DQUOTE || map->kids[i]->style == YN_SQUOTE)
			style = map->kids[i]->style;
	if (style == YN_SQUOTE && emit_sq_ok(key))
		emit_sq(out, key);
	else if (style == YN_PLAIN && emit_plain_ok(key))
		sbuf_adds(out, key);
	else
		emit_dq(out, key);
}

/* extra.KEY set to "": the pair goes, and the extra mapping with it when
 * it held nothing else. No such key: nothing changes. */
static int clear_extra(struct session *s, struct yn *target, const struct field *f,
		       struct tv_err *err)
{
	struct yn *item = target;
	if (f->sp.has_index) {
		struct yn *inds = yn_get(target, f->segs[f->sp.index_seg - 1]);
		item = inds->kids[f->index];
	}
	const char *extra = f->segs[f->nseg - 2];
	struct yn *map = item->kind == YN_MAP ? yn_get(item, extra) : NULL;
	uint32_t i = map && map->kind == YN_MAP ? key_index(map, f->extra_key) : UINT32_MAX;
	if (i == UINT32_MAX)
		return 0;
	if (map->n == 2)
		return delete_key(s, item, key_index(item, extra), err);
	return delete_key(s, map, i, err);
}

static int set_field(struct session *s, const char *id, const char *path, const char *val,
		     struct tv_err *err)
{
	int kind;
	struct yn *target = doc_find(s->doc, id, &kind);
	if (!target || target->kind != YN_MAP) {
		tv_err_at(err, s->doc->path, 0, 0, M_EDIT_NO_SUCH_ITEM, "%s", id);
		return -1;
	}
	struct field f;
	struct sbuf canon = SBUF_INIT;
	int rc = -1;
	if (resolve(s, kind, target, path, &f, err) ||
	    check_value(s, &f, path, val, target, &canon, err))
		goto out;
	bool number = f.type != ST_TEXT && f.type != ST_ID;
	if (f.type == ST_RATING && !*val) {
		rc = clear_rating(s, id, f.segs[1], err);
		goto out;
	}
	if (f.extra_key && !*val) {
		rc = clear_extra(s, target, &f, err);
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
			path_err(s, err, path, M_E_NOT_A_MAPPING, "%s%s", f.segs[i - 1], kind_word(cur));
			goto out;
		}
		if (!next) {
			/* Missing from here on: add it, spelled for a new file. */
			struct sbuf lb = SBUF_INIT, kb = SBUF_INIT;
			if (number)
				sbuf_adds(&lb, leaf);
			else
				emit_dq(&lb, leaf);
			const char *keys[SCHEMA_PATH_MAX];
			for (size_t k = i; k < f.nseg; k++)
				keys[k - i] = f.segs[k];
			if (f.extra_key) {
				/* a new further column, its key spelled as its siblings' */
				spell_extra_key(&kb, i + 1 == f.nseg ? cur : NULL, f.extra_key);
				keys[f.nseg - 1 - i] = kb.buf;
			}
			rc = insert_key(s, cur, keys, f.nseg - i, lb.buf, err);
			sbuf_free(&lb);
			sbuf_free(&kb);
			goto out;
		}
		cur = next;
	}
	if (f.type == ST_QUARTERS || cur->kind != YN_SCALAR) {
		if (f.type != ST_QUARTERS) {
			path_err(s, err, path, M_E_NOT_SINGLE, "%s", kind_word(cur));
			goto out;
		}
		unsigned mask;
		schema_parse_quarters(val, &mask);
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
		edit_spell(s, &b, NULL, leaf, number);
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
	if (!yn_is(cur, leaf))
		rc = replace_scalar(s, cur, leaf, number, err);
out:
	schema_path_free(&f.sp);
	sbuf_free(&canon);
	return rc;
}

static int follow_wording(struct session *s, const char *id, const char *path, const char *val,
			  struct tv_err *err);

int session_set_many(struct session *s, const char *id, size_t n, const char *const *paths,
		     const char *const *values, struct tv_err *err)
{
	if (s->read_only) {
		tv_err_at(err, s->doc->path, 0, 0, M_E_READ_ONLY, TV_NOARGS);
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
	step_begin(s, n == 1 ? own[0] : tr(M_STEP_FIELDS));
	step_item(s, own_id, NULL, SIZE_MAX);	/* undo and redo select it */
	for (size_t i = 0; i < n && rc == 0; i++) {
		/* an id changed by an earlier path is found under its new name */
		const char *cur_id = own_id;
		for (size_t j = 0; j < i; j++)
			if (!strcmp(own[2 * j], K(SK_ACT_ID)))
				cur_id = own[2 * j + 1];
		rc = set_field(s, cur_id, own[2 * i], own[2 * i + 1], err);
	}
	/* wording that the numbers make stale, unless this edit sets it */
	struct sbuf amount = SBUF_INIT, btext = SBUF_INIT;
	schema_set_path(&amount, SK_AMOUNT, 0, 0);
	schema_set_path(&btext, SK_BUDGET_TEXT, 0, 0);
	for (size_t i = 0; i < n && rc == 0; i++) {
		const char *p = own[2 * i];
		const char *word = !strcmp(p, K(SK_QUARTERS)) ? K(SK_SCHEDULE)
				 : !strcmp(p, amount.buf) ? btext.buf : NULL;
		bool set_too = false;
		for (size_t j = 0; word && j < n; j++)
			set_too |= !strcmp(own[2 * j], word);
		if (!word || set_too)
			continue;
		const char *cur_id = own_id;
		for (size_t j = 0; j < n; j++)
			if (!strcmp(own[2 * j], K(SK_ACT_ID)))
				cur_id = own[2 * j + 1];
		rc = follow_wording(s, cur_id, p, own[2 * i + 1], err);
	}
	sbuf_free(&amount);
	sbuf_free(&btext);
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
 * The budget wording of an amount, following the old wording. The number
 * that the old wording gives with a unit word (мянга/сая/тэрбум,
 * thousand/million/billion: "2,0 сая", "15,0 сая (Орон нутгийн төсөв)",
 * "about 2 million from the city") is replaced in its own form and what
 * stands around it kept:
 *  - the unit stays the old one while the amount is at least 0.1 and
 *    under 1000 of it ("0,1 сая"); otherwise the unit that fits is taken,
 *    in the old word's language ("12,5 тэрбум", "40 мянга");
 *  - as many decimals as the old number had ("2,0 сая" -> "2,5 сая",
 *    rounded half up: "1,2 сая" for 1234567); a number without decimals
 *    stays without them when the amount is whole in the unit ("3
 *    million"), else gets one ("2.5 million");
 *  - the old decimal separator, else the wording's language (',' beside a
 *    Mongolian unit word, '.' beside an English one).
 * Wording with no number before a unit word ("No extra cost", "Төсөвт
 * багтана", "500000 төгрөг") has nothing to rewrite and is copied as it is.
 */
struct budget_unit {
	const char *word;
	int pow10;   /* 3, 6 or 9 */
	int lang;    /* 0 Mongolian, 1 English */
};

static const struct budget_unit budget_units[] = {
	{ "мянга", 3, 0 }, { "сая", 6, 0 }, { "тэрбум", 9, 0 },
	{ "thousand", 3, 1 }, { "million", 6, 1 }, { "billion", 9, 1 },
};

static const char *budget_unit_word(int lang, int pow10)
{
	for (size_t i = 0; i < sizeof(budget_units) / sizeof(budget_units[0]); i++)
		if (budget_units[i].lang == lang && budget_units[i].pow10 == pow10)
			return budget_units[i].word;
	return "";
}

static long long pow10ll(int n)
{
	long long v = 1;
	while (n-- > 0)
		v *= 10;
	return v;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The number starting at p (digits, groups of three after single spaces,
 * one decimal part after ',' or '.'); sets *end, *sep (0 when none) and
 * *decimals. */
static void budget_number(const char *p, const char **end, char *sep, int *decimals)
{
	while (is_digit(*p))
		p++;
	while (p[0] == ' ' && is_digit(p[1]) && is_digit(p[2]) && is_digit(p[3]) && !is_digit(p[4]))
		p += 4;
	*sep = 0;
	*decimals = 0;
	if ((*p == ',' || *p == '.') && is_digit(p[1])) {
		*sep = *p++;
		while (is_digit(*p)) {
			p++;
			(*decimals)++;
		}
	}
	*end = p;
}

void budget_wording(struct sbuf *out, const char *old, long long amount)
{
	const char *num = NULL, *end = NULL, *word = NULL;
	const struct budget_unit *unit = NULL;
	char sep = 0;
	int decimals = 0;
	for (const char *p = old; *p && !unit; p++) {
		if (!is_digit(*p) || (p > old && (is_digit(p[-1]) || p[-1] == ',' || p[-1] == '.')))
			continue;
		budget_number(p, &end, &sep, &decimals);
		word = end;
		while (*word == ' ')
			word++;
		for (size_t i = 0; i < sizeof(budget_units) / sizeof(budget_units[0]); i++) {
			size_t n = strlen(budget_units[i].word);
			if (budget_units[i].lang ? !strncasecmp(word, budget_units[i].word, n)
						 : !strncmp(word, budget_units[i].word, n)) {
				unit = &budget_units[i];
				break;
			}
		}
		num = p;
		p = end - 1;
	}
	if (!unit || amount < 0) {
		sbuf_adds(out, old);
		return;
	}
	int pow10 = unit->pow10;
	if (amount > 0) {
		while (pow10 < 9 && amount / 1000 >= pow10ll(pow10))
			pow10 += 3;
		while (pow10 > 3 && amount < pow10ll(pow10 - 1))
			pow10 -= 3;
	}
	char sepc = sep ? sep : unit->lang ? '.' : ',';
	long long whole, frac;
	int d;
	for (;;) {
		long long scale = pow10ll(pow10);
		d = decimals ? decimals : amount % scale ? 1 : 0;
		if (d > pow10)
			d = pow10;
		long long step = scale / pow10ll(d);
		long long scaled = amount / step + (amount % step >= (step + 1) / 2 ? 1 : 0);
		whole = scaled / pow10ll(d);
		frac = scaled % pow10ll(d);
		if (whole >= 1000 && pow10 < 9) {
			pow10 += 3;
			continue;
		}
		break;
	}
	sbuf_add(out, old, (size_t)(num - old));
	sbuf_addf(out, "%lld", whole);
	if (d)
		sbuf_addf(out, "%c%0*lld", sepc, d, frac);
	if (pow10 == unit->pow10) {
		sbuf_adds(out, end);
	} else {
		sbuf_add(out, end, (size_t)(word - end));
		sbuf_adds(out, budget_unit_word(unit->lang, pow10));
		sbuf_adds(out, word + strlen(unit->word));
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
	if (!strcmp(path, K(SK_QUARTERS))) {
		struct yn *sch = yn_get(act, K(SK_SCHEDULE));
		unsigned mask;
		if (sch && sch->kind == YN_SCALAR && sch->len &&
		    schema_parse_quarters(val, &mask) == 0) {
			char *cur = yn_strdup(sch);
			schedule_wording(&w, mask, has_cyrillic(cur));
			free(cur);
			if (!yn_is(sch, w.buf))
				rc = set_field(s, id, K(SK_SCHEDULE), w.buf, err);
		}
	} else {
		struct yn *b = yn_get(act, K(SK_BUDGET));
		struct yn *t = b && b->kind == YN_MAP ? yn_get(b, K(SK_BUDGET_TEXT)) : NULL;
		if (t && t->kind == YN_SCALAR && t->len) {
			char *cur = yn_strdup(t);
			budget_wording(&w, cur, strtoll(val, NULL, 10));
			free(cur);
			if (!yn_is(t, w.buf)) {
				struct sbuf pt = SBUF_INIT;
				schema_set_path(&pt, SK_BUDGET_TEXT, 0, 0);
				rc = set_field(s, id, pt.buf, w.buf, err);
				sbuf_free(&pt);
			}
		}
	}
	sbuf_free(&w);
	return rc;
}
