/*
 * fuzz_load — tolov's loader on arbitrary bytes: doc_from_buffer, then
 * plan_build, then what every command does with a loaded plan.
 *
 * Properties checked besides memory safety:
 *   - a refused file always has a message that names the file;
 *   - node spans lie inside the source and nest, and a quoted scalar's
 *     span ends with its closing quote;
 *   - a valid plan, written out again in the canonical layout (emit_plan,
 *     as `tolov import` writes files), loads back as the same plan.
 */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tolov/plan/emit.h"
#include "tolov/base/util.h"

static void check_spans(const struct doc *d, const struct yn *n, const struct yn *parent)
{
	if (n->start > n->end || n->end > d->len)
		fz_fail("spans", xasprintf("node %u-%u outside the source (%zu bytes)", n->start, n->end,
					   d->len));
	if (parent && parent->kind == YN_MAP) {
		for (uint32_t i = 1; i < parent->n; i += 2)
			if (parent->kids[i] == n && yn_key_of(d, n) != parent->kids[i - 1])
				fz_fail("spans", xasprintf("node at %u: wrong key", n->start));
	}
	if (n->kind == YN_SCALAR) {
		/* A quoted scalar's span ends with its closing quote (it may start
		 * with a tag or an anchor). */
		char c = n->end > n->start ? d->src[n->end - 1] : '\0';
		if (n->style == YN_DQUOTE && c != '"')
			fz_fail("spans", xasprintf("double-quoted scalar %u-%u ends with 0x%02x", n->start,
						   n->end, (unsigned char)c));
		if (n->style == YN_SQUOTE && c != '\'')
			fz_fail("spans", xasprintf("single-quoted scalar %u-%u ends with 0x%02x", n->start,
						   n->end, (unsigned char)c));
		if (n->view) {
			/* a view is the value's own bytes in the source (doc.h) */
			size_t q = n->style == YN_PLAIN ? 0 : 1;
			if (n->val != d->src + n->start + q || n->end - n->start != n->len + 2 * q)
				fz_fail("spans", xasprintf("scalar at %u: view off its spelling",
							   n->start));
		} else if (strlen(n->val) > n->len) {
			fz_fail("spans", xasprintf("scalar at %u: len %u is short", n->start, n->len));
		}
		return;
	}
	for (uint32_t i = 0; i < n->n; i++) {
		const struct yn *k = n->kids[i];
		if (k->start < n->start || (n->style == YN_BLOCK && k->end > n->end))
			fz_fail("spans", xasprintf("node %u-%u not inside its parent %u-%u", k->start,
						   k->end, n->start, n->end));
		if (i && k->start < n->kids[i - 1]->end)
			fz_fail("spans", xasprintf("node at %u overlaps its sibling %u-%u", k->start,
						   n->kids[i - 1]->start, n->kids[i - 1]->end));
		check_spans(d, k, n);
	}
}

static void use_plan(const struct plan *p)
{
	struct progress pr;
	for (int q = 1; q <= NQ; q++) {
		progress_of_plan(p, q, &pr);
		if (pr.tenths < -1 || pr.tenths > 1000)
			fz_fail("progress", xasprintf("q%d: %d tenths", q, pr.tenths));
		char buf[8];
		progress_fmt(pr.tenths, buf);
	}
	struct sbuf b = SBUF_INIT;
	fmt_amount(&b, budget_of_plan(p));
	sbuf_free(&b);
	for (size_t g = 0; g < p->n_goal; g++) {
		const struct goal *gl = &p->goal[g];
		if (plan_find_goal(p, gl->id) != gl)
			fz_fail("lookup", xasprintf("goal \"%s\" not found by its id", gl->id));
		for (size_t a = 0; a < gl->n_act; a++)
			if (plan_find_activity(p, gl->act[a].id) != &gl->act[a])
				fz_fail("lookup", xasprintf("activity \"%s\" not found by its id",
							    gl->act[a].id));
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *src = xmalloc(size + 1);
	memcpy(src, data, size);
	src[size] = '\0';
	struct tv_err err = TV_ERR_INIT;
	struct doc *d;
	if (doc_from_buffer(&d, "fuzz.yaml", src, size, &err)) {
		fz_check_err("fuzz.yaml", err.text);
		tv_err_clear(&err);
		return 0;
	}
	if (d->root)
		check_spans(d, d->root, NULL);
	unsigned line, col;
	doc_linecol(d, size / 2, &line, &col);
	doc_linecol(d, size, &line, &col);
	struct plan *p;
	if (plan_build(&p, d, &err)) {
		fz_check_err("fuzz.yaml", err.text);
		tv_err_clear(&err);
		doc_free(d);
		return 0;
	}
	use_plan(p);

	/* The canonical layout reads back as the same plan. */
	struct sbuf out = SBUF_INIT;
	emit_plan(&out, p);
	struct plan *p2;
	char *why;
	struct doc *d2 = fz_load(out.buf, out.len, &p2, &why);
	if (!d2)
		fz_fail("canonical layout does not load", xasprintf("%s\n--- emitted:\n%s", why, out.buf));
	char *diff = fz_plan_diff(p, p2);
	if (diff)
		fz_fail("canonical layout reads back differently", xasprintf("%s\n--- emitted:\n%s", diff, out.buf));
	sbuf_free(&out);
	plan_free(p2);
	doc_free(d2);
	plan_free(p);
	doc_free(d);
	return 0;
}
