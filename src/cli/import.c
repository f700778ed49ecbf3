/*
 * import.c (cli) — `tolov import TABLE [-o OUT] [--quarter N] [--year Y]
 * [--sheet NAME] [--strict]`: reads a plan table (text, .docx, .xlsx),
 * writes the plan, prints the warnings and a one-line summary on stderr.
 * Exit 0 when a plan was written, 1 when the table could not be read (or
 * --strict met a warning), 2 on a usage error.
 */
#include "tolov/cli/cli.h"
#include "tolov/io/import.h"
#include "tolov/plan/emit.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int number_opt(const char *name, const char *v, int lo, int hi, int *out)
{
	char *end;
	long n = strtol(v, &end, 10);
	if (!*v || *end || n < lo || n > hi)
		return cli_usage_error("import: %s must be %d..%d, not '%s'", name, lo, hi, v);
	*out = (int)n;
	return 0;
}

int cli_import(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "quarter", required_argument, NULL, 'q' },
		{ "year", required_argument, NULL, 'y' },
		{ "sheet", required_argument, NULL, 's' },
		{ "strict", no_argument, NULL, 'S' },
		{ NULL, 0, NULL, 0 },
	};
	struct import_opts o = { 0, 0, NULL, false };
	const char *out = NULL;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "o:q:y:s:", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			out = optarg;
			break;
		case 'q':
			if (number_opt("--quarter", optarg, 1, 4, &o.quarter))
				return 2;
			break;
		case 'y':
			if (number_opt("--year", optarg, 1900, 2200, &o.year))
				return 2;
			break;
		case 's':
			o.sheet = optarg;
			break;
		case 'S':
			o.strict = true;
			break;
		default:
			return cli_usage_error("import: unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage_error("import needs a TABLE file");
	if (optind + 1 < argc)
		return cli_usage_error("import takes one TABLE");
	const char *in = argv[optind];
	struct tv_err err = TV_ERR_INIT;
	struct import_result res;
	if (import_run_file(in, &o, &res, &err))
		return cli_fail(&err);
	if (res.warnings)
		fputs(res.warnings, stderr);
	struct sbuf b = SBUF_INIT;
	emit_plan(&b, res.plan);
	int rc = cli_write_out(out, b.buf, b.len);
	sbuf_free(&b);
	if (rc == 0) {
		struct sbuf s = SBUF_INIT;
		import_summary(&s, &res);
		fprintf(stderr, "%s\n", s.buf);
		sbuf_free(&s);
	}
	import_result_free(&res);
	return rc;
}
