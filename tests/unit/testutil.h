/*
 * testutil.h — helpers shared by the core suites (test_doc, test_plan,
 * test_session, test_emit): a scratch folder per test, files in and out,
 * loading plans from strings, and whole-buffer comparisons that print a
 * line diff when they fail.
 *
 * Header-only: every function is static, and each suite uses only some of
 * them, hence the "unused" attribute.
 */
#ifndef TOLOV_TESTUTIL_H
#define TOLOV_TESTUTIL_H

#include <ftw.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "tolov/yaml/doc.h"
#include "tolov/plan/plan.h"
#include "tolov/base/util.h"

#define TU_UNUSED __attribute__((unused))

/* Fixtures live here, relative to the repository root. */
#define CORE_DATA "tests/data/core"

/* ---- a scratch folder per test ---- */

static char *tu_dir;

static int tu_rm_one(const char *p, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(p);
}

static TU_UNUSED int tu_setup(void **state)
{
	(void)state;
	const char *t = getenv("TMPDIR");
	char *tmpl = xasprintf("%s/tolov-core-XXXXXX", t && *t ? t : "/tmp");
	tu_dir = mkdtemp(tmpl);
	if (!tu_dir)
		free(tmpl);
	return tu_dir ? 0 : -1;
}

static TU_UNUSED int tu_teardown(void **state)
{
	(void)state;
	if (tu_dir)
		nftw(tu_dir, tu_rm_one, 16, FTW_DEPTH | FTW_PHYS);
	free(tu_dir);
	tu_dir = NULL;
	return 0;
}

/* A path in the scratch folder; caller frees. */
static TU_UNUSED char *tu_path(const char *name)
{
	return xasprintf("%s/%s", tu_dir, name);
}

/* ---- files ---- */

static TU_UNUSED void tu_write(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

/* Whole file; *len receives its size. Caller frees. */
static TU_UNUSED char *tu_read(const char *path, size_t *len)
{
	char *data = NULL;
	size_t n = 0;
	struct tv_err err = TV_ERR_INIT;
	if (read_file(path, 64u << 20, &data, &n, &err)) {
		print_error("cannot read %s: %s\n", path, err.text);
		tv_err_clear(&err);
		fail();
	}
	if (len)
		*len = n;
	return data;
}

/* Copy a fixture into the scratch folder; returns the copy's path. */
static TU_UNUSED char *tu_fixture_copy(const char *name)
{
	char *src = xasprintf("%s/%s", CORE_DATA, name);
	size_t len;
	char *data = tu_read(src, &len);
	const char *base = strrchr(name, '/');
	char *dst = tu_path(base ? base + 1 : name);
	tu_write(dst, data, len);
	free(data);
	free(src);
	return dst;
}

/* ---- comparing text ---- */

/* Print both texts line by line, marking the lines that differ. */
static TU_UNUSED void tu_print_diff(const char *got, size_t glen, const char *want, size_t wlen)
{
	const char *g = got, *ge = got + glen, *w = want, *we = want + wlen;
	unsigned line = 1;
	print_error("--- expected\n+++ actual\n");
	while (g < ge || w < we) {
		const char *gn = g < ge ? memchr(g, '\n', (size_t)(ge - g)) : NULL;
		const char *wn = w < we ? memchr(w, '\n', (size_t)(we - w)) : NULL;
		size_t gl = g < ge ? (gn ? (size_t)(gn - g) + 1 : (size_t)(ge - g)) : 0;
		size_t wl = w < we ? (wn ? (size_t)(wn - w) + 1 : (size_t)(we - w)) : 0;
		if (gl == wl && memcmp(g, w, gl) == 0) {
			print_error(" %4u %.*s%s", line, (int)gl, g, gn ? "" : "\n");
		} else {
			if (wl)
				print_error("-%4u %.*s%s", line, (int)wl, w, wn ? "" : "\\ no newline\n");
			if (gl)
				print_error("+%4u %.*s%s", line, (int)gl, g, gn ? "" : "\\ no newline\n");
		}
		g += gl;
		w += wl;
		line++;
	}
}

/* got[0, glen) must equal the NUL-terminated want, byte for byte. */
static TU_UNUSED void tu_assert_bytes(const char *got, size_t glen, const char *want)
{
	size_t wlen = strlen(want);
	if (glen != wlen || memcmp(got, want, glen) != 0) {
		tu_print_diff(got, glen, want, wlen);
		fail_msg("the text differs from what was expected (%zu bytes, expected %zu)", glen,
			 wlen);
	}
}

/* The whole file at path must be exactly want. */
static TU_UNUSED void tu_assert_file(const char *path, const char *want)
{
	size_t len;
	char *data = tu_read(path, &len);
	tu_assert_bytes(data, len, want);
	free(data);
}

/* Does the error text contain needle? Prints the error when not. */
static TU_UNUSED void tu_assert_err_has(const struct tv_err *err, const char *needle)
{
	assert_non_null(err->text);
	if (!strstr(err->text, needle))
		fail_msg("error \"%s\" does not contain \"%s\"", err->text, needle);
}

/* ---- loading from strings ---- */

/* Parse text as a document named path. 0 or -1 with err set. */
static TU_UNUSED int tu_doc(struct doc **d, const char *path, const char *text, size_t len,
			    struct tv_err *err)
{
	char *buf = xmalloc(len + 1);
	memcpy(buf, text, len);
	buf[len] = '\0';
	return doc_from_buffer(d, path, buf, len, err);
}

/* Parse and build; both must succeed. *dp receives the document. */
static TU_UNUSED struct plan *tu_plan(const char *text, struct doc **dp)
{
	struct doc *d;
	struct plan *p = NULL;
	struct tv_err err = TV_ERR_INIT;
	if (tu_doc(&d, "plan.yaml", text, strlen(text), &err) || plan_build(&p, d, &err)) {
		print_error("%s\n", err.text ? err.text : "(no message)");
		tv_err_clear(&err);
		fail_msg("the plan should load");
	}
	*dp = d;
	return p;
}

/*
 * Load text as "plan.yaml": parsing or building must fail. Returns the
 * error text (caller frees).
 */
static TU_UNUSED char *tu_load_error_len(const char *text, size_t len)
{
	struct doc *d = NULL;
	struct plan *p = NULL;
	struct tv_err err = TV_ERR_INIT;
	int rc = tu_doc(&d, "plan.yaml", text, len, &err);
	if (rc == 0) {
		rc = plan_build(&p, d, &err);
		plan_free(p);
		doc_free(d);
	}
	if (rc == 0)
		fail_msg("the plan should be refused");
	assert_non_null(err.text);
	char *main_line = xstrdup(err.text);
	tv_err_clear(&err);	/* its notes and arguments too */
	return main_line;
}

static TU_UNUSED char *tu_load_error(const char *text)
{
	return tu_load_error_len(text, strlen(text));
}

/* The error for text must be exactly want (one line, without its "\n"). */
static TU_UNUSED void tu_assert_load_error(const char *text, const char *want)
{
	char *e = tu_load_error(text);
	size_t n = strlen(e);
	if (n && e[n - 1] == '\n')
		e[--n] = '\0';
	if (strcmp(e, want) != 0)
		fail_msg("error was\n  %s\nexpected\n  %s", e, want);
	free(e);
}

#endif
