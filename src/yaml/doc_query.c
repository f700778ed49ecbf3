/*
 * doc_query.c — reading and changing a parsed document: positions and
 * errors, splices, lookups, lines.
 */
#include "tolov/yaml/doc.h"

#include <stdarg.h>
#include <string.h>

#include "doc_mem.h"

void doc_linecol(const struct doc *d, size_t off, unsigned *line, unsigned *col)
{
	unsigned l = 1;
	size_t ls = 0;
	if (off > d->len)
		off = d->len;
	for (const char *p = d->src; (p = memchr(p, '\n', (size_t)(d->src + off - p))); p++) {
		l++;
		ls = (size_t)(p - d->src) + 1;
	}
	unsigned c = 1;
	for (size_t i = ls; i < off; i++)
		if (((unsigned char)d->src[i] & 0xC0) != 0x80)
			c++;
	if (ls == 0 && off >= 3 && memcmp(d->src, "\xEF\xBB\xBF", 3) == 0)
		c--;	/* the BOM is not a column */
	*line = l;
	*col = c;
}

static void vmsg_at(const struct doc *d, size_t off, struct tv_err *err, enum tv_sev sev,
		    enum msg m, const char *shape, va_list ap)
{
	unsigned line, col;
	doc_linecol(d, off, &line, &col);
	if (sev == TV_NOTE)
		tv_err_vnote(err, d->path, line, col, m, shape, ap);
	else
		tv_diag_vat(err, sev, d->path, line, col, m, shape, ap);
}

void doc_error_at(const struct doc *d, size_t off, struct tv_err *err, enum msg m,
		  const char *shape, ...)
{
	va_list ap;
	va_start(ap, shape);
	vmsg_at(d, off, err, TV_ERROR, m, shape, ap);
	va_end(ap);
}

void doc_error(const struct doc *d, const struct yn *at, struct tv_err *err, enum msg m,
	       const char *shape, ...)
{
	va_list ap;
	va_start(ap, shape);
	vmsg_at(d, at ? at->start : 0, err, TV_ERROR, m, shape, ap);
	va_end(ap);
}

void doc_note(const struct doc *d, const struct yn *at, struct tv_err *err, enum msg m,
	      const char *shape, ...)
{
	if (!err)
		return;
	va_list ap;
	va_start(ap, shape);
	vmsg_at(d, at ? at->start : 0, err, TV_NOTE, m, shape, ap);
	va_end(ap);
}

/* A view's val again from its span, in src as it now is. */
static void view_follow(const struct doc *d, struct yn *n)
{
	n->val = d->src + n->start + (n->style == YN_PLAIN ? 0 : 1);
}

/* Move the spans at or after from by delta. With all set (src moved), every
 * view is placed again, before from as well. Spans nest (a collection ends
 * where its last child ends, or at its closing bracket), so a node that
 * ends before from has nothing to move beneath it either. */
static void shift(const struct doc *d, struct yn *n, size_t from, long delta, bool all)
{
	if (n->end < from && !all)
		return;
	bool moves = n->start >= from;	/* before the shift: after a deletion it may be below */
	if (moves)
		n->start = (uint32_t)((long)n->start + delta);
	if (n->end >= from)
		n->end = (uint32_t)((long)n->end + delta);
	if (n->kind != YN_SCALAR) {
		for (uint32_t i = 0; i < n->n; i++)
			shift(d, n->kids[i], from, delta, all);
	} else if (n->view && (all || moves)) {
		view_follow(d, n);
	}
}

void doc_splice(struct doc *d, size_t off, size_t oldlen, const char *rep, size_t replen)
{
	size_t newlen = d->len - oldlen + replen;
	const char *was = d->src;
	if (replen > oldlen)
		d->src = xrealloc(d->src, newlen + 1);
	memmove(d->src + off + replen, d->src + off + oldlen, d->len - off - oldlen + 1);
	if (replen)
		memcpy(d->src + off, rep, replen);	/* rep may be NULL for a deletion */
	d->len = newlen;
	bool moved = d->src != was;
	if (d->root && (replen != oldlen || moved))
		shift(d, d->root, off + oldlen, (long)replen - (long)oldlen, moved);
}

void doc_scalar_replaced(struct doc *d, struct yn *n, const char *val, size_t len, int style,
			 size_t newend)
{
	n->val = mem_str(d->mem, val, len);
	n->len = (uint32_t)len;
	n->style = (uint8_t)style;
	n->end = (uint32_t)newend;
	n->view = 0;
}

bool yn_is(const struct yn *n, const char *s)
{
	size_t l = strlen(s);
	return n && n->kind == YN_SCALAR && n->len == l && memcmp(n->val, s, l) == 0;
}

char *yn_strdup(const struct yn *n)
{
	return xstrndup(n->val, n->len);
}

struct yn *yn_get(const struct yn *map, const char *key)
{
	if (!map || map->kind != YN_MAP)
		return NULL;
	size_t n = strlen(key);
	for (uint32_t i = 0; i + 1 < map->n; i += 2)
		if (map->kids[i]->len == n && memcmp(map->kids[i]->val, key, n) == 0)
			return map->kids[i + 1];
	return NULL;
}

static struct yn *key_in(const struct yn *n, const struct yn *v)
{
	if (n->kind == YN_SCALAR || v->start < n->start || v->start > n->end)
		return NULL;
	for (uint32_t i = 0; i < n->n; i++) {
		if (n->kind == YN_MAP && i % 2 == 1 && n->kids[i] == v)
			return n->kids[i - 1];
		struct yn *k = key_in(n->kids[i], v);
		if (k)
			return k;
	}
	return NULL;
}

struct yn *yn_key_of(const struct doc *d, const struct yn *v)
{
	return v && d->root ? key_in(d->root, v) : NULL;
}

bool yn_is_null(const struct yn *n)
{
	if (n->kind != YN_SCALAR || n->style != YN_PLAIN)
		return false;
	const char *v = n->val;
	switch (n->len) {
	case 0: return true;
	case 1: return v[0] == '~';
	case 4: return !memcmp(v, "null", 4) || !memcmp(v, "Null", 4) || !memcmp(v, "NULL", 4);
	default: return false;
	}
}

const char *yn_kind_name(const struct yn *n)
{
	if (!n)
		return "nothing";
	switch (n->kind) {
	case YN_MAP: return "a mapping";
	case YN_SEQ: return "a list";
	default: return "text";
	}
}

size_t doc_line_start(const struct doc *d, size_t off)
{
	while (off > 0 && d->src[off - 1] != '\n')
		off--;
	return off;
}

size_t doc_next_line(const struct doc *d, size_t off)
{
	const char *p = memchr(d->src + off, '\n', d->len - off);
	return p ? (size_t)(p - d->src) + 1 : d->len;
}

const char *doc_eol(const struct doc *d)
{
	const char *p = memchr(d->src, '\n', d->len);
	return p && p > d->src && p[-1] == '\r' ? "\r\n" : "\n";
}
