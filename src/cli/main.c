/*
 * main.c — the command line's entry: --lang and --help wherever they
 * stand, --version, dispatch through the command table (commands.c), and
 * the helpers every command shares (cli.h). Commands live one per file.
 *
 * Exit status: 0 success, 1 a file was refused or an operation failed,
 * 2 a usage error.
 */
#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tolov/cli/cli.h"
#include "tolov/base/i18n.h"
#include "tolov/base/text.h"
#include "tolov/base/util.h"
#include "tolov/io/save.h"
#include "tolov/plan/plan.h"
#include "tolov/yaml/doc.h"

const struct cli_command *cli_find_command(const char *name)
{
	for (const struct cli_command *c = cli_commands; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

static void print_usage_line(FILE *out, const struct cli_command *c)
{
	const char *lead = tr(M_CLI_USAGE);
	if (c) {
		fprintf(out, "%s tolov %s\n", lead, tr(c->synopsis));
		return;
	}
	fprintf(out, "%s tolov %s\n", lead, tr(M_CLI_TOP_SYNOPSIS));
	/* the other lines stand under the first "tolov" */
	int w = (int)text_width(lead, strlen(lead));
	fprintf(out, "%*s tolov %s\n", w, "", tr(M_CLI_CMD_SYNOPSIS));
	fprintf(out, "%*s tolov %s\n", w, "", tr(M_CLI_VERSION_SYNOPSIS));
}

void cli_print_help(FILE *out, const struct cli_command *c)
{
	print_usage_line(out, c);
	fputc('\n', out);
	fputs(tr(c->help), out);
	fputc('\n', out);
	fputs(tr(M_CLI_COMMON_OPTIONS), out);
}

static void print_top_help(FILE *out)
{
	print_usage_line(out, NULL);
	fputc('\n', out);
	fputs(tr(M_CLI_INTRO), out);
	fputc('\n', out);
	fprintf(out, "%s\n", tr(M_CLI_COMMANDS));
	for (const struct cli_command *c = cli_commands; c->name; c++) {
		const char *h = tr(c->help);
		const char *nl = strchr(h, '\n');
		int pad = 12 - (int)strlen(c->name);
		fprintf(out, "  %s%*s  %.*s\n", c->name, pad > 0 ? pad : 0, "",
			(int)(nl ? (size_t)(nl - h) : strlen(h)), h);
	}
	fputc('\n', out);
	fputs(tr(M_CLI_INTERFACE_OPTIONS), out);
	fputc('\n', out);
	fputs(tr(M_CLI_TOP_OPTIONS), out);
	fputc('\n', out);
	fputs(tr(M_CLI_COMMON_OPTIONS), out);
	fputc('\n', out);
	fputs(tr(M_CLI_EXIT_STATUS), out);
}

int cli_usage_error(const char *cmd, enum msg m, const char *shape, ...)
{
	struct tv_err e = TV_ERR_INIT;
	va_list ap;
	va_start(ap, shape);
	tv_diag_vat(&e, TV_ERROR, NULL, 0, 0, m, shape, ap);
	va_end(ap);
	struct sbuf b = SBUF_INIT;
	tv_err_message(&b, &e, i18n_get());
	tv_err_clear(&e);
	fprintf(stderr, "tolov: %s\n", b.buf ? b.buf : "");
	sbuf_free(&b);
	const struct cli_command *c = cmd ? cli_find_command(cmd) : NULL;
	print_usage_line(stderr, c);
	if (c) {
		struct sbuf t = SBUF_INIT;
		tv_msg_add(&t, i18n_get(), M_CLI_TRY_HELP, "%s", c->name);
		fprintf(stderr, "%s\n", t.buf);
		sbuf_free(&t);
	} else {
		fprintf(stderr, "%s\n", tr(M_CLI_TRY_TOP_HELP));
	}
	return 2;
}

int cli_fail(struct tv_err *err)
{
	struct sbuf b = SBUF_INIT;
	tv_err_format(&b, err, i18n_get());
	fputs(b.buf ? b.buf : "", stderr);
	sbuf_free(&b);
	tv_err_clear(err);
	return 1;
}

int cli_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts)
{
	char *opts = xasprintf(":%s", shortopts);
	int prev = optind ? optind : 1;
	opterr = 0;
	int c = getopt_long(argc, argv, opts, longopts, NULL);
	free(opts);
	if (c != '?' && c != ':')
		return c;
	/* The option as typed: argv[optind - 1] for a long option or the
	 * last short option of a word; else the short option itself. */
	const char *word = optind - 1 >= 1 && optind - 1 < argc ? argv[optind - 1] : "";
	if (optind == prev && prev < argc)
		word = argv[prev];	/* a short option inside a group */
	char shortname[3] = { '-', (char)optopt, '\0' };
	const char *shown = strncmp(word, "--", 2) == 0 || !optopt ? word : shortname;
	char *name = xstrdup(shown);
	char *eq = strncmp(name, "--", 2) == 0 ? strchr(name, '=') : NULL;
	if (eq && c == '?' && optopt) {
		*eq = '\0';	/* "--ascii=1": a flag given a value */
		cli_usage_error(argv[0], M_CLI_TAKES_NO_VALUE, "%s", name);
	} else if (c == ':') {
		cli_usage_error(argv[0], M_CLI_NEEDS_VALUE, "%s", name);
	} else {
		if (eq)
			*eq = '\0';
		cli_usage_error(argv[0], M_CLI_UNKNOWN_OPTION, "%s", name);
	}
	free(name);
	return '?';
}

int cli_write_out(const char *out_path, const char *data, size_t len)
{
	struct tv_err err = TV_ERR_INIT;
	if (!out_path || strcmp(out_path, "-") == 0) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
			tv_err_at(&err, NULL, 0, 0, M_CLI_STDOUT_FAILED, "%s", tr_errno(errno));
			return cli_fail(&err);
		}
		return 0;
	}
	int rc = save_atomic(out_path, data, len, &err);
	if (rc < 0)
		return cli_fail(&err);
	if (rc > 0)
		cli_fail(&err);	/* saved; the folder flush failed: say so, still 0 */
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

int cli_help(int argc, char **argv)
{
	if (argc < 2) {
		print_top_help(stdout);
		return 0;
	}
	const struct cli_command *c = cli_find_command(argv[1]);
	if (!c)
		return cli_usage_error("help", M_CLI_UNKNOWN_COMMAND, "%s", argv[1]);
	if (argc > 2)
		return cli_usage_error("help", M_CLI_EXTRA_ARGUMENT, "%s%s", "help", argv[2]);
	cli_print_help(stdout, c);
	return 0;
}

/*
 * Take --lang (with its value) and --help/-h out of argv wherever they
 * stand before "--", and find the command: the first word that is not an
 * option. The command's name moves to the front; the rest keep their
 * order. Interface options take no values, so an option before the
 * command is never followed by a value that could be taken for it.
 */
int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	const char *lang = NULL;
	bool help = false, version = false, lang_missing = false;
	char **rest = xcalloc((size_t)argc + 1, sizeof(*rest));
	int n = 0, cmd_at = -1;
	bool dashdash = false, seen_word = false;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (dashdash) {
			rest[n++] = argv[i];
			continue;
		}
		if (strcmp(a, "--") == 0) {
			dashdash = true;
			rest[n++] = argv[i];
		} else if (strcmp(a, "--lang") == 0) {
			if (i + 1 < argc)
				lang = argv[++i];
			else
				lang_missing = true;
		} else if (strncmp(a, "--lang=", 7) == 0) {
			lang = a + 7;
		} else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			help = true;
		} else if (strcmp(a, "--version") == 0 && !seen_word) {
			version = true;
		} else {
			if (!seen_word && a[0] != '-') {
				seen_word = true;
				if (cli_find_command(a))
					cmd_at = n;
			}
			rest[n++] = argv[i];
		}
	}
	bool bad = false;
	i18n_set(i18n_detect(lang, &bad));
	int rc;
	const struct cli_command *c = cmd_at >= 0 ? cli_find_command(rest[cmd_at]) : NULL;
	const char *cname = c ? c->name : NULL;
	if (lang_missing)
		rc = cli_usage_error(cname, M_CLI_NEEDS_VALUE, "%s", "--lang");
	else if (bad)
		rc = cli_usage_error(cname, M_CLI_UNKNOWN_LANG, "%s", lang);
	else if (help && c) {
		cli_print_help(stdout, c);
		rc = 0;
	} else if (help) {
		print_top_help(stdout);
		rc = 0;
	} else if (version) {
		printf("tolov %s\n", cli_version);
		rc = 0;
	} else if (c) {
		/* argv for the command: its name, then the others in order */
		char **cargv = xcalloc((size_t)n + 1, sizeof(*cargv));
		int k = 0;
		cargv[k++] = rest[cmd_at];
		for (int i = 0; i < n; i++)
			if (i != cmd_at)
				cargv[k++] = rest[i];
		cargv[k] = NULL;
		optind = 0;
		rc = c->handler(k, cargv);
		free(cargv);
	} else {
		char **iargv = xcalloc((size_t)n + 2, sizeof(*iargv));
		iargv[0] = argv[0];
		for (int i = 0; i < n; i++)
			iargv[i + 1] = rest[i];
		optind = 0;
		rc = cli_interface(n + 1, iargv);
		free(iargv);
	}
	free(rest);
	return rc;
}
