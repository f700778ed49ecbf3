/*
 * export.h — the plan written out for other programs and for people:
 * JSON (the whole file as data), and the plan table in every table format
 * of the writer registry (writer.h): CSV, Markdown, HTML, xlsx.
 *
 * Ownership and invariants:
 *   - every function appends to a caller-owned struct sbuf and never
 *     truncates; nothing here allocates anything the caller must free
 *     beyond the sbuf's own buffer;
 *   - output is deterministic: the same plan gives the same bytes (xlsx:
 *     the same cells);
 *   - every piece of plan text passes through text_sanitize (text.h) on its
 *     way out, so no export carries control characters, escape sequences,
 *     bidirectional overrides or invalid UTF-8 from the plan: they appear as
 *     visible escapes ("\x1b", "<U+202E>") instead. Line breaks and tabs in
 *     text are kept where the format can hold them.
 *
 * The plan table has the seven columns of the printed action plans —
 * activity, performance indicator, baseline, target, budget, schedule,
 * responsible unit (in Mongolian under the printed plans' own header
 * names) — then a rating and a note column for each quarter Q1..Q4. Every
 * goal of the plan (nested ones included, in document order) is a goal
 * row before its own activities. An activity with several indicators shows
 * them in one row: the indicator, baseline and target cells hold one line
 * per indicator, numbered "1) ", "2) " so the lines of the three cells pair
 * up (a single indicator is not numbered); an indicator's unit of measure
 * follows its name in parentheses. Budget: the amount grouped as
 * "2,000,000" followed by the source in parentheses when there is one, else
 * the budget's text as written ("2,0 сая"); empty when there is no budget.
 * Schedule: the schedule text, else the scheduled quarters ("Q2, Q3").
 *
 * A goal with indicators (or a responsible unit) of its own, as some
 * printed tables have, gets a row of its own right under its goal row, with
 * those cells and no activity. CSV and xlsx end each row with the plan's
 * further columns (`extra` of the activities: one column per key, in order
 * of first use, headed by the key).
 *
 * The lines under the title: the organisation when set, then the year and
 * the budget total. Nested goals are indented (text, HTML, xlsx) or one
 * heading level deeper (Markdown).
 *
 * Per format: CSV (for scripts and spreadsheets) has one row per activity
 * with the goal's id and title in their own columns and the activity id
 * apart from its title, ratings as the file spells them (100, 70, 30, 0,
 * not-due; unrated empty), and after the quarters a "Budget amount" column
 * holding the plain number a spreadsheet sums (empty when there is none)
 * and a "Quarters" column ("2, 3"; empty for none). Markdown has the plan
 * title, then per goal a "##" heading and a table of its activities. HTML
 * is one page for A4 landscape with goal rows between the activity rows.
 * xlsx (a workbook): the seven columns with the id before the title, the
 * budget as a number with a thousands format (its wording in a "Budget
 * note" column beside it), a quarters column, goal rows merged across in
 * bold with the goal's budget as a formula over its rows, and the plan's
 * total at the bottom.
 */
#ifndef TOLOV_EXPORT_H
#define TOLOV_EXPORT_H

#include <stdbool.h>
#include "tolov/base/i18n.h"	/* enum lang: headings and labels; data is never translated */
#include "tolov/plan/plan.h"
#include "tolov/base/util.h"
#include "tolov/io/writer.h"

/* Shorthands for the export formats of the registry (writer.c); a new
 * format needs none: export_plan_as takes any registry entry. */
enum export_format { EXPORT_JSON = 1, EXPORT_CSV, EXPORT_MD, EXPORT_HTML, EXPORT_XLSX };
/* A registry name or alias usable for export ("json", "csv", "md" or
 * "markdown", "html", "xlsx") as the shorthand; -1 when unknown. */
int export_format_parse(const char *s);

/*
 * The whole plan in format f, appended to out. Returns 0, or -1 with err
 * set (JSON of a plan without a document, see export_json; xlsx when the
 * workbook cannot be written). xlsx output is binary.
 */
int export_plan(struct sbuf *out, const struct plan *p, enum export_format f, enum lang lang,
		struct tv_err *err);
int export_plan_as(struct sbuf *out, const struct plan *p, const struct tw_format *f,
		   enum lang lang, struct tv_err *err);

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

/* The table's derived cells, exactly as every table format shows them
 * (the report shares them). */
void export_budget_cell(struct sbuf *out, const struct activity *a);
void export_schedule_cell(struct sbuf *out, const struct activity *a);
/* "2, 3": the scheduled quarters; empty for none. */
void export_quarters_cell(struct sbuf *out, const struct activity *a);
/* The indicator, baseline, target or quarter-q actual lines of a (field
 * 0..3; q only for field 3), numbered "1) " when there are several. */
enum { EXPORT_IND_NAME, EXPORT_IND_BASELINE, EXPORT_IND_TARGET, EXPORT_IND_ACTUAL };
void export_indicator_cell(struct sbuf *out, const struct activity *a, int field, int q);

#endif
