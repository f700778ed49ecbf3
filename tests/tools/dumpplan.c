/*
 * dumpplan — print a plan file as tolov reads it, as canonical JSON, for
 * tests/pyyaml/check.py to compare with PyYAML's reading of the same file.
 *
 * usage: dumpplan FILE
 *
 * Every field of the model is written, in a fixed order: text as JSON
 * strings (UTF-8 as is), year and amount as numbers or null, quarters as a
 * list or null (no key), ratings as the words of the format ("100",
 * "not-due"); status entries and actual values only where something is
 * set. Exit status 1 with the loader's message on stderr when the file is
 * refused.
 */
#include <stdio.h>
#include <stdlib.h>

#include "tolov/plan/plan.h"

static void str(struct sbuf *b, const char *s)
{
	sbuf_addc(b, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			sbuf_addf(b, "\\%c", *p);
		else if (*p < 0x20)
			sbuf_addf(b, "\\u%04x", *p);
		else
			sbuf_addc(b, (char)*p);
	}
	sbuf_addc(b, '"');
}

static void key(struct sbuf *b, const char *k, const char *v)
{
	sbuf_addf(b, "\"%s\": ", k);
	str(b, v);
}

static void activity(struct sbuf *b, const struct activity *a)
{
	sbuf_adds(b, "{");
	key(b, "id", a->id);
	sbuf_adds(b, ", ");
	key(b, "title", a->title);
	sbuf_adds(b, ", \"indicators\": [");
	for (size_t i = 0; i < a->n_ind; i++) {
		const struct indicator *in = &a->ind[i];
		sbuf_adds(b, i ? ", {" : "{");
		key(b, "name", in->name);
		sbuf_adds(b, ", ");
		key(b, "baseline", in->baseline);
		sbuf_adds(b, ", ");
		key(b, "target", in->target);
		sbuf_adds(b, ", \"actual\": {");
		const char *sep = "";
		for (int q = 0; q < NQ; q++) {
			if (!in->actual[q][0])
				continue;
			sbuf_addf(b, "%s\"q%d\": ", sep, q + 1);
			str(b, in->actual[q]);
			sep = ", ";
		}
		sbuf_adds(b, "}}");
	}
	sbuf_adds(b, "], \"budget\": ");
	if (a->budget.present) {
		sbuf_adds(b, "{\"amount\": ");
		if (a->budget.has_amount)
			sbuf_addf(b, "%lld", a->budget.amount);
		else
			sbuf_adds(b, "null");
		sbuf_adds(b, ", ");
		key(b, "source", a->budget.source);
		sbuf_adds(b, ", ");
		key(b, "text", a->budget.text);
		sbuf_adds(b, "}");
	} else {
		sbuf_adds(b, "null");
	}
	sbuf_adds(b, ", \"quarters\": ");
	if (a->has_quarters) {
		sbuf_adds(b, "[");
		const char *sep = "";
		for (int q = 1; q <= NQ; q++) {
			if (a->quarters & (1u << (q - 1))) {
				sbuf_addf(b, "%s%d", sep, q);
				sep = ", ";
			}
		}
		sbuf_adds(b, "]");
	} else {
		sbuf_adds(b, "null");
	}
	sbuf_adds(b, ", ");
	key(b, "schedule", a->schedule);
	sbuf_adds(b, ", ");
	key(b, "responsible", a->responsible);
	sbuf_adds(b, ", \"status\": {");
	const char *sep = "";
	for (int q = 0; q < NQ; q++) {
		const struct status *st = &a->st[q];
		if (st->rating == RATING_NONE && !st->note[0])
			continue;
		sbuf_addf(b, "%s\"q%d\": {", sep, q + 1);
		key(b, "rating", rating_str(st->rating));
		sbuf_adds(b, ", ");
		key(b, "note", st->note);
		sbuf_adds(b, "}");
		sep = ", ";
	}
	sbuf_adds(b, "}}");
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: dumpplan FILE\n");
		return 2;
	}
	struct doc *d = NULL;
	struct plan *p = NULL;
	struct tv_err err = TV_ERR_INIT;
	if (doc_load(&d, argv[1], DOC_SIZE_CAP_DEFAULT, &err) || plan_build(&p, d, &err)) {
		fprintf(stderr, "%s\n", err.text);
		tv_err_clear(&err);
		doc_free(d);
		return 1;
	}
	struct sbuf b = SBUF_INIT;
	sbuf_addf(&b, "{\"tolov\": %d, ", p->format);
	key(&b, "title", p->title);
	if (p->year)
		sbuf_addf(&b, ", \"year\": %d, ", p->year);
	else
		sbuf_adds(&b, ", \"year\": null, ");
	key(&b, "currency", p->currency);
	sbuf_adds(&b, ", \"goals\": [");
	for (size_t g = 0; g < p->n_goal; g++) {
		sbuf_adds(&b, g ? ",\n  {" : "\n  {");
		key(&b, "id", p->goal[g].id);
		sbuf_adds(&b, ", ");
		key(&b, "title", p->goal[g].title);
		sbuf_adds(&b, ", \"activities\": [");
		for (size_t a = 0; a < p->goal[g].n_act; a++) {
			sbuf_adds(&b, a ? ",\n    " : "\n    ");
			activity(&b, &p->goal[g].act[a]);
		}
		sbuf_adds(&b, "]}");
	}
	sbuf_adds(&b, "]}\n");
	fwrite(b.buf, 1, b.len, stdout);
	sbuf_free(&b);
	plan_free(p);
	doc_free(d);
	return 0;
}
