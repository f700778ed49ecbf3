/* interface.c — `tolov [options] FILE`: open the terminal interface. */
#include <stdio.h>
#include <string.h>

#include "tolov/cli.h"

int cli_interface(int argc, char **argv)
{
	const char *file = NULL;
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '-' && argv[i][1])
			return cli_usage_error("unknown option '%s'", argv[i]);
		if (file)
			return cli_usage_error("unknown command '%s'", file);
		file = argv[i];
	}
	struct tv_err err = TV_ERR_INIT;
	struct doc *d;
	struct plan *p;
	if (cli_load(file, &d, &p, &err))
		return cli_fail(&err);
	struct sbuf b = SBUF_INIT;
	cli_summary(&b, p);
	fputs(b.buf, stdout);
	sbuf_free(&b);
	plan_free(p);
	doc_free(d);
	return 0;
}
