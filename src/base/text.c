/*
 * text.c — UTF-8, display width, sanitising, case folding, fitting and
 * wrapping of plan text. See text.h.
 *
 * Every function walks text as "display units": one code point shown as
 * itself, or the visible escape that stands for it. Measuring, cutting and
 * wrapping all use the same walk, so what is measured is what is shown.
 */
#include "tolov/base/text.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

size_t utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n == 0) {
		*cp = 0xFFFD;
		return 1;
	}
	unsigned char c = u[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	size_t need;
	uint32_t v, min;
	if (c >= 0xC2 && c <= 0xDF) {
		need = 1, v = c & 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 2, v = c & 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3, v = c & 0x07, min = 0x10000;
	} else {
		*cp = 0xFFFD;
		return 1;
	}
	if (n < need + 1) {
		*cp = 0xFFFD;
		return 1;
	}
	for (size_t i = 1; i <= need; i++) {
		if ((u[i] & 0xC0) != 0x80) {
			*cp = 0xFFFD;
			return 1;
		}
		v = (v << 6) | (u[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = v;
	return need + 1;
}

size_t utf8_encode(uint32_t cp, char out[4])
{
	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t utf8_invalid_at(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		uint32_t cp;
		size_t k = utf8_decode(s + i, n - i, &cp);
		if (cp == 0xFFFD && k == 1) {
			/* A real U+FFFD is three bytes; one byte means invalid. */
			return i;
		}
		i += k;
	}
	return (size_t)-1;
}

bool text_is_unsafe(uint32_t cp)
{
	if (cp < 0x20)
		return cp != '\t' && cp != '\n';
	if (cp >= 0x7F && cp <= 0x9F)
		return true;
	if (cp >= 0x202A && cp <= 0x202E)	/* embeddings and overrides */
		return true;
	if (cp >= 0x2066 && cp <= 0x2069)	/* isolates */
		return true;
	if (cp == 0x200E || cp == 0x200F || cp == 0x061C)	/* direction marks */
		return true;
	return false;
}

/* ---- widths --------------------------------------------------------- */

struct range {
	uint32_t lo, hi;
};

/* Zero-width code points: combining marks and format characters. Sorted. */
static const struct range zero_tab[] = {
	{ 0x0300, 0x036F }, { 0x0483, 0x0489 }, { 0x0591, 0x05BD }, { 0x05BF, 0x05BF },
	{ 0x05C1, 0x05C2 }, { 0x05C4, 0x05C5 }, { 0x05C7, 0x05C7 }, { 0x0610, 0x061A },
	{ 0x064B, 0x065F }, { 0x0670, 0x0670 }, { 0x06D6, 0x06DC }, { 0x06DF, 0x06E4 },
	{ 0x06E7, 0x06E8 }, { 0x06EA, 0x06ED }, { 0x0900, 0x0902 }, { 0x093A, 0x093A },
	{ 0x093C, 0x093C }, { 0x0941, 0x0948 }, { 0x094D, 0x094D }, { 0x0951, 0x0957 },
	{ 0x0E31, 0x0E31 }, { 0x0E34, 0x0E3A }, { 0x0E47, 0x0E4E }, { 0x1160, 0x11FF },
	{ 0x1885, 0x1886 }, { 0x18A9, 0x18A9 }, { 0x1AB0, 0x1AFF }, { 0x1DC0, 0x1DFF },
	{ 0x200B, 0x200F }, { 0x202A, 0x202E }, { 0x2060, 0x2064 }, { 0x20D0, 0x20FF },
	{ 0xFE00, 0xFE0F }, { 0xFE20, 0xFE2F }, { 0xFEFF, 0xFEFF },
	{ 0xE0100, 0xE01EF },
};

/* Double-width code points: East Asian Wide/Fullwidth and emoji. Sorted. */
static const struct range wide_tab[] = {
	{ 0x1100, 0x115F }, { 0x231A, 0x231B }, { 0x2329, 0x232A }, { 0x23E9, 0x23EC },
	{ 0x23F0, 0x23F0 }, { 0x23F3, 0x23F3 }, { 0x25FD, 0x25FE }, { 0x2614, 0x2615 },
	{ 0x2648, 0x2653 }, { 0x267F, 0x267F }, { 0x2693, 0x2693 }, { 0x26A1, 0x26A1 },
	{ 0x26AA, 0x26AB }, { 0x26BD, 0x26BE }, { 0x26C4, 0x26C5 }, { 0x26CE, 0x26CE },
	{ 0x26D4, 0x26D4 }, { 0x26EA, 0x26EA }, { 0x26F2, 0x26F3 }, { 0x26F5, 0x26F5 },
	{ 0x26FA, 0x26FA }, { 0x26FD, 0x26FD }, { 0x2705, 0x2705 }, { 0x270A, 0x270B },
	{ 0x2728, 0x2728 }, { 0x274C, 0x274C }, { 0x274E, 0x274E }, { 0x2753, 0x2755 },
	{ 0x2757, 0x2757 }, { 0x2795, 0x2797 }, { 0x27B0, 0x27B0 }, { 0x27BF, 0x27BF },
	{ 0x2B1B, 0x2B1C }, { 0x2B50, 0x2B50 }, { 0x2B55, 0x2B55 }, { 0x2E80, 0x303E },
	{ 0x3041, 0x33FF }, { 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0xA000, 0xA4CF },
	{ 0xA960, 0xA97F }, { 0xAC00, 0xD7A3 }, { 0xF900, 0xFAFF }, { 0xFE10, 0xFE19 },
	{ 0xFE30, 0xFE6F }, { 0xFF00, 0xFF60 }, { 0xFFE0, 0xFFE6 }, { 0x16FE0, 0x16FE4 },
	{ 0x17000, 0x18CFF }, { 0x1B000, 0x1B2FF }, { 0x1F004, 0x1F004 }, { 0x1F0CF, 0x1F0CF },
	{ 0x1F18E, 0x1F18E }, { 0x1F191, 0x1F19A }, { 0x1F200, 0x1F202 }, { 0x1F210, 0x1F23B },
	{ 0x1F240, 0x1F248 }, { 0x1F250, 0x1F251 }, { 0x1F260, 0x1F265 }, { 0x1F300, 0x1F320 },
	{ 0x1F32D, 0x1F335 }, { 0x1F337, 0x1F37C }, { 0x1F37E, 0x1F393 }, { 0x1F3A0, 0x1F3CA },
	{ 0x1F3CF, 0x1F3D3 }, { 0x1F3E0, 0x1F3F0 }, { 0x1F3F4, 0x1F3F4 }, { 0x1F3F8, 0x1F43E },
	{ 0x1F440, 0x1F440 }, { 0x1F442, 0x1F4FC }, { 0x1F4FF, 0x1F53D }, { 0x1F54B, 0x1F54E },
	{ 0x1F550, 0x1F567 }, { 0x1F57A, 0x1F57A }, { 0x1F595, 0x1F596 }, { 0x1F5A4, 0x1F5A4 },
	{ 0x1F5FB, 0x1F64F }, { 0x1F680, 0x1F6C5 }, { 0x1F6CC, 0x1F6CC }, { 0x1F6D0, 0x1F6D2 },
	{ 0x1F6D5, 0x1F6D7 }, { 0x1F6DC, 0x1F6DF }, { 0x1F6EB, 0x1F6EC }, { 0x1F6F4, 0x1F6FC },
	{ 0x1F7E0, 0x1F7EB }, { 0x1F7F0, 0x1F7F0 }, { 0x1F90C, 0x1F93A }, { 0x1F93C, 0x1F945 },
	{ 0x1F947, 0x1F9FF }, { 0x1FA70, 0x1FAFF }, { 0x20000, 0x2FFFD }, { 0x30000, 0x3FFFD },
};

static bool in_table(uint32_t cp, const struct range *t, size_t n)
{
	size_t lo = 0, hi = n;
	if (cp < t[0].lo || cp > t[n - 1].hi)
		return false;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cp > t[mid].hi)
			lo = mid + 1;
		else if (cp < t[mid].lo)
			hi = mid;
		else
			return true;
	}
	return false;
}

static int own_width(uint32_t cp)
{
	if (cp == 0)
		return 0;
	if (in_table(cp, zero_tab, sizeof zero_tab / sizeof zero_tab[0]))
		return 0;
	if (in_table(cp, wide_tab, sizeof wide_tab / sizeof wide_tab[0]))
		return 2;
	return 1;
}

/*
 * Width as the terminal library will count it: wcwidth() under a multibyte
 * locale (what ncursesw itself uses), else tolov's table. -1 means the
 * locale knows no way to show cp (unassigned there): display paths escape it.
 */
static int locale_width(uint32_t cp)
{
	if (MB_CUR_MAX > 1 && sizeof(wchar_t) >= 4) {
		int w = wcwidth((wchar_t)cp);
		if (w >= 0)
			return w > 2 ? 2 : w;
		return -1;
	}
	return own_width(cp);
}

int text_cp_width(uint32_t cp)
{
	int w = locale_width(cp);
	return w < 0 ? own_width(cp) : w;
}

/* ---- display units -------------------------------------------------- */

enum {
	U_KEEP_NL = 1,		/* \n passes through */
	U_KEEP_TAB = 2,		/* \t passes through */
	U_DISPLAY = 4,		/* escape what the locale cannot show too */
};

struct unit {
	const char *p;		/* bytes to emit */
	size_t len;		/* their length */
	size_t adv;		/* source bytes consumed */
	int w;			/* display columns */
	uint32_t cp;		/* the source code point */
	char buf[16];
};

static void esc_hex(struct unit *u, uint32_t cp)
{
	static const char hx[] = "0123456789abcdef";
	u->buf[0] = '\\', u->buf[1] = 'x';
	u->buf[2] = hx[(cp >> 4) & 15], u->buf[3] = hx[cp & 15];
	u->p = u->buf, u->len = 4, u->w = 4;
}

static void esc_uplus(struct unit *u, uint32_t cp)
{
	static const char hx[] = "0123456789ABCDEF";
	size_t k = 0;
	u->buf[k++] = '<', u->buf[k++] = 'U', u->buf[k++] = '+';
	int digits = cp > 0xFFFF ? (cp > 0xFFFFF ? 6 : 5) : 4;
	for (int d = digits - 1; d >= 0; d--)
		u->buf[k++] = hx[(cp >> (4 * d)) & 15];
	u->buf[k++] = '>';
	u->p = u->buf, u->len = k, u->w = (int)k;
}

/* The unit at s[0..n); based tells whether a base character precedes it in
 * the output (a lone combining mark is escaped instead of merging with
 * whatever stands left of it on screen). */
static void next_unit(const char *s, size_t n, int flags, bool based, struct unit *u)
{
	uint32_t cp;
	u->adv = utf8_decode(s, n, &cp);
	u->cp = cp;
	if (cp == 0xFFFD && u->adv == 1 && !(n >= 3 && memcmp(s, "\xEF\xBF\xBD", 3) == 0)) {
		u->p = "\xEF\xBF\xBD", u->len = 3, u->w = 1;
		return;
	}
	if (cp == '\n') {
		if (flags & U_KEEP_NL)
			u->p = "\n", u->len = 1, u->w = 0;
		else
			u->p = "\\n", u->len = 2, u->w = 2;
		return;
	}
	if (cp == '\t') {
		if (flags & U_KEEP_TAB)
			u->p = "\t", u->len = 1, u->w = 1;
		else
			u->p = " ", u->len = 1, u->w = 1;
		return;
	}
	if (text_is_unsafe(cp)) {
		if (cp < 0xA0)
			esc_hex(u, cp);
		else
			esc_uplus(u, cp);
		return;
	}
	int w = (flags & U_DISPLAY) ? locale_width(cp) : text_cp_width(cp);
	if (w < 0 || (w == 0 && !based && (flags & U_DISPLAY))) {
		esc_uplus(u, cp);
		return;
	}
	u->p = s, u->len = u->adv, u->w = w;
}

void text_sanitize(struct sbuf *out, const char *s, size_t n, bool keep_newlines, bool keep_tabs)
{
	int flags = (keep_newlines ? U_KEEP_NL : 0) | (keep_tabs ? U_KEEP_TAB : 0);
	sbuf_grow(out, n);
	for (size_t i = 0; i < n;) {
		struct unit u;
		next_unit(s + i, n - i, flags, true, &u);
		sbuf_add(out, u.p, u.len);
		i += u.adv;
	}
}

size_t text_width(const char *s, size_t n)
{
	size_t w = 0;
	bool based = false;
	for (size_t i = 0; i < n;) {
		struct unit u;
		next_unit(s + i, n - i, U_DISPLAY, based, &u);
		w += (size_t)u.w;
		based = true;
		i += u.adv;
	}
	return w;
}

/* ---- case folding --------------------------------------------------- */

uint32_t text_fold(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return cp + 32;
	if (cp >= 0x100 && cp <= 0x137)
		return cp | 1;
	if (cp >= 0x139 && cp <= 0x148)
		return (cp & 1) ? cp + 1 : cp;
	if (cp >= 0x14A && cp <= 0x177)
		return cp | 1;
	if (cp == 0x178)
		return 0xFF;
	if (cp >= 0x179 && cp <= 0x17E)
		return (cp & 1) ? cp + 1 : cp;
	if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2)
		return cp + 32;
	if (cp >= 0x400 && cp <= 0x40F)		/* Ѐ..Џ, Ё included */
		return cp + 0x50;
	if (cp >= 0x410 && cp <= 0x42F)		/* А..Я */
		return cp + 0x20;
	if (cp >= 0x460 && cp <= 0x481)
		return cp | 1;
	if (cp >= 0x48A && cp <= 0x4BF)		/* Ү, Ұ, Һ among them */
		return cp | 1;
	if (cp == 0x4C0)
		return 0x4CF;
	if (cp >= 0x4C1 && cp <= 0x4CE)
		return (cp & 1) ? cp + 1 : cp;
	if (cp >= 0x4D0 && cp <= 0x52F)		/* Ө among them */
		return cp | 1;
	if (cp >= 0xFF21 && cp <= 0xFF3A)	/* fullwidth Latin */
		return cp + 32;
	return cp;
}

long text_find_ci(const char *hay, const char *needle)
{
	size_t hn = strlen(hay), nn = strlen(needle);
	if (nn == 0)
		return 0;
	for (size_t start = 0; start < hn;) {
		size_t i = start, j = 0;
		for (;;) {
			if (j >= nn)
				return (long)start;
			if (i >= hn)
				break;
			uint32_t a, b;
			size_t ka = utf8_decode(hay + i, hn - i, &a);
			size_t kb = utf8_decode(needle + j, nn - j, &b);
			if (text_fold(a) != text_fold(b))
				break;
			i += ka, j += kb;
		}
		uint32_t c;
		start += utf8_decode(hay + start, hn - start, &c);
	}
	return -1;
}

/* ---- fitting and wrapping ------------------------------------------- */

size_t text_fit(struct sbuf *out, const char *s, size_t cols, bool pad, bool ascii)
{
	size_t n = strlen(s), w = 0, i = 0;
	bool based = false;
	/* First pass: does the whole text fit? */
	size_t total = 0;
	for (size_t k = 0; k < n && total <= cols;) {
		struct unit u;
		next_unit(s + k, n - k, U_DISPLAY, k > 0, &u);
		total += (size_t)u.w;
		k += u.adv;
	}
	size_t room = total <= cols ? cols : (cols ? cols - 1 : 0);
	while (i < n) {
		struct unit u;
		next_unit(s + i, n - i, U_DISPLAY, based, &u);
		if (w + (size_t)u.w > room)
			break;
		sbuf_add(out, u.p, u.len);
		w += (size_t)u.w;
		based = true;
		i += u.adv;
	}
	if (i < n && cols > 0) {
		sbuf_adds(out, ascii ? "~" : "\xE2\x80\xA6");
		w++;
	}
	if (pad)
		for (; w < cols; w++)
			sbuf_addc(out, ' ');
	return w;
}

/* Emit one wrapped line, sanitized, trimming trailing spaces. */
static void wrap_emit(const char *s, size_t n, void (*fn)(void *, const char *, size_t),
		      void *ctx)
{
	struct sbuf b = SBUF_INIT;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	text_sanitize(&b, s, n, false, false);
	fn(ctx, b.buf ? b.buf : "", b.len);
	sbuf_free(&b);
}

size_t text_wrap(const char *s, size_t cols, void (*fn)(void *ctx, const char *line, size_t len),
		 void *ctx)
{
	size_t n = strlen(s), lines = 0;
	if (cols == 0)
		cols = 1;
	size_t ls = 0;				/* start of the current line */
	for (;;) {
		size_t i = ls, w = 0, brk = 0;	/* brk: byte after the last space */
		bool based = false, hard = false;
		while (i < n) {
			struct unit u;
			if (s[i] == '\n') {
				hard = true;
				break;
			}
			next_unit(s + i, n - i, U_DISPLAY, based, &u);
			if (w + (size_t)u.w > cols && i > ls)
				break;
			w += (size_t)u.w;
			based = true;
			i += u.adv;
			if (s[i - 1] == ' ' || s[i - 1] == '\t')
				brk = i;
		}
		if (hard || i >= n) {
			wrap_emit(s + ls, i - ls, fn, ctx);
			lines++;
			if (i >= n)
				break;
			ls = i + 1;
			continue;
		}
		/* Over-long: break after the last space if any, else at i. But
		 * a space at exactly i is a clean break too. */
		size_t end = i;
		if (s[i] == ' ' || s[i] == '\t')
			end = i;
		else if (brk > ls)
			end = brk;
		wrap_emit(s + ls, end - ls, fn, ctx);
		lines++;
		ls = end;
		while (ls < n && (s[ls] == ' ' || s[ls] == '\t'))
			ls++;
		if (ls >= n)
			break;
	}
	return lines;
}

/* ---- character steps ------------------------------------------------ */

size_t text_next_char(const char *s, size_t n, size_t off)
{
	if (off >= n)
		return n;
	uint32_t cp;
	off += utf8_decode(s + off, n - off, &cp);
	while (off < n) {
		size_t k = utf8_decode(s + off, n - off, &cp);
		if (text_is_unsafe(cp) || cp == '\n' || cp == '\t' || text_cp_width(cp) != 0)
			break;
		if (cp == 0xFFFD && k == 1)
			break;
		off += k;
	}
	return off;
}

size_t text_prev_char(const char *s, size_t n, size_t off)
{
	if (off > n)
		off = n;
	size_t p, last;
	/* Walk forward from the start of the last few characters: UTF-8 lets
	 * us step back to a lead byte, then forward by characters. */
	size_t from = off > 64 ? off - 64 : 0;
	while (from > 0 && ((unsigned char)s[from] & 0xC0) == 0x80)
		from--;
	p = from;
	last = from;
	while (p < off) {
		last = p;
		p = text_next_char(s, n, p);
	}
	return last;
}

size_t text_first_control(const char *s, size_t n, bool allow_newline)
{
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t k = utf8_decode(s + i, n - i, &cp);
		if (cp == 0xFFFD && k == 1)
			return i;
		if (cp == '\n' && !allow_newline)
			return i;
		if (cp == '\r' || (text_is_unsafe(cp) && cp != '\n'))
			return i;
		i += k;
	}
	return (size_t)-1;
}
