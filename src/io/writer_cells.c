/*
 * writer_cells.c — what every back end of writer.h shares: the escaping of
 * one piece of plan text for CSV, Markdown and HTML, and how a cell's
 * value is shown to people and to spreadsheets.
 *
 * Every escaper here sanitizes first (text_sanitize) and escapes the
 * sanitized bytes, so escaping never has to think about control characters.
 */
#include "tolov/io/writer.h"

#include <string.h>

#include "tolov/base/text.h"

const char *tw_clean(struct sbuf *tmp, const char *s, bool keep_nl, bool keep_tab)
{
	sbuf_reset(tmp);
	text_sanitize(tmp, s ? s : "", s ? strlen(s) : 0, keep_nl, keep_tab);
	if (!tmp->buf)
		return "";
	/* sbuf_grow may hand back a fresh, unterminated buffer when nothing
	 * was added; len < cap always holds, so terminate it here. */
	tmp->buf[tmp->len] = '\0';
	/* A trailing line break (a YAML literal block's) would only show as
	 * an empty last line in a cell. */
	while (tmp->len && tmp->buf[tmp->len - 1] == '\n')
		tmp->buf[--tmp->len] = '\0';
	return tmp->buf;
}

void csv_field(struct sbuf *out, const char *s)
{
	struct sbuf t = SBUF_INIT;
	const char *c = tw_clean(&t, s, true, true);
	/* A raw CR becomes "\x0d" once sanitized, which cannot start a
	 * formula; the prefix is added anyway so no reader is left to guess. */
	/* A lone "-" (the printed plans' "none") cannot compute anything. */
	bool formula = (c[0] != '\0' && strchr("=+-@\t\r", c[0]) && strcmp(c, "-") != 0) ||
		       (s && s[0] == '\r');
	bool quote = strpbrk(c, ",\"\r\n") != NULL;
	if (quote)
		sbuf_addc(out, '"');
	if (formula)
		sbuf_addc(out, '\'');
	for (const char *p = c; *p; p++) {
		if (*p == '"')
			sbuf_addc(out, '"');
		sbuf_addc(out, *p);
	}
	if (quote)
		sbuf_addc(out, '"');
	sbuf_free(&t);
}

void csv_eol(struct sbuf *out)
{
	sbuf_adds(out, "\r\n");
}

void md_text(struct sbuf *out, const char *s)
{
	struct sbuf t = SBUF_INIT;
	const char *c = tw_clean(&t, s, true, false);
	for (const char *p = c; *p; p++) {
		switch (*p) {
		case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~':
			sbuf_addc(out, '\\');
			sbuf_addc(out, *p);
			break;
		case '<': sbuf_adds(out, "&lt;"); break;
		case '>': sbuf_adds(out, "&gt;"); break;
		case '&': sbuf_adds(out, "&amp;"); break;
		case '\n': sbuf_adds(out, "<br>"); break;
		default: sbuf_addc(out, *p);
		}
	}
	sbuf_free(&t);
}

void html_text(struct sbuf *out, const char *s)
{
	struct sbuf t = SBUF_INIT;
	const char *c = tw_clean(&t, s, true, false);
	for (const char *p = c; *p; p++) {
		switch (*p) {
		case '&': sbuf_adds(out, "&amp;"); break;
		case '<': sbuf_adds(out, "&lt;"); break;
		case '>': sbuf_adds(out, "&gt;"); break;
		case '"': sbuf_adds(out, "&quot;"); break;
		case '\'': sbuf_adds(out, "&#39;"); break;
		case '\n': sbuf_adds(out, "<br>"); break;
		default: sbuf_addc(out, *p);
		}
	}
	sbuf_free(&t);
}

bool tw_cell_for_people(struct sbuf *out, const struct tw_col *col, const struct tw_cell *cell,
			size_t c, const char **lead, enum tw_rating_style style, enum lang lang)
{
	if (col[c].flags & TW_LEAD) {
		*lead = cell[c].text;
		return false;
	}
	if (!tw_col_shown(&col[c], TW_PEOPLE))
		return false;
	sbuf_reset(out);
	if (*lead && **lead)
		sbuf_addf(out, "%s. ", *lead);
	*lead = NULL;
	size_t before = out->len;
	tw_cell_human(out, &cell[c], col[c].type, style, lang);
	if (out->len == before && (col[c].flags & TW_DASH))
		sbuf_addc(out, '-');
	return true;
}

bool tw_col_shown(const struct tw_col *c, unsigned a)
{
	if ((c->flags & TW_LEAD) && a != TW_CSV)
		return false;
	return !(c->flags & TW_AUDIENCES) || (c->flags & a);
}

const char *tw_quarter_name(int q, enum lang lang)
{
	static const enum msg m[NQ] = { M_QNAME_1, M_QNAME_2, M_QNAME_3, M_QNAME_4 };
	return q >= 1 && q <= NQ ? tr_in(lang, m[q - 1]) : "";
}

void tw_rating_label(struct sbuf *out, int rating, enum lang lang)
{
	enum msg m;
	switch (rating) {
	case 100: m = M_RATE_100; break;
	case 70: m = M_RATE_70; break;
	case 30: m = M_RATE_30; break;
	case 0: m = M_RATE_0; break;
	case RATING_NOT_DUE: sbuf_adds(out, tr_in(lang, M_RATE_NOT_DUE)); return;
	default: sbuf_adds(out, tr_in(lang, M_RATE_UNRATED)); return;
	}
	sbuf_addf(out, "%d (%s)", rating, tr_in(lang, m));
}

void tw_progress_label(struct sbuf *out, int tenths)
{
	char buf[8];
	if (tenths < 0)
		sbuf_adds(out, "—");
	else
		sbuf_addf(out, "%s%%", progress_fmt(tenths, buf));
}

void tw_cell_human(struct sbuf *out, const struct tw_cell *c, enum tw_type t,
		   enum tw_rating_style style, enum lang lang)
{
	switch (t) {
	case TW_TEXT:
		sbuf_adds(out, c->text ? c->text : "");
		return;
	case TW_AMOUNT:
		if (!c->none)
			fmt_amount(out, c->num);
		return;
	case TW_RATING:
		if (style == TW_RATING_LABEL)
			tw_rating_label(out, (int)c->num, lang);
		else if (c->num == RATING_NOT_DUE)
			sbuf_adds(out, tr_in(lang, M_RATE_NOT_DUE));
		else
			sbuf_adds(out, rating_str((int)c->num));
		return;
	case TW_PROGRESS:
		tw_progress_label(out, c->none ? -1 : (int)c->num);
		return;
	case TW_COUNT:
		if (!c->none)
			sbuf_addf(out, "%lld", c->num);
		return;
	}
}

void tw_cell_machine(struct sbuf *out, const struct tw_cell *c, enum tw_type t)
{
	char buf[8];
	switch (t) {
	case TW_TEXT:
		sbuf_adds(out, c->text ? c->text : "");
		return;
	case TW_AMOUNT:
		if (!c->none)
			sbuf_addf(out, "%lld", c->num);
		return;
	case TW_RATING:
		sbuf_adds(out, rating_str((int)c->num));
		return;
	case TW_PROGRESS:
		if (!c->none && c->num >= 0)
			sbuf_adds(out, progress_fmt((int)c->num, buf));
		return;
	case TW_COUNT:
		if (!c->none)
			sbuf_addf(out, "%lld", c->num);
		return;
	}
}

void tw_goal_label(struct sbuf *out, const struct tw_goal *g, enum lang lang)
{
	sbuf_adds(out, tr_in(lang, M_COL_GOAL));
	if (g->id && *g->id)
		sbuf_addf(out, " %s.", g->id);
}

void tw_goal_line(struct sbuf *out, const struct tw_goal *g, enum lang lang)
{
	tw_goal_label(out, g, lang);
	if (g->title && *g->title)
		sbuf_addf(out, " %s", g->title);
}
