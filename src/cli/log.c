/*
 * log.c — `tolov log FILE [ID[.PATH]] [--since DATE] [--format text|json]`:
 * the history of a plan, an activity or one field through git (history.h),
 * newest first: commit, author, date and the changes in plan words.
 * "Who rated 3.2 as 70 in Q2, and when?" is
 * `tolov log plan.yaml 3.2.status.q2.rating`. Renames of the file are
 * followed, and so are ids changed in a commit.
 * Exit 0 (also when nothing matched), 1 trouble, 2 usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tolov/cli/cli.h"
#include "tolov/cli/git.h"
#include "tolov/base/i18n.h"
#include "tolov/io/history.h"

#define C_COMMIT "\033[33m"
#define C_OFF "\033[m"

static void render_text(struct sbuf *o, const struct hist *h, bool color)
{
	for (size_t i = 0; i < h->n; i++) {
		const struct hist_entry *e = &h->e[i];
		if (i)
			sbuf_addc(o, '\n');
		sbuf_addf(o, "%scommit %.12s%s  %s <%s>  %s\n", color ? C_COMMIT : "", e->commit,
			  color ? C_OFF : "", e->author, e->email, e->date);
		sbuf_addf(o, "    %s\n", e->subject);
		if (e->added)
			sbuf_addf(o, "    %s\n", tr(M_GIT_LOG_ADDED_FILE));
		if (e->not_plan)
			sbuf_addf(o, "    %s\n", tr(M_GIT_LOG_NOT_PLAN));
		if (e->renamed_from) {
			sbuf_adds(o, "    ");
			sbuf_addf(o, tr(M_GIT_LOG_RENUMBERED), e->renamed_to, e->renamed_from);
			sbuf_addc(o, '\n');
		}
		if (!e->added || e->changes.n <= 3)
			gdiff_render(o, NULL, NULL, &e->changes, GDIFF_TEXT, color, false, "    ");
	}
}

static void render_json(struct sbuf *o, const struct hist *h)
{
	sbuf_adds(o, "[");
	for (size_t i = 0; i < h->n; i++) {
		const struct hist_entry *e = &h->e[i];
		sbuf_adds(o, i ? ",\n {" : "\n {");
		sbuf_adds(o, "\"commit\": ");
		gdiff_json_str(o, e->commit);
		sbuf_adds(o, ", \"author\": ");
		gdiff_json_str(o, e->author);
		sbuf_adds(o, ", \"email\": ");
		gdiff_json_str(o, e->email);
		sbuf_adds(o, ", \"date\": ");
		gdiff_json_str(o, e->date);
		sbuf_adds(o, ", \"subject\": ");
		gdiff_json_str(o, e->subject);
		sbuf_adds(o, ", \"path\": ");
		gdiff_json_str(o, e->path);
		sbuf_addf(o, ", \"file_added\": %s, \"plan\": %s, \"renamed_from\": ",
			  e->added ? "true" : "false", e->not_plan ? "false" : "true");
		if (e->renamed_from)
			gdiff_json_str(o, e->renamed_from);
		else
			sbuf_adds(o, "null");
		sbuf_adds(o, ",\n  \"changes\": ");
		struct sbuf c = SBUF_INIT;
		gdiff_render(&c, NULL, NULL, &e->changes, GDIFF_JSON, false, false, "");
		/* {"changes": [...], "progress": []} -> the list */
		const char *lb = strchr(c.buf, '[');
		const char *pr = strstr(c.buf, ", \"progress\"");
		sbuf_add(o, lb, (size_t)(pr - lb));
		sbuf_free(&c);
		sbuf_adds(o, "}");
	}
	sbuf_adds(o, h->n ? "\n]\n" : "]\n");
}

int cli_log(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "since", required_argument, NULL, 's' },
		{ "follow", no_argument, NULL, 'F' },
		{ "color", optional_argument, NULL, 'c' },
		{ "no-color", no_argument, NULL, 'C' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	const char *format = "text", *since = NULL, *when = NULL, *out = NULL;
	int ch;
	while ((ch = cli_getopt(argc, argv, "f:o:", lo)) != -1) {
		switch (ch) {
		case 'f': format = optarg; break;
		case 'o': out = optarg; break;
		case 's': since = optarg; break;
		case 'F': break;	/* renames are always followed */
		case 'c': when = optarg ? optarg : "always"; break;
		case 'C': when = "never"; break;
		default: return 2;
		}
	}
	if (when && strcmp(when, "always") && strcmp(when, "never") && strcmp(when, "auto"))
		return cli_usage_error(argv[0], M_GIT_BAD_COLOR, "%s", when);
	bool json = !strcmp(format, "json");
	if (!json && strcmp(format, "text"))
		return cli_usage_error(argv[0], M_GIT_BAD_LOG_FORMAT, "%s", format);
	int n = argc - optind;
	if (n < 1 || n > 2)
		return cli_usage_error(argv[0], M_GIT_LOG_ARGS, TV_NOARGS);
	const char *file = argv[optind], *target = n == 2 ? argv[optind + 1] : NULL;
	struct tv_err err = TV_ERR_INIT;
	char *id = NULL, *path = NULL;
	if (target) {
		/* ids as the plan has them now: the working file */
		struct doc *d;
		struct plan *p;
		if (cli_load(file, &d, &p, &err))
			return cli_fail(&err);
		int rc = hist_split_target(p, target, &id, &path);
		plan_free(p);
		doc_free(d);
		if (rc) {
			fprintf(stderr, "%s: error: ", file);
			fprintf(stderr, tr(M_GIT_LOG_NO_ID), target);
			fputc('\n', stderr);
			return 1;
		}
	}
	struct hist h = HIST_INIT;
	int rc = plan_history(file, id, path, since, &h, &err);
	free(id);
	free(path);
	if (rc)
		return cli_fail(&err);
	struct sbuf o = SBUF_INIT;
	if (json)
		render_json(&o, &h);
	else if (!h.n)
		sbuf_addf(&o, "%s\n", tr(M_GIT_NO_HISTORY));
	else
		render_text(&o, &h, !out || !strcmp(out, "-") ? gdiff_want_color(when, STDOUT_FILENO)
							     : when && !strcmp(when, "always"));
	rc = cli_write_out(out, o.buf ? o.buf : "", o.len);
	sbuf_free(&o);
	hist_free(&h);
	return rc;
}
