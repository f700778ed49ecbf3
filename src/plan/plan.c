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
#include "tolov/plan/schema.h"
#include "tolov/base/i18n.h"

#include <errno.h>
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct plan_mem {
	void **blocks;
	size_t n, cap;
	bool owned;
	char *text;		/* the free end of the last text block */
	size_t text_left;
	void *map;		/* the first text block of a large plan, mmap'ed */
	size_t map_len;
	bool lean;		/* plan_build_lean: long text is not copied */
	bool defer;		/* plan_build_deferred: notes, indicator names wait */
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

/*
 * Text the document does not hold NUL-terminated (a long value is a view
 * of its source bytes, doc.h) is copied here, packed into large blocks.
 */
#define TEXT_BLOCK (256u << 10)
#define HUGE_PAGE (2u << 20)

/*
 * The text a plan copies is at most its source's size (each view is its own
 * bytes of the source), so a large plan's first block is sized from it and
 * asks for huge pages, as the document's node storage does: copying 15 MB
 * 4 KiB at a time costs thousands of page faults. Only the pages written
 * count; the rest is address space.
 */
static bool text_reserve(struct plan_mem *m, size_t bytes)
{
	if (bytes < 4 * HUGE_PAGE)
		return false;
	size_t len = bytes + HUGE_PAGE;
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return false;
	char *start = (char *)(((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
#ifdef MADV_HUGEPAGE
	madvise(start, len - (size_t)(start - p), MADV_HUGEPAGE);
#endif
	m->map = p;
	m->map_len = len;
	m->text = start;
	m->text_left = len - (size_t)(start - p);
	return true;
}

/* After a build: as doc_mem's mem_trim, the unused rest of the huge page
 * the text block's text ends in is given back (fills and rebuilds write
 * there later a small page at a time). */
static void text_trim(struct plan_mem *m)
{
	char *base = m->map;
	if (!base || m->text < base || m->text > base + m->map_len)
		return;
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	uintptr_t from = ((uintptr_t)m->text + page - 1) & ~(page - 1);
	uintptr_t to = (from + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
	uintptr_t end = ((uintptr_t)base + m->map_len) & ~(page - 1);
	if (to > end)
		to = end;
	if (to > from)
		madvise((void *)from, to - from, MADV_DONTNEED);
}

static const char *plan_text(struct plan *p, const char *s, size_t n)
{
	struct plan_mem *m = p->mem;
	if (m->text_left < n + 1) {
		/* the first time, one block for all of a large plan's text */
		bool whole = !m->map && p->doc && text_reserve(m, p->doc->len + 1) &&
			     m->text_left >= n + 1;
		if (!whole) {
			size_t sz = n + 1 > TEXT_BLOCK ? n + 1 : TEXT_BLOCK;
			m->text = track(p, xmalloc(sz));
			m->text_left = sz;
		}
	}
	char *t = m->text;
	memcpy(t, s, n);
	t[n] = '\0';
	m->text += n + 1;
	m->text_left -= n + 1;
	return t;
}

static struct plan *plan_alloc(bool owned)
{
	struct plan *p = xcalloc(1, sizeof(*p));
	p->mem = xcalloc(1, sizeof(*p->mem));
	p->mem->owned = owned;
	p->format = 1;
	p->title = p->organisation = "";
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
	if (p->mem->map)
		munmap(p->mem->map, p->mem->map_len);
	if (p->mem->owned) {
		for (size_t g = 0; g < p->n_goal; g++) {
			struct goal *gl = &p->goal[g];
			for (size_t a = 0; a < gl->n_act; a++) {
				for (size_t i = 0; i < gl->act[a].n_ind; i++)
					free(gl->act[a].ind[i].extra.pair);
				free(gl->act[a].ind);
				free(gl->act[a].extra.pair);
			}
			for (size_t i = 0; i < gl->n_ind; i++)
				free(gl->ind[i].extra.pair);
			free(gl->ind);
			free(gl->act);
			free(gl->extra.pair);
		}
		free(p->goal);
		free(p->extra.pair);
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
	in->name = in->unit = in->baseline = in->target = "";
	for (int q = 0; q < NQ; q++)
		in->actual[q] = "";
}

static void init_goal(struct goal *g, size_t parent, unsigned depth)
{
	memset(g, 0, sizeof(*g));
	g->id = g->title = g->section = g->responsible = "";
	g->parent = parent;
	g->depth = depth;
}

struct goal *plan_add_goal(struct plan *p)
{
	p->goal = xrealloc(p->goal, (p->n_goal + 1) * sizeof(*p->goal));
	struct goal *g = &p->goal[p->n_goal++];
	init_goal(g, GOAL_NONE, 0);
	return g;
}

struct goal *plan_add_subgoal(struct plan *p, size_t parent)
{
	if (parent >= p->n_goal || !plan_goal_within(p, p->n_goal - 1, parent)) {
		fprintf(stderr, "tolov: plan_add_subgoal: goal %zu is not the last goal or its ancestor\n",
			parent);
		abort();
	}
	p->goal = xrealloc(p->goal, (p->n_goal + 1) * sizeof(*p->goal));
	struct goal *g = &p->goal[p->n_goal++];
	init_goal(g, parent, p->goal[parent].depth + 1);
	for (size_t a = parent; a != GOAL_NONE; a = p->goal[a].parent)
		p->goal[a].n_desc++;
	return g;
}

void plan_extra_add(struct plan *p, struct extra *x, const char *key, const char *value)
{
	for (size_t i = 0; i < x->n; i++) {
		if (strcmp(x->pair[i].key, key) == 0) {
			x->pair[i].value = plan_strdup(p, value);
			return;
		}
	}
	x->pair = xrealloc(x->pair, (x->n + 1) * sizeof(*x->pair));
	x->pair[x->n].key = plan_strdup(p, key);
	x->pair[x->n].value = plan_strdup(p, value);
	x->n++;
}

const char *extra_get(const struct extra *x, const char *key)
{
	for (size_t i = 0; i < x->n; i++)
		if (strcmp(x->pair[i].key, key) == 0)
			return x->pair[i].value;
	return NULL;
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

struct indicator *plan_add_indicator(struct plan *p, struct indicator **ind, size_t *n_ind)
{
	(void)p;
	*ind = xrealloc(*ind, (*n_ind + 1) * sizeof(**ind));
	struct indicator *in = &(*ind)[(*n_ind)++];
	init_indicator(in);
	return in;
}

/* ---- building from a document ---- */

/*
 * The loader goes on after an error: each check that fails records its
 * error (at its node's offset) and the item is built as far as it can be,
 * so one run reports every problem of a file. Errors are handed out sorted
 * by position.
 */
struct found {
	size_t off;
	size_t seq;		/* order found, for a stable sort */
	struct tv_err e;	/* positioned, with its notes */
};

struct ctx {
	const struct doc *d;
	struct plan *p;
	bool check;		/* checks only: the model's text is not kept */
	struct found *errs;
	size_t n_errs, cap_errs;
	/* ids seen, for the uniqueness check (check_ids) */
	struct idref { const char *id; const struct yn *node; } *ids;
	size_t n_ids, cap_ids;
	struct activity *defer_into;	/* the activity being built, deferred plans */
};

/* A new entry for an error found at byte off; its line and column. */
static struct found *found_at(struct ctx *c, size_t off, unsigned *line, unsigned *col)
{
	doc_linecol(c->d, off, line, col);
	if (c->n_errs == c->cap_errs) {
		c->cap_errs = c->cap_errs ? 2 * c->cap_errs : 16;
		c->errs = xrealloc(c->errs, c->cap_errs * sizeof(*c->errs));
	}
	struct found *f = &c->errs[c->n_errs];
	*f = (struct found){ off, c->n_errs, TV_ERR_INIT };
	c->n_errs++;
	return f;
}

static void vrecord(struct ctx *c, size_t off, enum msg m, const char *shape, va_list ap)
{
	unsigned line, col;
	struct found *f = found_at(c, off, &line, &col);
	tv_diag_vat(&f->e, TV_ERROR, c->d->path, line, col, m, shape, ap);
}

/* The value of scalar v as a C string: its own when the document holds it
 * NUL-terminated, else a copy in the plan. */
static const char *cstr(struct ctx *c, const struct yn *v)
{
	return v->view ? plan_text(c->p, v->val, v->len) : v->val;
}

/* A text field's value for the model: "" for null; when only checking or
 * for a lean plan, "" for long text the checks do not read (ids they do). */
static const char *field_text(struct ctx *c, const struct yn *v, bool read)
{
	if (yn_is_null(v))
		return "";
	if (v->view && (c->check || c->p->mem->lean) && !read)
		return "";
	return cstr(c, v);
}

/* Record error m (shape and arguments as for tv_err_at) at node `at`
 * (NULL: the start of the file); returns -1. */
static int fail(struct ctx *c, const struct yn *at, enum msg m, const char *shape, ...)
	__attribute__((format(printf, 4, 5)));
static int fail(struct ctx *c, const struct yn *at, enum msg m, const char *shape, ...)
{
	va_list ap;
	va_start(ap, shape);
	vrecord(c, at ? at->start : 0, m, shape, ap);
	va_end(ap);
	return -1;
}

/* The kind of node v in the current language ("a mapping", "a list",
 * "text"), for the messages that name it. */
static const char *kind_word(const struct yn *v)
{
	return tr(v->kind == YN_MAP ? M_KIND_MAP : v->kind == YN_SEQ ? M_KIND_LIST : M_KIND_TEXT);
}

/* Attach to the last error recorded a note that id is first used at node
 * `at`. */
static void note_first_id(struct ctx *c, const struct yn *at, const char *id)
{
	unsigned line, col;
	doc_linecol(c->d, at->start, &line, &col);
	tv_err_note(&c->errs[c->n_errs - 1].e, c->d->path, line, col, M_N_FIRST_ID, "%s", id);
}

/* Text field: any scalar; null reads as "". On error *out is left as it was. */
static int get_text(struct ctx *c, const struct yn *map, enum sk id, const char **out)
{
	const char *key = K(id);
	struct yn *v = yn_get(map, key);
	if (!v) {
		if (schema_key(id)->required)
			return fail(c, map, M_E_MISSING_KEY, "%s", key);
		return 0;
	}
	if (v->kind != YN_SCALAR)
		return fail(c, v, M_E_MUST_BE_TEXT, "%s%s", key, kind_word(v));
	if (c->defer_into && v->view && (id == SK_NOTE || id == SK_IND_NAME)) {
		*out = "";	/* plan_fill_activity copies it (plan_build_deferred) */
		c->defer_into->text_deferred = true;
		return 0;
	}
	*out = field_text(c, v, id == SK_ACT_ID || id == SK_GOAL_ID);
	return 0;
}

/* Record why (a value check's verdict, without a position) at node v;
 * why is left cleared. Returns -1. */
static int fail_why(struct ctx *c, const struct yn *v, struct tv_err *why)
{
	unsigned line, col;
	struct found *f = found_at(c, v->start, &line, &col);
	tv_err_place(why, c->d->path, line, col, NULL);
	tv_err_move(&f->e, why);
	return -1;
}

/* A scalar value of key id, checked by the schema's check of its type
 * (schema_check: the message `set` gives for the same text), its meaning
 * in *out. A value that is not a scalar is an error of kind `not_kind`
 * ("'%s' must be ..., not %s"). */
static int check_value(struct ctx *c, const struct yn *v, enum sk id, enum msg not_kind,
		       struct schema_value *out)
{
	if (v->kind != YN_SCALAR)
		return fail(c, v, not_kind, "%s%s", K(id), kind_word(v));
	struct tv_err why = TV_ERR_INIT;
	if (schema_check(schema_key(id)->type, cstr(c, v), out, NULL, &why) == 0)
		return 0;
	return fail_why(c, v, &why);
}

static int want(struct ctx *c, const struct yn *v, int kind, const char *what)
{
	if (v->kind == kind)
		return 0;
	return fail(c, v, M_E_WANT_KIND, "%s%s%s", what,
		    tr(kind == YN_MAP ? M_KIND_MAP : kind == YN_SEQ ? M_KIND_LIST : M_KIND_TEXT),
		    kind_word(v));
}

/* The value of key id must be of its type's kind: a mapping or a list. */
static int want_key(struct ctx *c, const struct yn *v, enum sk id)
{
	int kind = schema_key(id)->type == ST_MAP || schema_key(id)->type == ST_EXTRA ? YN_MAP : YN_SEQ;
	if (v->kind == kind)
		return 0;
	char *what = xasprintf("'%s'", K(id));
	int rc = want(c, v, kind, what);
	free(what);
	return rc;
}

/* "q1".."q4" → 0..3, else -1. */
static int quarter_key(const char *k)
{
	return schema_quarter_of(k) - 1;
}

static int add_id(struct ctx *c, const char *id, const struct yn *node)
{
	if (!node)
		return -1;	/* missing: reported by get_text */
	struct tv_err why = TV_ERR_INIT;
	if (schema_check(ST_ID, id, NULL, NULL, &why))
		return fail_why(c, node, &why);
	if (c->n_ids == c->cap_ids) {
		c->cap_ids = c->cap_ids ? 2 * c->cap_ids : 64;
		c->ids = xrealloc(c->ids, c->cap_ids * sizeof(*c->ids));
	}
	c->ids[c->n_ids++] = (struct idref){ id, node };
	return 0;
}

static uint32_t id_hash(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/*
 * Every later use of an id is an error, with a note at the first use. A
 * table of the ids keeps, for each, its first use by position (the loader
 * does not meet them in file order when a goal's id follows its
 * activities); then every other use is reported.
 */
static int check_ids(struct ctx *c)
{
	int rc = 0;
	size_t cap = 64;
	while (cap < 2 * c->n_ids)
		cap *= 2;
	size_t *first = xmalloc(cap * sizeof(*first));	/* index into ids, or SIZE_MAX */
	for (size_t i = 0; i < cap; i++)
		first[i] = SIZE_MAX;
	bool dup = false;
	for (size_t i = 0; i < c->n_ids; i++) {
		size_t h = id_hash(c->ids[i].id) & (cap - 1);
		while (first[h] != SIZE_MAX && strcmp(c->ids[first[h]].id, c->ids[i].id) != 0)
			h = (h + 1) & (cap - 1);
		if (first[h] == SIZE_MAX) {
			first[h] = i;
		} else {
			dup = true;
			if (c->ids[i].node->start < c->ids[first[h]].node->start)
				first[h] = i;
		}
	}
	for (size_t i = 0; dup && i < c->n_ids; i++) {
		size_t h = id_hash(c->ids[i].id) & (cap - 1);
		while (strcmp(c->ids[first[h]].id, c->ids[i].id) != 0)
			h = (h + 1) & (cap - 1);
		const struct idref *f = &c->ids[first[h]];
		if (first[h] == i)
			continue;
		unsigned line, col;
		doc_linecol(c->d, f->node->start, &line, &col);
		rc = fail(c, c->ids[i].node, M_E_DUP_ID, "%s%u", c->ids[i].id, line);
		note_first_id(c, f->node, c->ids[i].id);
	}
	free(first);
	return rc;
}

/* `extra`: a mapping of text to text. */
static int build_extra(struct ctx *c, const struct yn *map, enum sk id, struct extra *x)
{
	struct yn *v = yn_get(map, K(id));
	if (!v || yn_is_null(v))
		return 0;
	if (want_key(c, v, id))
		return -1;
	int rc = 0;
	x->pair = track(c->p, xcalloc(v->n / 2, sizeof(*x->pair)));
	for (uint32_t i = 0; i + 1 < v->n; i += 2) {
		struct yn *val = v->kids[i + 1];
		if (val->kind != YN_SCALAR) {
			rc = fail(c, val, M_E_EXTRA_NOT_TEXT, "%s%s", K(id), kind_word(val));
			continue;
		}
		x->pair[x->n].key = v->kids[i]->val;
		x->pair[x->n].value = field_text(c, val, false);
		x->n++;
	}
	return rc;
}

static int build_indicator(struct ctx *c, const struct yn *n, struct indicator *in)
{
	init_indicator(in);
	if (want(c, n, YN_MAP, tr(M_W_INDICATOR)))
		return -1;
	int rc = 0;
	rc |= get_text(c, n, SK_IND_NAME, &in->name);
	rc |= get_text(c, n, SK_UNIT, &in->unit);
	rc |= get_text(c, n, SK_BASELINE, &in->baseline);
	rc |= get_text(c, n, SK_TARGET, &in->target);
	struct yn *act = yn_get(n, K(SK_ACTUAL));
	if (act && !yn_is_null(act)) {
		if (want_key(c, act, SK_ACTUAL))
			return -1;
		for (uint32_t i = 0; i + 1 < act->n; i += 2) {
			int q = quarter_key(act->kids[i]->val);
			if (q < 0) {
				rc = fail(c, act->kids[i], M_E_UNKNOWN_QUARTER, "%s%s",
					  act->kids[i]->val, K(SK_ACTUAL));
				continue;
			}
			rc |= get_text(c, act, (enum sk)(SK_ACTUAL_Q1 + q), &in->actual[q]);
		}
	}
	rc |= build_extra(c, n, SK_IND_EXTRA, &in->extra);
	return rc;
}

static int build_indicators(struct ctx *c, const struct yn *map, enum sk id, struct indicator **ind,
			    size_t *n_ind)
{
	struct yn *v = yn_get(map, K(id));
	if (!v || yn_is_null(v))
		return 0;
	if (want_key(c, v, id))
		return -1;
	int rc = 0;
	*ind = track(c->p, xcalloc(v->n, sizeof(**ind)));
	for (uint32_t i = 0; i < v->n; i++, (*n_ind)++)
		rc |= build_indicator(c, v->kids[i], &(*ind)[i]);
	return rc;
}

static int build_status(struct ctx *c, const struct yn *st, struct activity *a)
{
	if (yn_is_null(st))
		return 0;
	if (want_key(c, st, SK_STATUS))
		return -1;
	int rc = 0;
	for (uint32_t i = 0; i + 1 < st->n; i += 2) {
		int q = quarter_key(st->kids[i]->val);
		struct yn *e = st->kids[i + 1];
		if (q < 0) {
			rc = fail(c, st->kids[i], M_E_UNKNOWN_QUARTER, "%s%s",
				  st->kids[i]->val, K(SK_STATUS));
			continue;
		}
		if (yn_is_null(e))
			continue;
		if (want(c, e, YN_MAP, tr(M_W_STATUS_ENTRY))) {
			rc = -1;
			continue;
		}
		struct yn *r = yn_get(e, K(SK_RATING));
		struct schema_value rv;
		if (r && !yn_is_null(r)) {
			if (check_value(c, r, SK_RATING, M_E_RATING_KIND, &rv))
				rc = -1;
			else
				a->st[q].rating = rv.rating;
		}
		rc |= get_text(c, e, SK_NOTE, &a->st[q].note);
	}
	return rc;
}

static int build_budget(struct ctx *c, const struct yn *b, struct activity *a)
{
	if (yn_is_null(b))
		return 0;
	if (want_key(c, b, SK_BUDGET))
		return -1;
	int rc = 0;
	a->budget.present = true;
	struct yn *amt = yn_get(b, K(SK_AMOUNT));
	struct schema_value v;
	if (amt && !yn_is_null(amt)) {
		if (check_value(c, amt, SK_AMOUNT, M_E_WHOLE_NOT_KIND, &v)) {
			rc = -1;
		} else {
			a->budget.amount = v.n;
			a->budget.has_amount = true;
		}
	}
	rc |= get_text(c, b, SK_SOURCE, &a->budget.source);
	rc |= get_text(c, b, SK_BUDGET_TEXT, &a->budget.text);
	return rc;
}

static int build_quarters(struct ctx *c, const struct yn *qs, struct activity *a)
{
	a->has_quarters = true;
	if (yn_is_null(qs))
		return 0;
	if (want_key(c, qs, SK_QUARTERS))
		return -1;
	int rc = 0;
	for (uint32_t i = 0; i < qs->n; i++) {
		const struct yn *q = qs->kids[i];
		struct tv_err why = TV_ERR_INIT;
		if (q->kind != YN_SCALAR)
			rc = fail(c, q, M_E_WHOLE_NOT_KIND, "%s%s", K(SK_QUARTERS), kind_word(q));
		else if (schema_check_quarter(cstr(c, q), &a->quarters, &why))
			rc = fail_why(c, q, &why);
	}
	return rc;
}

static int build_activity(struct ctx *c, const struct yn *n, struct activity *a, size_t goal)
{
	init_activity(a);
	a->goal = goal;
	if (want(c, n, YN_MAP, tr(M_W_ACTIVITY)))
		return -1;
	c->defer_into = c->p->mem->defer && !c->check ? a : NULL;
	int rc = 0;
	if (get_text(c, n, SK_ACT_ID, &a->id) || add_id(c, a->id, yn_get(n, K(SK_ACT_ID))))
		rc = -1;
	rc |= get_text(c, n, SK_ACT_TITLE, &a->title);
	rc |= get_text(c, n, SK_SCHEDULE, &a->schedule);
	rc |= get_text(c, n, SK_ACT_RESP, &a->responsible);
	rc |= build_indicators(c, n, SK_ACT_INDS, &a->ind, &a->n_ind);
	struct yn *v;
	if ((v = yn_get(n, K(SK_BUDGET))))
		rc |= build_budget(c, v, a);
	if ((v = yn_get(n, K(SK_QUARTERS))))
		rc |= build_quarters(c, v, a);
	if ((v = yn_get(n, K(SK_STATUS))))
		rc |= build_status(c, v, a);
	rc |= build_extra(c, n, SK_ACT_EXTRA, &a->extra);
	c->defer_into = NULL;
	return rc;
}

/* Goals in the sequence `goals` and beneath them (as far as they are
 * mappings: the size of the flat array). */
static size_t count_goals(const struct yn *goals)
{
	if (!goals || goals->kind != YN_SEQ)
		return 0;
	size_t n = goals->n;
	for (uint32_t i = 0; i < goals->n; i++)
		if (goals->kids[i]->kind == YN_MAP)
			n += count_goals(yn_get(goals->kids[i], K(SK_SUBGOALS)));
	return n;
}

static int build_goals(struct ctx *c, const struct yn *goals, size_t parent, unsigned depth);

/* Goal n becomes p->goal[p->n_goal], followed by its descendants. */
static int build_goal(struct ctx *c, const struct yn *n, size_t parent, unsigned depth)
{
	size_t gi = c->p->n_goal++;
	struct goal *g = &c->p->goal[gi];
	init_goal(g, parent, depth);
	if (want(c, n, YN_MAP, tr(M_W_GOAL)))
		return -1;
	int rc = 0;
	if (get_text(c, n, SK_GOAL_ID, &g->id) || add_id(c, g->id, yn_get(n, K(SK_GOAL_ID))))
		rc = -1;
	rc |= get_text(c, n, SK_SECTION, &g->section);
	rc |= get_text(c, n, SK_GOAL_TITLE, &g->title);
	rc |= get_text(c, n, SK_GOAL_RESP, &g->responsible);
	rc |= build_indicators(c, n, SK_GOAL_INDS, &g->ind, &g->n_ind);
	rc |= build_extra(c, n, SK_GOAL_EXTRA, &g->extra);
	struct yn *acts = yn_get(n, K(SK_ACTIVITIES));
	if (acts && !yn_is_null(acts)) {
		if (want_key(c, acts, SK_ACTIVITIES)) {
			rc = -1;
		} else {
			g->act = track(c->p, xcalloc(acts->n + 1, sizeof(*g->act)));
			for (uint32_t i = 0; i < acts->n; i++, g->n_act++)
				rc |= build_activity(c, acts->kids[i], &g->act[i], gi);
		}
	}
	struct yn *sub = yn_get(n, K(SK_SUBGOALS));
	if (sub && !yn_is_null(sub)) {
		if (want_key(c, sub, SK_SUBGOALS))
			rc = -1;
		else
			rc |= build_goals(c, sub, gi, depth + 1);
	}
	c->p->goal[gi].n_desc = c->p->n_goal - gi - 1;
	return rc;
}

static int build_goals(struct ctx *c, const struct yn *goals, size_t parent, unsigned depth)
{
	int rc = 0;
	for (uint32_t i = 0; i < goals->n; i++)
		rc |= build_goal(c, goals->kids[i], parent, depth);
	return rc;
}

static void build_root(struct ctx *c)
{
	struct plan *p = c->p;
	const struct yn *root = c->d->root;
	if (!root || yn_is_null(root)) {
		fail(c, NULL, M_E_EMPTY_PLAN, TV_NOARGS);
		return;
	}
	if (root->kind != YN_MAP) {
		fail(c, root, M_E_ROOT_KIND, "%s", kind_word(root));
		return;
	}
	struct yn *v = yn_get(root, K(SK_TOLOV));
	struct schema_value n;
	if (!v) {
		fail(c, root, M_E_MISSING_VERSION, "%s", K(SK_TOLOV));
		return;
	}
	if (check_value(c, v, SK_TOLOV, M_E_WHOLE_NOT_KIND, &n))
		return;
	get_text(c, root, SK_ORGANISATION, &p->organisation);
	get_text(c, root, SK_PLAN_TITLE, &p->title);
	get_text(c, root, SK_CURRENCY, &p->currency);
	if (!*p->currency)
		p->currency = "MNT";
	if ((v = yn_get(root, K(SK_YEAR))) && !yn_is_null(v)) {
		if (check_value(c, v, SK_YEAR, M_E_WHOLE_NOT_KIND, &n) == 0)
			p->year = (int)n.n;
	}
	build_extra(c, root, SK_PLAN_EXTRA, &p->extra);
	struct yn *goals = yn_get(root, K(SK_GOALS));
	if (!goals) {
		fail(c, root, M_E_MISSING_KEY, "%s", K(SK_GOALS));
		return;
	}
	if (yn_is_null(goals) || want_key(c, goals, SK_GOALS))
		return;
	p->goal = track(p, xcalloc(count_goals(goals) + 1, sizeof(*p->goal)));
	build_goals(c, goals, GOAL_NONE, 0);
	check_ids(c);
}

static int cmp_found(const void *a, const void *b)
{
	const struct found *x = a, *y = b;
	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void ctx_free(struct ctx *c)
{
	for (size_t i = 0; i < c->n_errs; i++)
		tv_err_clear(&c->errs[i].e);
	free(c->errs);
	free(c->ids);
}

static size_t build_all(struct plan **out, const struct doc *d, bool lean, bool defer,
			void (*report)(void *ctx, const struct tv_err *e), void *rctx)
{
	struct plan *p = plan_alloc(false);
	p->mem->lean = lean;
	p->mem->defer = defer;
	struct ctx c = { .d = d, .p = p, .check = !out };
	if (out)
		*out = NULL;
	p->doc = d;
	build_root(&c);
	size_t n = c.n_errs;
	if (n) {
		qsort(c.errs, n, sizeof(*c.errs), cmp_found);
		for (size_t i = 0; report && i < n; i++)
			report(rctx, &c.errs[i].e);
	}
	if (n || !out) {
		plan_free(p);
	} else {
		text_trim(p->mem);
		*out = p;
	}
	ctx_free(&c);
	return n;
}

struct first_err {
	struct tv_err *err;
	bool done;
};

static void keep_first(void *ctx, const struct tv_err *e)
{
	struct first_err *f = ctx;
	if (f->done)
		return;
	f->done = true;
	if (f->err)
		tv_err_copy(f->err, e);
}

size_t plan_build_all(struct plan **out, const struct doc *d,
		      void (*report)(void *ctx, const struct tv_err *e), void *rctx)
{
	return build_all(out, d, false, false, report, rctx);
}

int plan_build(struct plan **out, const struct doc *d, struct tv_err *err)
{
	struct first_err f = { err, false };
	return build_all(out, d, false, false, keep_first, &f) ? -1 : 0;
}

int plan_build_lean(struct plan **out, const struct doc *d, struct tv_err *err)
{
	struct first_err f = { err, false };
	return build_all(out, d, true, false, keep_first, &f) ? -1 : 0;
}

int plan_build_deferred(struct plan **out, const struct doc *d, struct tv_err *err)
{
	struct first_err f = { err, false };
	return build_all(out, d, false, true, keep_first, &f) ? -1 : 0;
}

/* The k-th goal mapping of goals and the goals nested in them, in the
 * pre-order of the flat array (build_goals); *k counts down. */
static const struct yn *goal_node_at(const struct yn *goals, size_t *k)
{
	for (uint32_t i = 0; goals && goals->kind == YN_SEQ && i < goals->n; i++) {
		const struct yn *g = goals->kids[i];
		if ((*k)-- == 0)
			return g;
		if (g->kind != YN_MAP)
			continue;
		const struct yn *r = goal_node_at(yn_get(g, K(SK_SUBGOALS)), k);
		if (r)
			return r;
	}
	return NULL;
}

/* The activity mapping with id `id` among goals and the goals nested in
 * them, or NULL: when the places do not match (ids are unique). */
static const struct yn *act_node_by_id(const struct yn *goals, const char *id)
{
	for (uint32_t i = 0; goals && goals->kind == YN_SEQ && i < goals->n; i++) {
		const struct yn *g = goals->kids[i];
		if (g->kind != YN_MAP)
			continue;
		const struct yn *acts = yn_get(g, K(SK_ACTIVITIES));
		for (uint32_t j = 0; acts && acts->kind == YN_SEQ && j < acts->n; j++) {
			const struct yn *an = acts->kids[j];
			const struct yn *x = an->kind == YN_MAP ? yn_get(an, K(SK_ACT_ID)) : NULL;
			if (x && x->kind == YN_SCALAR && yn_is(x, id))
				return an;
		}
		const struct yn *r = act_node_by_id(yn_get(g, K(SK_SUBGOALS)), id);
		if (r)
			return r;
	}
	return NULL;
}

void plan_fill_activity(struct plan *p, const struct activity *a)
{
	if (!a || !a->text_deferred || !p->doc || !p->doc->root || a->goal >= p->n_goal)
		return;
	struct goal *g = &p->goal[a->goal];
	if (a < g->act || a >= g->act + g->n_act)
		return;
	size_t ai = (size_t)(a - g->act), k = a->goal;
	struct activity *w = &g->act[ai];	/* a, writable through p */
	const struct yn *root = p->doc->root;
	const struct yn *gn = root->kind == YN_MAP ? goal_node_at(yn_get(root, K(SK_GOALS)), &k) : NULL;
	const struct yn *acts = gn && gn->kind == YN_MAP ? yn_get(gn, K(SK_ACTIVITIES)) : NULL;
	const struct yn *n = acts && acts->kind == YN_SEQ && ai < acts->n ? acts->kids[ai] : NULL;
	const struct yn *id = n && n->kind == YN_MAP ? yn_get(n, K(SK_ACT_ID)) : NULL;
	if (!id || id->kind != YN_SCALAR || !yn_is(id, w->id))
		n = root->kind == YN_MAP ? act_node_by_id(yn_get(root, K(SK_GOALS)), w->id) : NULL;
	if (!n)
		return;		/* not in the tree: left deferred */
	const struct yn *inds = yn_get(n, K(SK_ACT_INDS));
	for (size_t i = 0; inds && inds->kind == YN_SEQ && i < inds->n && i < w->n_ind; i++) {
		const struct yn *in = inds->kids[i];
		const struct yn *v = in->kind == YN_MAP ? yn_get(in, K(SK_IND_NAME)) : NULL;
		if (v && v->kind == YN_SCALAR && v->view)
			w->ind[i].name = plan_text(p, v->val, v->len);
	}
	const struct yn *st = yn_get(n, K(SK_STATUS));
	for (uint32_t i = 0; st && st->kind == YN_MAP && i + 1 < st->n; i += 2) {
		int q = quarter_key(st->kids[i]->val);
		const struct yn *e = st->kids[i + 1];
		const struct yn *v = q >= 0 && e->kind == YN_MAP ? yn_get(e, K(SK_NOTE)) : NULL;
		if (v && v->kind == YN_SCALAR && v->view)
			w->st[q].note = plan_text(p, v->val, v->len);
	}
	w->text_deferred = false;
}

void plan_fill(struct plan *p)
{
	for (size_t g = 0; g < p->n_goal; g++)
		for (size_t a = 0; a < p->goal[g].n_act; a++)
			plan_fill_activity(p, &p->goal[g].act[a]);
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

size_t plan_goal_index(const struct plan *p, const struct goal *g)
{
	return (size_t)(g - p->goal);
}

bool plan_goal_within(const struct plan *p, size_t d, size_t a)
{
	return d >= a && d <= a + p->goal[a].n_desc;
}

/* ---- parts again (the edit layer's incremental update) ---- */

static int cmp_ptr(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)*(void *const *)a, y = (uintptr_t)*(void *const *)b;
	return x < y ? -1 : x > y;
}

/* Arrays of replaced items, freed once the new ones are in place. */
struct gone {
	void **ptr;
	size_t n, cap;
};

static void gone_add(struct gone *g, void *ptr)
{
	if (!ptr)
		return;
	if (g->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 64;
		g->ptr = xrealloc(g->ptr, g->cap * sizeof(*g->ptr));
	}
	g->ptr[g->n++] = ptr;
}

static void gone_extra(struct gone *g, const struct extra *x)
{
	gone_add(g, x->pair);
}

static void gone_inds(struct gone *g, struct indicator *ind, size_t n)
{
	for (size_t i = 0; i < n; i++)
		gone_extra(g, &ind[i].extra);
	gone_add(g, ind);
}

static void gone_activity(struct gone *g, struct activity *a)
{
	gone_inds(g, a->ind, a->n_ind);
	gone_extra(g, &a->extra);
}

/* A goal's own arrays and its activities' (not its nested goals'). */
static void gone_goal(struct gone *g, struct goal *go)
{
	gone_inds(g, go->ind, go->n_ind);
	gone_extra(g, &go->extra);
	for (size_t a = 0; a < go->n_act; a++)
		gone_activity(g, &go->act[a]);
	gone_add(g, go->act);
}

/* Free the blocks of p->mem listed in g (those it tracks), in one pass. */
static void gone_free(struct plan *p, struct gone *g)
{
	struct plan_mem *m = p->mem;
	if (g->n && !m->owned) {
		qsort(g->ptr, g->n, sizeof(*g->ptr), cmp_ptr);
		size_t keep = 0;
		for (size_t i = 0; i < m->n; i++) {
			if (bsearch(&m->blocks[i], g->ptr, g->n, sizeof(*g->ptr), cmp_ptr))
				free(m->blocks[i]);
			else
				m->blocks[keep++] = m->blocks[i];
		}
		m->n = keep;
	}
	free(g->ptr);
}

static int cmp_idref_id(const void *key, const void *elt)
{
	return strcmp(key, ((const struct idref *)elt)->id);
}

/* The goals directly under parent (GOAL_NONE: at the top), as flat
 * indices: the k-th starts at first + the sizes of those before. */
static size_t child_at(const struct plan *p, size_t parent, size_t k, size_t *end)
{
	size_t gi = parent == GOAL_NONE ? 0 : parent + 1;
	size_t stop = parent == GOAL_NONE ? p->n_goal : parent + 1 + p->goal[parent].n_desc;
	for (; gi < stop && k > 0; k--)
		gi += 1 + p->goal[gi].n_desc;
	*end = stop;
	return gi;
}

static size_t n_children(const struct plan *p, size_t parent)
{
	size_t stop, n = 0;
	for (size_t gi = child_at(p, parent, 0, &stop); gi < stop; gi += 1 + p->goal[gi].n_desc)
		n++;
	return n;
}

/* Build goal nodes list->kids[at .. at+n) and their nested goals into
 * sub (its own goal array; its strings and arrays tracked in p): the top
 * ones with parent GOAL_NONE, the rest with parents inside sub. */
static int build_subtrees(struct ctx *c, struct plan *p, struct plan *sub, const struct yn *list,
			  size_t at, size_t n, unsigned depth)
{
	size_t cnt = n;
	for (size_t i = 0; i < n; i++) {
		const struct yn *gn = list->kids[at + i];
		if (gn->kind == YN_MAP)
			cnt += count_goals(yn_get(gn, K(SK_SUBGOALS)));
	}
	*sub = *p;
	sub->goal = xcalloc(cnt + 1, sizeof(*sub->goal));
	sub->n_goal = 0;
	c->p = sub;
	int rc = 0;
	for (size_t i = 0; i < n; i++)
		rc |= build_goal(c, list->kids[at + i], GOAL_NONE, depth);
	c->p = p;
	return rc;
}

/* Is goal index d inside the subtree that part x rebuilds? */
static bool part_covers(const struct plan *p, const struct plan_part *x, size_t d)
{
	return x->kind == PP_GOAL && d != x->goal && plan_goal_within(p, d, x->goal);
}

int plan_rebuild_parts(struct plan *p, const struct plan_part *part, size_t n, size_t *built)
{
	if (!p->doc || p->mem->owned || n == 0)
		return -1;
	for (size_t k = 0; k < n; k++) {
		const struct plan_part *x = &part[k];
		if (x->kind == PP_GOALS ? n != 1 || (x->goal != GOAL_NONE && x->goal >= p->n_goal)
					: x->goal >= p->n_goal)
			return -1;
		for (size_t j = 0; j < k; j++)
			if (part[j].goal == x->goal)
				return -1;	/* one part per goal */
	}
	struct ctx c = { .d = p->doc, .p = p };
	int rc = 0;
	/* what each part builds, before anything changes */
	struct built {
		bool skip;		/* inside another part's subtree */
		struct activity *act;	/* PP_ACTS */
		size_t n_new;
		struct plan sub;	/* PP_GOAL, PP_GOALS: the new goals, their own array */
		size_t from, to;	/* PP_GOAL, PP_GOALS: the flat range they replace */
	} *b = xcalloc(n, sizeof(*b));
	for (size_t k = 0; k < n && rc == 0; k++) {
		const struct plan_part *x = &part[k];
		struct built *bk = &b[k];
		const struct yn *list = x->node;
		for (size_t j = 0; j < n; j++)
			if (part_covers(p, &part[j], x->goal))
				bk->skip = true;
		if (bk->skip)
			continue;
		if (x->kind == PP_ACTS) {
			struct goal *g = &p->goal[x->goal];
			size_t now = list ? list->n : 0;
			if ((list && list->kind != YN_SEQ) || x->at + x->n_old > g->n_act ||
			    now + x->n_old < g->n_act) {
				rc = -1;
				break;
			}
			bk->n_new = now + x->n_old - g->n_act;
			bk->act = xcalloc(bk->n_new + 1, sizeof(*bk->act));
			for (size_t i = 0; i < bk->n_new; i++)
				rc |= build_activity(&c, list->kids[x->at + i], &bk->act[i], x->goal);
		} else if (x->kind == PP_GOAL) {
			/* the goal and its nested goals, their number unchanged */
			const struct goal *g = &p->goal[x->goal];
			bk->from = x->goal;
			bk->to = x->goal + 1 + g->n_desc;
			struct yn one = { .kids = (struct yn **)&x->node, .n = 1, .kind = YN_SEQ };
			if (!x->node) {
				rc = -1;
				break;
			}
			rc |= build_subtrees(&c, p, &bk->sub, &one, 0, 1, g->depth);
			if (bk->sub.n_goal != bk->to - bk->from)
				rc = -1;
		} else {
			size_t stop, have = n_children(p, x->goal);
			size_t now = list ? list->n : 0;
			if ((list && list->kind != YN_SEQ) || now + x->n_old < have || x->at + x->n_old > have) {
				rc = -1;
				break;
			}
			bk->n_new = now + x->n_old - have;
			bk->from = child_at(p, x->goal, x->at, &stop);
			bk->to = bk->from;
			for (size_t i = 0; i < x->n_old && bk->to < stop; i++)
				bk->to += 1 + p->goal[bk->to].n_desc;
			unsigned depth = x->goal == GOAL_NONE ? 0 : p->goal[x->goal].depth + 1;
			rc |= build_subtrees(&c, p, &bk->sub, list, x->at, bk->n_new, depth);
		}
	}
	if (rc == 0)
		check_ids(&c);
	if (c.n_errs)
		rc = -1;
	/* every id kept, against the new ones (sorted by check_ids) */
	for (size_t gi = 0; rc == 0 && c.n_ids && gi < p->n_goal; gi++) {
		const struct plan_part *x = NULL;
		for (size_t k = 0; k < n; k++) {
			if (b[k].skip)
				continue;
			if (part[k].kind == PP_ACTS ? part[k].goal == gi : gi >= b[k].from && gi < b[k].to)
				x = &part[k];
		}
		if (x && x->kind != PP_ACTS)
			continue;	/* built again */
		const struct goal *g = &p->goal[gi];
		if (bsearch(g->id, c.ids, c.n_ids, sizeof(*c.ids), cmp_idref_id))
			rc = -1;
		for (size_t a = 0; rc == 0 && a < g->n_act; a++) {
			if (x && a >= x->at && a < x->at + x->n_old)
				continue;
			if (bsearch(g->act[a].id, c.ids, c.n_ids, sizeof(*c.ids), cmp_idref_id))
				rc = -1;
		}
	}
	struct gone gone = { 0 };
	size_t n_built = 0;
	for (size_t k = 0; k < n; k++) {
		const struct plan_part *x = &part[k];
		struct built *bk = &b[k];
		if (rc == 0 && !bk->skip) {
			n_built += bk->n_new;
			for (size_t gi = 0; x->kind != PP_ACTS && gi < bk->sub.n_goal; gi++)
				n_built += 1 + bk->sub.goal[gi].n_act;
		}
		if (rc || bk->skip) {
			free(bk->act);
			free(bk->sub.goal);
			continue;
		}
		if (x->kind == PP_ACTS) {
			struct goal *g = &p->goal[x->goal];
			size_t total = g->n_act - x->n_old + bk->n_new;
			struct activity *na = track(p, xcalloc(total + 1, sizeof(*na)));
			memcpy(na, g->act, x->at * sizeof(*na));
			memcpy(na + x->at, bk->act, bk->n_new * sizeof(*na));
			memcpy(na + x->at + bk->n_new, g->act + x->at + x->n_old,
			       (g->n_act - x->at - x->n_old) * sizeof(*na));
			for (size_t a = x->at; a < x->at + x->n_old; a++)
				gone_activity(&gone, &g->act[a]);
			gone_add(&gone, g->act);
			g->act = na;
			g->n_act = total;
			free(bk->act);
			continue;
		}
		/* the flat array: the goals before, the new ones, the goals after */
		size_t from = bk->from, to = bk->to, m = bk->sub.n_goal;
		size_t parent = x->kind == PP_GOAL ? p->goal[x->goal].parent : x->goal;
		size_t total = p->n_goal - (to - from) + m;
		ptrdiff_t delta = (ptrdiff_t)m - (ptrdiff_t)(to - from);
		struct goal *ng = p->goal;
		if (delta) {
			ng = track(p, xcalloc(total + 1, sizeof(*ng)));
			memcpy(ng, p->goal, from * sizeof(*ng));
			memcpy(ng + from + m, p->goal + to, (p->n_goal - to) * sizeof(*ng));
		}
		for (size_t gi = from; gi < to; gi++)
			gone_goal(&gone, &p->goal[gi]);
		if (delta)
			gone_add(&gone, p->goal);
		memcpy(ng + from, bk->sub.goal, m * sizeof(*ng));
		for (size_t gi = from; gi < from + m; gi++) {
			struct goal *g = &ng[gi];
			g->parent = g->parent == GOAL_NONE ? parent : g->parent + from;
			for (size_t a = 0; a < g->n_act; a++)
				g->act[a].goal = gi;
		}
		for (size_t gi = from + m; delta && gi < total; gi++) {
			struct goal *g = &ng[gi];
			if (g->parent != GOAL_NONE && g->parent >= to)
				g->parent = (size_t)((ptrdiff_t)g->parent + delta);
			for (size_t a = 0; a < g->n_act; a++)
				g->act[a].goal = gi;
		}
		for (size_t an = parent; delta && an != GOAL_NONE; an = ng[an].parent)
			ng[an].n_desc = (size_t)((ptrdiff_t)ng[an].n_desc + delta);
		p->goal = ng;
		p->n_goal = total;
		free(bk->sub.goal);
	}
	gone_free(p, &gone);
	free(b);
	ctx_free(&c);
	if (built)
		*built = n_built;
	return rc;
}
