/* history.c — a plan's history through git; see history.h. */
#include "tolov/io/history.h"

#include <stdlib.h>
#include <string.h>

#include "tolov/io/git.h"
#include "tolov/base/i18n.h"
#include "tolov/base/text.h"
#include "tolov/yaml/doc.h"
#include "tolov/plan/schema.h"

void hist_free(struct hist *h)
{
	for (size_t i = 0; i < h->n; i++) {
		struct hist_entry *e = &h->e[i];
		free(e->commit);
		free(e->author);
		free(e->email);
		free(e->date);
		free(e->subject);
		free(e->path);
		free(e->renamed_from);
		free(e->renamed_to);
		pdiff_free(&e->changes);
	}
	free(h->e);
	h->e = NULL;
	h->n = h->cap = 0;
}

int hist_split_target(const struct plan *p, const char *target, char **id, char **path)
{
	size_t n = strlen(target);
	for (size_t k = n + 1; k-- > 0;) {
		if (k != n && target[k] != '.')
			continue;
		char *pre = xstrndup(target, k);
		if (plan_find_activity(p, pre) || plan_find_goal(p, pre)) {
			*id = pre;
			*path = xstrdup(k < n ? target + k + 1 : "");
			return 0;
		}
		free(pre);
	}
	/* a field of the plan itself (organisation, title, year, currency) */
	struct schema_path sp;
	bool plan_field = schema_resolve(SP_PLAN, target, &sp) == SR_OK;
	schema_path_free(&sp);
	if (plan_field) {
		*id = xstrdup("");
		*path = xstrdup(target);
		return 0;
	}
	return -1;
}

/* A version of the file at rev:path (root-relative), as a plan. */
struct version {
	struct doc *d;
	struct plan *p;
};

static int version_load(const char *dir, const char *rev, const char *path, struct version *v,
			bool *missing)
{
	v->d = NULL;
	v->p = NULL;
	*missing = false;
	char *spec = xasprintf("%s:%s", rev, path);
	const char *argv[] = { "git", "cat-file", "blob", spec, NULL };
	struct sbuf out = SBUF_INIT;
	struct tv_err err = TV_ERR_INIT;
	int rc = git_run(dir, argv, &out, NULL, &err);
	tv_err_clear(&err);
	if (rc != 0) {
		free(spec);
		sbuf_free(&out);
		*missing = true;
		return -1;
	}
	sbuf_addc(&out, '\0');
	out.len--;
	size_t len = out.len;
	rc = doc_from_buffer(&v->d, spec, sbuf_detach(&out), len, &err);
	free(spec);
	if (!rc && plan_build(&v->p, v->d, &err)) {
		doc_free(v->d);
		v->d = NULL;
		rc = -1;
	}
	tv_err_clear(&err);
	return rc ? -1 : 0;
}

static void version_free(struct version *v)
{
	plan_free(v->p);
	doc_free(v->d);
	v->p = NULL;
	v->d = NULL;
}

/* Does difference d touch what was asked (id, path), given the plans? */
static bool touches(const struct plan *a, const struct plan *b, const struct pdiff *d,
		    const char *id, const char *path)
{
	if (!id)
		return true;
	bool goal_asked = (b && plan_find_goal(b, id)) || (a && plan_find_goal(a, id));
	if (!id[0]) {
		if (d->id[0] || d->goal)
			return false;
	} else if (strcmp(d->id, id)) {
		/* a goal's history holds its activities' changes */
		if (!goal_asked || d->goal || !(a && b) || strcmp(pdiff_goal_of(a, b, d), id))
			return false;
		return !path || !path[0];
	}
	if (!path || !path[0])
		return true;
	size_t n = strlen(path);
	if (!d->field[0])	/* the item itself added or removed */
		return true;
	return !strncmp(d->field, path, n) && (d->field[n] == '\0' || d->field[n] == '.');
}

/* The title of goal or activity id in p, and whether it is a goal. */
static const char *title_in(const struct plan *p, const char *id, bool *goal)
{
	const struct goal *g = plan_find_goal(p, id);
	if (g) {
		*goal = true;
		return g->title;
	}
	const struct activity *a = plan_find_activity(p, id);
	*goal = false;
	return a ? a->title : NULL;
}

/* The id an item had before this commit: the asked id holds another title
 * in a (or none), and exactly one item of the same kind in a has the
 * title it has in b (a renumber, `set id=`). */
static const char *old_id(const struct plan *a, const struct plan *b, const char *id)
{
	bool goal, ga;
	const char *t = title_in(b, id, &goal);
	if (!t || !t[0])
		return NULL;
	const char *was = title_in(a, id, &ga);
	if (was && ga == goal && !strcmp(was, t))
		return NULL;
	const char *found = NULL;
	size_t n = 0;
	for (size_t g = 0; g < a->n_goal; g++) {
		if (goal && !strcmp(a->goal[g].title, t)) {
			found = a->goal[g].id;
			n++;
		}
		for (size_t k = 0; !goal && k < a->goal[g].n_act; k++)
			if (!strcmp(a->goal[g].act[k].title, t)) {
				found = a->goal[g].act[k].id;
				n++;
			}
	}
	return n == 1 && strcmp(found, id) ? found : NULL;
}

static char *field_at(char **s, char sep)
{
	char *p = *s;
	char *e = strchr(p, sep);
	if (e) {
		*e = '\0';
		*s = e + 1;
	} else {
		*s = p + strlen(p);
	}
	return p;
}

int plan_history(const char *file, const char *id, const char *path, const char *since,
		 struct hist *out, struct tv_err *err)
{
	memset(out, 0, sizeof *out);
	if (since && since[0] == '-') {
		tv_err_at(err, file, 0, 0, M_GIT_E_NOT_DATE, "%s", since);
		return -1;
	}
	char *dir, *base;
	git_split_path(file, &dir, &base);
	char *since_opt = since ? xasprintf("--since=%s", since) : NULL;
	const char *argv[20];
	size_t k = 0;
	argv[k++] = "git";
	argv[k++] = "-c";
	argv[k++] = "core.quotePath=false";
	argv[k++] = "log";
	argv[k++] = "--follow";
	argv[k++] = "--topo-order";
	argv[k++] = "--parents";
	argv[k++] = "--name-only";
	argv[k++] = "--format=%x01%H%x00%P%x00%an%x00%ae%x00%aI%x00%s%x00";
	if (since_opt)
		argv[k++] = since_opt;
	argv[k++] = "--";
	argv[k++] = base;
	argv[k] = NULL;
	struct sbuf lo = SBUF_INIT, le = SBUF_INIT;
	int rc = git_run(dir, argv, &lo, &le, err);
	free(since_opt);
	if (rc > 0) {
		while (le.len && (le.buf[le.len - 1] == '\n' || le.buf[le.len - 1] == ' '))
			le.buf[--le.len] = '\0';
		const char *m = le.buf ? le.buf : "";
		if (!strncmp(m, "fatal: ", 7))
			m += 7;
		tv_err_at(err, file, 0, 0, M_GIT_E_LOG, "%s", m);
	}
	sbuf_free(&le);
	if (rc != 0) {
		sbuf_free(&lo);
		free(dir);
		free(base);
		return -1;
	}
	/* records: \1 H \0 P \0 an \0 ae \0 aI \0 s \0 \n\n path \n */
	struct rec {
		char *h, *parents, *an, *ae, *date, *subj, *path;
	} *r = NULL;
	size_t nr = 0, cap = 0;
	char *s = lo.buf ? lo.buf : (char *)"";
	char *end = s + lo.len;
	char *p = memchr(s, '\1', lo.len);
	while (p) {
		char *next = memchr(p + 1, '\1', (size_t)(end - p - 1));
		if (next)
			*next = '\0';
		char *q = p + 1;
		if (nr == cap) {
			cap = cap ? cap * 2 : 32;
			r = xrealloc(r, cap * sizeof *r);
		}
		struct rec *x = &r[nr++];
		x->h = field_at(&q, '\0');
		x->parents = field_at(&q, '\0');
		x->an = field_at(&q, '\0');
		x->ae = field_at(&q, '\0');
		x->date = field_at(&q, '\0');
		x->subj = field_at(&q, '\0');
		while (*q == '\n')
			q++;
		x->path = field_at(&q, '\n');
		if (!x->path[0])
			x->path = base;
		p = next;
	}
	/* The asked item's id at each commit, found along parent links, so a
	 * renumber on one branch does not change what is followed on another. */
	struct idmap {
		char *commit, *id;
	} *map = NULL;
	size_t nmap = 0, capmap = 0;
	char *want = id ? xstrdup(id) : NULL;
	for (size_t i = 0; i < nr; i++) {
		struct rec *x = &r[i];
		for (size_t m = 0; want && m < nmap; m++)
			if (!strcmp(map[m].commit, x->h)) {
				free(want);
				want = xstrdup(map[m].id);
				break;
			}
		char *parent = xstrndup(x->parents, strcspn(x->parents, " "));
		struct version nv, ov = { 0 };
		bool miss_n, miss_o = true;
		int ln = version_load(dir, x->h, x->path, &nv, &miss_n);
		int lo_rc = -1;
		if (parent[0]) {
			const char *older = i + 1 < nr ? r[i + 1].path : x->path;
			lo_rc = version_load(dir, parent, older, &ov, &miss_o);
			if (lo_rc && miss_o && strcmp(older, x->path))
				lo_rc = version_load(dir, parent, x->path, &ov, &miss_o);
		}
		free(parent);
		struct hist_entry e;
		memset(&e, 0, sizeof e);
		e.added = miss_o;
		e.not_plan = ln != 0 || (lo_rc != 0 && !miss_o);
		bool keep = !id;
		if (!e.not_plan) {
			struct plan *empty = NULL;
			const struct plan *op = ov.p;
			if (!op)
				op = empty = plan_new();
			struct pdiff_list l = PDIFF_LIST_INIT;
			plandiff(op, nv.p, &l);
			const char *was = want && want[0] && !e.added ? old_id(op, nv.p, want) : NULL;
			char *was_copy = was ? xstrdup(was) : NULL;
			for (size_t j = 0; j < l.n; j++) {
				if (!touches(op, nv.p, &l.d[j], want, path))
					continue;
				if (was_copy && l.d[j].kind == PD_ONLY_NEW && !l.d[j].field[0] &&
				    !strcmp(l.d[j].id, want))
					continue;	/* renumbered, not added */
				struct pdiff *d = &l.d[j];
				if (e.changes.n == e.changes.cap) {
					e.changes.cap = e.changes.cap ? e.changes.cap * 2 : 8;
					e.changes.d = xrealloc(e.changes.d, e.changes.cap * sizeof *d);
				}
				e.changes.d[e.changes.n++] = *d;
				d->id = d->field = d->old = d->new_ = NULL;
			}
			/* the id at each parent: the first by this diff, others by title */
			const char *ps = x->parents;
			for (size_t pk = 0; want && want[0] && *ps; pk++) {
				size_t plen = strcspn(ps, " ");
				char *ph = xstrndup(ps, plen);
				ps += plen;
				while (*ps == ' ')
					ps++;
				const char *at_p = was_copy ? was_copy : want;
				struct version pv = { 0 };
				bool pmiss;
				if (pk > 0 && !version_load(dir, ph, x->path, &pv, &pmiss)) {
					const char *w2 = old_id(pv.p, nv.p, want);
					at_p = w2 ? w2 : want;
				}
				bool known = false;
				for (size_t m = 0; m < nmap && !known; m++)
					known = !strcmp(map[m].commit, ph);
				if (!known) {
					if (nmap == capmap) {
						capmap = capmap ? capmap * 2 : 16;
						map = xrealloc(map, capmap * sizeof *map);
					}
					map[nmap].commit = ph;
					map[nmap++].id = xstrdup(at_p);
					ph = NULL;
				}
				free(ph);
				version_free(&pv);
			}
			if (was_copy) {
				e.renamed_from = was_copy;
				e.renamed_to = want;
				want = xstrdup(was_copy);
			}
			keep = keep || e.changes.n || e.renamed_from;
			pdiff_free(&l);
			plan_free(empty);
		}
		version_free(&nv);
		version_free(&ov);
		if (!keep) {
			pdiff_free(&e.changes);
			continue;
		}
		e.commit = xstrdup(x->h);
		e.author = xstrdup(x->an);
		e.email = xstrdup(x->ae);
		e.date = xstrdup(x->date);
		e.subject = xstrdup(x->subj);
		e.path = xstrdup(x->path);
		if (out->n == out->cap) {
			out->cap = out->cap ? out->cap * 2 : 16;
			out->e = xrealloc(out->e, out->cap * sizeof *out->e);
		}
		out->e[out->n++] = e;
	}
	free(want);
	for (size_t m = 0; m < nmap; m++) {
		free(map[m].commit);
		free(map[m].id);
	}
	free(map);
	free(r);
	sbuf_free(&lo);
	free(dir);
	free(base);
	return 0;
}

static void clean(struct sbuf *out, const char *v)
{
	if (!v[0])
		sbuf_adds(out, tr(M_GIT_NONE));
	else
		text_sanitize(out, v, strlen(v), false, false);
}

void hist_entry_lines(struct sbuf *out, const struct hist_entry *e)
{
	for (size_t i = 0; i < e->changes.n; i++) {
		const struct pdiff *d = &e->changes.d[i];
		sbuf_add(out, e->date, strnlen(e->date, 10));
		sbuf_adds(out, "  ");
		clean(out, e->author);
		sbuf_adds(out, "  ");
		if (d->field[0]) {
			sbuf_adds(out, d->field);
			sbuf_adds(out, d->kind == PD_CHANGED ? ": " : " ");
		}
		switch (d->kind) {
		case PD_CHANGED:
			clean(out, d->old);
			sbuf_adds(out, " → ");
			clean(out, d->new_);
			break;
		case PD_ONLY_NEW:
		case PD_ONLY_OLD:
			sbuf_adds(out, tr(d->kind == PD_ONLY_NEW ? M_GIT_ADDED : M_GIT_REMOVED));
			sbuf_adds(out, ": ");
			clean(out, d->kind == PD_ONLY_NEW ? d->new_ : d->old);
			break;
		case PD_ORDER:
			sbuf_adds(out, tr(d->goal ? M_GIT_ACTS_ORDER : M_GIT_GOALS_ORDER));
			break;
		}
		sbuf_addc(out, '\n');
	}
}
