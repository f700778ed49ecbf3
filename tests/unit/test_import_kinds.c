/* test_import_kinds.c — one fixture per kind of table the import issue
 * lists (tests/data/import/kinds/), each with its expected plan.
 *
 * For every table F there (any of .tsv, .csv, .txt, .xlsx, .docx), F.expected
 * holds what the import gives: the plan file as written, then "# notes"
 * (what is kept beside the plan until the format holds it: organisation,
 * nested goals' parents, sections, units, extras, goals' own indicators)
 * and "# warnings". F.opts, when present, holds options, one per line:
 * quarter=N, year=N, sheet=NAME. A table that must be refused has its
 * error text after "# error". TOLOV_UPDATE_GOLDEN=1 rewrites the expected
 * files (review the diff before committing). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/io/import.h"
#include "tolov/plan/emit.h"
#include "tolov/plan/plan.h"

#define KINDS "tests/data/import/kinds/"

static const char *goal_id(const struct plan *p, size_t g)
{
	return g < p->n_goal ? p->goal[g].id : "?";
}

static const char *act_id(const struct plan *p, size_t g, size_t a)
{
	return g < p->n_goal && a < p->goal[g].n_act ? p->goal[g].act[a].id : "?";
}

static void dump_notes(struct sbuf *b, const struct import_result *r)
{
	static const char *const what[] = {
		"extra", "section", "unit", "parent", "organisation", "responsible",
		"indicator name", "indicator baseline", "indicator target",
	};
	const struct plan *p = r->plan;
	for (size_t k = 0; k < r->n_note; k++) {
		const struct import_note *n = &r->note[k];
		switch (n->on) {
		case NOTE_PLAN:
			sbuf_adds(b, "plan");
			break;
		case NOTE_GOAL:
			sbuf_addf(b, "goal %s", goal_id(p, n->g));
			break;
		case NOTE_ACT:
			sbuf_addf(b, "activity %s", act_id(p, n->g, n->a));
			break;
		case NOTE_IND:
			sbuf_addf(b, "activity %s indicator %zu", act_id(p, n->g, n->a), n->i);
			break;
		case NOTE_GOAL_IND:
			sbuf_addf(b, "goal %s own indicator %zu", goal_id(p, n->g), n->i);
			break;
		}
		sbuf_addf(b, " %s", what[n->what]);
		if (n->what == NOTE_EXTRA)
			sbuf_addf(b, " \"%s\"", n->key);
		sbuf_addf(b, ": %s\n", n->value);
	}
}

static char *slurp(const char *path, bool must)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		if (must)
			print_error("cannot open %s\n", path);
		assert_false(must);
		return NULL;
	}
	struct sbuf b = SBUF_INIT;
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		sbuf_add(&b, buf, n);
	fclose(f);
	return b.buf ? sbuf_detach(&b) : xstrdup("");
}

static void read_opts(const char *path, struct import_opts *o, char **sheet)
{
	char *t = slurp(path, false);
	memset(o, 0, sizeof *o);
	*sheet = NULL;
	if (!t)
		return;
	for (char *line = strtok(t, "\n"); line; line = strtok(NULL, "\n")) {
		if (!strncmp(line, "quarter=", 8))
			o->quarter = atoi(line + 8);
		else if (!strncmp(line, "year=", 5))
			o->year = atoi(line + 5);
		else if (!strncmp(line, "sheet=", 6))
			*sheet = xstrdup(line + 6);
	}
	o->sheet = *sheet;
	free(t);
}

static bool is_table(const char *name)
{
	const char *dot = strrchr(name, '.');
	return dot && (!strcmp(dot, ".tsv") || !strcmp(dot, ".csv") || !strcmp(dot, ".txt") ||
		       !strcmp(dot, ".xlsx") || !strcmp(dot, ".docx"));
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void every_kind(void **state)
{
	(void)state;
	DIR *d = opendir(KINDS);
	assert_non_null(d);
	char **names = NULL;
	size_t n = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (!is_table(de->d_name))
			continue;
		names = xrealloc(names, (n + 1) * sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, by_name);
	assert_true(n >= 10);
	unsigned failed = 0;
	bool update = getenv("TOLOV_UPDATE_GOLDEN") != NULL;
	for (size_t k = 0; k < n; k++) {
		char *path = xasprintf(KINDS "%s", names[k]);
		char *opath = xasprintf("%s.opts", path);
		char *epath = xasprintf("%s.expected", path);
		struct import_opts o;
		char *sheet;
		read_opts(opath, &o, &sheet);
		struct import_result r;
		struct tv_err err = TV_ERR_INIT;
		struct sbuf got = SBUF_INIT;
		if (import_run_file(path, &o, &r, &err) == 0) {
			emit_plan(&got, r.plan);
			/* the file written is a plan tolov opens */
			struct doc *doc;
			struct plan *back;
			struct tv_err le = TV_ERR_INIT;
			char *copy = xstrndup(got.buf, got.len);
			if (doc_from_buffer(&doc, "written.yaml", copy, got.len, &le) ||
			    plan_build(&back, doc, &le)) {
				print_error("%s: the plan written does not load: %s\n", path, le.text);
				failed++;
				tv_err_clear(&le);
			} else {
				assert_int_equal(back->n_goal, r.plan->n_goal);
				assert_int_equal(plan_n_activities(back), plan_n_activities(r.plan));
				plan_free(back);
				doc_free(doc);
			}
			sbuf_adds(&got, "# notes\n");
			dump_notes(&got, &r);
			sbuf_adds(&got, "# warnings\n");
			if (r.warnings)
				sbuf_adds(&got, r.warnings);
			sbuf_addf(&got, "# %u goals, %u activities, %u indicators, %u warnings\n",
				  r.n_goals, r.n_acts, r.n_inds, r.n_warn);
			import_result_free(&r);
		} else {
			sbuf_addf(&got, "# error\n%s\n", err.text);
			tv_err_clear(&err);
		}
		if (update) {
			FILE *f = fopen(epath, "wb");
			assert_non_null(f);
			fwrite(got.buf, 1, got.len, f);
			fclose(f);
		}
		char *want = slurp(epath, true);
		if (strcmp(want, got.buf) != 0) {
			print_error("%s: the import differs from %s; it gives:\n%s\n", path, epath,
				    got.buf);
			failed++;
		}
		free(want);
		sbuf_free(&got);
		free(sheet);
		free(path);
		free(opath);
		free(epath);
		free(names[k]);
	}
	free(names);
	assert_int_equal(failed, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_kind),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
