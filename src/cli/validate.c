/*
 * validate.c — `tolov validate FILE...`: every error of every file, in
 * gcc's form (FILE:LINE:COL: error: ..., with note: lines after an error
 * that has them), sorted by position within each file, at most
 * --max-errors per file (then how many more). Exit 1 when any file has
 * an error.
 */
#include <stdlib.h>
#include <string.h>

#include "tolov/cli/cli.h"
#include "tolov/cli/git.h"

#define DEFAULT_MAX_ERRORS 50

struct found {
	struct tv_err *e;
	size_t n, cap;
};

static void collect(struct found *f, const struct tv_err *e)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? 2 * f->cap : 8;
		f->e = xrealloc(f->e, f->cap * sizeof(*f->e));
	}
	f->e[f->n] = (struct tv_err)TV_ERR_INIT;
	tv_err_copy(&f->e[f->n], e);
	f->n++;
}

/* plan_build_all's callback: every error of the plan, sorted by position. */
static void collect_one(void *ctx, const struct tv_err *e)
{
	collect(ctx, e);
}

static int by_position(const void *a, const void *b)
{
	const struct tv_err *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return 0;
}

/* Check one file; print its errors. Returns the number of errors. */
static size_t validate_one(const char *path, size_t max)
{
	struct found f = { NULL, 0, 0 };
	struct tv_err err = TV_ERR_INIT;
	struct doc *d;
	char *src;
	size_t len;
	/* the file is read once: for conflict marks (git area), then parsed */
	if (read_file(path, DOC_SIZE_CAP_DEFAULT, &src, &len, &err) == 0) {
		if (cli_conflicts(path, src, len, &f.e, &f.n, &f.cap))
			free(src);
		else if (doc_from_buffer(&d, path, src, len, &err) == 0) {
			plan_build_all(NULL, d, collect_one, &f);	/* checks only */
			doc_free(d);
		}
	}
	if (tv_err_isset(&err))
		collect(&f, &err);
	tv_err_clear(&err);
	/* a stable sort keeps errors at one position in the loader's order */
	for (size_t i = 1; i < f.n; i++)
		for (size_t j = i; j > 0 && by_position(&f.e[j - 1], &f.e[j]) > 0; j--) {
			struct tv_err t = f.e[j];
			f.e[j] = f.e[j - 1];
			f.e[j - 1] = t;
		}
	struct sbuf b = SBUF_INIT;
	for (size_t i = 0; i < f.n; i++) {
		if (max == 0 || i < max)
			tv_err_format(&b, &f.e[i], i18n_get());
		tv_err_clear(&f.e[i]);
	}
	if (max && f.n > max) {
		struct sbuf n = SBUF_INIT;
		tv_count(&n, i18n_get(), M_N_MORE_ERRORS, f.n - max);
		sbuf_addf(&b, tr(M_CLI_MORE_ERRORS), path, n.buf);
		sbuf_free(&n);
		sbuf_addc(&b, '\n');
	}
	fputs(b.buf ? b.buf : "", stderr);
	sbuf_free(&b);
	free(f.e);
	return f.n;
}

int cli_validate(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "max-errors", required_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 },
	};
	size_t max = DEFAULT_MAX_ERRORS;
	int c;
	while ((c = cli_getopt(argc, argv, "", longopts)) != -1) {
		if (c != 'm')
			return 2;
		char *end;
		unsigned long long v = strtoull(optarg, &end, 10);
		if (!*optarg || *end || optarg[0] == '-')
			return cli_usage_error(argv[0], M_CLI_BAD_NUMBER, "%s%s", "--max-errors",
					       optarg);
		max = (size_t)v;
	}
	if (optind >= argc)
		return cli_usage_error(argv[0], M_CLI_NEEDS_FILES, "%s", argv[0]);
	int rc = 0;
	for (int i = optind; i < argc; i++)
		if (validate_one(argv[i], max))
			rc = 1;
	return rc;
}
