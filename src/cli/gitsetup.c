/*
 * gitsetup.c — `tolov git-setup [--global]`: tell git about tolov plans.
 *
 * Writes the attribute line "*.yaml diff=tolov merge=tolov" (to the work
 * tree's .gitattributes, or with --global to git's global attributes file:
 * core.attributesFile, else $XDG_CONFIG_HOME/git/attributes, else
 * ~/.config/git/attributes) and sets, with `git config` (or
 * `git config --global`):
 *   diff.tolov.command  = tolov diff
 *   merge.tolov.name    = tolov plan merge
 *   merge.tolov.driver  = tolov merge %O %A %B %P
 * "tolov" is the running program: its name when the tolov found on PATH is
 * the same file, else its absolute path. Idempotent: only what is missing
 * or different is written, and each change is shown.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tolov/cli/cli.h"
#include "tolov/cli/git.h"
#include "tolov/base/i18n.h"
#include "tolov/io/git.h"
#include "tolov/io/save.h"

static const char attr_line[] = "*.yaml diff=tolov merge=tolov";

static char *trimmed(struct sbuf *b)
{
	while (b->len && (b->buf[b->len - 1] == '\n' || b->buf[b->len - 1] == '\r'))
		b->buf[--b->len] = '\0';
	return b->buf ? b->buf : (char *)"";
}

/* The command git should run for tolov. */
static char *self_command(void)
{
	char *self = realpath("/proc/self/exe", NULL);
	if (!self)
		return xstrdup("tolov");
	const char *path = getenv("PATH");
	char *dirs = xstrdup(path ? path : "");
	bool same = false;
	for (char *save = NULL, *d = strtok_r(dirs, ":", &save); d && !same;
	     d = strtok_r(NULL, ":", &save)) {
		char *cand = xasprintf("%s/tolov", *d ? d : ".");
		char *real = realpath(cand, NULL);
		if (real) {
			same = !strcmp(real, self);
			free(real);
			free(cand);
			break;	/* the first tolov on PATH is the one git would run */
		}
		free(cand);
	}
	free(dirs);
	if (same) {
		free(self);
		return xstrdup("tolov");
	}
	if (strpbrk(self, " \t'\"\\$`")) {
		struct sbuf q = SBUF_INIT;
		sbuf_addc(&q, '\'');
		for (const char *p = self; *p; p++)
			if (*p == '\'')
				sbuf_adds(&q, "'\\''");
			else
				sbuf_addc(&q, *p);
		sbuf_addc(&q, '\'');
		free(self);
		return sbuf_detach(&q);
	}
	return self;
}

/* Add attr_line to file unless a line already says it. */
static int ensure_attr(const char *file, const char *shown, bool *changed, struct tv_err *err)
{
	char *data = NULL;
	size_t len = 0;
	struct stat st;
	if (stat(file, &st) == 0) {
		if (read_file(file, 1u << 20, &data, &len, err))
			return -1;
	}
	for (const char *p = data; p && p < data + len;) {
		const char *e = memchr(p, '\n', (size_t)(data + len - p));
		size_t n = e ? (size_t)(e - p) : (size_t)(data + len - p);
		while (n && (p[n - 1] == '\r' || p[n - 1] == ' ' || p[n - 1] == '\t'))
			n--;
		if (n == strlen(attr_line) && !memcmp(p, attr_line, n)) {
			free(data);
			return 0;
		}
		p = e ? e + 1 : data + len;
	}
	struct sbuf b = SBUF_INIT;
	if (data)
		sbuf_add(&b, data, len);
	if (b.len && b.buf[b.len - 1] != '\n')
		sbuf_addc(&b, '\n');
	sbuf_addf(&b, "%s\n", attr_line);
	int rc = save_atomic(file, b.buf, b.len, err);
	sbuf_free(&b);
	free(data);
	if (rc < 0)
		return -1;
	tv_err_clear(err);
	printf(tr(M_GIT_SETUP_ADDED), shown, attr_line);
	putchar('\n');
	*changed = true;
	return 0;
}

static int ensure_config(bool global, const char *key, const char *value, const char *shown,
			 bool *changed, struct tv_err *err)
{
	const char *get[] = { "git", "config", global ? "--global" : "--local", "--get", key, NULL };
	struct sbuf cur = SBUF_INIT;
	int rc = git_run(NULL, get, &cur, NULL, err);
	if (rc < 0)
		return -1;
	bool same = rc == 0 && !strcmp(trimmed(&cur), value);
	sbuf_free(&cur);
	if (same)
		return 0;
	const char *set[] = { "git", "config", global ? "--global" : "--local", key, value, NULL };
	struct sbuf eb = SBUF_INIT;
	rc = git_run(NULL, set, NULL, &eb, err);
	if (rc != 0) {
		if (rc > 0)
			tv_err_at(err, "git config", 0, 0, M_GIT_E_SETUP, "%s", trimmed(&eb));
		sbuf_free(&eb);
		return -1;
	}
	sbuf_free(&eb);
	printf(tr(M_GIT_SETUP_SET), shown, key, value);
	putchar('\n');
	*changed = true;
	return 0;
}

int cli_git_setup(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "global", no_argument, NULL, 'g' },
		{ NULL, 0, NULL, 0 },
	};
	bool global = false;
	int ch;
	while ((ch = cli_getopt(argc, argv, "", lo)) != -1) {
		if (ch != 'g')
			return 2;
		global = true;
	}
	if (optind < argc)
		return cli_usage_error(argv[0], M_GIT_SETUP_ARGS, TV_NOARGS);
	struct tv_err err = TV_ERR_INIT;
	char *attr_file = NULL, *attr_shown = NULL;
	if (global) {
		const char *q[] = { "git", "config", "--global", "--get", "core.attributesFile", NULL };
		struct sbuf b = SBUF_INIT;
		int rc = git_run(NULL, q, &b, NULL, &err);
		if (rc < 0)
			return cli_fail(&err);
		const char *home = getenv("HOME"), *xdg = getenv("XDG_CONFIG_HOME");
		if (rc == 0 && trimmed(&b)[0]) {
			const char *v = trimmed(&b);
			attr_file = v[0] == '~' && v[1] == '/' && home ? xasprintf("%s%s", home, v + 1)
								     : xstrdup(v);
		} else if (xdg && *xdg) {
			attr_file = xasprintf("%s/git/attributes", xdg);
		} else if (home) {
			attr_file = xasprintf("%s/.config/git/attributes", home);
		}
		sbuf_free(&b);
		if (!attr_file) {
			tv_err_at(&err, "git-setup", 0, 0, M_GIT_E_SETUP, "%s", "HOME is not set");
			return cli_fail(&err);
		}
		/* the folder of the attributes file */
		char *slash = strrchr(attr_file, '/');
		if (slash && slash != attr_file) {
			*slash = '\0';
			char *xdg_git = xstrdup(attr_file);
			char *up = strrchr(xdg_git, '/');
			if (up && up != xdg_git) {
				*up = '\0';
				mkdir(xdg_git, 0755);
				*up = '/';
			}
			mkdir(xdg_git, 0755);
			free(xdg_git);
			*slash = '/';
		}
		attr_shown = xstrdup(attr_file);
	} else {
		const char *q[] = { "git", "rev-parse", "--show-toplevel", NULL };
		struct sbuf b = SBUF_INIT, eb = SBUF_INIT;
		int rc = git_run(NULL, q, &b, &eb, &err);
		if (rc != 0) {
			if (rc > 0) {
				const char *m = trimmed(&eb);
				tv_err_at(&err, "git-setup", 0, 0, M_GIT_E_SETUP, "%s",
					  !strncmp(m, "fatal: ", 7) ? m + 7 : m);
			}
			sbuf_free(&b);
			sbuf_free(&eb);
			return cli_fail(&err);
		}
		attr_file = xasprintf("%s/.gitattributes", trimmed(&b));
		attr_shown = xstrdup(".gitattributes");
		sbuf_free(&b);
		sbuf_free(&eb);
	}
	char *self = self_command();
	char *diff_cmd = xasprintf("%s diff", self);
	char *merge_cmd = xasprintf("%s merge %%O %%A %%B %%P", self);
	const char *cfg = global ? "git config --global" : "git config";
	bool changed = false;
	int rc = 0;
	if (ensure_attr(attr_file, attr_shown, &changed, &err) ||
	    ensure_config(global, "diff.tolov.command", diff_cmd, cfg, &changed, &err) ||
	    ensure_config(global, "merge.tolov.name", "tolov plan merge", cfg, &changed, &err) ||
	    ensure_config(global, "merge.tolov.driver", merge_cmd, cfg, &changed, &err))
		rc = cli_fail(&err);
	else if (!changed)
		printf("%s\n", tr(M_GIT_SETUP_NOTHING));
	free(self);
	free(diff_cmd);
	free(merge_cmd);
	free(attr_file);
	free(attr_shown);
	return rc;
}
