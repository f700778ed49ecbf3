/* conflict.c — merge conflict markers left in a file; see conflict.h. */
#include "tolov/io/conflict.h"

#include <stdlib.h>
#include <string.h>

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
/* The part where a and b differ, widened to whole words, trimmed. */
static char *differing(const char *a, size_t la, const char *b, size_t lb, bool second)
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
	sbuf_addc(&t, '"');
	text_sanitize(&t, x + from, to - from, false, false);
	sbuf_addc(&t, '"');
	return sbuf_detach(&t);
}

size_t conflict_find(const char *src, size_t len, struct conflict_mark **out)
{
	struct conflict_mark *m = NULL;
	size_t found = 0, cap = 0, line = 1;
	size_t o_from = 0, o_to = 0, t_from = 0, start_line = 0, block_from = 0;
	int state = 0;	/* 0 outside, 1 in ours, 3 in the base part, 2 in theirs */
	for (size_t at = 0; at < len;) {
		const char *nl = memchr(src + at, '\n', len - at);
		size_t end = nl ? (size_t)(nl - src) + 1 : len;
		const char *l = src + at;
		size_t n = end - at;
		if (state == 0 && starts(l, n, "<<<<<<<")) {
			state = 1;
			start_line = line;
			block_from = at;
			o_from = end;
		} else if (state == 1 && starts(l, n, "=======")) {
			state = 2;
			o_to = at;
			t_from = end;
		} else if (state == 1 && starts(l, n, "|||||||")) {
			o_to = at;
			state = 3;
		} else if (state == 3 && starts(l, n, "=======")) {
			state = 2;
			t_from = end;
		} else if (state == 2 && starts(l, n, ">>>>>>>")) {
			if (found == cap) {
				cap = cap ? cap * 2 : 4;
				m = xrealloc(m, cap * sizeof *m);
			}
			struct conflict_mark *c = &m[found++];
			c->line = (unsigned)start_line;
			c->ours = differing(src + o_from, o_to - o_from, src + t_from, at - t_from, false);
			c->theirs = differing(src + o_from, o_to - o_from, src + t_from, at - t_from, true);
			c->from = block_from;
			c->to = end;
			c->ours_from = o_from;
			c->ours_to = o_to;
			c->theirs_from = t_from;
			c->theirs_to = at;
			state = 0;
		}
		line++;
		at = end;
	}
	*out = m;
	return found;
}

void conflict_marks_free(struct conflict_mark *m, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(m[i].ours);
		free(m[i].theirs);
	}
	free(m);
}

void conflict_resolve(const char *src, size_t len, const struct conflict_mark *m, size_t n,
		      const bool *take_theirs, struct sbuf *out)
{
	size_t at = 0;
	for (size_t i = 0; i < n; i++) {
		sbuf_add(out, src + at, m[i].from - at);
		if (take_theirs[i])
			sbuf_add(out, src + m[i].theirs_from, m[i].theirs_to - m[i].theirs_from);
		else
			sbuf_add(out, src + m[i].ours_from, m[i].ours_to - m[i].ours_from);
		at = m[i].to;
	}
	sbuf_add(out, src + at, len - at);
}
