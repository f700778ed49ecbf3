/*
 * doc_mem.h — node and string storage of a document (doc_mem.c), for
 * doc.c and doc_query.c only. Everything allocated here lives until
 * mem_free; strings handed out by mem_intern and share_get may be shared by
 * many nodes and are never written.
 */
#ifndef TOLOV_DOC_MEM_H
#define TOLOV_DOC_MEM_H

#include <stddef.h>
#include "tolov/yaml/doc.h"

struct doc_mem *mem_new(void);
void *mem_alloc_aligned(struct doc_mem *m, size_t n, size_t align);
void *mem_alloc(struct doc_mem *m, size_t n);			/* pointer-aligned */
char *mem_str(struct doc_mem *m, const char *s, size_t n);	/* packed copy + NUL */
/* Reserve one large huge-page chunk for about bytes of storage. */
void mem_reserve(struct doc_mem *m, size_t bytes);
/* Give back the unused rest of that chunk's last huge page (storage stays
 * valid and may still be allocated; call after a whole parse). */
void mem_trim(struct doc_mem *m);
void mem_free(struct doc_mem *m);

/* One of the format's key names equal to s[0, n), or NULL. */
const char *mem_intern(const char *s, size_t n);

/* Short values (at most SHARE_MAX bytes) shared between nodes. */
#define SHARE_MAX 48
struct share {
	const char **slot;
	size_t cap, used;
};
const char *share_get(struct share *t, struct doc_mem *m, const char *s, size_t n,
		      char *(*copy)(struct doc_mem *, const char *, size_t));

#endif
