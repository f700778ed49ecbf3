/*
 * diff.c — `tolov diff`: the differences between two versions of a plan
 * in plan words (ids, fields named as in `tolov set`), from two files,
 * from git revisions, or as git's external diff driver.
 *
 *   tolov diff OLD NEW                 two files
 *   tolov diff [REV [REV]] [--] FILE   git: none = HEAD against the
 *                                      working file; one = REV against it
 *   tolov diff PATH OLD OHEX OMODE NEW NHEX NMODE   (git, diff.tolov.command)
 *
 * Exit 0 equal (layout-only changes are no difference), 1 different,
 * 2 trouble; as git's driver 0 whenever the diff could be shown, since git
 * takes any other status for a failure. A file that is not a plan is shown
 * as git's own text diff with a note.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tolov/cli/cli.h"
#include "tolov/cli/git.h"
#include "tolov/base/i18n.h"
#include "tolov/base/text.h"
#include "tolov/io/git.h"
#include "tolov/plan/schema.h"

#define C_ID "\033[1m"
#define C_OLD "\033[31m"
#define C_NEW "\033[32m"
#define C_OFF "\033[m"

bool gdiff_want_color(const char *when, int fd)
{
	if (when && !strcmp(when, "always"))
		return true;
	if (when && !strcmp(when, "never"))
		return false;
	const char *nc = getenv("NO_COLOR");
	if (nc && *nc)
		return false;
	if (isatty(fd))
		return true;
	const char *pager = getenv("GIT_PAGER_IN_USE");
	return pager && !strcmp(pager, "true");
}

void gdiff_json_str(struct sbuf *out, const char *s)
{
	sbuf_addc(out, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': sbuf_adds(out, "\\\""); break;
		case '\\': sbuf_adds(out, "\\\\"); break;
		case '\n': sbuf_adds(out, "\\n"); break;
		case '\t': sbuf_adds(out, "\\t"); break;
		case '\r': sbuf_adds(out, "\\r"); break;
		default:
			if (*p < 0x20)
				sbuf_addf(out, "\\u%04x", *p);
			else
				sbuf_addc(out, (char)*p);
		}
	}
	sbuf_addc(out, '"');
}

/* Fields whose values are numbers or lists, shown without quotes. */
static bool raw_field(const char *f)
{
	static const enum sp items[] = { SP_PLAN, SP_GOAL, SP_ACT };
	for (size_t i = 0; i < sizeof items / sizeof *items; i++) {
		struct schema_path p;
		bool ok = schema_resolve(items[i], f, &p) == SR_OK;
		enum st t = ok ? p.leaf->type : ST_TEXT;
		schema_path_free(&p);
		if (ok)
			return t == ST_YEAR || t == ST_AMOUNT || t == ST_RATING || t == ST_QUARTERS;
	}
	return !strcmp(f, "goal");	/* an activity moved between goals */
}

static void value(struct sbuf *out, const char *field, const char *v, bool md)
{
	if (!*v) {
		sbuf_adds(out, tr(M_GIT_NONE));
		return;
	}
	struct sbuf t = SBUF_INIT;
	text_sanitize(&t, v, strlen(v), false, false);
	if (md)
		for (size_t i = 0; i < t.len; i++)
			if (t.buf[i] == '|')
				t.buf[i] = '/';
	if (raw_field(field))
		sbuf_adds(out, t.buf ? t.buf : "");
	else
		sbuf_addf(out, "\"%s\"", t.buf ? t.buf : "");
	sbuf_free(&t);
}

/* "3.2", "goal 1" or "plan". */
static void who(struct sbuf *out, const struct pdiff *d)
{
	if (!d->id[0])
		sbuf_adds(out, tr(M_GIT_PLAN));
	else if (d->goal)
		sbuf_addf(out, "%s %s", tr(M_GIT_GOAL), d->id);
	else
		sbuf_adds(out, d->id);
}

/* What happened, without the id: "status.q2.rating: 70 → 100". */
static void what(struct sbuf *out, const struct pdiff *d, bool color, bool md)
{
	const char *co = color ? C_OLD : "", *cn = color ? C_NEW : "", *cf = color ? C_OFF : "";
	switch (d->kind) {
	case PD_CHANGED:
		if (!d->goal && !strcmp(d->field, "goal")) {
			sbuf_addf(out, tr(M_GIT_MOVED), d->old, d->new_);
			return;
		}
		sbuf_addf(out, "%s: %s", d->field, co);
		value(out, d->field, d->old, md);
		sbuf_addf(out, "%s → %s", cf, cn);
		value(out, d->field, d->new_, md);
		sbuf_adds(out, cf);
		return;
	case PD_ONLY_NEW:
	case PD_ONLY_OLD: {
		bool add = d->kind == PD_ONLY_NEW;
		if (d->field[0])
			sbuf_addf(out, "%s ", d->field);
		sbuf_addf(out, "%s%s%s: ", add ? cn : co, tr(add ? M_GIT_ADDED : M_GIT_REMOVED), cf);
		const char *t = add ? d->new_ : d->old;
		struct sbuf s = SBUF_INIT;
		text_fit(&s, t, 60, false, false);
		if (md)
			for (size_t i = 0; i < s.len; i++)
				if (s.buf[i] == '|')
					s.buf[i] = '/';
		sbuf_addf(out, "\"%s\"", s.buf ? s.buf : "");
		sbuf_free(&s);
		return;
	}
	case PD_ORDER:
		sbuf_adds(out, tr(d->goal ? M_GIT_ACTS_ORDER : M_GIT_GOALS_ORDER));
		return;
	}
}

static const char *kind_name(enum pdiff_kind k)
{
	switch (k) {
	case PD_CHANGED: return "changed";
	case PD_ONLY_NEW: return "added";
	case PD_ONLY_OLD: return "removed";
	case PD_ORDER: return "order";
	}
	return "";
}

static void tenths(struct sbuf *out, int t, bool json)
{
	char b[8];
	if (t < 0)
		sbuf_adds(out, json ? "null" : tr(M_GIT_NONE));
	else
		sbuf_adds(out, progress_fmt(t, b));
}

void gdiff_render(struct sbuf *out, const struct plan *a, const struct plan *b,
		  const struct pdiff_list *l, enum gdiff_format f, bool color, bool with_progress,
		  const char *indent)
{
	struct pprog_list pl = PPROG_LIST_INIT;
	if (with_progress)
		plandiff_progress(a, b, l, &pl);
	if (f == GDIFF_JSON) {
		sbuf_adds(out, "{\"changes\": [");
		for (size_t i = 0; i < l->n; i++) {
			const struct pdiff *d = &l->d[i];
			sbuf_adds(out, i ? ",\n  {" : "\n  {");
			sbuf_adds(out, "\"id\": ");
			gdiff_json_str(out, d->id);
			sbuf_addf(out, ", \"item\": \"%s\", \"kind\": \"%s\", \"field\": ",
				  !d->id[0] ? "plan" : d->goal ? "goal" : "activity", kind_name(d->kind));
			gdiff_json_str(out, d->field);
			sbuf_adds(out, ", \"old\": ");
			gdiff_json_str(out, d->old);
			sbuf_adds(out, ", \"new\": ");
			gdiff_json_str(out, d->new_);
			sbuf_adds(out, "}");
		}
		sbuf_adds(out, l->n ? "\n], \"progress\": [" : "], \"progress\": [");
		for (size_t i = 0; i < pl.n; i++) {
			sbuf_addf(out, "%s{\"quarter\": %d, \"goal\": ", i ? ",\n  " : "\n  ", pl.d[i].q);
			if (pl.d[i].goal[0])
				gdiff_json_str(out, pl.d[i].goal);
			else
				sbuf_adds(out, "null");
			sbuf_adds(out, ", \"old\": ");
			tenths(out, pl.d[i].old_tenths, true);
			sbuf_adds(out, ", \"new\": ");
			tenths(out, pl.d[i].new_tenths, true);
			sbuf_adds(out, "}");
		}
		sbuf_adds(out, pl.n ? "\n]}" : "]}");
		pprog_free(&pl);
		return;
	}
	bool md = f == GDIFF_MD;
	for (size_t i = 0; i < l->n; i++) {
		const struct pdiff *d = &l->d[i];
		sbuf_addf(out, "%s%s", indent, md ? "- **" : color ? C_ID : "");
		who(out, d);
		sbuf_addf(out, "%s", md ? "** " : color ? C_OFF "  " : "  ");
		what(out, d, color, md);
		sbuf_addc(out, '\n');
	}
	for (size_t i = 0; i < pl.n; i++) {
		const struct pprog *p = &pl.d[i];
		sbuf_addf(out, "%s%sQ%d %s%s  ", indent, md ? "- **" : color ? C_ID : "", p->q,
			  tr(M_GIT_PROGRESS), md ? "**" : color ? C_OFF : "");
		if (p->goal[0])
			sbuf_addf(out, "%s %s: ", tr(M_GIT_GOAL), p->goal);
		else
			sbuf_addf(out, "%s: ", tr(M_GIT_PLAN));
		sbuf_adds(out, color ? C_OLD : "");
		tenths(out, p->old_tenths, false);
		sbuf_addf(out, "%s → %s", color ? C_OFF : "", color ? C_NEW : "");
		tenths(out, p->new_tenths, false);
		sbuf_addf(out, "%s\n", color ? C_OFF : "");
	}
	pprog_free(&pl);
}

/* Counts per goal for --stat. */
static void render_stat(struct sbuf *out, const struct plan *a, const struct plan *b,
			const struct pdiff_list *l, enum gdiff_format f)
{
	size_t n = 0;
	struct gstat {
		const char *goal;
		size_t changed, added, removed;
	} *st = xcalloc(l->n + 1, sizeof *st);
	for (size_t i = 0; i < l->n; i++) {
		const char *g = pdiff_goal_of(a, b, &l->d[i]);
		size_t k = 0;
		while (k < n && strcmp(st[k].goal, g))
			k++;
		if (k == n)
			st[n++].goal = g;
		if (l->d[i].kind == PD_ONLY_NEW)
			st[k].added++;
		else if (l->d[i].kind == PD_ONLY_OLD)
			st[k].removed++;
		else
			st[k].changed++;
	}
	if (f == GDIFF_JSON) {
		sbuf_adds(out, "{\"goals\": [");
		for (size_t k = 0; k < n; k++) {
			sbuf_adds(out, k ? ", {\"goal\": " : "{\"goal\": ");
			if (st[k].goal[0])
				gdiff_json_str(out, st[k].goal);
			else
				sbuf_adds(out, "null");
			sbuf_addf(out, ", \"changed\": %zu, \"added\": %zu, \"removed\": %zu}",
				  st[k].changed, st[k].added, st[k].removed);
		}
		sbuf_addf(out, "], \"total\": %zu}\n", l->n);
	} else {
		bool md = f == GDIFF_MD;
		if (md)
			sbuf_addf(out, "| %s | %s | %s | %s |\n|---|--:|--:|--:|\n", tr(M_GIT_GOAL),
				  tr(M_GIT_STAT_CHANGED), tr(M_GIT_ADDED), tr(M_GIT_REMOVED));
		for (size_t k = 0; k < n; k++) {
			struct sbuf name = SBUF_INIT;
			if (st[k].goal[0])
				sbuf_addf(&name, "%s %s", tr(M_GIT_GOAL), st[k].goal);
			else
				sbuf_adds(&name, tr(M_GIT_PLAN));
			if (md) {
				sbuf_addf(out, "| %s | %zu | %zu | %zu |\n", name.buf, st[k].changed,
					  st[k].added, st[k].removed);
			} else {
				sbuf_adds(out, " ");
				text_fit(out, name.buf, 12, true, false);
				sbuf_addf(out, " | %zu %s, %zu %s, %zu %s\n", st[k].changed,
					  tr(M_GIT_STAT_CHANGED), st[k].added, tr(M_GIT_ADDED),
					  st[k].removed, tr(M_GIT_REMOVED));
			}
			sbuf_free(&name);
		}
		if (!md) {
			sbuf_adds(out, " ");
			tv_count(out, i18n_get(), M_N_CHANGES, l->n);
			sbuf_addc(out, '\n');
		}
	}
	free(st);
}

struct side {
	struct doc *d;
	struct plan *p;
};

static void side_free(struct side *s)
{
	plan_free(s->p);
	doc_free(s->d);
	s->p = NULL;
	s->d = NULL;
}

/* Load a working file (rev NULL) or the file at a git revision. */
static int side_load(struct side *s, const char *file, const char *rev, struct tv_err *err)
{
	s->d = NULL;
	s->p = NULL;
	if (!rev) {
		if (doc_load(&s->d, file, DOC_SIZE_CAP_DEFAULT, err))
			return -1;
	} else {
		char *data;
		size_t len;
		if (git_file_at(file, rev, &data, &len, err))
			return -1;
		char *label = xasprintf("%s:%s", rev, file);
		int rc = doc_from_buffer(&s->d, label, data, len, err);
		free(label);
		if (rc)
			return -1;
	}
	if (plan_build(&s->p, s->d, err)) {
		doc_free(s->d);
		s->d = NULL;
		return -1;
	}
	return 0;
}

static bool is_hex(const char *s)
{
	size_t n = strspn(s, "0123456789abcdef");
	return n >= 4 && !s[n];
}

static bool is_mode(const char *s)
{
	return !strcmp(s, ".") || (strspn(s, "01234567") == strlen(s) && *s);
}

/* git's text diff of two files, for what is not a plan. */
static int text_diff(const char *path, const char *old, const char *new_, bool color)
{
	struct tv_err err = TV_ERR_INIT;
	const char *argv[] = { "git", "diff", "--no-index", "--no-ext-diff",
			       color ? "--color=always" : "--color=never", "--", old, new_, NULL };
	struct sbuf out = SBUF_INIT;
	int rc = git_run(NULL, argv, &out, NULL, &err);
	/* The header names git's temporary files: name the path instead. */
	const char *names[2] = { old[0] == '/' ? old + 1 : old, new_[0] == '/' ? new_ + 1 : new_ };
	const char *hunk = out.buf ? strstr(out.buf, "\n@@") : NULL;
	size_t head = hunk ? (size_t)(hunk - out.buf) : out.len;
	struct sbuf fixed = SBUF_INIT;
	for (size_t i = 0; i < head;) {
		size_t k;
		for (k = 0; k < 2; k++) {
			size_t n = strlen(names[k]);
			if (n && strcmp(names[k], path) && i + n <= head &&
			    !memcmp(out.buf + i, names[k], n)) {
				sbuf_adds(&fixed, path);
				i += n;
				break;
			}
		}
		if (k == 2)
			sbuf_addc(&fixed, out.buf[i++]);
	}
	if (out.len > head)
		sbuf_add(&fixed, out.buf + head, out.len - head);
	if (fixed.len)
		fwrite(fixed.buf, 1, fixed.len, stdout);
	sbuf_free(&fixed);
	sbuf_free(&out);
	if (rc < 0)
		return cli_fail(&err) + 1;
	return rc <= 1 ? 0 : 2;
}

static int git_driver(char **a, bool color, enum gdiff_format f)
{
	const char *path = a[0], *old = a[1], *new_ = a[4];
	bool dev_null = !strcmp(old, "/dev/null") || !strcmp(new_, "/dev/null");
	struct tv_err err = TV_ERR_INIT;
	struct side x = { 0 }, y = { 0 };
	if (dev_null || side_load(&x, old, NULL, &err) || side_load(&y, new_, NULL, &err)) {
		side_free(&x);
		tv_err_clear(&err);
		fflush(stdout);
		if (!dev_null) {
			printf(tr(M_GIT_NOT_PLAN), path);
			putchar('\n');
			fflush(stdout);
		}
		return text_diff(path, old, new_, color);
	}
	struct pdiff_list l = PDIFF_LIST_INIT;
	plandiff(x.p, y.p, &l);
	struct sbuf out = SBUF_INIT;
	if (f == GDIFF_TEXT)
		sbuf_addf(&out, "%sdiff --tolov a/%s b/%s%s\n", color ? C_ID : "", path, path,
			  color ? C_OFF : "");
	if (l.n || f == GDIFF_JSON)
		gdiff_render(&out, x.p, y.p, &l, f, color, true, "");
	else
		sbuf_addf(&out, "%s\n", tr(M_GIT_LAYOUT_ONLY));
	if (f == GDIFF_JSON)
		sbuf_addc(&out, '\n');
	fwrite(out.buf, 1, out.len, stdout);
	sbuf_free(&out);
	pdiff_free(&l);
	side_free(&x);
	side_free(&y);
	return 0;
}

static bool exists(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0;
}

int cli_diff(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "stat", no_argument, NULL, 's' },
		{ "color", optional_argument, NULL, 'c' },
		{ "no-color", no_argument, NULL, 'C' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	const char *format = "text", *when = NULL, *out = NULL;
	bool stat = false;
	int dashdash = 0;
	for (int i = 1; i < argc; i++)
		if (!strcmp(argv[i], "--")) {
			dashdash = argc - i - 1;
			break;
		}
	int c;
	while ((c = cli_getopt(argc, argv, "f:o:", lo)) != -1) {
		switch (c) {
		case 'f': format = optarg; break;
		case 'o': out = optarg; break;
		case 's': stat = true; break;
		case 'c': when = optarg ? optarg : "always"; break;
		case 'C': when = "never"; break;
		default: return 2;
		}
	}
	char **pos = argv + optind;
	int np = argc - optind;
	int rc = 2;
	enum gdiff_format f;
	if (!strcmp(format, "text"))
		f = GDIFF_TEXT;
	else if (!strcmp(format, "md"))
		f = GDIFF_MD;
	else if (!strcmp(format, "json"))
		f = GDIFF_JSON;
	else
		return cli_usage_error(argv[0], M_GIT_BAD_DIFF_FORMAT, "%s", format);
	if (when && strcmp(when, "always") && strcmp(when, "never") && strcmp(when, "auto"))
		return cli_usage_error(argv[0], M_GIT_BAD_COLOR, "%s", when);
	/* -o FILE: no colour unless asked for; -o - is standard output */
	bool to_stdout = !out || !strcmp(out, "-");
	bool color = f == GDIFF_TEXT &&
		     (to_stdout ? gdiff_want_color(when, STDOUT_FILENO) : when && !strcmp(when, "always"));
	if (np == 7 && !dashdash && is_hex(pos[2]) && is_mode(pos[3]) && is_hex(pos[5]) &&
	    is_mode(pos[6])) {
		return git_driver(pos, color, f);
	}
	if (dashdash > 1 || np == 0 || np > 3)
		return cli_usage_error(argv[0], M_GIT_DIFF_ARGS, TV_NOARGS);
	const char *file, *ra = NULL, *rb = NULL, *fa, *fb;
	if (np == 2 && !dashdash && exists(pos[0]) && exists(pos[1])) {
		fa = pos[0];
		fb = pos[1];
		file = NULL;
	} else {
		file = pos[np - 1];
		fa = fb = file;
		ra = np >= 2 ? pos[0] : "HEAD";
		rb = np == 3 ? pos[1] : NULL;
	}
	struct tv_err err = TV_ERR_INIT;
	struct side x, y;
	if (side_load(&x, fa, ra, &err))
		return cli_fail(&err) + 1;
	if (side_load(&y, fb, rb, &err)) {
		side_free(&x);
		return cli_fail(&err) + 1;
	}
	struct pdiff_list l = PDIFF_LIST_INIT;
	plandiff(x.p, y.p, &l);
	struct sbuf o = SBUF_INIT;
	if (stat)
		render_stat(&o, x.p, y.p, &l, f);
	else {
		if (f == GDIFF_MD)
			sbuf_addf(&o, "## %s\n\n", tr(M_GIT_DIFF_TITLE));
		gdiff_render(&o, x.p, y.p, &l, f, color, true, "");
		if (f == GDIFF_JSON)
			sbuf_addc(&o, '\n');
	}
	if (!l.n && f == GDIFF_TEXT &&
	    (x.d->len != y.d->len || memcmp(x.d->src, y.d->src, x.d->len)))
		fprintf(stderr, "%s\n", tr(M_GIT_LAYOUT_ONLY));
	rc = cli_write_out(out, o.buf ? o.buf : "", o.len) ? 2 : l.n ? 1 : 0;
	sbuf_free(&o);
	pdiff_free(&l);
	side_free(&x);
	side_free(&y);
	return rc;
}
