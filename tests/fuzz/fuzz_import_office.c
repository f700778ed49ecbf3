/*
 * fuzz_import_office — the .docx and .xlsx readers of `tolov import`.
 *
 * The first byte chooses what the rest of the input is:
 *   0  the XML of xl/worksheets/sheet1.xml in an otherwise valid workbook
 *   1  the XML of xl/sharedStrings.xml (the sheet refers to strings 0..7)
 *   2  the XML of xl/workbook.xml
 *   3  the XML of word/document.xml in an otherwise valid document
 *   4  the bytes of the whole container
 * The container is built in memory with libzip, so the fuzzer reaches the
 * XML readers instead of spending its time on zip headers.
 *
 * Properties checked besides memory safety and the caps (no hang, no
 * out-of-memory): a refused file has a message naming the input and no
 * plan; an accepted one gives a plan that emit_plan writes as a file tolov
 * loads back as the same plan.
 */
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "common.h"
#include "tolov/plan/emit.h"
#include "tolov/io/import.h"
#include "tolov/base/util.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

static const char content_types[] = "<?xml version=\"1.0\"?><Types/>";
static const char workbook[] =
	"<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
	"2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
	"relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
static const char rels[] =
	"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
	"2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
	"</Relationships>";
static const char sheet[] =
	"<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
	"spreadsheetml/2006/main\"><sheetData>"
	"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
	"<c r=\"C1\" t=\"s\"><v>2</v></c></row>"
	"<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c></row>"
	"<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"B3\"><v>2000000</v></c>"
	"<c r=\"C3\" t=\"s\"><v>5</v></c></row></sheetData>"
	"<mergeCells><mergeCell ref=\"C3:C4\"/></mergeCells></worksheet>";
static const char strings[] =
	"<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
	"2006/main\"><si><t>Арга хэмжээ</t></si><si><t>Төсөв</t></si><si><t>Хугацаа</t></si>"
	"<si><t>Зорилт 1. Г</t></si><si><t>1.1. А</t></si><si><t>2 дугаар улирал</t></si></sst>";
static const char document[] =
	"<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
	"wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>T</w:t></w:r></w:p><w:tbl>"
	"<w:tr><w:tc><w:p><w:r><w:t>Арга хэмжээ</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r>"
	"<w:t>Төсөв</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/>"
	"</w:tcPr><w:p><w:r><w:t>Зорилт 1. Г</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r>"
	"<w:t>1.1. А</w:t><w:br/><w:t>б</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge "
	"w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>2 сая</w:t></w:r></w:p></w:tc></w:tr>"
	"</w:tbl></w:body></w:document>";

struct part {
	const char *name;
	const void *data;
	size_t len;
};

/* A zip holding the parts, in a new buffer (caller frees); NULL on failure. */
static char *make_zip(const struct part *parts, size_t n, size_t *len)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
	char *out = NULL;
	if (!src)
		goto done;
	zip_source_keep(src);
	zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
	if (!z) {
		zip_source_free(src);
		goto done;
	}
	for (size_t i = 0; i < n; i++) {
		zip_source_t *s = zip_source_buffer(z, parts[i].data, parts[i].len, 0);
		if (!s || zip_file_add(z, parts[i].name, s, 0) < 0) {
			zip_source_free(s);
			zip_discard(z);
			zip_source_free(src);
			goto done;
		}
	}
	if (zip_close(z) < 0) {
		zip_discard(z);
		zip_source_free(src);
		goto done;
	}
	zip_stat_t st;
	if (zip_source_stat(src, &st) == 0 && zip_source_open(src) == 0) {
		out = xmalloc(st.size ? st.size : 1);
		zip_int64_t got = zip_source_read(src, out, st.size);
		zip_source_close(src);
		if (got < 0 || (zip_uint64_t)got != st.size) {
			free(out);
			out = NULL;
		} else {
			*len = st.size;
		}
	}
	zip_source_free(src);
done:
	zip_error_fini(&ze);
	return out;
}

static void check(const char *name, const char *data, size_t len)
{
	struct tv_err err = TV_ERR_INIT;
	struct import_result res;
	if (import_run(name, data, len, NULL, &res, &err)) {
		if (res.plan)
			fz_fail("import", xstrdup("refused, but a plan is left"));
		fz_check_err(name, err.text);
		tv_err_clear(&err);
		return;
	}
	struct sbuf out = SBUF_INIT;
	emit_plan(&out, res.plan);
	struct plan *p2;
	char *why;
	struct doc *d2 = fz_load(out.buf, out.len, &p2, &why);
	if (!d2)
		fz_fail("imported plan does not load", xasprintf("%s\n--- emitted:\n%s", why, out.buf));
	char *diff = fz_plan_diff(res.plan, p2);
	if (diff)
		fz_fail("imported plan reads back differently",
			xasprintf("%s\n--- emitted:\n%s", diff, out.buf));
	sbuf_free(&out);
	plan_free(p2);
	doc_free(d2);
	import_result_free(&res);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	int mode = data[0] % 5;
	const char *x = (const char *)data + 1;
	size_t n = size - 1;
	if (mode == 4) {
		check("fuzz.xlsx", x, n);
		return 0;
	}
	struct part p[6];
	size_t np = 0;
	const char *name = "fuzz.xlsx";
	if (mode <= 2) {
		p[np++] = (struct part){ "[Content_Types].xml", content_types, strlen(content_types) };
		p[np++] = (struct part){ "xl/workbook.xml", mode == 2 ? x : workbook,
					 mode == 2 ? n : strlen(workbook) };
		p[np++] = (struct part){ "xl/_rels/workbook.xml.rels", rels, strlen(rels) };
		p[np++] = (struct part){ "xl/worksheets/sheet1.xml", mode == 0 ? x : sheet,
					 mode == 0 ? n : strlen(sheet) };
		p[np++] = (struct part){ "xl/sharedStrings.xml", mode == 1 ? x : strings,
					 mode == 1 ? n : strlen(strings) };
	} else {
		name = "fuzz.docx";
		p[np++] = (struct part){ "[Content_Types].xml", content_types, strlen(content_types) };
		p[np++] = (struct part){ "word/document.xml", x, n };
	}
	size_t len;
	char *zip = make_zip(p, np, &len);
	if (zip) {
		check(name, zip, len);
		free(zip);
	}
	(void)document;
	return 0;
}
