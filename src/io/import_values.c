/*
 * import_values.c — reading single cells for `tolov import`: budgets and
 * schedules.
 * The rules are described in include/tolov/import.h.
 */
#include "tolov/io/import.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* ---- budgets ---- */

#define MAX_GROUPS 16
#define AMOUNT_DIGITS 15	/* amounts stay below 10^15 */

enum sep_kind { SEP_SPACE = 1, SEP_COMMA, SEP_DOT };

struct number {
	const char *grp[MAX_GROUPS];
	size_t glen[MAX_GROUPS];
	int sep[MAX_GROUPS];	/* sep[i] stands before grp[i + 1] */
	size_t n;
};

/* Read digit groups with single separators between them; returns the end. */
static size_t read_number(const char *s, size_t n, size_t i, struct number *num)
{
	num->n = 0;
	for (;;) {
		size_t st = i;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == st || num->n == MAX_GROUPS)
			return num->n ? i : st;
		num->grp[num->n] = s + st;
		num->glen[num->n] = i - st;
		num->n++;
		int kind = 0;
		size_t l = 0;
		if (i < n && s[i] == ',') {
			kind = SEP_COMMA;
			l = 1;
		} else if (i < n && s[i] == '.') {
			kind = SEP_DOT;
			l = 1;
		} else if ((l = import_space_len(s + i, n - i)) > 0 && s[i] != '\n' && s[i] != '\t') {
			kind = SEP_SPACE;
		}
		if (!kind || i + l >= n || s[i + l] < '0' || s[i + l] > '9')
			return i;
		num->sep[num->n - 1] = kind;
		i += l;
	}
}

static const struct {
	const char *word;
	int exp;
} multipliers[] = {
	{ "сая", 6 }, { "тэрбум", 9 }, { "мянган", 3 }, { "мянга", 3 }, { "мян", 3 },
	{ "million", 6 }, { "mln", 6 }, { "billion", 9 }, { "bn", 9 }, { "thousand", 3 },
};

static const char *const currencies[] = { "төгрөг", "төг", "₮", "mnt" };

static size_t read_currency(const char *s, size_t n, size_t i)
{
	for (size_t k = 0; k < sizeof currencies / sizeof *currencies; k++) {
		size_t l = import_word_at(s + i, n - i, currencies[k]);
		if (l) {
			i += l;
			if (i < n && s[i] == '.')
				i++;
			return i;
		}
	}
	return i;
}

/* extra: a power of ten the header's unit adds ("мян.төг": 3); unlike a
 * unit word in the cell it does not make "2,000" read as 2.000. */
static bool amount_of(const char *s, size_t n, int extra, long long *amount)
{
	size_t i = import_skip_space(s, n, 0);
	i = import_skip_space(s, n, read_currency(s, n, i));
	struct number num;
	size_t e = read_number(s, n, i, &num);
	if (num.n == 0)
		return false;
	i = import_skip_space(s, n, e);
	int exp = 0;
	for (size_t k = 0; k < sizeof multipliers / sizeof *multipliers; k++) {
		size_t l = import_word_at(s + i, n - i, multipliers[k].word);
		if (l) {
			exp = multipliers[k].exp;
			i += l;
			if (i < n && s[i] == '.')
				i++;
			break;
		}
	}
	i = import_skip_space(s, n, i);
	i = import_skip_space(s, n, read_currency(s, n, i));
	if (i != n)
		return false;

	/* Which separator, if any, is the decimal mark? */
	size_t nint = num.n;
	int last = num.n > 1 ? num.sep[num.n - 2] : 0;
	if (last == SEP_COMMA || last == SEP_DOT) {
		bool other = false;
		for (size_t k = 0; k + 2 < num.n; k++)
			if (num.sep[k] != last)
				other = true;
		if (exp > 0 || num.glen[num.n - 1] != 3 || other)
			nint = num.n - 1;
	}
	exp += extra;
	/* The rest are thousands separators, all of one kind. */
	for (size_t k = 0; k + 1 < nint; k++) {
		if (num.sep[k] != num.sep[0])
			return false;
		if (num.glen[k + 1] != 3 || (k == 0 && num.glen[0] > 3))
			return false;
	}
	if (nint < num.n && nint > 1 && num.sep[0] == last)
		return false;

	long long v = 0;
	int digits = 0;
	for (size_t k = 0; k < nint; k++)
		for (size_t j = 0; j < num.glen[k]; j++) {
			if (digits > 0 || num.grp[k][j] != '0')
				digits++;
			if (digits + exp > AMOUNT_DIGITS)
				return false;
			v = v * 10 + (num.grp[k][j] - '0');
		}
	for (int k = 0; k < exp; k++)
		v *= 10;
	if (nint < num.n) {
		const char *f = num.grp[nint];
		size_t fl = num.glen[nint];
		long long frac = 0, scale = 1;
		for (int k = 0; k < exp; k++)
			scale *= 10;
		/* frac = f * 10^exp / 10^fl, rounded half up */
		for (size_t j = 0; j < fl && j < (size_t)exp; j++) {
			scale /= 10;
			frac += (f[j] - '0') * scale;
		}
		if (fl > (size_t)exp && f[exp] >= '5')
			frac++;
		v += frac;
	}
	*amount = v;
	return true;
}

bool import_budget_amount(const char *cell, long long *amount, char **source)
{
	return import_budget_amount_scaled(cell, 0, amount, source);
}

bool import_budget_amount_scaled(const char *cell, int exp10, long long *amount, char **source)
{
	size_t n = strlen(cell);
	*source = NULL;
	struct sbuf rest = SBUF_INIT;
	const char *lp = memchr(cell, '(', n);
	const char *rp = lp ? strrchr(lp, ')') : NULL;
	if (lp && rp) {
		const char *src = lp + 1;
		size_t sl = (size_t)(rp - src);
		import_trim(&src, &sl);
		if (sl)
			*source = xstrndup(src, sl);
		sbuf_add(&rest, cell, (size_t)(lp - cell));
		sbuf_addc(&rest, ' ');
		sbuf_adds(&rest, rp + 1);
	} else {
		sbuf_add(&rest, cell, n);
	}
	const char *r = rest.buf;
	size_t rl = rest.len;
	import_trim(&r, &rl);
	char *f = import_fold(r, rl);
	bool ok = rl > 0 && amount_of(f, rl, exp10, amount);
	free(f);
	sbuf_free(&rest);
	return ok;
}

/* ---- schedules ---- */

enum tok { T_END, T_NUM, T_DASH, T_SEP, T_ORD, T_QWORD, T_WORD, T_SKIP };

struct lexer {
	const char *s;
	size_t n, i;
	int num;		/* T_NUM: the number (0 when out of range) */
	bool q;			/* T_NUM: written as Q<n> */
};

static const char *const seps[] = { "ба", "болон", "and", "&" };
static const char *const ords[] = { "дүгээр", "дугаар", "дахь", "дэх", "р", "th", "st", "nd", "rd" };
static const char *const qwords[] = { "quarters", "quarter", "qtr" };
static const char *const romans[] = { "i", "ii", "iii", "iv" };

static bool in_list(const char *w, size_t l, const char *const *list, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (strlen(list[k]) == l && memcmp(w, list[k], l) == 0)
			return true;
	return false;
}
#define IN_LIST(w, l, list) in_list(w, l, list, sizeof list / sizeof *list)

static int lex(struct lexer *x)
{
	const char *s = x->s;
	size_t n = x->n;
	x->i = import_skip_space(s, n, x->i);
	if (x->i >= n)
		return T_END;
	size_t i = x->i;
	if (s[i] >= '0' && s[i] <= '9') {
		int v = 0;
		while (i < n && s[i] >= '0' && s[i] <= '9') {
			if (v < 100)
				v = v * 10 + (s[i] - '0');
			i++;
		}
		x->i = i;
		x->num = v >= 1 && v <= 4 ? v : 0;
		x->q = false;
		return T_NUM;
	}
	if (s[i] == 'q' && i + 1 < n && s[i + 1] >= '1' && s[i + 1] <= '9' &&
	    (i + 2 >= n || s[i + 2] < '0' || s[i + 2] > '9')) {
		x->i = i + 2;
		x->num = s[i + 1] <= '4' ? s[i + 1] - '0' : 0;
		x->q = true;
		return T_NUM;
	}
	size_t dl = s[i] == '-' ? 1 : (n - i >= 3 && memcmp(s + i, "\xe2\x80\x93", 3) == 0) ||
					      (n - i >= 3 && memcmp(s + i, "\xe2\x80\x94", 3) == 0)
					  ? 3 : 0;
	if (dl) {
		size_t l = import_word_at(s + i + dl, n - i - dl, "р");
		x->i = i + dl + l;
		return l ? T_ORD : T_DASH;
	}
	if (s[i] == ',' || s[i] == ';' || s[i] == '&' || s[i] == '/') {
		x->i = i + 1;
		return T_SEP;
	}
	if (s[i] == '.' || s[i] == ':' || s[i] == '(' || s[i] == ')') {
		x->i = i + 1;
		return T_SKIP;
	}
	if (!import_is_letter(s + i, n - i)) {
		size_t l = import_utf8_len((const unsigned char *)s + i, n - i);
		x->i = i + (l ? l : 1);
		return T_WORD;
	}
	while (i < n && import_is_letter(s + i, n - i))
		i += (unsigned char)s[i] < 0x80 ? 1 : 2;
	const char *w = s + x->i;
	size_t wl = i - x->i;
	x->i = i;
	if (IN_LIST(w, wl, seps))
		return T_SEP;
	if (IN_LIST(w, wl, ords))
		return T_ORD;
	if (wl == 2 && memcmp(w, "to", 2) == 0)
		return T_DASH;
	if ((wl >= 8 && memcmp(w, "улир", 8) == 0) || IN_LIST(w, wl, qwords))
		return T_QWORD;
	for (size_t k = 0; k < sizeof romans / sizeof *romans; k++)
		if (strlen(romans[k]) == wl && memcmp(w, romans[k], wl) == 0) {
			x->num = (int)k + 1;
			x->q = false;
			return T_NUM;
		}
	return T_WORD;
}

static const char *const as_needed[] = {
	"тухай бүр", "шаардлагатай үед", "as needed", "when needed",
};
static const char *const all_year[] = {
	"жилдээ", "жилийн турш", "жилийн туршид", "жилийн туршид тогтмол", "байнга",
	"улирал бүр", "year-round", "year round", "all year", "throughout the year",
	"every quarter", "quarterly", "жил бүр", "жыл бүр", "тогтмол", "жилийн турш тогтмол",
	"every year", "annually", "continuous", "ongoing",
};
static const struct {
	const char *text;
	unsigned quarters;
} halves[] = {
	{ "эхний хагас жил", 0x3 }, { "эхний хагас жилд", 0x3 }, { "i хагас жил", 0x3 },
	{ "хоёрдугаар хагас жил", 0xc }, { "хоёрдугаар хагас жилд", 0xc },
	{ "хоёрдахь хагас жил", 0xc }, { "ii хагас жил", 0xc }, { "жилийн эцэст", 0x8 },
	{ "жилийн эцэс", 0x8 }, { "жилийн сүүлд", 0x8 }, { "first half", 0x3 },
	{ "second half", 0xc }, { "end of year", 0x8 }, { "year end", 0x8 },
};

/* Months and dates: "9 сард", "1 дүгээр сарын 10-ны дотор", "3, 6 сард",
 * "2023.03.01", "2023-03-01", "03/15": the quarters they fall in. */
static bool month_quarters(const char *s, unsigned *quarters)
{
	size_t n = strlen(s);
	const char *p = s;
	/* a date: YYYY.MM.DD or YYYY-MM-DD */
	if (n >= 10 && p[0] >= '1' && p[0] <= '2' && (p[4] == '.' || p[4] == '-')) {
		int m = atoi(p + 5);
		if (m >= 1 && m <= 12) {
			*quarters = 1u << ((m - 1) / 3);
			return true;
		}
	}
	/* MM/DD */
	if (p[0] >= '0' && p[0] <= '9') {
		char *end;
		long m = strtol(p, &end, 10);
		if (*end == '/' && m >= 1 && m <= 12 && end[1] >= '0' && end[1] <= '9') {
			*quarters = 1u << ((m - 1) / 3);
			return true;
		}
	}
	const char *sar = strstr(s, "сар");
	if (!sar)
		return false;
	unsigned mask = 0;
	for (const char *q = s; q < sar; q++) {
		if (*q < '0' || *q > '9' || (q > s && q[-1] >= '0' && q[-1] <= '9'))
			continue;
		long m = strtol(q, NULL, 10);
		if (m < 1 || m > 12)
			return false;
		mask |= 1u << ((m - 1) / 3);
	}
	if (!mask)
		return false;
	*quarters = mask;
	return true;
}

/* Folded, with white space runs made one space and trailing dots removed. */
static char *normalize(const char *cell)
{
	size_t n = strlen(cell);
	char *f = import_fold(cell, n);
	struct sbuf b = SBUF_INIT;
	size_t i = 0, l;
	bool space = false;
	while (i < n) {
		if ((l = import_space_len(f + i, n - i)) > 0) {
			space = b.len > 0;
			i += l;
			continue;
		}
		if (space)
			sbuf_addc(&b, ' ');
		space = false;
		sbuf_addc(&b, f[i++]);
	}
	while (b.len && (b.buf[b.len - 1] == '.' || b.buf[b.len - 1] == '!'))
		b.buf[--b.len] = '\0';
	free(f);
	return sbuf_detach(&b);
}

bool import_schedule_quarters(const char *cell, unsigned *quarters)
{
	char *s = normalize(cell);
	size_t n = strlen(s);
	bool ok = true;
	for (size_t k = 0; k < sizeof as_needed / sizeof *as_needed; k++)
		if (strcmp(s, as_needed[k]) == 0) {
			*quarters = 0;
			goto done;
		}
	for (size_t k = 0; k < sizeof all_year / sizeof *all_year; k++)
		if (strcmp(s, all_year[k]) == 0) {
			*quarters = 0xf;
			goto done;
		}
	for (size_t k = 0; k < sizeof halves / sizeof *halves; k++)
		if (strcmp(s, halves[k].text) == 0) {
			*quarters = halves[k].quarters;
			goto done;
		}

	struct lexer x = { s, n, 0, 0, false };
	unsigned mask = 0, pending = 0;
	int last = 0, t;
	bool dash = false, qword = false, qnum = false, lead = false;
	while (ok && (t = lex(&x)) != T_END) {
		switch (t) {
		case T_NUM:
			if (x.num == 0) {
				ok = false;
			} else if (dash) {
				if (last == 0 || x.num < last)
					ok = false;
				for (int q = last; q <= x.num; q++)
					pending |= 1u << (q - 1);
				dash = false;
			} else {
				pending |= 1u << (x.num - 1);
			}
			last = x.num;
			if (x.q) {
				qnum = true;
				mask |= pending;
				pending = 0;
			}
			break;
		case T_DASH:
			ok = last != 0 && !dash;
			dash = true;
			break;
		case T_QWORD:
			/* "Quarter 2": the numbers may follow the word */
			ok = !dash;
			if (!pending && !mask)
				lead = true;
			mask |= pending;
			pending = 0;
			qword = true;
			last = 0;
			break;
		case T_WORD:
			/* words may follow "улирал" ("улирлын эхэнд") only */
			ok = !pending && !dash && (qword || qnum);
			break;
		case T_ORD:
			ok = last != 0;
			break;
		default:
			break;
		}
	}
	if (ok && pending && (qnum || lead)) {
		mask |= pending;
		pending = 0;
	}
	ok = ok && !dash && !pending && mask;
	if (ok)
		*quarters = mask;
	else
		ok = month_quarters(s, quarters);
done:
	free(s);
	return ok;
}

/* ---- ratings and report quarters ---- */

int import_rating(const char *cell, const char **rest, size_t *rest_len)
{
	size_t n = strlen(cell);
	char *f = import_fold(cell, n);
	int v = RATING_NONE;
	size_t i = 0;
	*rest = "";
	*rest_len = 0;
	static const char *const not_due[] = { "хугацаа болоогүй", "хб", "not-due", "not due" };
	for (size_t k = 0; k < sizeof not_due / sizeof *not_due; k++) {
		size_t l = import_word_at(f, n, not_due[k]);
		if (l) {
			v = RATING_NOT_DUE;
			i = l;
			break;
		}
	}
	if (v == RATING_NONE && f[0] >= '0' && f[0] <= '9') {
		long x = 0;
		while (i < n && f[i] >= '0' && f[i] <= '9' && x < 1000)
			x = x * 10 + (f[i++] - '0');
		/* "100.0", "70,0" */
		if (i + 1 < n && (f[i] == '.' || f[i] == ',') && f[i + 1] == '0') {
			i++;
			while (i < n && f[i] == '0')
				i++;
		}
		size_t j = import_skip_space(f, n, i);
		if (j < n && f[j] == '%')
			i = j + 1;
		if ((i >= n || !(f[i] >= '0' && f[i] <= '9')) &&
		    (x == 100 || x == 70 || x == 30 || x == 0) &&
		    (i >= n || f[i] != '.' || i + 1 >= n || f[i + 1] < '0' || f[i + 1] > '9'))
			v = (int)x;
	}
	if (v != RATING_NONE) {
		const char *r = cell + i;
		size_t rl = n - i;
		while (rl && (*r == ' ' || *r == ',' || *r == ';' || *r == '.' || *r == ':' ||
			      *r == '-' || *r == '\n' || *r == '\t' || *r == ')' || *r == '('))
			r++, rl--;
		/* "70 (хугацаа хойшилсон)": the parenthesis is the note */
		if (rl && r[rl - 1] == ')' && !memchr(r, '(', rl) &&
		    memchr(cell + i, '(', (size_t)(r - (cell + i))))
			rl--;
		*rest = r;
		*rest_len = rl;
	}
	free(f);
	return v;
}

int import_title_quarter(const char *title)
{
	char *f = import_fold(title, strlen(title));
	int q = 0;
	if (strstr(f, "жилийн эцэс") || strstr(f, "жилийн эцсийн") || strstr(f, "year-end") ||
	    strstr(f, "annual report"))
		q = 4;
	else if (strstr(f, "хагас жил") || strstr(f, "half-year") || strstr(f, "half year"))
		q = 2;
	else if (strstr(f, "9 сар") || strstr(f, "9 сарын") || strstr(f, "есөн сар"))
		q = 3;
	else {
		/* "II улирал", "2 дугаар улирал", "Q3" */
		const char *u = strstr(f, "улирал");
		if (!u)
			u = strstr(f, "улирлын");
		if (u) {
			const char *s = u;
			size_t back = 0;
			while (s > f && back < 24) {
				s--;
				back++;
			}
			char *part = xstrndup(s, (size_t)(u - s) + strlen("улирал"));
			/* the last number before "улирал" */
			const char *best = NULL;
			for (const char *p = part; *p; p++)
				if ((*p >= '1' && *p <= '4') && (p == part || p[-1] < '0' || p[-1] > '9') &&
				    (p[1] < '0' || p[1] > '9'))
					best = p;
			if (best)
				q = *best - '0';
			else if (strstr(part, "iv "))
				q = 4;
			else if (strstr(part, "iii "))
				q = 3;
			else if (strstr(part, "ii "))
				q = 2;
			else if (strstr(part, "i "))
				q = 1;
			free(part);
		}
		for (int k = 1; k <= 4 && !q; k++) {
			char w[4] = { 'q', (char)('0' + k), 0, 0 };
			const char *p = strstr(f, w);
			if (p && (p == f || p[-1] == ' ') && (p[2] == '\0' || p[2] == ' '))
				q = k;
		}
	}
	free(f);
	return q;
}
