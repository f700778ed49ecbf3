/*
 * import.h — `tolov import`: a plan table from Word (.docx), Excel (.xlsx)
 * or text (TSV, CSV, any of UTF-8/UTF-16) to a new plan.
 *
 * A pipeline with one seam (import_grid.h): a reader turns the file into a
 * grid of cells with positions; the interpreter (import.c) finds the header
 * and reads the rows by the rules below, building a plan. Every non-empty
 * cell below the header ends in a field, a section or an extra; what is
 * left out (the column-number row, repeated headers, ornaments, signature
 * lines, total rows) is named in a warning "FILE:POS: warning: ...".
 *
 * Ownership: import_run fills a struct import_result whose plan is made
 * with plan_new (it owns every string; plan_free releases it) and whose
 * warnings and notes belong to the result (import_result_free releases
 * all). On failure it returns -1 with err holding one line per problem
 * ("FILE:POS: error: message", or "FILE: error: message") and no plan.
 * The input buffer is only read.
 *
 * The rules (README, "import", has an example of each kind of row):
 *   - Header: the first row naming two or more columns (half its cells or
 *     more) among the first rows (header names in the schema's
 *     import_headers, Mongolian and English, long sentences
 *     allowed: the earliest name in a cell decides); a second header row
 *     under merged parents (years, quarters) joins parent and part with a
 *     space. No activity column: the column of the longest texts is the
 *     activity column; an indicator table (indicator, no activity column)
 *     gives an activity per numbered row titled by its indicator.
 *   - Rows above the header: the title (joined by spaces); a line that is
 *     only an organisation's name followed by a further title line is the
 *     organisation; date, place and approval lines go to the plan's extra
 *     (Огноо, Байршил, Батлав); text below the table that is no signature
 *     too (Тэмдэглэл).
 *   - Goal rows: "Зорилт 1.", "Зорилт Нэг.", "Зорилт-1:", "ЗОРИЛТ 1",
 *     "Стратегийн зорилт 1.", "Нэг. ...", "1 Нэг. ...", "I. ...", "1. ..."
 *     (with 1.1 under it), quoted or not; a row of one sentence followed by
 *     activities; a goal column; nested goals from ids with children
 *     ("1" over "1.1" over "1.1.1"). An all-capitals row followed by goals,
 *     "... чиг үүрэг: ..." and other headings above goals are sections.
 *   - Activity rows: an id at the start of the activity cell or in the
 *     number column ("1.1.", "1.1.1", "Арга хэмжээ 1.1", sequence numbers
 *     "1", "2." that become GOAL.N); a row without id under a goal gets the
 *     next GOAL.N. Ids stay unique (a repeated one is renumbered, with a
 *     warning).
 *   - Continuation rows (empty activity cell): a further indicator of the
 *     activity above; its other differing cells go to that indicator's extra.
 *   - Values: "-" and empty cells are ""; budgets as in import_budget_amount
 *     (a header unit "(мян.төг)" multiplies); schedules as in
 *     import_schedule_quarters (unread: kept as written, a warning);
 *     achieved and rating columns fill indicators[0].actual.qN and
 *     status.qN for the report's quarter (100/70/30/0, ХБ = not-due; other
 *     values stay in the note with a warning).
 *   - Any other column: indicator unit (Хэмжих нэгж) or extra keyed by the
 *     header text (a key met twice in one extra gets " (2)", " (3)" ...).
 */
#ifndef TOLOV_IMPORT_H
#define TOLOV_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include "tolov/plan/plan.h"
#include "tolov/base/util.h"

#define IMPORT_MAX_ERRORS 50
#define IMPORT_FILE_CAP ((size_t)64 << 20)

struct import_opts {
	int quarter;		/* 1..4 for an implementation report, 0: from the title */
	int year;		/* the plan year for multi-year targets, 0: title/first */
	const char *sheet;	/* .xlsx sheet, NULL: the first */
	bool strict;		/* refuse on any warning */
};

/*
 * Where the values that are not plain fields went, as notes naming their
 * place by indices (nested goals' parents, sections, units, extras, the
 * organisation, a goal's own indicators and responsible). The plan already
 * holds every one of them (organisation, goals' parent/section/responsible/
 * ind, indicators' unit, extra on plan, goal, activity and indicator); the
 * notes are a record for tests and tools (test_import_kinds prints them).
 */
enum note_on { NOTE_PLAN, NOTE_GOAL, NOTE_ACT, NOTE_IND, NOTE_GOAL_IND };
enum note_what {
	NOTE_EXTRA,		/* key: header text */
	NOTE_SECTION,		/* goal */
	NOTE_UNIT,		/* indicator */
	NOTE_PARENT,		/* goal: value is the parent goal's id */
	NOTE_ORGANISATION,	/* plan */
	NOTE_RESPONSIBLE,	/* goal */
	NOTE_IND_NAME, NOTE_IND_BASELINE, NOTE_IND_TARGET,	/* goal's own indicator i */
};
struct import_note {
	enum note_on on;
	enum note_what what;
	size_t g, a, i;		/* goal, activity (in the goal), indicator */
	const char *key, *value;	/* owned by the result */
};

struct import_result {
	struct plan *plan;	/* owned; NULL after a failure */
	struct import_note *note;
	size_t n_note, cap_note;
	char *warnings;		/* "FILE:POS: warning: ...\n" lines, or NULL */
	unsigned n_warn;
	unsigned n_goals, n_acts, n_inds;	/* for the summary line */
};

int import_run(const char *path, const char *data, size_t len, const struct import_opts *o,
	       struct import_result *res, struct tv_err *err);
int import_run_file(const char *path, const struct import_opts *o, struct import_result *res,
		    struct tv_err *err);
void import_result_free(struct import_result *res);
/* The note of (on, what, g, a, i[, key]); NULL when there is none. key is
 * compared only for NOTE_EXTRA. */
const char *import_note_get(const struct import_result *res, enum note_on on,
			    enum note_what what, size_t g, size_t a, size_t i, const char *key);
/* "goals 3, activities 12, indicators 14, warnings 0" style line (in the
 * chosen language) into out. */
void import_summary(struct sbuf *out, const struct import_result *res);

/* The plan only (warnings and notes dropped): for callers that need no
 * more, as before. */
int import_table(const char *path, const char *data, size_t len, struct plan **out,
		 struct tv_err *err);
int import_file(const char *path, struct plan **out, struct tv_err *err);

/*
 * Cell readers, exposed for tests. The input is one trimmed cell.
 * import_budget_amount: true with *amount set when the cell reads as an
 * amount; *source is a new string (caller frees) or NULL when the cell has
 * no "(...)" part, whether or not the amount reads.
 * import_schedule_quarters: true with *quarters (bit q-1 for quarter q) when
 * the cell reads as quarters; "Тухай бүр" reads as 0.
 */
bool import_budget_amount(const char *cell, long long *amount, char **source);
/* The same under a header unit of 10^exp10 ("Төсөв (мян.төг)": 3): the cell
 * reads as without it ("2,000" is two thousand, "12,500.5" twelve thousand
 * five hundred and a half), then is multiplied; a unit word in the cell
 * ("2 сая") is not multiplied again. */
bool import_budget_amount_scaled(const char *cell, int exp10, long long *amount, char **source);
bool import_schedule_quarters(const char *cell, unsigned *quarters);

/* Text helpers shared by the importer's files (src/import_*.c). */
/* A copy of s[0, n) with Latin and Cyrillic capitals made small; byte
 * lengths are kept, so offsets in the copy are offsets in s. */
char *import_fold(const char *s, size_t n);
/* Trim spaces, tabs, CR, LF and no-break spaces from both ends. */
void import_trim(const char **s, size_t *n);
/* The UTF-8 sequence at s (n bytes left): its length, or 0 when invalid. */
size_t import_utf8_len(const unsigned char *s, size_t n);
/* Decoded code point of a valid sequence of length l. */
unsigned import_utf8_cp(const unsigned char *s, size_t l);
/* Bytes of white space at s (ASCII blanks, U+00A0, U+2009, U+202F). */
size_t import_space_len(const char *s, size_t n);
size_t import_skip_space(const char *s, size_t n, size_t i);
bool import_is_letter(const char *s, size_t n);	/* Latin or Cyrillic */
/* Length of word w at s when it stands there whole, else 0. */
size_t import_word_at(const char *s, size_t n, const char *w);


/* The importer's own parts, not for other callers. */
#include "tolov/io/import_grid.h"
/* Check UTF-8 (and refuse NUL); 0 when clean, else -1 with errors added. */
int import_check_utf8(const char *s, size_t n, struct import_errs *e);
/* Split s into rows of cells on delim; csv selects strict RFC 4180 quotes
 * (errors added to e), else quotes are read only when well formed. Line
 * ends LF, CRLF or a lone CR. */
void import_split(const char *s, size_t n, char delim, bool csv, struct import_rows *out,
		  struct import_errs *e);
/* The same, numbering lines from line0. */
void import_split_from(const char *s, size_t n, unsigned line0, char delim, bool csv,
		       struct import_rows *out, struct import_errs *e);

/* The header (src/import_header.c). */
enum import_col {
	C_ACT, C_IND, C_BASE, C_TARGET, C_BUDGET, C_SOURCE, C_SCHED, C_RESP, C_NUM, C_GOAL,
	C_UNIT, C_ACHIEVED, C_RATING, C_OTHER, NCOL
};
struct import_column {
	int kind;		/* enum import_col, or -1 (unnamed) */
	const char *name;	/* header text (parts of a two-row header joined) */
	int year;		/* a year in the header, 0 when none */
	long long mult;		/* budget: the header's unit (1000 for "мян.төг"), else 1 */
	int quarter;		/* schedule part headed by a quarter (1..4), else 0 */
	bool odd_scale;		/* rating: a scale other than 0-100 ("/0-30/") */
	bool field;		/* the column that fills the field of its kind */
};
struct import_header {
	size_t row;		/* index in rows of the (first) header row */
	size_t n_rows;		/* 1, or 2 for a two-row header */
	size_t width;		/* columns */
	struct import_column *c;	/* width of them; names owned by the header */
	int col[NCOL];		/* the field column of each kind, or -1 */
	int named;		/* columns recognised */
};
/* Which column a header cell names (-1: none); *exact when the whole
 * cell is a known name. Exposed for tests. */
int import_header_kind(const char *cell, bool *exact);
/* Find the header in rows (the best-scoring row among the first rows) and
 * map its columns; false when none is found. */
bool import_find_header(const struct import_rows *rows, struct import_header *h);
void import_header_free(struct import_header *h);
size_t import_n_chars(const char *s);	/* UTF-8 code points */

/* Cell readers (src/import_values.c) beyond budgets and schedules. */
/* A rating cell: 100, 70, 30, 0 (with or without %), ХБ / хугацаа
 * болоогүй (RATING_NOT_DUE); *rest and *rest_len (bytes) get the text
 * after the rating (the note, a parenthesis unwrapped), pointing into
 * cell. RATING_NONE when the cell is not a rating. */
int import_rating(const char *cell, const char **rest, size_t *rest_len);
/* The quarter a report's title names ("хагас жил" 2, "жилийн эцэс" 4,
 * "II улирал" 2, "9 сар" 3), 0 when none. */
int import_title_quarter(const char *title);

#endif
