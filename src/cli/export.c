/* export.c — `tolov export` and `tolov report`: options, then the
 * exporters of export.h and report.h on a loaded plan; several plans or a
 * folder go to the consolidated report (report_many.c). */
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
	const char *file, *format, *out, *lang, *quarter, *unit;
	bool has_unit;
	const char **files;	/* report: every FILE or FOLDER given (argv's) */
	size_t n_files;
};

/* Parse "FILE --format F [-o OUT] [--lang L]" plus, for report,
 * "--quarter N [--unit NAME]". Returns 0 or a usage error's status. */
static int parse(int argc, char **argv, bool report, struct opts *o)
{
	memset(o, 0, sizeof(*o));
	o->files = xcalloc((size_t)argc + 1, sizeof(*o->files));
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
		else if (report)
			o->file = o->files[o->n_files++] = a;
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

/* A binary format (xlsx) is never written to a terminal. */
static int refuse_terminal(const struct tw_format *f, const char *out)
{
	if (!f->binary || (out && strcmp(out, "-") != 0) || !isatty(STDOUT_FILENO))
		return 0;
	struct tv_err err = TV_ERR_INIT;
	tv_err_set(&err, NULL, 0, 0, tr(M_FMT_TERMINAL), f->name);
	return cli_fail(&err);
}

int cli_export(int argc, char **argv)
{
	struct opts o;
	int rc = parse(argc, argv, false, &o);
	free(o.files);
	if (rc)
		return rc;
	struct sbuf names = SBUF_INIT;
	tw_format_names(&names, TW_FOR_EXPORT, ", ", " or ");
	const struct tw_format *f = tw_format_find(o.format, TW_FOR_EXPORT);
	if (!o.format)
		rc = cli_usage_error("export needs --format %s", names.buf);
	else if (!f)
		rc = cli_usage_error("unknown export format '%s': use %s", o.format, names.buf);
	sbuf_free(&names);
	if (rc)
		return rc;
	if ((rc = refuse_terminal(f, o.out)))
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
		rc = cli_write_out(o.out, b.buf, b.len);
	sbuf_free(&b);
	plan_free(p);
	doc_free(d);
	return rc;
}

static int report_cmd(const struct opts *op);

int cli_report(int argc, char **argv)
{
	struct opts o;
	int rc = parse(argc, argv, true, &o);
	if (!rc)
		rc = report_cmd(&o);
	free(o.files);
	return rc;
}

static int report_cmd(const struct opts *op)
{
	struct opts o = *op;
	int rc;
	if (!o.quarter)
		return cli_usage_error("report needs --quarter 1, 2, 3 or 4");
	const char *q = o.quarter;
	if (q[0] == 'q' || q[0] == 'Q')
		q++;
	if (q[0] < '1' || q[0] > '4' || q[1])
		return cli_usage_error("unknown quarter '%s': use 1, 2, 3 or 4", o.quarter);
	const struct tw_format *f = tw_format_find(o.format ? o.format : "text", TW_FOR_REPORT);
	if (!f) {
		struct sbuf names = SBUF_INIT;
		tw_format_names(&names, TW_FOR_REPORT, ", ", " or ");
		rc = cli_usage_error("unknown report format '%s': use %s", o.format, names.buf);
		sbuf_free(&names);
		return rc;
	}
	if ((rc = refuse_terminal(f, o.out)))
		return rc;
	struct report_opts ro = REPORT_OPTS_INIT;
	ro.quarter = q[0] - '0';
	ro.unit = o.has_unit ? o.unit : NULL;
	ro.lang = i18n_get();
	if (o.n_files > 1 || cli_is_folder(o.file))
		return cli_report_many(o.files, o.n_files, &ro, f, o.out);
	struct tv_err err = TV_ERR_INIT;
	struct doc *d;
	struct plan *p;
	if (cli_load(o.file, &d, &p, &err))
		return cli_fail(&err);
	if (o.has_unit && !report_unit_exists(p, o.unit)) {
		tv_err_set(&err, o.file, 0, 0, "no activity has the responsible unit '%s'", o.unit);
		rc = cli_fail(&err);
	} else {
		struct sbuf b = SBUF_INIT;
		if (report_write(&b, p, &ro, f, &err))
			rc = cli_fail(&err);
		else
			rc = cli_write_out(o.out, b.buf, b.len);
		sbuf_free(&b);
	}
	plan_free(p);
	doc_free(d);
	return rc;
}
