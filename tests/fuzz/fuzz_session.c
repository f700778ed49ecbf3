/*
 * fuzz_session — tolov's lossless editing on arbitrary plans: open a plan
 * file, apply one edit chosen by the input, then undo, redo and undo.
 *
 * Input: PLAN [ NUL CONTROL ], or SOH SEED [ NUL CONTROL ]: a first byte
 * 0x01 (no plan starts with it) asks for a plan in a hand-written style
 * from the generator of the unit tests (tests/unit/stylegen.h), seeded
 * with the next bytes up to the NUL. PLAN is written to a file on a temporary
 * folder (tmpfs when there is one) and opened with session_open. CONTROL,
 * the bytes after the first NUL (a plan file never holds a NUL), chooses
 * the edit:
 *   c[0]  the operation: set one field, set two fields, add, delete or move
 *         a goal / activity / indicator, move an activity or a goal under
 *         another goal (c[2] picks the goal), renumber; bit 7 also saves
 *   c[1]  the target: the plan, a goal or an activity (by position)
 *   c[2]  the field (set), or the item (add, delete, move)
 *   c[3]  quarter, indicator number, direction
 *   rest  the value; a single byte 1..10 picks a canned value (a rating,
 *         quarters, an amount, a year, the empty text)
 *
 * Properties checked besides memory safety:
 *   - a refused edit changes no byte and records no undo step;
 *   - after an edit the text loads as a valid plan, the session's own
 *     node tree (patched in place for a one-scalar edit) matches a fresh
 *     parse span for span, and its model (built again only in the parts
 *     the edit touched) matches the fresh model field for field, nesting,
 *     progress and budget included (tests/unit/modeleq.h), after the
 *     edit, its undo, its redo and the second undo;
 *   - a text field set to v reads back as exactly v;
 *   - undo gives back the exact original bytes; redo the edited bytes;
 *     undo again the original; and the plan is then not dirty;
 *   - a save writes exactly the edited bytes.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "../unit/stylegen.h"
#include "../unit/modeleq.h"
#include "tolov/edit/session.h"
#include "tolov/base/util.h"

static char *tmp_dir, *file;

static void cleanup(void)
{
	if (file)
		unlink(file);
	if (tmp_dir)
		rmdir(tmp_dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : getenv("TMPDIR");
	tmp_dir = xasprintf("%s/tolov-fuzz-XXXXXX", base && *base ? base : "/tmp");
	if (!mkdtemp(tmp_dir)) {
		perror("tolov fuzz: mkdtemp");
		exit(1);
	}
	file = xasprintf("%s/plan.yaml", tmp_dir);
	atexit(cleanup);
	return 0;
}

static void write_file(const char *data, size_t len)
{
	int fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || write(fd, data, len) != (ssize_t)len || close(fd) != 0) {
		perror("tolov fuzz: cannot write the plan file");
		abort();
	}
}

static const char *const canned[] = {
	"100", "70", "30", "0", "not-due", "", "2,3", "1-4", "1500000", "2024",
};

static const char *const act_paths[] = {
	"id", "title", "responsible", "schedule", "quarters", "budget.amount", "budget.source",
	"budget.text", "status.q%d.rating", "status.q%d.note", "indicators.%d.name",
	"indicators.%d.baseline", "indicators.%d.target", "indicators.%d.actual.q%d",
	NULL /* the value as the path */,
};
static const char *const goal_paths[] = { "id", "title", NULL };
static const char *const plan_paths[] = { "title", "year", "currency", NULL };

struct target {
	const char *id;		/* NULL: the plan */
	int kind;		/* 0 plan, 1 goal, 2 activity */
	size_t g, a;
};

static struct target pick_target(const struct plan *p, unsigned char c)
{
	struct target t = { NULL, 0, 0, 0 };
	size_t n = 1 + p->n_goal + plan_n_activities(p);
	size_t k = c % n;
	if (k == 0)
		return t;
	k--;
	for (size_t g = 0; g < p->n_goal; g++) {
		if (k == 0) {
			t.kind = 1;
			t.g = g;
			t.id = p->goal[g].id;
			return t;
		}
		k--;
		if (k < p->goal[g].n_act) {
			t.kind = 2;
			t.g = g;
			t.a = k;
			t.id = p->goal[g].act[k].id;
			return t;
		}
		k -= p->goal[g].n_act;
	}
	return t;
}

/* The path for field choice c (quarter and indicator from q), as a new
 * string; text says whether the field is free text read back verbatim. */
static char *make_path(const struct target *t, unsigned char c, unsigned char q, const char *value,
		       bool *text)
{
	const char *const *list = t->kind == 0 ? plan_paths : t->kind == 1 ? goal_paths : act_paths;
	size_t n = t->kind == 0 ? 4 : t->kind == 1 ? 3 : sizeof(act_paths) / sizeof(*act_paths);
	const char *f = list[c % n];
	*text = false;
	if (!f)
		return xstrdup(value);
	*text = strcmp(f, "year") && strcmp(f, "quarters") && strcmp(f, "budget.amount") &&
		!strstr(f, "rating") && strcmp(f, "id");
	if (strstr(f, "indicators.%d.actual"))
		return xasprintf(f, q % 3, q / 3 % 4 + 1);
	if (strstr(f, "%d"))
		return xasprintf(f, strstr(f, "status") ? q % 4 + 1 : q % 3);
	return xstrdup(f);
}

/* The model's value of a text field, or NULL when the path is not one. */
static const char *field_value(const struct plan *p, const struct target *t, const char *path)
{
	if (t->kind == 0)
		return !strcmp(path, "title") ? p->title : !strcmp(path, "currency") ? p->currency : NULL;
	if (t->g >= p->n_goal)
		return NULL;
	const struct goal *g = &p->goal[t->g];
	if (t->kind == 1)
		return !strcmp(path, "title") ? g->title : NULL;
	if (t->a >= g->n_act)
		return NULL;
	const struct activity *a = &g->act[t->a];
	unsigned qn, in;
	char rest[16];
	if (!strcmp(path, "title"))
		return a->title;
	if (!strcmp(path, "responsible"))
		return a->responsible;
	if (!strcmp(path, "schedule"))
		return a->schedule;
	if (!strcmp(path, "budget.source"))
		return a->budget.source;
	if (!strcmp(path, "budget.text"))
		return a->budget.text;
	if (sscanf(path, "status.q%u.not%1s", &qn, rest) == 2 && qn >= 1 && qn <= 4)
		return a->st[qn - 1].note;
	if (sscanf(path, "indicators.%u.actual.q%u", &in, &qn) == 2 && in < a->n_ind && qn >= 1 &&
	    qn <= 4)
		return a->ind[in].actual[qn - 1];
	if (sscanf(path, "indicators.%u.%15s", &in, rest) == 2 && in < a->n_ind) {
		if (!strcmp(rest, "name"))
			return a->ind[in].name;
		if (!strcmp(rest, "baseline"))
			return a->ind[in].baseline;
		if (!strcmp(rest, "target"))
			return a->ind[in].target;
	}
	return NULL;
}

static void expect_bytes(const struct session *s, const char *want, size_t len, const char *when)
{
	if (s->doc->len != len || memcmp(s->doc->src, want, len) != 0)
		fz_fail(when, xasprintf("%zu bytes, expected %zu:\n%s\n--- expected:\n%s", s->doc->len,
					len, s->doc->src, want));
}

/* The session's document and model agree with a fresh load of its text. */
static void check_fresh(const struct session *s, const char *when)
{
	struct plan *p;
	char *why;
	struct doc *d = fz_load(s->doc->src, s->doc->len, &p, &why);
	if (!d)
		fz_fail(when, xasprintf("the text does not load: %s\n--- text:\n%s", why, s->doc->src));
	char *diff = fz_tree_diff(s->doc->root, d->root);
	if (diff)
		fz_fail(when, xasprintf("session tree vs fresh parse: %s\n--- text:\n%s", diff, s->doc->src));
	/* the model (updated in parts) vs a fresh load: every field
	 * fz_plan_diff compares and more — the nesting, extra, progress */
	diff = me_plan_diff(s->plan, p);
	if (diff)
		fz_fail(when, xasprintf("session model (in parts) vs fresh load: %s\n--- text:\n%s", diff,
					s->doc->src));
	plan_free(p);
	doc_free(d);
}

static int apply(struct session *s, const unsigned char *c, size_t nc, const char *value,
		 struct target *t, char **set_path, bool *text)
{
	struct tv_err err = TV_ERR_INIT;
	const struct plan *p = s->plan;
	unsigned char op = nc > 0 ? c[0] : 0, tc = nc > 1 ? c[1] : 0, fc = nc > 2 ? c[2] : 0,
		      qc = nc > 3 ? c[3] : 0;
	*t = pick_target(p, tc);
	int rc = -1;
	size_t idx;
	switch ((op & 0x7f) % 14) {
	default: {	/* 0..5: one field */
		*set_path = make_path(t, fc, qc, value, text);
		rc = session_set(s, t->id, *set_path, value, &err);
		break;
	}
	case 6: {
		bool text2;
		char *p1 = make_path(t, fc, qc, value, &text2);
		char *p2 = make_path(t, (unsigned char)(fc + 1), (unsigned char)(qc + 1), value, &text2);
		const char *paths[2] = { p1, p2 }, *vals[2] = { value, value };
		rc = session_set_many(s, t->id, 2, paths, vals, &err);
		free(p1);
		free(p2);
		break;
	}
	case 7:
		rc = session_add_goal(s, p->n_goal ? fc % (p->n_goal + 1) : 0, &idx, &err);
		break;
	case 8:
		if (p->n_goal)
			rc = session_add_activity(s, t->g, p->goal[t->g].n_act ? fc % (p->goal[t->g].n_act + 1) : 0,
						  &idx, &err);
		break;
	case 9:
		if (t->kind == 2)
			rc = session_add_indicator(s, t->g, t->a, &idx, &err);
		break;
	case 10:
		if (t->kind == 1)
			rc = session_delete_goal(s, t->g, &err);
		else if (t->kind == 2 && (qc & 1))
			rc = session_delete_activity(s, t->g, t->a, &err);
		else if (t->kind == 2 && p->goal[t->g].act[t->a].n_ind)
			rc = session_delete_indicator(s, t->g, t->a, fc % p->goal[t->g].act[t->a].n_ind, &err);
		break;
	case 11: {
		int dir = qc & 1 ? 1 : -1;
		if (t->kind == 1)
			rc = session_move_goal(s, t->g, dir, &err);
		else if (t->kind == 2 && (qc & 2))
			rc = session_move_activity(s, t->g, t->a, dir, &err);
		else if (t->kind == 2 && p->goal[t->g].act[t->a].n_ind)
			rc = session_move_indicator(s, t->g, t->a, fc % p->goal[t->g].act[t->a].n_ind, dir,
						    &err);
		break;
	}
	case 12:	/* an activity, or a goal as a nested goal, under another goal */
		if (t->kind != 0 && p->n_goal)
			rc = session_move(s, t->id, p->goal[fc % p->n_goal].id, &err);
		break;
	case 13:
		rc = session_renumber(s, &err);
		break;
	}
	if (rc && err.text)
		fz_check_err(s->doc->path, err.text);
	tv_err_clear(&err);
	return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *)data;
	size_t plan_len = size;
	const unsigned char *c = NULL;
	size_t nc = 0;
	for (size_t i = 0; i < size; i++) {
		if (data[i] == '\0') {
			plan_len = i;
			c = data + i + 1;
			nc = size - i - 1;
			break;
		}
	}
	char *value = nc > 4 ? xstrndup((const char *)c + 4, nc - 4) : xstrdup("");
	if (nc == 5 && c[4] >= 1 && c[4] <= 10) {
		free(value);
		value = xstrdup(canned[c[4] - 1]);
	}
	char *generated = NULL;
	if (plan_len && data[0] == 0x01) {
		uint64_t seed = 0;
		for (size_t i = 1; i < plan_len && i < 9; i++)
			seed = seed << 8 | data[i];
		struct style st;
		generated = sg_plan(seed, &st, &plan_len);
		in = generated;
	}
	write_file(in, plan_len);

	struct tv_err err = TV_ERR_INIT;
	struct session *s;
	if (session_open(&s, file, &err)) {
		tv_err_clear(&err);
		free(generated);
		free(value);
		return 0;
	}
	char *orig = xstrndup(s->doc->src, s->doc->len);
	size_t orig_len = s->doc->len;
	if (orig_len != plan_len || memcmp(orig, in, plan_len) != 0)
		fz_fail("open", xstrdup("the document is not the file's bytes"));

	struct target t;
	char *set_path = NULL;
	bool text = false;
	int rc = apply(s, c ? c : (const unsigned char *)"", nc, value, &t, &set_path, &text);
	if (rc) {
		expect_bytes(s, orig, orig_len, "refused edit changed the text");
		if (session_can_undo(s) || session_dirty(s))
			fz_fail("refused edit", xstrdup("left an undo step"));
		check_fresh(s, "after a refused edit");
		goto out;
	}
	check_fresh(s, "after the edit");
	if (set_path && text) {
		const char *got = field_value(s->plan, &t, set_path);
		if (got && strcmp(got, value) != 0 && !(t.kind == 0 && !strcmp(set_path, "currency") && !*value))
			fz_fail("set", xasprintf("%s set to \"%s\" reads back as \"%s\"", set_path, value, got));
	}
	if (!session_can_undo(s)) {
		/* Nothing changed (the value was already there). */
		expect_bytes(s, orig, orig_len, "an edit with no undo step changed the text");
		goto out;
	}
	char *after = xstrndup(s->doc->src, s->doc->len);
	size_t after_len = s->doc->len;
	if (c && nc && (c[0] & 0x80)) {
		struct tv_err e2 = TV_ERR_INIT;
		if (session_save(s, NULL, false, &e2))
			fz_fail("save", e2.text);
		char *disk;
		size_t disk_len;
		if (read_file(file, (size_t)1 << 30, &disk, &disk_len, &e2))
			fz_fail("save", e2.text);
		if (disk_len != after_len || memcmp(disk, after, after_len) != 0)
			fz_fail("save", xstrdup("the file on disk is not the edited text"));
		free(disk);
		if (session_dirty(s))
			fz_fail("save", xstrdup("dirty right after a save"));
	}
	if (session_undo(s, NULL))
		fz_fail("undo", xstrdup("refused"));
	expect_bytes(s, orig, orig_len, "undo");
	check_fresh(s, "after undo");
	if (session_redo(s, NULL))
		fz_fail("redo", xstrdup("refused"));
	expect_bytes(s, after, after_len, "redo");
	check_fresh(s, "after redo");
	if (session_undo(s, NULL))
		fz_fail("second undo", xstrdup("refused"));
	expect_bytes(s, orig, orig_len, "second undo");
	check_fresh(s, "after the second undo");
	if (session_can_undo(s))
		fz_fail("second undo", xstrdup("more undo steps than edits"));
	if (!(c && nc && (c[0] & 0x80)) && session_dirty(s))
		fz_fail("second undo", xstrdup("dirty after undoing every edit"));
	free(after);
out:
	free(generated);
	free(set_path);
	free(orig);
	free(value);
	session_free(s);
	return 0;
}
