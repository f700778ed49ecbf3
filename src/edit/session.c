/*
 * session.c — an open plan: edit steps as byte splices, undo and redo,
 * saving.
 *
 * Every operation is a list of splices on the document's source. The
 * splices of one operation form one undo step; undo applies their
 * inverses in reverse order. After a step the document is re-read (in
 * place for a rewritten scalar, the items the splices touched, or by a
 * full parse) and the model brought up to date, in parts where it can
 * (session.h says which); if the result is not a valid plan the step is
 * rolled back and refused, so the document is never left invalid.
 *
 * Two chains of items follow the splices: s->chain, what the next re-read
 * of the document must cover, and s->mchain, what changed since the model
 * was last updated (its "region"). A splice outside a chain's items ends
 * it: the document is re-read then, and the region's stale part of the
 * model (region_part) is set aside in s->part until the update.
 */
#include "tolov/edit/session.h"
#include "edit_impl.h"
#include "session_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/base/i18n.h"
#include "tolov/plan/schema.h"

struct splice {
	size_t off;
	char *old, *new;
	size_t oldlen, newlen;
};

struct undo_step {
	struct splice *sp;
	size_t n;
	char *label;
	/* what the step is about (step_item): the goal or activity undo and
	 * redo select; NULL when only its place in the text says (a field,
	 * renumbering) */
	char *item, *owner;	/* ids; owner: the goal that holds item */
	size_t index;		/* item's index in owner's activities, or SIZE_MAX */
};

static void step_free(struct undo_step *st)
{
	if (!st)
		return;
	for (size_t i = 0; i < st->n; i++) {
		free(st->sp[i].old);
		free(st->sp[i].new);
	}
	free(st->sp);
	free(st->label);
	free(st->item);
	free(st->owner);
	free(st);
}

/* The model of d, lean or whole as the session is opened. */
static int model_build(const struct session *s, struct plan **p, const struct doc *d,
		       struct tv_err *err)
{
	return s->lean       ? plan_build_lean(p, d, err)
	       : s->deferred ? plan_build_deferred(p, d, err)
			     : plan_build(p, d, err);
}

/* src: the file's bytes when the caller read them (taken over), else NULL. */
static int open_file(struct session **out, const char *path, char *src, size_t len, bool lean,
		     bool deferred, struct tv_err *err)
{
	struct session *s = xcalloc(1, sizeof(*s));
	s->changed_at = SIZE_MAX;
	s->lean = lean;
	s->deferred = deferred;
	*out = NULL;
	if ((src ? doc_from_buffer(&s->doc, path, src, len, err)
		 : doc_load(&s->doc, path, DOC_SIZE_CAP_DEFAULT, err)) ||
	    model_build(s, &s->plan, s->doc, err)) {
		session_free(s);
		return -1;
	}
	stamp_take(&s->stamp, path, s->doc->src, s->doc->len);
	s->model_mem = s->doc->mem;
	s->saved_at = 0;
	*out = s;
	return 0;
}

int session_open(struct session **out, const char *path, struct tv_err *err)
{
	return open_file(out, path, NULL, 0, false, false, err);
}

int session_open_lean(struct session **out, const char *path, struct tv_err *err)
{
	return open_file(out, path, NULL, 0, true, false, err);
}

int session_open_buffer(struct session **out, const char *path, char *src, size_t len,
			struct tv_err *err)
{
	return open_file(out, path, src, len, false, false, err);
}

int session_open_shown(struct session **out, const char *path, char *src, size_t len,
		       struct tv_err *err)
{
	return open_file(out, path, src, len, false, true, err);
}

int session_open_from(struct session **out, const char *path, const char *from,
		      struct tv_err *err)
{
	struct session *s = xcalloc(1, sizeof(*s));
	s->changed_at = SIZE_MAX;
	char *src;
	size_t len;
	*out = NULL;
	if (read_file(from, DOC_SIZE_CAP_DEFAULT, &src, &len, err)) {
		free(s);
		return -1;
	}
	if (doc_from_buffer(&s->doc, from, src, len, err) || plan_build(&s->plan, s->doc, err)) {
		session_free(s);
		return -1;
	}
	free(s->doc->path);
	s->doc->path = xstrdup(path);
	struct file_stamp disk = { 0 };
	char *cur;
	size_t cur_len;
	struct tv_err ignore = TV_ERR_INIT;
	if (read_file(path, DOC_SIZE_CAP_DEFAULT, &cur, &cur_len, &ignore) == 0) {
		stamp_take(&disk, path, cur, cur_len);
		free(cur);
	}
	tv_err_clear(&ignore);
	s->stamp = disk;
	s->model_mem = s->doc->mem;
	s->saved_at = SIZE_MAX;	/* unsaved until written to path */
	*out = s;
	return 0;
}

int session_reload(struct session *s, struct tv_err *err)
{
	struct doc *d;
	struct plan *p;
	if (doc_load(&d, s->doc->path, DOC_SIZE_CAP_DEFAULT, err))
		return -1;
	if (model_build(s, &p, d, err)) {
		doc_free(d);
		return -1;
	}
	for (size_t i = 0; i < s->n_undo; i++)
		step_free(s->undo[i]);
	s->changed = NULL;
	s->n_undo = s->n_done = 0;
	s->saved_at = 0;
	plan_free(s->plan);
	doc_free(s->doc);
	s->doc = d;
	s->stale = false;
	s->model_stale = false;
	s->model_whole = false;
	s->n_part = s->n_regions = s->n_rereads = 0;
	s->model_mem = d->mem;
	s->plan = p;
	stamp_take(&s->stamp, d->path, d->src, d->len);
	return 0;
}

void session_free(struct session *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n_undo; i++)
		step_free(s->undo[i]);
	free(s->undo);
	step_free(s->cur);
	plan_free(s->plan);
	doc_free(s->doc);
	free(s->chain);
	free(s->mchain);
	free(s);
}

bool session_dirty(const struct session *s)
{
	return s->saved_at != s->n_done;
}

/* ---- steps ---- */

void step_begin(struct session *s, const char *label)
{
	step_free(s->cur);
	s->cur = xcalloc(1, sizeof(*s->cur));
	s->cur->label = xstrdup(label);
	s->structural = false;
}

void step_item(struct session *s, const char *item, const char *owner, size_t index)
{
	if (!s->cur)
		return;
	free(s->cur->item);
	free(s->cur->owner);
	s->cur->item = item && *item ? xstrdup(item) : NULL;
	s->cur->owner = owner && *owner ? xstrdup(owner) : NULL;
	s->cur->index = index;
}

/* Does the outermost item of c still hold a splice at off of oldlen
 * bytes (as doc_chain_splice keeps it)? */
static bool chain_holds(const struct doc_chain *c, size_t off, size_t oldlen)
{
	if (!c->n)
		return false;
	const struct doc_item *l = &c->link[0];
	return (off > l->from || (off == l->from && l->at_start)) && off + oldlen <= l->to;
}

static int reparse_dirty(struct session *s, struct tv_err *err);
static void region_close(struct session *s);

/*
 * The items whose nodes a splice makes stale: at the first splice after
 * the tree was last brought up to date, the items that hold it are taken
 * from the tree (still valid then); later splices keep those that hold
 * them too. A re-read is then limited to the innermost one.
 *
 * A splice outside every item of the chain (the far end of a move to
 * another goal) first re-reads what the chain holds, so each region is
 * re-read on its own, and closes the model's region (region_close): up
 * to SESSION_REGIONS regions between two model updates (and up to
 * SESSION_REREADS early re-reads).
 */
static void splice_tracked(struct session *s, size_t off, size_t oldlen, const char *rep,
			   size_t replen)
{
	if (!s->chain)
		s->chain = xcalloc(1, sizeof(*s->chain));
	if (!s->mchain)
		s->mchain = xcalloc(1, sizeof(*s->mchain));
	bool far = s->n_regions + 1 < SESSION_REGIONS;
	if (s->stale && s->n_rereads < SESSION_REREADS && !chain_holds(s->chain, off, oldlen) &&
	    s->chain->n) {
		struct tv_err ignore = TV_ERR_INIT;
		reparse_dirty(s, &ignore);	/* on failure: a whole parse later */
		tv_err_clear(&ignore);
		s->n_rereads++;
	}
	if (s->model_stale && !chain_holds(s->mchain, off, oldlen)) {
		if (far && !s->stale && s->mchain->n)
			region_close(s);
		else
			s->model_whole = true;
		s->model_stale = false;
	}
	if (!s->stale) {
		doc_item_chain(s->doc, off, off + oldlen, s->chain);
		s->stale = true;
	}
	/* the same for the model, kept until it is built again */
	if (!s->model_stale) {
		doc_item_chain(s->doc, off, off + oldlen, s->mchain);
		s->model_stale = true;
	}
	doc_chain_splice(s->chain, off, oldlen, replen);
	doc_chain_splice(s->mchain, off, oldlen, replen);
	doc_splice(s->doc, off, oldlen, rep, replen);
}

/* Where each goal's lists stand in the current tree, in the plan's flat
 * pre-order: the goal's mapping, its activities and its nested goals. */
struct goal_nodes {
	const struct yn *node, *acts, *sub;
};

static void goal_nodes_walk(const struct yn *goals, struct goal_nodes **gn, size_t *n, size_t *cap)
{
	for (uint32_t i = 0; goals && goals->kind == YN_SEQ && i < goals->n; i++) {
		const struct yn *g = goals->kids[i];
		if (*n == *cap) {
			*cap = *cap ? 2 * *cap : 64;
			*gn = xrealloc(*gn, *cap * sizeof(**gn));
		}
		struct goal_nodes *x = &(*gn)[(*n)++];
		x->node = g;
		x->acts = g->kind == YN_MAP ? yn_get(g, K(SK_ACTIVITIES)) : NULL;
		x->sub = g->kind == YN_MAP ? yn_get(g, K(SK_SUBGOALS)) : NULL;
		if (x->sub)
			goal_nodes_walk(x->sub, gn, n, cap);
	}
}

/* Goals in a goals list and beneath (as plan_build counts them). */
static size_t count_goal_nodes(const struct yn *goals)
{
	if (!goals || goals->kind != YN_SEQ)
		return 0;
	size_t n = goals->n;
	for (uint32_t i = 0; i < goals->n; i++)
		if (goals->kids[i]->kind == YN_MAP)
			n += count_goal_nodes(yn_get(goals->kids[i], K(SK_SUBGOALS)));
	return n;
}

/* The model's goals directly under parent (GOAL_NONE: the top): their
 * number, and the flat index of the k-th. */
static size_t model_children(const struct plan *p, size_t parent, size_t k, size_t *kth)
{
	size_t gi = parent == GOAL_NONE ? 0 : parent + 1;
	size_t stop = parent == GOAL_NONE ? p->n_goal : parent + 1 + p->goal[parent].n_desc;
	size_t n = 0;
	*kth = SIZE_MAX;
	for (; gi < stop; gi += 1 + p->goal[gi].n_desc, n++)
		if (n == k)
			*kth = gi;
	return n;
}

/*
 * The part of the model the changes since the model's region began make
 * stale (the tree being current again): the innermost item of s->mchain
 * whose list is in the tree still names it. Its list is
 *   - a goal's activities: those items of the goal (PP_ACTS);
 *   - a goals list, one goal, as many goals there as the model has: that
 *     goal with its nested goals (PP_GOAL, when their number is unchanged);
 *   - else a goals list: those goals (PP_GOALS).
 * 0 with *out, or -1 when none fits (the whole model again).
 */
static int region_part(struct session *s, struct plan_part *out)
{
	const struct plan *p = s->plan;
	const struct doc_chain *c = s->mchain;
	const struct yn *root = s->doc->root;
	if (!p || !c || !root || root->kind != YN_MAP)
		return -1;
	const struct yn *goals = yn_get(root, K(SK_GOALS));
	struct goal_nodes *gn = NULL;
	size_t n = 0, cap = 0;
	goal_nodes_walk(goals, &gn, &n, &cap);
	int rc = -1;
	if (n != p->n_goal)
		c = NULL;	/* the goals changed in number: only a goals list holds that */
	for (size_t k = c ? c->n : 0; k-- > 0 && rc;) {
		const struct doc_item *l = &c->link[k];
		for (size_t g = 0; g < n; g++) {
			if (gn[g].acts != l->list)
				continue;
			if (l->list->kind == YN_SEQ && l->list->n + l->n >= p->goal[g].n_act) {
				*out = (struct plan_part){ PP_ACTS, g, l->i, l->n, l->list };
				rc = 0;
			}
			break;
		}
	}
	c = s->mchain;
	for (size_t k = c->n; k-- > 0 && rc;) {
		const struct doc_item *l = &c->link[k];
		size_t parent = GOAL_NONE;
		bool found = l->list == goals;
		for (size_t g = 0; !found && g < n && g < p->n_goal; g++)
			if (gn[g].sub == l->list) {
				parent = g;
				found = true;
			}
		if (!found || l->list->kind != YN_SEQ)
			continue;
		size_t kth, have = model_children(p, parent, l->i, &kth);
		if (l->list->n + l->n < have)
			break;
		const struct yn *node = l->i < l->list->n ? l->list->kids[l->i] : NULL;
		if (l->n == 1 && !l->at_start && l->list->n == have && kth != SIZE_MAX && node &&
		    node->kind == YN_MAP &&
		    count_goal_nodes(yn_get(node, K(SK_SUBGOALS))) == p->goal[kth].n_desc)
			*out = (struct plan_part){ PP_GOAL, kth, 0, 0, node };
		else
			*out = (struct plan_part){ PP_GOALS, parent, l->i, l->n, l->list };
		rc = 0;
	}
	free(gn);
	return rc;
}

/* A far splice ends the model's region: what it made stale waits in
 * s->part for the next model update. */
/* Where the open region lies among the top-level goals (the tree being
 * current): the outermost item of s->mchain, when it is in the top-level
 * goals list. */
static struct session_region region_root(const struct session *s)
{
	struct session_region r = { 0, 0, 0, false };
	const struct yn *root = s->doc->root;
	const struct yn *goals = root && root->kind == YN_MAP ? yn_get(root, K(SK_GOALS)) : NULL;
	if (!goals || goals->kind != YN_SEQ || !s->mchain || !s->mchain->n ||
	    s->mchain->link[0].list != goals)
		return r;
	r.i = s->mchain->link[0].i;
	r.n = s->mchain->link[0].n;
	r.count = goals->n;
	r.ok = true;
	return r;
}

static void region_close(struct session *s)
{
	struct plan_part part;
	if (s->model_whole || region_part(s, &part)) {
		s->model_whole = true;
		return;
	}
	s->region[s->n_regions++] = region_root(s);
	for (size_t i = 0; i < s->n_part; i++) {
		if (s->part[i].goal == part.goal && s->part[i].kind == part.kind &&
		    part.kind == PP_GOAL)
			return;	/* the same goal again */
	}
	s->part[s->n_part++] = part;
}

/*
 * Several regions that the parts cannot say apart (a goal moved under
 * another goal: one goals list loses it, another takes it): one PP_GOALS
 * part over the top-level goals from the first region's to the last's.
 * Each region's items are in the tree before it: they are taken back to
 * the model's numbering through the regions before it. -1 when a region
 * is not within the top-level goals.
 */
static int merged_part(struct session *s, struct plan_part *out)
{
	const struct plan *p = s->plan;
	size_t count0 = 0;
	for (size_t gi = 0; gi < p->n_goal; gi += 1 + p->goal[gi].n_desc)
		count0++;
	size_t lo = SIZE_MAX, hi = 0;
	for (size_t j = 0; j < s->n_regions; j++) {
		const struct session_region *r = &s->region[j];
		if (!r->ok)
			return -1;
		size_t a = r->i, b = r->i + r->n;
		/* back through the regions before it, last first */
		for (size_t k = j; k-- > 0;) {
			const struct session_region *q = &s->region[k];
			size_t before = k ? s->region[k - 1].count : count0;
			if (q->count + q->n < before)
				return -1;
			size_t grown_end = q->i + q->n + q->count - before;	/* its items after it */
			a = a <= q->i ? a : a >= grown_end ? a - (q->count - before) : q->i;
			b = b <= q->i ? b : b >= grown_end ? b - (q->count - before) : q->i + q->n;
		}
		lo = a < lo ? a : lo;
		hi = b > hi ? b : hi;
	}
	if (lo >= hi || hi > count0)
		return -1;
	*out = (struct plan_part){ PP_GOALS, GOAL_NONE, lo, hi - lo,
				   yn_get(s->doc->root, K(SK_GOALS)) };
	return 0;
}

/*
 * Bring the model up to date with the tree (current again) by building
 * again only the parts the changes since the last update made stale
 * (s->part and the open region). -1 when the whole model must be built:
 * a whole parse freed the nodes the model's strings point into, or the
 * changes are not within goals' activities and goals lists, or they are
 * in more places than one goals list can say; or the parts built since
 * the model was last built whole add up to a whole model (the text they
 * copied is freed only with the model).
 */
static int update_model(struct session *s)
{
	if (!s->plan || s->model_whole || s->stale || s->doc->mem != s->model_mem)
		return -1;
	if (s->model_stale) {
		struct plan_part part;
		if (region_part(s, &part))
			return -1;
		s->part[s->n_part++] = part;
		s->region[s->n_regions++] = region_root(s);
	}
	if (!s->n_part)
		return -1;
	/* the parts of earlier regions: their lists are still those in the
	 * tree (goal indices are unchanged when there are several), one part
	 * per goal; else one part over the top-level goals they lie in */
	if (s->n_part > 1) {
		struct goal_nodes *gn = NULL;
		size_t n = 0, cap = 0;
		goal_nodes_walk(yn_get(s->doc->root, K(SK_GOALS)), &gn, &n, &cap);
		bool ok = n == s->plan->n_goal;
		for (size_t i = 0; ok && i < s->n_part; i++) {
			const struct plan_part *x = &s->part[i];
			ok = x->kind == PP_ACTS ? gn[x->goal].acts == x->node
			     : x->kind == PP_GOAL ? gn[x->goal].node == x->node : false;
			for (size_t j = 0; ok && j < i; j++)
				ok = s->part[j].goal != x->goal;
		}
		free(gn);
		if (!ok) {
			if (merged_part(s, &s->part[0]))
				return -1;
			s->n_part = 1;
		}
	}
	/* what parts leave behind adds up: once it is a whole model's worth,
	 * build the model whole (and free it) */
	const struct plan *p = s->plan;
	if (s->n_rebuilt > p->n_goal + plan_n_activities(p) + SESSION_REBUILT_SLACK)
		return -1;
	size_t built = 0;
	int rc = plan_rebuild_parts(s->plan, s->part, s->n_part, &built);
	s->n_rebuilt += built;
	return rc;
}

void step_tree_current(struct session *s)
{
	s->stale = false;
}

/* Re-read what the tracked splices made stale: one item when it can. */
static int reparse_dirty(struct session *s, struct tv_err *err)
{
	int rc = s->stale && s->chain ? doc_reparse_chain(s->doc, s->chain, err)
				       : doc_reparse(s->doc, err);
	if (rc == 0)
		step_tree_current(s);
	return rc;
}

void step_splice(struct session *s, size_t off, size_t oldlen, const char *rep, size_t replen)
{
	struct undo_step *st = s->cur;
	st->sp = xrealloc(st->sp, (st->n + 1) * sizeof(*st->sp));
	struct splice *sp = &st->sp[st->n++];
	sp->off = off;
	sp->old = xstrndup(s->doc->src + off, oldlen);
	sp->oldlen = oldlen;
	if (!rep)
		rep = "";	/* an empty sbuf has no buffer yet */
	sp->new = xstrndup(rep, replen);
	sp->newlen = replen;
	splice_tracked(s, off, oldlen, rep, replen);
}

int step_reparse(struct session *s, struct tv_err *err)
{
	struct tv_err inner = TV_ERR_INIT;
	if (reparse_dirty(s, &inner) == 0)
		return 0;
	tv_err_clear(&inner);
	/* The parser's position is in the edited text, which the user never
	 * saw. Every byte before the lowest splice is as in the user's file:
	 * name that place. */
	size_t off = s->doc->len;
	for (size_t i = 0; s->cur && i < s->cur->n; i++)
		if (s->cur->sp[i].off < off)
			off = s->cur->sp[i].off;
	if (s->cur && s->cur->n)
		while (off < s->doc->len && (s->doc->src[off] == ' ' || s->doc->src[off] == '\n' ||
					     s->doc->src[off] == '\r'))
			off++;
	unsigned line, col;
	doc_linecol(s->doc, off, &line, &col);
	tv_err_at(err, s->doc->path, line, col, M_EDIT_NOT_IN_STYLE, TV_NOARGS);
	return -1;
}

/* The value scalar (not a key) whose span is exactly [from, to), in block
 * collections only (in flow ones, "," and brackets end plain text), or
 * NULL. */
static struct yn *scalar_at(struct yn *n, size_t from, size_t to)
{
	bool key = false;
	while (n && n->kind != YN_SCALAR) {
		if (n->style == YN_FLOW)
			return NULL;
		struct yn *next = NULL;
		for (uint32_t i = 0; i < n->n; i++) {
			struct yn *k = n->kids[i];
			if (k->start <= from && to <= k->end) {
				next = k;
				key = n->kind == YN_MAP && i % 2 == 0;
				break;
			}
		}
		n = next;
	}
	return n && !key && n->start == from && n->end == to ? n : NULL;
}

/*
 * The undo or redo of a step that rewrote one scalar on its line (a field
 * set in place): patch its node as the edit did (the parser reads the new
 * spelling on its own), so the document needs no re-read. This keeps the
 * plan's own fields, which no list item holds, from a whole parse. false,
 * changing nothing, when the step is not of that kind.
 */
static bool patch_one_scalar(struct session *s, size_t off, size_t oldlen, const char *rep,
			     size_t replen)
{
	if (s->stale || !s->doc->root || !oldlen || !replen || memchr(rep, '\n', replen) ||
	    memchr(rep, '\r', replen) || rep[0] == '|' || rep[0] == '>')
		return false;
	struct yn *n = scalar_at(s->doc->root, off, off + oldlen);
	if (!n || (n->style != YN_PLAIN && n->style != YN_SQUOTE && n->style != YN_DQUOTE))
		return false;
	char *text = xasprintf("x: %.*s\n", (int)replen, rep);
	struct doc *t;
	struct tv_err ignore = TV_ERR_INIT;
	bool ok = false;
	if (doc_from_buffer(&t, "x", text, strlen(text), &ignore) == 0) {
		const struct yn *r = t->root;
		const struct yn *v = r && r->kind == YN_MAP && r->n == 2 ? r->kids[1] : NULL;
		if (v && v->kind == YN_SCALAR && v->start == 3 && v->end == 3 + replen &&
		    (v->style == YN_PLAIN || v->style == YN_SQUOTE || v->style == YN_DQUOTE)) {
			splice_tracked(s, off, oldlen, rep, replen);
			doc_scalar_replaced(s->doc, n, v->val, v->len, v->style, off + replen);
			step_tree_current(s);
			ok = true;
		}
		doc_free(t);
	}
	tv_err_clear(&ignore);
	return ok;
}

static void apply_inverse(struct session *s, const struct undo_step *st)
{
	if (st->n == 1 && patch_one_scalar(s, st->sp[0].off, st->sp[0].newlen, st->sp[0].old,
					   st->sp[0].oldlen))
		return;
	for (size_t i = st->n; i-- > 0;) {
		const struct splice *sp = &st->sp[i];
		splice_tracked(s, sp->off, sp->newlen, sp->old, sp->oldlen);
	}
}

static void apply_forward(struct session *s, const struct undo_step *st)
{
	if (st->n == 1 && patch_one_scalar(s, st->sp[0].off, st->sp[0].oldlen, st->sp[0].new,
					   st->sp[0].newlen))
		return;
	for (size_t i = 0; i < st->n; i++) {
		const struct splice *sp = &st->sp[i];
		splice_tracked(s, sp->off, sp->oldlen, sp->new, sp->newlen);
	}
}

/* Re-read the document and rebuild the model. The old model goes first,
 * so a large plan never has two models at once; on failure s->plan is NULL
 * and the caller puts the previous text back and refreshes again. */
static int refresh(struct session *s, bool reparse, struct tv_err *err)
{
	if (reparse && reparse_dirty(s, err))
		return -1;
	int rc = update_model(s);
	s->model_stale = false;
	s->model_whole = false;
	s->n_part = s->n_regions = s->n_rereads = 0;
	if (rc == 0)
		return 0;
	s->model_mem = s->doc->mem;
	s->n_whole_builds++;
	s->n_rebuilt = 0;
	plan_free(s->plan);
	s->plan = NULL;
	return model_build(s, &s->plan, s->doc, err);
}

/*
 * A step of several splices becomes one splice of the bytes they span, so
 * that its undo and redo move the text and the node spans once. The
 * splices lie in [lo, hi) of the text after each of them (lo never moves;
 * hi moves with every splice before it); the old bytes of that range are
 * the new ones with the splices undone, last first.
 */
static void merge_splices(const struct session *s, struct undo_step *st)
{
	if (st->n < 2)
		return;
	size_t lo = SIZE_MAX, hi = 0;
	for (size_t i = 0; i < st->n; i++) {
		const struct splice *sp = &st->sp[i];
		size_t end = sp->off + sp->newlen;
		if (i > 0)	/* the range so far, in the text after this splice */
			hi = hi >= sp->off + sp->oldlen ? hi - sp->oldlen + sp->newlen
			     : hi > end ? hi : end;
		lo = sp->off < lo ? sp->off : lo;
		hi = end > hi ? end : hi;
	}
	size_t spliced = 0;
	for (size_t i = 0; i < st->n; i++)
		spliced += st->sp[i].oldlen + st->sp[i].newlen;
	if (hi > s->doc->len || lo > hi || hi - lo > 2 * spliced + 65536)
		return;	/* far apart (a move to another goal): keep them */
	struct sbuf cur = SBUF_INIT;
	sbuf_add(&cur, s->doc->src + lo, hi - lo);
	for (size_t i = st->n; i-- > 0;) {
		const struct splice *sp = &st->sp[i];
		size_t at = sp->off - lo;
		if (at + sp->newlen > cur.len) {
			sbuf_free(&cur);
			return;	/* not within the range: keep the splices */
		}
		struct sbuf nb = SBUF_INIT;
		sbuf_add(&nb, cur.buf, at);
		sbuf_add(&nb, sp->old, sp->oldlen);
		sbuf_add(&nb, cur.buf + at + sp->newlen, cur.len - at - sp->newlen);
		sbuf_free(&cur);
		cur = nb;
	}
	struct splice one = { lo, NULL, NULL, cur.len, hi - lo };
	one.old = cur.len ? sbuf_detach(&cur) : xstrdup("");
	one.new = xstrndup(s->doc->src + lo, hi - lo);
	sbuf_free(&cur);
	for (size_t i = 0; i < st->n; i++) {
		free(st->sp[i].old);
		free(st->sp[i].new);
	}
	st->sp[0] = one;
	st->n = 1;
}

static void push_step(struct session *s, struct undo_step *st)
{
	merge_splices(s, st);
	s->changed = NULL;	/* the redo entries go */
	for (size_t i = s->n_done; i < s->n_undo; i++)
		step_free(s->undo[i]);
	if (s->saved_at > s->n_done)
		s->saved_at = SIZE_MAX;	/* the saved state can no longer be reached */
	s->n_undo = s->n_done;
	if (s->n_undo == s->cap_undo) {
		s->cap_undo = s->cap_undo ? s->cap_undo * 2 : 32;
		s->undo = xrealloc(s->undo, s->cap_undo * sizeof(*s->undo));
	}
	s->undo[s->n_undo++] = st;
	s->n_done = s->n_undo;
}

int step_commit(struct session *s, struct tv_err *err)
{
	struct undo_step *st = s->cur;
	s->cur = NULL;
	if (st->n == 0) {
		step_free(st);
		return 0;
	}
	if (refresh(s, s->structural, err) == 0) {
		push_step(s, st);
		return 0;
	}
	/* The result is not a valid plan: put every byte back. */
	struct tv_err ignore = TV_ERR_INIT;
	apply_inverse(s, st);
	if (refresh(s, s->stale, &ignore))
		abort();	/* the previous text was valid; this cannot fail */
	tv_err_clear(&ignore);
	step_free(st);
	return -1;
}

void step_abort(struct session *s)
{
	struct undo_step *st = s->cur;
	s->cur = NULL;
	if (!st)
		return;
	if (st->n) {
		struct tv_err ignore = TV_ERR_INIT;
		apply_inverse(s, st);
		if (refresh(s, s->stale, &ignore))
			abort();
		tv_err_clear(&ignore);
	}
	step_free(st);
}

/* The lowest byte a step changed: the same in the text before and after
 * it (every byte before it is untouched by the step). */
static size_t step_low(const struct undo_step *st)
{
	size_t low = SIZE_MAX;
	for (size_t i = 0; i < st->n; i++)
		if (st->sp[i].off < low)
			low = st->sp[i].off;
	return low;
}

/* In document pre-order (the plan's goal array), the last goal whose first
 * line starts at or before off. */
static void last_goal_before(const struct doc *d, const struct yn *goals, size_t off, size_t *idx,
			     size_t *goal, const struct yn **node)
{
	for (uint32_t i = 0; goals && goals->kind == YN_SEQ && i < goals->n; i++) {
		const struct yn *g = goals->kids[i];
		if (g->kind != YN_MAP)
			continue;
		size_t me = (*idx)++;
		if (doc_line_start(d, g->start) > off)
			return;
		*goal = me;
		*node = g;
		last_goal_before(d, yn_get(g, K(SK_SUBGOALS)), off, idx, goal, node);
	}
}

const char *session_changed_id(const struct session *s)
{
	return s->changed ? s->changed->item : NULL;
}

int session_changed_item(const struct session *s, size_t *goal, size_t *act)
{
	const struct plan *p = s->plan;
	const struct doc *d = s->doc;
	size_t off = s->changed_at;
	*goal = *act = SIZE_MAX;
	if (!p || off == SIZE_MAX)
		return -1;
	const struct undo_step *st = s->changed;
	if (st && st->item) {
		/* the item the step is about, where it is now */
		const struct activity *a = plan_find_activity(p, st->item);
		if (a && a->goal < p->n_goal) {
			*goal = a->goal;
			*act = (size_t)(a - p->goal[a->goal].act);
			return 0;
		}
		const struct goal *g = plan_find_goal(p, st->item);
		if (g) {
			*goal = (size_t)(g - p->goal);
			return 0;
		}
		/* gone (a redone delete, an undone add): the item now at its
		 * place in its goal, or the goal */
		g = st->owner ? plan_find_goal(p, st->owner) : NULL;
		if (g) {
			*goal = (size_t)(g - p->goal);
			if (st->index != SIZE_MAX && g->n_act)
				*act = st->index < g->n_act ? st->index : g->n_act - 1;
			return 0;
		}
	}
	/* a change may start on the blank line or comment above an item */
	while (off < d->len && (d->src[off] == ' ' || d->src[off] == '\n' || d->src[off] == '\r'))
		off++;
	if (off < d->len && d->src[off] == '#')
		off = doc_next_line(d, off);
	/* the last goal (in the flat pre-order array), then activity, whose
	 * first line starts at or before off */
	const struct yn *gnode = NULL;
	size_t idx = 0;
	last_goal_before(d, yn_get(d->root, K(SK_GOALS)), off, &idx, goal, &gnode);
	if (*goal == SIZE_MAX || *goal >= p->n_goal) {
		*goal = SIZE_MAX;
		return 0;	/* the plan's own fields */
	}
	const struct yn *acts = yn_get(gnode, K(SK_ACTIVITIES));
	for (uint32_t a = 0; acts && acts->kind == YN_SEQ && a < acts->n; a++)
		if (doc_line_start(d, acts->kids[a]->start) <= off)
			*act = a;
	return 0;
}

bool session_can_undo(const struct session *s)
{
	return s->n_done > 0;
}

bool session_can_redo(const struct session *s)
{
	return s->n_done < s->n_undo;
}

int session_undo(struct session *s, const char **label)
{
	if (!session_can_undo(s))
		return -1;
	struct undo_step *st = s->undo[--s->n_done];
	struct tv_err err = TV_ERR_INIT;
	apply_inverse(s, st);
	s->changed_at = step_low(st);
	s->changed = st;
	if (refresh(s, s->stale, &err))
		abort();	/* the text before the step was a valid plan */
	if (label)
		*label = st->label;
	return 0;
}

int session_redo(struct session *s, const char **label)
{
	if (!session_can_redo(s))
		return -1;
	struct undo_step *st = s->undo[s->n_done++];
	struct tv_err err = TV_ERR_INIT;
	apply_forward(s, st);
	s->changed_at = step_low(st);
	s->changed = st;
	if (refresh(s, s->stale, &err))
		abort();	/* the step was checked when it was first made */
	if (label)
		*label = st->label;
	return 0;
}

/* ---- saving ---- */

bool session_changed_on_disk(const struct session *s)
{
	return s->stamp.valid && !stamp_matches(&s->stamp, s->doc->path);
}

int session_save(struct session *s, const char *path, bool force, struct tv_err *err)
{
	const char *target = path ? path : s->doc->path;
	bool same = !path || strcmp(path, s->doc->path) == 0;
	if (same && !force && session_changed_on_disk(s)) {
		tv_err_at(err, target, 0, 0, M_E_CHANGED_ON_DISK, TV_NOARGS);
		return -1;
	}
	/* 1: saved, but the folder could not be flushed; err says so */
	int rc = save_atomic(target, s->doc->src, s->doc->len, err);
	if (rc < 0)
		return -1;
	if (same) {
		stamp_take(&s->stamp, target, s->doc->src, s->doc->len);
		s->saved_at = s->n_done;
	}
	return rc;
}
