/*
 * export.h — the plan written out for other programs and for people:
 * JSON (the whole file as data), and the plan table as CSV, Markdown and
 * HTML. Also the cell-level writers the quarterly report (report.h) shares.
 *
 * Ownership and invariants:
 *   - every function appends to a caller-owned struct sbuf and never
 *     truncates; nothing here allocates anything the caller must free
 *     beyond the sbuf's own buffer;
 *   - output is deterministic: the same plan gives the same bytes;
 *   - every piece of plan text passes through text_sanitize (text.h) on its
 *     way out, so no export carries control characters, escape sequences,
 *     bidirectional overrides or invalid UTF-8 from the plan: they appear as
 *     visible escapes ("\x1b", "<U+202E>") instead. Line breaks and tabs in
 *     text are kept where the format can hold them.
 *
 * The plan table (CSV, Markdown, HTML) has the seven columns of the printed
 * action plans — activity, performance indicator, baseline, target,
 * budget, schedule, responsible unit — then a rating and a note column for
 * each quarter Q1..Q4. An activity with several indicators shows them in
 * one row: the indicator, baseline and target cells hold one line per
 * indicator, numbered "1) ", "2) " so the lines of the three cells pair up
 * (a single indicator is not numbered). Budget: the amount grouped as
 * "2,000,000" followed by the source in parentheses when there is one, else
 * the budget's text as written ("2,0 сая"); empty when there is no budget.
 * Schedule: the schedule text, else the scheduled quarters ("Q2, Q3").
 */
#ifndef TOLOV_EXPORT_H
#define TOLOV_EXPORT_H

#include <stdbool.h>
#include "tolov/base/i18n.h"	/* enum lang: headings and labels; data is never translated */
#include "tolov/plan/plan.h"
#include "tolov/base/util.h"

enum export_format { EXPORT_JSON = 1, EXPORT_CSV, EXPORT_MD, EXPORT_HTML };
/* "json", "csv", "md" (or "markdown"), "html"; -1 when unknown. */
int export_format_parse(const char *s);

/*
 * The whole plan in format f, appended to out. Returns 0, or -1 with err
 * set (only JSON of a plan without a document can fail, see export_json).
 */
int export_plan(struct sbuf *out, const struct plan *p, enum export_format f, enum lang lang,
		struct tv_err *err);

/*
 * JSON: the plan file's own tree — the same keys in file order, unknown
 * keys included — as one object, two-space indent, trailing newline.
 * Types: the format's numbers (tolov, year, budget.amount, quarters items,
 * status rating) are JSON numbers, a "not-due" rating the string
 * "not-due", every text field of the format a string (ids like 1.1 stay
 * "1.1"), null text fields "". Values under keys tolov does not know are
 * typed by YAML's core schema: a plain int or float is a number, true/false
 * a boolean, null/~/empty null, anything quoted or else a string (.inf and
 * .nan, which JSON cannot hold, stay strings). Strings are UTF-8 escaped
 * per RFC 8259 with \" \\ \n \t only.
 * A plan without a document (the importer's) is first written as YAML by
 * emit_plan and read back; that is the only way this can fail.
 */
int export_json(struct sbuf *out, const struct plan *p, struct tv_err *err);

/* CSV for spreadsheets: UTF-8 with BOM, CRLF rows, RFC 4180 quoting, one
 * row per activity with the goal's id and title in their own columns and
 * the activity id apart from its title. Ratings are written as the file
 * spells them (100, 70, 30, 0, not-due), unrated empty. */
void export_csv(struct sbuf *out, const struct plan *p, enum lang lang);
/* GitHub-flavoured Markdown: the plan title, then per goal a "##" heading
 * and one table of its activities. */
void export_md(struct sbuf *out, const struct plan *p, enum lang lang);
/* One self-contained HTML file for printing on A4 landscape: inline CSS,
 * one table whose header repeats on every page, goal rows between the
 * activity rows as in the printed plans, rows never split across pages. */
void export_html(struct sbuf *out, const struct plan *p, enum lang lang);

/* ---- cell writers shared with the report ---- */

/* One CSV field: sanitized (line breaks and tabs kept), "'" prefixed when
 * it could start a formula (=, +, -, @, tab, CR; a lone "-" is left as it
 * is), quoted when it holds a comma, quote or line break. No separator is
 * written. */
void csv_field(struct sbuf *out, const char *s);
/* End a CSV row: CRLF. */
void csv_eol(struct sbuf *out);
/* Markdown table cell text: sanitized; \ ` * _ [ ] | ~ backslash-escaped,
 * < > & as entities, line breaks as <br>, tabs as spaces. */
void md_text(struct sbuf *out, const char *s);
/* HTML text: sanitized, & < > " ' as entities, line breaks as <br>. */
void html_text(struct sbuf *out, const char *s);
/* An HTML document's head (charset, title, the shared print stylesheet:
 * A4 landscape, header rows repeat, rows never split) up to and including
 * <body>; and its end. title is plan text (escaped here). */
void html_begin(struct sbuf *out, const char *title, enum lang lang);
void html_end(struct sbuf *out);

/* The table's derived cells, exactly as every table format shows them. */
void export_budget_cell(struct sbuf *out, const struct activity *a);
void export_schedule_cell(struct sbuf *out, const struct activity *a);

#endif
