/*
 * stylegen.h — a generator of hand-written plan files, for the style x
 * edit tests (test_styles.c) and the session fuzzer (fuzz_session.c).
 *
 * From a seed it picks a style — indentation 2, 3 or 4; sequences
 * indented or indentless; "- key" or "-   key" aligned to the
 * indentation; quarters as flow or block lists; comments above items, at
 * the end of lines, after an item's last key, between list items (a
 * commented-out "# - 2"); blank lines between activities or not; CRLF;
 * a BOM; document markers — and writes a valid plan in it. Every comment
 * carries a unique marker "#cN " so a test can count them.
 *
 * Header-only (static functions); the caller frees the text.
 */
#ifndef TOLOV_STYLEGEN_H
#define TOLOV_STYLEGEN_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include "tolov/base/util.h"

struct style {
	unsigned step;		/* 2, 3 or 4 */
	bool indentless;	/* "key:" then "- item" at the key's column */
	bool aligned;		/* "-   key" with keys at dash + step */
	bool block_quarters;
	bool comments;
	bool blank_between;	/* blank line between activities */
	bool crlf, bom, markers;
	unsigned goals, acts;	/* activities per goal */
};

struct sg {
	uint64_t x;
	struct sbuf b;
	unsigned ncomment;
	struct style st;
};

static inline unsigned sg_rand(struct sg *g, unsigned n)
{
	g->x ^= g->x << 13;
	g->x ^= g->x >> 7;
	g->x ^= g->x << 17;
	return (unsigned)((g->x >> 11) % n);
}

static inline void sg_pad(struct sg *g, unsigned n)
{
	while (n--)
		sbuf_addc(&g->b, ' ');
}

static inline void sg_comment_line(struct sg *g, unsigned col, const char *text)
{
	if (!g->st.comments)
		return;
	sg_pad(g, col);
	sbuf_addf(&g->b, "#c%u %s\n", g->ncomment++, text);
}

static inline void sg_eol(struct sg *g, bool maybe_comment)
{
	if (maybe_comment && g->st.comments && sg_rand(g, 3) == 0)
		sbuf_addf(&g->b, "   #c%u тайлбар\n", g->ncomment++);
	else
		sbuf_addc(&g->b, '\n');
}

/* Dash column and key column of a sequence whose key is at col. */
static inline void sg_seq_cols(const struct sg *g, unsigned col, unsigned *dash, unsigned *key)
{
	*dash = g->st.indentless ? col : col + g->st.step;
	*key = *dash + (g->st.aligned ? g->st.step : 2);
}

static inline void sg_dash(struct sg *g, unsigned dash)
{
	sg_pad(g, dash);
	sbuf_addc(&g->b, '-');
	sg_pad(g, g->st.aligned ? g->st.step - 1 : 1);
}

static const char *const sg_words[] = {
	"Авлигын эсрэг сургалт", "Ил тод байдал", "Хяналт шинжилгээ", "Мэдээлэл түгээх",
	"Хөрөнгийн мэдүүлэг", "Ашиг сонирхлын зөрчил", "Иргэдийн оролцоо",
};

static inline void sg_activity(struct sg *g, unsigned dash, unsigned k, unsigned gi, unsigned ai)
{
	unsigned S = g->st.step;
	sg_dash(g, dash);
	sbuf_addf(&g->b, "id: \"%u.%u\"", gi, ai);
	sg_eol(g, true);
	sg_pad(g, k);
	sbuf_addf(&g->b, "title: \"%s %u\"", sg_words[sg_rand(g, 7)], ai);
	sg_eol(g, true);
	unsigned nind = sg_rand(g, 3);
	if (nind) {
		unsigned d2, k2;
		sg_pad(g, k);
		sbuf_adds(&g->b, "indicators:\n");
		sg_seq_cols(g, k, &d2, &k2);
		for (unsigned i = 0; i < nind; i++) {
			sg_dash(g, d2);
			sbuf_addf(&g->b, "name: \"Шалгуур %u\"", i);
			sg_eol(g, true);
			sg_pad(g, k2);
			sbuf_adds(&g->b, "baseline: \"0\"\n");
			sg_pad(g, k2);
			sbuf_addf(&g->b, "target: \"%u удаа\"\n", 2 + i);
			if (sg_rand(g, 2)) {
				sg_pad(g, k2);
				sbuf_adds(&g->b, "actual:\n");
				sg_pad(g, k2 + S);
				sbuf_adds(&g->b, "q1: \"1\"\n");
			}
		}
	}
	if (sg_rand(g, 3)) {
		sg_pad(g, k);
		sbuf_adds(&g->b, "budget:\n");
		sg_pad(g, k + S);
		sbuf_addf(&g->b, "amount: %u000000\n", 1 + sg_rand(g, 9));
		sg_pad(g, k + S);
		sbuf_adds(&g->b, "source: \"Улсын төсөв\"\n");
		sg_pad(g, k + S);
		sbuf_adds(&g->b, "text: \"2,0 сая\"\n");
	}
	/* quarters 1 and 3, with 2 commented out in block style */
	sg_pad(g, k);
	if (g->st.block_quarters) {
		unsigned d2, k2;
		sg_seq_cols(g, k, &d2, &k2);
		sbuf_adds(&g->b, "quarters:\n");
		sg_pad(g, d2);
		sbuf_adds(&g->b, "- 1\n");
		sg_comment_line(g, d2, "- 2  хойшлуулсан");
		sg_pad(g, d2);
		sbuf_adds(&g->b, "- 3\n");
	} else {
		sbuf_adds(&g->b, "quarters: [1, 3]\n");
	}
	if (sg_rand(g, 2)) {
		sg_pad(g, k);
		sbuf_adds(&g->b, "schedule: \"1,3 дугаар улирал\"\n");
	}
	sg_pad(g, k);
	sbuf_adds(&g->b, "responsible: \"Хуулийн хэлтэс\"\n");
	if (sg_rand(g, 2)) {
		sg_pad(g, k);
		sbuf_adds(&g->b, "status:\n");
		sg_pad(g, k + S);
		sbuf_adds(&g->b, "q1:\n");
		sg_comment_line(g, k + 2 * S, "үнэлгээ");
		sg_pad(g, k + 2 * S);
		sbuf_adds(&g->b, "rating: 70\n");
		sg_pad(g, k + 2 * S);
		sbuf_adds(&g->b, "note: \"Хэсэгчлэн\"\n");
	}
	if (sg_rand(g, 2))
		sg_comment_line(g, k, "үйл ажиллагааны төгсгөл");
}

/* A plan in a style drawn from seed; returns its text (caller frees). */
static inline char *sg_plan(uint64_t seed, struct style *out, size_t *len)
{
	struct sg g = { .x = seed * 0x9E3779B97F4A7C15ull + 1, .b = SBUF_INIT };
	for (int i = 0; i < 4; i++)
		sg_rand(&g, 2);
	struct style *st = &g.st;
	st->step = 2 + sg_rand(&g, 3);
	st->indentless = sg_rand(&g, 3) == 0;
	st->aligned = st->step > 2 && sg_rand(&g, 2);
	st->block_quarters = sg_rand(&g, 2);
	st->comments = sg_rand(&g, 4) != 0;
	st->blank_between = sg_rand(&g, 2);
	st->crlf = sg_rand(&g, 4) == 0;
	st->bom = sg_rand(&g, 5) == 0;
	st->markers = sg_rand(&g, 4) == 0;
	st->goals = 2 + sg_rand(&g, 2);
	st->acts = 2 + sg_rand(&g, 3);
	if (st->bom)
		sbuf_adds(&g.b, "\xEF\xBB\xBF");
	sg_comment_line(&g, 0, "Төлөвлөгөө");
	if (st->markers)
		sbuf_adds(&g.b, "---\n");
	sbuf_adds(&g.b, "tolov: 1\n");
	sbuf_adds(&g.b, "title: \"Аймгийн төлөвлөгөө\"");
	sg_eol(&g, true);
	sbuf_adds(&g.b, "year: 2024\n");
	sbuf_adds(&g.b, "goals:\n");
	unsigned gd, gk;
	sg_seq_cols(&g, 0, &gd, &gk);
	for (unsigned gi = 1; gi <= st->goals; gi++) {
		sg_comment_line(&g, gd, "Зорилт");
		sg_dash(&g, gd);
		sbuf_addf(&g.b, "id: \"%u\"", gi);
		sg_eol(&g, true);
		sg_pad(&g, gk);
		sbuf_addf(&g.b, "title: \"Зорилт %u\"\n", gi);
		sg_pad(&g, gk);
		sbuf_adds(&g.b, "activities:\n");
		unsigned ad, ak;
		sg_seq_cols(&g, gk, &ad, &ak);
		for (unsigned ai = 1; ai <= st->acts; ai++) {
			if (ai > 1 && st->blank_between)
				sbuf_adds(&g.b, "\n");
			sg_activity(&g, ad, ak, gi, ai);
		}
	}
	if (st->markers)
		sbuf_adds(&g.b, "...\n");
	if (st->crlf) {
		struct sbuf c = SBUF_INIT;
		for (size_t i = 0; i < g.b.len; i++) {
			if (g.b.buf[i] == '\n')
				sbuf_addc(&c, '\r');
			sbuf_addc(&c, g.b.buf[i]);
		}
		sbuf_free(&g.b);
		g.b = c;
	}
	*out = *st;
	*len = g.b.len;
	return sbuf_detach(&g.b);
}

#endif
