/*
 * merge.c — `tolov merge BASE OURS THEIRS [PATH]`, git's merge driver
 * (merge.tolov.driver = "tolov merge %O %A %B %P"): the result is written
 * to OURS; exit 0 when clean, 1 with conflicts (marked in the file and
 * listed on standard error), 2 when nothing could be merged.
 *
 * A file that is not a plan, or a side that does not load, is merged by
 * git's own line merge (git merge-file), so the driver is safe for every
 * *.yaml.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/cli/cli.h"
#include "tolov/cli/git.h"
#include "tolov/base/i18n.h"
#include "tolov/edit/merge.h"
#include "tolov/io/git.h"
#include "tolov/io/save.h"
#include "tolov/io/conflict.h"
#include "tolov/plan/schema.h"

static void label(struct sbuf *b, const struct merge_conflict *c)
{
	if (!c->id[0])
		sbuf_adds(b, tr(M_GIT_PLAN));
	else if (c->field[0] && !strcmp(c->field, K(SK_GOAL_TITLE)) && !strchr(c->id, '.'))
		sbuf_addf(b, "%s %s", tr(M_GIT_GOAL), c->id);
	else
		sbuf_adds(b, c->id);
}

static void report(const char *path, const struct plan_merge *m)
{
	for (size_t i = 0; i < m->n_c; i++) {
		const struct merge_conflict *c = &m->c[i];
		struct sbuf w = SBUF_INIT, who = SBUF_INIT;
		if (c->line)
			sbuf_addf(&w, "%s:%u", path, c->line);
		else
			sbuf_adds(&w, path);
		label(&who, c);
		switch (c->kind) {
		case MC_FIELD:
			fprintf(stderr, tr(M_GIT_CONFLICT_FIELD), w.buf, who.buf, c->field,
				c->ours[0] ? c->ours : tr(M_GIT_NONE),
				c->theirs[0] ? c->theirs : tr(M_GIT_NONE));
			break;
		case MC_DELETED_CHANGED:
			fprintf(stderr, tr(M_GIT_CONFLICT_DELETE), w.buf, who.buf);
			break;
		case MC_ADDED_BOTH:
			fprintf(stderr, tr(M_GIT_CONFLICT_ADDED), w.buf, who.buf);
			break;
		case MC_ORDER:
			fprintf(stderr, tr(M_GIT_CONFLICT_ORDER), w.buf, c->id[0] ? who.buf : tr(M_GIT_PLAN));
			break;
		}
		fputc('\n', stderr);
		sbuf_free(&w);
		sbuf_free(&who);
	}
}

static int line_merge(const char *base, const char *ours, const char *theirs)
{
	struct tv_err err = TV_ERR_INIT;
	const char *argv[] = { "git", "merge-file", "-L", "ours", "-L", "base", "-L", "theirs",
			       "--", ours, base, theirs, NULL };
	struct sbuf eb = SBUF_INIT;
	int rc = git_run(NULL, argv, NULL, &eb, &err);
	if (eb.len)
		fputs(eb.buf, stderr);
	sbuf_free(&eb);
	if (rc < 0)
		return cli_fail(&err) + 1;
	return rc == 0 ? 0 : rc < 128 ? 1 : 2;
}

int cli_merge(int argc, char **argv)
{
	static const struct option lo[] = {
		{ NULL, 0, NULL, 0 },
	};
	int ch;
	while ((ch = cli_getopt(argc, argv, "", lo)) != -1)
		return 2;
	int n = argc - optind;
	if (n < 3 || n > 4)
		return cli_usage_error(argv[0], M_GIT_MERGE_ARGS, TV_NOARGS);
	const char *base = argv[optind], *ours = argv[optind + 1], *theirs = argv[optind + 2];
	const char *path = n == 4 ? argv[optind + 3] : ours;
	struct tv_err err = TV_ERR_INIT;
	struct plan_merge m;
	if (plan_merge(base, ours, theirs, &m, &err)) {
		/* the reason, without the file name git made up */
		struct sbuf why = SBUF_INIT;
		tv_err_message(&why, &err, i18n_get());
		fprintf(stderr, tr(M_GIT_FALLBACK), path, why.buf ? why.buf : "");
		fputc('\n', stderr);
		sbuf_free(&why);
		tv_err_clear(&err);
		return line_merge(base, ours, theirs);
	}
	int rc = save_atomic(ours, m.text, m.len, &err);
	if (rc < 0) {
		plan_merge_free(&m);
		return cli_fail(&err) + 1;
	}
	tv_err_clear(&err);
	report(path, &m);
	if (m.n_c) {
		struct sbuf nc = SBUF_INIT;
		tv_count(&nc, i18n_get(), M_N_CONFLICTS, m.n_c);
		fprintf(stderr, tr(M_GIT_CONFLICTS), path, nc.buf);
		sbuf_free(&nc);
		fputc('\n', stderr);
	}
	rc = m.n_c ? 1 : 0;
	plan_merge_free(&m);
	return rc;
}

size_t cli_conflicts(const char *path, const char *data, size_t len, struct tv_err **e, size_t *n,
		     size_t *cap)
{
	struct conflict_mark *m;
	size_t k = conflict_find(data, len, &m);
	for (size_t i = 0; i < k; i++) {
		if (*n == *cap) {
			*cap = *cap ? *cap * 2 : 8;
			*e = xrealloc(*e, *cap * sizeof **e);
		}
		(*e)[*n] = (struct tv_err)TV_ERR_INIT;
		tv_err_at(&(*e)[*n], path, m[i].line, 1, M_GIT_UNRESOLVED, "%u%s%s", m[i].line,
			  m[i].ours, m[i].theirs);
		(*n)++;
	}
	conflict_marks_free(m, k);
	return k;
}
