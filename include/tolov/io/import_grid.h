/*
 * import_grid.h — the seam of `tolov import`: readers turn a file (text,
 * .docx, .xlsx) into a grid of cells with positions; the interpreter
 * (import.c) turns the grid into a plan and never sees the file's bytes.
 *
 * Ownership: a grid owns every string in it; import_grid_free releases it
 * (a zeroed grid is empty and may be freed). Readers return 0 with the grid
 * filled, or -1 with errors added to the list (and the grid possibly
 * holding what was read so far: free it either way).
 *
 * Positions: every cell carries where it came from, in the reader's terms
 * (import_pos formats them):
 *   text   line and column (UTF-8 code points from 1, a tab is one column)
 *          of the cell's first character: "FILE:LINE:COL";
 *   .docx  table (from 1, in document order), row and column (grid column
 *          from 1): "FILE:table T, row R, column C"; paragraphs before the
 *          first table are rows of table 0 ("FILE:paragraph R");
 *   .xlsx  row and column of the sheet: "FILE:SHEET!C14".
 * Merged cells: a cell merged across columns is one cell (the columns it
 * spans are empty); a cell merged down (docx vMerge, xlsx mergeCells over
 * rows) gives each row below the text of its first cell, marked `merged`
 * (the first is not), so the interpreter can tell a value written once
 * from one written again.
 */
#ifndef TOLOV_IMPORT_GRID_H
#define TOLOV_IMPORT_GRID_H

#include <stdbool.h>
#include <stddef.h>
#include "tolov/base/util.h"
#include "tolov/base/i18n.h"

/* Caps on what a file may hold (refused beyond them, never truncated). */
#define IMPORT_MAX_ROWS 200000u
#define IMPORT_MAX_CELLS 4000000u
#define IMPORT_MAX_COLS 512u
#define IMPORT_ZIP_ENTRY_CAP ((unsigned long long)256 << 20)	/* bytes */
#define IMPORT_ZIP_RATIO_CAP 1000u

enum grid_kind { GRID_TEXT, GRID_DOCX, GRID_XLSX };

struct import_cell {
	char *text;		/* trimmed, NUL-terminated UTF-8 */
	unsigned line, col;	/* text: line/column; docx/xlsx: row/column */
	bool merged;		/* a copy of a merged cell's first cell */
	bool number;		/* xlsx: stored as a number */
	bool used;		/* set by the interpreter when the cell went somewhere */
};
struct import_row {
	struct import_cell *cell;
	size_t n, cap;
	unsigned line;		/* text: line; docx/xlsx: row */
	unsigned table;		/* docx: table number (0 for paragraphs) */
};
struct import_rows {
	struct import_row *row;
	size_t n, cap;
};

/* Messages of one import: errors and warnings, each one line. */
struct import_errs {
	const char *path;
	struct sbuf text;	/* error lines joined with "\n" */
	unsigned n;		/* errors found, reported or not */
	struct sbuf warn;	/* warning lines, each ending "\n" */
	unsigned n_warn;
	enum grid_kind kind;
	const char *sheet;	/* xlsx: the sheet's name */
};

struct import_grid {
	enum grid_kind kind;
	struct import_rows rows;
	char *sheet;		/* xlsx: the sheet read */
	char *sheets;		/* xlsx: every sheet's name, quoted, ", "-joined */
	size_t n_sheets;
	char delim;		/* text: the delimiter chosen */
};

void import_grid_free(struct import_grid *g);
void import_rows_free(struct import_rows *r);
/* Append a row / a cell (text copied from t[0, n), trimmed). */
struct import_row *import_row_new(struct import_rows *rows, unsigned line);
struct import_cell *import_cell_add(struct import_row *r, const char *t, size_t n,
				    unsigned line, unsigned col);

/* "FILE:LINE:COL", "FILE:table T, row R, column C" or "FILE:SHEET!C14" for
 * a position (line 0: "FILE"), into out. */
void import_pos(struct sbuf *out, const struct import_errs *e, unsigned table, unsigned line,
		unsigned col);

/* An error or a warning at a position (line 0: the file as a whole), with
 * message m of the catalog (msg_import.h) in the language current; shape
 * names m's conversions in order, as for tv_err_at (the compiler checks
 * the arguments against it, tests/check-msgargs.sh the shape against the
 * catalog). Errors past IMPORT_MAX_ERRORS are counted, not kept. */
void import_err(struct import_errs *e, unsigned table, unsigned line, unsigned col, enum msg m,
		const char *shape, ...) __attribute__((format(printf, 6, 7)));
void import_warn(struct import_errs *e, unsigned table, unsigned line, unsigned col,
		 enum msg m, const char *shape, ...) __attribute__((format(printf, 6, 7)));
/* The last line when errors were left out: "FILE: error: N more ...". */
void import_more_errors(struct import_errs *e);

/*
 * Readers. `sheet` names the .xlsx sheet (NULL: the first). Detection is by
 * content: a zip container is .docx or .xlsx by its parts, anything else is
 * text. Errors name the problem (an encrypted or macro-only container, a
 * zip bomb, a DTD, too many rows or cells) at the best position known.
 */
int import_read_any(const char *data, size_t len, const char *sheet, struct import_grid *g,
		    struct import_errs *e);
/* Text: decoding (UTF-8 with or without BOM, UTF-16 LE/BE with BOM), the
 * line ends (LF, CRLF, CR), `sep=X` and the delimiter (tab, comma or
 * semicolon: the one giving the most consistent header). */
int import_read_text(const char *data, size_t len, struct import_grid *g,
		     struct import_errs *e);
int import_read_docx(const char *data, size_t len, struct import_grid *g,
		     struct import_errs *e);
int import_read_xlsx(const char *data, size_t len, const char *sheet, struct import_grid *g,
		     struct import_errs *e);

/* Does the zip container in data hold an entry of that name?  false when
 * it is no readable zip. */
bool import_zip_has(const char *data, size_t len, const char *name);

/* How many named columns the best header row of rows has (the delimiter
 * choice asks the interpreter); 0 when none. */
int import_header_score(const struct import_rows *rows);

#endif
