/*
 * util.h — memory, growable byte buffers and positioned errors.
 *
 * Ownership: every allocation failure aborts the program with a message
 * (xmalloc and friends); nothing in tolov truncates silently, so buffers grow
 * as needed. A struct tv_err owns its message; tv_err_clear frees it.
 */
#ifndef TOLOV_UTIL_H
#define TOLOV_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdbool.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
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
 * A user-facing error. text holds one or more complete lines in gcc style:
 * "FILE:LINE:COL: error: message" (or "FILE: error: message" when there is
 * no position). Functions that fail fill it and return -1.
 */
struct tv_err {
	char *text;
};
#define TV_ERR_INIT { NULL }
void tv_err_clear(struct tv_err *e);
/* line/col are 1-based; 0 means "no position". Replaces any earlier text. */
void tv_err_set(struct tv_err *e, const char *file, unsigned line, unsigned col,
		const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void tv_err_vset(struct tv_err *e, const char *file, unsigned line, unsigned col,
		 const char *fmt, va_list ap);

/* Read a whole file with a size cap. Returns 0, or -1 with err set. */
int read_file(const char *path, size_t cap, char **data, size_t *len, struct tv_err *err);

#endif
