/*
 * seqedit.c — changing a list of quarters in the style it is written in.
 *
 * A block list stays block: a quarter that goes loses its own line (and
 * the comment on that line), a new one gets a line of its own copied from
 * a sibling's dash, indentation and spacing, right after the nearest
 * smaller quarter kept; comment lines between items (a commented-out
 * "# - 2") stay where they are. An indentless list ("quarters:" then
 * "- 1" at the key's column) is a block list like any other. A flow list
 * stays flow, on its lines, keeping the separators (and their comments)
 * of the items that stay. A list that becomes empty is written "[]"
 * after its key; the comment lines inside it are kept.
 */
#include <stdlib.h>
#include <string.h>

#include "edit_impl.h"
#include "session_impl.h"

/* The quarter an item names, or 0. */
static int item_quarter(const struct yn *it)
{
	if (it->kind != YN_SCALAR || it->len != 1 || it->val[0] < '1' || it->val[0] > '4')
		return 0;
	return it->val[0] - '0';
}

/* Which items stay: the first item of each quarter still wanted. Returns
 * the wanted quarters that no item names (the ones to add). */
static unsigned keep_items(const struct yn *list, unsigned mask, bool *keep)
{
	unsigned seen = 0;
	for (uint32_t i = 0; i < list->n; i++) {
		int q = item_quarter(list->kids[i]);
		unsigned bit = q ? 1u << (q - 1) : 0;
		keep[i] = bit && (mask & bit) && !(seen & bit);
		seen |= keep[i] ? bit : 0;
	}
	return mask & ~seen;
}

/* Quarters of add that are above lo and below hi (1..4, 5 for none). */
static unsigned between(unsigned add, int lo, int hi)
{
	unsigned r = 0;
	for (int q = lo + 1; q < hi; q++)
		r |= add & (1u << (q - 1));
	return r;
}

static void block_lines(struct sbuf *b, const char *prefix, size_t plen, unsigned qs,
			const char *eol)
{
	for (int q = 1; q <= 4; q++) {
		if (!(qs & (1u << (q - 1))))
			continue;
		sbuf_add(b, prefix, plen);
		sbuf_addf(b, "%d%s", q, eol);
	}
}

static void flow_items(struct sbuf *b, unsigned qs, bool lead_sep, bool trail_sep)
{
	bool first = true;
	for (int q = 1; q <= 4; q++) {
		if (!(qs & (1u << (q - 1))))
			continue;
		if (!first || lead_sep)
			sbuf_adds(b, ", ");
		sbuf_addf(b, "%d", q);
		first = false;
	}
	if (!first && trail_sep)
		sbuf_adds(b, ", ");
}

/* The whole new text of a block list's lines [ls(kids[0]), le(last)). */
static void rebuild_block(const struct doc *d, const struct yn *list, const bool *keep,
			  unsigned add, struct sbuf *out, size_t *from, size_t *to)
{
	const char *eol = doc_eol(d);
	uint32_t n = list->n;
	*from = doc_line_start(d, list->kids[0]->start);
	*to = line_end(d, list->kids[n - 1]->end);
	int first_kept = -1;
	for (uint32_t i = 0; i < n && first_kept < 0; i++)
		if (keep[i])
			first_kept = (int)i;
	size_t pos = *from;
	for (uint32_t i = 0; i < n; i++) {
		const struct yn *it = list->kids[i];
		size_t ls = doc_line_start(d, it->start), le = line_end(d, it->end);
		/* the template of a new line: this item's dash and spacing */
		const struct yn *t = first_kept >= 0 ? list->kids[first_kept] : list->kids[0];
		size_t tls = doc_line_start(d, t->start);
		if ((int)i == first_kept || (first_kept < 0 && i == 0)) {
			sbuf_add(out, d->src + pos, ls - pos);
			pos = ls;
			int hi = first_kept >= 0 ? item_quarter(t) : 5;
			block_lines(out, d->src + tls, t->start - tls, between(add, 0, hi), eol);
		}
		if (!keep[i]) {
			sbuf_add(out, d->src + pos, ls - pos);
			pos = le;
			continue;
		}
		sbuf_add(out, d->src + pos, le - pos);
		pos = le;
		if (le == d->len && (le == 0 || d->src[le - 1] != '\n'))
			sbuf_adds(out, eol);	/* the file ended on this item */
		int hi = 5;
		for (uint32_t j = i + 1; j < n; j++)
			if (keep[j]) {
				hi = item_quarter(list->kids[j]);
				break;
			}
		size_t ils = doc_line_start(d, it->start);
		block_lines(out, d->src + ils, it->start - ils, between(add, item_quarter(it), hi),
			    eol);
	}
	sbuf_add(out, d->src + pos, *to - pos);
	if (*to == d->len && out->len && d->len && d->src[d->len - 1] != '\n' &&
	    out->len >= strlen(eol) && !memcmp(out->buf + out->len - strlen(eol), eol, strlen(eol))) {
		out->len -= strlen(eol);	/* keep the file's missing final line break */
		out->buf[out->len] = '\0';
	}
}

/* The new text of a flow list's inside, (start+1 .. end-1). */
static void rebuild_flow(const struct doc *d, const struct yn *list, const bool *keep,
			 unsigned add, struct sbuf *out)
{
	uint32_t n = list->n;
	const char *src = d->src;
	size_t open = list->start + 1, close = list->end - 1;
	int prev = -1;	/* last item written */
	int prev_q = 0;
	/* text before the first item (spaces, comments, line breaks) */
	sbuf_add(out, src + open, (n ? list->kids[0]->start : close) - open);
	for (uint32_t i = 0; i < n; i++) {
		if (!keep[i])
			continue;
		const struct yn *it = list->kids[i];
		int q = item_quarter(it);
		unsigned before = between(add, prev_q, q);
		if (prev < 0) {
			flow_items(out, before, false, true);
		} else {
			/* the separator that followed the previous item kept */
			const struct yn *p = list->kids[prev];
			const struct yn *nx = list->kids[prev + 1];
			flow_items(out, before, true, false);
			sbuf_add(out, src + p->end, nx->start - p->end);
		}
		sbuf_add(out, src + it->start, it->end - it->start);
		prev = (int)i;
		prev_q = q;
	}
	unsigned rest = between(add, prev_q, 5);
	flow_items(out, rest, prev >= 0, false);
	if (prev >= 0 && (uint32_t)prev + 1 < n) {
		/* the items after the last kept one go; the comments and line
		 * breaks of its separator stay, without the comma */
		const struct yn *p = list->kids[prev];
		const char *sep = src + p->end;
		size_t sl = list->kids[prev + 1]->start - p->end;
		const char *comma = memchr(sep, ',', sl);
		if (comma && memchr(sep, '#', sl)) {
			sbuf_add(out, sep, (size_t)(comma - sep));
			sbuf_add(out, comma + 1, sl - (size_t)(comma + 1 - sep));
		}
	}
	if (n) {
		/* text after the last item (a trailing comma, spaces) */
		const struct yn *last = list->kids[n - 1];
		size_t t = last->end;
		if (prev < 0 && rest == 0) {
			/* nothing left: keep only what is not a separator */
			while (t < close && (src[t] == ',' || src[t] == ' '))
				t++;
		}
		sbuf_add(out, src + t, close - t);
	}
}

int set_quarters_list(struct session *s, struct yn *list, unsigned mask, struct tv_err *err)
{
	struct doc *d = s->doc;
	bool *keep = xcalloc(list->n ? list->n : 1, sizeof(*keep));
	unsigned add = keep_items(list, mask, keep);
	bool all_kept = true;
	for (uint32_t i = 0; i < list->n; i++)
		all_kept &= keep[i];
	struct sbuf b = SBUF_INIT;
	if (all_kept && !add) {
		free(keep);
		return 0;
	}
	if (list->style == YN_FLOW) {
		rebuild_flow(d, list, keep, add, &b);
		step_splice(s, list->start + 1, list->end - 1 - (list->start + 1), b.buf, b.len);
	} else if (mask == 0) {
		/* every item goes: their lines go, "[]" follows the key */
		size_t from, to;
		rebuild_block(d, list, keep, 0, &b, &from, &to);
		step_splice(s, from, to - from, b.buf, b.len);
		struct yn *key = yn_key_of(d, list);
		size_t at = key ? key->end : from;
		while (at < from && d->src[at] != ':')
			at++;
		step_splice(s, at < from ? at + 1 : at, 0, " []", 3);
	} else {
		size_t from, to;
		rebuild_block(d, list, keep, add, &b, &from, &to);
		step_splice(s, from, to - from, b.buf, b.len);
	}
	sbuf_free(&b);
	free(keep);
	return step_reparse(s, err);
}
