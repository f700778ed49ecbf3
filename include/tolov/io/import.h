/*
 * import.h — `tolov import`: a plan table copied or saved from Word, Excel
 * or LibreOffice (TSV or CSV text) to a new plan.
 *
 * Ownership: import_table and import_file return a plan made with plan_new
 * (it owns every string; plan_free releases it) in *out, or -1 with err
 * holding one line "FILE:LINE:COL: error: message" per problem found (or
 * "FILE: error: message" when there is no position) and *out set to NULL.
 * The input buffer is only read. Lines count from 1 and columns count
 * characters (UTF-8 code points) from 1; a tab is one column.
 *
 * The rules:
 *   - Encoding: UTF-8, with or without a byte-order mark. Invalid UTF-8 and
 *     NUL bytes are errors at their position (at most IMPORT_MAX_ERRORS
 *     lines are reported; the last says so when more were found).
 *   - Format: the first row that names known columns decides. If split on
 *     tabs it names two or more, the input is TSV; otherwise it is CSV
 *     (RFC 4180, comma or, failing that, semicolon as the delimiter). Line
 *     ends may be LF or CRLF. CSV cells may be quoted, with "" for a quote
 *     and line breaks kept in the value (a CRLF inside a cell becomes LF).
 *     In TSV a cell that starts with a quote is read as quoted (as Excel
 *     writes it) only when the quotes are well formed; else it is literal.
 *   - Columns are found by their header names, Mongolian or English, in any
 *     order, compared case-insensitively after trimming and collapsing
 *     spaces: activity (Хэрэгжүүлэх арга хэмжээ, "арга хэмжээ", Activity,
 *     Action), indicator (Гүйцэтгэлийн шалгуур үзүүлэлт, "шалгуур",
 *     "үзүүлэлт", Indicator), baseline (Суурь түвшин, Baseline), target
 *     (Хүрэх түвшин, Target), budget (Төсөв, Budget, Cost), schedule
 *     (Хугацаа, Schedule, Timeline, Deadline, Timeframe), responsible
 *     (Хариуцсан/Хариуцах нэгж, Responsible) and number (№, д/д, No, #).
 *     The header is the first row naming two or more of them (or a lone
 *     activity header). It must have an activity column; a column named
 *     twice is an error. Columns with other names are ignored.
 *   - Rows before the header are the title (non-empty cells joined with a
 *     space); a year 19xx/20xx in it is the plan year.
 *   - Blank rows, the row of column numbers (1 2 3 ...), the header row
 *     repeated, and ornaments such as "-Оо-" or "***" (a lone short cell of
 *     dashes, stars and the like) are skipped.
 *   - A goal row starts with "Зорилт N" or "Goal N", N in digits or a
 *     Mongolian number word from нэг to арав; the rest is the title and
 *     the goal id is N in digits. Its other cells must be empty (the number
 *     column may repeat N).
 *   - An activity row has "N.M" (optionally "N.M.", or more levels) at the
 *     start of its activity cell, or in the number column; the rest is the
 *     title. It must follow a goal whose id is its first part, and ids of
 *     goals and of activities are unique. Any other row, and any cell to
 *     the right of the last header column, is an error ("cannot read
 *     row: ..."), never dropped.
 *   - "-" (or a dash only) and empty cells are "". An activity has one
 *     indicator (name/baseline/target) unless all three are empty.
 *   - Budget: an empty cell means no budget. Otherwise text is the whole
 *     cell, a "(...)" part is the source, and the amount is read from what
 *     is left: a number with space, comma or dot thousands separators, a
 *     decimal comma or dot, then "сая" (million), "мянга"/"мян." (thousand)
 *     or "тэрбум" (billion) and "төгрөг"/"төг"/"₮"/"MNT", all optional.
 *     Integer arithmetic only; fractions of a tögrög round half up. A cell
 *     that does not read this way (say "Төсөвт тусгасан") keeps its text
 *     and source with no amount, and is not an error: the text is what the
 *     user wrote and stays visible in tolov.
 *   - Schedule: the cell is kept as written; quarters are read from forms
 *     like "1-4 дүгээр улирал", "2,3 дугаар улирал", "1,-4 ..." (read as
 *     1-4), "II-III улирал", "2-р улиралд", "Q2-Q3", "Q1,Q3"; "Тухай бүр"
 *     (as needed) gives no quarters with has_quarters set; "жилдээ",
 *     "жилийн турш", "байнга", "улирал бүр", "Year-round" give all four.
 *     A schedule that does not read this way has no quarters (not an
 *     error).
 */
#ifndef TOLOV_IMPORT_H
#define TOLOV_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include "tolov/plan/plan.h"
#include "tolov/base/util.h"

#define IMPORT_MAX_ERRORS 50
#define IMPORT_FILE_CAP ((size_t)64 << 20)

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


/* The importer's own parts (src/import_read.c), not for other callers. */
struct import_errs {
	const char *path;
	struct sbuf text;	/* lines joined with "\n" */
	unsigned n;		/* errors found, reported or not */
};
void import_error(struct import_errs *e, unsigned line, unsigned col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

struct import_cell {
	char *text;		/* trimmed, NUL-terminated */
	unsigned line, col;
};
struct import_row {
	struct import_cell *cell;
	size_t n, cap;
	unsigned line;
};
struct import_rows {
	struct import_row *row;
	size_t n, cap;
};
/* Check UTF-8 (and refuse NUL); 0 when clean, else -1 with errors added. */
int import_check_utf8(const char *s, size_t n, struct import_errs *e);
/* Split s into rows of cells on delim; csv selects strict RFC 4180 quotes
 * (errors added to e), else quotes are read only when well formed. */
void import_split(const char *s, size_t n, char delim, bool csv, struct import_rows *out,
		  struct import_errs *e);
void import_rows_free(struct import_rows *r);

/* The header (src/import_header.c). */
enum import_col { C_ACT, C_IND, C_BASE, C_TARGET, C_BUDGET, C_SCHED, C_RESP, C_NUM, NCOL };
struct import_header {
	size_t row;		/* index in rows */
	int col[NCOL];		/* cell index, or -1 */
	int named;		/* columns recognised */
	size_t width;		/* cells in the header row */
};
/* Split s as TSV, or as CSV when that is what has a header; false when no
 * row is a header. CSV errors are added to e. */
bool import_split_any(const char *s, size_t n, struct import_rows *rows,
		      struct import_header *h, struct import_errs *e);
/* Fill h->col; a column named twice or no activity column adds errors. */
void import_map_header(const struct import_rows *rows, struct import_header *h,
		       struct import_errs *e);
size_t import_n_chars(const char *s);	/* UTF-8 code points */

#endif
