/*
 * plan.c — build and check the plan model from a document; owned plans for
 * the importer; lookups.
 *
 * Every check names the problem in a user's words at the node's position:
 * wrong type, unknown rating, duplicate id (with the line of the first),
 * missing key. Keys the format does not know are left alone: they stay in
 * the file and the exporters find them through the nodes.
 */
#include "tolov/plan/plan.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

struct plan_mem {
	void **blocks;
	size_t n, cap;
	bool owned;
};

static void *track(struct plan *p, void *blk)
{
	struct plan_mem *m = p->mem;
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 64;
		m->blocks = xrealloc(m->blocks, m->cap * sizeof(*m->blocks));
	}
	m->blocks[m->n++] = blk;
	return blk;
}

static struct plan *plan_alloc(bool owned)
{
	struct plan *p = xcalloc(1, sizeof(*p));
	p->mem = xcalloc(1, sizeof(*p->mem));
	p->mem->owned = owned;
	p->format = 1;
	p->title = "";
	p->currency = "MNT";
	return p;
}

void plan_free(struct plan *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->mem->n; i++)
		free(p->mem->blocks[i]);
	free(p->mem->blocks);
	if (p->mem->owned) {
		for (size_t g = 0; g < p->n_goal; g++) {
			for (size_t a = 0; a < p->goal[g].n_act; a++)
				free(p->goal[g].act[a].ind);
			free(p->goal[g].act);
		}
		free(p->goal);
	}
	free(p->mem);
	free(p);
}

/* ---- owned plans (importer) ---- */

struct plan *plan_new(void)
{
	return plan_alloc(true);
}

const char *plan_strdup(struct plan *p, const char *s)
{
	return track(p, xstrdup(s ? s : ""));
}

static void init_activity(struct activity *a)
{
	memset(a, 0, sizeof(*a));
	a->id = a->title = a->schedule = a->responsible = "";
	a->budget.source = a->budget.text = "";
	for (int q = 0; q < NQ; q++) {
		a->st[q].rating = RATING_NONE;
		a->st[q].note = "";
	}
}

static void init_indicator(struct indicator *in)
{
	memset(in, 0, sizeof(*in));
	in->name = in->baseline = in->target = "";
	for (int q = 0; q < NQ; q++)
		in->actual[q] = "";
}

struct goal *plan_add_goal(struct plan *p)
{
	p->goal = xrealloc(p->goal, (p->n_goal + 1) * sizeof(*p->goal));
	struct goal *g = &p->goal[p->n_goal++];
	memset(g, 0, sizeof(*g));
	g->id = g->title = "";
	return g;
}

struct activity *plan_add_activity(struct plan *p, size_t goal)
{
	struct goal *g = &p->goal[goal];
	g->act = xrealloc(g->act, (g->n_act + 1) * sizeof(*g->act));
	struct activity *a = &g->act[g->n_act++];
	init_activity(a);
	a->goal = goal;
	return a;
}

struct indicator *plan_add_indicator(struct plan *p, struct activity *a)
{
	(void)p;
	a->ind = xrealloc(a->ind, (a->n_ind + 1) * sizeof(*a->ind));
	struct indicator *in = &a->ind[a->n_ind++];
	init_indicator(in);
	return in;
}

/* ---- building from a document ---- */

struct ctx {
	const struct doc *d;
	struct plan *p;
	struct tv_err *err;
	/* ids seen, for the uniqueness check: sorted later */
	struct idref { const char *id; const struct yn *node; } *ids;
	size_t n_ids;
};

static int fail(struct ctx *c, const struct yn *at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int fail(struct ctx *c, const struct yn *at, const char *fmt, ...)
{
	va_list ap;
	unsigned line, col;
	doc_linecol(c->d, at ? at->start : 0, &line, &col);
	va_start(ap, fmt);
	tv_err_vset(c->err, c->d->path, line, col, fmt, ap);
	va_end(ap);
	return -1;
}

/* Text field: any scalar; null reads as "". */
static int get_text(struct ctx *c, const struct yn *map, const char *key, bool required,
		    const char **out)
{
	struct yn *v = yn_get(map, key);
	if (!v) {
		if (required)
			return fail(c, map, "missing key '%s'", key);
		return 0;
	}
	if (v->kind != YN_SCALAR)
		return fail(c, v, "'%s' must be text, not %s", key, yn_kind_name(v));
	*out = yn_is_null(v) ? "" : v->val;
	return 0;
}

static bool parse_int(const char *s, long long *out)
{
	char *end;
	if (!*s || (*s != '-' && *s != '+' && (*s < '0' || *s > '9')))
		return false;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || *end)
		return false;
	*out = v;
	return true;
}

static int get_int(struct ctx *c, const struct yn *v, const char *key, long long lo, long long hi,
		   long long *out)
{
	if (v->kind != YN_SCALAR)
		return fail(c, v, "'%s' must be a whole number, not %s", key, yn_kind_name(v));
	if (!parse_int(v->val, out))
		return fail(c, v, "'%s' must be a whole number, not '%s'", key, v->val);
	if (*out < lo || *out > hi)
		return fail(c, v, "'%s' is %lld; it must be between %lld and %lld", key, *out, lo, hi);
	return 0;
}

static int want(struct ctx *c, const struct yn *v, int kind, const char *what)
{
	if (v->kind == kind)
		return 0;
	return fail(c, v, "%s must be %s, not %s", what,
		    kind == YN_MAP ? "a mapping" : kind == YN_SEQ ? "a list" : "text", yn_kind_name(v));
}

/* "q1".."q4" → 0..3, else -1. */
static int quarter_key(const char *k)
{
	if ((k[0] == 'q' || k[0] == 'Q') && k[1] >= '1' && k[1] <= '4' && !k[2])
		return k[1] - '1';
	return -1;
}

static int add_id(struct ctx *c, const char *id, const struct yn *node)
{
	if (!*id)
		return fail(c, node, "an id must not be empty");
	c->ids[c->n_ids++] = (struct idref){ id, node };
	return 0;
}

static int cmp_idref(const void *a, const void *b)
{
	const struct idref *x = a, *y = b;
	int r = strcmp(x->id, y->id);
	if (r)
		return r;
	return x->node->start < y->node->start ? -1 : x->node->start > y->node->start;
}

static int check_ids(struct ctx *c)
{
	qsort(c->ids, c->n_ids, sizeof(*c->ids), cmp_idref);
	for (size_t i = 1; i < c->n_ids; i++) {
		if (strcmp(c->ids[i].id, c->ids[i - 1].id) == 0) {
			unsigned line, col;
			doc_linecol(c->d, c->ids[i - 1].node->start, &line, &col);
			return fail(c, c->ids[i].node, "duplicate id \"%s\" (first used at line %u)",
				    c->ids[i].id, line);
		}
	}
	return 0;
}

static int build_indicator(struct ctx *c, const struct yn *n, struct indicator *in)
{
	init_indicator(in);
	in->node = (struct yn *)n;
	if (want(c, n, YN_MAP, "an indicator"))
		return -1;
	if (get_text(c, n, "name", false, &in->name) ||
	    get_text(c, n, "baseline", false, &in->baseline) ||
	    get_text(c, n, "target", false, &in->target))
		return -1;
	struct yn *act = yn_get(n, "actual");
	if (act && !yn_is_null(act)) {
		if (want(c, act, YN_MAP, "'actual'"))
			return -1;
		for (uint32_t i = 0; i + 1 < act->n; i += 2) {
			int q = quarter_key(act->kids[i]->val);
			if (q < 0)
				return fail(c, act->kids[i], "unknown quarter '%s' in 'actual': use q1, q2, q3 or q4",
					    act->kids[i]->val);
			if (get_text(c, act, act->kids[i]->val, false, &in->actual[q]))
				return -1;
		}
	}
	return 0;
}

static int build_status(struct ctx *c, const struct yn *st, struct activity *a)
{
	if (yn_is_null(st))
		return 0;
	if (want(c, st, YN_MAP, "'status'"))
		return -1;
	for (uint32_t i = 0; i + 1 < st->n; i += 2) {
		int q = quarter_key(st->kids[i]->val);
		struct yn *e = st->kids[i + 1];
		if (q < 0)
			return fail(c, st->kids[i], "unknown quarter '%s' in 'status': use q1, q2, q3 or q4",
				    st->kids[i]->val);
		a->st[q].node = e;
		if (yn_is_null(e))
			continue;
		if (want(c, e, YN_MAP, "a status entry"))
			return -1;
		struct yn *r = yn_get(e, "rating");
		if (r && !yn_is_null(r)) {
			if (r->kind != YN_SCALAR)
				return fail(c, r, "'rating' must be 100, 70, 30, 0 or not-due, not %s",
					    yn_kind_name(r));
			a->st[q].rating = rating_parse(r->val);
			if (a->st[q].rating == RATING_NONE)
				return fail(c, r, "unknown rating '%s': use 100, 70, 30, 0 or not-due", r->val);
		}
		if (get_text(c, e, "note", false, &a->st[q].note))
			return -1;
	}
	return 0;
}

static int build_budget(struct ctx *c, const struct yn *b, struct activity *a)
{
	if (yn_is_null(b))
		return 0;
	if (want(c, b, YN_MAP, "'budget'"))
		return -1;
	a->budget.present = true;
	struct yn *amt = yn_get(b, "amount");
	if (amt && !yn_is_null(amt)) {
		if (get_int(c, amt, "amount", 0, LLONG_MAX / 4, &a->budget.amount))
			return -1;
		a->budget.has_amount = true;
	}
	return get_text(c, b, "source", false, &a->budget.source) ||
	       get_text(c, b, "text", false, &a->budget.text) ? -1 : 0;
}

static int build_quarters(struct ctx *c, const struct yn *qs, struct activity *a)
{
	a->has_quarters = true;
	if (yn_is_null(qs))
		return 0;
	if (want(c, qs, YN_SEQ, "'quarters'"))
		return -1;
	for (uint32_t i = 0; i < qs->n; i++) {
		long long q;
		if (get_int(c, qs->kids[i], "quarters", 1, 4, &q))
			return -1;
		if (a->quarters & (1u << (q - 1)))
			return fail(c, qs->kids[i], "quarter %lld is listed twice", q);
		a->quarters |= 1u << (q - 1);
	}
	return 0;
}

static int build_activity(struct ctx *c, const struct yn *n, struct activity *a, size_t goal)
{
	init_activity(a);
	a->node = (struct yn *)n;
	a->goal = goal;
	if (want(c, n, YN_MAP, "an activity"))
		return -1;
	if (get_text(c, n, "id", true, &a->id) || add_id(c, a->id, yn_get(n, "id")) ||
	    get_text(c, n, "title", true, &a->title) ||
	    get_text(c, n, "schedule", false, &a->schedule) ||
	    get_text(c, n, "responsible", false, &a->responsible))
		return -1;
	struct yn *v;
	if ((v = yn_get(n, "indicators")) && !yn_is_null(v)) {
		if (want(c, v, YN_SEQ, "'indicators'"))
			return -1;
		a->ind = track(c->p, xcalloc(v->n, sizeof(*a->ind)));
		for (uint32_t i = 0; i < v->n; i++, a->n_ind++)
			if (build_indicator(c, v->kids[i], &a->ind[i]))
				return -1;
	}
	if ((v = yn_get(n, "budget")) && build_budget(c, v, a))
		return -1;
	if ((v = yn_get(n, "quarters")) && build_quarters(c, v, a))
		return -1;
	if ((v = yn_get(n, "status")) && build_status(c, v, a))
		return -1;
	return 0;
}

static int build_goal(struct ctx *c, const struct yn *n, struct goal *g, size_t gi)
{
	g->node = (struct yn *)n;
	g->id = g->title = "";
	if (want(c, n, YN_MAP, "a goal"))
		return -1;
	if (get_text(c, n, "id", true, &g->id) || add_id(c, g->id, yn_get(n, "id")) ||
	    get_text(c, n, "title", true, &g->title))
		return -1;
	struct yn *acts = yn_get(n, "activities");
	if (!acts || yn_is_null(acts))
		return 0;
	if (want(c, acts, YN_SEQ, "'activities'"))
		return -1;
	g->act = track(c->p, xcalloc(acts->n, sizeof(*g->act)));
	for (uint32_t i = 0; i < acts->n; i++, g->n_act++)
		if (build_activity(c, acts->kids[i], &g->act[i], gi))
			return -1;
	return 0;
}

static size_t count_ids(const struct yn *goals)
{
	size_t n = goals->n;
	for (uint32_t i = 0; i < goals->n; i++) {
		struct yn *acts = yn_get(goals->kids[i], "activities");
		if (acts && acts->kind == YN_SEQ)
			n += acts->n;
	}
	return n;
}

int plan_build(struct plan **out, const struct doc *d, struct tv_err *err)
{
	struct plan *p = plan_alloc(false);
	struct ctx c = { .d = d, .p = p, .err = err };
	const struct yn *root = d->root;
	*out = NULL;
	p->doc = d;
	p->node = (struct yn *)root;

	if (!root || yn_is_null(root)) {
		fail(&c, NULL, "the file is empty; a plan file starts with 'tolov: 1'");
		goto bad;
	}
	if (root->kind != YN_MAP) {
		fail(&c, root, "a plan file is a mapping starting with 'tolov: 1', not %s",
		     yn_kind_name(root));
		goto bad;
	}
	struct yn *v = yn_get(root, "tolov");
	long long n;
	if (!v) {
		fail(&c, root, "missing key 'tolov' (the format version, 1)");
		goto bad;
	}
	if (get_int(&c, v, "tolov", 0, INT_MAX, &n))
		goto bad;
	if (n != 1) {
		fail(&c, v, "format version %lld is not known to this tolov, which reads version 1", n);
		goto bad;
	}
	if (get_text(&c, root, "title", true, &p->title) ||
	    get_text(&c, root, "currency", false, &p->currency))
		goto bad;
	if (!*p->currency)
		p->currency = "MNT";
	if ((v = yn_get(root, "year")) && !yn_is_null(v)) {
		if (get_int(&c, v, "year", 1, 9999, &n))
			goto bad;
		p->year = (int)n;
	}
	struct yn *goals = yn_get(root, "goals");
	if (!goals) {
		fail(&c, root, "missing key 'goals'");
		goto bad;
	}
	if (!yn_is_null(goals)) {
		if (want(&c, goals, YN_SEQ, "'goals'"))
			goto bad;
		c.ids = xmalloc((count_ids(goals) + 1) * sizeof(*c.ids));
		p->goal = track(p, xcalloc(goals->n, sizeof(*p->goal)));
		for (uint32_t i = 0; i < goals->n; i++, p->n_goal++)
			if (build_goal(&c, goals->kids[i], &p->goal[i], i))
				goto bad;
		if (check_ids(&c))
			goto bad;
	}
	free(c.ids);
	*out = p;
	return 0;
bad:
	free(c.ids);
	plan_free(p);
	return -1;
}

/* ---- lookups ---- */

struct goal *plan_find_goal(const struct plan *p, const char *id)
{
	for (size_t g = 0; g < p->n_goal; g++)
		if (strcmp(p->goal[g].id, id) == 0)
			return &p->goal[g];
	return NULL;
}

struct activity *plan_find_activity(const struct plan *p, const char *id)
{
	for (size_t g = 0; g < p->n_goal; g++)
		for (size_t a = 0; a < p->goal[g].n_act; a++)
			if (strcmp(p->goal[g].act[a].id, id) == 0)
				return &p->goal[g].act[a];
	return NULL;
}

size_t plan_n_activities(const struct plan *p)
{
	size_t n = 0;
	for (size_t g = 0; g < p->n_goal; g++)
		n += p->goal[g].n_act;
	return n;
}
