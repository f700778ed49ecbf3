/* util.c — memory, byte buffers, errors and whole-file reads. */
#include "tolov/base/util.h"

#include <errno.h>
#include <stddef.h>
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

/* ---- errors as values ---- */

void tv_err_clear(struct tv_err *e)
{
	if (!e)
		return;
	free(e->text);
	free(e->file);
	free(e->legacy);
	for (unsigned i = 0; i < e->n_arg; i++)
		free(e->arg[i].s);
	if (e->note) {
		tv_err_clear(e->note);
		free(e->note);
	}
	*e = (struct tv_err)TV_ERR_INIT;
}

bool tv_err_isset(const struct tv_err *e)
{
	return e && (e->coded || e->legacy || e->text);
}

void tv_err_move(struct tv_err *dst, struct tv_err *src)
{
	if (dst == src)
		return;
	tv_err_clear(dst);
	*dst = *src;
	*src = (struct tv_err)TV_ERR_INIT;
}

void tv_err_copy(struct tv_err *dst, const struct tv_err *src)
{
	if (dst == src)
		return;
	tv_err_clear(dst);
	if (!src)
		return;
	dst->text = src->text ? xstrdup(src->text) : NULL;
	dst->sev = src->sev;
	dst->coded = src->coded;
	dst->code = src->code;
	dst->file = src->file ? xstrdup(src->file) : NULL;
	dst->line = src->line;
	dst->col = src->col;
	dst->n_arg = src->n_arg;
	for (unsigned i = 0; i < src->n_arg; i++) {
		dst->arg[i] = src->arg[i];
		dst->arg[i].s = src->arg[i].s ? xstrdup(src->arg[i].s) : NULL;
	}
	dst->legacy = src->legacy ? xstrdup(src->legacy) : NULL;
	if (src->note) {
		dst->note = xmalloc(sizeof(*dst->note));
		*dst->note = (struct tv_err)TV_ERR_INIT;
		tv_err_copy(dst->note, src->note);
	}
}

/* One conversion of a printf format starting at f (just after '%'):
 * its length in bytes, and its conversion character in *conv. */
static size_t conv_spec(const char *f, char *conv)
{
	size_t n = 0;
	while (f[n] && strchr("0123456789.-+ #'*$", f[n]))
		n++;
	while (f[n] && strchr("hlLqjzt", f[n]))
		n++;
	*conv = f[n];
	return f[n] ? n + 1 : n;
}

/* Read the arguments named by shape from ap into e->arg. */
static void take_args(struct tv_err *e, const char *shape, va_list ap)
{
	for (const char *p = shape ? shape : ""; *p; p++) {
		if (*p != '%')
			continue;
		if (p[1] == '%') {
			p++;
			continue;
		}
		char conv;
		const char *spec = p + 1;
		size_t n = conv_spec(spec, &conv);
		struct tv_arg a = { TV_ARG_NONE, NULL, 0, 0, 0 };
		bool ll = false, l = false, z = false, j = false, t = false;
		for (size_t k = 0; k < n; k++) {
			if (spec[k] == 'l' && k + 1 < n && spec[k + 1] == 'l')
				ll = true, k++;
			else if (spec[k] == 'l')
				l = true;
			else if (spec[k] == 'z')
				z = true;
			else if (spec[k] == 'j')
				j = true;
			else if (spec[k] == 't')
				t = true;
		}
		switch (conv) {
		case 's': {
			const char *s = va_arg(ap, const char *);
			a.kind = TV_ARG_STR;
			a.s = xstrdup(s ? s : "(null)");
			break;
		}
		case 'c':
			a.kind = TV_ARG_INT;
			a.i = va_arg(ap, int);
			break;
		case 'd': case 'i':
			a.kind = TV_ARG_INT;
			a.i = ll ? va_arg(ap, long long) : l ? va_arg(ap, long) :
			      z ? (long long)va_arg(ap, size_t) : j ? (long long)va_arg(ap, intmax_t) :
			      t ? (long long)va_arg(ap, ptrdiff_t) : va_arg(ap, int);
			break;
		case 'u': case 'x': case 'X': case 'o':
			a.kind = TV_ARG_UINT;
			a.u = ll ? va_arg(ap, unsigned long long) : l ? va_arg(ap, unsigned long) :
			      z ? va_arg(ap, size_t) : j ? (unsigned long long)va_arg(ap, uintmax_t) :
			      t ? (unsigned long long)va_arg(ap, ptrdiff_t) : va_arg(ap, unsigned);
			break;
		case 'f': case 'g': case 'e':
			a.kind = TV_ARG_DBL;
			a.d = va_arg(ap, double);
			break;
		default:
			return;	/* not a conversion tolov uses: stop reading */
		}
		if (e->n_arg < TV_ERR_MAXARG)
			e->arg[e->n_arg++] = a;
		else
			free(a.s);
		p = spec + n - 1;
	}
}

/* Escape control characters of s[from..] (C0, DEL, C1) into out. */
static void add_safe(struct sbuf *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f)
			sbuf_addf(out, "\\x%02x", c);
		else if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] >= 0x80 &&
			 (unsigned char)s[i + 1] <= 0x9F)
			sbuf_addf(out, "\\u%04x", (unsigned char)s[++i]);
		else
			sbuf_addc(out, (char)c);
	}
}

/* The message of one diagnostic (no position, no tag), unescaped. */
static void raw_message(struct sbuf *out, const struct tv_err *e, enum lang l)
{
	if (!e->coded) {
		if (e->legacy)
			sbuf_adds(out, e->legacy);
		return;
	}
	const char *f = tr_in(l, e->code);
	unsigned next = 0;
	for (const char *p = f; *p; p++) {
		if (*p != '%') {
			sbuf_addc(out, *p);
			continue;
		}
		if (p[1] == '%') {
			sbuf_addc(out, '%');
			p++;
			continue;
		}
		char conv;
		size_t n = conv_spec(p + 1, &conv);
		/* the catalog's flags, width and precision; our length modifier */
		struct sbuf spec = SBUF_INIT;
		sbuf_addc(&spec, '%');
		for (size_t k = 0; k < n; k++) {
			char c = p[1 + k];
			if (!strchr("hlLqjzt", c) && k + 1 < n)
				sbuf_addc(&spec, c);
		}
		const struct tv_arg *a = next < e->n_arg ? &e->arg[next] : NULL;
		next++;
		switch (conv) {
		case 's':
			if (a && a->kind == TV_ARG_STR) {
				sbuf_addc(&spec, 's');
				sbuf_addf(out, spec.buf, a->s);
			} else
				sbuf_addc(out, '?');
			break;
		case 'c':
		case 'd': case 'i':
			if (a && a->kind == TV_ARG_INT) {
				if (conv == 'c')
					sbuf_addc(&spec, 'c');
				else
					sbuf_adds(&spec, "lld");
				if (conv == 'c')
					sbuf_addf(out, spec.buf, (int)a->i);
				else
					sbuf_addf(out, spec.buf, a->i);
			} else if (a && a->kind == TV_ARG_UINT) {
				sbuf_adds(&spec, "llu");
				sbuf_addf(out, spec.buf, a->u);
			} else
				sbuf_addc(out, '?');
			break;
		case 'u': case 'x': case 'X': case 'o':
			if (a && (a->kind == TV_ARG_UINT || a->kind == TV_ARG_INT)) {
				sbuf_adds(&spec, "ll");
				sbuf_addc(&spec, conv);
				sbuf_addf(out, spec.buf,
					  a->kind == TV_ARG_UINT ? a->u : (unsigned long long)a->i);
			} else
				sbuf_addc(out, '?');
			break;
		case 'f': case 'g': case 'e':
			if (a && a->kind == TV_ARG_DBL) {
				sbuf_addc(&spec, conv);
				sbuf_addf(out, spec.buf, a->d);
			} else
				sbuf_addc(out, '?');
			break;
		default:
			sbuf_addc(out, '?');
			break;
		}
		sbuf_free(&spec);
		p += n;
		if (!*p)
			break;
	}
}

void tv_err_message(struct sbuf *out, const struct tv_err *e, enum lang l)
{
	if (!tv_err_isset(e))
		return;
	struct sbuf m = SBUF_INIT;
	if (!e->coded && !e->legacy && e->text) {
		/* text set directly by an unconverted caller: strip its lead */
		const char *t = e->text, *p;
		const char *tags[] = { "error: ", "warning: ", "note: " };
		for (size_t i = 0; i < 3; i++)
			if ((p = strstr(t, tags[i]))) {
				t = p + strlen(tags[i]);
				break;
			}
		const char *nl = strchr(t, '\n');
		sbuf_add(out, t, nl ? (size_t)(nl - t) : strlen(t));
		return;
	}
	raw_message(&m, e, l);
	const char *nl = m.buf ? strchr(m.buf, '\n') : NULL;
	add_safe(out, m.buf ? m.buf : "", nl ? (size_t)(nl - m.buf) : m.len);
	sbuf_free(&m);
}

static const char *const sev_tag[] = { "error", "warning", "note" };

static void format_one(struct sbuf *out, const struct tv_err *e, enum lang l)
{
	if (e->file && e->line)
		sbuf_addf(out, "%s:%u:%u: ", e->file, e->line, e->col ? e->col : 1);
	else if (e->file)
		sbuf_addf(out, "%s: ", e->file);
	sbuf_addf(out, "%s: ", sev_tag[e->sev <= TV_NOTE ? e->sev : 0]);
	struct sbuf m = SBUF_INIT;
	raw_message(&m, e, l);
	add_safe(out, m.buf ? m.buf : "", m.len);
	sbuf_free(&m);
	sbuf_addc(out, '\n');
}

void tv_err_format(struct sbuf *out, const struct tv_err *e, enum lang l)
{
	if (!tv_err_isset(e))
		return;
	if (!e->coded && !e->legacy) {
		/* text set directly by an unconverted caller */
		sbuf_adds(out, e->text);
		if (!e->text[0] || e->text[strlen(e->text) - 1] != '\n')
			sbuf_addc(out, '\n');
		return;
	}
	format_one(out, e, l);
	for (const struct tv_err *n = e->note; n; n = n->note)
		format_one(out, n, l);
}

/* Refresh e->text (for unconverted readers): lines without the final '\n'. */
static void refresh_text(struct tv_err *e)
{
	struct sbuf b = SBUF_INIT;
	free(e->text);
	e->text = NULL;
	if (e->coded || e->legacy)
		format_one(&b, e, i18n_get());
	if (b.len && b.buf[b.len - 1] == '\n')
		b.buf[--b.len] = '\0';
	e->text = sbuf_detach(&b);
}

static void set_pos(struct tv_err *e, const char *file, unsigned line, unsigned col)
{
	e->file = file ? xstrdup(file) : NULL;
	e->line = line;
	e->col = line ? (col ? col : 1) : 0;
}

void tv_diag_vat(struct tv_err *e, enum tv_sev sev, const char *file, unsigned line,
		 unsigned col, enum msg m, const char *shape, va_list ap)
{
	if (!e)
		return;
	tv_err_clear(e);
	e->sev = sev;
	e->coded = true;
	e->code = m;
	set_pos(e, file, line, col);
	take_args(e, shape, ap);
	refresh_text(e);
}

void tv_diag_at(struct tv_err *e, enum tv_sev sev, const char *file, unsigned line,
		unsigned col, enum msg m, const char *shape, ...)
{
	va_list ap;
	va_start(ap, shape);
	tv_diag_vat(e, sev, file, line, col, m, shape, ap);
	va_end(ap);
}

void tv_err_at(struct tv_err *e, const char *file, unsigned line, unsigned col, enum msg m,
	       const char *shape, ...)
{
	va_list ap;
	va_start(ap, shape);
	tv_diag_vat(e, TV_ERROR, file, line, col, m, shape, ap);
	va_end(ap);
}

void tv_err_vnote(struct tv_err *e, const char *file, unsigned line, unsigned col,
		  enum msg m, const char *shape, va_list ap)
{
	if (!e)
		return;
	struct tv_err *n = xmalloc(sizeof(*n));
	*n = (struct tv_err)TV_ERR_INIT;
	tv_diag_vat(n, TV_NOTE, file, line, col, m, shape, ap);
	struct tv_err **tail = &e->note;
	while (*tail)
		tail = &(*tail)->note;
	*tail = n;
}

void tv_err_note(struct tv_err *e, const char *file, unsigned line, unsigned col, enum msg m,
		 const char *shape, ...)
{
	va_list ap;
	va_start(ap, shape);
	tv_err_vnote(e, file, line, col, m, shape, ap);
	va_end(ap);
}

void tv_err_vset(struct tv_err *e, const char *file, unsigned line, unsigned col,
		 const char *fmt, va_list ap)
{
	if (!e)
		return;
	struct sbuf b = SBUF_INIT;
	sbuf_addvf(&b, fmt, ap);	/* before clearing: arguments may point into e */
	tv_err_clear(e);
	e->sev = TV_ERROR;
	set_pos(e, file, line, col);
	e->legacy = sbuf_detach(&b);
	refresh_text(e);
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
		tv_err_at(err, path, 0, 0, M_E_OPEN, "%s", strerror(errno));
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) < 0) {
		tv_err_at(err, path, 0, 0, M_E_READ, "%s", strerror(errno));
		close(fd);
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		tv_err_at(err, path, 0, 0, M_E_IS_FOLDER, TV_NOARGS);
		close(fd);
		return -1;
	}
	if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > cap) {
		tv_err_at(err, path, 0, 0, M_E_FILE_SIZE, "%lld%zu",
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
			tv_err_at(err, path, 0, 0, M_E_READ, "%s", strerror(errno));
			sbuf_free(&b);
			close(fd);
			return -1;
		}
		if (n == 0)
			break;
		b.len += (size_t)n;
		if (b.len > cap) {
			tv_err_at(err, path, 0, 0, M_E_FILE_OVER, "%zu", cap);
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
