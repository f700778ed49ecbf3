/* test_gitmerge.c — the three-way plan merge (merge.h), conflict markers
 * left in files (conflict.h) and the progress a diff changed (plandiff.h). */
#include "testutil.h"
#include "tolov/edit/merge.h"
#include "tolov/io/conflict.h"
#include "tolov/plan/plandiff.h"
#include "tolov/io/history.h"

static const char *base =
	"tolov: 1\n"
	"title: T\n"
	"goals:\n"
	"  - id: \"1\"\n"
	"    title: G1\n"
	"    activities:\n"
	"      - id: \"1.1\"\n"
	"        title: A\n"
	"        indicators:\n"
	"          - {name: N, baseline: \"1\", target: \"2\"}\n"
	"        quarters: [1, 2]\n"
	"        responsible: U\n"
	"        status:\n"
	"          q1: {rating: 100, note: done}\n"
	"      - id: \"1.2\"\n"
	"        title: B  # keep this comment\n"
	"        quarters: [2]\n"
	"        responsible: U\n";

/* Merge ours and theirs (texts) against base; returns the result. */
static void merge3(const char *o, const char *t, struct plan_merge *m)
{
	char *pb = tu_path("base.yaml"), *po = tu_path("ours.yaml"), *pt = tu_path("theirs.yaml");
	tu_write(pb, base, strlen(base));
	tu_write(po, o, strlen(o));
	tu_write(pt, t, strlen(t));
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(plan_merge(pb, po, pt, m, &err), 0);
	free(pb);
	free(po);
	free(pt);
}

static char *replace(const char *s, const char *from, const char *to)
{
	const char *at = strstr(s, from);
	assert_non_null(at);
	return xasprintf("%.*s%s%s", (int)(at - s), s, to, at + strlen(from));
}

static void test_different_fields_merge_cleanly(void **state)
{
	(void)state;
	/* ours rates 1.1 in q2, theirs writes the note of q1 and a new title of 1.2 */
	char *o = replace(base, "q1: {rating: 100, note: done}",
			  "q1: {rating: 100, note: done}\n          q2: {rating: 70}");
	char *t1 = replace(base, "note: done}", "note: \"all done\"}");
	char *t = replace(t1, "title: B  #", "title: C  #");
	struct plan_merge m;
	merge3(o, t, &m);
	assert_int_equal(m.n_c, 0);
	/* theirs' value in ours' style: plain as ours wrote it */
	char *w1 = replace(o, "note: done}", "note: all done}");
	char *want = replace(w1, "title: B  #", "title: C  #");
	tu_assert_bytes(m.text, m.len, want);
	plan_merge_free(&m);
	free(o);
	free(t1);
	free(t);
	free(w1);
	free(want);
}

static void test_same_field_conflict_marked_on_its_lines(void **state)
{
	(void)state;
	char *o = replace(base, "rating: 100, note: done", "rating: 70, note: done");
	char *t1 = replace(base, "rating: 100, note: done", "rating: 30, note: done");
	char *t = replace(t1, "title: B  #", "title: C  #");
	struct plan_merge m;
	merge3(o, t, &m);
	assert_int_equal(m.n_c, 1);
	assert_int_equal(m.c[0].kind, MC_FIELD);
	assert_string_equal(m.c[0].id, "1.1");
	assert_string_equal(m.c[0].field, "status.q1.rating");
	assert_string_equal(m.c[0].ours, "70");
	assert_string_equal(m.c[0].theirs, "30");
	assert_int_equal(m.c[0].line, 14);
	char *w1 = replace(o, "          q1: {rating: 70, note: done}\n",
			   "<<<<<<< ours\n          q1: {rating: 70, note: done}\n=======\n"
			   "          q1: {rating: 30, note: done}\n>>>>>>> theirs\n");
	char *want = replace(w1, "title: B  #", "title: C  #");
	tu_assert_bytes(m.text, m.len, want);
	/* and validate's check finds it with both values */
	struct conflict_mark *cm;
	size_t n = conflict_find(m.text, m.len, &cm);
	assert_int_equal(n, 1);
	assert_int_equal(cm[0].line, 14);
	assert_string_equal(cm[0].ours, "\"70\"");
	assert_string_equal(cm[0].theirs, "\"30\"");
	conflict_marks_free(cm, n);
	plan_merge_free(&m);
	free(o);
	free(t1);
	free(t);
	free(w1);
	free(want);
}

static void test_same_change_and_indicators_added_on_both_sides(void **state)
{
	(void)state;
	const char *ind = "          - {name: N, baseline: \"1\", target: \"2\"}\n";
	char *o1 = replace(base, ind, "          - {name: N, baseline: \"1\", target: \"2\"}\n"
				      "          - {name: Ours, baseline: \"\", target: \"\"}\n");
	char *o = replace(o1, "title: B  #", "title: Same  #");
	char *t1 = replace(base, ind, "          - {name: N, baseline: \"1\", target: \"2\"}\n"
				      "          - {name: Theirs, baseline: \"\", target: \"\"}\n");
	char *t = replace(t1, "title: B  #", "title: Same  #");
	struct plan_merge m;
	merge3(o, t, &m);
	assert_int_equal(m.n_c, 0);
	struct doc *d;
	struct plan *p = tu_plan(m.text, &d);
	const struct activity *a = plan_find_activity(p, "1.1");
	assert_int_equal(a->n_ind, 3);
	assert_string_equal(a->ind[1].name, "Ours");
	assert_string_equal(a->ind[2].name, "Theirs");
	assert_string_equal(plan_find_activity(p, "1.2")->title, "Same");
	assert_non_null(strstr(m.text, "# keep this comment"));
	plan_free(p);
	doc_free(d);
	plan_merge_free(&m);
	free(o1);
	free(o);
	free(t1);
	free(t);
}

static void test_deleted_against_changed_is_a_conflict(void **state)
{
	(void)state;
	/* ours deletes 1.2, theirs rates it */
	const char *b12 = "      - id: \"1.2\"\n        title: B  # keep this comment\n"
			  "        quarters: [2]\n        responsible: U\n";
	char *o = replace(base, b12, "");
	char *t = replace(base, "        quarters: [2]\n",
			  "        quarters: [2]\n        status: {q2: {rating: 0}}\n");
	struct plan_merge m;
	merge3(o, t, &m);
	assert_int_equal(m.n_c, 1);
	assert_int_equal(m.c[0].kind, MC_DELETED_CHANGED);
	assert_string_equal(m.c[0].id, "1.2");
	assert_non_null(strstr(m.text, "<<<<<<< ours\n=======\n      - id: \"1.2\"\n"));
	plan_merge_free(&m);
	free(o);
	free(t);
}

/* A change the field-by-field merge does not name is never dropped: it is
 * either carried or the merge refuses (and the caller merges by lines). */
static void test_no_change_of_theirs_is_dropped(void **state)
{
	(void)state;
	char *t = replace(base, "{name: N, baseline: \"1\", target: \"2\"}",
			  "{name: N, baseline: \"1\", target: \"2\", unit: \"хувь\"}");
	char *o = replace(base, "title: B  #", "title: C  #");
	char *pb = tu_path("base.yaml"), *po = tu_path("ours.yaml"), *pt = tu_path("theirs.yaml");
	tu_write(pb, base, strlen(base));
	tu_write(po, o, strlen(o));
	tu_write(pt, t, strlen(t));
	struct tv_err err = TV_ERR_INIT;
	struct plan_merge m;
	if (plan_merge(pb, po, pt, &m, &err) == 0) {
		assert_non_null(strstr(m.text, "хувь"));
		plan_merge_free(&m);
	} else {
		assert_true(tv_err_isset(&err));
		tv_err_clear(&err);
	}
	free(pb);
	free(po);
	free(pt);
	free(o);
	free(t);
}

static void test_conflict_find_diff3_and_none(void **state)
{
	(void)state;
	const char *f = "a: 1\n<<<<<<< ours\nb: one two\n||||||| base\nb: zero\n=======\n"
			"b: one three\n>>>>>>> theirs\nc: 3\n";
	struct conflict_mark *cm;
	size_t n = conflict_find(f, strlen(f), &cm);
	assert_int_equal(n, 1);
	assert_int_equal(cm[0].line, 2);
	assert_string_equal(cm[0].ours, "\"two\"");
	assert_string_equal(cm[0].theirs, "\"three\"");
	conflict_marks_free(cm, n);
	n = conflict_find(base, strlen(base), &cm);
	assert_int_equal(n, 0);
	conflict_marks_free(cm, n);
}

static void test_progress_of_the_quarters_touched(void **state)
{
	(void)state;
	char *b2 = replace(base, "q1: {rating: 100, note: done}",
			   "q1: {rating: 100, note: done}\n          q2: {rating: 70}");
	struct doc *da, *db;
	struct plan *a = tu_plan(base, &da), *b = tu_plan(b2, &db);
	struct pdiff_list l = PDIFF_LIST_INIT;
	plandiff(a, b, &l);
	assert_int_equal(plandiff_quarters(a, b, &l), 1u << 1);
	struct pprog_list pl = PPROG_LIST_INIT;
	plandiff_progress(a, b, &l, &pl);
	assert_int_equal(pl.n, 2);	/* the plan and goal 1, quarter 2 */
	assert_int_equal(pl.d[0].q, 2);
	assert_string_equal(pl.d[0].goal, "");
	assert_int_equal(pl.d[0].old_tenths, -1);
	assert_int_equal(pl.d[0].new_tenths, 700);
	assert_string_equal(pl.d[1].goal, "1");
	pprog_free(&pl);
	pdiff_free(&l);
	plan_free(a);
	plan_free(b);
	doc_free(da);
	doc_free(db);
	free(b2);
}

/* The lines an interface overlay shows for a field's history. */
static void test_history_lines(void **state)
{
	(void)state;
	struct hist_entry e;
	memset(&e, 0, sizeof e);
	e.date = (char *)"2023-07-10T09:00:00+00:00";
	e.author = (char *)"Дорж";
	struct pdiff d[2] = {
		{ PD_CHANGED, false, (char *)"3.2", (char *)"status.q2.rating", (char *)"70",
		  (char *)"100" },
		{ PD_CHANGED, false, (char *)"3.2", (char *)"status.q2.note", (char *)"",
		  (char *)"a\x1b[2Jb" },
	};
	e.changes.d = d;
	e.changes.n = 2;
	struct sbuf b = SBUF_INIT;
	hist_entry_lines(&b, &e);
	assert_string_equal(b.buf, "2023-07-10  Дорж  status.q2.rating: 70 → 100\n"
				   "2023-07-10  Дорж  status.q2.note: (none) → a\\x1b[2Jb\n");
	sbuf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_different_fields_merge_cleanly, tu_setup, tu_teardown),
		cmocka_unit_test_setup_teardown(test_same_field_conflict_marked_on_its_lines, tu_setup,
						tu_teardown),
		cmocka_unit_test_setup_teardown(test_same_change_and_indicators_added_on_both_sides,
						tu_setup, tu_teardown),
		cmocka_unit_test_setup_teardown(test_deleted_against_changed_is_a_conflict, tu_setup,
						tu_teardown),
		cmocka_unit_test_setup_teardown(test_no_change_of_theirs_is_dropped, tu_setup, tu_teardown),
		cmocka_unit_test(test_conflict_find_diff3_and_none),
		cmocka_unit_test(test_progress_of_the_quarters_touched),
		cmocka_unit_test(test_history_lines),
	};
	return cmocka_run_group_tests_name("gitmerge", tests, NULL, NULL);
}
