/* export.c — `tolov export` and `tolov report`: options, then the
 * exporters of export.h and report.h on a loaded plan. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/cli/cli.h"
#include "tolov/io/export.h"
#include "tolov/base/i18n.h"
#include "tolov/io/report.h"

struct opts {
	const char *file, *format, *out, *lang, *quarter, *unit;
	bool has_unit;
};

/* Parse "FILE --format F [-o OUT] [--lang L]" plus, for report,
 * "--quarter N [--unit NAME]". Returns 0 or a usage error's status. */
static int parse(int argc, char **argv, bool report, struct opts *o)
{
	memset(o, 0, sizeof(*o));
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char **slot = NULL;
		if (!strcmp(a, "--format") || !strcmp(a, "-f"))
			slot = &o->format;
		else if (!strcmp(a, "-o") || !strcmp(a, "--output"))
			slot = &o->out;
		else if (!strcmp(a, "--lang"))
			slot = &o->lang;
		else if (report && (!strcmp(a, "--quarter") || !strcmp(a, "-q")))
			slot = &o->quarter;
		else if (report && !strcmp(a, "--unit")) {
			slot = &o->unit;
			o->has_unit = true;
		} else if (a[0] == '-' && a[1])
			return cli_usage_error("%s: unknown option '%s'", argv[0], a);
		else if (o->file)
			return cli_usage_error("%s takes one FILE", argv[0]);
		else
			o->file = a;
		if (slot) {
			if (i + 1 >= argc)
				return cli_usage_error("%s: %s needs a value", argv[0], a);
			*slot = argv[++i];
		}
	}
	if (!o->file)
		return cli_usage_error("%s needs a FILE", argv[0]);
	bool bad = false;
	i18n_set(i18n_detect(o->lang, &bad));
	if (bad)
		return cli_usage_error("unknown language '%s': use en or mn", o->lang);
	return 0;
}

int cli_export(int argc, char **argv)
{
	struct opts o;
	int rc = parse(argc, argv, false, &o);
	if (rc)
		return rc;
	if (!o.format)
		return cli_usage_error("export needs --format json, csv, md or html");
	int f = export_format_parse(o.format);
	if (f <= 0)
		return cli_usage_error("unknown export format '%s': use json, csv, md or html", o.format);
	struct tv_err err = TV_ERR_INIT;
	struct doc *d;
	struct plan *p;
	if (cli_load(o.file, &d, &p, &err))
		return cli_fail(&err);
	struct sbuf b = SBUF_INIT;
	if (export_plan(&b, p, (enum export_format)f, i18n_get(), &err))
		rc = cli_fail(&err);
	else
		rc = cli_write_out(o.out, b.buf, b.len);
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
		return cli_usage_error("report needs --quarter 1, 2, 3 or 4");
	const char *q = o.quarter;
	if (q[0] == 'q' || q[0] == 'Q')
		q++;
	if (q[0] < '1' || q[0] > '4' || q[1])
		return cli_usage_error("unknown quarter '%s': use 1, 2, 3 or 4", o.quarter);
	int f = o.format ? report_format_parse(o.format) : REPORT_TEXT;
	if (f <= 0)
		return cli_usage_error("unknown report format '%s': use text, md, html or csv", o.format);
	struct tv_err err = TV_ERR_INIT;
	struct doc *d;
	struct plan *p;
	if (cli_load(o.file, &d, &p, &err))
		return cli_fail(&err);
	if (o.has_unit && !report_unit_exists(p, o.unit)) {
		tv_err_set(&err, o.file, 0, 0, "no activity has the responsible unit '%s'", o.unit);
		rc = cli_fail(&err);
	} else {
		struct report_opts ro = REPORT_OPTS_INIT;
		ro.quarter = q[0] - '0';
		ro.unit = o.has_unit ? o.unit : NULL;
		ro.lang = i18n_get();
		struct sbuf b = SBUF_INIT;
		report_render(&b, p, &ro, (enum report_format)f);
		rc = cli_write_out(o.out, b.buf, b.len);
		sbuf_free(&b);
	}
	plan_free(p);
	doc_free(d);
	return rc;
}
