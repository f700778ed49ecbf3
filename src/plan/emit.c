/*
 * emit.c — tolov's canonical YAML layout, and safe scalar spellings.
 *
 * Text is written double-quoted as UTF-8; only quotes, backslashes and
 * control characters are escaped (\n, \t, \r, \xNN), so Cyrillic stays
 * readable in the file and in `git diff`. Nothing is ever folded.
 */
#include "tolov/plan/emit.h"
#include "tolov/plan/schema.h"

#include <string.h>



void emit_dq(struct sbuf *out, const char *s)
{
	sbuf_addc(out, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': sbuf_adds(out, "\\\""); continue;
		case '\\': sbuf_adds(out, "\\\\"); continue;
		case '\n': sbuf_adds(out, "\\n"); continue;
		case '\t': sbuf_adds(out, "\\t"); continue;
		case '\r': sbuf_adds(out, "\\r"); continue;
		default: break;
		}
		if (*p < 0x20 || *p == 0x7f) {
			sbuf_addf(out, "\\x%02X", *p);
		} else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) {
			sbuf_addf(out, "\\x%02X", p[1]);	/* C1 control */
			p++;
		} else if (*p == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
			/* line and paragraph separators are line breaks to YAML */
			sbuf_adds(out, p[2] == 0xA8 ? "\\L" : "\\P");
			p += 2;
		} else if (*p == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
			sbuf_adds(out, "\\uFEFF");	/* a BOM inside text would be dropped */
			p += 2;
		} else if (*p == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) {
			/* U+FFFE and U+FFFF are not printable to YAML */
			sbuf_adds(out, p[2] == 0xBE ? "\\uFFFE" : "\\uFFFF");
			p += 2;
		} else {
			sbuf_addc(out, (char)*p);
		}
	}
	sbuf_addc(out, '"');
}

static bool looks_typed(const char *s)
{
	static const char *const words[] = {
		"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
		"false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null",
		"NULL", "~", ".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN", "-.inf", "+.inf",
	};
	for (size_t i = 0; i < sizeof(words) / sizeof(*words); i++)
		if (strcmp(s, words[i]) == 0)
			return true;
	/* Anything made only of digits, signs, dots, underscores, colons,
	 * 'e', 'x', 'o' and hex letters might be a number to some reader. */
	const char *p = s;
	if (*p == '+' || *p == '-' || *p == '.')
		p++;
	if (!(*p >= '0' && *p <= '9'))
		return false;
	for (; *p; p++)
		if (!strchr("0123456789._:+-eExXoOabcdefABCDEF", *p))
			return false;
	return true;
}

/* Characters only a double-quoted scalar can hold as they are. */
static bool needs_dq(const unsigned char *p)
{
	return *p < 0x20 || *p == 0x7f || (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0xA0) ||
	       (*p == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) ||
	       (*p == 0xEF && p[1] == 0xBB && p[2] == 0xBF) ||
	       (*p == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF));
}

bool emit_plain_ok(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || s[0] == ' ' || s[n - 1] == ' ' || looks_typed(s))
		return false;
	if (strchr("-?:,[]{}#&*!|>'\"%@`", s[0]))
		return false;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (needs_dq(p))
			return false;
		if (*p == ':' && (p[1] == ' ' || p[1] == '\0'))
			return false;
		if (*p == ' ' && p[1] == '#')
			return false;
		/* flow indicators would end the scalar inside [..] or {..} */
		if (strchr(",[]{}", *p))
			return false;
	}
	return true;
}

bool emit_block_ok(const char *s)
{
	if (s[0] == ' ' || s[0] == '\t')
		return false;	/* the block's indentation would swallow it */
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p != '\n' && *p != '\t' && needs_dq(p))
			return false;
	return true;
}

bool emit_sq_ok(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (needs_dq(p))
			return false;
	size_t n = strlen(s);
	return !(n && (s[0] == ' ' || s[n - 1] == ' '));
}

void emit_sq(struct sbuf *out, const char *s)
{
	sbuf_addc(out, '\'');
	for (const char *p = s; *p; p++) {
		if (*p == '\'')
			sbuf_addc(out, '\'');
		sbuf_addc(out, *p);
	}
	sbuf_addc(out, '\'');
}

static void pad(struct sbuf *out, int n)
{
	for (int i = 0; i < n; i++)
		sbuf_addc(out, ' ');
}

static void key_text(struct sbuf *out, int indent, enum sk id, const char *val, const char *eol)
{
	pad(out, indent);
	sbuf_addf(out, "%s: ", K(id));
	emit_dq(out, val);
	sbuf_adds(out, eol);
}

/* "key:" then eol, at indent: a block collection follows. */
static void key_open(struct sbuf *out, int indent, enum sk id, const char *eol)
{
	pad(out, indent);
	sbuf_addf(out, "%s:%s", K(id), eol);
}

static void emit_key(struct sbuf *out, const char *key)
{
	if (emit_plain_ok(key))
		sbuf_adds(out, key);
	else
		emit_dq(out, key);
}

/* `extra:` as a block mapping at indent (nothing when empty). */
static void emit_extra(struct sbuf *out, enum sk id, const struct extra *x, int indent, const char *eol)
{
	if (!x->n)
		return;
	key_open(out, indent, id, eol);
	for (size_t i = 0; i < x->n; i++) {
		pad(out, indent + 2);
		emit_key(out, x->pair[i].key);
		sbuf_adds(out, ": ");
		emit_dq(out, x->pair[i].value);
		sbuf_adds(out, eol);
	}
}

void emit_quarters_flow(struct sbuf *out, unsigned quarters)
{
	sbuf_addc(out, '[');
	const char *sep = "";
	for (int q = 1; q <= NQ; q++) {
		if (quarters & (1u << (q - 1))) {
			sbuf_addf(out, "%s%d", sep, q);
			sep = ", ";
		}
	}
	sbuf_addc(out, ']');
}

void emit_status_flow(struct sbuf *out, const struct status *st)
{
	sbuf_addc(out, '{');
	if (st->rating != RATING_NONE)
		sbuf_addf(out, "%s: %s, ", K(SK_RATING), rating_str(st->rating));
	sbuf_addf(out, "%s: ", K(SK_NOTE));
	emit_dq(out, st->note);
	sbuf_addc(out, '}');
}

void emit_indicator_item(struct sbuf *out, const struct indicator *in, int indent, const char *eol)
{
	pad(out, indent);
	sbuf_addf(out, "- %s: ", K(SK_IND_NAME));
	emit_dq(out, in->name);
	sbuf_adds(out, eol);
	if (in->unit[0])
		key_text(out, indent + 2, SK_UNIT, in->unit, eol);
	key_text(out, indent + 2, SK_BASELINE, in->baseline, eol);
	key_text(out, indent + 2, SK_TARGET, in->target, eol);
	bool any = false;
	for (int q = 0; q < NQ; q++)
		any |= in->actual[q][0] != '\0';
	if (any) {
		pad(out, indent + 2);
		sbuf_addf(out, "%s: {", K(SK_ACTUAL));
		const char *sep = "";
		for (int q = 0; q < NQ; q++) {
			if (!in->actual[q][0])
				continue;
			sbuf_addf(out, "%s%s: ", sep, schema_quarter_key(SP_ACTUAL, q + 1));
			emit_dq(out, in->actual[q]);
			sep = ", ";
		}
		sbuf_addc(out, '}');
		sbuf_adds(out, eol);
	}
	emit_extra(out, SK_IND_EXTRA, &in->extra, indent + 2, eol);
}

static void emit_indicators(struct sbuf *out, enum sk id, const struct indicator *ind, size_t n,
			    int indent, const char *eol)
{
	if (!n)
		return;
	key_open(out, indent, id, eol);
	for (size_t i = 0; i < n; i++)
		emit_indicator_item(out, &ind[i], indent + 2, eol);
}

void emit_activity_item(struct sbuf *out, const struct activity *a, int indent, const char *eol)
{
	int in = indent + 2;
	pad(out, indent);
	sbuf_addf(out, "- %s: ", K(SK_ACT_ID));
	emit_dq(out, a->id);
	sbuf_adds(out, eol);
	key_text(out, in, SK_ACT_TITLE, a->title, eol);
	emit_indicators(out, SK_ACT_INDS, a->ind, a->n_ind, in, eol);
	if (a->budget.present) {
		pad(out, in);
		sbuf_addf(out, "%s: {", K(SK_BUDGET));
		if (a->budget.has_amount)
			sbuf_addf(out, "%s: %lld, ", K(SK_AMOUNT), a->budget.amount);
		sbuf_addf(out, "%s: ", K(SK_SOURCE));
		emit_dq(out, a->budget.source);
		sbuf_addf(out, ", %s: ", K(SK_BUDGET_TEXT));
		emit_dq(out, a->budget.text);
		sbuf_addc(out, '}');
		sbuf_adds(out, eol);
	}
	if (a->has_quarters) {
		pad(out, in);
		sbuf_addf(out, "%s: ", K(SK_QUARTERS));
		emit_quarters_flow(out, a->quarters);
		sbuf_adds(out, eol);
	}
	if (a->schedule[0])
		key_text(out, in, SK_SCHEDULE, a->schedule, eol);
	key_text(out, in, SK_ACT_RESP, a->responsible, eol);
	bool any = false;
	for (int q = 0; q < NQ; q++)
		any |= a->st[q].rating != RATING_NONE || a->st[q].note[0];
	if (any) {
		key_open(out, in, SK_STATUS, eol);
		for (int q = 0; q < NQ; q++) {
			if (a->st[q].rating == RATING_NONE && !a->st[q].note[0])
				continue;
			pad(out, in + 2);
			sbuf_addf(out, "%s: ", schema_quarter_key(SP_STATUS, q + 1));
			emit_status_flow(out, &a->st[q]);
			sbuf_adds(out, eol);
		}
	}
	emit_extra(out, SK_ACT_EXTRA, &a->extra, in, eol);
}

void emit_goal_item(struct sbuf *out, const struct goal *g, int indent, const char *eol)
{
	int in = indent + 2;
	pad(out, indent);
	sbuf_addf(out, "- %s: ", K(SK_GOAL_ID));
	emit_dq(out, g->id);
	sbuf_adds(out, eol);
	if (g->section[0])
		key_text(out, in, SK_SECTION, g->section, eol);
	key_text(out, in, SK_GOAL_TITLE, g->title, eol);
	emit_indicators(out, SK_GOAL_INDS, g->ind, g->n_ind, in, eol);
	if (g->responsible[0])
		key_text(out, in, SK_GOAL_RESP, g->responsible, eol);
	emit_extra(out, SK_GOAL_EXTRA, &g->extra, in, eol);
	if (g->n_act || !g->n_desc) {
		if (!g->n_act) {
			pad(out, in);
			sbuf_addf(out, "%s: []%s", K(SK_ACTIVITIES), eol);
		} else {
			key_open(out, in, SK_ACTIVITIES, eol);
			for (size_t a = 0; a < g->n_act; a++)
				emit_activity_item(out, &g->act[a], indent + 4, eol);
		}
	}
	if (!g->n_desc)
		return;
	/* the descendants follow g in pre-order; its children are one deeper */
	key_open(out, in, SK_SUBGOALS, eol);
	for (size_t k = 1; k <= g->n_desc; k += 1 + g[k].n_desc)
		emit_goal_item(out, &g[k], indent + 4, eol);
}

void emit_plan(struct sbuf *out, const struct plan *p)
{
	sbuf_addf(out, "%s: %d\n", K(SK_TOLOV), p->format ? p->format : 1);
	if (p->organisation[0])
		key_text(out, 0, SK_ORGANISATION, p->organisation, "\n");
	key_text(out, 0, SK_PLAN_TITLE, p->title, "\n");
	if (p->year)
		sbuf_addf(out, "%s: %d\n", K(SK_YEAR), p->year);
	sbuf_addf(out, "%s: ", K(SK_CURRENCY));
	if (emit_plain_ok(p->currency))
		sbuf_adds(out, p->currency);
	else
		emit_dq(out, p->currency);
	sbuf_adds(out, "\n");
	emit_extra(out, SK_PLAN_EXTRA, &p->extra, 0, "\n");
	if (!p->n_goal) {
		sbuf_addf(out, "%s: []\n", K(SK_GOALS));
		return;
	}
	key_open(out, 0, SK_GOALS, "\n");
	for (size_t g = 0; g < p->n_goal; g += 1 + p->goal[g].n_desc)
		emit_goal_item(out, &p->goal[g], 2, "\n");
}
