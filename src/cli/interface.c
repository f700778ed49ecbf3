/* interface.c — `tolov [--read-only] [--ignore-lock] [--ascii]
 * [--no-color] FILE`: open the terminal interface. --lang has been applied
 * by main(); o.lang passes the chosen language on. A FILE that does not
 * exist is offered to be made (title and year asked on the terminal, then
 * written as `tolov new` does). Several files, or a folder, open the
 * chooser of plans (tui_choose). */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "tolov/cli/cli.h"
#include "tolov/tui/tui.h"

/* One line from the terminal without its newline; NULL at end of input. */
static char *ask(const char *prompt)
{
	fputs(prompt, stdout);
	fflush(stdout);
	struct sbuf b = SBUF_INIT;
	int c;
	while ((c = getchar()) != EOF && c != '\n')
		sbuf_addc(&b, (char)c);
	if (c == EOF && !b.len) {
		sbuf_free(&b);
		return NULL;
	}
	char *line = sbuf_detach(&b);
	if (!line)
		line = xstrdup("");
	size_t n = strlen(line);
	while (n && (line[n - 1] == '\r' || line[n - 1] == ' '))
		line[--n] = '\0';
	return line;
}

/* A y/n question answered by one key, without Enter, like every other
 * y/n question of tolov: true for y (or Y). The terminal's line mode is
 * put back before returning; keys typed ahead after the answer are
 * dropped, so they do not run into the next question. */
static bool ask_yn(const char *prompt)
{
	fputs(prompt, stdout);
	fflush(stdout);
	struct termios old, raw;
	bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
	if (tty) {
		raw = old;
		/* Ctrl-C comes as a key too (a no), so the terminal's
		 * modes are always put back */
		raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ISIG);
		raw.c_cc[VMIN] = 1;
		raw.c_cc[VTIME] = 0;
		tcsetattr(STDIN_FILENO, TCSANOW, &raw);
	}
	int c = getchar();
	if (tty) {
		tcflush(STDIN_FILENO, TCIFLUSH);	/* the rest of a multibyte key */
		tcsetattr(STDIN_FILENO, TCSANOW, &old);
	}
	bool yes = c == 'y' || c == 'Y';
	printf("%s\n", yes ? "y" : "n");
	return yes;
}

/* FILE is missing: ask whether to make it, its title and year. 0 when
 * made, else the exit status. A folder that is not there (or not
 * writable) is said before anything is asked. */
static int offer_new(const char *file)
{
	struct tv_err err = TV_ERR_INIT;
	if (cli_new_check_folder(file, &err) < 0)
		return cli_fail(&err);
	printf(tr(M_NEW_MISSING), file);
	if (!ask_yn(tr(M_NEW_ASK))) {
		printf("%s\n", tr(M_NEW_NOT_MADE));
		return 1;
	}
	char *title = NULL, *year = NULL;
	while (!(title = ask(tr(M_NEW_TITLE))) || !*title) {
		if (!title)
			return 1;
		free(title);
	}
	year = ask(tr(M_NEW_YEAR));
	const char *av[7];
	int ac = 0;
	av[ac++] = "new";
	av[ac++] = "--title";
	av[ac++] = title;
	if (year && *year) {
		av[ac++] = "--year";
		av[ac++] = year;
	}
	av[ac++] = file;
	av[ac] = NULL;
	optind = 0;	/* a fresh getopt scan */
	int rc = cli_new(ac, (char **)av);
	free(title);
	free(year);
	return rc;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The plans named, a folder standing for its *.yaml and *.yml files (not
 * hidden ones), in name order; then the chooser. */
static int choose(int n, char **names, const struct tui_opts *o)
{
	char **paths = NULL;
	size_t np = 0, cap = 0;
	for (int i = 0; i < n; i++) {
		struct stat st;
		if (stat(names[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			DIR *dir = opendir(names[i]);
			if (!dir)
				continue;
			size_t first = np;
			struct dirent *de;
			while ((de = readdir(dir))) {
				size_t k = strlen(de->d_name);
				if (de->d_name[0] == '.' ||
				    !((k > 5 && !strcmp(de->d_name + k - 5, ".yaml")) ||
				      (k > 4 && !strcmp(de->d_name + k - 4, ".yml"))))
					continue;
				if (np == cap) {
					cap = cap ? cap * 2 : 16;
					paths = xrealloc(paths, cap * sizeof *paths);
				}
				paths[np++] = xasprintf("%s/%s", names[i], de->d_name);
			}
			closedir(dir);
			qsort(paths + first, np - first, sizeof *paths, by_name);
		} else {
			if (np == cap) {
				cap = cap ? cap * 2 : 16;
				paths = xrealloc(paths, cap * sizeof *paths);
			}
			paths[np++] = xstrdup(names[i]);
		}
	}
	int rc;
	if (!np) {
		fprintf(stderr, "tolov: %s\n", tr(M_CH_NO_PLANS));
		rc = 1;
	} else {
		rc = tui_choose((const char *const *)paths, np, o);
	}
	for (size_t i = 0; i < np; i++)
		free(paths[i]);
	free(paths);
	return rc;
}

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
	struct stat st;
	if (optind + 1 < argc && stat(file, &st) < 0)
		/* "tolov exprot plan.yaml": a mistyped command, not two files */
		return cli_usage_error(NULL, M_CLI_UNKNOWN_COMMAND, "%s", file);
	bool many = optind + 1 < argc || (stat(file, &st) == 0 && S_ISDIR(st.st_mode));
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
	if (many)
		return choose(argc - optind, argv + optind, &o);
	if (!o.read_only && stat(file, &st) < 0 && errno == ENOENT) {
		int rc = offer_new(file);
		if (rc != 0)
			return rc;
	}
	return tui_main(file, &o);
}
