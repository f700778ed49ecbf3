/*
 * util.h — memory, growable byte buffers and errors as values.
 *
 * Ownership: every allocation failure aborts the program with a message
 * (xmalloc and friends); nothing in tolov truncates silently, so buffers grow
 * as needed. Errors are values (struct tv_err, below): a message code,
 * a position and arguments, formatted by each front end in its language.
 */
#ifndef TOLOV_UTIL_H
#define TOLOV_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdbool.h>

#include "tolov/base/i18n.h"

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);	/* s may be NULL when n is 0 */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Growable byte buffer; buf is always NUL-terminated (len excludes it). */
struct sbuf {
	char *buf;
	size_t len, cap;
};
#define SBUF_INIT { NULL, 0, 0 }
void sbuf_grow(struct sbuf *b, size_t extra);
void sbuf_add(struct sbuf *b, const void *data, size_t n);
void sbuf_adds(struct sbuf *b, const char *s);
void sbuf_addc(struct sbuf *b, char c);
void sbuf_addf(struct sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sbuf_addvf(struct sbuf *b, const char *fmt, va_list ap);
void sbuf_reset(struct sbuf *b);
char *sbuf_detach(struct sbuf *b);	/* caller frees; buffer is left empty */
void sbuf_free(struct sbuf *b);

/*
 * Errors as values. A struct tv_err is one diagnostic: a severity, a
 * position (file, 1-based line and column; 0 = none) and either a message
 * code of the catalog (enum msg, i18n.h) with its arguments, or — for call
 * sites not yet converted — a ready English text (tv_err_set). Each front
 * end formats it in the language it shows (tv_err_format), gcc style:
 *
 *     FILE:LINE:COL: error: MESSAGE      (FILE: error: …  without position)
 *
 * The tags "error:", "warning:" and "note:" stay English in every language:
 * editors parse them. Notes attached with tv_err_note follow as their own
 * lines ("FILE:LINE:COL: note: …"), e.g. where a duplicate id was first used.
 *
 * Setting a coded message:
 *
 *     tv_err_at(err, path, line, col, M_E_RATING, "%s", value);
 *
 * A message without arguments passes TV_NOARGS as its shape. The shape
 * ("%s") names the arguments' conversions in order; the
 * compiler checks the arguments against it (format attribute), and
 * tests/check-msgargs.sh checks it against the catalog's English and
 * Mongolian texts, which tests/unit/test_i18n.c checks against each other.
 * Arguments are copied (strings duplicated), so the caller's memory may go
 * away; integers are kept as (unsigned) long long and printed with the
 * catalog's conversion. A conversion without a matching argument prints "?".
 *
 * Ownership: everything an error holds (notes, file name, arguments) is in
 * one allocation that starts at `text`, so free(e->text) frees all of it
 * and the other fields then dangle: a caller that takes the text must
 * reset the struct to TV_ERR_INIT. tv_err_clear frees it and leaves a
 * TV_ERR_INIT value. Every set function replaces what was there; its
 * arguments may point into the error being replaced.
 * `text` is kept for readers not yet converted: the main line (notes left
 * out, no final '\n'), formatted in the language current (i18n_get) when
 * the error was set. Never write to it directly.
 */
#define TV_NOARGS ((const char *)0)	/* shape of a message without arguments */

enum tv_sev { TV_ERROR, TV_WARNING, TV_NOTE };

#define TV_ERR_MAXARG 6
struct tv_arg {
	enum { TV_ARG_NONE, TV_ARG_STR, TV_ARG_INT, TV_ARG_UINT, TV_ARG_DBL } kind;
	const char *s;
	long long i;
	unsigned long long u;
	double d;
};

struct tv_err {
	char *text;		/* see above; NULL when nothing is set */
	enum tv_sev sev;
	bool coded;		/* code and arg are meant; else legacy holds the message */
	enum msg code;
	const char *file;	/* NULL: no file */
	unsigned line, col;	/* 1-based; 0 = no position */
	struct tv_arg arg[TV_ERR_MAXARG];
	unsigned n_arg;
	const char *legacy;	/* message of tv_err_set, English, no position */
	const char *where;	/* NULL, or the part of the file the message is
				 * about, shown before it as written ("PATH: "):
				 * the set path of `tolov set` */
	struct tv_err *note;	/* following note lines; NULL when none */
};
#define TV_ERR_INIT { .text = NULL }

void tv_err_clear(struct tv_err *e);
/* true when something is set. */
bool tv_err_isset(const struct tv_err *e);

/* An error (tv_err_at), or a diagnostic of severity sev, with message m of
 * the catalog; shape lists the conversions of m's text in order ("" when it
 * takes none). e may be NULL (nothing happens). */
void tv_err_at(struct tv_err *e, const char *file, unsigned line, unsigned col, enum msg m,
	       const char *shape, ...) __attribute__((format(printf, 6, 7)));
void tv_diag_at(struct tv_err *e, enum tv_sev sev, const char *file, unsigned line,
		unsigned col, enum msg m, const char *shape, ...)
	__attribute__((format(printf, 7, 8)));
void tv_diag_vat(struct tv_err *e, enum tv_sev sev, const char *file, unsigned line,
		 unsigned col, enum msg m, const char *shape, va_list ap);
/* Append a note line (severity TV_NOTE) to e, which must be set. */
void tv_err_note(struct tv_err *e, const char *file, unsigned line, unsigned col, enum msg m,
		 const char *shape, ...) __attribute__((format(printf, 6, 7)));
void tv_err_vnote(struct tv_err *e, const char *file, unsigned line, unsigned col,
		  enum msg m, const char *shape, va_list ap);
/* Give e (set, usually without a position: a value check's verdict) the
 * position file:line:col (line 0: none) and where (NULL: none; see
 * struct tv_err); code, arguments and notes stay. Nothing when e is not
 * set. The arguments may point into e. */
void tv_err_place(struct tv_err *e, const char *file, unsigned line, unsigned col,
		  const char *where);
/* A deep copy of src into *dst (replacing it), notes included. */
void tv_err_copy(struct tv_err *dst, const struct tv_err *src);
/* Move src into *dst (replacing it); src is left cleared. */
void tv_err_move(struct tv_err *dst, struct tv_err *src);

/* Append the complete lines of e (notes included, each ending in '\n') in
 * language l. Text from files or arguments has control characters escaped
 * (\xNN, \u0080–\u009f), so it cannot drive a terminal. */
void tv_err_format(struct sbuf *out, const struct tv_err *e, enum lang l);
/* Append only e's message in language l: no position, no tag, no notes,
 * one line. For interfaces that show the position their own way. */
void tv_err_message(struct sbuf *out, const struct tv_err *e, enum lang l);

/* Append catalog message m in language l with its arguments: the checked
 * form of sbuf_addf(out, tr(m), ...) for any message that takes arguments
 * (shape as for tv_err_at). Control characters in arguments are kept: the
 * caller decides how text reaches a terminal. */
void tv_msg_add(struct sbuf *out, enum lang l, enum msg m, const char *shape, ...)
	__attribute__((format(printf, 4, 5)));

/* Legacy: an error with a ready English message (printf format). line/col
 * are 1-based; 0 means "no position". Replaces any earlier error. Prefer
 * tv_err_at: this text is never translated. */
void tv_err_set(struct tv_err *e, const char *file, unsigned line, unsigned col,
		const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void tv_err_vset(struct tv_err *e, const char *file, unsigned line, unsigned col,
		 const char *fmt, va_list ap);

/* s as a whole decimal number: an optional sign, digits, nothing else (no
 * spaces, no 1_000), within long long. true with *out set, or false with
 * *out unchanged. The one number rule of the loader and of set. */
bool parse_whole(const char *s, long long *out);

/* Write all len bytes of data to fd, going on after short writes and
 * EINTR. Returns 0, or -1 with errno set (ENOSPC when write wrote nothing);
 * bytes written before a failure stay written. Async-signal-safe. */
int write_all(int fd, const void *data, size_t len);

/* Read a whole file with a size cap. Returns 0, or -1 with err set. */
int read_file(const char *path, size_t cap, char **data, size_t *len, struct tv_err *err);

#endif
