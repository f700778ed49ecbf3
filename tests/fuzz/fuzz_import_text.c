/*
 * fuzz_import_text — the text reader of `tolov import` under each
 * encoding and delimiter it detects. The first byte chooses how the rest
 * is presented:
 *   0  as given (UTF-8, BOM or not, any line ends)
 *   1  widened to UTF-16 LE with a BOM (each byte one code unit)
 *   2  widened to UTF-16 BE with a BOM
 *   3  after a "sep=;" line
 *   4  as raw bytes after a UTF-16 LE BOM (odd lengths, lone surrogates)
 *
 * Properties: a refused table has a message naming the input and no plan;
 * an accepted one emits a plan that loads back the same; every warning
 * line names the input and a position.
 */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tolov/plan/emit.h"
#include "tolov/io/import.h"
#include "tolov/base/util.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	int mode = data[0] % 5;
	const uint8_t *x = data + 1;
	size_t n = size - 1;
	struct sbuf b = SBUF_INIT;
	switch (mode) {
	case 1:
	case 2:
		sbuf_add(&b, mode == 1 ? "\xff\xfe" : "\xfe\xff", 2);
		for (size_t i = 0; i < n; i++) {
			char u[2] = { (char)x[i], 0 };
			if (mode == 2) {
				u[0] = 0;
				u[1] = (char)x[i];
			}
			sbuf_add(&b, u, 2);
		}
		break;
	case 3:
		sbuf_adds(&b, "sep=;\r\n");
		sbuf_add(&b, x, n);
		break;
	case 4:
		sbuf_add(&b, "\xff\xfe", 2);
		sbuf_add(&b, x, n);
		break;
	default:
		sbuf_add(&b, x, n);
	}
	/* exactly b.len bytes, so a read past the end is caught */
	char *in = xmalloc(b.len ? b.len : 1);
	memcpy(in, b.buf ? b.buf : "", b.len);
	struct tv_err err = TV_ERR_INIT;
	struct import_result res;
	if (import_run("fuzz.txt", in, b.len, NULL, &res, &err)) {
		if (res.plan)
			fz_fail("import", xstrdup("refused, but a plan is left"));
		fz_check_err("fuzz.txt", err.text);
		tv_err_clear(&err);
	} else {
		for (const char *w = res.warnings; w && *w;) {
			if (strncmp(w, "fuzz.txt", 8) != 0)
				fz_fail("warning", xasprintf("a warning does not name the input: %s", w));
			const char *nl = strchr(w, '\n');
			if (!nl)
				fz_fail("warning", xstrdup("a warning line without its line end"));
			w = nl + 1;
		}
		struct sbuf out = SBUF_INIT;
		emit_plan(&out, res.plan);
		struct plan *p2;
		char *why;
		struct doc *d2 = fz_load(out.buf, out.len, &p2, &why);
		if (!d2)
			fz_fail("imported plan does not load",
				xasprintf("%s\n--- emitted:\n%s", why, out.buf));
		char *diff = fz_plan_diff(res.plan, p2);
		if (diff)
			fz_fail("imported plan reads back differently",
				xasprintf("%s\n--- emitted:\n%s", diff, out.buf));
		sbuf_free(&out);
		plan_free(p2);
		doc_free(d2);
		import_result_free(&res);
	}
	free(in);
	sbuf_free(&b);
	return 0;
}
