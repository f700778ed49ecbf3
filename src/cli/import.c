/* import.c — `tolov import TABLE [-o OUT]`: a plan table read into a new
 * plan file. */
#include "tolov/cli/cli.h"
#include "tolov/io/import.h"
#include "tolov/plan/emit.h"

int cli_import(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	const char *out = NULL;
	int c;
	while ((c = cli_getopt(argc, argv, "o:", longopts)) != -1) {
		if (c == 'o')
			out = optarg;
		else
			return 2;
	}
	if (optind >= argc)
		return cli_usage_error(argv[0], M_CLI_NEEDS_TABLE, TV_NOARGS);
	if (optind + 1 < argc)
		return cli_usage_error(argv[0], M_CLI_ONE_TABLE, TV_NOARGS);
	struct tv_err err = TV_ERR_INIT;
	struct plan *p;
	if (import_file(argv[optind], &p, &err))
		return cli_fail(&err);
	struct sbuf b = SBUF_INIT;
	emit_plan(&b, p);
	plan_free(p);
	int rc = cli_write_out(out, b.buf, b.len);
	sbuf_free(&b);
	return rc;
}
