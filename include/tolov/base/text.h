/*
 * text.h — UTF-8, display width and sanitising: the one place that decides
 * how plan text is measured and what of it may reach a terminal or an
 * export. Every drawing path and every exporter goes through here.
 *
 * Nothing here depends on curses; widths come from wcwidth() under a UTF-8
 * LC_CTYPE when one is available, and from tolov's own table otherwise.
 */
#ifndef TOLOV_TEXT_H
#define TOLOV_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "tolov/base/util.h"

/* Decode one code point at s (n bytes available). Returns bytes consumed
 * (>= 1); an invalid or truncated sequence yields *cp = 0xFFFD and 1. */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);
/* Encode cp; returns the number of bytes written to out (1..4). */
size_t utf8_encode(uint32_t cp, char out[4]);
/* Offset of the first invalid byte, or (size_t)-1 when s is valid UTF-8. */
size_t utf8_invalid_at(const char *s, size_t n);

/* True for code points that must never reach a terminal or export raw:
 * C0 except \t and \n, DEL, C1, and bidirectional overrides/isolates. */
bool text_is_unsafe(uint32_t cp);
/* Display columns of one code point: 0 for combining marks, 2 for wide. */
int text_cp_width(uint32_t cp);
/* Display columns of s as text_sanitize would show it. */
size_t text_width(const char *s, size_t n);

/*
 * Append s to out with every unsafe code point replaced by a visible escape
 * ("\x1b" style for C0/C1/DEL, "<U+202E>" for bidi controls) and invalid
 * UTF-8 replaced by U+FFFD. keep_newlines: keep \n (else shown as "\n");
 * tabs become a space unless keep_tabs.
 */
void text_sanitize(struct sbuf *out, const char *s, size_t n, bool keep_newlines, bool keep_tabs);

/* Case-insensitive substring search covering Latin and Cyrillic (Ө/ө,
 * Ү/ү, Ё/ё included). Returns byte offset of the match or -1. */
long text_find_ci(const char *hay, const char *needle);
/* Lower-case one code point (Latin, Cyrillic incl. Mongolian letters). */
uint32_t text_fold(uint32_t cp);

/*
 * Fit s into cols display columns: writes to out the longest prefix that
 * fits, sanitized; when s is cut, the last column holds "…" (or "~" when
 * ascii). Returns the display width written. Pads with spaces to cols when
 * pad is true.
 */
size_t text_fit(struct sbuf *out, const char *s, size_t cols, bool pad, bool ascii);

/* Wrap s into lines of at most cols columns at spaces where possible.
 * Calls fn for each line (sanitized text). Returns the number of lines. */
size_t text_wrap(const char *s, size_t cols,
		 void (*fn)(void *ctx, const char *line, size_t len), void *ctx);

/*
 * Character steps for line editors: the offset of the next / previous
 * character boundary, a character being one code point with the combining
 * marks that follow it. off is clamped to [0, n].
 */
size_t text_next_char(const char *s, size_t n, size_t off);
size_t text_prev_char(const char *s, size_t n, size_t off);
/* Offset of the first byte a plan field cannot hold (invalid UTF-8, CR,
 * unsafe code points; newline unless allow_newline), or (size_t)-1. */
size_t text_first_control(const char *s, size_t n, bool allow_newline);

#endif
