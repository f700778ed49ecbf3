/*
 * import.c (cli) — `tolov import TABLE [-o OUT] [-q N] [-y YEAR] [-s NAME]
 * [--strict]`: reads a plan table (text, .docx or .xlsx) into a new plan
 * file; warnings ("FILE:POS: warning: ...") and a one-line summary go to
 * standard error. Exit 0 when the plan was written, 1 when the table could
 * not be read (or --strict met a warning: nothing is written), 2 on a usage
 * error.
 */
#include "tolov/cli/cli.h"
#include "tolov/io/import.h"
#include "tolov/plan/emit.h"

#include <stdlib.h>

/* A whole number in [lo, hi] for option name; 2 after a usage error. */
static int number_opt(const char *name, const char *v, int lo, int hi, int *out)
{
	char *end;
	long n = strtol(v, &end, 10);
	/* "q2" as report accepts it */
	if ((v[0] == 'q' || v[0] == 'Q') && hi == 4)
		n = strtol(v + 1, &end, 10);
	if (!*v || *end || n < lo || n > hi) {
		if (hi == 4)
			return cli_usage_error("import", M_CLI_UNKNOWN_QUARTER, "%s", v);
		return cli_usage_error("import", M_CLI_BAD_NUMBER, "%s%s", name, v);
	}
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
	while ((c = cli_getopt(argc, argv, "o:q:y:s:", longopts)) != -1) {
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
			return 2;
		}
	}
	if (optind >= argc)
		return cli_usage_error(argv[0], M_CLI_NEEDS_TABLE, TV_NOARGS);
	if (optind + 1 < argc)
		return cli_usage_error(argv[0], M_CLI_ONE_TABLE, TV_NOARGS);
	struct tv_err err = TV_ERR_INIT;
	struct import_result res;
	if (import_run_file(argv[optind], &o, &res, &err))
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
