/* conflict.c — merge conflict markers left in a file; see conflict.h. */
#include "tolov/io/conflict.h"

#include <stdlib.h>
#include <string.h>

#include "tolov/base/i18n.h"
#include "tolov/base/text.h"

static bool starts(const char *s, size_t n, const char *m)
{
	size_t k = strlen(m);
	return n >= k && !memcmp(s, m, k);
}

static bool word_char(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	       (c >= 'A' && c <= 'Z') || c == '-' || c == '_' || c == '.';
}

/* The part where a and b differ, widened to whole words, trimmed. */
static void differing(struct sbuf *out, const char *a, size_t la, const char *b, size_t lb,
		      bool second)
{
	size_t p = 0, m = la < lb ? la : lb;
	while (p < m && a[p] == b[p])
		p++;
	size_t s = 0;
	while (s < m - p && a[la - 1 - s] == b[lb - 1 - s])
		s++;
	const char *x = second ? b : a;
	size_t lx = second ? lb : la;
	size_t from = p, to = lx - s;
	while (from > 0 && word_char((unsigned char)x[from - 1]))
		from--;
	while (to < lx && word_char((unsigned char)x[to]))
		to++;
	while (from < to && (x[from] == ' ' || x[from] == '\n' || x[from] == '\r'))
		from++;
	while (to > from && (x[to - 1] == ' ' || x[to - 1] == '\n' || x[to - 1] == '\r'))
		to--;
	struct sbuf t = SBUF_INIT;
	text_sanitize(&t, x + from, to - from, false, false);
	sbuf_addf(out, "\"%s\"", t.buf ? t.buf : "");
	sbuf_free(&t);
}

size_t conflict_check(const char *path, const char *src, size_t len, struct tv_err *err)
{
	struct sbuf all = SBUF_INIT;
	size_t found = 0, line = 1;
	size_t o_from = 0, o_to = 0, t_from = 0, start_line = 0;
	int state = 0;	/* 0 outside, 1 in ours, 2 in theirs */
	for (size_t at = 0; at < len;) {
		const char *nl = memchr(src + at, '\n', len - at);
		size_t end = nl ? (size_t)(nl - src) + 1 : len;
		const char *l = src + at;
		size_t n = end - at;
		if (state == 0 && starts(l, n, "<<<<<<<")) {
			state = 1;
			start_line = line;
			o_from = end;
		} else if (state == 1 && starts(l, n, "=======")) {
			state = 2;
			o_to = at;
			t_from = end;
		} else if (state == 1 && starts(l, n, "|||||||")) {
			o_to = at;	/* diff3 style: the base part is skipped */
			state = 3;
		} else if (state == 3 && starts(l, n, "=======")) {
			state = 2;
			t_from = end;
		} else if (state == 2 && starts(l, n, ">>>>>>>")) {
			struct sbuf o = SBUF_INIT, t = SBUF_INIT;
			differing(&o, src + o_from, o_to - o_from, src + t_from, at - t_from, false);
			differing(&t, src + o_from, o_to - o_from, src + t_from, at - t_from, true);
			sbuf_addf(&all, "%s:%zu:1: error: ", path, start_line);
			sbuf_addf(&all, tr(M_GIT_UNRESOLVED), (unsigned)start_line, o.buf, t.buf);
			sbuf_addc(&all, '\n');
			sbuf_free(&o);
			sbuf_free(&t);
			found++;
			state = 0;
		}
		line++;
		at = end;
	}
	if (found) {
		while (all.len && all.buf[all.len - 1] == '\n')
			all.buf[--all.len] = '\0';
		tv_err_clear(err);
		err->text = sbuf_detach(&all);
	}
	sbuf_free(&all);
	return found;
}
