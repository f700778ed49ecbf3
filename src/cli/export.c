/* export.c — `tolov export` and `tolov report`: options, then the
 * exporters of export.h and report.h on a loaded plan; several plans or a
 * folder go to the consolidated report (report_many.c). Formats and their
 * names come from the writer registry (writer.h). The language of the
 * output is the chosen one (--lang, TOLOV_LANG, the locale). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tolov/cli/cli.h"
#include "tolov/io/export.h"
#include "tolov/base/i18n.h"
#include "tolov/io/report.h"
#include "tolov/io/writer.h"

struct opts {
	const char *file, *format, *out, *quarter, *unit;
	char **files;		/* report: every FILE or FOLDER given (argv's) */
	size_t n_files;
};

/* "FILE --format F [-o OUT]" plus, for report, "--quarter N [--unit NAME]".
 * Returns 0, or a usage error's status. */
static int parse(int argc, char **argv, bool report, struct opts *o)
{
	static const struct option export_opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	static const struct option report_opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "quarter", required_argument, NULL, 'q' },
		{ "unit", required_argument, NULL, 'u' },
		{ NULL, 0, NULL, 0 },
	};
	memset(o, 0, sizeof(*o));
	int c;
	while ((c = cli_getopt(argc, argv, report ? "f:o:q:u:" : "f:o:",
			       report ? report_opts : export_opts)) != -1) {
		switch (c) {
		case 'f': o->format = optarg; break;
		case 'o': o->out = optarg; break;
		case 'q': o->quarter = optarg; break;
		case 'u': o->unit = optarg; break;
		default: return 2;
		}
	}
	if (optind >= argc)
		return cli_usage_error(argv[0], M_CLI_NEEDS_FILE, "%s", argv[0]);
	if (optind + 1 < argc && !report)
		return cli_usage_error(argv[0], M_CLI_ONE_FILE, "%s", argv[0]);
	o->file = argv[optind];
	o->files = argv + optind;
	o->n_files = (size_t)(argc - optind);
	return 0;
}

/* "json, csv, md, html or xlsx" in the chosen language, from the registry. */
static char *format_names(unsigned use)
{
	struct sbuf b = SBUF_INIT;
	tw_format_names(&b, use, ", ", tr(M_FMT_OR));
	return sbuf_detach(&b);
}

/* A binary format (xlsx) is never written to a terminal. */
static int refuse_terminal(const struct tw_format *f, const char *out)
{
	if (!f->binary || (out && strcmp(out, "-") != 0) || !isatty(STDOUT_FILENO))
		return 0;
	struct tv_err err = TV_ERR_INIT;
	tv_err_at(&err, NULL, 0, 0, M_FMT_TERMINAL, "%s", f->name);
	return cli_fail(&err);
}

int cli_export(int argc, char **argv)
{
	struct opts o;
	int rc = parse(argc, argv, false, &o);
	if (rc)
		return rc;
	const struct tw_format *f = tw_format_find(o.format, TW_FOR_EXPORT);
	char *names = format_names(TW_FOR_EXPORT);
	if (!o.format)
		rc = cli_usage_error(argv[0], M_CLI_EXPORT_NEEDS_FORMAT, "%s", names);
	else if (!f)
		rc = cli_usage_error(argv[0], M_CLI_UNKNOWN_EXPORT_FORMAT, "%s%s", o.format, names);
	free(names);
	if (rc || (rc = refuse_terminal(f, o.out)))
		return rc;
	struct tv_err err = TV_ERR_INIT;
	struct doc *d;
	struct plan *p;
	if (cli_load(o.file, &d, &p, &err))
		return cli_fail(&err);
	struct sbuf b = SBUF_INIT;
	if (export_plan_as(&b, p, f, i18n_get(), &err))
		rc = cli_fail(&err);
	else
		rc = cli_write_out(o.out, b.buf ? b.buf : "", b.len);
	sbuf_free(&b);
	plan_free(p);
	doc_free(d);
	return rc;
}

int cli_report(int argc, char **argv)
{
	struct opts o;
	int rc = parse(argc, argv, true, &o);
	if (rc)
		return rc;
	if (!o.quarter)
		return cli_usage_error(argv[0], M_CLI_REPORT_NEEDS_QUARTER, TV_NOARGS);
	const char *q = o.quarter;
	if (q[0] == 'q' || q[0] == 'Q')
		q++;
	if (q[0] < '1' || q[0] > '4' || q[1])
		return cli_usage_error(argv[0], M_CLI_UNKNOWN_QUARTER, "%s", o.quarter);
	const struct tw_format *f = tw_format_find(o.format, TW_FOR_REPORT);
	if (!f) {
		char *names = format_names(TW_FOR_REPORT);
		rc = cli_usage_error(argv[0], M_CLI_UNKNOWN_REPORT_FORMAT, "%s%s", o.format, names);
		free(names);
		return rc;
	}
	if ((rc = refuse_terminal(f, o.out)))
		return rc;
	struct report_opts ro = REPORT_OPTS_INIT;
	ro.quarter = q[0] - '0';
	ro.unit = o.unit;
	ro.lang = i18n_get();
	if (o.n_files > 1 || cli_is_folder(o.file))
		return cli_report_many((const char *const *)o.files, o.n_files, &ro, f, o.out);
	struct tv_err err = TV_ERR_INIT;
	struct doc *d;
	struct plan *p;
	if (cli_load(o.file, &d, &p, &err))
		return cli_fail(&err);
	if (o.unit && !report_unit_exists(p, o.unit)) {
		tv_err_at(&err, o.file, 0, 0, M_CLI_NO_SUCH_UNIT, "%s", o.unit);
		rc = cli_fail(&err);
	} else {
		struct sbuf b = SBUF_INIT;
		if (report_write(&b, p, &ro, f, &err))
			rc = cli_fail(&err);
		else
			rc = cli_write_out(o.out, b.buf ? b.buf : "", b.len);
		sbuf_free(&b);
	}
	plan_free(p);
	doc_free(d);
	return rc;
}
