/* util.c — memory, byte buffers, errors and whole-file reads. */
#include "tolov/base/util.h"

#include <errno.h>
#include <stdint.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void oom(void)
{
	fputs("tolov: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xasprintf(const char *fmt, ...)
{
	struct sbuf b = SBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sbuf_addvf(&b, fmt, ap);
	va_end(ap);
	return sbuf_detach(&b);
}

void sbuf_grow(struct sbuf *b, size_t extra)
{
	if (extra > SIZE_MAX / 2 - b->len)
		oom();
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->buf = xrealloc(b->buf, cap);
	b->cap = cap;
	b->buf[b->len] = '\0';	/* a grown buffer is a valid string even before any add */
}

void sbuf_add(struct sbuf *b, const void *data, size_t n)
{
	sbuf_grow(b, n);
	if (n)
		memcpy(b->buf + b->len, data, n);
	b->len += n;
	b->buf[b->len] = '\0';
}

void sbuf_adds(struct sbuf *b, const char *s)
{
	sbuf_add(b, s, strlen(s));
}

void sbuf_addc(struct sbuf *b, char c)
{
	sbuf_add(b, &c, 1);
}

void sbuf_addvf(struct sbuf *b, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	sbuf_grow(b, (size_t)n);
	vsnprintf(b->buf + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void sbuf_addf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sbuf_addvf(b, fmt, ap);
	va_end(ap);
}

void sbuf_reset(struct sbuf *b)
{
	b->len = 0;
	if (b->buf)
		b->buf[0] = '\0';
}

char *sbuf_detach(struct sbuf *b)
{
	char *p = b->buf ? b->buf : xstrdup("");
	b->buf = NULL;
	b->len = b->cap = 0;
	return p;
}

void sbuf_free(struct sbuf *b)
{
	free(b->buf);
	b->buf = NULL;
	b->len = b->cap = 0;
}

void tv_err_clear(struct tv_err *e)
{
	free(e->text);
	e->text = NULL;
}

void tv_err_vset(struct tv_err *e, const char *file, unsigned line, unsigned col,
		 const char *fmt, va_list ap)
{
	struct sbuf b = SBUF_INIT;
	if (!e)
		return;
	if (file && line)
		sbuf_addf(&b, "%s:%u:%u: error: ", file, line, col ? col : 1);
	else if (file)
		sbuf_addf(&b, "%s: error: ", file);
	else
		sbuf_adds(&b, "error: ");
	size_t from = b.len;
	sbuf_addvf(&b, fmt, ap);
	/* Messages quote text from files and the command line: never let it
	 * carry control characters to a terminal. */
	struct sbuf safe = SBUF_INIT;
	sbuf_add(&safe, b.buf, from);
	for (size_t i = from; i < b.len; i++) {
		unsigned char c = (unsigned char)b.buf[i];
		if (c < 0x20 || c == 0x7f)
			sbuf_addf(&safe, "\\x%02x", c);
		else if (c == 0xC2 && i + 1 < b.len && (unsigned char)b.buf[i + 1] >= 0x80 &&
			 (unsigned char)b.buf[i + 1] <= 0x9F)
			sbuf_addf(&safe, "\\u%04x", (unsigned char)b.buf[++i]);
		else
			sbuf_addc(&safe, (char)c);
	}
	sbuf_free(&b);
	free(e->text);
	e->text = sbuf_detach(&safe);
}

void tv_err_set(struct tv_err *e, const char *file, unsigned line, unsigned col,
		const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	tv_err_vset(e, file, line, col, fmt, ap);
	va_end(ap);
}

int read_file(const char *path, size_t cap, char **data, size_t *len, struct tv_err *err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		tv_err_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) < 0) {
		tv_err_set(err, path, 0, 0, "cannot read: %s", strerror(errno));
		close(fd);
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		tv_err_set(err, path, 0, 0, "is a folder, not a file");
		close(fd);
		return -1;
	}
	if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > cap) {
		tv_err_set(err, path, 0, 0, "file is %lld bytes, over the %zu-byte limit",
			   (long long)st.st_size, cap);
		close(fd);
		return -1;
	}
	/* Exactly the file's size (plus the NUL): the whole file stays in
	 * memory while it is open, so no slack is allocated. */
	struct sbuf b = SBUF_INIT;
	b.cap = (S_ISREG(st.st_mode) ? (size_t)st.st_size : 65536) + 1;
	b.buf = xmalloc(b.cap);
	for (;;) {
		if (b.cap - b.len - 1 == 0)
			sbuf_grow(&b, 65536);	/* the file grew, or is a pipe */
		ssize_t n = read(fd, b.buf + b.len, b.cap - b.len - 1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			tv_err_set(err, path, 0, 0, "cannot read: %s", strerror(errno));
			sbuf_free(&b);
			close(fd);
			return -1;
		}
		if (n == 0)
			break;
		b.len += (size_t)n;
		if (b.len > cap) {
			tv_err_set(err, path, 0, 0, "file is over the %zu-byte limit", cap);
			sbuf_free(&b);
			close(fd);
			return -1;
		}
	}
	close(fd);
	b.buf[b.len] = '\0';
	*len = b.len;
	*data = sbuf_detach(&b);
	return 0;
}
