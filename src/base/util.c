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
	if (n)
		memcpy(p, s, n);	/* s may be NULL when n is 0 (an empty span) */
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

/*
 * Everything an error owns lives in one block that starts with its text:
 * [text NUL][note structs][file, legacy and argument strings]. The other
 * fields point into it. So free(e->text) frees all of it (callers not yet
 * converted take the text and free it), and a note's text is NULL.
 */
static void free_temp_args(struct tv_err *v)
{
	for (unsigned i = 0; i < v->n_arg; i++)
		free((char *)v->arg[i].s);
	v->n_arg = 0;
}

static void format_one(struct sbuf *out, const struct tv_err *e, enum lang l);

/* Pack parts[0] (the error) and parts[1..n-1] (its notes), whose pointers
 * may point anywhere (into *dst's old block too), into a new block for
 * *dst; the old block is freed afterwards. */
static void pack(struct tv_err *dst, const struct tv_err *const *parts, size_t n)
{
	const struct tv_err *m = parts[0];
	struct sbuf text = SBUF_INIT;
	bool raw = !m->coded && !m->legacy;
	if (raw)
		sbuf_adds(&text, m->text ? m->text : "");
	else
		format_one(&text, m, i18n_get());
	if (!raw && text.len && text.buf[text.len - 1] == '\n')
		text.buf[--text.len] = '\0';
	const size_t align = _Alignof(max_align_t);
	size_t notes_at = (text.len + 1 + align - 1) / align * align;
	size_t strings_at = notes_at + (n - 1) * sizeof(struct tv_err);
	size_t size = strings_at;
	for (size_t k = 0; k < n; k++) {
		const struct tv_err *p = parts[k];
		if (!raw || k) {
			size += p->file ? strlen(p->file) + 1 : 0;
			size += p->legacy ? strlen(p->legacy) + 1 : 0;
			size += p->where ? strlen(p->where) + 1 : 0;
			for (unsigned i = 0; i < p->n_arg; i++)
				size += p->arg[i].s ? strlen(p->arg[i].s) + 1 : 0;
		}
	}
	char *block = xmalloc(size);
	memcpy(block, text.buf ? text.buf : "", text.len + 1);
	sbuf_free(&text);
	struct tv_err *notes = (struct tv_err *)(void *)(block + notes_at);
	char *sp = block + strings_at;
#define PACK_STR(dstp, src)                                   \
	do {                                                  \
		if (src) {                                    \
			size_t len_ = strlen(src) + 1;        \
			memcpy(sp, (src), len_);              \
			(dstp) = sp;                          \
			sp += len_;                           \
		} else {                                      \
			(dstp) = NULL;                        \
		}                                             \
	} while (0)
	struct tv_err head = TV_ERR_INIT;
	for (size_t k = 0; k < n; k++) {
		const struct tv_err *p = parts[k];
		struct tv_err *q = k ? &notes[k - 1] : &head;
		*q = (struct tv_err)TV_ERR_INIT;
		if (k == 0 && raw) {
			q->sev = p->sev;
			continue;
		}
		q->sev = p->sev;
		q->coded = p->coded;
		q->code = p->code;
		q->line = p->line;
		q->col = p->col;
		q->n_arg = p->n_arg;
		PACK_STR(q->file, p->file);
		PACK_STR(q->legacy, p->legacy);
		PACK_STR(q->where, p->where);
		for (unsigned i = 0; i < p->n_arg; i++) {
			q->arg[i] = p->arg[i];
			PACK_STR(q->arg[i].s, p->arg[i].s);
		}
	}
#undef PACK_STR
	for (size_t k = 1; k < n; k++)
		notes[k - 1].note = k + 1 < n ? &notes[k] : NULL;
	head.note = n > 1 ? &notes[0] : NULL;
	head.text = block;
	char *old = dst->text;
	*dst = head;
	free(old);
}

/* The parts of e: e itself and its notes (at most cap); returns how many. */
static size_t parts_of(const struct tv_err *e, const struct tv_err **parts, size_t cap)
{
	size_t n = 0;
	for (const struct tv_err *p = e; p && n < cap; p = p->note)
		parts[n++] = p;
	return n;
}

static size_t count_parts(const struct tv_err *e)
{
	size_t n = 0;
	for (const struct tv_err *p = e; p; p = p->note)
		n++;
	return n;
}

void tv_err_clear(struct tv_err *e)
{
	if (!e)
		return;
	free(e->text);
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
	*dst = *src;	/* the block moves with its pointers */
	*src = (struct tv_err)TV_ERR_INIT;
}

void tv_err_copy(struct tv_err *dst, const struct tv_err *src)
{
	if (dst == src)
		return;
	if (!tv_err_isset(src)) {
		tv_err_clear(dst);
		return;
	}
	size_t n = count_parts(src);
	const struct tv_err **parts = xmalloc(n * sizeof(*parts));
	parts_of(src, parts, n);
	pack(dst, parts, n);
	free(parts);
}

void tv_err_place(struct tv_err *e, const char *file, unsigned line, unsigned col,
		  const char *where)
{
	if (!tv_err_isset(e) || (!e->coded && !e->legacy))
		return;
	struct tv_err head = *e;
	head.file = file;
	head.line = line;
	head.col = line ? (col ? col : 1) : 0;
	head.where = where;
	size_t n = count_parts(e);
	const struct tv_err **parts = xmalloc(n * sizeof(*parts));
	parts_of(e, parts, n);
	parts[0] = &head;
	pack(e, parts, n);
	free(parts);
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
			free((char *)a.s);
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

void tv_msg_add(struct sbuf *out, enum lang l, enum msg m, const char *shape, ...)
{
	struct tv_err e = TV_ERR_INIT;
	e.coded = true;
	e.code = m;
	va_list ap;
	va_start(ap, shape);
	take_args(&e, shape, ap);
	va_end(ap);
	raw_message(out, &e, l);
	free_temp_args(&e);
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
	if (e->where)
		sbuf_addf(&m, "%s: ", e->where);
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
	if (e->where)
		sbuf_addf(&m, "%s: ", e->where);
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
	} else {
		format_one(out, e, l);
	}
	for (const struct tv_err *n = e->note; n; n = n->note)
		format_one(out, n, l);
}

/* One coded line in v (a temporary: free_temp_args after packing). */
static void coded_part(struct tv_err *v, enum tv_sev sev, const char *file, unsigned line,
		       unsigned col, enum msg m, const char *shape, va_list ap)
{
	*v = (struct tv_err)TV_ERR_INIT;
	v->sev = sev;
	v->coded = true;
	v->code = m;
	v->file = file;
	v->line = line;
	v->col = line ? (col ? col : 1) : 0;
	take_args(v, shape, ap);
}

/* Refresh e->text (for unconverted readers): lines without the final '\n'. */
void tv_diag_vat(struct tv_err *e, enum tv_sev sev, const char *file, unsigned line,
		 unsigned col, enum msg m, const char *shape, va_list ap)
{
	if (!e)
		return;
	struct tv_err v;
	coded_part(&v, sev, file, line, col, m, shape, ap);
	const struct tv_err *parts[1] = { &v };
	pack(e, parts, 1);
	free_temp_args(&v);
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
	if (!e || !tv_err_isset(e))
		return;
	struct tv_err v;
	coded_part(&v, TV_NOTE, file, line, col, m, shape, ap);
	size_t n = count_parts(e) + 1;
	const struct tv_err **parts = xmalloc(n * sizeof(*parts));
	parts_of(e, parts, n - 1);
	parts[n - 1] = &v;
	pack(e, parts, n);
	free(parts);
	free_temp_args(&v);
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
	sbuf_addvf(&b, fmt, ap);	/* arguments may point into e's block */
	struct tv_err v = TV_ERR_INIT;
	v.sev = TV_ERROR;
	v.file = file;
	v.line = line;
	v.col = line ? (col ? col : 1) : 0;
	v.legacy = b.buf ? b.buf : "";
	const struct tv_err *parts[1] = { &v };
	pack(e, parts, 1);
	sbuf_free(&b);
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
		tv_err_at(err, path, 0, 0, M_E_OPEN, "%s", tr_errno(errno));
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) < 0) {
		tv_err_at(err, path, 0, 0, M_E_READ, "%s", tr_errno(errno));
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
		char probe[4096];	/* full: is there more? (not a doubling for nothing) */
		bool full = b.cap - b.len - 1 == 0;
		ssize_t n = read(fd, full ? probe : b.buf + b.len, full ? sizeof probe : b.cap - b.len - 1);
		if (full && n > 0) {
			sbuf_grow(&b, 65536 + (size_t)n);	/* the file grew, or is a pipe */
			memcpy(b.buf + b.len, probe, (size_t)n);
		}
		if (n < 0) {
			if (errno == EINTR)
				continue;
			tv_err_at(err, path, 0, 0, M_E_READ, "%s", tr_errno(errno));
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

int write_all(int fd, const void *data, size_t len)
{
	const char *p = data;
	while (len) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0) {
			errno = ENOSPC;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

bool parse_whole(const char *s, long long *out)
{
	char *end;
	if (!*s || (*s != '-' && *s != '+' && (*s < '0' || *s > '9')))
		return false;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || *end)
		return false;
	*out = v;
	return true;
}
