/*
 * test_doc.c — the loader: YAML text to a node tree with byte spans, and
 * the refusals with their positions (FILE:LINE:COL).
 */
#include <time.h>

#include "testutil.h"

/* The source bytes a node spans. */
static void assert_span(const struct doc *d, const struct yn *n, const char *want)
{
	assert_non_null(n);
	assert_true(n->start <= n->end && n->end <= d->len);
	tu_assert_bytes(d->src + n->start, n->end - n->start, want);
}

/* A scalar's value is len bytes, not NUL-terminated when it is long (doc.h). */
static void assert_val(const struct yn *n, const char *want)
{
	assert_non_null(n);
	assert_int_equal(n->kind, YN_SCALAR);
	tu_assert_bytes(n->val, n->len, want);
}

static struct doc *load_fixture(const char *name)
{
	char *path = xasprintf("%s/%s", CORE_DATA, name);
	struct doc *d = NULL;
	struct tv_err err = TV_ERR_INIT;
	if (doc_load(&d, path, DOC_SIZE_CAP_DEFAULT, &err))
		fail_msg("%s", err.text);
	free(path);
	return d;
}

static struct yn *first_goal(const struct doc *d)
{
	struct yn *goals = yn_get(d->root, "goals");
	assert_non_null(goals);
	assert_int_equal(goals->kind, YN_SEQ);
	assert_true(goals->n > 0);
	return goals->kids[0];
}

static struct yn *first_activity(const struct doc *d)
{
	struct yn *acts = yn_get(first_goal(d), "activities");
	assert_non_null(acts);
	assert_true(acts->n > 0);
	return acts->kids[0];
}

/* ---- a hand-written file ---- */

static void test_root_is_mapping_of_keys_in_order(void **state)
{
	(void)state;
	struct doc *d = load_fixture("hand.yaml");
	assert_non_null(d->root);
	assert_int_equal(d->root->kind, YN_MAP);
	assert_int_equal(d->root->style, YN_BLOCK);
	const char *keys[] = { "tolov", "title", "year", "owner", "approved_by", "goals" };
	assert_int_equal(d->root->n, 2 * 6);
	for (size_t i = 0; i < 6; i++)
		assert_val(d->root->kids[2 * i], keys[i]);
	doc_free(d);
}

static void test_scalar_span_includes_quotes(void **state)
{
	(void)state;
	struct doc *d = load_fixture("hand.yaml");
	struct yn *t = yn_get(d->root, "title");
	assert_int_equal(t->style, YN_SQUOTE);
	assert_span(d, t, "'Авлигын эсрэг 2024 оны төлөвлөгөө'");
	assert_val(t, "Авлигын эсрэг 2024 оны төлөвлөгөө");
	struct yn *o = yn_get(d->root, "owner");
	assert_int_equal(o->style, YN_DQUOTE);
	assert_span(d, o, "\"Төлөвлөлт, хяналт шинжилгээний хэлтэс\"");
	doc_free(d);
}

static void test_plain_scalar_span_stops_before_comment(void **state)
{
	(void)state;
	struct doc *d = load_fixture("hand.yaml");
	struct yn *id = yn_get(first_activity(d), "id");
	assert_int_equal(id->style, YN_PLAIN);
	assert_span(d, id, "1.1");
	assert_val(id, "1.1");
	doc_free(d);
}

static void test_folded_scalar_value(void **state)
{
	(void)state;
	struct doc *d = load_fixture("hand.yaml");
	struct yn *t = yn_get(first_activity(d), "title");
	assert_int_equal(t->style, YN_FOLDED);
	assert_val(t, "Төсвийн зарцуулалтыг сар бүр цахим хуудсанд нийтлэх\n");
	doc_free(d);
}

/*
 * A block scalar spans its header and its lines, not the blank lines
 * after it: those belong to the layout around it, and an edit of the
 * value must leave them where they are.
 */
static void test_block_scalar_span_excludes_trailing_blank_lines(void **state)
{
	(void)state;
	struct doc *d = load_fixture("hand.yaml");
	struct yn *st = yn_get(first_activity(d), "status");
	struct yn *note = yn_get(yn_get(st, "q2"), "note");
	assert_int_equal(note->style, YN_LITERAL);
	assert_val(note, "Дөрөв, тавдугаар сард нийтэлсэн.\nЗургадугаар сар хоцорсон.\n");
	assert_span(d, note,
		    "|\n"
		    "              Дөрөв, тавдугаар сард нийтэлсэн.\n"
		    "              Зургадугаар сар хоцорсон.");
	doc_free(d);
}

static void test_block_collection_ends_at_last_item(void **state)
{
	(void)state;
	struct doc *d = load_fixture("hand.yaml");
	struct yn *goals = yn_get(d->root, "goals");
	struct yn *last = goals->kids[goals->n - 1];
	assert_int_equal(goals->end, last->end);
	assert_int_equal(d->root->end, goals->end);
	doc_free(d);
}

static void test_flow_mapping_span_and_style(void **state)
{
	(void)state;
	struct doc *d = load_fixture("hand.yaml");
	struct yn *b = yn_get(first_activity(d), "budget");
	assert_int_equal(b->kind, YN_MAP);
	assert_int_equal(b->style, YN_FLOW);
	assert_span(d, b, "{amount: 1500000, source: Орон нутгийн төсөв, text: \"1.5 сая\"}");
	assert_span(d, yn_get(b, "source"), "Орон нутгийн төсөв");
	doc_free(d);
}

static void test_parent_and_key_links(void **state)
{
	(void)state;
	struct doc *d = load_fixture("hand.yaml");
	struct yn *t = yn_get(d->root, "title");
	struct yn *k = yn_key_of(d, t);
	assert_non_null(k);
	assert_val(k, "title");
	assert_null(yn_key_of(d, first_goal(d)));	/* a list item has no key */
	doc_free(d);
}

static void test_kind_names(void **state)
{
	(void)state;
	struct doc *d = load_fixture("hand.yaml");
	assert_string_equal(yn_kind_name(d->root), "a mapping");
	assert_string_equal(yn_kind_name(yn_get(d->root, "goals")), "a list");
	assert_string_equal(yn_kind_name(yn_get(d->root, "title")), "text");
	assert_null(yn_get(d->root, "no-such-key"));
	doc_free(d);
}

static void test_eol_of_lf_file(void **state)
{
	(void)state;
	struct doc *d = load_fixture("hand.yaml");
	assert_string_equal(doc_eol(d), "\n");
	doc_free(d);
}

/* ---- CRLF and BOM ---- */

static void test_crlf_spans(void **state)
{
	(void)state;
	struct doc *d = load_fixture("crlf.yaml");
	assert_string_equal(doc_eol(d), "\r\n");
	assert_span(d, yn_get(d->root, "title"), "'Авлигын эсрэг 2024 оны төлөвлөгөө'");
	assert_span(d, yn_get(first_activity(d), "id"), "1.1");
	/* folded text reads the same as in the LF file */
	assert_val(yn_get(first_activity(d), "title"),
		   "Төсвийн зарцуулалтыг сар бүр цахим хуудсанд нийтлэх\n");
	doc_free(d);
}

static void test_bom_spans(void **state)
{
	(void)state;
	struct doc *d = load_fixture("bom.yaml");
	assert_span(d, yn_get(d->root, "title"), "'Авлигын эсрэг 2024 оны төлөвлөгөө'");
	assert_span(d, yn_get(first_goal(d), "title"), "Ил тод байдлыг нэмэгдүүлэх");
	doc_free(d);
}

/* A BOM right before the first key: the mapping still starts at column 1. */
static void test_bom_before_first_key(void **state)
{
	(void)state;
	static const char text[] = "\xEF\xBB\xBFtolov: 1\ntitle: x\ngoals: []\n";
	struct doc *d;
	struct tv_err err = TV_ERR_INIT;
	if (tu_doc(&d, "plan.yaml", text, sizeof(text) - 1, &err))
		fail_msg("%s", err.text);
	assert_int_equal(d->root->kind, YN_MAP);
	assert_span(d, yn_get(d->root, "title"), "x");
	assert_span(d, d->root->kids[0], "tolov");
	doc_free(d);
}

static void test_bom_error_column(void **state)
{
	(void)state;
	tu_assert_load_error("\xEF\xBB\xBFtolov: 1\ntitle: x\ngoals: [\n",
			     "plan.yaml:4:1: error: invalid YAML: while parsing a flow node did not "
			     "find expected node content");
	tu_assert_load_error("\xEF\xBB\xBFtitle: [x]\n",
			     "plan.yaml:1:1: error: missing key 'tolov' (the format version, 1)");
}

/* ---- positions ---- */

static void test_linecol_counts_characters(void **state)
{
	(void)state;
	static const char text[] = "a: б\nкод: в\n";
	struct doc *d;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(tu_doc(&d, "x.yaml", text, sizeof(text) - 1, &err), 0);
	unsigned line, col;
	struct yn *v = yn_get(d->root, "код");
	doc_linecol(d, v->start, &line, &col);
	assert_int_equal(line, 2);
	assert_int_equal(col, 6);
	doc_linecol(d, 0, &line, &col);
	assert_int_equal(line, 1);
	assert_int_equal(col, 1);
	doc_free(d);
}

static void test_line_helpers(void **state)
{
	(void)state;
	static const char text[] = "a: 1\r\nb: 2\r\n";
	struct doc *d;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(tu_doc(&d, "x.yaml", text, sizeof(text) - 1, &err), 0);
	struct yn *b = yn_get(d->root, "b");
	assert_int_equal(doc_line_start(d, b->start), 6);
	assert_int_equal(doc_next_line(d, 0), 6);
	assert_int_equal(doc_next_line(d, b->start), d->len);
	doc_free(d);
}

/* ---- splices ---- */

static void test_splice_shifts_later_spans(void **state)
{
	(void)state;
	static const char text[] = "a: x\nb: y\n";
	struct doc *d;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(tu_doc(&d, "x.yaml", text, sizeof(text) - 1, &err), 0);
	struct yn *a = yn_get(d->root, "a");
	doc_splice(d, a->start, 1, "longer", 6);
	doc_scalar_replaced(d, a, "longer", 6, YN_PLAIN, a->start + 6);
	tu_assert_bytes(d->src, d->len, "a: longer\nb: y\n");
	assert_span(d, yn_get(d->root, "b"), "y");
	assert_span(d, a, "longer");
	assert_val(a, "longer");
	assert_int_equal(doc_reparse(d, &err), 0);
	assert_val(yn_get(d->root, "a"), "longer");
	doc_free(d);
}

/* A long value that reads as spelled is the source's own bytes: plain,
 * double- and single-quoted. Escapes, a doubled quote, folding and short
 * values are copies, NUL-terminated. */
#define LONG_TEXT "Авлигын эсрэг үйл ажиллагааны төлөвлөгөө, хэрэгжилт"	/* > 48 bytes */
static void test_long_values_read_in_place(void **state)
{
	(void)state;
	static const char text[] =
		"p: " LONG_TEXT "\n"
		"d: \"" LONG_TEXT "\"\n"
		"s: '" LONG_TEXT "'\n"
		"e: \"" LONG_TEXT "\\t\"\n"
		"q: '" LONG_TEXT " it''s'\n"
		"f: \"" LONG_TEXT "\n  next\"\n"
		"short: \"xyz\"\n"
		"\"" LONG_TEXT "\": long key\n";
	struct doc *d;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(tu_doc(&d, "x.yaml", text, sizeof(text) - 1, &err), 0);
	const char *in_place[] = { "p", "d", "s" };
	for (size_t i = 0; i < 3; i++) {
		struct yn *v = yn_get(d->root, in_place[i]);
		assert_true(v->view);
		assert_ptr_equal(v->val, d->src + v->start + (v->style == YN_PLAIN ? 0 : 1));
		assert_val(v, LONG_TEXT);
		assert_true(yn_is(v, LONG_TEXT));
		assert_false(yn_is(v, LONG_TEXT "x"));
		char *c = yn_strdup(v);
		assert_string_equal(c, LONG_TEXT);
		free(c);
	}
	struct yn *e = yn_get(d->root, "e"), *q = yn_get(d->root, "q"), *f = yn_get(d->root, "f");
	assert_false(e->view);
	assert_string_equal(e->val, LONG_TEXT "\t");
	assert_false(q->view);
	assert_string_equal(q->val, LONG_TEXT " it's");
	assert_false(f->view);
	assert_string_equal(f->val, LONG_TEXT " next");
	assert_false(yn_get(d->root, "short")->view);
	assert_string_equal(yn_get(d->root, "short")->val, "xyz");
	/* a key is always a C string, however long */
	struct yn *k = d->root->kids[d->root->n - 2];
	assert_false(k->view);
	assert_string_equal(k->val, LONG_TEXT);
	assert_val(yn_get(d->root, LONG_TEXT), "long key");
	doc_free(d);
}

/* A view follows its text through splices: after a change before it, and
 * when the source grows (and may move). Views before the change keep
 * reading their own text too. */
static void test_views_follow_splices(void **state)
{
	(void)state;
	static const char text[] = "a: \"" LONG_TEXT "\"\nb: x\nc: " LONG_TEXT "\n";
	struct doc *d;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(tu_doc(&d, "x.yaml", text, sizeof(text) - 1, &err), 0);
	struct yn *a = yn_get(d->root, "a"), *b = yn_get(d->root, "b"), *c = yn_get(d->root, "c");
	assert_true(a->view && c->view);
	/* grow b by far more than the file, so src is reallocated */
	size_t big = 1 << 20;
	char *rep = malloc(big);
	assert_non_null(rep);
	memset(rep, 'y', big);
	doc_splice(d, b->start, 1, rep, big);
	doc_scalar_replaced(d, b, rep, big, YN_PLAIN, b->start + big);
	free(rep);
	assert_val(a, LONG_TEXT);
	assert_val(c, LONG_TEXT);
	assert_ptr_equal(c->val, d->src + c->start);
	assert_ptr_equal(a->val, d->src + a->start + 1);
	/* shrink it again: c moves back (its old place still holds its bytes,
	 * so where val points is asserted too) */
	doc_splice(d, b->start, big, "z", 1);
	doc_scalar_replaced(d, b, "z", 1, YN_PLAIN, b->start + 1);
	assert_val(c, LONG_TEXT);
	assert_span(d, c, LONG_TEXT);
	assert_ptr_equal(c->val, d->src + c->start);
	/* a shorter value before a view, the source not moving */
	doc_splice(d, b->start, 1, "", 0);
	doc_scalar_replaced(d, b, "", 0, YN_PLAIN, b->start);
	assert_ptr_equal(c->val, d->src + c->start);
	assert_val(c, LONG_TEXT);
	assert_int_equal(doc_reparse(d, &err), 0);
	assert_val(yn_get(d->root, "c"), LONG_TEXT);
	assert_val(yn_get(d->root, "b"), "");
	doc_free(d);
}

static void test_failed_reparse_keeps_tree(void **state)
{
	(void)state;
	static const char text[] = "a: x\n";
	struct doc *d;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(tu_doc(&d, "x.yaml", text, sizeof(text) - 1, &err), 0);
	struct yn *root = d->root;
	doc_splice(d, 3, 0, "[", 1);
	assert_int_equal(doc_reparse(d, &err), -1);
	assert_ptr_equal(d->root, root);
	assert_val(yn_get(d->root, "a"), "x");
	tv_err_clear(&err);
	doc_free(d);
}

/* ---- refusals ---- */

static void test_empty_file_refused(void **state)
{
	(void)state;
	tu_assert_load_error("", "plan.yaml:1:1: error: the file is empty; a plan file starts "
				 "with 'tolov: 1'");
	tu_assert_load_error("# only a comment\n\n", "plan.yaml:1:1: error: the file is empty; a "
						     "plan file starts with 'tolov: 1'");
}

static void test_invalid_utf8_refused_with_position(void **state)
{
	(void)state;
	tu_assert_load_error("tolov: 1\ntitle: Монгол \xff\ngoals: []\n",
			     "plan.yaml:2:15: error: invalid UTF-8 (invalid leading UTF-8 octet); "
			     "plan files are UTF-8 text");
}

static void test_truncated_utf8_refused(void **state)
{
	(void)state;
	char *e = tu_load_error("tolov: 1\ntitle: \xd0");
	assert_non_null(strstr(e, "plan.yaml:2:"));
	assert_non_null(strstr(e, "UTF-8"));
	free(e);
}

static void test_nul_byte_refused(void **state)
{
	(void)state;
	static const char text[] = "tolov: 1\ntitle: x\0y\ngoals: []\n";
	char *e = tu_load_error_len(text, sizeof(text) - 1);
	assert_string_equal(e, "plan.yaml:2:9: error: control characters are not allowed; this "
			       "does not look like a text file");
	free(e);
}

static void test_binary_data_refused(void **state)
{
	(void)state;
	unsigned char bin[512];
	for (size_t i = 0; i < sizeof(bin); i++)
		bin[i] = (unsigned char)(i * 7 + 3);
	char *e = tu_load_error_len((const char *)bin, sizeof(bin));
	assert_non_null(strstr(e, "plan.yaml:"));
	free(e);
}

static void test_size_cap(void **state)
{
	(void)state;
	char *path = tu_path("big.yaml");
	static const char text[] = "tolov: 1\ntitle: x\ngoals: []\n";
	tu_write(path, text, sizeof(text) - 1);
	struct doc *d = NULL;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(doc_load(&d, path, 10, &err), -1);
	assert_null(d);
	tu_assert_err_has(&err, "over the 10-byte limit");
	tv_err_clear(&err);
	/* exactly at the cap is fine */
	assert_int_equal(doc_load(&d, path, sizeof(text) - 1, &err), 0);
	doc_free(d);
	free(path);
}

static void test_missing_file(void **state)
{
	(void)state;
	char *path = tu_path("none.yaml");
	struct doc *d = NULL;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(doc_load(&d, path, DOC_SIZE_CAP_DEFAULT, &err), -1);
	tu_assert_err_has(&err, "cannot open");
	assert_true(strncmp(err.text, path, strlen(path)) == 0);
	tv_err_clear(&err);
	assert_int_equal(doc_load(&d, tu_dir, DOC_SIZE_CAP_DEFAULT, &err), -1);
	tu_assert_err_has(&err, "is a folder");
	tv_err_clear(&err);
	free(path);
}

static char *nested(size_t depth)
{
	struct sbuf b = SBUF_INIT;
	for (size_t i = 0; i < depth; i++)
		sbuf_addc(&b, '[');
	for (size_t i = 0; i < depth; i++)
		sbuf_addc(&b, ']');
	sbuf_addc(&b, '\n');
	return sbuf_detach(&b);
}

static void test_depth_64_allowed(void **state)
{
	(void)state;
	char *text = nested(64);
	struct doc *d;
	struct tv_err err = TV_ERR_INIT;
	if (tu_doc(&d, "plan.yaml", text, strlen(text), &err))
		fail_msg("%s", err.text);
	doc_free(d);
	free(text);
}

static void test_depth_65_refused(void **state)
{
	(void)state;
	char *text = nested(65);
	char *e = tu_load_error(text);
	assert_string_equal(e, "plan.yaml:1:65: error: nesting deeper than 64 levels");
	free(e);
	free(text);
}

static void test_100000_brackets_refused_fast(void **state)
{
	(void)state;
	char *text = nested(100000);
	clock_t t0 = clock();
	char *e = tu_load_error(text);
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	assert_string_equal(e, "plan.yaml:1:65: error: nesting deeper than 64 levels");
	assert_true(secs < 1.0);
	free(e);
	free(text);
}

static void test_alias_refused(void **state)
{
	(void)state;
	tu_assert_load_error("tolov: 1\ntitle: &t Нэр\nowner: *t\ngoals: []\n",
			     "plan.yaml:3:8: error: aliases (*t) are not allowed in plan files; "
			     "write the value out");
}

static void test_unused_anchor_allowed(void **state)
{
	(void)state;
	struct doc *d;
	struct plan *p = tu_plan("tolov: 1\ntitle: &t Нэр\ngoals: []\n", &d);
	assert_string_equal(p->title, "Нэр");
	plan_free(p);
	doc_free(d);
}

static void test_billion_laughs_fails_fast(void **state)
{
	(void)state;
	struct sbuf b = SBUF_INIT;
	sbuf_adds(&b, "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
	for (char c = 'b'; c <= 'j'; c++) {
		sbuf_addf(&b, "%c: &%c [", c, c);
		for (int i = 0; i < 9; i++)
			sbuf_addf(&b, "%s*%c", i ? "," : "", c - 1);
		sbuf_adds(&b, "]\n");
	}
	clock_t t0 = clock();
	char *e = tu_load_error(b.buf);
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	assert_string_equal(e, "plan.yaml:2:8: error: aliases (*a) are not allowed in plan files; "
			       "write the value out");
	assert_true(secs < 1.0);
	free(e);
	sbuf_free(&b);
}

static void test_duplicate_key_names_first_line(void **state)
{
	(void)state;
	tu_assert_load_error("tolov: 1\ntitle: a\n# again\ntitle: b\ngoals: []\n",
			     "plan.yaml:4:1: error: duplicate key 'title' (first at line 2)");
}

static void test_second_document_refused(void **state)
{
	(void)state;
	tu_assert_load_error("tolov: 1\ntitle: x\ngoals: []\n---\ntolov: 1\n",
			     "plan.yaml:4:1: error: more than one document in the file; a plan "
			     "file holds one");
}

static void test_complex_key_refused(void **state)
{
	(void)state;
	char *e = tu_load_error("tolov: 1\n? [a, b]\n: c\n");
	assert_non_null(strstr(e, "plan.yaml:2:3: error: a key must be plain text, not a list"));
	free(e);
}

static void test_syntax_error_position(void **state)
{
	(void)state;
	tu_assert_load_error("tolov: 1\ntitle: x\n  bad: indent\ngoals: []\n",
			     "plan.yaml:3:6: error: invalid YAML: mapping values are not allowed "
			     "in this context");
}

static void test_tab_indentation_refused(void **state)
{
	(void)state;
	char *e = tu_load_error("tolov: 1\ntitle: x\ngoals:\n\t- id: a\n");
	assert_non_null(strstr(e, "plan.yaml:4:"));
	assert_non_null(strstr(e, "error: invalid YAML"));
	free(e);
}

static void test_lone_carriage_return_refused(void **state)
{
	(void)state;
	/* a CR alone is a line break to YAML but not to git or to tolov's
	 * line-based edits (found by fuzzing) */
	tu_assert_load_error("tolov: 1\rtitle: x\ngoals: []\n",
			     "plan.yaml:1:9: error: a carriage return without a line feed; save the "
			     "file with LF or CRLF line ends");
	tu_assert_load_error("tolov: 1\ntitle: x\ngoals: []\r",
			     "plan.yaml:3:10: error: a carriage return without a line feed; save the "
			     "file with LF or CRLF line ends");
}

static void test_key_with_nul_escape_refused(void **state)
{
	(void)state;
	/* "id\0yz" read as the key id, and past "id" under AddressSanitizer
	 * (found by fuzzing): keys with NUL are refused */
	tu_assert_load_error("tolov: 1\ntitle: x\n\"id\\0yz\": 1\ngoals: []\n",
			     "plan.yaml:3:1: error: a key must not contain a NUL character (\\0)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_root_is_mapping_of_keys_in_order),
		cmocka_unit_test(test_scalar_span_includes_quotes),
		cmocka_unit_test(test_plain_scalar_span_stops_before_comment),
		cmocka_unit_test(test_folded_scalar_value),
		cmocka_unit_test(test_block_scalar_span_excludes_trailing_blank_lines),
		cmocka_unit_test(test_block_collection_ends_at_last_item),
		cmocka_unit_test(test_flow_mapping_span_and_style),
		cmocka_unit_test(test_parent_and_key_links),
		cmocka_unit_test(test_kind_names),
		cmocka_unit_test(test_eol_of_lf_file),
		cmocka_unit_test(test_crlf_spans),
		cmocka_unit_test(test_bom_spans),
		cmocka_unit_test(test_bom_before_first_key),
		cmocka_unit_test(test_bom_error_column),
		cmocka_unit_test(test_linecol_counts_characters),
		cmocka_unit_test(test_line_helpers),
		cmocka_unit_test(test_splice_shifts_later_spans),
		cmocka_unit_test(test_long_values_read_in_place),
		cmocka_unit_test(test_views_follow_splices),
		cmocka_unit_test(test_failed_reparse_keeps_tree),
		cmocka_unit_test(test_empty_file_refused),
		cmocka_unit_test(test_invalid_utf8_refused_with_position),
		cmocka_unit_test(test_truncated_utf8_refused),
		cmocka_unit_test(test_nul_byte_refused),
		cmocka_unit_test(test_binary_data_refused),
		cmocka_unit_test_setup_teardown(test_size_cap, tu_setup, tu_teardown),
		cmocka_unit_test_setup_teardown(test_missing_file, tu_setup, tu_teardown),
		cmocka_unit_test(test_depth_64_allowed),
		cmocka_unit_test(test_depth_65_refused),
		cmocka_unit_test(test_100000_brackets_refused_fast),
		cmocka_unit_test(test_alias_refused),
		cmocka_unit_test(test_unused_anchor_allowed),
		cmocka_unit_test(test_billion_laughs_fails_fast),
		cmocka_unit_test(test_duplicate_key_names_first_line),
		cmocka_unit_test(test_second_document_refused),
		cmocka_unit_test(test_complex_key_refused),
		cmocka_unit_test(test_syntax_error_position),
		cmocka_unit_test(test_tab_indentation_refused),
		cmocka_unit_test(test_lone_carriage_return_refused),
		cmocka_unit_test(test_key_with_nul_escape_refused),
	};
	return cmocka_run_group_tests_name("doc", tests, NULL, NULL);
}
