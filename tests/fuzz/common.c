/*
 * common.c — model and node-tree comparisons for tolov's fuzz harnesses.
 */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/base/util.h"

static char *diff_str(const char *where, const char *field, const char *x, const char *y)
{
	return xasprintf("%s: %s differs: \"%s\" vs \"%s\"", where, field, x, y);
}

#define SAME_STR(where, field, x, y)                                \
	do {                                                         \
		if (strcmp((x), (y)) != 0)                           \
			return diff_str((where), (field), (x), (y)); \
	} while (0)
#define SAME_NUM(where, field, x, y)                                                         \
	do {                                                                                  \
		if ((long long)(x) != (long long)(y))                                         \
			return xasprintf("%s: %s differs: %lld vs %lld", (where), (field),   \
					 (long long)(x), (long long)(y));                     \
	} while (0)

static char *activity_diff(const struct activity *a, const struct activity *b)
{
	const char *w = a->id;
	SAME_STR(w, "id", a->id, b->id);
	SAME_STR(w, "title", a->title, b->title);
	SAME_STR(w, "schedule", a->schedule, b->schedule);
	SAME_STR(w, "responsible", a->responsible, b->responsible);
	SAME_NUM(w, "has_quarters", a->has_quarters, b->has_quarters);
	SAME_NUM(w, "quarters", a->quarters, b->quarters);
	SAME_NUM(w, "budget.present", a->budget.present, b->budget.present);
	SAME_NUM(w, "budget.has_amount", a->budget.has_amount, b->budget.has_amount);
	if (a->budget.has_amount)
		SAME_NUM(w, "budget.amount", a->budget.amount, b->budget.amount);
	SAME_STR(w, "budget.source", a->budget.source, b->budget.source);
	SAME_STR(w, "budget.text", a->budget.text, b->budget.text);
	for (int q = 0; q < NQ; q++) {
		SAME_NUM(w, "status rating", a->st[q].rating, b->st[q].rating);
		SAME_STR(w, "status note", a->st[q].note, b->st[q].note);
	}
	SAME_NUM(w, "indicator count", a->n_ind, b->n_ind);
	for (size_t i = 0; i < a->n_ind; i++) {
		const struct indicator *x = &a->ind[i], *y = &b->ind[i];
		SAME_STR(w, "indicator name", x->name, y->name);
		SAME_STR(w, "indicator baseline", x->baseline, y->baseline);
		SAME_STR(w, "indicator target", x->target, y->target);
		for (int q = 0; q < NQ; q++)
			SAME_STR(w, "indicator actual", x->actual[q], y->actual[q]);
	}
	return NULL;
}

char *fz_plan_diff(const struct plan *a, const struct plan *b)
{
	SAME_NUM("plan", "format", a->format, b->format);
	SAME_STR("plan", "title", a->title, b->title);
	SAME_NUM("plan", "year", a->year, b->year);
	SAME_STR("plan", "currency", a->currency, b->currency);
	SAME_NUM("plan", "goal count", a->n_goal, b->n_goal);
	for (size_t g = 0; g < a->n_goal; g++) {
		const struct goal *x = &a->goal[g], *y = &b->goal[g];
		SAME_STR(x->id, "goal id", x->id, y->id);
		SAME_STR(x->id, "goal title", x->title, y->title);
		SAME_NUM(x->id, "activity count", x->n_act, y->n_act);
		for (size_t i = 0; i < x->n_act; i++) {
			char *d = activity_diff(&x->act[i], &y->act[i]);
			if (d)
				return d;
			SAME_NUM(x->act[i].id, "goal index", x->act[i].goal, y->act[i].goal);
		}
	}
	return NULL;
}

char *fz_tree_diff(const struct yn *a, const struct yn *b)
{
	if (!a || !b)
		return a == b ? NULL : xasprintf("one tree is empty");
	if (a->kind != b->kind || a->style != b->style || a->n != b->n || a->start != b->start ||
	    a->end != b->end)
		return xasprintf("node at %u-%u (kind %d style %d, %u kids) vs %u-%u (kind %d style %d, %u kids)",
				 a->start, a->end, a->kind, a->style, a->n, b->start, b->end, b->kind,
				 b->style, b->n);
	if (a->kind == YN_SCALAR) {
		if (a->len != b->len || memcmp(a->val, b->val, a->len) != 0)
			return xasprintf("scalar at %u: \"%.*s\" vs \"%.*s\"", a->start, (int)a->len,
					 a->val, (int)b->len, b->val);
		return NULL;
	}
	for (uint32_t i = 0; i < a->n; i++) {
		char *d = fz_tree_diff(a->kids[i], b->kids[i]);
		if (d)
			return d;
	}
	return NULL;
}

struct doc *fz_load(const char *src, size_t len, struct plan **plan, char **why)
{
	struct tv_err err = TV_ERR_INIT;
	struct doc *d;
	char *copy = xmalloc(len + 1);
	memcpy(copy, src, len);
	copy[len] = '\0';
	*plan = NULL;
	*why = NULL;
	if (doc_from_buffer(&d, "fuzz.yaml", copy, len, &err)) {
		*why = err.text ? err.text : xstrdup("(no message)");
		return NULL;
	}
	if (plan_build(plan, d, &err)) {
		*why = err.text ? err.text : xstrdup("(no message)");
		doc_free(d);
		return NULL;
	}
	return d;
}

void fz_fail(const char *what, char *msg)
{
	fprintf(stderr, "tolov fuzz: %s: %s\n", what, msg ? msg : "");
	fflush(stderr);
	abort();
}

void fz_check_err(const char *name, const char *text)
{
	if (!text || !*text)
		fz_fail("error text", xstrdup("a refusal left no message"));
	size_t nl = strlen(name);
	if (strncmp(text, name, nl) != 0 || text[nl] != ':')
		fz_fail("error text", xasprintf("does not start with \"%s:\": %s", name, text));
}
