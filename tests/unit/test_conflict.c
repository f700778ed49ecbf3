/* test_conflict.c — merge conflict blocks: found with their sides, and a
 * file resolved by taking one side per block. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/io/conflict.h"

static const char two_blocks[] =
	"title: x\n"
	"<<<<<<< ours\n"
	"rating: 30\n"
	"=======\n"
	"rating: 70\n"
	">>>>>>> theirs\n"
	"middle: kept\n"
	"<<<<<<< ours\n"
	"note: a\n"
	"||||||| base\n"
	"note: base\n"
	"=======\n"
	"note: b\n"
	"note2: b\n"
	">>>>>>> theirs\n"
	"end: kept";

static void resolve(const bool *pick, const char *want)
{
	struct conflict_mark *m;
	size_t n = conflict_find(two_blocks, strlen(two_blocks), &m);
	assert_int_equal(n, 2);
	struct sbuf out = SBUF_INIT;
	conflict_resolve(two_blocks, strlen(two_blocks), m, n, pick, &out);
	assert_string_equal(out.buf, want);
	sbuf_free(&out);
	conflict_marks_free(m, n);
}

/* Every choice of sides gives the bytes outside the blocks unchanged and
 * exactly the chosen side's lines; diff3's base part never survives. */
static void test_resolve_every_choice(void **state)
{
	(void)state;
	const bool oo[] = { false, false }, ot[] = { false, true }, to[] = { true, false },
		   tt[] = { true, true };
	resolve(oo, "title: x\nrating: 30\nmiddle: kept\nnote: a\nend: kept");
	resolve(ot, "title: x\nrating: 30\nmiddle: kept\nnote: b\nnote2: b\nend: kept");
	resolve(to, "title: x\nrating: 70\nmiddle: kept\nnote: a\nend: kept");
	resolve(tt, "title: x\nrating: 70\nmiddle: kept\nnote: b\nnote2: b\nend: kept");
}

static void test_find_lines_and_words(void **state)
{
	(void)state;
	struct conflict_mark *m;
	size_t n = conflict_find(two_blocks, strlen(two_blocks), &m);
	assert_int_equal(n, 2);
	assert_int_equal(m[0].line, 2);
	assert_string_equal(m[0].ours, "\"30\"");
	assert_string_equal(m[0].theirs, "\"70\"");
	assert_int_equal(m[1].line, 8);
	conflict_marks_free(m, n);
	assert_int_equal(conflict_find("a: 1\n", 5, &m), 0);
	conflict_marks_free(m, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_resolve_every_choice),
		cmocka_unit_test(test_find_lines_and_words),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
