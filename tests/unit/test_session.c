/*
 * test_session.c — lossless edits: setting fields, adding, deleting and
 * moving items, undo and redo, saving.
 *
 * Each test opens a copy of a fixture, edits it, saves, and compares the
 * whole file with the expected text: the fixture with exactly the changed
 * lines replaced.
 */
#include "testutil.h"
#include "tolov/edit/session.h"
#include "modeleq.h"

#include <fcntl.h>
#include <sys/stat.h>

/* ---- helpers ---- */

struct fx {
	char *path;	/* the copy being edited */
	char *orig;	/* the fixture's bytes */
	struct session *s;
};

static void fx_open(struct fx *f, const char *name)
{
	struct tv_err err = TV_ERR_INIT;
	f->path = tu_fixture_copy(name);
	f->orig = tu_read(f->path, NULL);
	if (session_open(&f->s, f->path, &err))
		fail_msg("%s", err.text);
}

static void fx_close(struct fx *f)
{
	session_free(f->s);
	free(f->path);
	free(f->orig);
}

/* text with the one occurrence of old replaced by rep; caller frees. */
static char *replaced(const char *text, const char *old, const char *rep)
{
	const char *at = strstr(text, old);
	if (!at)
		fail_msg("\"%s\" is not in the fixture", old);
	if (strstr(at + 1, old))
		fail_msg("\"%s\" is in the fixture more than once", old);
	struct sbuf b = SBUF_INIT;
	sbuf_add(&b, text, (size_t)(at - text));
	sbuf_adds(&b, rep);
	sbuf_adds(&b, at + strlen(old));
	return sbuf_detach(&b);
}

/* The document in memory, and the file after saving, must be want. */
static void assert_saved(struct fx *f, const char *want)
{
	struct tv_err err = TV_ERR_INIT;
	tu_assert_bytes(f->s->doc->src, f->s->doc->len, want);
	if (session_save(f->s, NULL, false, &err))
		fail_msg("%s", err.text);
	tu_assert_file(f->path, want);
}

/* Save, expecting the fixture with old replaced by rep. */
static void assert_saved_with(struct fx *f, const char *old, const char *rep)
{
	char *want = replaced(f->orig, old, rep);
	assert_saved(f, want);
	free(want);
}

static void set_ok(struct fx *f, const char *id, const char *path, const char *val)
{
	struct tv_err err = TV_ERR_INIT;
	if (session_set(f->s, id, path, val, &err))
		fail_msg("set %s %s: %s", id, path, err.text);
}

/* A refused set: error, and not one byte or field changed. */
static void set_refused(struct fx *f, const char *id, const char *path, const char *val,
			const char *needle)
{
	struct tv_err err = TV_ERR_INIT;
	size_t n_done = f->s->n_done;
	char *before = xstrndup(f->s->doc->src, f->s->doc->len);
	size_t n_act = plan_n_activities(f->s->plan);
	assert_int_equal(session_set(f->s, id, path, val, &err), -1);
	tu_assert_err_has(&err, needle);
	tv_err_clear(&err);
	tu_assert_bytes(f->s->doc->src, f->s->doc->len, before);
	assert_int_equal(f->s->n_done, n_done);
	assert_int_equal(plan_n_activities(f->s->plan), n_act);
	assert_false(session_dirty(f->s));
	free(before);
}

/* ---- no edit ---- */

static void test_save_without_edit_is_identical(void **state)
{
	(void)state;
	static const char *const names[] = { "hand.yaml", "crlf.yaml", "bom.yaml", "flow.yaml",
					     "spellings/blocks.yaml", "spellings/quoted.yaml" };
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++) {
		struct fx f;
		fx_open(&f, names[i]);
		assert_false(session_dirty(f.s));
		assert_saved(&f, f.orig);
		fx_close(&f);
	}
}

/* ---- setting fields ---- */

static void test_set_keeps_single_quotes(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "", "title", "Авлигын эсрэг 2025 оны төлөвлөгөө");
	assert_string_equal(f.s->plan->title, "Авлигын эсрэг 2025 оны төлөвлөгөө");
	assert_saved_with(&f, "'Авлигын эсрэг 2024 оны төлөвлөгөө'",
			  "'Авлигын эсрэг 2025 оны төлөвлөгөө'");
	fx_close(&f);
}

static void test_set_year(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, NULL, "year", "2025");
	assert_int_equal(f.s->plan->year, 2025);
	assert_saved_with(&f, "year: 2024\n", "year: 2025\n");
	fx_close(&f);
}

static void test_set_missing_currency_adds_a_line(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "", "currency", "USD");
	assert_string_equal(f.s->plan->currency, "USD");
	assert_saved_with(&f, "year: 2024\n", "year: 2024\ncurrency: \"USD\"\n");
	fx_close(&f);
}

static void test_set_plain_keeps_plain(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "1", "title", "Ил тод байдал");
	assert_saved_with(&f, "    title: Ил тод байдлыг нэмэгдүүлэх\n",
			  "    title: Ил тод байдал\n");
	fx_close(&f);
}

/* Text that would read as something else when plain gets quotes. */
static void test_set_plain_quotes_what_needs_it(void **state)
{
	(void)state;
	const char *vals[] = { "yes", "12", "a: b", "x #y", "- x", "" };
	const char *want[] = { "\"yes\"", "\"12\"", "\"a: b\"", "\"x #y\"", "\"- x\"", "\"\"" };
	for (size_t i = 0; i < sizeof(vals) / sizeof(*vals); i++) {
		struct fx f;
		fx_open(&f, "hand.yaml");
		set_ok(&f, "1.1", "schedule", vals[i]);
		assert_string_equal(plan_find_activity(f.s->plan, "1.1")->schedule, vals[i]);
		char *line = xasprintf("        schedule: %s\n", want[i]);
		assert_saved_with(&f, "        schedule: Улирал бүр\n", line);
		free(line);
		fx_close(&f);
	}
}

static void test_set_double_quoted_escapes_only_what_it_must(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "1.2", "title", "\"Шилэн\" төв\tнээх");
	assert_saved_with(&f, "\"Иргэдэд мэдээлэл өгөх төв нээх\"", "\"\\\"Шилэн\\\" төв\\tнээх\"");
	fx_close(&f);
}

/* A long text stays one line: never folded, never \u-escaped. */
static void test_set_long_cyrillic_text_stays_one_line(void **state)
{
	(void)state;
	struct sbuf v = SBUF_INIT;
	for (int i = 0; i < 20; i++)
		sbuf_adds(&v, "Хүний нөөцийн хэлтэс ");
	sbuf_adds(&v, "эцэс");
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "1.1", "responsible", v.buf);
	char *line = xasprintf("        responsible: %s\n", v.buf);
	assert_saved_with(&f, "        responsible: Санхүүгийн хэлтэс\n", line);
	free(line);
	fx_close(&f);
	sbuf_free(&v);
}

/* A folded title set to one line: the next key keeps its own line. */
static void test_set_folded_block_to_one_line(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "1.1", "title", "Шинэ нэр");
	assert_string_equal(plan_find_activity(f.s->plan, "1.1")->title, "Шинэ нэр");
	assert_saved_with(&f,
			  "        title: >\n"
			  "          Төсвийн зарцуулалтыг сар бүр\n"
			  "          цахим хуудсанд нийтлэх\n",
			  "        title: \"Шинэ нэр\"\n");
	fx_close(&f);
}

/* A literal note keeps its style, its indentation and the blank line after. */
static void test_set_literal_block_keeps_block(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "1.1", "status.q2.note", "Нэг.\nХоёр.\n");
	assert_saved_with(&f,
			  "              Дөрөв, тавдугаар сард нийтэлсэн.\n"
			  "              Зургадугаар сар хоцорсон.\n\n",
			  "              Нэг.\n"
			  "              Хоёр.\n\n");
	fx_close(&f);
}

static void test_set_rating_in_flow_entry(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "1.1", "status.q1.rating", "30");
	assert_int_equal(plan_find_activity(f.s->plan, "1.1")->st[0].rating, 30);
	assert_saved_with(&f, "q1: {rating: 100, note: \"Хугацаандаа\"}",
			  "q1: {rating: 30, note: \"Хугацаандаа\"}");
	fx_close(&f);
}

/* q3 goes after q2 (a block mapping) in q2's style, before the blank line. */
static void test_set_rating_adds_quarter_entry(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "1.1", "status.q3.rating", "not-due");
	assert_int_equal(plan_find_activity(f.s->plan, "1.1")->st[2].rating, RATING_NOT_DUE);
	assert_saved_with(&f, "              Зургадугаар сар хоцорсон.\n\n",
			  "              Зургадугаар сар хоцорсон.\n"
			  "          q3:\n"
			  "            rating: not-due\n\n");
	fx_close(&f);
}

static void test_set_rating_adds_status_to_flow_item(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "2.1", "status.q1.rating", "100");
	assert_saved_with(&f, "responsible: Хүний нөөц}",
			  "responsible: Хүний нөөц, status: {q1: {rating: 100}}}");
	fx_close(&f);
}

static void test_clear_rating_removes_emptied_status(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "1.2", "status.q1.rating", "");
	assert_int_equal(plan_find_activity(f.s->plan, "1.2")->st[0].rating, RATING_NONE);
	assert_saved_with(&f, "        status:\n          q1: {rating: not-due}\n", "");
	fx_close(&f);
}

static void test_clear_rating_keeps_note(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "1.1", "status.q1.rating", "");
	assert_saved_with(&f, "q1: {rating: 100, note: \"Хугацаандаа\"}", "q1: {note: \"Хугацаандаа\"}");
	fx_close(&f);
}

static void test_set_quarters(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "1.2", "quarters", "2-4");
	assert_int_equal(plan_find_activity(f.s->plan, "1.2")->quarters, 0xE);
	assert_saved_with(&f, "quarters: [2, 3]\n", "quarters: [2, 3, 4]\n");
	fx_close(&f);
}

static void test_set_quarters_as_needed(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "1.2", "quarters", "");
	assert_saved_with(&f, "quarters: [2, 3]\n", "quarters: []\n");
	fx_close(&f);
}

static void test_set_budget_amount_in_block_budget(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "1.2", "budget.amount", "3500000");
	assert_int_equal(budget_of_plan(f.s->plan), 5000000);
	assert_saved_with(&f, "amount: 3000000\n", "amount: 3500000\n");
	fx_close(&f);
}

static void test_set_budget_text_adds_key_to_block_budget(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "1.2", "budget.text", "3 сая");
	assert_saved_with(&f, "          source: \"Улсын төсөв\"\n",
			  "          source: \"Улсын төсөв\"\n          text: \"3 сая\"\n");
	fx_close(&f);
}

static void test_set_indicator_actual_adds_to_flow_mapping(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "1.1", "indicators.0.actual.q3", "9");
	assert_string_equal(plan_find_activity(f.s->plan, "1.1")->ind[0].actual[2], "9");
	assert_saved_with(&f, "actual: {q1: \"3\", q2: '6'}", "actual: {q1: \"3\", q2: '6', q3: \"9\"}");
	fx_close(&f);
}

static void test_set_goal_id(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "2", "id", "3");
	assert_non_null(plan_find_goal(f.s->plan, "3"));
	assert_saved_with(&f, "  - id: '2'\n", "  - id: '3'\n");
	fx_close(&f);
}

static void test_unknown_keys_kept_after_edits(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "1.2", "responsible", "Хэлтэс");
	assert_saved_with(&f, "        responsible: \"\"\n", "        responsible: \"Хэлтэс\"\n");
	tu_assert_file(f.path, f.s->doc->src);
	assert_non_null(strstr(f.s->doc->src, "        reviewer: Д. Дорж       # not in the format: kept\n"));
	assert_non_null(strstr(f.s->doc->src, "approved_by: {name: Б. Болд, date: 2024-01-15}\n"));
	fx_close(&f);
}

/* ---- refused edits change nothing ---- */

static void test_refused_unknown_rating(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_refused(&f, "1.1", "status.q1.rating", "50", "unknown rating '50'");
	fx_close(&f);
}

static void test_refused_duplicate_id(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_refused(&f, "1.2", "id", "1.1", "id \"1.1\" is already used");
	set_refused(&f, "2", "id", "", "an id must not be empty");
	fx_close(&f);
}

static void test_refused_bad_values(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_refused(&f, "", "year", "2024.5", "a year is a whole number");
	set_refused(&f, "1.1", "budget.amount", "-1", "an amount is a whole number");
	set_refused(&f, "1.1", "quarters", "5", "a quarter is 1, 2, 3 or 4");
	set_refused(&f, "1.1", "title", "\xd0", "not valid UTF-8");
	fx_close(&f);
}

static void test_refused_unknown_paths(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_refused(&f, "", "goals", "x", "not a field of the plan");
	set_refused(&f, "1", "quarters", "x", "not a field of a goal");
	set_refused(&f, "1.1", "status.q5.rating", "100", "not a field of an activity");
	set_refused(&f, "1.1", "indicators.3.name", "x", "number 0");
	set_refused(&f, "2.2", "indicators.0.name", "x", "has no indicators");
	set_refused(&f, "9.9", "title", "x", "no goal or activity has the id \"9.9\"");
	fx_close(&f);
}

static void test_set_many_is_all_or_nothing(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "hand.yaml");
	const char *paths[] = { "title", "status.q1.rating" };
	const char *bad[] = { "Шинэ", "55" };
	assert_int_equal(session_set_many(f.s, "1.2", 2, paths, bad, &err), -1);
	tv_err_clear(&err);
	tu_assert_bytes(f.s->doc->src, f.s->doc->len, f.orig);
	assert_false(session_can_undo(f.s));
	const char *good[] = { "Шинэ", "70" };
	assert_int_equal(session_set_many(f.s, "1.2", 2, paths, good, &err), 0);
	assert_int_equal(f.s->n_done, 1);
	char *step1 = replaced(f.orig, "\"Иргэдэд мэдээлэл өгөх төв нээх\"", "\"Шинэ\"");
	char *want = replaced(step1, "q1: {rating: not-due}", "q1: {rating: 70}");
	assert_saved(&f, want);
	assert_int_equal(session_undo(f.s, NULL), 0);
	tu_assert_bytes(f.s->doc->src, f.s->doc->len, f.orig);
	free(step1);
	free(want);
	fx_close(&f);
}

/* ---- structure ---- */

static void test_add_goal_block(void **state)
{
	(void)state;
	struct fx f;
	size_t idx;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "hand.yaml");
	assert_int_equal(session_add_goal(f.s, SIZE_MAX, &idx, &err), 0);
	assert_int_equal(idx, 2);
	assert_string_equal(f.s->plan->goal[2].id, "3");
	struct sbuf want = SBUF_INIT;
	sbuf_adds(&want, f.orig);
	sbuf_adds(&want, "  - id: \"3\"\n    title: \"\"\n    activities: []\n");
	assert_saved(&f, want.buf);
	sbuf_free(&want);
	fx_close(&f);
}

static void test_add_activity_after_first(void **state)
{
	(void)state;
	struct fx f;
	size_t idx;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "hand.yaml");
	assert_int_equal(session_add_activity(f.s, 1, 0, &idx, &err), 0);
	assert_int_equal(idx, 1);
	assert_string_equal(f.s->plan->goal[1].act[1].id, "2.3");
	assert_saved_with(&f, "      - id: \"2.2\"\n",
			  "      - id: \"2.3\"\n        title: \"\"\n        responsible: \"\"\n"
			  "      - id: \"2.2\"\n");
	fx_close(&f);
}

static void test_add_indicator_to_empty_list(void **state)
{
	(void)state;
	struct fx f;
	size_t idx;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "hand.yaml");
	assert_int_equal(session_add_indicator(f.s, 1, 1, &idx, &err), 0);
	assert_int_equal(idx, 0);
	assert_int_equal(f.s->plan->goal[1].act[1].n_ind, 1);
	assert_saved_with(&f, "        indicators: []\n",
			  "        indicators:\n          - name: \"\"\n            baseline: \"\"\n"
			  "            target: \"\"\n");
	fx_close(&f);
}

static void test_add_indicator_after_sibling(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "hand.yaml");
	assert_int_equal(session_add_indicator(f.s, 0, 0, NULL, &err), 0);
	assert_saved_with(&f, "            actual: {q1: \"3\", q2: '6'}\n",
			  "            actual: {q1: \"3\", q2: '6'}\n"
			  "          - name: \"\"\n            baseline: \"\"\n            target: \"\"\n");
	fx_close(&f);
}

static void test_add_activity_flow(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "flow.yaml");
	assert_int_equal(session_add_activity(f.s, 0, 0, NULL, &err), 0);
	assert_string_equal(f.s->plan->goal[0].act[1].id, "g1.1");
	assert_saved_with(&f, "    {id: a2,",
			  "    {id: \"g1.1\", title: \"\", responsible: \"\"},\n    {id: a2,");
	fx_close(&f);
}

static void test_add_indicator_flow(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "flow.yaml");
	assert_int_equal(session_add_indicator(f.s, 0, 1, NULL, &err), 0);
	assert_saved_with(&f, "target: \"5\"}]}",
			  "target: \"5\"}, {name: \"\", baseline: \"\", target: \"\"}]}");
	fx_close(&f);
}

/* A flow list written one item a line gets the new item on its own line. */
static void test_add_goal_flow_one_per_line(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "flow.yaml");
	assert_int_equal(session_add_goal(f.s, SIZE_MAX, NULL, &err), 0);
	assert_saved_with(&f, "  {id: g2, title: Second, activities: []}\n",
			  "  {id: g2, title: Second, activities: []},\n"
			  "  {id: \"1\", title: \"\", activities: []}\n");
	fx_close(&f);
}

static void test_delete_activity_takes_its_lines(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "hand.yaml");
	assert_int_equal(session_delete_activity(f.s, 1, 1, &err), 0);
	assert_null(plan_find_activity(f.s->plan, "2.2"));
	assert_saved_with(&f,
			  "      - id: \"2.2\"\n"
			  "        title: Хөрөнгийн мэдүүлэг хянах\n"
			  "        indicators: []\n"
			  "        quarters: [2]\n"
			  "        responsible: Хуулийн хэлтэс\n"
			  "        status:\n"
			  "          q2: {rating: 0, note: 'Комисс томилогдоогүй'}\n",
			  "");
	fx_close(&f);
}

static void test_delete_goal_takes_its_comment(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "hand.yaml");
	assert_int_equal(session_delete_goal(f.s, 0, &err), 0);
	assert_int_equal(f.s->plan->n_goal, 1);
	const char *from = strstr(f.orig, "  # Зорилт 1\n");
	const char *to = strstr(f.orig, "\n  - id: '2'\n");	/* the blank line stays */
	assert_non_null(from);
	assert_non_null(to);
	char *cut = xstrndup(from, (size_t)(to - from));
	char *want = replaced(f.orig, cut, "");
	assert_saved(&f, want);
	free(want);
	free(cut);
	fx_close(&f);
}

static void test_delete_last_item_leaves_empty_list(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "hand.yaml");
	assert_int_equal(session_delete_indicator(f.s, 0, 0, 0, &err), 0);
	assert_int_equal(plan_find_activity(f.s->plan, "1.1")->n_ind, 0);
	assert_saved_with(&f,
			  "        indicators:\n"
			  "          - name: \"Нийтэлсэн тайлан\"\n"
			  "            baseline: '4'\n"
			  "            target: 12 тайлан\n"
			  "            actual: {q1: \"3\", q2: '6'}\n",
			  "        indicators: []\n");
	fx_close(&f);
}

static void test_delete_flow_item(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "flow.yaml");
	assert_int_equal(session_delete_activity(f.s, 0, 0, &err), 0);
	assert_saved_with(&f, "    {id: a1, title: One, responsible: \"\", status: {q1: {rating: 100}}},\n",
			  "");
	fx_close(&f);
}

static void test_move_activity_down(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "hand.yaml");
	assert_int_equal(session_move_activity(f.s, 1, 0, 1, &err), 0);
	assert_string_equal(f.s->plan->goal[1].act[0].id, "2.2");
	assert_string_equal(f.s->plan->goal[1].act[1].id, "2.1");
	const char *flow = "      - {id: \"2.1\", title: \"Шинэ ажилтнуудыг сургах\", quarters: [], "
			   "responsible: Хүний нөөц}\n";
	char *without = replaced(f.orig, flow, "");
	struct sbuf want = SBUF_INIT;
	sbuf_adds(&want, without);
	sbuf_adds(&want, flow);
	assert_saved(&f, want.buf);
	sbuf_free(&want);
	free(without);
	fx_close(&f);
}

static void test_move_refused_at_ends(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "hand.yaml");
	assert_int_equal(session_move_goal(f.s, 0, -1, &err), -1);
	tu_assert_err_has(&err, "already first");
	assert_int_equal(session_move_goal(f.s, 1, 1, &err), -1);
	tu_assert_err_has(&err, "already last");
	assert_int_equal(session_delete_goal(f.s, 7, &err), -1);
	tu_assert_err_has(&err, "no such goal");
	tv_err_clear(&err);
	tu_assert_bytes(f.s->doc->src, f.s->doc->len, f.orig);
	assert_false(session_can_undo(f.s));
	fx_close(&f);
}

/* ---- CRLF and BOM files ---- */

static void test_crlf_set_keeps_crlf(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "crlf.yaml");
	set_ok(&f, "1.1", "title", "Шинэ нэр");
	set_ok(&f, "", "currency", "USD");
	char *a = replaced(f.orig,
			   "        title: >\r\n"
			   "          Төсвийн зарцуулалтыг сар бүр\r\n"
			   "          цахим хуудсанд нийтлэх\r\n",
			   "        title: \"Шинэ нэр\"\r\n");
	char *want = replaced(a, "year: 2024\r\n", "year: 2024\r\ncurrency: \"USD\"\r\n");
	assert_saved(&f, want);
	free(a);
	free(want);
	fx_close(&f);
}

static void test_crlf_add_uses_crlf(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "crlf.yaml");
	assert_int_equal(session_add_indicator(f.s, 1, 1, NULL, &err), 0);
	assert_saved_with(&f, "        indicators: []\r\n",
			  "        indicators:\r\n          - name: \"\"\r\n            baseline: \"\"\r\n"
			  "            target: \"\"\r\n");
	fx_close(&f);
}

static void test_bom_set(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "bom.yaml");
	set_ok(&f, "1", "title", "Шинэ");
	assert_saved_with(&f, "    title: Ил тод байдлыг нэмэгдүүлэх\n", "    title: Шинэ\n");
	fx_close(&f);
}

/* ---- undo and redo ---- */

static void test_undo_redo_restore_exact_bytes(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "hand.yaml");
	char *snap[8];
	size_t n = 0;
	snap[n++] = xstrdup(f.s->doc->src);
	set_ok(&f, "1.1", "title", "Шинэ нэр");
	snap[n++] = xstrdup(f.s->doc->src);
	assert_int_equal(session_add_goal(f.s, 0, NULL, &err), 0);
	snap[n++] = xstrdup(f.s->doc->src);
	set_ok(&f, "1.1", "status.q4.rating", "0");
	snap[n++] = xstrdup(f.s->doc->src);
	assert_int_equal(session_delete_activity(f.s, 0, 1, &err), 0);
	snap[n++] = xstrdup(f.s->doc->src);
	assert_int_equal(session_move_goal(f.s, 0, 1, &err), 0);
	snap[n++] = xstrdup(f.s->doc->src);
	set_ok(&f, "1.1", "status.q2.note", "Шинэ\nтэмдэглэл\n");
	snap[n++] = xstrdup(f.s->doc->src);

	for (size_t i = n - 1; i-- > 0;) {
		assert_int_equal(session_undo(f.s, NULL), 0);
		tu_assert_bytes(f.s->doc->src, f.s->doc->len, snap[i]);
	}
	assert_false(session_can_undo(f.s));
	assert_int_equal(session_undo(f.s, NULL), -1);
	for (size_t i = 1; i < n; i++) {
		assert_int_equal(session_redo(f.s, NULL), 0);
		tu_assert_bytes(f.s->doc->src, f.s->doc->len, snap[i]);
	}
	assert_false(session_can_redo(f.s));
	assert_int_equal(session_redo(f.s, NULL), -1);
	for (size_t i = 0; i < n; i++)
		free(snap[i]);
	fx_close(&f);
}

static void test_undo_rebuilds_model(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "1.1", "status.q1.rating", "0");
	assert_int_equal(plan_find_activity(f.s->plan, "1.1")->st[0].rating, 0);
	const char *label = NULL;
	assert_int_equal(session_undo(f.s, &label), 0);
	assert_string_equal(label, "status.q1.rating");
	assert_int_equal(plan_find_activity(f.s->plan, "1.1")->st[0].rating, 100);
	fx_close(&f);
}

/* An undo step is named in the interface's language: "Буцаалаа: зорилт
 * нэмэх", not "add goal", under Mongolian; a single field by its set
 * path, which stays as typed. */
static void test_undo_labels_in_the_language(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	const char *label = NULL;
	fx_open(&f, "hand.yaml");
	i18n_set(LANG_MN);
	assert_int_equal(session_add_goal(f.s, 0, NULL, &err), 0);
	assert_int_equal(session_undo(f.s, &label), 0);
	assert_string_equal(label, "зорилт нэмэх");
	assert_int_equal(session_renumber(f.s, &err), 0);
	if (session_can_undo(f.s)) {
		assert_int_equal(session_undo(f.s, &label), 0);
		assert_string_equal(label, "дахин дугаарлах");
	}
	assert_int_equal(session_delete_activity(f.s, 0, 0, &err), 0);
	assert_int_equal(session_undo(f.s, &label), 0);
	assert_string_equal(label, "арга хэмжээ устгах");
	set_ok(&f, "1.1", "status.q1.rating", "0");
	assert_int_equal(session_undo(f.s, &label), 0);
	assert_string_equal(label, "status.q1.rating");
	i18n_set(LANG_EN);
	assert_int_equal(session_add_goal(f.s, 0, NULL, &err), 0);
	assert_int_equal(session_undo(f.s, &label), 0);
	assert_string_equal(label, "add goal");
	fx_close(&f);
}

static void test_new_edit_drops_redo(void **state)
{
	(void)state;
	struct fx f;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "", "year", "2025");
	assert_int_equal(session_undo(f.s, NULL), 0);
	assert_true(session_can_redo(f.s));
	set_ok(&f, "", "year", "2026");
	assert_false(session_can_redo(f.s));
	assert_saved_with(&f, "year: 2024\n", "year: 2026\n");
	fx_close(&f);
}

/* ---- saving ---- */

static void test_dirty_follows_save_and_undo(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "", "year", "2025");
	assert_true(session_dirty(f.s));
	assert_int_equal(session_save(f.s, NULL, false, &err), 0);
	assert_false(session_dirty(f.s));
	assert_int_equal(session_undo(f.s, NULL), 0);
	assert_true(session_dirty(f.s));
	assert_int_equal(session_redo(f.s, NULL), 0);
	assert_false(session_dirty(f.s));
	fx_close(&f);
}

static void test_save_refuses_file_changed_on_disk(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "", "year", "2025");
	const char *other = "tolov: 1\ntitle: someone else's\ngoals: []\n";
	tu_write(f.path, other, strlen(other));
	assert_true(session_changed_on_disk(f.s));
	assert_int_equal(session_save(f.s, NULL, false, &err), -1);
	tu_assert_err_has(&err, "changed on disk");
	tv_err_clear(&err);
	tu_assert_file(f.path, other);
	assert_int_equal(session_save(f.s, NULL, true, &err), 0);
	char *want = replaced(f.orig, "year: 2024\n", "year: 2025\n");
	tu_assert_file(f.path, want);
	free(want);
	fx_close(&f);
}

static void test_save_to_other_path(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "hand.yaml");
	set_ok(&f, "", "year", "2025");
	char *other = tu_path("copy.yaml");
	assert_int_equal(session_save(f.s, other, false, &err), 0);
	char *want = replaced(f.orig, "year: 2024\n", "year: 2025\n");
	tu_assert_file(other, want);
	tu_assert_file(f.path, f.orig);	/* the original is untouched */
	assert_true(session_dirty(f.s));
	free(want);
	free(other);
	fx_close(&f);
}

static void test_open_refuses_invalid_plan(void **state)
{
	(void)state;
	char *path = tu_path("bad.yaml");
	const char *text = "tolov: 1\ntitle: x\ngoals: [\n";
	tu_write(path, text, strlen(text));
	struct session *s = NULL;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(session_open(&s, path, &err), -1);
	assert_null(s);
	tu_assert_err_has(&err, ":4:1: error: invalid YAML");
	tv_err_clear(&err);
	free(path);
}


/*
 * A lean session (tolov set) edits and saves exactly as a whole one: the
 * same bytes after a changed long title, a new quarter's note and a
 * rating; its model has the same ids, ratings and activities, and reads ""
 * only for the long text it does not copy.
 */
static void test_lean_session_saves_the_same(void **state)
{
	(void)state;
	size_t len;
	char *seed = tu_read("tests/data/plans/anti-corruption-2023.yaml", &len);
	char *pw = tu_path("whole.yaml"), *pl = tu_path("lean.yaml");
	tu_write(pw, seed, len);
	tu_write(pl, seed, len);
	struct session *w = NULL, *l = NULL;
	struct tv_err err = TV_ERR_INIT;
	if (session_open(&w, pw, &err) || session_open_lean(&l, pl, &err))
		fail_msg("%s", err.text);
	assert_true(l->lean);
	static const char *const paths[] = { "title", "status.q3.note", "status.q1.rating" };
	static const char *const vals[] = {
		"Авлигын эсрэг сургалтыг бүх албан хаагчдад зохион байгуулж, үр дүнг тайлагнах",
		"Эхэлсэн", "70" };
	struct session *both[] = { w, l };
	for (int k = 0; k < 2; k++) {
		if (session_set_many(both[k], "1.3", 3, paths, vals, &err) ||
		    session_save(both[k], NULL, false, &err) < 0)
			fail_msg("%s", err.text);
	}
	size_t wl, ll;
	char *wt = tu_read(pw, &wl), *lt = tu_read(pl, &ll);
	assert_int_equal(wl, ll);
	assert_memory_equal(wt, lt, wl);
	const struct activity *wa = plan_find_activity(w->plan, "1.3");
	const struct activity *la = plan_find_activity(l->plan, "1.3");
	assert_non_null(wa);
	assert_non_null(la);
	assert_string_equal(wa->title, vals[0]);
	assert_string_equal(la->title, "");	/* long: not copied */
	assert_string_equal(la->st[2].note, vals[1]);	/* short: shared */
	assert_int_equal(la->st[0].rating, 70);
	assert_int_equal(plan_n_activities(l->plan), plan_n_activities(w->plan));
	for (size_t g = 0; g < w->plan->n_goal; g++)
		assert_string_equal(l->plan->goal[g].id, w->plan->goal[g].id);
	free(wt);
	free(lt);
	free(seed);
	free(pw);
	free(pl);
	session_free(w);
	session_free(l);
}

/*
 * The seed plan with two Cyrillic letters of its title changed 32 bytes
 * apart (Г to Й at byte 63, Н to П at byte 95): the same size, still a
 * valid plan, rewritten in place with its mtime set back. The four-lane
 * FNV hash tolov once used gave the same value for both contents.
 */
static void test_outside_change_that_collided_is_seen(void **state)
{
	(void)state;
	char *path = tu_path("seed.yaml");
	size_t len;
	char *seed = tu_read("tests/data/plans/anti-corruption-2023.yaml", &len);
	tu_write(path, seed, len);
	struct session *s = NULL;
	struct tv_err err = TV_ERR_INIT;
	if (session_open(&s, path, &err))
		fail_msg("%s", err.text);
	assert_memory_equal(seed + 62, "\xd0\x93", 2);	/* Г */
	assert_memory_equal(seed + 94, "\xd0\x9d", 2);	/* Н */
	struct stat before;
	assert_int_equal(stat(path, &before), 0);
	int fd = open(path, O_WRONLY);
	assert_true(fd >= 0);
	assert_int_equal(pwrite(fd, "\x99", 1, 63), 1);	/* Й */
	assert_int_equal(pwrite(fd, "\x9f", 1, 95), 1);	/* П */
	assert_int_equal(close(fd), 0);
	struct timespec ts[2] = { before.st_atim, before.st_mtim };
	assert_int_equal(utimensat(AT_FDCWD, path, ts, 0), 0);
	struct doc *d = NULL;
	assert_int_equal(doc_load(&d, path, DOC_SIZE_CAP_DEFAULT, &err), 0);	/* still valid */
	assert_int_equal(d->len, len);
	doc_free(d);

	assert_true(session_changed_on_disk(s));
	if (session_set(s, "", "year", "2025", &err))
		fail_msg("%s", err.text);
	assert_int_equal(session_save(s, NULL, false, &err), -1);
	tu_assert_err_has(&err, "changed on disk");
	tv_err_clear(&err);
	char *now = tu_read(path, NULL);
	assert_memory_equal(now + 62, "\xd0\x99", 2);	/* the outside change is kept */
	free(now);
	session_free(s);
	free(seed);
	free(path);
}

/* A touch (new mtime, same bytes) is not a change; a same-size rewrite
 * whose mtime is set back is. */
static void test_stamp_check_tells_touched_from_changed(void **state)
{
	(void)state;
	char *path = tu_path("t.yaml");
	tu_write(path, "abc\n", 4);
	struct file_stamp st;
	assert_int_equal(stamp_take(&st, path, "abc\n", 4), 0);
	assert_int_equal(stamp_check(&st, path), STAMP_SAME);
	struct timespec ts[2] = { { 0, UTIME_OMIT }, { 1000000000, 123 } };
	assert_int_equal(utimensat(AT_FDCWD, path, ts, 0), 0);
	assert_int_equal(stamp_check(&st, path), STAMP_TOUCHED);
	assert_true(stamp_matches(&st, path));
	struct timespec back[2] = { { 0, UTIME_OMIT }, { st.mtime_sec, st.mtime_nsec } };
	int fd = open(path, O_WRONLY);
	assert_true(fd >= 0);
	assert_int_equal(pwrite(fd, "x", 1, 1), 1);
	assert_int_equal(close(fd), 0);
	assert_int_equal(utimensat(AT_FDCWD, path, back, 0), 0);
	assert_int_equal(stamp_check(&st, path), STAMP_CHANGED);
	free(path);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, tu_setup, tu_teardown)

/* ---- values that had no bytes of their own (found by fuzzing) ---- */

static void open_text(struct fx *f, const char *name, const char *text)
{
	struct tv_err err = TV_ERR_INIT;
	f->path = tu_path(name);
	tu_write(f->path, text, strlen(text));
	f->orig = xstrdup(text);
	if (session_open(&f->s, f->path, &err))
		fail_msg("%s", err.text);
}

static void test_set_empty_values_writes_after_the_colon(void **state)
{
	(void)state;
	struct fx f;
	open_text(&f, "empty.yaml",
		  "tolov: 1\ntitle: x\ncurrency:\ngoals:\n  - id: 1\n    title: g\n"
		  "    activities:\n      - id: 1.1\n        title: a\n"
		  "        responsible:   # who\n        status: {q1: {rating: 70, note: }}\n");
	set_ok(&f, "", "currency", "USD");
	set_ok(&f, "1.1", "responsible", "Unit");
	set_ok(&f, "1.1", "status.q1.note", "a b");
	assert_string_equal(f.s->plan->currency, "USD");
	assert_saved(&f, "tolov: 1\ntitle: x\ncurrency: \"USD\"\ngoals:\n  - id: 1\n    title: g\n"
			 "    activities:\n      - id: 1.1\n        title: a\n"
			 "        responsible: \"Unit\"   # who\n"
			 "        status: {q1: {rating: 70, note: \"a b\"}}\n");
	fx_close(&f);
}

static void test_set_line_separator_survives_reload(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	open_text(&f, "sep.yaml", "tolov: 1\ntitle: x\ngoals: []\n");
	set_ok(&f, "", "title", "a\xe2\x80\xa8 b\xe2\x80\xa9 c");
	assert_int_equal(session_save(f.s, NULL, false, &err), 0);
	struct session *again;
	if (session_open(&again, f.path, &err))
		fail_msg("%s", err.text);
	assert_string_equal(again->plan->title, "a\xe2\x80\xa8 b\xe2\x80\xa9 c");
	session_free(again);
	fx_close(&f);
}

static void test_set_many_with_id_borrowed_from_the_plan(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	open_text(&f, "borrow.yaml",
		  "tolov: 1\ntitle: x\ngoals:\n  - id: 1\n    title: g\n    activities:\n"
		  "      - id: 1.1\n        title: a\n");
	/* the id and the old title live in the document; both edits add keys,
	 * which re-reads the document and frees them */
	const char *id = f.s->plan->goal[0].act[0].id;
	const char *paths[] = { "status.q3.rating", "responsible", "title" };
	const char *vals[] = { "70", "Unit", f.s->plan->goal[0].act[0].title };
	if (session_set_many(f.s, id, 3, paths, vals, &err))
		fail_msg("%s", err.text);
	assert_int_equal(f.s->plan->goal[0].act[0].st[2].rating, 70);
	assert_string_equal(f.s->plan->goal[0].act[0].responsible, "Unit");
	assert_string_equal(f.s->plan->goal[0].act[0].title, "a");
	fx_close(&f);
}

static void test_set_literal_block_with_control_character_is_quoted(void **state)
{
	(void)state;
	struct fx f;
	open_text(&f, "lit.yaml", "tolov: 1\ntitle: |\n  line one\n  line two\ngoals: []\n");
	/* a literal block cannot hold a control character (found by fuzzing) */
	set_ok(&f, "", "title", "a\x19\nb");
	assert_saved(&f, "tolov: 1\ntitle: \"a\\x19\\nb\"\ngoals: []\n");
	set_ok(&f, "", "title", "c\nd");	/* still quoted: the block is gone */
	assert_saved(&f, "tolov: 1\ntitle: \"c\\nd\"\ngoals: []\n");
	fx_close(&f);
}

static void test_edit_after_literal_block_edit_lands_in_place(void **state)
{
	(void)state;
	struct fx f;
	open_text(&f, "keep.yaml", "tolov: 1\ntitle: |+\n  a\n\n\ngoals: []\n");
	/* the rewritten block's span must match what a fresh parse says, or
	 * the next edit lands in the wrong place (found by fuzzing) */
	set_ok(&f, "", "title", "x\ny\n");
	struct doc *fresh;
	struct tv_err err = TV_ERR_INIT;
	char *copy = xstrndup(f.s->doc->src, f.s->doc->len);
	if (doc_from_buffer(&fresh, "fresh", copy, f.s->doc->len, &err))
		fail_msg("%s", err.text);
	assert_int_equal(yn_get(f.s->doc->root, "title")->end, yn_get(fresh->root, "title")->end);
	assert_int_equal(yn_get(f.s->doc->root, "goals")->start, yn_get(fresh->root, "goals")->start);
	doc_free(fresh);
	set_ok(&f, "", "year", "2024");
	assert_string_equal(f.s->plan->title, "x\ny\n");
	assert_int_equal(f.s->plan->year, 2024);
	/* the block keeps its last line break outside its span: the blank
	 * line that followed it stays */
	assert_saved(&f, "tolov: 1\ntitle: |\n  x\n  y\nyear: 2024\n\ngoals: []\n");
	fx_close(&f);
}

static void test_block_at_end_of_file_keeps_final_line_break(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	/* a block scalar that ends the file without a line break (found by
	 * fuzzing): a value ending in one must keep it */
	open_text(&f, "eof.yaml", "tolov: 1\ngoals: []\ntitle: >-");
	set_ok(&f, "", "title", "one\ntwo\n");
	assert_string_equal(f.s->plan->title, "one\ntwo\n");
	assert_int_equal(session_save(f.s, NULL, false, &err), 0);
	struct session *again;
	if (session_open(&again, f.path, &err))
		fail_msg("%s", err.text);
	assert_string_equal(again->plan->title, "one\ntwo\n");
	session_free(again);
	fx_close(&f);
}

static void test_noncharacters_are_escaped(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	open_text(&f, "nonchar.yaml", "tolov: 1\ntitle: x\ngoals: []\n");
	/* U+FFFE and U+FFFF are not printable to YAML (found by fuzzing) */
	set_ok(&f, "", "title", "a\xef\xbf\xbe b\xef\xbf\xbf");
	assert_saved(&f, "tolov: 1\ntitle: \"a\\uFFFE b\\uFFFF\"\ngoals: []\n");
	struct session *again;
	if (session_open(&again, f.path, &err))
		fail_msg("%s", err.text);
	assert_string_equal(again->plan->title, "a\xef\xbf\xbe b\xef\xbf\xbf");
	session_free(again);
	fx_close(&f);
}

static void test_edits_read_null_as_the_loader_does(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	/* the loader reads Null and ~ as empty; edits once knew only some of
	 * YAML's nulls and refused to fill these */
	open_text(&f, "null.yaml",
		  "tolov: 1\ntitle: x\ngoals:\n  - id: 1\n    title: g\n    activities:\n"
		  "      - id: 1.1\n        title: a\n        status: Null\n"
		  "  - id: 2\n    title: h\n    activities: ~\n");
	set_ok(&f, "1.1", "status.q1.rating", "100");
	assert_int_equal(f.s->plan->goal[0].act[0].st[0].rating, 100);
	size_t idx;
	if (session_add_activity(f.s, 1, 0, &idx, &err))
		fail_msg("%s", err.text);
	assert_int_equal(f.s->plan->goal[1].n_act, 1);
	assert_string_equal(f.s->plan->goal[1].act[0].id, "2.1");
	fx_close(&f);
}


/* ---- issue 10 cases and issue 11's changing ---- */

static const char styled_plan[] =
	"tolov: 1\n"
	"title: x\n"
	"goals:\n"
	"    -   id: \"1\"\n"
	"        title: g\n"
	"        activities:\n"
	"        -   id: \"1.1\"\n"
	"            title: a\n"
	"            quarters:\n"
	"            - 1\n"
	"            # - 2  хойшлуулсан\n"
	"            - 3\n"
	"            schedule: \"1,3 дугаар улирал\"\n"
	"            budget:\n"
	"                amount: 2000000\n"
	"                text: \"2,0 сая\"\n"
	"            responsible: r\n"
	"            # trailing comment of 1.1\n"
	"        -   id: \"1.4\"\n"
	"            title: b\n"
	"            quarters: [1,  # нэг\n"
	"               3]\n"
	"            responsible: r\n"
	"    -   id: \"2\"\n"
	"        title: h\n"
	"        activities: []\n";

static void test_block_quarters_keep_block_and_comments(void **state)
{
	(void)state;
	struct fx f;
	open_text(&f, "styled.yaml", styled_plan);
	set_ok(&f, "1.1", "quarters", "1,3,4");
	assert_saved_with(&f, "            - 3\n            schedule: \"1,3 дугаар улирал\"\n",
			  "            - 3\n            - 4\n            schedule: \"1,3,4 дүгээр улирал\"\n");
	fx_close(&f);
	open_text(&f, "styled.yaml", styled_plan);
	set_ok(&f, "1.4", "quarters", "1,2");
	assert_saved_with(&f, "[1,  # нэг\n               3]", "[1, 2  # нэг\n               ]");
	fx_close(&f);
}

static void test_indentless_quarters_editable(void **state)
{
	(void)state;
	struct fx f;
	const char *text = "tolov: 1\ntitle: x\ngoals:\n- id: \"1\"\n  title: g\n  activities:\n"
			   "  - id: \"1.1\"\n    title: a\n    quarters:\n    - 1\n    responsible: r\n";
	open_text(&f, "indentless.yaml", text);
	set_ok(&f, "1.1", "quarters", "1-4");
	assert_saved_with(&f, "    - 1\n", "    - 1\n    - 2\n    - 3\n    - 4\n");
	set_ok(&f, "1.1", "quarters", "3");
	assert_saved_with(&f, "    quarters:\n    - 1\n", "    quarters:\n    - 3\n");
	set_ok(&f, "1.1", "quarters", "");
	assert_saved_with(&f, "    quarters:\n    - 1\n", "    quarters: []\n");
	fx_close(&f);
}

static void test_wording_follows_the_numbers(void **state)
{
	(void)state;
	struct fx f;
	open_text(&f, "styled.yaml", styled_plan);
	set_ok(&f, "1.1", "quarters", "1-4");
	assert_string_equal(plan_find_activity(f.s->plan, "1.1")->schedule, "1-4 дүгээр улирал");
	set_ok(&f, "1.1", "quarters", "2,3");
	assert_string_equal(plan_find_activity(f.s->plan, "1.1")->schedule, "2,3 дугаар улирал");
	set_ok(&f, "1.1", "quarters", "");
	assert_string_equal(plan_find_activity(f.s->plan, "1.1")->schedule, "Тухай бүр");
	set_ok(&f, "1.1", "budget.amount", "2500000");
	assert_string_equal(plan_find_activity(f.s->plan, "1.1")->budget.text, "2,5 сая");
	/* the same edit sets the wording: it wins */
	const char *paths[] = { "quarters", "schedule" }, *vals[] = { "4", "Дөрөвдүгээр улирал" };
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(session_set_many(f.s, "1.1", 2, paths, vals, &err), 0);
	assert_string_equal(plan_find_activity(f.s->plan, "1.1")->schedule, "Дөрөвдүгээр улирал");
	/* no wording where there was none */
	set_ok(&f, "1.4", "quarters", "2");
	assert_string_equal(plan_find_activity(f.s->plan, "1.4")->schedule, "");
	const char *act14 = strstr(f.s->doc->src, "id: \"1.4\"");
	assert_non_null(act14);
	assert_null(strstr(act14, "schedule"));
	fx_close(&f);
}

static void test_move_activity_to_another_goal(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	open_text(&f, "styled.yaml", styled_plan);
	assert_int_equal(session_move(f.s, "1.4", "2", &err), 0);
	assert_int_equal(f.s->plan->goal[0].n_act, 1);
	assert_int_equal(f.s->plan->goal[1].n_act, 1);
	assert_string_equal(f.s->plan->goal[1].act[0].id, "1.4");
	char *cut = replaced(styled_plan,
			     "        -   id: \"1.4\"\n            title: b\n"
			     "            quarters: [1,  # нэг\n               3]\n"
			     "            responsible: r\n", "");
	char *want = replaced(cut, "        activities: []\n",
			      "        activities:\n        -   id: \"1.4\"\n            title: b\n"
			      "            quarters: [1,  # нэг\n               3]\n"
			      "            responsible: r\n");
	assert_saved(&f, want);
	/* one undo step gives the file back */
	assert_int_equal(session_undo(f.s, NULL), 0);
	tu_assert_bytes(f.s->doc->src, f.s->doc->len, styled_plan);
	size_t g, a;
	assert_int_equal(session_changed_item(f.s, &g, &a), 0);
	assert_int_equal(g, 0);
	assert_int_equal(a, 1);
	assert_int_equal(session_move(f.s, "1.1", "1", &err), -1);
	tu_assert_err_has(&err, "already");
	tv_err_clear(&err);
	assert_int_equal(session_move(f.s, "1.1", "7", &err), -1);
	tv_err_clear(&err);
	free(cut);
	free(want);
	fx_close(&f);
}

static void test_delete_takes_trailing_comment(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	open_text(&f, "styled.yaml", styled_plan);
	assert_int_equal(session_delete_activity(f.s, 0, 0, &err), 0);
	const char *from = strstr(styled_plan, "        -   id: \"1.1\"");
	const char *to = strstr(styled_plan, "        -   id: \"1.4\"");
	char *cut = xstrndup(from, (size_t)(to - from));
	assert_non_null(strstr(cut, "# trailing comment of 1.1"));
	char *want = replaced(styled_plan, cut, "");
	assert_saved(&f, want);
	free(want);
	free(cut);
	fx_close(&f);
}

static void test_new_items_in_four_space_aligned_style(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	size_t idx;
	open_text(&f, "styled.yaml", styled_plan);
	assert_int_equal(session_add_activity(f.s, 0, 1, &idx, &err), 0);
	assert_string_equal(f.s->plan->goal[0].act[2].id, "1.5");	/* next free number */
	assert_saved_with(&f, "            quarters: [1,  # нэг\n               3]\n            responsible: r\n",
			  "            quarters: [1,  # нэг\n               3]\n            responsible: r\n"
			  "        -   id: \"1.5\"\n            title: \"\"\n            responsible: \"\"\n");
	fx_close(&f);
	open_text(&f, "styled.yaml", styled_plan);
	set_ok(&f, "1.1", "status.q2.rating", "70");
	set_ok(&f, "1.1", "status.q3.rating", "100");
	assert_saved_with(&f, "            responsible: r\n            # trailing",
			  "            responsible: r\n            status:\n                q2:\n"
			  "                    rating: 70\n                q3:\n"
			  "                    rating: 100\n            # trailing");
	fx_close(&f);
}

static void test_renumber_puts_ids_in_order(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	open_text(&f, "styled.yaml", styled_plan);
	assert_int_equal(session_renumber(f.s, &err), 0);
	assert_saved_with(&f, "id: \"1.4\"", "id: \"1.2\"");
	assert_int_equal(session_undo(f.s, NULL), 0);
	tu_assert_bytes(f.s->doc->src, f.s->doc->len, styled_plan);
	assert_int_equal(session_redo(f.s, NULL), 0);
	assert_string_equal(f.s->plan->goal[0].act[1].id, "1.2");
	fx_close(&f);
}


/* Found by fuzzing: a literal block takes its indentation from its first
 * line with content, so text whose first such line starts with spaces is
 * double-quoted instead. */
static void test_block_text_starting_with_spaces_reads_back(void **state)
{
	(void)state;
	struct fx f;
	open_text(&f, "block.yaml", "tolov: 1\ntitle: |-\n  a\n  b\ngoals: []\n");
	set_ok(&f, "", "title", "\n      - id: 1.1\nx");
	assert_string_equal(f.s->plan->title, "\n      - id: 1.1\nx");
	fx_close(&f);
}


/* An edit inside one activity re-reads that activity only: the nodes of
 * the other goals are the same objects after it, after undo and redo. */
static void test_edit_rereads_only_its_item(void **state)
{
	(void)state;
	struct fx f;
	open_text(&f, "styled.yaml", styled_plan);
	struct yn *goals = yn_get(f.s->doc->root, "goals");
	struct yn *g2 = goals->kids[1];
	const struct plan *model = f.s->plan;
	set_ok(&f, "1.1", "status.q2.note", "Шинэ тэмдэглэл");
	assert_ptr_equal(f.s->plan, model);	/* one activity built again, not the plan */
	set_ok(&f, "1.4", "quarters", "2,3");
	goals = yn_get(f.s->doc->root, "goals");
	assert_ptr_equal(goals->kids[1], g2);
	assert_string_equal(plan_find_activity(f.s->plan, "1.1")->st[1].note, "Шинэ тэмдэглэл");
	assert_int_equal(session_undo(f.s, NULL), 0);
	assert_int_equal(session_undo(f.s, NULL), 0);
	assert_int_equal(session_redo(f.s, NULL), 0);
	goals = yn_get(f.s->doc->root, "goals");
	assert_ptr_equal(goals->kids[1], g2);
	assert_int_equal(goals->kids[1]->start, g2->start);
	assert_string_equal(plan_find_activity(f.s->plan, "1.1")->st[1].note, "Шинэ тэмдэглэл");
	assert_string_equal(plan_find_activity(f.s->plan, "1.4")->schedule, "");
	fx_close(&f);
}


/* A goal moves under another goal as a nested goal, with everything in
 * it; not under itself or a goal nested in it. */
static void test_move_goal_under_another(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	const char *text = "tolov: 1\ntitle: x\ngoals:\n"
			   "  - id: \"1\"\n    title: a\n    activities:\n      - id: \"1.1\"\n        title: t\n"
			   "  - id: \"2\"\n    title: b\n    activities:\n      - id: \"2.1\"\n        title: u\n";
	open_text(&f, "goals.yaml", text);
	assert_int_equal(session_move(f.s, "2", "1", &err), 0);
	assert_int_equal(f.s->plan->n_goal, 2);
	assert_int_equal(f.s->plan->goal[1].parent, 0);
	assert_int_equal(f.s->plan->goal[1].depth, 1);
	tu_assert_bytes(f.s->doc->src, f.s->doc->len,
			"tolov: 1\ntitle: x\ngoals:\n"
			"  - id: \"1\"\n    title: a\n    activities:\n      - id: \"1.1\"\n        title: t\n"
			"    goals:\n      - id: \"2\"\n        title: b\n        activities:\n"
			"          - id: \"2.1\"\n            title: u\n");
	assert_int_equal(session_move(f.s, "1", "2", &err), -1);	/* into itself */
	tv_err_clear(&err);
	assert_int_equal(session_move(f.s, "1.1", "2", &err), 0);	/* into a nested goal */
	assert_string_equal(f.s->plan->goal[1].act[1].id, "1.1");
	assert_int_equal(session_undo(f.s, NULL), 0);
	assert_int_equal(session_undo(f.s, NULL), 0);
	tu_assert_bytes(f.s->doc->src, f.s->doc->len, text);
	fx_close(&f);
}


/* Renumbering with a nested goal: every goal of the tree and every
 * activity is numbered in order, the nested goal after its parent's
 * activity (1.2, its activity 1.2.1); the English wording follows
 * quarters in an English plan. (Before, nested goals kept their ids.) */
static void test_renumber_with_nested_goal_and_english_wording(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	const char *text = "tolov: 1\ntitle: x\ngoals:\n"
			   "  - id: \"5\"\n    title: a\n    activities:\n"
			   "      - id: \"5.7\"\n        title: t\n        quarters: [2, 3]\n"
			   "        schedule: \"Quarters 2-3\"\n"
			   "    goals:\n      - id: \"9\"\n        title: n\n        activities:\n"
			   "          - id: \"9.1\"\n            title: u\n";
	open_text(&f, "nested.yaml", text);
	assert_int_equal(session_renumber(f.s, &err), 0);
	assert_string_equal(f.s->plan->goal[0].id, "1");
	assert_string_equal(f.s->plan->goal[0].act[0].id, "1.1");
	assert_string_equal(f.s->plan->goal[1].id, "1.2");
	assert_string_equal(f.s->plan->goal[1].act[0].id, "1.2.1");
	set_ok(&f, "1.1", "quarters", "1-4");
	assert_string_equal(f.s->plan->goal[0].act[0].schedule, "Every quarter");
	set_ok(&f, "1.1", "quarters", "3");
	assert_string_equal(f.s->plan->goal[0].act[0].schedule, "Quarter 3");
	fx_close(&f);
}

/* :renumber renumbers every goal of the tree, nested ones at any depth,
 * and every activity, in one undo step; only the id scalars change
 * (their spelling kept: single- or double-quoted, flow; a plain one that
 * other YAML readers would take for a number is double-quoted), so the
 * file is the old one with exactly those bytes replaced; ids written in
 * notes and titles stay. Nested goals listed before the activities in
 * their goal come first. */
static void test_renumber_every_nested_goal(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	const char *text =
		"tolov: 1\ntitle: x\ngoals:\n"
		"  - id: \"3\"  # the first goal\n    title: \"Goal 3 (see 3.5)\"\n"
		"    activities:\n"
		"      - id: 3.5\n        title: a\n"
		"        status: {q1: {rating: 100, note: \"as 3.5 and 3.9.2 said\"}}\n"
		"    goals:\n"
		"      - id: '3.9'\n        title: n\n"
		"        activities:\n"
		"          - {id: \"3.9.2\", title: b}\n"
		"        goals:\n"
		"          - id: \"3.9.7\"\n            title: deep\n"
		"            activities:\n"
		"              - id: \"3.9.7.4\"\n                title: c\n"
		"  - id: \"8\"\n    title: last\n"
		"    goals:\n"
		"      - id: \"8.3\"\n        title: sub first\n"
		"    activities:\n"
		"      - id: \"8.1\"\n        title: d\n";
	const char *want =
		"tolov: 1\ntitle: x\ngoals:\n"
		"  - id: \"1\"  # the first goal\n    title: \"Goal 3 (see 3.5)\"\n"
		"    activities:\n"
		"      - id: \"1.1\"\n        title: a\n"
		"        status: {q1: {rating: 100, note: \"as 3.5 and 3.9.2 said\"}}\n"
		"    goals:\n"
		"      - id: '1.2'\n        title: n\n"
		"        activities:\n"
		"          - {id: \"1.2.1\", title: b}\n"
		"        goals:\n"
		"          - id: \"1.2.2\"\n            title: deep\n"
		"            activities:\n"
		"              - id: \"1.2.2.1\"\n                title: c\n"
		"  - id: \"2\"\n    title: last\n"
		"    goals:\n"
		"      - id: \"2.1\"\n        title: sub first\n"
		"    activities:\n"
		"      - id: \"2.2\"\n        title: d\n";
	open_text(&f, "nested-renumber.yaml", text);
	assert_int_equal(session_renumber(f.s, &err), 0);
	assert_saved(&f, want);
	const struct plan *p = f.s->plan;
	assert_int_equal(p->n_goal, 5);
	assert_string_equal(p->goal[2].id, "1.2.2");
	assert_int_equal(p->goal[2].depth, 2);
	assert_string_equal(p->goal[2].act[0].id, "1.2.2.1");
	assert_string_equal(p->goal[4].id, "2.1");
	/* one undo step takes all of it back, byte for byte */
	assert_int_equal(session_undo(f.s, NULL), 0);
	tu_assert_bytes(f.s->doc->src, f.s->doc->len, text);
	assert_false(session_can_undo(f.s));
	assert_int_equal(session_redo(f.s, NULL), 0);
	tu_assert_bytes(f.s->doc->src, f.s->doc->len, want);
	/* in order already: no step */
	assert_int_equal(session_renumber(f.s, &err), 0);
	assert_int_equal(session_undo(f.s, NULL), 0);
	tu_assert_bytes(f.s->doc->src, f.s->doc->len, text);
	fx_close(&f);
}

/* ---- the model updated in parts ---- */

static const char nested_plan[] =
	"tolov: 1\ntitle: x\ngoals:\n"
	"  # first\n"
	"  - id: \"1\"\n    title: a\n    activities:\n"
	"      - id: \"1.1\"\n        title: t\n        status:\n          q1: {rating: 70}\n"
	"      - id: \"1.2\"\n        title: t\n        indicators:\n          - name: n\n"
	"      - id: \"1.3\"\n        title: t\n"
	"  - id: \"2\"\n    title: b\n    activities:\n"
	"      - id: \"2.1\"\n        title: u\n        quarters: [1, 2]\n"
	"      - id: \"2.2\"\n        title: u\n        budget: {amount: 5}\n"
	"    goals:\n"
	"      - id: \"2a\"\n        title: c\n        activities:\n"
	"          - id: \"2a.1\"\n            title: v\n            status:\n              q2: {rating: 100}\n"
	"      - id: \"2b\"\n        title: d\n        activities:\n"
	"          - id: \"2b.1\"\n            title: w\n"
	"  - id: \"3\"\n    title: e\n    activities:\n"
	"      - id: \"3.1\"\n        title: x\n        status:\n          q1: {rating: 30}\n"
	"  - id: \"4\"\n    title: f\n    activities:\n"
	"      - id: \"4.1\"\n        title: y\n";

/* The session's model equals a full build of its text. */
static void assert_model_fresh(const struct session *s, const char *when)
{
	struct doc *d = NULL;
	struct plan *p = NULL;
	struct tv_err err = TV_ERR_INIT;
	if (doc_from_buffer(&d, "fresh", xstrndup(s->doc->src, s->doc->len), s->doc->len, &err) ||
	    plan_build(&p, d, &err))
		fail_msg("%s: %s", when, err.text);
	char *diff = me_plan_diff(s->plan, p);
	if (diff)
		fail_msg("%s: model in parts vs full build: %s\n%s", when, diff, s->doc->src);
	plan_free(p);
	doc_free(d);
}

/* After the edit, and after its undo, redo and undo again: the model
 * equals a full build, and was never built whole. */
static void check_in_parts(struct fx *f, int rc, const char *what)
{
	if (rc)
		fail_msg("%s: refused", what);
	assert_model_fresh(f->s, what);
	char *edited = xstrndup(f->s->doc->src, f->s->doc->len);
	char *before = NULL;
	assert_int_equal(session_undo(f->s, NULL), 0);
	before = xstrndup(f->s->doc->src, f->s->doc->len);
	assert_model_fresh(f->s, what);
	assert_int_equal(session_redo(f->s, NULL), 0);
	tu_assert_bytes(f->s->doc->src, f->s->doc->len, edited);
	assert_model_fresh(f->s, what);
	assert_int_equal(session_undo(f->s, NULL), 0);
	tu_assert_bytes(f->s->doc->src, f->s->doc->len, before);
	assert_model_fresh(f->s, what);
	if (f->s->n_whole_builds)
		fail_msg("%s: the model was built whole", what);
	free(edited);
	free(before);
}

static void test_structural_edits_update_the_model_in_parts(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	size_t ni;
	open_text(&f, "nested.yaml", nested_plan);
	struct session *s = f.s;
	/* the flat array: 1, 2, 2a, 2b, 3, 4 */
	assert_int_equal(s->plan->n_goal, 6);
	check_in_parts(&f, session_add_activity(s, 0, 0, &ni, &err), "add activity");
	check_in_parts(&f, session_add_activity(s, 2, 0, &ni, &err), "add activity, nested goal");
	check_in_parts(&f, session_delete_activity(s, 0, 1, &err), "delete activity");
	check_in_parts(&f, session_delete_activity(s, 0, 0, &err), "delete first activity");
	check_in_parts(&f, session_delete_activity(s, 5, 0, &err), "delete the only activity");
	check_in_parts(&f, session_move_activity(s, 0, 0, 1, &err), "move activity");
	check_in_parts(&f, session_move(s, "1.2", "4", &err), "move to another goal");
	check_in_parts(&f, session_move(s, "4.1", "1", &err), "move to a goal before");
	check_in_parts(&f, session_move(s, "3.1", "2b", &err), "move into a nested goal");
	check_in_parts(&f, session_move(s, "2a.1", "3", &err), "move out of a nested goal");
	check_in_parts(&f, session_add_indicator(s, 0, 0, &ni, &err), "add indicator");
	check_in_parts(&f, session_delete_indicator(s, 0, 1, 0, &err), "delete indicator");
	check_in_parts(&f, session_set(s, "1.1", "status.q3.rating", "30", &err), "add status entry");
	check_in_parts(&f, session_set(s, "1.1", "status.q1.rating", "", &err), "clear status entry");
	check_in_parts(&f, session_set(s, "2", "title", "B", &err), "goal title");
	check_in_parts(&f, session_add_goal(s, 0, &ni, &err), "add goal");
	check_in_parts(&f, session_add_goal(s, 2, &ni, &err), "add nested goal");
	check_in_parts(&f, session_add_goal(s, 5, &ni, &err), "add last goal");
	check_in_parts(&f, session_delete_goal(s, 0, &err), "delete the first goal, comment above");
	check_in_parts(&f, session_move_goal(s, 0, 1, &err), "move the first goal down");
	check_in_parts(&f, session_delete_goal(s, 1, &err), "delete goal with nested goals");
	check_in_parts(&f, session_delete_goal(s, 3, &err), "delete nested goal");
	check_in_parts(&f, session_delete_goal(s, 5, &err), "delete last goal");
	check_in_parts(&f, session_move_goal(s, 1, 1, &err), "move goal with nested goals down");
	check_in_parts(&f, session_move_goal(s, 4, -1, &err), "move goal up past nested goals");
	check_in_parts(&f, session_move_goal(s, 2, 1, &err), "move nested goal");
	check_in_parts(&f, session_move(s, "3", "1", &err), "goal under a goal before it");
	check_in_parts(&f, session_move(s, "1", "4", &err), "goal under a goal after it");
	check_in_parts(&f, session_move(s, "2a", "4", &err), "nested goal under another goal");
	check_in_parts(&f, session_move(s, "4", "2b", &err), "goal under a nested goal");
	check_in_parts(&f, session_move(s, "2", "3", &err), "goal with nested goals under a goal");
	/* renumbering after a move touches the two goals */
	assert_int_equal(session_move(s, "1.1", "3", &err), 0);
	check_in_parts(&f, session_renumber(s, &err), "renumber");
	assert_int_equal(session_undo(s, NULL), 0);
	tu_assert_bytes(s->doc->src, s->doc->len, nested_plan);
	assert_model_fresh(s, "the end");
	assert_int_equal(s->n_whole_builds, 0);
	fx_close(&f);
}

/* Goals are numbered as in the plan's flat array, nested goals included
 * (the interface selects them so): each edit lands on the goal named. */
static void test_structural_edits_take_flat_goal_indices(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	size_t ni;
	open_text(&f, "nested.yaml", nested_plan);
	struct session *s = f.s;
	assert_int_equal(session_delete_activity(s, 5, 0, &err), 0);
	assert_string_equal(s->plan->goal[5].id, "4");
	assert_int_equal(s->plan->goal[5].n_act, 0);
	assert_int_equal(session_add_activity(s, 3, 0, &ni, &err), 0);
	assert_string_equal(s->plan->goal[3].id, "2b");
	assert_int_equal(s->plan->goal[3].n_act, 2);
	assert_int_equal(session_move_goal(s, 2, 1, &err), 0);
	assert_string_equal(s->plan->goal[2].id, "2b");
	assert_string_equal(s->plan->goal[3].id, "2a");
	assert_int_equal(session_move_goal(s, 3, 1, &err), -1);	/* the last nested goal */
	tv_err_clear(&err);
	assert_int_equal(session_add_goal(s, 2, &ni, &err), 0);	/* after 2b, nested in 2 */
	assert_int_equal(ni, 3);
	assert_int_equal(s->plan->goal[3].parent, 1);
	assert_int_equal(s->plan->goal[1].n_desc, 3);
	assert_int_equal(session_add_goal(s, 1, &ni, &err), 0);	/* after 2 and its nested goals */
	assert_int_equal(ni, 5);
	assert_int_equal(s->plan->goal[5].parent, GOAL_NONE);
	assert_int_equal(session_delete_goal(s, 3, &err), 0);
	assert_int_equal(s->plan->goal[1].n_desc, 2);
	assert_int_equal(session_delete_indicator(s, 0, 1, 0, &err), 0);
	assert_int_equal(s->plan->goal[0].act[1].n_ind, 0);
	assert_model_fresh(s, "flat indices");
	while (session_undo(s, NULL) == 0)
		;
	tu_assert_bytes(s->doc->src, s->doc->len, nested_plan);
	fx_close(&f);
}

/* What parts replace is freed with the model: after enough of them the
 * model is built whole again, and stays right throughout. */
static void test_parts_add_up_to_a_whole_build(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	size_t ni;
	open_text(&f, "nested.yaml", nested_plan);
	struct session *s = f.s;
	for (int i = 0; i < 2000 && s->n_whole_builds == 0; i++) {
		assert_int_equal(session_add_goal(s, 0, &ni, &err), 0);
		assert_int_equal(session_undo(s, NULL), 0);
	}
	assert_int_equal(s->n_whole_builds, 1);
	assert_true(s->n_rebuilt < 100);	/* counted afresh from the whole build */
	assert_model_fresh(s, "after the whole build");
	assert_int_equal(session_redo(s, NULL), 0);
	assert_model_fresh(s, "after redo");
	assert_int_equal(s->n_whole_builds, 1);
	fx_close(&f);
}

/* A long value read in place (a view of the source) after the place an
 * undo deletes from follows its text: it reads as before the edit. */
static void test_undo_keeps_long_values_after_it(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	size_t ni;
	const char *text = "tolov: 1\ntitle: x\ngoals:\n  - id: \"1\"\n    title: a\n    activities:\n"
			   "      - id: \"1.1\"\n        title: t\n        indicators:\n          - name: n\n"
			   "        budget: {text: \"a long text of more than forty-eight bytes, read in place\"}\n"
			   "        responsible: \"Хуулийн хэлтэс\"\n"
			   "      - id: \"1.2\"\n        title: \"another activity, its title long enough to be a view\"\n";
	open_text(&f, "long.yaml", text);
	assert_int_equal(session_add_indicator(f.s, 0, 0, &ni, &err), 0);
	assert_int_equal(session_undo(f.s, NULL), 0);
	tu_assert_bytes(f.s->doc->src, f.s->doc->len, text);
	assert_model_fresh(f.s, "after undo");
	assert_string_equal(f.s->plan->goal[0].act[0].budget.text,
			    "a long text of more than forty-eight bytes, read in place");
	const struct yn *b = yn_get(yn_get(yn_get(yn_get(f.s->doc->root, "goals")->kids[0],
						    "activities")->kids[0], "budget"), "text");
	char *v = yn_strdup(b);
	assert_string_equal(v, "a long text of more than forty-eight bytes, read in place");
	free(v);
	fx_close(&f);
}


/* Undo and redo of a field set in place patch the field again: the plan's
 * own fields (held by no list item) need no whole parse either. */
static void test_undo_of_plan_field_patches_in_place(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	open_text(&f, "nested.yaml", nested_plan);
	struct session *s = f.s;
	const struct doc_mem *mem = s->doc->mem;	/* a whole parse replaces it */
	assert_int_equal(session_set(s, "", "title", "Шинэ: гарчиг", &err), 0);
	assert_int_equal(session_set(s, "", "title", "plain again", &err), 0);
	assert_int_equal(session_undo(s, NULL), 0);
	assert_int_equal(session_undo(s, NULL), 0);
	tu_assert_bytes(s->doc->src, s->doc->len, nested_plan);
	assert_model_fresh(s, "after undo");
	assert_int_equal(session_redo(s, NULL), 0);
	assert_string_equal(s->plan->title, "Шинэ: гарчиг");
	assert_model_fresh(s, "after redo");
	assert_int_equal(session_redo(s, NULL), 0);
	assert_string_equal(s->plan->title, "plain again");
	assert_model_fresh(s, "after redo");
	assert_ptr_equal(s->doc->mem, mem);
	fx_close(&f);
}

/* Changes in more places than the session follows (renumbering a dozen
 * goals) build the model whole, and it is still right; so is a step whose
 * places are re-read one by one. */
static void test_many_places_build_whole_and_right(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	struct sbuf b = SBUF_INIT;
	sbuf_adds(&b, "tolov: 1\ntitle: x\ngoals:\n");
	for (int g = 12; g >= 1; g--) {
		sbuf_addf(&b, "  - id: \"%d\"\n    title: g\n    activities:\n", g);
		for (int a = 3; a >= 1; a--)
			sbuf_addf(&b, "      - id: \"%d.%d\"\n        title: t\n", g, a);
	}
	open_text(&f, "many.yaml", b.buf);
	struct session *s = f.s;
	assert_int_equal(session_renumber(s, &err), 0);	/* every id, in 12 goals */
	assert_true(s->n_whole_builds >= 1);
	assert_model_fresh(s, "after renumber");
	assert_string_equal(s->plan->goal[11].act[2].id, "12.3");
	assert_int_equal(session_undo(s, NULL), 0);
	assert_model_fresh(s, "after undo");
	tu_assert_bytes(s->doc->src, s->doc->len, b.buf);
	assert_int_equal(session_redo(s, NULL), 0);
	assert_model_fresh(s, "after redo");
	sbuf_free(&b);
	fx_close(&f);
}

/* The interface's session (session_open_shown) holds long notes and
 * indicator names back; after edits, undo and redo in parts of the plan
 * and filling, its model is the one a whole build of the text gives, also
 * for an activity filled before the edits and one added by them. */
#define SHOWN_NOTE "Хоёрдугаар улиралд хэрэгжилтийг дахин хянаж, тайланг шинэчилсэн"
#define SHOWN_NAME "Сургалтад хамрагдсан албан хаагчдын эзлэх хувь, жилийн эцэст"
static void test_shown_session_fills_after_edits(void **state)
{
	(void)state;
	static const char text[] =
		"tolov: 1\ntitle: t\ngoals:\n"
		"  - id: \"1\"\n    title: one\n    activities:\n"
		"      - id: \"1.1\"\n        title: a\n"
		"        indicators:\n          - name: \"" SHOWN_NAME "\"\n"
		"        status:\n          q1: {rating: 100, note: \"" SHOWN_NOTE "\"}\n"
		"      - id: \"1.2\"\n        title: b\n"
		"        status:\n          q2: {rating: 70, note: \"" SHOWN_NOTE " 1.2\"}\n"
		"    goals:\n"
		"      - id: \"1.A\"\n        title: nested\n        activities:\n"
		"          - id: \"1.A.1\"\n            title: c\n"
		"            indicators:\n              - name: \"" SHOWN_NAME " 1.A.1\"\n"
		"  - id: \"2\"\n    title: two\n    activities:\n"
		"      - id: \"2.1\"\n        title: d\n"
		"        status:\n          q4: {rating: 0, note: \"" SHOWN_NOTE " 2.1\"}\n";
	char *path = tu_path("shown.yaml");
	tu_write(path, text, strlen(text));
	struct session *s;
	struct tv_err err = TV_ERR_INIT;
	if (session_open_shown(&s, path, NULL, 0, &err))
		fail_msg("%s", err.text);
	assert_true(s->plan->goal[0].act[0].text_deferred);
	assert_string_equal(s->plan->goal[0].act[0].st[0].note, "");
	plan_fill_activity(s->plan, &s->plan->goal[2].act[0]);	/* before the edits */
	assert_string_equal(s->plan->goal[2].act[0].st[3].note, SHOWN_NOTE " 2.1");

	assert_int_equal(session_set(s, "1.1", "status.q1.note", SHOWN_NOTE " new", &err), 0);
	assert_true(s->plan->goal[0].act[0].text_deferred);	/* built again, deferred */
	plan_fill_activity(s->plan, &s->plan->goal[0].act[0]);
	assert_string_equal(s->plan->goal[0].act[0].st[0].note, SHOWN_NOTE " new");
	size_t ni;
	assert_int_equal(session_add_activity(s, 0, 0, &ni, &err), 0);
	assert_int_equal(session_set(s, "1.A.1", "title", "c again", &err), 0);
	assert_int_equal(session_set(s, "2.1", "status.q3.note", SHOWN_NOTE " q3", &err), 0);
	const char *label;
	assert_int_equal(session_undo(s, &label), 0);
	assert_int_equal(session_redo(s, &label), 0);
	assert_int_equal(session_undo(s, &label), 0);

	plan_fill(s->plan);
	struct plan *whole;
	if (plan_build(&whole, s->doc, &err))
		fail_msg("%s", err.text);
	char *diff = me_plan_diff(s->plan, whole);
	if (diff)
		fail_msg("%s", diff);
	assert_string_equal(s->plan->goal[0].act[0].st[0].note, SHOWN_NOTE " new");
	assert_string_equal(s->plan->goal[1].act[0].ind[0].name, SHOWN_NAME " 1.A.1");
	plan_free(whole);
	session_free(s);
	free(path);
}

/* A plan large enough for the document's and the model's huge-page storage
 * (doc_mem.c, plan.c), whose unused tails are given back after a build:
 * edits re-read items into that storage and fill text into it, and the
 * model stays the one a whole build gives. */
static void test_large_plan_storage_after_trim(void **state)
{
	(void)state;
	struct sbuf t = SBUF_INIT;
	char pad[1200];
	memset(pad, 0, sizeof pad);
	for (size_t i = 0; i + 2 <= 1000; i += 2)
		memcpy(pad + i, "\xd0\xb0", 2);	/* "а" x 500 */
	sbuf_adds(&t, "tolov: 1\ntitle: big\ngoals:\n");
	for (int g = 1; g <= 20; g++) {
		sbuf_addf(&t, "  - id: \"%d\"\n    title: \"goal %d %s\"\n    activities:\n", g, g, pad);
		for (int a = 1; a <= 250; a++)
			sbuf_addf(&t,
				  "      - id: \"%d.%d\"\n        title: \"%d.%d %s\"\n"
				  "        indicators:\n          - name: \"%d.%d %s\"\n"
				  "        status:\n          q1: {rating: 70, note: \"%d.%d %s\"}\n",
				  g, a, g, a, pad, g, a, pad, g, a, pad);
	}
	assert_true(t.len > (9u << 20));
	char *path = tu_path("big.yaml");
	tu_write(path, t.buf, t.len);
	struct tv_err err = TV_ERR_INIT;
	for (int shown = 0; shown < 2; shown++) {
		struct session *s;
		if ((shown ? session_open_shown(&s, path, NULL, 0, &err) : session_open(&s, path, &err)))
			fail_msg("%s", err.text);
		assert_int_equal(session_set(s, "20.250", "status.q1.note", "last", &err), 0);
		assert_int_equal(session_set(s, "20.249", "title", pad, &err), 0);
		size_t ni;
		assert_int_equal(session_add_activity(s, 19, 249, &ni, &err), 0);
		assert_int_equal(session_set(s, "1.1", "status.q2.note", pad, &err), 0);
		const char *label;
		assert_int_equal(session_undo(s, &label), 0);
		plan_fill(s->plan);
		struct plan *whole;
		if (plan_build(&whole, s->doc, &err))
			fail_msg("%s", err.text);
		char *diff = me_plan_diff(s->plan, whole);
		if (diff)
			fail_msg("%s", diff);
		assert_string_equal(s->plan->goal[19].act[249].st[0].note, "last");
		assert_string_equal(s->plan->goal[19].act[248].title, pad);
		char want[1300];
		snprintf(want, sizeof want, "20.248 %s", pad);
		assert_string_equal(s->plan->goal[19].act[247].st[0].note, want);
		plan_free(whole);
		session_free(s);
	}
	sbuf_free(&t);
	free(path);
}

/* Undo and redo select the item the step is about, for every edit kind:
 * "goal/activity" ids of session_changed_item, "-" for none. */
static char *changed(struct fx *f)
{
	size_t g, a;
	const struct plan *p = f->s->plan;
	if (session_changed_item(f->s, &g, &a) < 0 || g >= p->n_goal)
		return xstrdup("-");
	if (a == SIZE_MAX)
		return xasprintf("%s/-", p->goal[g].id);
	return xasprintf("%s/%s", p->goal[g].id, p->goal[g].act[a].id);
}

#define UNDO_REDO(f, want_undo, want_redo)                                                 \
	do {                                                                               \
		assert_int_equal(session_undo((f)->s, NULL), 0);                            \
		char *got_ = changed(f);                                                   \
		assert_string_equal(got_, want_undo);                                     \
		free(got_);                                                                \
		assert_int_equal(session_redo((f)->s, NULL), 0);                            \
		got_ = changed(f);                                                         \
		assert_string_equal(got_, want_redo);                                     \
		free(got_);                                                                \
	} while (0)

static void test_undo_redo_select_the_item(void **state)
{
	(void)state;
	struct fx f;
	struct tv_err err = TV_ERR_INIT;
	fx_open(&f, "hand.yaml");
	/* an activity moved to another goal: redo finds it in its new goal,
	 * not the activity now at its old place */
	assert_int_equal(session_move(f.s, "1.1", "2", &err), 0);
	UNDO_REDO(&f, "1/1.1", "2/1.1");
	assert_string_equal(session_changed_id(f.s), "1.1");
	assert_int_equal(session_undo(f.s, NULL), 0);
	/* moved down within its goal */
	assert_int_equal(session_move_activity(f.s, 0, 0, +1, &err), 0);
	UNDO_REDO(&f, "1/1.1", "1/1.1");
	assert_int_equal(session_undo(f.s, NULL), 0);
	/* deleted: undo selects it again; redo the one now at its place */
	assert_int_equal(session_delete_activity(f.s, 1, 0, &err), 0);
	UNDO_REDO(&f, "2/2.1", "2/2.2");
	assert_int_equal(session_undo(f.s, NULL), 0);
	/* the last one deleted: redo selects the one before it */
	assert_int_equal(session_delete_activity(f.s, 1, 1, &err), 0);
	UNDO_REDO(&f, "2/2.2", "2/2.1");
	assert_int_equal(session_undo(f.s, NULL), 0);
	/* an activity added: redo selects the new one, undo its neighbour */
	size_t ni = SIZE_MAX;
	assert_int_equal(session_add_activity(f.s, 0, 1, &ni, &err), 0);
	char *new_id = xstrdup(f.s->plan->goal[0].act[2].id);
	char *want = xasprintf("1/%s", new_id);
	UNDO_REDO(&f, "1/1.2", want);
	assert_string_equal(session_changed_id(f.s), new_id);
	free(want);
	free(new_id);
	assert_int_equal(session_undo(f.s, NULL), 0);
	/* an indicator added, moved, deleted: its activity */
	assert_int_equal(session_add_indicator(f.s, 0, 1, NULL, &err), 0);
	UNDO_REDO(&f, "1/1.2", "1/1.2");
	assert_int_equal(session_delete_indicator(f.s, 0, 1, 0, &err), 0);
	UNDO_REDO(&f, "1/1.2", "1/1.2");
	/* a goal moved, deleted, added */
	assert_int_equal(session_move_goal(f.s, 1, -1, &err), 0);
	UNDO_REDO(&f, "2/-", "2/-");
	assert_int_equal(session_undo(f.s, NULL), 0);
	assert_int_equal(session_delete_goal(f.s, 0, &err), 0);
	assert_int_equal(session_undo(f.s, NULL), 0);
	char *got = changed(&f);
	assert_string_equal(got, "1/-");
	free(got);
	assert_int_equal(session_add_goal(f.s, 1, &ni, &err), 0);
	want = xasprintf("%s/-", f.s->plan->goal[ni].id);
	assert_int_equal(session_undo(f.s, NULL), 0);
	assert_int_equal(session_redo(f.s, NULL), 0);
	got = changed(&f);
	assert_string_equal(got, want);
	free(got);
	free(want);
	/* a field: its item */
	set_ok(&f, "2.2", "title", "Өөр");
	UNDO_REDO(&f, "2/2.2", "2/2.2");
	assert_string_equal(session_changed_id(f.s), "2.2");
	/* a plan field: no item */
	set_ok(&f, "", "year", "2031");
	assert_int_equal(session_undo(f.s, NULL), 0);
	assert_null(session_changed_id(f.s));
	assert_int_equal(session_redo(f.s, NULL), 0);
	/* a new edit drops the redo entries: no stale step is read */
	assert_int_equal(session_undo(f.s, NULL), 0);
	set_ok(&f, "2.1", "title", "Бас");
	assert_null(session_changed_id(f.s));
	fx_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_undo_redo_select_the_item),
		T(test_save_without_edit_is_identical),
		T(test_set_keeps_single_quotes),
		T(test_set_year),
		T(test_set_missing_currency_adds_a_line),
		T(test_set_plain_keeps_plain),
		T(test_set_plain_quotes_what_needs_it),
		T(test_set_double_quoted_escapes_only_what_it_must),
		T(test_set_long_cyrillic_text_stays_one_line),
		T(test_set_folded_block_to_one_line),
		T(test_set_literal_block_keeps_block),
		T(test_set_rating_in_flow_entry),
		T(test_set_rating_adds_quarter_entry),
		T(test_set_rating_adds_status_to_flow_item),
		T(test_clear_rating_removes_emptied_status),
		T(test_clear_rating_keeps_note),
		T(test_set_quarters),
		T(test_set_quarters_as_needed),
		T(test_set_budget_amount_in_block_budget),
		T(test_set_budget_text_adds_key_to_block_budget),
		T(test_set_indicator_actual_adds_to_flow_mapping),
		T(test_set_goal_id),
		T(test_unknown_keys_kept_after_edits),
		T(test_refused_unknown_rating),
		T(test_refused_duplicate_id),
		T(test_refused_bad_values),
		T(test_refused_unknown_paths),
		T(test_set_many_is_all_or_nothing),
		T(test_add_goal_block),
		T(test_add_activity_after_first),
		T(test_add_indicator_to_empty_list),
		T(test_add_indicator_after_sibling),
		T(test_add_activity_flow),
		T(test_add_indicator_flow),
		T(test_add_goal_flow_one_per_line),
		T(test_delete_activity_takes_its_lines),
		T(test_delete_goal_takes_its_comment),
		T(test_delete_last_item_leaves_empty_list),
		T(test_delete_flow_item),
		T(test_move_activity_down),
		T(test_move_refused_at_ends),
		T(test_crlf_set_keeps_crlf),
		T(test_crlf_add_uses_crlf),
		T(test_bom_set),
		T(test_undo_redo_restore_exact_bytes),
		T(test_undo_rebuilds_model),
		T(test_new_edit_drops_redo),
		T(test_dirty_follows_save_and_undo),
		T(test_save_refuses_file_changed_on_disk),
		T(test_save_to_other_path),
		T(test_open_refuses_invalid_plan),
		T(test_outside_change_that_collided_is_seen),
		T(test_lean_session_saves_the_same),
		T(test_stamp_check_tells_touched_from_changed),
			cmocka_unit_test_setup_teardown(test_set_empty_values_writes_after_the_colon, tu_setup,
						tu_teardown),
		cmocka_unit_test_setup_teardown(test_set_line_separator_survives_reload, tu_setup,
						tu_teardown),
		cmocka_unit_test_setup_teardown(test_set_many_with_id_borrowed_from_the_plan,
						tu_setup, tu_teardown),
		cmocka_unit_test_setup_teardown(test_set_literal_block_with_control_character_is_quoted,
						tu_setup, tu_teardown),
		cmocka_unit_test_setup_teardown(test_edit_after_literal_block_edit_lands_in_place,
						tu_setup, tu_teardown),
		cmocka_unit_test_setup_teardown(test_block_at_end_of_file_keeps_final_line_break,
						tu_setup, tu_teardown),
		cmocka_unit_test_setup_teardown(test_noncharacters_are_escaped, tu_setup, tu_teardown),
		cmocka_unit_test_setup_teardown(test_shown_session_fills_after_edits, tu_setup,
						tu_teardown),
		cmocka_unit_test_setup_teardown(test_large_plan_storage_after_trim, tu_setup,
						tu_teardown),
		cmocka_unit_test_setup_teardown(test_edits_read_null_as_the_loader_does, tu_setup,
						tu_teardown),
		T(test_block_quarters_keep_block_and_comments),
		T(test_indentless_quarters_editable),
		T(test_wording_follows_the_numbers),
		T(test_move_activity_to_another_goal),
		T(test_delete_takes_trailing_comment),
		T(test_new_items_in_four_space_aligned_style),
		T(test_renumber_puts_ids_in_order),
		T(test_block_text_starting_with_spaces_reads_back),
		T(test_edit_rereads_only_its_item),
		T(test_move_goal_under_another),
		T(test_renumber_with_nested_goal_and_english_wording),
		T(test_renumber_every_nested_goal),
		T(test_undo_labels_in_the_language),
		T(test_structural_edits_update_the_model_in_parts),
		T(test_structural_edits_take_flat_goal_indices),
		T(test_parts_add_up_to_a_whole_build),
		T(test_undo_keeps_long_values_after_it),
		T(test_undo_of_plan_field_patches_in_place),
		T(test_many_places_build_whole_and_right),
};
	return cmocka_run_group_tests_name("session", tests, NULL, NULL);
}
