/*
 * gentable — write a large, deterministic plan table for `make bench`'s
 * import measures, or read a file's bytes (the baseline they are set
 * against).
 *
 *   gentable -n ACTIVITIES -o TABLE.tsv     tab-separated text (UTF-8)
 *   gentable -n ACTIVITIES -x TABLE.xlsx    the same table as a workbook
 *                                           (libxlsxwriter, shared strings)
 *   gentable --read FILE                    read FILE's bytes, print their count
 *
 * The table has the seed's seven columns, two title lines, the column-number
 * row, a goal row every 50 activities and long Mongolian cells; the same
 * arguments always give the same bytes (the .xlsx up to its timestamps).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "tolov/base/util.h"

static const char *const header[7] = {
	"Хэрэгжүүлэх арга хэмжээ", "Гүйцэтгэлийн шалгуур үзүүлэлт", "Суурь түвшин", "Хүрэх түвшин",
	"Төсөв", "Хугацаа", "Хариуцсан нэгж",
};
static const char *const words[] = {
	"авлигын", "эрсдэлийн", "ашиг сонирхлын зөрчлийн", "төрийн албан хаагчдын",
	"иргэдийн өргөдөл гомдлын", "худалдан авах ажиллагааны", "төсвийн ил тод байдлын",
	"дотоод хяналтын", "ёс зүйн дүрмийн", "шилэн дансны", "сургалтын хөтөлбөрийн",
};
static const char *const scheds[] = {
	"1-4 дүгээр улирал", "2-3 дугаар улирал", "II улирал", "Тухай бүр", "Жилийн эцэст",
	"9 сард",
};

/* Cell c of activity k (goal g, number j). */
static void cell(struct sbuf *b, unsigned g, unsigned j, unsigned k, int c)
{
	sbuf_reset(b);
	switch (c) {
	case 0:
		sbuf_addf(b, "%u.%u. ", g, j);
		for (unsigned w = 0; w < 6; w++)
			sbuf_addf(b, "%s%s", w ? " " : "", words[(k * 7 + w * 3) % 11]);
		sbuf_adds(b, " талаар мэдээлэл түгээх, сургалт зохион байгуулах.");
		break;
	case 1:
		sbuf_addf(b, "%s тоо, хамрагдсан иргэдийн тоо", words[k % 11]);
		break;
	case 2:
		sbuf_addf(b, "%u", k % 300);
		break;
	case 3:
		sbuf_addf(b, "%u-аас доошгүй", k % 300 + 10);
		break;
	case 4:
		if (k % 3 == 0)
			sbuf_addf(b, "%u,%u сая", k % 20 + 1, k % 10);
		else
			sbuf_adds(b, "-");
		break;
	case 5:
		sbuf_adds(b, scheds[k % 6]);
		break;
	default:
		sbuf_adds(b, k % 2 ? "Хууль, эрх зүйн хэлтэс" : "Төрийн захиргааны хэлтэс");
	}
}

static int read_bytes(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return 1;
	}
	char buf[65536];
	size_t n, total = 0;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		total += n;
	fclose(f);
	printf("%zu\n", total);
	return 0;
}

int main(int argc, char **argv)
{
	unsigned n = 10000;
	const char *tsv = NULL, *xlsx = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--read") && i + 1 < argc)
			return read_bytes(argv[i + 1]);
		if (!strcmp(argv[i], "-n") && i + 1 < argc)
			n = (unsigned)strtoul(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "-o") && i + 1 < argc)
			tsv = argv[++i];
		else if (!strcmp(argv[i], "-x") && i + 1 < argc)
			xlsx = argv[++i];
		else {
			fputs("usage: gentable -n N (-o TABLE.tsv | -x TABLE.xlsx) | --read FILE\n", stderr);
			return 2;
		}
	}
	struct sbuf b = SBUF_INIT;
	FILE *f = NULL;
	lxw_workbook *wb = NULL;
	lxw_worksheet *ws = NULL;
	if (tsv && !(f = fopen(tsv, "w"))) {
		perror(tsv);
		return 1;
	}
	if (xlsx) {
		wb = workbook_new(xlsx);
		ws = wb ? workbook_add_worksheet(wb, "Төлөвлөгөө") : NULL;
		if (!ws) {
			fprintf(stderr, "gentable: cannot make %s\n", xlsx);
			return 1;
		}
	}
	unsigned row = 0;
#define PUT(col, text) do { \
		if (f) fprintf(f, "%s%s", (col) ? "\t" : "", (text)); \
		if (ws && *(text)) worksheet_write_string(ws, row, (lxw_col_t)(col), (text), NULL); \
	} while (0)
#define END() do { if (f) fputc('\n', f); row++; } while (0)
	PUT(0, "ЖИШЭЭ ГАЗРЫН ҮЙЛ АЖИЛЛАГААНЫ");
	END();
	PUT(0, "2024 ОНЫ ТӨЛӨВЛӨГӨӨ");
	END();
	for (int c = 0; c < 7; c++)
		PUT(c, header[c]);
	END();
	for (int c = 0; c < 7; c++) {
		char num[16];
		snprintf(num, sizeof num, "%d", c + 1);
		PUT(c, num);
	}
	END();
	unsigned g = 0, j = 0;
	for (unsigned k = 0; k < n; k++) {
		if (k % 50 == 0) {
			g++;
			j = 0;
			sbuf_reset(&b);
			sbuf_addf(&b, "Зорилт %u. %s %s үйл ажиллагааг сайжруулах", g, words[g % 11],
				  words[(g + 3) % 11]);
			PUT(0, b.buf);
			for (int c = 1; c < 7; c++)
				PUT(c, "");
			END();
		}
		j++;
		for (int c = 0; c < 7; c++) {
			cell(&b, g, j, k, c);
			PUT(c, b.buf);
		}
		END();
	}
	sbuf_free(&b);
	if (f && fclose(f) != 0) {
		perror(tsv);
		return 1;
	}
	if (wb && workbook_close(wb) != LXW_NO_ERROR) {
		fprintf(stderr, "gentable: cannot write %s\n", xlsx);
		return 1;
	}
	return 0;
}
