/*
 * export_util.c — what every exporter and the report share: format and
 * names, the escaping of one piece of plan text for CSV, Markdown
 * and HTML, the derived budget and schedule cells, and the HTML page frame.
 *
 * Every writer here sanitizes first (text_sanitize) and escapes the
 * sanitized bytes, so escaping never has to think about control characters.
 */
#include "tolov/io/export.h"

#include <string.h>

#include "tolov/base/text.h"
#include "tolov/plan/rules.h"

int export_format_parse(const char *s)
{
	if (!s)
		return -1;
	if (strcmp(s, "json") == 0)
		return EXPORT_JSON;
	if (strcmp(s, "csv") == 0)
		return EXPORT_CSV;
	if (strcmp(s, "md") == 0 || strcmp(s, "markdown") == 0)
		return EXPORT_MD;
	if (strcmp(s, "html") == 0)
		return EXPORT_HTML;
	return -1;
}

int export_plan(struct sbuf *out, const struct plan *p, enum export_format f, enum lang lang,
		struct tv_err *err)
{
	switch (f) {
	case EXPORT_JSON:
		return export_json(out, p, err);
	case EXPORT_CSV:
		export_csv(out, p, lang);
		return 0;
	case EXPORT_MD:
		export_md(out, p, lang);
		return 0;
	case EXPORT_HTML:
		export_html(out, p, lang);
		return 0;
	}
	tv_err_set(err, NULL, 0, 0, "unknown export format");
	return -1;
}

/* Sanitized copy of s into tmp (reset first); returns its bytes. */
static const char *clean(struct sbuf *tmp, const char *s, bool keep_nl, bool keep_tab)
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
	const char *c = clean(&t, s, true, true);
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
	const char *c = clean(&t, s, true, false);
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
	const char *c = clean(&t, s, true, false);
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

void export_budget_cell(struct sbuf *out, const struct activity *a)
{
	const struct budget *b = &a->budget;
	if (!b->present)
		return;
	if (b->has_amount) {
		fmt_amount(out, b->amount);
		if (b->source && *b->source)
			sbuf_addf(out, " (%s)", b->source);
	} else if (b->text && *b->text) {
		sbuf_adds(out, b->text);
	} else if (b->source && *b->source) {
		sbuf_adds(out, b->source);
	}
}

void export_schedule_cell(struct sbuf *out, const struct activity *a)
{
	if (a->schedule && *a->schedule) {
		sbuf_adds(out, a->schedule);
		return;
	}
	const char *sep = "";
	for (int q = 1; q <= NQ; q++) {
		if (activity_scheduled_in(a, q)) {
			sbuf_addf(out, "%sQ%d", sep, q);
			sep = ", ";
		}
	}
}

static const char page_css[] =
	"<style>\n"
	"@page { size: A4 landscape; margin: 12mm 10mm; }\n"
	"body { font-family: \"DejaVu Sans\", \"Noto Sans\", Arial, sans-serif; font-size: 8pt;"
	" color: #000; margin: 0; }\n"
	"h1 { font-size: 13pt; text-align: center; margin: 0 0 4mm; }\n"
	"h2 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; page-break-after: avoid; }\n"
	"p.meta { text-align: center; margin: 0 0 4mm; }\n"
	"table { border-collapse: collapse; width: 100%; table-layout: fixed; margin-bottom: 4mm; }\n"
	"table.sum { table-layout: auto; width: auto; min-width: 50%; }\n"
	"thead { display: table-header-group; }\n"
	"tr { break-inside: avoid; page-break-inside: avoid; }\n"
	"th, td { border: 0.5pt solid #444; padding: 1mm 1.2mm; vertical-align: top;"
	" text-align: left; overflow-wrap: anywhere; }\n"
	"thead th { background: #e6e6e6; text-align: center; }\n"
	"tr.goal { break-after: avoid; page-break-after: avoid; }\n"
	"tr.goal th { background: #f2f2f2; font-weight: bold; }\n"
	"td.num, th.num { text-align: right; white-space: nowrap; }\n"
	"td.c { text-align: center; }\n"
	"@media screen { body { margin: 8mm; } }\n"
	"</style>\n";

void html_begin(struct sbuf *out, const char *title, enum lang lang)
{
	sbuf_adds(out, "<!DOCTYPE html>\n");
	sbuf_addf(out, "<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
		  lang == LANG_MN ? "mn" : "en");
	sbuf_adds(out, "<title>");
	html_text(out, title);
	sbuf_adds(out, "</title>\n");
	sbuf_adds(out, page_css);
	sbuf_adds(out, "</head>\n<body>\n");
}

void html_end(struct sbuf *out)
{
	sbuf_adds(out, "</body>\n</html>\n");
}
