/*
 * read_zip.c — the container layer of the .docx and .xlsx readers of
 * `tolov import`: libzip reads the zip from memory (nothing is ever
 * extracted to disk) and expat parses each part. Both come from outside,
 * so every part is checked before and while it is read:
 *   - an encrypted entry is refused, naming it;
 *   - a declared or real size past IMPORT_ZIP_ENTRY_CAP, or a compression
 *     ratio past IMPORT_ZIP_RATIO_CAP:1, is refused as a zip bomb (the real
 *     size is counted as the entry is inflated, so a lying header does not
 *     help);
 *   - XML with a DOCTYPE (so any DTD, entity declaration or external
 *     entity) is refused before anything is expanded.
 */
#include "tolov/io/import_zip.h"

#include <stdlib.h>
#include <string.h>

bool import_zip_open(struct import_zip *z, const char *data, size_t len, struct import_errs *e)
{
	zip_error_t ze;
	zip_error_init(&ze);
	z->z = NULL;
	zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
	if (src) {
		z->z = zip_open_from_source(src, ZIP_RDONLY, &ze);
		if (!z->z)
			zip_source_free(src);
	}
	if (!z->z)
		import_err(e, 0, 0, 0, M_IMPORT_E_BAD_ZIP, "%s",
				zip_error_strerror(&ze));
	zip_error_fini(&ze);
	return z->z != NULL;
}

void import_zip_close(struct import_zip *z)
{
	if (z->z)
		zip_discard(z->z);
	z->z = NULL;
}

bool import_zip_has(const char *data, size_t len, const char *name)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
	bool ok = false;
	if (src) {
		zip_t *z = zip_open_from_source(src, ZIP_RDONLY, &ze);
		if (z) {
			ok = zip_name_locate(z, name, 0) >= 0;
			zip_discard(z);
		} else {
			zip_source_free(src);
		}
	}
	zip_error_fini(&ze);
	return ok;
}

bool import_zip_exists(struct import_zip *z, const char *name)
{
	return zip_name_locate(z->z, name, 0) >= 0;
}

int import_zip_read(struct import_zip *z, const char *name, char **out, size_t *out_len,
		    struct import_errs *e)
{
	*out = NULL;
	*out_len = 0;
	zip_int64_t idx = zip_name_locate(z->z, name, 0);
	if (idx < 0)
		return 1;
	zip_stat_t st;
	if (zip_stat_index(z->z, (zip_uint64_t)idx, 0, &st) < 0) {
		import_err(e, 0, 0, 0, M_IMPORT_E_PART_STAT, "%s", name);
		return -1;
	}
	if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
		import_err(e, 0, 0, 0,
				M_IMPORT_E_PART_ENCRYPTED, "%s",
				name);
		return -1;
	}
	if ((st.valid & ZIP_STAT_SIZE) && st.size > IMPORT_ZIP_ENTRY_CAP) {
		import_err(e, 0, 0, 0,
				M_IMPORT_E_BOMB_SIZE, "%s%llu%llu",
				name, (unsigned long long)st.size, IMPORT_ZIP_ENTRY_CAP >> 20);
		return -1;
	}
	if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) && st.size > 65536 &&
	    st.size / (st.comp_size ? st.comp_size : 1) > IMPORT_ZIP_RATIO_CAP) {
		import_err(e, 0, 0, 0,
				M_IMPORT_E_BOMB_RATIO, "%s%u", name,
				IMPORT_ZIP_RATIO_CAP);
		return -1;
	}
	zip_file_t *f = zip_fopen_index(z->z, (zip_uint64_t)idx, 0);
	if (!f) {
		import_err(e, 0, 0, 0, M_IMPORT_E_PART_OPEN, "%s%s", name,
				zip_strerror(z->z));
		return -1;
	}
	struct sbuf b = SBUF_INIT;
	char chunk[65536];
	zip_int64_t n;
	unsigned long long limit = IMPORT_ZIP_ENTRY_CAP;
	unsigned long long comp = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
	if (comp && comp * IMPORT_ZIP_RATIO_CAP < limit)
		limit = comp * IMPORT_ZIP_RATIO_CAP < 65536 ? 65536 : comp * IMPORT_ZIP_RATIO_CAP;
	int rc = 0;
	while ((n = zip_fread(f, chunk, sizeof chunk)) > 0) {
		if (b.len + (size_t)n > limit) {
			import_err(e, 0, 0, 0,
					M_IMPORT_E_BOMB_REAL, "%s%llu",
					name, limit);
			rc = -1;
			break;
		}
		sbuf_add(&b, chunk, (size_t)n);
	}
	if (n < 0 && rc == 0) {
		import_err(e, 0, 0, 0, M_IMPORT_E_PART_DAMAGED, "%s%s", name,
				zip_file_strerror(f));
		rc = -1;
	}
	zip_fclose(f);
	if (rc < 0) {
		sbuf_free(&b);
		return -1;
	}
	*out_len = b.len;
	*out = b.buf ? sbuf_detach(&b) : xstrdup("");
	return 0;
}

/* ---- XML ---- */

static void XMLCALL on_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
			       const XML_Char *pubid, int has_internal)
{
	(void)name;
	(void)sysid;
	(void)pubid;
	(void)has_internal;
	struct import_xml *x = ud;
	x->doctype = true;
	XML_StopParser(x->p, XML_FALSE);
}

static void XMLCALL on_entity(void *ud, const XML_Char *name, int pe, const XML_Char *value,
			      int len, const XML_Char *base, const XML_Char *sysid,
			      const XML_Char *pubid, const XML_Char *notation)
{
	(void)name, (void)pe, (void)value, (void)len, (void)base, (void)sysid, (void)pubid,
		(void)notation;
	struct import_xml *x = ud;
	x->doctype = true;
	XML_StopParser(x->p, XML_FALSE);
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct import_xml *x = ud;
	const char *local = strrchr(name, '|');
	local = local ? local + 1 : name;
	if (x->stop)
		return;
	x->start(x->ud, local, atts);
	if (x->stop)
		XML_StopParser(x->p, XML_FALSE);
}

static void XMLCALL on_end(void *ud, const XML_Char *name)
{
	struct import_xml *x = ud;
	const char *local = strrchr(name, '|');
	local = local ? local + 1 : name;
	if (x->stop)
		return;
	x->end(x->ud, local);
	if (x->stop)
		XML_StopParser(x->p, XML_FALSE);
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int len)
{
	struct import_xml *x = ud;
	if (x->text && !x->stop)
		x->text(x->ud, s, (size_t)len);
}

const char *import_xml_attr(const char **atts, const char *local)
{
	for (size_t i = 0; atts[i]; i += 2) {
		const char *n = strrchr(atts[i], '|');
		n = n ? n + 1 : atts[i];
		if (!strcmp(n, local))
			return atts[i + 1];
	}
	return NULL;
}

int import_xml_parse(struct import_xml *x, const char *part, const char *data, size_t len,
		     struct import_errs *e)
{
	XML_Parser p = XML_ParserCreateNS("UTF-8", '|');
	if (!p) {
		import_err(e, 0, 0, 0, M_IMPORT_E_XML_MEMORY, "%s", part);
		return -1;
	}
	x->p = p;
	x->doctype = false;
	XML_SetUserData(p, x);
	XML_SetStartDoctypeDeclHandler(p, on_doctype);
	XML_SetEntityDeclHandler(p, on_entity);
	XML_SetElementHandler(p, on_start, on_end);
	XML_SetCharacterDataHandler(p, on_text);
	/* no external entity is ever loaded: there is no handler for them, and
	 * a DOCTYPE stops the parse before any declaration is read */
	int rc = 0;
	if (len > (size_t)0x7fffffff) {
		import_err(e, 0, 0, 0, M_IMPORT_E_PART_LARGE, "%s", part);
		rc = -1;
	} else if (XML_Parse(p, data, (int)len, XML_TRUE) == XML_STATUS_ERROR) {
		if (x->doctype)
			import_err(e, 0, 0, 0,
					M_IMPORT_E_DOCTYPE, "%s",
					part);
		else if (x->stop)
			rc = -1;	/* the handler said why */
		else
			import_err(e, 0, 0, 0, M_IMPORT_E_XML, "%s%lu%s",
					part, (unsigned long)XML_GetCurrentLineNumber(p),
					XML_ErrorString(XML_GetErrorCode(p)));
		rc = -1;
	}
	XML_ParserFree(p);
	x->p = NULL;
	return rc;
}
