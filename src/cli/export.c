/* export.c — `tolov export` and `tolov report`: options, then the
 * exporters of export.h and report.h on a loaded plan. The language of
 * the output is the chosen one (--lang, TOLOV_LANG, the locale). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/cli/cli.h"
#include "tolov/io/export.h"
#include "tolov/base/i18n.h"
#include "tolov/io/report.h"

struct opts {
	const char *file, *format, *out, *quarter, *unit;
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
	if (optind + 1 < argc)
		return cli_usage_error(argv[0], M_CLI_ONE_FILE, "%s", argv[0]);
	o->file = argv[optind];
	return 0;
}

int cli_export(int argc, char **argv)
{
	struct opts o;
	int rc = parse(argc, argv, false, &o);
	if (rc)
		return rc;
	if (!o.format)
		return cli_usage_error(argv[0], M_CLI_EXPORT_NEEDS_FORMAT, TV_NOARGS);
	int f = export_format_parse(o.format);
	if (f <= 0)
		return cli_usage_error(argv[0], M_CLI_UNKNOWN_EXPORT_FORMAT, "%s", o.format);
	struct tv_err err = TV_ERR_INIT;
	struct doc *d;
	struct plan *p;
	if (cli_load(o.file, &d, &p, &err))
		return cli_fail(&err);
	struct sbuf b = SBUF_INIT;
	if (export_plan(&b, p, (enum export_format)f, i18n_get(), &err))
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
	int f = o.format ? report_format_parse(o.format) : REPORT_TEXT;
	if (f <= 0)
		return cli_usage_error(argv[0], M_CLI_UNKNOWN_REPORT_FORMAT, "%s", o.format);
	struct tv_err err = TV_ERR_INIT;
	struct doc *d;
	struct plan *p;
	if (cli_load(o.file, &d, &p, &err))
		return cli_fail(&err);
	if (o.unit && !report_unit_exists(p, o.unit)) {
		tv_err_at(&err, o.file, 0, 0, M_CLI_NO_SUCH_UNIT, "%s", o.unit);
		rc = cli_fail(&err);
	} else {
		struct report_opts ro = REPORT_OPTS_INIT;
		ro.quarter = q[0] - '0';
		ro.unit = o.unit;
		ro.lang = i18n_get();
		struct sbuf b = SBUF_INIT;
		report_render(&b, p, &ro, (enum report_format)f);
		rc = cli_write_out(o.out, b.buf ? b.buf : "", b.len);
		sbuf_free(&b);
	}
	plan_free(p);
	doc_free(d);
	return rc;
}
