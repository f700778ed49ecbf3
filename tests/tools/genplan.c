/*
 * genplan — write a large, deterministic tolov plan for `make bench`.
 *
 *   genplan [-n ACTIVITIES] [-g GOALS] [-s SEED] [-o OUT.yaml]
 *   genplan [-n ACTIVITIES] [-g GOALS] --id-at K
 *
 * The plan looks like a real organisation's action plan, only longer: long
 * Mongolian titles, indicators and notes (about 2 KB per activity), a few
 * goals holding many activities each, budgets, schedules, ratings and notes
 * for the first two quarters, and comment lines here and there. It is
 * written in tolov's canonical layout (emit.h); the same arguments always
 * give the same bytes.
 *
 * --id-at K prints the id of the K-th activity (1-based, in file order) and
 * writes no plan, so the benchmark can pick an activity that exists.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/plan/emit.h"
#include "tolov/plan/plan.h"
#include "tolov/base/util.h"

/* A small deterministic generator (xorshift64*). */
static uint64_t rng_state;

static uint64_t rng(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 2685821657736338717ULL;
}

static unsigned pick(unsigned n)
{
	return (unsigned)(rng() % n);
}

#define N_OF(a) (sizeof(a) / sizeof(*(a)))

static const char *const nouns[] = {
	"авлигын", "эрсдэлийн", "ашиг сонирхлын зөрчлийн", "хөрөнгө орлогын мэдүүлгийн",
	"төрийн албан хаагчдын", "иргэдийн өргөдөл гомдлын", "худалдан авах ажиллагааны",
	"төсвийн ил тод байдлын", "дотоод хяналтын", "ёс зүйн дүрмийн", "мэдээллийн ил тод байдлын",
	"шилэн дансны", "сургалтын хөтөлбөрийн", "хяналт шинжилгээний", "үнэлгээний тайлангийн",
	"хууль тогтоомжийн", "журмын шинэчилсэн найруулгын", "цахим үйлчилгээний",
	"байгууллагын соёлын", "шударга байдлын", "зөвлөмжийн хэрэгжилтийн", "аймаг, сумдын",
	"хамтын ажиллагааны санамж бичгийн", "олон нийтийн оролцооны",
};

static const char *const verbs[] = {
	"хэрэгжилтийг хангах", "талаар сургалт зохион байгуулах", "тайланг нэгтгэн хүргүүлэх",
	"үнэлгээ хийж, дүгнэлт гаргах", "мэдээллийг цахим хуудсанд байршуулах",
	"зөвлөмж боловсруулж, хэрэгжүүлэх", "судалгаа хийж, санал боловсруулах",
	"хяналт шалгалт зохион байгуулах", "ажлын хэсэг байгуулж, ажиллуулах",
	"гарын авлага боловсруулж, түгээх", "сурталчилгааны арга хэмжээ зохион байгуулах",
	"тогтмол хянаж, мэдээлэх", "эрсдэлийг үнэлж, бууруулах арга хэмжээ авах",
};

static const char *const fillers[] = {
	"холбогдох хууль тогтоомжийн дагуу", "байгууллагын хэмжээнд", "нийт албан хаагчдын дунд",
	"улирал бүрийн эцэст", "Авлигатай тэмцэх газартай хамтран", "төрийн бус байгууллагуудын оролцоотойгоор",
	"аймгийн Засаг даргын Тамгын газрын", "хэлтэс, албадын", "үр дүнд суурилсан",
	"ил тод, нээлттэй байдлаар", "иргэдийн санал хүсэлтийг үндэслэн", "шаардлагатай тохиолдолд",
};

static const char *const units[] = {
	"Захиргаа, удирдлагын хэлтэс", "Хууль, эрх зүйн хэлтэс", "Санхүү, төрийн сангийн хэлтэс",
	"Дотоод аудитын алба", "Хүний нөөцийн алба", "Мэдээлэл, технологийн төв",
	"Ёс зүйн хороо", "Хяналт-шинжилгээ, үнэлгээний хэлтэс", "Хэвлэл, олон нийттэй харилцах алба",
};

static const char *const sources[] = {
	"Улсын төсөв", "Орон нутгийн төсөв", "Байгууллагын төсөв", "Төслийн санхүүжилт",
	"Олон улсын байгууллагын тусламж",
};

static const char *const results[] = {
	"Төлөвлөсөн хугацаанд бүрэн хэрэгжсэн", "Хэрэгжилт хангалттай, тайлан хүргүүлсэн",
	"Ажил эхэлсэн боловч санхүүжилт дутсан тул бүрэн хэрэгжээгүй",
	"Холбогдох газраас хариу ирээгүй тул хойшлогдсон", "Дараагийн улиралд хэрэгжүүлэхээр шилжүүлсэн",
	"Сургалтад нийт 45 албан хаагч хамрагдаж, сорил авсан",
	"Мэдээллийг цахим хуудсанд байршуулж, иргэдэд нээлттэй болгосон",
};

static const char *const comments[] = {
	"Хяналтын зөвлөлийн 2024 оны 3 дугаар хурлаар хэлэлцсэн",
	"Энэ арга хэмжээг өмнөх оны төлөвлөгөөнөөс шилжүүлсэн",
	"Санхүүжилтийг дахин тодорхойлох шаардлагатай",
	"Хариуцах нэгжийг бүтцийн өөрчлөлтийн дараа шинэчилнэ",
};

static const char *const quarters_text[] = {
	"1-4 дүгээр улирал", "2,3 дугаар улирал", "2 дугаар улирал", "Жилийн турш",
	"3-4 дүгээр улирал", "Тухай бүр",
};
static const unsigned quarters_mask[] = { 15, 6, 2, 15, 12, 0 };

/* A sentence of about target bytes: words from the lists above. */
static const char *sentence(struct plan *p, struct sbuf *b, size_t target, const char *lead)
{
	sbuf_reset(b);
	if (lead)
		sbuf_adds(b, lead);
	while (b->len < target) {
		if (b->len && b->buf[b->len - 1] != ' ')
			sbuf_adds(b, b->len % 3 ? " " : ", ");
		switch (pick(3)) {
		case 0: sbuf_adds(b, fillers[pick(N_OF(fillers))]); break;
		case 1: sbuf_adds(b, nouns[pick(N_OF(nouns))]); break;
		default:
			sbuf_adds(b, nouns[pick(N_OF(nouns))]);
			sbuf_addc(b, ' ');
			sbuf_adds(b, verbs[pick(N_OF(verbs))]);
			break;
		}
	}
	sbuf_adds(b, ".");
	return plan_strdup(p, b->buf);
}

static const char *fmt(struct plan *p, struct sbuf *b, const char *f, long long v)
{
	sbuf_reset(b);
	sbuf_addf(b, f, v);
	return plan_strdup(p, b->buf);
}

static void fill_activity(struct plan *p, struct activity *a, struct sbuf *b, size_t g, size_t k)
{
	sbuf_reset(b);
	sbuf_addf(b, "%zu.%zu", g + 1, k + 1);
	a->id = plan_strdup(p, b->buf);
	a->title = sentence(p, b, 220 + pick(200), NULL);
	size_t n_ind = 1 + pick(3);
	for (size_t i = 0; i < n_ind; i++) {
		struct indicator *in = plan_add_indicator(p, &a->ind, &a->n_ind);
		in->name = sentence(p, b, 120 + pick(120), NULL);
		in->baseline = fmt(p, b, "%lld хувь (2023 оны гүйцэтгэл)", (long long)pick(80));
		in->target = fmt(p, b, "%lld хувьд хүрэх", 80 + (long long)pick(21));
		if (pick(4)) {
			in->actual[0] = fmt(p, b, "%lld хувь", (long long)pick(101));
			if (pick(2))
				in->actual[1] = fmt(p, b, "%lld хувь, тайлан хүргүүлсэн", (long long)pick(101));
		}
	}
	if (pick(10) < 7) {
		a->budget.present = true;
		if (pick(5)) {
			a->budget.has_amount = true;
			a->budget.amount = (long long)(1 + pick(500)) * 100000;
			sbuf_reset(b);
			sbuf_addf(b, "%lld.%lld сая төгрөг", a->budget.amount / 1000000,
				  a->budget.amount / 100000 % 10);
			a->budget.text = plan_strdup(p, b->buf);
		} else {
			a->budget.text = plan_strdup(p, "Төсөвт тусгасан");
		}
		a->budget.source = plan_strdup(p, sources[pick(N_OF(sources))]);
	}
	unsigned qi = pick(N_OF(quarters_text));
	a->has_quarters = true;
	a->quarters = quarters_mask[qi];
	a->schedule = plan_strdup(p, quarters_text[qi]);
	a->responsible = plan_strdup(p, units[pick(N_OF(units))]);
	static const int ratings[] = { 100, 70, 30, 0, RATING_NOT_DUE };
	for (int q = 0; q < 2; q++) {
		if (q == 1 && pick(10) == 0)
			continue;	/* not yet rated in the second quarter */
		a->st[q].rating = ratings[pick(N_OF(ratings))];
		char *lead = xasprintf("%s. ", results[pick(N_OF(results))]);
		a->st[q].note = sentence(p, b, strlen(lead) + 120 + pick(240), lead);
		free(lead);
	}
}

static void usage(void)
{
	fputs("usage: genplan [-n ACTIVITIES] [-g GOALS] [-s SEED] [-o OUT.yaml]\n"
	      "       genplan [-n ACTIVITIES] [-g GOALS] --id-at K\n", stderr);
	exit(2);
}

static unsigned long long num_arg(const char *s)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || !*s || *end || *s == '-')
		usage();
	return v;
}

/* The goal and index in it of activity number k (0-based): activities are
 * dealt to goals in runs, the first goals a little larger. */
static void place(size_t n_act, size_t n_goal, size_t k, size_t *g, size_t *i)
{
	size_t per = n_act / n_goal, extra = n_act % n_goal;
	size_t start = 0;
	for (size_t j = 0; j < n_goal; j++) {
		size_t len = per + (j < extra);
		if (k < start + len) {
			*g = j;
			*i = k - start;
			return;
		}
		start += len;
	}
	*g = n_goal - 1;
	*i = k - start;
}

int main(int argc, char **argv)
{
	size_t n_act = 10000, n_goal = 6;
	unsigned long long seed = 20240101, id_at = 0;
	const char *out_path = NULL;
	for (int i = 1; i < argc; i++) {
		if (i + 1 >= argc)
			usage();
		if (!strcmp(argv[i], "-n"))
			n_act = (size_t)num_arg(argv[++i]);
		else if (!strcmp(argv[i], "-g"))
			n_goal = (size_t)num_arg(argv[++i]);
		else if (!strcmp(argv[i], "-s"))
			seed = num_arg(argv[++i]);
		else if (!strcmp(argv[i], "-o"))
			out_path = argv[++i];
		else if (!strcmp(argv[i], "--id-at"))
			id_at = num_arg(argv[++i]);
		else
			usage();
	}
	if (n_goal == 0 || n_act < n_goal)
		usage();
	if (id_at) {
		if (id_at > n_act) {
			fprintf(stderr, "genplan: the plan has only %zu activities\n", n_act);
			return 1;
		}
		size_t g, k;
		place(n_act, n_goal, (size_t)id_at - 1, &g, &k);
		printf("%zu.%zu\n", g + 1, k + 1);
		return 0;
	}
	rng_state = seed * 0x9E3779B97F4A7C15ULL + 1;

	struct plan *p = plan_new();
	struct sbuf b = SBUF_INIT;
	p->title = plan_strdup(p, "Авлигын эсрэг үйл ажиллагааны 2024 оны төлөвлөгөө: "
				  "байгууллагын хэмжээнд хэрэгжүүлэх арга хэмжээ (туршилтын том файл)");
	p->year = 2024;
	p->currency = "MNT";
	for (size_t g = 0; g < n_goal; g++) {
		struct goal *gl = plan_add_goal(p);
		gl->id = fmt(p, &b, "%lld", (long long)g + 1);
		gl->title = sentence(p, &b, 200, "Зорилт: ");
	}
	/* Grow each goal's activity array once, then fill it. */
	for (size_t k = 0; k < n_act; k++) {
		size_t g, i;
		place(n_act, n_goal, k, &g, &i);
		struct activity *a = plan_add_activity(p, g);
		fill_activity(p, a, &b, g, i);
	}

	/* The canonical layout of emit_plan, with comment lines between some
	 * activities and at the end of some id lines, as people write them. */
	struct sbuf out = SBUF_INIT;
	sbuf_addf(&out, "# %s\n# Үүсгэсэн: genplan, %zu арга хэмжээ\n", "Туршилтын төлөвлөгөө", n_act);
	sbuf_addf(&out, "tolov: %d\ntitle: ", p->format);
	emit_dq(&out, p->title);
	sbuf_addf(&out, "\nyear: %d\ncurrency: %s\n\ngoals:\n", p->year, p->currency);
	struct sbuf item = SBUF_INIT;
	size_t k = 0;
	for (size_t g = 0; g < p->n_goal; g++) {
		const struct goal *gl = &p->goal[g];
		if (g)
			sbuf_addc(&out, '\n');
		sbuf_adds(&out, "  - id: ");
		emit_dq(&out, gl->id);
		sbuf_adds(&out, "\n    title: ");
		emit_dq(&out, gl->title);
		sbuf_adds(&out, "\n    activities:\n");
		for (size_t a = 0; a < gl->n_act; a++, k++) {
			if (k % 17 == 5)
				sbuf_addf(&out, "      # %s\n", comments[k % N_OF(comments)]);
			sbuf_reset(&item);
			emit_activity_item(&item, &gl->act[a], 6, "\n");
			const char *nl = strchr(item.buf, '\n');
			if (k % 23 == 11 && nl) {
				sbuf_add(&out, item.buf, (size_t)(nl - item.buf));
				sbuf_adds(&out, "   # шалгасан");
				sbuf_adds(&out, nl);
			} else {
				sbuf_add(&out, item.buf, item.len);
			}
		}
	}
	sbuf_free(&item);
	sbuf_free(&b);
	plan_free(p);

	FILE *f = out_path ? fopen(out_path, "wb") : stdout;
	if (!f) {
		fprintf(stderr, "genplan: cannot create %s: %s\n", out_path, strerror(errno));
		return 1;
	}
	if (fwrite(out.buf, 1, out.len, f) != out.len || fflush(f) != 0 ||
	    (out_path && fclose(f) != 0)) {
		fprintf(stderr, "genplan: cannot write %s: %s\n", out_path ? out_path : "standard output",
			strerror(errno));
		return 1;
	}
	sbuf_free(&out);
	return 0;
}
