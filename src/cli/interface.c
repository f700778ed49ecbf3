/* interface.c — `tolov [--lang en|mn] [--read-only] [--ignore-lock]
 * [--ascii] [--no-color] FILE`: open the terminal interface. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "tolov/cli/cli.h"
#include "tolov/tui/tui.h"

int cli_interface(int argc, char **argv)
{
	struct tui_opts o = TUI_OPTS_INIT;
	const char *file = NULL;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--lang") == 0 && i + 1 < argc) {
			o.lang = argv[++i];
		} else if (strncmp(a, "--lang=", 7) == 0) {
			o.lang = a + 7;
		} else if (strcmp(a, "--read-only") == 0 || strcmp(a, "-R") == 0) {
			o.read_only = true;
		} else if (strcmp(a, "--ignore-lock") == 0) {
			o.ignore_lock = true;
		} else if (strcmp(a, "--ascii") == 0) {
			o.ascii = 1;
		} else if (strcmp(a, "--no-color") == 0) {
			o.color = 0;
		} else if (a[0] == '-' && a[1]) {
			return cli_usage_error("unknown option '%s'", a);
		} else if (file) {
			return cli_usage_error("unknown command '%s'", file);
		} else {
			file = a;
		}
	}
	if (!file)
		return cli_usage_error("no FILE given");
	if (o.lang && strcmp(o.lang, "en") && strcmp(o.lang, "mn"))
		return cli_usage_error("unknown language '%s': use en or mn", o.lang);
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "tolov: the interface needs a terminal; for scripts use "
				"validate, export, report or set (see tolov --help)\n");
		return 1;
	}
	return tui_main(file, &o);
}
