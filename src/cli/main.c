/*
 * main.c — the command line: validate, import, export, report, set, and
 * the terminal interface for `tolov FILE`.
 *
 * Exit status: 0 success, 1 a file was refused or an operation failed,
 * 2 a usage error.
 */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tolov/cli/cli.h"
#include "tolov/yaml/doc.h"
#include "tolov/plan/emit.h"
#include "tolov/io/import.h"
#include "tolov/plan/plan.h"
#include "tolov/io/save.h"
#include "tolov/edit/session.h"
#include "tolov/base/util.h"

#define TOLOV_VERSION "0.1.0"

static const char usage_text[] =
	"usage: tolov [--lang en|mn] [--read-only] [--ignore-lock] FILE.yaml\n"
	"       tolov validate FILE...\n"
	"       tolov import TABLE [-o OUT.yaml]\n"
	"       tolov export FILE --format json|csv|md|html [-o OUT]\n"
	"       tolov report FILE --quarter N [--format md|html|csv|text] [--unit NAME] [-o OUT]\n"
	"       tolov set FILE [ID] PATH=VALUE...\n"
	"       tolov summary FILE\n"
	"       tolov --help | --version\n";

static const char help_text[] =
	"tolov keeps an organisation's annual action plan as a YAML file and lets you\n"
	"review and edit it from a terminal.\n"
	"\n"
	"Commands:\n"
	"  tolov FILE                 open the plan in the terminal interface\n"
	"  validate FILE...           check plan files; errors as FILE:LINE:COL: error: ...\n"
	"  import TABLE [-o OUT]      read a plan table (tab-separated text or CSV)\n"
	"                             and write a new plan file (stdout without -o)\n"
	"  export FILE --format F     the plan as json, csv, md or html (stdout without -o)\n"
	"  report FILE --quarter N    the quarterly implementation report\n"
	"  set FILE [ID] PATH=VALUE   change fields of the plan (ID: a goal or activity;\n"
	"                             none for the plan itself), saving only those bytes\n"
	"  summary FILE               goals, activities, budget and progress in brief\n"
	"\n"
	"Paths for set: title, year, currency (plan); id, title (goal);\n"
	"  id, title, responsible, schedule, quarters=2,3, budget.amount,\n"
	"  budget.source, budget.text, status.qN.rating (100|70|30|0|not-due|\"\"),\n"
	"  status.qN.note, indicators.I.name|baseline|target|actual.qN (activity).\n"
	"\n"
	"Options: --lang en|mn (also TOLOV_LANG), --read-only, --ignore-lock (edit even\n"
	"  when another tolov holds the plan's lock), --ascii, --no-color, -o OUT.\n"
	"Exit status: 0 ok, 1 refused or failed, 2 usage error.\n";

int cli_usage_error(const char *fmt, ...)
{
	va_list ap;
	fputs("tolov: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	fputs(usage_text, stderr);
	return 2;
}

int cli_fail(struct tv_err *err)
{
	if (err->text)
		fprintf(stderr, "%s\n", err->text);
	tv_err_clear(err);
	return 1;
}

int cli_write_out(const char *out_path, const char *data, size_t len)
{
	struct tv_err err = TV_ERR_INIT;
	if (!out_path || strcmp(out_path, "-") == 0) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
			fprintf(stderr, "tolov: cannot write to standard output: %s\n", strerror(errno));
			return 1;
		}
		return 0;
	}
	int rc = save_atomic(out_path, data, len, &err);
	if (rc < 0)
		return cli_fail(&err);
	if (rc > 0)
		fprintf(stderr, "%s\n", err.text);	/* saved; the folder flush failed */
	tv_err_clear(&err);
	return 0;
}

int cli_load(const char *path, struct doc **d, struct plan **p, struct tv_err *err)
{
	if (doc_load(d, path, DOC_SIZE_CAP_DEFAULT, err))
		return -1;
	if (plan_build(p, *d, err)) {
		doc_free(*d);
		*d = NULL;
		return -1;
	}
	return 0;
}

static int cmd_validate(int argc, char **argv)
{
	int rc = 0;
	if (argc < 2)
		return cli_usage_error("validate needs at least one FILE");
	for (int i = 1; i < argc; i++) {
		struct tv_err err = TV_ERR_INIT;
		struct doc *d;
		struct plan *p;
		if (cli_load(argv[i], &d, &p, &err)) {
			rc = cli_fail(&err);
			continue;
		}
		plan_free(p);
		doc_free(d);
	}
	return rc;
}

static int cmd_set(int argc, char **argv)
{
	if (argc < 3)
		return cli_usage_error("set needs FILE and at least one PATH=VALUE");
	const char *file = argv[1];
	const char *id = NULL;
	int first = 2;
	if (!strchr(argv[2], '=')) {
		id = argv[2];
		first = 3;
	}
	if (first >= argc)
		return cli_usage_error("set needs at least one PATH=VALUE");
	size_t n = (size_t)(argc - first);
	const char **paths = xcalloc(n, sizeof(*paths));
	const char **vals = xcalloc(n, sizeof(*vals));
	char **own = xcalloc(n, sizeof(*own));
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		const char *arg = argv[first + (int)i];
		const char *eq = strchr(arg, '=');
		if (!eq || eq == arg) {
			rc = cli_usage_error("'%s' is not PATH=VALUE", arg);
			goto out;
		}
		own[i] = xstrndup(arg, (size_t)(eq - arg));
		paths[i] = own[i];
		vals[i] = eq + 1;
	}
	struct tv_err err = TV_ERR_INIT;
	struct session *s;
	if (session_open(&s, file, &err)) {
		rc = cli_fail(&err);
		goto out;
	}
	int saved = -1;
	if (session_set_many(s, id, n, paths, vals, &err) ||
	    (saved = session_save(s, NULL, false, &err)) < 0)
		rc = cli_fail(&err);
	else if (saved > 0)
		fprintf(stderr, "%s\n", err.text);
	tv_err_clear(&err);
	session_free(s);
out:
	for (size_t i = 0; i < n; i++)
		free(own[i]);
	free(own);
	free(paths);
	free(vals);
	return rc;
}

static int cmd_summary(int argc, char **argv)
{
	if (argc != 2)
		return cli_usage_error("summary takes one FILE");
	struct tv_err err = TV_ERR_INIT;
	struct doc *d;
	struct plan *p;
	if (cli_load(argv[1], &d, &p, &err))
		return cli_fail(&err);
	struct sbuf b = SBUF_INIT;
	cli_summary(&b, p);
	fputs(b.buf, stdout);
	sbuf_free(&b);
	plan_free(p);
	doc_free(d);
	return 0;
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	if (argc < 2)
		return cli_usage_error("no FILE given");
	const char *cmd = argv[1];
	if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
		fputs(usage_text, stdout);
		fputs("\n", stdout);
		fputs(help_text, stdout);
		return 0;
	}
	if (strcmp(cmd, "--version") == 0) {
		printf("tolov %s\n", TOLOV_VERSION);
		return 0;
	}
	if (strcmp(cmd, "validate") == 0)
		return cmd_validate(argc - 1, argv + 1);
	if (strcmp(cmd, "import") == 0)
		return cli_import(argc - 1, argv + 1);
	if (strcmp(cmd, "set") == 0)
		return cmd_set(argc - 1, argv + 1);
	if (strcmp(cmd, "summary") == 0)
		return cmd_summary(argc - 1, argv + 1);
	if (strcmp(cmd, "export") == 0)
		return cli_export(argc - 1, argv + 1);
	if (strcmp(cmd, "report") == 0)
		return cli_report(argc - 1, argv + 1);
	return cli_interface(argc, argv);
}
