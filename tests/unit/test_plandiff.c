/* test_plandiff.c — field-by-field differences between two plans. */
#include "testutil.h"
#include "tolov/plan/plandiff.h"

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
	"        title: B\n"
	"        quarters: []\n"
	"        responsible: U\n"
	"  - id: \"2\"\n"
	"    title: G2\n"
	"    activities: []\n";

struct pair {
	struct doc *da, *db;
	struct plan *a, *b;
	struct pdiff_list l;
};

static void diff_of(struct pair *p, const char *old, const char *new_)
{
	p->a = tu_plan(old, &p->da);
	p->b = tu_plan(new_, &p->db);
	p->l = (struct pdiff_list)PDIFF_LIST_INIT;
	plandiff(p->a, p->b, &p->l);
}

static void pair_free(struct pair *p)
{
	pdiff_free(&p->l);
	plan_free(p->a);
	plan_free(p->b);
	doc_free(p->da);
	doc_free(p->db);
}

/* base with one substring replaced */
static char *edited(const char *from, const char *to)
{
	const char *at = strstr(base, from);
	assert_non_null(at);
	return xasprintf("%.*s%s%s", (int)(at - base), base, to, at + strlen(from));
}

static const struct pdiff *find(const struct pair *p, enum pdiff_kind k, const char *id,
				const char *field)
{
	for (size_t i = 0; i < p->l.n; i++)
		if (p->l.d[i].kind == k && !strcmp(p->l.d[i].id, id) && !strcmp(p->l.d[i].field, field))
			return &p->l.d[i];
	return NULL;
}

static void test_same_plan_no_difference(void **state)
{
	(void)state;
	struct pair p;
	diff_of(&p, base, base);
	assert_int_equal(p.l.n, 0);
	pair_free(&p);
	/* layout only: still none */
	char *t = edited("title: T\n", "title: \"T\"   # same\n");
	diff_of(&p, base, t);
	assert_int_equal(p.l.n, 0);
	pair_free(&p);
	free(t);
}

static void test_changed_fields_named_as_set(void **state)
{
	(void)state;
	struct pair p;
	char *t = edited("rating: 100, note: done", "rating: 70, note: half");
	diff_of(&p, base, t);
	assert_int_equal(p.l.n, 2);
	const struct pdiff *d = find(&p, PD_CHANGED, "1.1", "status.q1.rating");
	assert_non_null(d);
	assert_string_equal(d->old, "100");
	assert_string_equal(d->new_, "70");
	d = find(&p, PD_CHANGED, "1.1", "status.q1.note");
	assert_non_null(d);
	assert_string_equal(d->old, "done");
	assert_string_equal(d->new_, "half");
	pair_free(&p);
	free(t);

	t = edited("target: \"2\"", "target: \"3\"");
	diff_of(&p, base, t);
	assert_int_equal(p.l.n, 1);
	assert_non_null(find(&p, PD_CHANGED, "1.1", "indicators.0.target"));
	pair_free(&p);
	free(t);

	t = edited("quarters: [1, 2]", "quarters: [2]");
	diff_of(&p, base, t);
	d = find(&p, PD_CHANGED, "1.1", "quarters");
	assert_non_null(d);
	assert_string_equal(d->old, "1,2");
	assert_string_equal(d->new_, "2");
	pair_free(&p);
	free(t);

	t = edited("title: G2", "title: G2b");
	diff_of(&p, base, t);
	d = find(&p, PD_CHANGED, "2", "title");
	assert_non_null(d);
	assert_true(d->goal);
	pair_free(&p);
	free(t);
}

static void test_added_removed_and_moved(void **state)
{
	(void)state;
	struct pair p;
	/* 1.2 only in the old plan; 2.1 only in the new */
	char *t = edited("      - id: \"1.2\"\n        title: B\n        quarters: []\n        responsible: U\n", "");
	char *w = xasprintf("%.*s    activities:\n      - id: \"2.1\"\n        title: C\n        quarters: []\n        responsible: U\n",
			    (int)(strstr(t, "    activities: []\n") - t), t);
	diff_of(&p, base, w);
	assert_non_null(find(&p, PD_ONLY_OLD, "1.2", ""));
	const struct pdiff *d = find(&p, PD_ONLY_NEW, "2.1", "");
	assert_non_null(d);
	assert_string_equal(d->new_, "C");
	pair_free(&p);
	free(t);
	free(w);

	/* the same activities in another order */
	const char *swapped_acts =
		"tolov: 1\ntitle: T\ngoals:\n  - id: \"1\"\n    title: G1\n    activities:\n"
		"      - {id: \"1.2\", title: B, quarters: [], responsible: U}\n"
		"      - {id: \"1.1\", title: A, quarters: [], responsible: U}\n";
	const char *acts =
		"tolov: 1\ntitle: T\ngoals:\n  - id: \"1\"\n    title: G1\n    activities:\n"
		"      - {id: \"1.1\", title: A, quarters: [], responsible: U}\n"
		"      - {id: \"1.2\", title: B, quarters: [], responsible: U}\n";
	diff_of(&p, acts, swapped_acts);
	assert_int_equal(p.l.n, 1);
	assert_non_null(find(&p, PD_ORDER, "1", "activities"));
	pair_free(&p);

	/* an activity moved to another goal */
	const char *two =
		"tolov: 1\ntitle: T\ngoals:\n"
		"  - {id: \"1\", title: G1, activities: [{id: \"1.1\", title: A, quarters: [], responsible: U}]}\n"
		"  - {id: \"2\", title: G2, activities: []}\n";
	const char *moved =
		"tolov: 1\ntitle: T\ngoals:\n"
		"  - {id: \"1\", title: G1, activities: []}\n"
		"  - {id: \"2\", title: G2, activities: [{id: \"1.1\", title: A, quarters: [], responsible: U}]}\n";
	diff_of(&p, two, moved);
	d = find(&p, PD_CHANGED, "1.1", "goal");
	assert_non_null(d);
	assert_string_equal(d->old, "1");
	assert_string_equal(d->new_, "2");
	pair_free(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_plan_no_difference),
		cmocka_unit_test(test_changed_fields_named_as_set),
		cmocka_unit_test(test_added_removed_and_moved),
	};
	return cmocka_run_group_tests_name("plandiff", tests, NULL, NULL);
}
