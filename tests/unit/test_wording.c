/*
 * test_wording.c — the budget wording that follows budget.amount, as a
 * table: every kind of wording (Mongolian and English, with and without a
 * number, decimal comma and point, whole numbers, the units
 * мянга/сая/тэрбум and thousand/million/billion, text before and after the
 * number) against every kind of amount (0, a tenth of a million, one that
 * is not round, a round one, billions). Each pair is set through a session
 * (`tolov set ... budget.amount=N` does the same), and the budget.text the
 * plan then holds is compared with the expected one.
 */
#include "testutil.h"
#include "tolov/edit/session.h"

static const long long amounts[] = { 0, 100000, 1234567, 2500000, 12500000000LL };
#define N_AMOUNTS (sizeof(amounts) / sizeof(amounts[0]))

static const struct {
	const char *old;
	const char *want[N_AMOUNTS]; /* one per amount, in the order above */
} cases[] = {
	/* the seed's form: one decimal, comma */
	{ "2,0 сая", { "0,0 сая", "0,1 сая", "1,2 сая", "2,5 сая", "12,5 тэрбум" } },
	/* text after the unit stays */
	{ "15,0 сая (Орон нутгийн төсөв)",
	  { "0,0 сая (Орон нутгийн төсөв)", "0,1 сая (Орон нутгийн төсөв)",
	    "1,2 сая (Орон нутгийн төсөв)", "2,5 сая (Орон нутгийн төсөв)",
	    "12,5 тэрбум (Орон нутгийн төсөв)" } },
	/* a whole number: no decimals while the amount is whole in the unit,
	 * a Mongolian comma when one is needed */
	{ "2 сая төгрөг", { "0 сая төгрөг", "0,1 сая төгрөг", "1,2 сая төгрөг",
			    "2,5 сая төгрөг", "12,5 тэрбум төгрөг" } },
	/* text before the number stays; a decimal point is kept */
	{ "Орон нутгийн төсөв 3.50 сая",
	  { "Орон нутгийн төсөв 0.00 сая", "Орон нутгийн төсөв 0.10 сая",
	    "Орон нутгийн төсөв 1.23 сая", "Орон нутгийн төсөв 2.50 сая",
	    "Орон нутгийн төсөв 12.50 тэрбум" } },
	/* thousands: the unit stays while it fits, millions when the amount
	 * reaches a thousand thousands */
	{ "500 мянга", { "0 мянга", "100 мянга", "1,2 сая", "2,5 сая", "12,5 тэрбум" } },
	/* billions: millions below a tenth of a billion */
	{ "1,5 тэрбум", { "0,0 тэрбум", "0,1 сая", "1,2 сая", "2,5 сая", "12,5 тэрбум" } },
	/* English, a whole number inside a sentence: a point, never a comma */
	{ "about 2 million from the city",
	  { "about 0 million from the city", "about 0.1 million from the city",
	    "about 1.2 million from the city", "about 2.5 million from the city",
	    "about 12.5 billion from the city" } },
	{ "1.5 million", { "0.0 million", "0.1 million", "1.2 million", "2.5 million",
			   "12.5 billion" } },
	{ "750 thousand", { "0 thousand", "100 thousand", "1.2 million", "2.5 million",
			    "12.5 billion" } },
	{ "2 billion", { "0 billion", "0.1 million", "1.2 million", "2.5 million",
			 "12.5 billion" } },
	/* a year before the amount is not the amount */
	{ "2023 оны төсөв 2,0 сая",
	  { "2023 оны төсөв 0,0 сая", "2023 оны төсөв 0,1 сая", "2023 оны төсөв 1,2 сая",
	    "2023 оны төсөв 2,5 сая", "2023 оны төсөв 12,5 тэрбум" } },
	/* nothing to rewrite: wording without a number before a unit word
	 * stays as it is */
	{ "No extra cost", { "No extra cost", "No extra cost", "No extra cost", "No extra cost",
			     "No extra cost" } },
	{ "Төсөвт багтана", { "Төсөвт багтана", "Төсөвт багтана", "Төсөвт багтана",
			      "Төсөвт багтана", "Төсөвт багтана" } },
	{ "Урсгал зардлаар", { "Урсгал зардлаар", "Урсгал зардлаар", "Урсгал зардлаар",
			       "Урсгал зардлаар", "Урсгал зардлаар" } },
	{ "500000 төгрөг", { "500000 төгрөг", "500000 төгрөг", "500000 төгрөг",
			     "500000 төгрөг", "500000 төгрөг" } },
	{ "Phase 2 of the programme", { "Phase 2 of the programme", "Phase 2 of the programme",
					"Phase 2 of the programme", "Phase 2 of the programme",
					"Phase 2 of the programme" } },
};

/* The plan's activity 1.1 with amount 2000000 and the wording old, after
 * setting budget.amount to amount: its budget.text; caller frees. */
static char *wording_after(const char *old, long long amount)
{
	struct sbuf text = SBUF_INIT;
	sbuf_addf(&text,
		  "tolov: 1\ntitle: x\ngoals:\n  - id: \"1\"\n    title: g\n    activities:\n"
		  "      - id: \"1.1\"\n        title: a\n"
		  "        budget: {amount: 2000000, text: \"%s\"}\n",
		  old);
	char *path = tu_path("plan.yaml");
	tu_write(path, text.buf, text.len);
	struct tv_err err = TV_ERR_INIT;
	struct session *s = NULL;
	if (session_open(&s, path, &err))
		fail_msg("%s: %s", old, err.text);
	char value[32];
	snprintf(value, sizeof(value), "%lld", amount);
	if (session_set(s, "1.1", "budget.amount", value, &err))
		fail_msg("%s = %s: %s", old, value, err.text);
	const struct activity *a = plan_find_activity(s->plan, "1.1");
	assert_non_null(a);
	assert_true(a->budget.amount == amount);
	char *got = xstrdup(a->budget.text);
	session_free(s);
	free(path);
	sbuf_free(&text);
	return got;
}

static void test_budget_wording_table(void **state)
{
	(void)state;
	int wrong = 0;
	for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
		for (size_t i = 0; i < N_AMOUNTS; i++) {
			char *got = wording_after(cases[c].old, amounts[i]);
			if (strcmp(got, cases[c].want[i])) {
				print_error("\"%s\" with %lld: got \"%s\", want \"%s\"\n",
					    cases[c].old, amounts[i], got, cases[c].want[i]);
				wrong++;
			}
			free(got);
		}
	}
	assert_int_equal(wrong, 0);
}

/* The same edit setting the wording wins; that wording (no number in it)
 * then stays when only the amount changes. */
static void test_budget_wording_set_with_amount(void **state)
{
	(void)state;
	char *path = tu_path("plan.yaml");
	const char *text = "tolov: 1\ntitle: x\ngoals:\n  - id: \"1\"\n    title: g\n"
			   "    activities:\n      - id: \"1.1\"\n        title: a\n"
			   "        budget: {amount: 2000000, text: \"2,0 сая\"}\n";
	tu_write(path, text, strlen(text));
	struct tv_err err = TV_ERR_INIT;
	struct session *s = NULL;
	assert_int_equal(session_open(&s, path, &err), 0);
	const char *paths[] = { "budget.amount", "budget.text" }, *vals[] = { "3000000", "Гурван сая" };
	assert_int_equal(session_set_many(s, "1.1", 2, paths, vals, &err), 0);
	assert_string_equal(plan_find_activity(s->plan, "1.1")->budget.text, "Гурван сая");
	assert_int_equal(session_set(s, "1.1", "budget.amount", "2500000", &err), 0);
	assert_string_equal(plan_find_activity(s->plan, "1.1")->budget.text, "Гурван сая");
	session_free(s);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_budget_wording_table, tu_setup, tu_teardown),
		cmocka_unit_test_setup_teardown(test_budget_wording_set_with_amount, tu_setup, tu_teardown),
	};
	return cmocka_run_group_tests_name("wording", tests, NULL, NULL);
}
