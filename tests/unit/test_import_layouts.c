/* test_import_layouts.c — a generator of plan table layouts for `tolov
 * import`: every combination of a header name for each column, a goal
 * row form, an activity id form, a column order, a delimiter, a line end
 * and an encoding is written as a table, imported, and must give the same
 * plan: goal 1 "Г" holding activities 1.1 and 1.2 with their indicator,
 * baseline, target, budget, quarters and responsible unit. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/io/import.h"
#include "tolov/plan/plan.h"

enum { COL_ACT, COL_IND, COL_BASE, COL_TARGET, COL_BUDGET, COL_SCHED, COL_RESP, NC };

static const char *const header_names[NC][4] = {
	{ "Хэрэгжүүлэх арга хэмжээ", "Үйл ажиллагаа", "Стратеги (арга зам)", "Activity" },
	{ "Гүйцэтгэлийн шалгуур үзүүлэлт", "Шалгуур үзүүлэлт", "Гүйцэтгэл үзүүлэлт", "Indicator" },
	{ "Суурь түвшин", "Суурь үзүүлэлт (2022)", "Суурь түвшин 2022 он", "Baseline" },
	{ "Хүрэх түвшин", "Зорилтот түвшин", "Хүрэх түвшин (2023)", "Target" },
	{ "Төсөв", "Шаардагдах хөрөнгө", "Зардал", "Budget" },
	{ "Хугацаа", "Хэрэгжих хугацаа", "Биелүүлэх хугацаа", "Schedule" },
	{ "Хариуцсан нэгж", "Хариуцах нэгж", "Хэрэгжүүлэгч", "Responsible" },
};
static const char *const goal_rows[] = {
	"Зорилт 1. Г", "Зорилт Нэг. Г", "Зорилт-1. Г", "Зорилт 1: Г", "ЗОРИЛТ 1 Г",
	"Стратегийн зорилт 1. Г", "Нэг. Г", "1 Нэг. Г", "I. Г", "1. Г", "“Зорилт 1. Г”", "Goal 1. Г",
};
/* %d is the activity number */
static const char *const id_forms[] = {
	"1.%d. ", "1.%d ", "Арга хэмжээ 1.%d ", "“1.%d. ",
};
static const int orders[][NC] = {
	{ 0, 1, 2, 3, 4, 5, 6 },
	{ 6, 5, 4, 3, 2, 1, 0 },
	{ 0, 4, 1, 5, 2, 6, 3 },
};

struct layout {
	int names, goal, id, order, delim, eol, enc;
};

static void cell(struct sbuf *b, int col, int k, const struct layout *l)
{
	switch (col) {
	case COL_ACT:
		sbuf_addf(b, id_forms[l->id], k);
		sbuf_addf(b, "Ажил %d", k);
		if (l->id == 3)
			sbuf_adds(b, "”");
		break;
	case COL_IND:
		sbuf_addf(b, "Үзүүлэлт %d", k);
		break;
	case COL_BASE:
		sbuf_addf(b, "%d", k);
		break;
	case COL_TARGET:
		sbuf_addf(b, "%d", k + 10);
		break;
	case COL_BUDGET:
		sbuf_adds(b, k == 1 ? "2,5 сая" : "-");
		break;
	case COL_SCHED:
		sbuf_adds(b, k == 1 ? "2-3 дугаар улирал" : "IV улирал");
		break;
	default:
		sbuf_addf(b, "Хэлтэс %d", k);
	}
}

/* One row of cells in the layout's order, quoted for CSV when needed. */
static void row(struct sbuf *t, const char *cells[NC], const struct layout *l)
{
	static const char delims[] = { '\t', ',', ';' };
	static const char *const eols[] = { "\n", "\r\n", "\r" };
	char d = delims[l->delim];
	for (int j = 0; j < NC; j++) {
		const char *c = cells[orders[l->order][j]];
		if (j)
			sbuf_addc(t, d);
		if (d != '\t' && (strchr(c, d) || strchr(c, '"'))) {
			sbuf_addc(t, '"');
			for (const char *p = c; *p; p++) {
				if (*p == '"')
					sbuf_addc(t, '"');
				sbuf_addc(t, *p);
			}
			sbuf_addc(t, '"');
		} else {
			sbuf_adds(t, c);
		}
	}
	sbuf_adds(t, eols[l->eol]);
}

static void table(struct sbuf *t, const struct layout *l)
{
	static const char *const eols[] = { "\n", "\r\n", "\r" };
	sbuf_adds(t, "ЖИШЭЭ ТӨЛӨВЛӨГӨӨ");
	sbuf_adds(t, eols[l->eol]);
	const char *cells[NC];
	for (int c = 0; c < NC; c++)
		cells[c] = header_names[c][l->names];
	row(t, cells, l);
	for (int c = 0; c < NC; c++)
		cells[c] = "";
	cells[COL_ACT] = goal_rows[l->goal];
	row(t, cells, l);
	struct sbuf b[NC];
	for (int k = 1; k <= 2; k++) {
		for (int c = 0; c < NC; c++) {
			b[c] = (struct sbuf)SBUF_INIT;
			cell(&b[c], c, k, l);
			cells[c] = b[c].buf;
		}
		row(t, cells, l);
		for (int c = 0; c < NC; c++)
			sbuf_free(&b[c]);
	}
}

/* UTF-8 to UTF-16 (the generator's text is in the BMP). */
static void to_utf16(struct sbuf *out, const struct sbuf *in, bool be)
{
	sbuf_add(out, be ? "\xfe\xff" : "\xff\xfe", 2);
	const unsigned char *p = (const unsigned char *)in->buf, *end = p + in->len;
	while (p < end) {
		unsigned cp;
		if (*p < 0x80) {
			cp = *p++;
		} else if ((*p & 0xe0) == 0xc0) {
			cp = (p[0] & 0x1fu) << 6 | (p[1] & 0x3fu);
			p += 2;
		} else {
			cp = (p[0] & 0x0fu) << 12 | (p[1] & 0x3fu) << 6 | (p[2] & 0x3fu);
			p += 3;
		}
		char u[2] = { (char)(be ? cp >> 8 : cp & 0xff), (char)(be ? cp & 0xff : cp >> 8) };
		sbuf_add(out, u, 2);
	}
}

static bool check(const struct plan *p, char **why)
{
	*why = NULL;
	if (p->n_goal != 1 || strcmp(p->goal[0].id, "1") || strcmp(p->goal[0].title, "Г")) {
		*why = xasprintf("goal: %zu goals, first %s “%s”", p->n_goal,
				 p->n_goal ? p->goal[0].id : "-", p->n_goal ? p->goal[0].title : "");
		return false;
	}
	for (int k = 1; k <= 2; k++) {
		char id[32], title[48], ind[48], resp[48], base[32], target[32];
		snprintf(id, sizeof id, "1.%d", k);
		snprintf(title, sizeof title, "Ажил %d", k);
		snprintf(ind, sizeof ind, "Үзүүлэлт %d", k);
		snprintf(resp, sizeof resp, "Хэлтэс %d", k);
		snprintf(base, sizeof base, "%d", k);
		snprintf(target, sizeof target, "%d", k + 10);
		const struct activity *a = plan_find_activity(p, id);
		if (!a) {
			*why = xasprintf("no activity %s", id);
			return false;
		}
		bool ok = !strcmp(a->title, title) && a->n_ind == 1 && !strcmp(a->ind[0].name, ind) &&
			  !strcmp(a->ind[0].baseline, base) && !strcmp(a->ind[0].target, target) &&
			  !strcmp(a->responsible, resp) && a->has_quarters &&
			  a->quarters == (k == 1 ? 0x6u : 0x8u) &&
			  (k == 1 ? a->budget.has_amount && a->budget.amount == 2500000
				  : !a->budget.present);
		if (!ok) {
			*why = xasprintf("activity %s: “%s”, %zu indicators “%s” %s→%s, “%s”, "
					 "quarters %#x, budget %lld",
					 id, a->title, a->n_ind, a->n_ind ? a->ind[0].name : "",
					 a->n_ind ? a->ind[0].baseline : "",
					 a->n_ind ? a->ind[0].target : "", a->responsible, a->quarters,
					 a->budget.amount);
			return false;
		}
	}
	return true;
}

static void every_layout(void **state)
{
	(void)state;
	unsigned n = 0, failed = 0;
	struct layout l;
	/* names x goal forms x id forms x orders, each with one of the
	 * delimiter/line end/encoding combinations in turn */
	for (l.names = 0; l.names < 4; l.names++)
		for (l.goal = 0; l.goal < (int)(sizeof goal_rows / sizeof *goal_rows); l.goal++)
			for (l.id = 0; l.id < 4; l.id++)
				for (l.order = 0; l.order < 3; l.order++) {
					l.delim = (int)(n % 3);
					l.eol = (int)(n / 3 % 3);
					l.enc = (int)(n / 9 % 3);
					struct sbuf t = SBUF_INIT, u = SBUF_INIT;
					table(&t, &l);
					const struct sbuf *in = &t;
					if (l.enc) {
						to_utf16(&u, &t, l.enc == 2);
						in = &u;
					}
					struct import_result r;
					struct tv_err err = TV_ERR_INIT;
					char *why = NULL;
					if (import_run("gen.txt", in->buf, in->len, NULL, &r, &err)) {
						why = xasprintf("refused: %s", err.text);
						tv_err_clear(&err);
					} else {
						check(r.plan, &why);
						if (!why && r.n_warn)
							why = xasprintf("warnings: %s", r.warnings);
						import_result_free(&r);
					}
					if (why) {
						if (failed < 10)
							print_error("layout names %d goal “%s” id “%s” order %d "
								    "delim %d eol %d enc %d: %s\n--- table:\n%s\n",
								    l.names, goal_rows[l.goal], id_forms[l.id],
								    l.order, l.delim, l.eol, l.enc, why, t.buf);
						failed++;
						free(why);
					}
					sbuf_free(&t);
					sbuf_free(&u);
					n++;
				}
	print_message("%u layouts, %u failed\n", n, failed);
	assert_int_equal(failed, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_layout),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
