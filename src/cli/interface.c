/* interface.c — `tolov [--read-only] [--ignore-lock] [--ascii]
 * [--no-color] FILE`: open the terminal interface. --lang has been applied
 * by main(); o.lang passes the chosen language on. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tolov/cli/cli.h"
#include "tolov/tui/tui.h"

int cli_interface(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "read-only", no_argument, NULL, 'R' },
		{ "ignore-lock", no_argument, NULL, 'L' },
		{ "ascii", no_argument, NULL, 'A' },
		{ "no-color", no_argument, NULL, 'C' },
		{ NULL, 0, NULL, 0 },
	};
	struct tui_opts o = TUI_OPTS_INIT;
	int c;
	while ((c = cli_getopt(argc, argv, "R", longopts)) != -1) {
		switch (c) {
		case 'R': o.read_only = true; break;
		case 'L': o.ignore_lock = true; break;
		case 'A': o.ascii = 1; break;
		case 'C': o.color = 0; break;
		default: return 2;
		}
	}
	if (optind >= argc)
		return cli_usage_error(NULL, M_CLI_NO_FILE, TV_NOARGS);
	const char *file = argv[optind];
	if (optind + 1 < argc) {
		/* "tolov exprot plan.yaml": a mistyped command, not two files */
		struct stat st;
		if (stat(file, &st) < 0)
			return cli_usage_error(NULL, M_CLI_UNKNOWN_COMMAND, "%s", file);
		return cli_usage_error(NULL, M_CLI_EXTRA_ARGUMENT, "%s%s", "tolov", argv[optind + 1]);
	}
	o.lang = i18n_get() == LANG_MN ? "mn" : "en";
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		struct tv_err err = TV_ERR_INIT;
		tv_err_at(&err, NULL, 0, 0, M_CLI_NEEDS_TERMINAL, TV_NOARGS);
		struct sbuf b = SBUF_INIT;
		tv_err_message(&b, &err, i18n_get());
		fprintf(stderr, "tolov: %s\n", b.buf);
		sbuf_free(&b);
		tv_err_clear(&err);
		return 1;
	}
	return tui_main(file, &o);
}
