/*
 * keydec.c — bytes and curses keys in, keys out (keydec.h): UTF-8 across
 * reads, escape sequences whole, Esc kept apart from the key after it.
 * No curses calls (the KEY_* codes only); unit-tested in
 * tests/unit/test_tui_keydec.c.
 */
#include <curses.h>	/* the KEY_* codes only: no curses call here */

#include "tolov/tui/keydec.h"
#include "tolov/tui/keys.h"

#define ESC 27

void keydec_init(struct keydec *d)
{
	*d = (struct keydec)KEYDEC_INIT;
}

bool keydec_pending(const struct keydec *d)
{
	return d->st != KD_IDLE;
}

/* The key of "ESC [ N ~" (vt220 style), or -1. */
static int tilde_key(int n)
{
	switch (n) {
	case 1: case 7: return TK(KEY_HOME);
	case 4: case 8: return TK(KEY_END);
	case 2: return TK(KEY_IC);
	case 3: return TK(KEY_DC);
	case 5: return TK(KEY_PPAGE);
	case 6: return TK(KEY_NPAGE);
	case 11: case 12: case 13: case 14: case 15: return TK(KEY_F(n - 10));
	case 17: case 18: case 19: case 20: case 21: return TK(KEY_F(n - 11));
	case 23: case 24: return TK(KEY_F(n - 12));
	default: return -1;
	}
}

/* The key of a CSI or SS3 final byte (arrows, Home/End, F1-F4), or -1. */
static int final_key(int c)
{
	switch (c) {
	case 'A': return TK(KEY_UP);
	case 'B': return TK(KEY_DOWN);
	case 'C': return TK(KEY_RIGHT);
	case 'D': return TK(KEY_LEFT);
	case 'H': return TK(KEY_HOME);
	case 'F': return TK(KEY_END);
	case 'Z': return TK(KEY_BTAB);
	case 'P': case 'Q': case 'R': case 'S': return TK(KEY_F(c - 'P' + 1));
	default: return -1;
	}
}

/* Bytes of the UTF-8 character that lead byte b starts, or 0 when b
 * cannot start one. */
static int utf8_need(int b)
{
	if (b >= 0xC2 && b <= 0xDF)
		return 2;
	if (b >= 0xE0 && b <= 0xEF)
		return 3;
	if (b >= 0xF0 && b <= 0xF4)
		return 4;
	return 0;
}

/* Whether b may come at position n (1..3) after lead: no overlong form,
 * no surrogate, nothing past U+10FFFF. */
static bool utf8_cont_ok(int lead, int n, int b)
{
	int lo = 0x80, hi = 0xBF;
	if (n == 1) {
		if (lead == 0xE0)
			lo = 0xA0;
		else if (lead == 0xED)
			hi = 0x9F;
		else if (lead == 0xF0)
			lo = 0x90;
		else if (lead == 0xF4)
			hi = 0x8F;
	}
	return b >= lo && b <= hi;
}

static int idle_byte(struct keydec *d, int b, int *out)
{
	if (b == ESC) {
		d->st = KD_ESC;
		return 0;
	}
	if (b < 0x80) {
		out[0] = b;
		return 1;
	}
	int need = utf8_need(b);
	if (!need)
		return 0;	/* not UTF-8: dropped */
	d->st = KD_UTF8;
	d->u8[0] = (unsigned char)b;
	d->u8n = 1;
	d->u8need = need;
	return 0;
}

static int utf8_byte(struct keydec *d, int b, int *out)
{
	if (!utf8_cont_ok(d->u8[0], d->u8n, b)) {
		/* the character never completes: drop it, take b afresh */
		d->st = KD_IDLE;
		return idle_byte(d, b, out);
	}
	d->u8[d->u8n++] = (unsigned char)b;
	if (d->u8n < d->u8need)
		return 0;
	unsigned cp = d->u8[0] & (0xFF >> (d->u8need + 1));
	for (int i = 1; i < d->u8n; i++)
		cp = (cp << 6) | (d->u8[i] & 0x3F);
	d->st = KD_IDLE;
	out[0] = (int)cp;
	return 1;
}

static int esc_byte(struct keydec *d, int b, int *out)
{
	d->intro = b;
	d->len = 1;
	d->param = d->nparam = 0;
	d->other = false;
	switch (b) {
	case '[':
		d->st = KD_CSI;
		return 0;
	case 'O':
		d->st = KD_SS3;
		return 0;
	case ']': case 'P': case '_': case '^': case 'X':
		d->st = KD_STR;
		return 0;
	default:
		/* not a sequence: Esc, then the key */
		d->st = KD_IDLE;
		out[0] = ESC;
		return 1 + idle_byte(d, b, out + 1);
	}
}

static int csi_byte(struct keydec *d, int b, int *out)
{
	if (b < 0x20 || b > 0x7E) {
		/* a sequence cut short (Esc, a control, UTF-8): dropped; the
		 * byte is taken afresh */
		d->st = KD_IDLE;
		return idle_byte(d, b, out);
	}
	if (++d->len > KEYDEC_SEQ_MAX) {
		d->st = KD_IDLE;
		return 0;
	}
	if (b >= '0' && b <= '9') {
		if (d->nparam == 0 && d->param < 100000)
			d->param = d->param * 10 + (b - '0');
		return 0;
	}
	if (b == ';') {
		d->nparam++;	/* modifiers after the first parameter are ignored */
		return 0;
	}
	if (b < 0x40) {
		d->other = true;	/* private markers, intermediates: not a key */
		return 0;
	}
	d->st = KD_IDLE;
	int k = -1;
	if (!d->other && b == '~')
		k = tilde_key(d->param);
	else if (!d->other && (d->param <= 1 || b < 'P' || b > 'S'))
		k = final_key(b);	/* "ESC [ 12;40 R" is a cursor report, not F3 */
	if (k < 0)
		return 0;	/* a sequence tolov has no key for: dropped whole */
	out[0] = k;
	return 1;
}

static int ss3_byte(struct keydec *d, int b, int *out)
{
	if (b < 0x20 || b > 0x7E) {
		d->st = KD_IDLE;
		return idle_byte(d, b, out);
	}
	if (++d->len > KEYDEC_SEQ_MAX) {
		d->st = KD_IDLE;
		return 0;
	}
	if ((b >= '0' && b <= '9') || b == ';')
		return 0;	/* a modifier (ESC O 5 A) */
	d->st = KD_IDLE;
	int k = final_key(b);
	if (k < 0)
		return 0;
	out[0] = k;
	return 1;
}

int keydec_feed(struct keydec *d, int ev, int *out)
{
	if (ev >= TK_FN) {
		/* a key curses read whole: whatever was pending before it is
		 * over (a lone Esc is Esc, the rest dropped) */
		int n = 0;
		if (d->st == KD_ESC)
			out[n++] = ESC;
		d->st = KD_IDLE;
		out[n++] = ev;
		return n;
	}
	int b = ev & 0xFF;
	switch (d->st) {
	case KD_IDLE:
		return idle_byte(d, b, out);
	case KD_UTF8:
		return utf8_byte(d, b, out);
	case KD_ESC:
		return esc_byte(d, b, out);
	case KD_CSI:
		return csi_byte(d, b, out);
	case KD_SS3:
		return ss3_byte(d, b, out);
	case KD_STR:
		if (b == 7) {
			d->st = KD_IDLE;
		} else if (b == ESC) {
			d->st = KD_STR_ESC;
		} else if (++d->len > KEYDEC_STR_MAX) {
			d->st = KD_IDLE;
		}
		return 0;
	case KD_STR_ESC:
		if (b == '\\') {
			d->st = KD_IDLE;
			return 0;
		}
		/* the Esc ended the string and starts what follows */
		d->st = KD_ESC;
		return esc_byte(d, b, out);
	}
	return 0;
}

int keydec_timeout(struct keydec *d, int *out)
{
	int n = 0;
	switch (d->st) {
	case KD_ESC:
		out[n++] = ESC;
		break;
	case KD_CSI:
	case KD_SS3:
	case KD_STR:
		if (d->len == 1) {	/* only Esc and "[" (or O, ]...) came */
			out[n++] = ESC;
			out[n++] = d->intro;
		}
		break;
	default:
		break;	/* an incomplete character or sequence: dropped */
	}
	d->st = KD_IDLE;
	return n;
}
