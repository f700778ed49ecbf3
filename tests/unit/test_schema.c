/*
 * test_schema.c — the schema table (src/plan/schema.c) and what it drives:
 * key lookups and order, set paths (resolve, build, README's table), value
 * checks, new fields through `set`, JSON typing; and that no file outside
 * the schema module spells a format key as a string literal.
 */
#include "testutil.h"
#include "tolov/base/text.h"

#include <dirent.h>

#include "tolov/plan/schema.h"
#include "tolov/edit/session.h"
#include "tolov/io/export.h"
#include "tolov/plan/plandiff.h"

static void test_table_is_consistent(void **state)
{
	(void)state;
	for (size_t i = 0; i < SK__COUNT; i++) {
		const struct schema_key *r = schema_at(i);
		assert_int_equal(r->id, i);
		assert_ptr_equal(schema_key(r->id), r);
		assert_true(r->key[0]);
		/* one row per key under a parent */
		assert_ptr_equal(schema_find(r->parent, r->key), r);
		bool nested = r->type == ST_MAP || r->type == ST_LIST || r->type == ST_EXTRA;
		assert_int_equal(nested, r->child != SP_NONE);
		assert_false(nested && r->settable);
		assert_true(tr_in(LANG_EN, r->label)[0] && tr_in(LANG_MN, r->label)[0]);
	}
	assert_null(schema_at(SK__COUNT));
	assert_null(schema_find(SP_ACT, "bogus"));
	assert_string_equal(K(SK_BASELINE), "baseline");
	assert_string_equal(K(SK_ACT_RESP), "responsible");
	assert_int_equal(schema_order(SP_PLAN, "tolov"), 0);
	assert_true(schema_order(SP_PLAN, "organisation") < schema_order(SP_PLAN, "title"));
	assert_true(schema_order(SP_GOAL, "activities") < schema_order(SP_GOAL, "goals"));
	assert_true(schema_order(SP_IND, "unit") < schema_order(SP_IND, "baseline"));
	assert_int_equal(schema_order(SP_ACT, "bogus"), -1);
	assert_string_equal(schema_quarter_key(SP_STATUS, 3), "q3");
	assert_string_equal(schema_quarter_key(SP_ACTUAL, 1), "q1");
	assert_null(schema_quarter_key(SP_STATUS, 5));
	assert_int_equal(schema_quarter_of("Q4"), 4);
	assert_int_equal(schema_quarter_of("q5"), 0);
}

static void resolves(enum sp item, const char *path, enum sk leaf)
{
	struct schema_path p;
	if (schema_resolve(item, path, &p) != SR_OK)
		fail_msg("%s should resolve", path);
	assert_int_equal(p.leaf->id, leaf);
	schema_path_free(&p);
}

static void refused(enum sp item, const char *path, enum schema_resolve_err want)
{
	struct schema_path p;
	if (schema_resolve(item, path, &p) != want)
		fail_msg("%s should be refused (%d)", path, want);
	schema_path_free(&p);
}

static void test_resolve(void **state)
{
	(void)state;
	resolves(SP_PLAN, "organisation", SK_ORGANISATION);
	resolves(SP_GOAL, "section", SK_SECTION);
	resolves(SP_GOAL, "responsible", SK_GOAL_RESP);
	resolves(SP_GOAL, "indicators.0.unit", SK_UNIT);
	resolves(SP_ACT, "budget.amount", SK_AMOUNT);
	resolves(SP_ACT, "status.q2.rating", SK_RATING);
	resolves(SP_ACT, "indicators.12.actual.q4", SK_ACTUAL_Q4);
	struct schema_path p;
	assert_int_equal(schema_resolve(SP_ACT, "status.q3.note", &p), SR_OK);
	assert_int_equal(p.quarter, 3);
	assert_int_equal(p.nseg, 3);
	schema_path_free(&p);
	assert_int_equal(schema_resolve(SP_ACT, "indicators.7.name", &p), SR_OK);
	assert_true(p.has_index);
	assert_int_equal(p.index, 7);
	assert_string_equal(p.seg[1], "7");
	schema_path_free(&p);
	refused(SP_PLAN, "goals", SR_NOT_A_FIELD);
	refused(SP_PLAN, "tolov", SR_NOT_A_FIELD);
	refused(SP_PLAN, "extra", SR_NOT_A_FIELD);
	refused(SP_GOAL, "quarters", SR_NOT_A_FIELD);
	refused(SP_ACT, "status.q5.rating", SR_NOT_A_FIELD);
	refused(SP_ACT, "status.q2", SR_NOT_A_FIELD);
	refused(SP_ACT, "budget", SR_NOT_A_FIELD);
	refused(SP_ACT, "indicators.0", SR_NOT_A_FIELD);
	refused(SP_ACT, "indicators", SR_NOT_A_FIELD);
	refused(SP_ACT, "indicators.x.name", SR_BAD_INDEX);
	refused(SP_ACT, "indicators.-1.name", SR_BAD_INDEX);
	refused(SP_ACT, "title.x", SR_NOT_A_FIELD);
	refused(SP_ACT, "a.b.c.d.e.f.g", SR_NOT_A_FIELD);
	refused(SP_ACT, "", SR_NOT_A_FIELD);
}

/* Every path of the table resolves to its leaf, and the path built from
 * the leaf is the same path. */
static void test_path_table_round_trip(void **state)
{
	(void)state;
	struct sbuf t = SBUF_INIT;
	schema_path_table(&t);
	size_t lines = 0;
	for (char *line = t.buf; line && *line;) {
		char *nl = strchr(line, '\n');
		*nl = '\0';
		char item[16], path[64], type[16];
		assert_int_equal(sscanf(line, "%15[^\t]\t%63[^\t]\t%15s", item, path, type), 3);
		enum sp sp = !strcmp(item, "plan") ? SP_PLAN : !strcmp(item, "goal") ? SP_GOAL : SP_ACT;
		struct sbuf concrete = SBUF_INIT;	/* I → 2, qN → q3 */
		for (const char *p = path; *p; p++) {
			if (*p == 'I' && (p == path || p[-1] == '.') && (p[1] == '.' || !p[1]))
				sbuf_addc(&concrete, '2');
			else if (*p == 'q' && p[1] == 'N') {
				sbuf_adds(&concrete, "q3");
				p++;
			} else
				sbuf_addc(&concrete, *p);
		}
		struct schema_path sp_;
		if (schema_resolve(sp, concrete.buf, &sp_) != SR_OK)
			fail_msg("%s %s does not resolve", item, concrete.buf);
		struct sbuf again = SBUF_INIT;
		schema_set_path(&again, sp_.leaf->id, 2, 3);
		if (sp_.extra_key)
			sbuf_addf(&again, ".%s", sp_.extra_key);
		assert_string_equal(again.buf, concrete.buf);
		schema_path_free(&sp_);
		sbuf_free(&again);
		sbuf_free(&concrete);
		lines++;
		line = nl + 1;
	}
	assert_int_equal(lines, 5 + 11 + 17);
	sbuf_free(&t);
	struct sbuf b = SBUF_INIT;
	schema_paths(SP_ACT, &b);
	assert_string_equal(b.buf, "id, title, indicators.I.name|unit|baseline|target|actual.qN|extra.KEY, "
				   "budget.amount, budget.source, budget.text, quarters, schedule, "
				   "responsible, status.qN.rating, status.qN.note, extra.KEY");
	sbuf_free(&b);
	schema_set_path(&b, SK_ACTUAL_Q1, 0, 4);
	assert_string_equal(b.buf, "indicators.0.actual.q4");
	sbuf_reset(&b);
	schema_set_path(&b, SK_RATING, 0, 2);
	assert_string_equal(b.buf, "status.q2.rating");
	sbuf_free(&b);
}

/* README's set table lists exactly the schema's paths, per target, in order. */
static void test_readme_path_table(void **state)
{
	(void)state;
	char *readme_all = tu_read("README.md", NULL);
	/* the table of the set section (other sections have tables too) */
	char *readme = strstr(readme_all, "\n### set\n");
	assert_non_null(readme);
	struct sbuf want = SBUF_INIT, got = SBUF_INIT;
	struct sbuf t = SBUF_INIT;
	schema_path_table(&t);
	for (char *line = t.buf; *line;) {
		char *tab = strchr(line, '\t'), *tab2 = strchr(tab + 1, '\t'), *nl = strchr(line, '\n');
		sbuf_add(&want, line, (size_t)(tab2 - line));
		sbuf_addc(&want, '\n');
		line = nl + 1;
	}
	static const char *const items[] = { "plan", "goal", "activity" };
	for (size_t i = 0; i < 3; i++) {
		char *row = xasprintf("\n| %-8s | ", items[i]);
		char *at = strstr(readme, row);
		if (!at)
			fail_msg("README has no set-path row for %s", items[i]);
		at += strlen(row);
		char *end = strchr(at, '\n');
		int depth = 0;
		for (char *p = at; p < end; p++) {
			if (*p == '(')
				depth++;
			else if (*p == ')')
				depth--;
			else if (*p == '`' && depth == 0) {
				char *close = strchr(p + 1, '`');
				sbuf_addf(&got, "%s\t%.*s\n", items[i], (int)(close - p - 1), p + 1);
				p = close;
			}
		}
		free(row);
	}
	assert_string_equal(got.buf, want.buf);
	assert_non_null(strstr(readme, "**counting from 0**"));
	sbuf_free(&want);
	sbuf_free(&got);
	sbuf_free(&t);
	free(readme_all);
}

/* `tolov set --help` (the catalog's M_CLI_SET_HELP) names every path of
 * the schema, in both languages. */
static void test_cli_set_help_lists_schema_paths(void **state)
{
	(void)state;
	static const enum sp items[] = { SP_PLAN, SP_GOAL, SP_ACT };
	for (int l = LANG_EN; l <= LANG_MN; l++) {
		const char *help = tr_in((enum lang)l, M_CLI_SET_HELP);
		for (size_t i = 0; i < 3; i++) {
			struct sbuf b = SBUF_INIT;
			schema_paths(items[i], &b);
			for (char *p = b.buf; p && *p;) {
				char *end = strstr(p, ", ");
				size_t n = end ? (size_t)(end - p) : strlen(p);
				char *piece = xstrndup(p, n);
				if (!strstr(help, piece))
					fail_msg("set --help (%s) does not name %s", l ? "mn" : "en", piece);
				free(piece);
				p += n;
				while (*p == ',' || *p == ' ')
					p++;
			}
			sbuf_free(&b);
		}
	}
}

/* The message of why (English), for comparing. */
static char *why_text(const struct tv_err *why)
{
	struct sbuf b = SBUF_INIT;
	tv_err_message(&b, why, LANG_EN);
	return sbuf_detach(&b);
}

static void test_value_checks(void **state)
{
	(void)state;
	struct sbuf c = SBUF_INIT;
	struct tv_err why = TV_ERR_INIT;
	char *m;
	assert_int_equal(schema_check(ST_YEAR, "2023", NULL, &c, &why), 0);
	assert_string_equal(c.buf, "2023");
	assert_int_equal(schema_check(ST_YEAR, "0", NULL, NULL, &why), -1);
	assert_string_equal(m = why_text(&why), "a year is a whole number from 1 to 9999, not '0'");
	free(m);
	sbuf_reset(&c);
	assert_int_equal(schema_check(ST_AMOUNT, "+15", NULL, &c, NULL), 0);
	assert_string_equal(c.buf, "15");
	assert_int_equal(schema_check(ST_AMOUNT, "-1", NULL, NULL, NULL), -1);
	assert_int_equal(schema_check(ST_AMOUNT, "1e3", NULL, NULL, NULL), -1);
	sbuf_reset(&c);
	assert_int_equal(schema_check(ST_RATING, "not-due", NULL, &c, NULL), 0);
	assert_string_equal(c.buf, "not-due");
	assert_int_equal(schema_check(ST_RATING, "", NULL, NULL, NULL), 0);
	assert_int_equal(schema_check(ST_RATING, "50", NULL, NULL, &why), -1);
	assert_string_equal(m = why_text(&why), "unknown rating '50': use 100, 70, 30, 0 or not-due");
	free(m);
	sbuf_reset(&c);
	assert_int_equal(schema_check(ST_QUARTERS, "q2-q4", NULL, &c, NULL), 0);
	assert_string_equal(c.buf, "[2, 3, 4]");
	sbuf_reset(&c);
	assert_int_equal(schema_check(ST_QUARTERS, "", NULL, &c, NULL), 0);
	assert_string_equal(c.buf, "[]");
	assert_int_equal(schema_check(ST_QUARTERS, "5", NULL, NULL, NULL), -1);
	assert_int_equal(schema_check(ST_QUARTERS, "3-1", NULL, NULL, NULL), -1);
	assert_int_equal(schema_check(ST_ID, "", NULL, NULL, NULL), -1);
	assert_int_equal(schema_check(ST_TEXT, "", NULL, NULL, NULL), 0);
	/* what a valid value means */
	struct schema_value v;
	assert_int_equal(schema_check(ST_QUARTERS, "[1, 3]", &v, NULL, NULL), 0);
	assert_int_equal(v.quarters, 5u);
	assert_int_equal(schema_check(ST_AMOUNT, "2500000", &v, NULL, NULL), 0);
	assert_true(v.n == 2500000);
	assert_int_equal(schema_check(ST_RATING, "70", &v, NULL, NULL), 0);
	assert_int_equal(v.rating, 70);
	/* a quarter twice, in a range too; quarter 5 in a range */
	assert_int_equal(schema_check(ST_QUARTERS, "2,1-3", NULL, NULL, &why), -1);
	assert_string_equal(m = why_text(&why), "quarter 2 is listed twice");
	free(m);
	assert_int_equal(schema_check(ST_QUARTERS, "1-5", NULL, NULL, &why), -1);
	assert_string_equal(m = why_text(&why), "a quarter is 1, 2, 3 or 4, not '5'");
	free(m);
	assert_int_equal(schema_check(ST_QUARTERS, "3-1", NULL, NULL, &why), -1);
	assert_string_equal(m = why_text(&why), "quarters are 1 to 4, as in 2,3 or 1-4, not '3-1'");
	free(m);
	tv_err_clear(&why);
	sbuf_free(&c);
}

/* The new fields are settable, and a new key goes where the format's order
 * puts it. */
static void test_set_new_fields(void **state)
{
	(void)state;
	assert_int_equal(tu_setup(NULL), 0);
	char *path = tu_path("plan.yaml");
	static const char text[] =
		"tolov: 1\n"
		"title: x\n"
		"year: 2023\n"
		"goals:\n"
		"  - id: \"1\"\n"
		"    title: g\n"
		"    activities:\n"
		"      - id: \"1.1\"\n"
		"        title: a\n"
		"        indicators:\n"
		"          - name: n\n"
		"            baseline: b\n";
	tu_write(path, text, strlen(text));
	struct session *s;
	struct tv_err err = TV_ERR_INIT;
	if (session_open(&s, path, &err))
		fail_msg("%s", err.text);
	if (session_set(s, "", "organisation", "Газар", &err) ||
	    session_set(s, "1", "section", "НЭГ", &err) ||
	    session_set(s, "1", "responsible", "Хэлтэс", &err) ||
	    session_set(s, "1.1", "indicators.0.unit", "хувь", &err))
		fail_msg("%s", err.text);
	tu_assert_bytes(s->doc->src, s->doc->len,
			"tolov: 1\n"
			"organisation: \"Газар\"\n"
			"title: x\n"
			"year: 2023\n"
			"goals:\n"
			"  - id: \"1\"\n"
			"    section: \"НЭГ\"\n"
			"    title: g\n"
			"    responsible: \"Хэлтэс\"\n"
			"    activities:\n"
			"      - id: \"1.1\"\n"
			"        title: a\n"
			"        indicators:\n"
			"          - name: n\n"
			"            unit: \"хувь\"\n"
			"            baseline: b\n");
	assert_string_equal(s->plan->organisation, "Газар");
	assert_string_equal(s->plan->goal[0].responsible, "Хэлтэс");
	assert_int_equal(session_set(s, "1", "quarters", "1", &err), -1);
	assert_non_null(strstr(err.text, "quarters: not a field of a goal; fields: id, section, title, "
					 "indicators.I.name|unit|baseline|target|actual.qN|extra.KEY, "
					 "responsible, extra.KEY"));
	tv_err_clear(&err);
	assert_int_equal(session_set(s, "1", "indicators.0.name", "x", &err), -1);
	assert_non_null(strstr(err.text, "the goal has no indicators"));
	tv_err_clear(&err);
	session_free(s);
	free(path);
	tu_teardown(NULL);
}

/* set reaches goals and activities nested at any depth. */
static void test_set_in_nested_goals(void **state)
{
	(void)state;
	assert_int_equal(tu_setup(NULL), 0);
	char *path = tu_path("nested.yaml");
	static const char text[] =
		"tolov: 1\n"
		"title: x\n"
		"goals:\n"
		"  - id: \"1\"\n"
		"    title: g\n"
		"    goals:\n"
		"      - id: \"1.1\"\n"
		"        title: o\n"
		"        activities:\n"
		"          - id: \"1.1.1\"\n"
		"            title: m\n";
	tu_write(path, text, strlen(text));
	struct session *s;
	struct tv_err err = TV_ERR_INIT;
	if (session_open(&s, path, &err))
		fail_msg("%s", err.text);
	if (session_set(s, "1.1.1", "status.q2.rating", "70", &err) ||
	    session_set(s, "1.1", "title", "objective", &err) ||
	    session_set(s, "1.1", "section", "S", &err))
		fail_msg("%s", err.text);
	tu_assert_bytes(s->doc->src, s->doc->len,
			"tolov: 1\n"
			"title: x\n"
			"goals:\n"
			"  - id: \"1\"\n"
			"    title: g\n"
			"    goals:\n"
			"      - id: \"1.1\"\n"
			"        section: \"S\"\n"
			"        title: objective\n"
			"        activities:\n"
			"          - id: \"1.1.1\"\n"
			"            title: m\n"
			"            status:\n"
			"              q2: {rating: 70}\n");
	struct progress pr;
	progress_of_goal(&s->plan->goal[0], 2, &pr);
	assert_int_equal(pr.tenths, 700);
	/* ids stay unique across levels */
	assert_int_equal(session_set(s, "1.1.1", "id", "1", &err), -1);
	assert_non_null(strstr(err.text, "is already used"));
	tv_err_clear(&err);
	session_free(s);
	free(path);
	tu_teardown(NULL);
}

/* plandiff names the new fields by their set paths, and each such path
 * can be set on the item it names. */
static void test_plandiff_names_new_fields_as_set_paths(void **state)
{
	(void)state;
	static const char old_text[] =
		"tolov: 1\ntitle: x\ngoals:\n"
		"- id: '1'\n  title: g\n  indicators: [{name: n, target: '5'}]\n"
		"  goals:\n  - id: '1.1'\n    title: o\n"
		"    activities: [{id: '1.1.1', title: m, indicators: [{name: i}]}]\n";
	static const char new_text[] =
		"tolov: 1\norganisation: Газар\ntitle: x\ngoals:\n"
		"- id: '1'\n  section: S\n  title: g\n  indicators: [{name: n, target: '6'}]\n"
		"  responsible: R\n"
		"  goals:\n  - id: '1.1'\n    title: o\n"
		"    activities: [{id: '1.1.1', title: m, indicators: [{name: i, unit: хувь}]}]\n";
	struct doc *da, *db;
	struct plan *a = tu_plan(old_text, &da), *b = tu_plan(new_text, &db);
	struct pdiff_list l = PDIFF_LIST_INIT;
	plandiff(a, b, &l);
	struct sbuf got = SBUF_INIT;
	for (size_t i = 0; i < l.n; i++) {
		sbuf_addf(&got, "%d %s %s %s -> %s\n", l.d[i].goal, l.d[i].id, l.d[i].field, l.d[i].old,
			  l.d[i].new_);
		enum sp item = !l.d[i].id[0] ? SP_PLAN : l.d[i].goal ? SP_GOAL : SP_ACT;
		struct schema_path p;
		if (schema_resolve(item, l.d[i].field, &p) != SR_OK)
			fail_msg("plandiff field %s is not a set path", l.d[i].field);
		schema_path_free(&p);
	}
	assert_string_equal(got.buf,
			    "0  organisation  -> Газар\n"
			    "1 1 section  -> S\n"
			    "1 1 responsible  -> R\n"
			    "1 1 indicators.0.target 5 -> 6\n"
			    "0 1.1.1 indicators.0.unit  -> хувь\n");
	sbuf_free(&got);
	pdiff_free(&l);
	plan_free(a);
	plan_free(b);
	doc_free(da);
	doc_free(db);
}

static void test_json_types_new_keys(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan("tolov: 1\norganisation: 12\ntitle: x\nextra: {a: 5}\ngoals:\n"
				 "- id: 1\n  section: 2\n  title: t\n  responsible: 3\n"
				 "  indicators: [{name: n, unit: 4}]\n"
				 "  goals: [{id: 1.1, title: u, activities: [{id: 1.1.1, title: v, "
				 "extra: {k: 6}, quarters: [1]}]}]\n", &d);
	struct sbuf out = SBUF_INIT;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(export_json(&out, p, &err), 0);
	static const char *const want[] = {
		"\"organisation\": \"12\"", "\"a\": \"5\"", "\"section\": \"2\"",
		"\"responsible\": \"3\"", "\"unit\": \"4\"", "\"id\": \"1.1.1\"", "\"k\": \"6\"",
	};
	for (size_t i = 0; i < sizeof want / sizeof *want; i++)
		if (!strstr(out.buf, want[i]))
			fail_msg("%s not in\n%s", want[i], out.buf);
	assert_non_null(strstr(out.buf, "\"quarters\": [\n"));
	assert_non_null(strstr(out.buf, "1\n"));
	sbuf_free(&out);
	plan_free(p);
	doc_free(d);
}

/* ---- no format key spelled outside the schema module ---- */

/*
 * Literals that equal a key's name but are not the key, with why. Every
 * entry names its file; a new literal anywhere else fails the test.
 */
static const struct { const char *file, *lit, *why; } allowed[] = {
	{ "src/yaml/doc_query.c", "text", "the name of a scalar's kind in messages" },
	{ "src/plan/plan.c", "text", "the name of a scalar's kind in messages" },
	{ "src/io/report.c", "text", "the report format's name (--format text)" },
	{ "src/io/writer.c", "text", "the report format's name in the format registry" },
	{ "src/tui/view_status.c", "status", "the panel's name" },
	{ "src/tui/view_goals.c", "goals", "the panel's name" },
	{ "src/tui/view_acts.c", "activities", "the panel's name" },
	{ "src/tui/cmdline.c", "unit", "the :filter unit command word" },
	{ "src/io/import_values.c", "quarters", "a word of schedule text in tables" },
	{ "src/cli/export.c", "unit", "the --unit option" },
	{ "src/cli/log.c", "text", "the --format text name" },
	{ "src/cli/diff.c", "text", "the --format text name" },
	{ "src/cli/gitsetup.c", "tolov", "the program's name" },
	{ "src/cli/new.c", "title", "the --title option" },
	{ "src/cli/new.c", "year", "the --year option" },
	{ "src/cli/interface.c", "tolov", "the program's name" },
	{ "src/base/util.c", "note", "the gcc-style tag note:" },
	{ "src/cli/import.c", "year", "the --year option" },
	{ "src/io/read_xlsx.c", "name", "the XML attribute of a workbook's sheet" },
	{ "src/io/read_xlsx.c", "id", "the XML attribute of a workbook's sheet" },
	/* words of the interface's :filter command */
	{ "src/tui/sel.c", "unit", "the :filter unit command word" },
	{ "src/tui/sel.c", "rating", "the :filter rating command word" },
};

static bool schema_module(const char *path)
{
	return !strcmp(path, "src/plan/schema.c") || !strcmp(path, "include/tolov/plan/schema.h") ||
	       !strcmp(path, "include/tolov/base/schema_keys.h") ||
	       /* the message catalog is words for people, not keys */
	       !strncmp(path, "include/tolov/base/msg_", 23);
}

static bool is_key(const char *s, size_t n)
{
	for (size_t i = 0; i < SK__COUNT; i++)
		if (strlen(schema_at(i)->key) == n && !memcmp(schema_at(i)->key, s, n))
			return true;
	return false;
}

/* The string literals of C source text (comments and character literals
 * skipped) that equal a key: "file:line: "key"" lines into out. */
static void scan(const char *file, const char *src, struct sbuf *out)
{
	unsigned line = 1;
	for (const char *p = src; *p; p++) {
		if (*p == '\n') {
			line++;
		} else if (p[0] == '/' && p[1] == '/') {
			while (p[1] && p[1] != '\n')
				p++;
		} else if (p[0] == '/' && p[1] == '*') {
			for (p += 2; *p && !(p[0] == '*' && p[1] == '/'); p++)
				line += *p == '\n';
			if (!*p)
				return;
			p++;
		} else if (*p == '\'') {
			for (p++; *p && *p != '\''; p++)
				if (*p == '\\' && p[1])
					p++;
			if (!*p)
				return;
		} else if (*p == '"') {
			const char *start = ++p;
			for (; *p && *p != '"'; p++)
				if (*p == '\\' && p[1])
					p++;
			if (!*p)
				return;
			size_t n = (size_t)(p - start);
			if (!is_key(start, n))
				continue;
			bool ok = false;
			for (size_t i = 0; i < sizeof allowed / sizeof *allowed; i++)
				ok |= !strcmp(allowed[i].file, file) &&
				      (!allowed[i].lit || (strlen(allowed[i].lit) == n &&
							   !memcmp(allowed[i].lit, start, n)));
			if (!ok)
				sbuf_addf(out, "%s:%u: \"%.*s\"\n", file, line, (int)n, start);
		}
	}
}

static void scan_dir(const char *dir, struct sbuf *out, size_t *files)
{
	DIR *d = opendir(dir);
	assert_non_null(d);
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char *path = xasprintf("%s/%s", dir, e->d_name);
		struct stat st;
		assert_int_equal(stat(path, &st), 0);
		size_t n = strlen(e->d_name);
		if (S_ISDIR(st.st_mode)) {
			scan_dir(path, out, files);
		} else if (n > 2 && e->d_name[n - 2] == '.' && (e->d_name[n - 1] == 'c' || e->d_name[n - 1] == 'h') &&
			   !schema_module(path)) {
			char *src = tu_read(path, NULL);
			scan(path, src, out);
			free(src);
			(*files)++;
		}
		free(path);
	}
	closedir(d);
}

/* extra.KEY: set, add and clear a further column of the plan, a goal, an
 * activity and an indicator; a new key is written as the keys beside it
 * (plain, or quoted when they are), a new extra mapping of a block item
 * as a block (as tolov writes extra), the rest of the file is untouched. */
static void test_set_extra(void **state)
{
	(void)state;
	assert_int_equal(tu_setup(NULL), 0);
	char *path = tu_path("extra.yaml");
	const char *text =
		"tolov: 1\n"
		"title: x\n"
		"extra:\n"
		"  Баталсан: \"2023.01.15\"\n"
		"goals:\n"
		"  - id: \"1\"\n"
		"    title: g\n"
		"    extra:\n"
		"      Хамрах хүрээ: \"бүх сум\"\n"
		"    activities:\n"
		"      - id: \"1.1\"\n"
		"        title: a\n"
		"        indicators:\n"
		"          - name: n\n"
		"            extra: {\"2024 он\": \"25\"}\n"
		"      - id: \"1.2\"\n"
		"        title: b # a comment stays\n";
	tu_write(path, text, strlen(text));
	struct session *s;
	struct tv_err err = TV_ERR_INIT;
	if (session_open(&s, path, &err))
		fail_msg("%s", err.text);
	if (session_set(s, "", "extra.Баталсан", "2023.02.01", &err) ||
	    session_set(s, "", "extra.Шинэ багана", "1", &err) ||
	    session_set(s, "1", "extra.Хамрах хүрээ", "", &err) ||
	    session_set(s, "1.1", "indicators.0.extra.x", "1", &err) ||
	    session_set(s, "1.2", "extra.Тайлбар: 2.1", "хүсэлтээр", &err))
		fail_msg("%s", err.text);
	tu_assert_bytes(s->doc->src, s->doc->len,
			"tolov: 1\n"
			"title: x\n"
			"extra:\n"
			"  Баталсан: \"2023.02.01\"\n"
			"  Шинэ багана: \"1\"\n"
			"goals:\n"
			"  - id: \"1\"\n"
			"    title: g\n"
			"    activities:\n"
			"      - id: \"1.1\"\n"
			"        title: a\n"
			"        indicators:\n"
			"          - name: n\n"
			"            extra: {\"2024 он\": \"25\", \"x\": \"1\"}\n"
			"      - id: \"1.2\"\n"
			"        title: b # a comment stays\n"
			"        extra:\n"
			"          \"Тайлбар: 2.1\": \"хүсэлтээр\"\n");
	/* the model follows */
	const struct plan *p = s->plan;
	assert_string_equal(extra_get(&p->extra, "Шинэ багана"), "1");
	assert_int_equal(p->goal[0].extra.n, 0);
	assert_string_equal(extra_get(&p->goal[0].act[0].ind[0].extra, "x"), "1");
	assert_string_equal(extra_get(&p->goal[0].act[1].extra, "Тайлбар: 2.1"), "хүсэлтээр");
	/* clearing a key that is not there changes nothing; the last key
	 * takes its mapping with it */
	size_t done = s->n_done;
	if (session_set(s, "1.2", "extra.none", "", &err) ||
	    session_set(s, "1.2", "extra.Тайлбар: 2.1", "", &err))
		fail_msg("%s", err.text);
	assert_null(strstr(s->doc->src, "Тайлбар"));
	assert_non_null(strstr(s->doc->src, "title: b # a comment stays\n"));
	/* each change is one undo step; the set that changed nothing is none */
	assert_int_equal(s->n_done, done + 1);
	const char *label;
	while (s->n_done)
		assert_int_equal(session_undo(s, &label), 0);
	tu_assert_bytes(s->doc->src, s->doc->len, text);
	/* "extra." alone, and extra under a place without it, are not fields */
	assert_int_equal(session_set(s, "1.1", "extra.", "x", &err), -1);
	tu_assert_err_has(&err, "extra.: not a field of an activity");
	assert_int_equal(session_set(s, "1.1", "budget.extra.x", "x", &err), -1);
	tu_assert_err_has(&err, "not a field of an activity");
	assert_int_equal(session_set(s, "1.1", "indicators.3.extra.x", "x", &err), -1);
	tu_assert_err_has(&err, "the activity has one indicator");
	tv_err_clear(&err);
	session_free(s);
	free(path);
	tu_teardown(NULL);
}

static void test_resolve_extra(void **state)
{
	(void)state;
	struct schema_path sp;
	assert_int_equal(schema_resolve(SP_ACT, "indicators.2.extra.a.b c", &sp), SR_OK);
	assert_int_equal(sp.leaf->id, SK_IND_EXTRA);
	assert_string_equal(sp.extra_key, "a.b c");
	assert_true(sp.has_index);
	assert_int_equal(sp.index, 2);
	schema_path_free(&sp);
	assert_int_equal(schema_resolve(SP_PLAN, "extra.k", &sp), SR_OK);
	assert_int_equal(sp.leaf->id, SK_PLAN_EXTRA);
	assert_string_equal(sp.extra_key, "k");
	schema_path_free(&sp);
	assert_int_equal(schema_resolve(SP_GOAL, "extra", &sp), SR_NOT_A_FIELD);
	schema_path_free(&sp);
	assert_int_equal(schema_resolve(SP_ACT, "title", &sp), SR_OK);
	assert_null(sp.extra_key);
	schema_path_free(&sp);
}

/* The details panel's rows come from the schema: every row it shows has
 * a short label in both languages (an extra mapping is labelled by its
 * keys); the indicator's compact head is name, baseline, target, actual;
 * the Mongolian short label of every field that is a column of the seed
 * table is that column's header words (the target "Хүрэх түвшин", never
 * "Зорилт", an objective). */
static void test_panel_rows_and_short_labels(void **state)
{
	(void)state;
	const struct schema_key *head[SK__COUNT], *body[SK__COUNT], *tail[SK__COUNT];
	size_t nh = schema_panel_rows(PNL_HEAD, head), nb = schema_panel_rows(PNL_BODY, body);
	size_t nt = schema_panel_rows(PNL_TAIL, tail);
	assert_int_equal(nh, 4);
	assert_int_equal(head[0]->id, SK_IND_NAME);
	assert_int_equal(head[1]->id, SK_BASELINE);
	assert_int_equal(head[2]->id, SK_TARGET);
	assert_int_equal(head[3]->id, SK_ACTUAL);
	assert_true(nb >= 8 && nt >= 2);
	assert_int_equal(body[0]->id, SK_ACT_TITLE);
	assert_int_equal(body[1]->id, SK_ACT_ID);
	for (size_t i = 0; i < SK__COUNT; i++) {
		const struct schema_key *r = schema_at(i);
		if (!r->panel.part)
			continue;
		/* the panel shows an activity and its indicators */
		assert_true(r->parent == SP_ACT || r->parent == SP_BUDGET || r->parent == SP_IND);
		assert_true(r->field != SCHEMA_NO_FIELD);
		if (r->type == ST_EXTRA)
			continue;
		if (r->short_label == NOCOL)
			fail_msg("'%s' is in the details panel without a short label", r->key);
		assert_true(*tr_in(LANG_EN, (enum msg)r->short_label));
		assert_true(*tr_in(LANG_MN, (enum msg)r->short_label));
	}
	/* the seed table's header row */
	char *seed = tu_read("tests/data/plans/anti-corruption-2023.txt", NULL);
	char *hdr = strstr(seed, "Хэрэгжүүлэх арга хэмжээ\t");
	assert_non_null(hdr);
	*strchr(hdr, '\n') = '\0';
	size_t seed_columns = 0;
	for (size_t i = 0; i < SK__COUNT; i++) {
		const struct schema_key *r = schema_at(i);
		/* a seed column: the export column of the field or of its mapping */
		const struct schema_key *col = r;
		if (r->parent == SP_BUDGET && r->type == ST_AMOUNT)
			col = schema_key(SK_BUDGET);
		if (col->column == NOCOL || r->short_label == NOCOL)
			continue;
		const char *name = tr_in(LANG_MN, (enum msg)col->column);
		const char *brief = tr_in(LANG_MN, (enum msg)r->short_label);
		char *cell = xasprintf("%s", name);
		if (!strstr(hdr, cell))
			fail_msg("'%s' is not a header of the seed table", name);
		if (text_find_ci(name, brief) < 0)
			fail_msg("the short label '%s' of '%s' is not the seed's words '%s'", brief,
				 r->key, name);
		free(cell);
		seed_columns++;
	}
	assert_int_equal(seed_columns, 7);
	assert_string_equal(tr_in(LANG_MN, M_SL_TARGET), "Хүрэх түвшин");
	assert_string_equal(tr_in(LANG_MN, M_SL_BASELINE), "Суурь түвшин");
	assert_string_equal(tr_in(LANG_MN, M_SL_RESPONSIBLE), "Хариуцсан нэгж");
	free(seed);
}

/* FIELD: each row's offset reads the model's value of that key. */
static void test_model_fields(void **state)
{
	(void)state;
	static const char text[] =
		"tolov: 1\n"
		"organisation: v-organisation\n"
		"title: v-plan-title\n"
		"currency: v-currency\n"
		"extra: {k: v-plan-extra}\n"
		"goals:\n"
		"  - id: v-goal-id\n"
		"    section: v-section\n"
		"    title: v-goal-title\n"
		"    responsible: v-goal-responsible\n"
		"    extra: {k: v-goal-extra}\n"
		"    activities:\n"
		"      - id: v-act-id\n"
		"        title: v-act-title\n"
		"        indicators:\n"
		"          - name: v-name\n"
		"            unit: v-unit\n"
		"            baseline: v-baseline\n"
		"            target: v-target\n"
		"            actual: {q1: v-q1, q2: v-q2, q3: v-q3, q4: v-q4}\n"
		"            extra: {k: v-ind-extra}\n"
		"        budget: {amount: 5, source: v-source, text: v-text}\n"
		"        schedule: v-schedule\n"
		"        responsible: v-responsible\n"
		"        status: {q2: {rating: 70, note: v-note}}\n"
		"        extra: {k: v-act-extra}\n";
	struct doc *d;
	struct plan *p = tu_plan(text, &d);
	const struct goal *g = &p->goal[0];
	const struct activity *a = &g->act[0];
	const struct indicator *in = &a->ind[0];
	size_t texts = 0;
	for (size_t i = 0; i < SK__COUNT; i++) {
		const struct schema_key *r = schema_at(i);
		const void *item = r->parent == SP_PLAN ? (const void *)p
				 : r->parent == SP_GOAL ? (const void *)g
				 : r->parent == SP_IND || r->parent == SP_ACTUAL ? (const void *)in
				 : r->parent == SP_ENTRY ? (const void *)&a->st[1] : (const void *)a;
		if (r->type == ST_EXTRA) {
			const struct extra *x = schema_extra(r, item);
			assert_int_equal(x->n, 1);
			assert_string_equal(x->pair[0].key, "k");
			continue;
		}
		if ((r->type != ST_TEXT && r->type != ST_ID) || r->field == SCHEMA_NO_FIELD)
			continue;
		const char *got = schema_text(r, item);
		/* the value is "v-" and a word of the key or of its place */
		if (strncmp(got, "v-", 2) != 0)
			fail_msg("'%s' reads '%s' from the model", r->key, got);
		if (r->parent == SP_ACTUAL)
			assert_int_equal(got[3] - '0', schema_quarter_of(r->key));
		else if (strstr(got, r->key) == NULL && strcmp(r->key, "name") != 0 &&
			 strcmp(r->key, "text") != 0)
			fail_msg("'%s' reads '%s' from the model", r->key, got);
		texts++;
	}
	assert_int_equal(texts, 22);
	assert_string_equal(schema_text(schema_key(SK_NOTE), &a->st[1]), "v-note");
	assert_string_equal(schema_text(schema_quarter_row(SP_ACTUAL, 3), in), "v-q3");
	plan_free(p);
	doc_free(d);
}

static void test_no_key_literal_outside_schema(void **state)
{
	(void)state;
	struct sbuf found = SBUF_INIT;
	size_t files = 0;
	scan_dir("src", &found, &files);
	scan_dir("include", &found, &files);
	assert_true(files > 50);
	if (found.len)
		fail_msg("format keys spelled outside the schema module (use K(SK_...) from "
			 "tolov/plan/schema.h):\n%s", found.buf);
	sbuf_free(&found);
	/* the scanner finds what it should */
	scan("x.c", "a = \"baseline\"; /* \"target\" */ // \"unit\"\nb = '\"'; c = \"ok\";\n"
		    "d = \"\\\"\"; e = \"note\";", &found);
	assert_string_equal(found.buf, "x.c:1: \"baseline\"\nx.c:3: \"note\"\n");
	sbuf_free(&found);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_is_consistent),
		cmocka_unit_test(test_resolve),
		cmocka_unit_test(test_path_table_round_trip),
		cmocka_unit_test(test_readme_path_table),
		cmocka_unit_test(test_cli_set_help_lists_schema_paths),
		cmocka_unit_test(test_value_checks),
		cmocka_unit_test(test_set_new_fields),
		cmocka_unit_test(test_set_in_nested_goals),
		cmocka_unit_test(test_plandiff_names_new_fields_as_set_paths),
		cmocka_unit_test(test_json_types_new_keys),
		cmocka_unit_test(test_set_extra),
		cmocka_unit_test(test_resolve_extra),
		cmocka_unit_test(test_panel_rows_and_short_labels),
		cmocka_unit_test(test_model_fields),
		cmocka_unit_test(test_no_key_literal_outside_schema),
	};
	return cmocka_run_group_tests_name("schema", tests, NULL, NULL);
}
