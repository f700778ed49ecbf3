/*
 * report_many.c — `tolov report A.yaml B.yaml … --quarter N` and
 * `tolov report FOLDER --quarter N`: the consolidated report (report.h,
 * report_many) of every plan given. A folder stands for its *.yaml and
 * *.yml files (not its subfolders, not hidden files), in name order.
 * A plan that cannot be read is reported with its positioned error on
 * stderr and listed in the report as a row that says it could not be read
 * (at the first error's line and column), counted ("Plans: 5, 1 could not
 * be read"); the figures cover the rest and the exit status is then 1.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "tolov/cli/cli.h"
#include "tolov/io/report.h"

bool cli_is_folder(const char *path)
{
	struct stat st;
	return path && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool plan_name(const char *n)
{
	size_t len = strlen(n);
	if (n[0] == '.')
		return false;
	return (len > 5 && strcmp(n + len - 5, ".yaml") == 0) ||
	       (len > 4 && strcmp(n + len - 4, ".yml") == 0);
}

static int name_order(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* Append the plan files of folder dir (paths the caller frees) to *v. */
static int add_folder(const char *dir, char ***v, size_t *n, size_t *cap)
{
	struct dirent **e;
	int k = scandir(dir, &e, NULL, name_order);
	if (k < 0) {
		struct tv_err err = TV_ERR_INIT;
		tv_err_at(&err, dir, 0, 0, M_RPT_E_FOLDER, "%s", tr_errno(errno));
		return cli_fail(&err);
	}
	size_t dl = strlen(dir);
	for (int i = 0; i < k; i++) {
		if (plan_name(e[i]->d_name)) {
			if (*n == *cap) {
				*cap = *cap ? 2 * *cap : 16;
				*v = xrealloc(*v, *cap * sizeof(**v));
			}
			(*v)[(*n)++] = xasprintf("%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/",
						 e[i]->d_name);
		}
		free(e[i]);
	}
	free(e);
	return 0;
}

int cli_report_many(const char *const *paths, size_t n_paths, const struct report_opts *o,
		    const struct tw_format *f, const char *out)
{
	char **file = NULL;
	size_t n = 0, cap = 0;
	int rc = 0;
	for (size_t i = 0; i < n_paths; i++) {
		if (cli_is_folder(paths[i])) {
			rc |= add_folder(paths[i], &file, &n, &cap);
			continue;
		}
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			file = xrealloc(file, cap * sizeof(*file));
		}
		file[n++] = xstrdup(paths[i]);
	}
	struct doc **doc = xcalloc(n + 1, sizeof(*doc));
	struct plan **plan = xcalloc(n + 1, sizeof(*plan));
	char **unread = xcalloc(n + 1, sizeof(*unread));
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		struct tv_err err = TV_ERR_INIT;
		if (cli_load(file[i], &doc[i], &plan[i], &err)) {
			/* listed as a row that says so, at the first error */
			struct sbuf u = SBUF_INIT;
			if (err.line)
				sbuf_addf(&u, tr(M_CONS_UNREAD_AT), err.line, err.col);
			else
				sbuf_adds(&u, tr(M_CONS_UNREAD));
			unread[i] = sbuf_detach(&u);
			doc[i] = NULL;
			plan[i] = NULL;
			rc = cli_fail(&err);
			continue;
		}
		k++;
	}
	if (!k) {
		struct tv_err err = TV_ERR_INIT;
		tv_err_at(&err, NULL, 0, 0, M_RPT_E_NO_PLANS, TV_NOARGS);
		rc = cli_fail(&err);
	} else {
		struct sbuf b = SBUF_INIT;
		struct tv_err err = TV_ERR_INIT;
		if (report_many_unread(&b, (const struct plan *const *)plan,
				       (const char *const *)file, (const char *const *)unread, n, o,
				       f, &err))
			rc = cli_fail(&err);
		else
			rc |= cli_write_out(out, b.buf, b.len);
		sbuf_free(&b);
	}
	for (size_t i = 0; i < n; i++) {
		if (plan[i])
			plan_free(plan[i]);
		if (doc[i])
			doc_free(doc[i]);
		free(unread[i]);
		free(file[i]);
	}
	free(file);
	free(doc);
	free(plan);
	free(unread);
	return rc ? 1 : 0;
}
