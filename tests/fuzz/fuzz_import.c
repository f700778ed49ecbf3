/*
 * fuzz_import — `tolov import` on arbitrary bytes: import_table, then the
 * new plan file it would write.
 *
 * Properties checked besides memory safety:
 *   - a refused table has a message naming the input and no plan;
 *   - an accepted table gives a plan that emit_plan writes as a file tolov
 *     loads back as the same plan (an imported plan always opens);
 *   - the cell readers take the input as one cell without harm.
 */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "tolov/plan/emit.h"
#include "tolov/io/import.h"
#include "tolov/base/text.h"
#include "tolov/base/util.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The input buffer is only read: give it exactly size bytes, so a read
	 * past the end is caught. */
	struct tv_err err = TV_ERR_INIT;
	struct plan *p = (struct plan *)1;
	if (import_table("fuzz.tsv", (const char *)data, size, &p, &err)) {
		if (p)
			fz_fail("import", xstrdup("refused, but *out is not NULL"));
		fz_check_err("fuzz.tsv", err.text);
		tv_err_clear(&err);
	} else {
		if (!p)
			fz_fail("import", xstrdup("accepted, but no plan"));
		struct sbuf out = SBUF_INIT;
		emit_plan(&out, p);
		struct plan *p2;
		char *why;
		struct doc *d2 = fz_load(out.buf, out.len, &p2, &why);
		if (!d2)
			fz_fail("imported plan does not load", xasprintf("%s\n--- emitted:\n%s", why, out.buf));
		char *diff = fz_plan_diff(p, p2);
		if (diff)
			fz_fail("imported plan reads back differently",
				xasprintf("%s\n--- emitted:\n%s", diff, out.buf));
		sbuf_free(&out);
		plan_free(p2);
		doc_free(d2);
		plan_free(p);
	}

	/* The same bytes as one cell (NUL-terminated, trimmed as the
	 * importer trims cells), when they are short valid UTF-8 as the
	 * importer's cells are. */
	if (size < 512 && !memchr(data, '\0', size) &&
	    utf8_invalid_at((const char *)data, size) == (size_t)-1) {
		const char *s = (const char *)data;
		size_t n = size;
		import_trim(&s, &n);
		char *cell = xstrndup(s, n);
		long long amount;
		char *source = NULL;
		unsigned quarters;
		import_budget_amount(cell, &amount, &source);
		free(source);
		import_schedule_quarters(cell, &quarters);
		free(cell);
	}
	return 0;
}
