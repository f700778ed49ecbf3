/*
 * import_zip.h — the container layer shared by the .docx and .xlsx readers
 * of `tolov import` (src/io/read_zip.c): a zip read from memory with libzip
 * and its XML parts parsed with expat, with the caps of import_grid.h.
 * Not for other callers.
 *
 * Ownership: import_zip_read returns a new buffer (caller frees) holding
 * the whole part plus a NUL. Errors are added to e and the call returns -1
 * (a missing part returns 1, with no error).
 */
#ifndef TOLOV_IMPORT_ZIP_H
#define TOLOV_IMPORT_ZIP_H

#include <expat.h>
#include <zip.h>
#include "tolov/io/import.h"

struct import_zip {
	zip_t *z;
};
/* data must outlive the zip (it is read in place). */
bool import_zip_open(struct import_zip *z, const char *data, size_t len, struct import_errs *e);
void import_zip_close(struct import_zip *z);
bool import_zip_exists(struct import_zip *z, const char *name);
int import_zip_read(struct import_zip *z, const char *name, char **out, size_t *out_len,
		    struct import_errs *e);

/* An expat parse with namespaces resolved: handlers get local names
 * ("t", "tc", "c"); a DOCTYPE refuses the part. A handler sets x->stop to
 * end the parse (having added its error). */
struct import_xml {
	void *ud;
	void (*start)(void *ud, const char *name, const char **atts);
	void (*end)(void *ud, const char *name);
	void (*text)(void *ud, const char *s, size_t n);
	bool stop;
	bool doctype;
	XML_Parser p;
};
int import_xml_parse(struct import_xml *x, const char *part, const char *data, size_t len,
		     struct import_errs *e);
/* The value of the attribute with this local name, or NULL. */
const char *import_xml_attr(const char **atts, const char *local);

#endif
