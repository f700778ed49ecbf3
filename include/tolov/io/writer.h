/*
 * writer.h — one table-writer interface for every export and report
 * format, and the one registry of formats.
 *
 * A producer (the plan table of export.c, the quarterly report of
 * report.c, the consolidated report) describes its document once, as a
 * stream of calls, and a back end lays it out:
 *
 *	begin(doc)            title, lines under it, the main table's columns
 *	goal(goal)            a goal row: "Goal 1. Title" (any depth)
 *	row(cells)            an activity row: one cell per column of doc
 *	summary(sum)          a titled summary table with its own columns
 *	end()                 finish; the only call that can fail (xlsx)
 *
 * Cells are values, not text: a budget is an amount, a rating a rating, a
 * progress tenths of a percent. Each back end shows a value its own way:
 * spreadsheets (CSV, xlsx) get plain numbers they can sum and the file's
 * rating spelling; formats for people (Markdown, HTML, text) get grouped
 * amounts, "89.2%", "70 (under way)". So a new format is one file with a
 * struct tw_ops and one line in the registry (writer.c); a new column is
 * one struct tw_col in its producer.
 *
 * Back ends: writer_csv.c (UTF-8 with BOM, CRLF, RFC 4180, no cell can run
 * as a formula), writer_md.c (GitHub tables), writer_html.c (one page for
 * A4 landscape printing, header rows repeated on every page),
 * writer_text.c (plain text wrapped to a width, for the terminal),
 * writer_xlsx.c (an Excel workbook through libxlsxwriter). The escaping and
 * value formatting they share is in writer_cells.c.
 *
 * Ownership: every string handed to a back end is borrowed for the call;
 * a back end copies what it keeps (CSV keeps the current goal's id and
 * title, which are the plan's and outlive the writer). Output is appended
 * to a caller-owned struct sbuf and is deterministic. All plan text is
 * sanitized (text.h) on its way out in every format.
 */
#ifndef TOLOV_WRITER_H
#define TOLOV_WRITER_H

#include <stdbool.h>
#include <stddef.h>
#include "tolov/base/i18n.h"
#include "tolov/base/util.h"
#include "tolov/plan/plan.h"

/* What a cell holds; see the top comment for how each is shown. */
enum tw_type {
	TW_TEXT,	/* text (plan text or a label) */
	TW_AMOUNT,	/* a sum of money in the plan's currency units */
	TW_RATING,	/* 100, 70, 30, 0, RATING_NOT_DUE or RATING_NONE */
	TW_PROGRESS,	/* tenths of a percent, or none */
	TW_COUNT,	/* a count */
};

/* Who reads a format: CSV for scripts and spreadsheets, xlsx as a sheet
 * people print and sum, Markdown/HTML/text for people. */
enum tw_audience { TW_CSV = 1u, TW_SHEET = 2u, TW_PEOPLE = 4u };

/* Column flags. TW_CSV, TW_SHEET and TW_PEOPLE (any of them) restrict a
 * column to those audiences; with none of them a column shows everywhere. */
enum {
	TW_AUDIENCES = TW_CSV | TW_SHEET | TW_PEOPLE,
	TW_LEAD = 1u << 4,	/* an id: sheets and formats for people do not show the
				 * column but lead the next column's text with it
				 * ("1.1. Title"); CSV keeps it apart */
	TW_TOTAL = 1u << 5,	/* xlsx: goal and plan totals as formulas */
	TW_WIDE = 1u << 6,	/* long text: a wide column (xlsx) */
	TW_DASH = 1u << 7,	/* formats for people show an empty cell as "-",
				 * as the submitted forms do (baseline, target) */
};

struct tw_col {
	const char *head;	/* the header, in the document's language */
	const char *group;	/* two-row headers (HTML, xlsx): "Q1" over this column;
				 * NULL when the column stands alone */
	const char *sub;	/* under a group: "Rating" (head stays "Q1 rating") */
	enum tw_type type;
	unsigned width;		/* share of the page width in percent (HTML), 0 auto */
	unsigned flags;
};

struct tw_cell {
	const char *text;	/* TW_TEXT; NULL shows as "" */
	long long num;		/* TW_AMOUNT, TW_COUNT, TW_RATING (the rating),
				 * TW_PROGRESS (tenths) */
	bool none;		/* TW_AMOUNT, TW_PROGRESS, TW_COUNT: no value (empty;
				 * progress "—") */
	const char *aside;	/* formats for people: shown after the value,
				 * emphasised ("(not scheduled in Q2)"); NULL */
};

/* How formats for people show ratings (spreadsheets always write the
 * file's spelling: 100, 70, 30, 0, not-due, empty when unrated). */
enum tw_rating_style {
	TW_RATING_SHORT,	/* "70", "not due", "" when unrated */
	TW_RATING_LABEL,	/* "70 (under way)", "not due", "unrated" */
};

/* A line under the title: label then text ("Responsible unit: " "Хууль"). */
struct tw_meta {
	const char *label;	/* "" or a label; the text hangs under it */
	const char *text;
};

struct tw_doc {
	enum lang lang;
	const char *title;	/* heading and page title */
	const struct tw_meta *meta;
	size_t n_meta;
	const struct tw_col *col;	/* the main table */
	size_t n_col;
	const char *empty;	/* not NULL: the main table has no rows; say this instead */
	enum tw_rating_style rating;
	const char *sheet;	/* xlsx: the main sheet's name */
};

struct tw_goal {
	const char *id, *title;	/* the plan's */
	const char *section;	/* a heading to show above the goal (the source
				 * table's section, when it changes), or NULL;
				 * CSV leaves it out */
	unsigned depth;		/* 0 at the top */
	long long budget;	/* of the goal and its descendants */
	bool has_budget;
};

struct tw_sum {
	const char *title;	/* heading: "Summary" */
	const char *name_head;	/* header of the name column: "" or "Responsible unit" */
	const struct tw_col *col;	/* the columns after the name */
	size_t n_col;
	const char *const *name;	/* n_row names */
	const unsigned *depth;	/* n_row depths (nested goals), or NULL */
	const struct tw_cell *cell;	/* n_row * n_col, row by row */
	size_t n_row;
	bool name_last;		/* text: show the figures first, then the text
				 * columns, then the name column last, where
				 * long texts push nothing out of line */
	bool figures_table;	/* text, a row wider than the width: keep the
				 * figures a table under one header, each row's
				 * name and text columns on lines above its
				 * figures (else "header: value" pairs) */
};

struct tw;

struct tw_ops {
	void (*begin)(struct tw *w);
	void (*goal)(struct tw *w, const struct tw_goal *g);
	void (*row)(struct tw *w, const struct tw_cell *cell);
	void (*summary)(struct tw *w, const struct tw_sum *s);
	/* 0, or -1 with err set; the output is then unusable. */
	int (*end)(struct tw *w, struct tv_err *err);
};

/* One writer at work. Back ends keep their state in the fields below. */
struct tw {
	const struct tw_ops *ops;
	struct sbuf *out;
	const struct tw_doc *doc;
	size_t cols;		/* text: wrap to this many display columns, 0 never */
	/* back-end state */
	const char *goal_id, *goal_title;	/* the current goal (CSV) */
	unsigned depth;		/* of the current goal */
	bool open;		/* a table (or tbody) is open */
	bool headed;		/* the main table's header is written */
	size_t rows;		/* rows written to the main table */
	void *priv;		/* a back end's own state (xlsx) */
};

/* ---- the registry ---- */

enum { TW_FOR_EXPORT = 1u, TW_FOR_REPORT = 2u };

struct tw_format {
	const char *name;
	const char *alias;	/* another accepted name, or NULL */
	const struct tw_ops *ops;	/* NULL for a data format (JSON) */
	/* A data format writes the whole plan its own way (export only). */
	int (*data)(struct sbuf *out, const struct plan *p, struct tv_err *err);
	unsigned uses;		/* TW_FOR_EXPORT, TW_FOR_REPORT */
	bool binary;		/* not for a terminal */
};

/* The format named name (or its alias) usable for use; NULL when none.
 * name NULL: the first format of the registry usable for use (the
 * default: json for export, text for reports). */
const struct tw_format *tw_format_find(const char *name, unsigned use);
/* The i-th format of the registry (0-based), or NULL past the last: tests
 * run every format through this, so a new one is tested by being listed. */
const struct tw_format *tw_format_at(size_t i);
/* The names usable for use, in registry order, joined as English and
 * usage text lists them: "json, csv, md, html or xlsx" (sep ", ", last
 * " or "), or "json|csv|md|html|xlsx" (sep "|", last "|"). */
void tw_format_names(struct sbuf *out, unsigned use, const char *sep, const char *last);

/* Start a writer of format f on out (f->ops must not be NULL). */
void tw_init(struct tw *w, const struct tw_format *f, struct sbuf *out, const struct tw_doc *d,
	     size_t cols);
/* The calls of the top comment, forwarded to the back end. */
void tw_begin(struct tw *w);
void tw_goal(struct tw *w, const struct tw_goal *g);
void tw_row(struct tw *w, const struct tw_cell *cell);
void tw_summary(struct tw *w, const struct tw_sum *s);
int tw_end(struct tw *w, struct tv_err *err);

/* ---- cells and escaping shared by the back ends (writer_cells.c) ---- */

/* Is column c shown to audience a (one of enum tw_audience)? A TW_LEAD
 * column counts as shown only for TW_CSV. */
bool tw_col_shown(const struct tw_col *c, unsigned a);
/* A cell as formats for people show it (aside not included), appended. */
void tw_cell_human(struct sbuf *out, const struct tw_cell *c, enum tw_type t,
		   enum tw_rating_style style, enum lang lang);
/* Column c of a row as formats for people show it, into out (replaced):
 * the id column (TW_LEAD) is not shown but kept in *lead and put before
 * the next shown cell ("1.1. Title"); columns not for people are skipped.
 * Returns false for a column not shown (out untouched). *lead starts NULL
 * for each row. */
bool tw_cell_for_people(struct sbuf *out, const struct tw_col *col, const struct tw_cell *cell,
			size_t c, const char **lead, enum tw_rating_style style, enum lang lang);
/* A cell as spreadsheets' text shows it: amounts as plain digits, ratings
 * as the file spells them, progress "89.2" or empty. */
void tw_cell_machine(struct sbuf *out, const struct tw_cell *c, enum tw_type t);
/* "Goal 1." and "Goal 1. Title" in the document's language. */
void tw_goal_label(struct sbuf *out, const struct tw_goal *g, enum lang lang);
void tw_goal_line(struct sbuf *out, const struct tw_goal *g, enum lang lang);
/* "70 (under way)", "not due", "unrated". */
void tw_rating_label(struct sbuf *out, int rating, enum lang lang);
/* "89.2%", or "—" when tenths < 0. */
void tw_progress_label(struct sbuf *out, int tenths);
/* "Q2" / "2 дугаар": a quarter in running text. */
const char *tw_quarter_name(int q, enum lang lang);

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
/* Sanitized copy of s (line breaks kept when keep_nl) without trailing line
 * breaks, in tmp (reset first); returns tmp's bytes, never NULL. */
const char *tw_clean(struct sbuf *tmp, const char *s, bool keep_nl, bool keep_tab);

#endif
