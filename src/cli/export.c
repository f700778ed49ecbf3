/* export.c — `tolov export` and `tolov report`. */
#include <stdio.h>
#include "tolov/cli.h"

int cli_export(int argc, char **argv)
{
	(void)argc; (void)argv;
	fputs("tolov: export is not built yet\n", stderr);
	return 1;
}

int cli_report(int argc, char **argv)
{
	(void)argc; (void)argv;
	fputs("tolov: report is not built yet\n", stderr);
	return 1;
}
