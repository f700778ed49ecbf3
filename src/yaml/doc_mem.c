/*
 * doc_mem.c — storage for a document's nodes and strings: large chunks
 * freed together, the format's key names shared, short values shared.
 */
#include "doc_mem.h"
#include "tolov/base/schema_keys.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct doc_mem {
	struct chunk *head;
};

struct chunk {
	struct chunk *next;
	size_t used, cap;
	void *map;		/* the mapping to unmap, or NULL when malloc'ed */
	size_t map_len;
	max_align_t data[];
};

#define CHUNK_MIN (256u << 10)

/* Nodes are aligned for pointers; strings are packed byte by byte, since a
 * plan holds hundreds of thousands of short ones. */
void *mem_alloc_aligned(struct doc_mem *m, size_t n, size_t align)
{
	struct chunk *c = m->head;
	if (c)
		c->used = (c->used + align - 1) & ~(align - 1);
	if (!c || c->cap - c->used < n) {
		size_t cap = n + 16 > CHUNK_MIN ? n + 16 : CHUNK_MIN;
		c = xmalloc(sizeof(*c) + cap);
		c->map = NULL;
		c->cap = cap;
		c->used = 0;
		c->next = m->head;
		m->head = c;
	}
	void *p = (char *)c->data + c->used;
	c->used += n;
	return p;
}

void *mem_alloc(struct doc_mem *m, size_t n)
{
	return mem_alloc_aligned(m, n, sizeof(void *));
}

char *mem_str(struct doc_mem *m, const char *s, size_t n)
{
	char *p = mem_alloc_aligned(m, n + 1, 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* The format's own keys (from the schema table), shared instead of stored
 * once per mapping. A key may stand under several parents: listed once
 * each time, found at its first. */
static const char *const known_keys[] = {
#define KNOWN_KEY(id, parent, key, ...) key,
	SCHEMA_KEYS(KNOWN_KEY)
#undef KNOWN_KEY
};

/* A key is looked up once per mapping key of the file (hundreds of
 * thousands in a large plan): an open-addressing table of the known keys
 * by length and first and last byte, filled on first use. */
#define INTERN_SLOTS 128
static const char *intern_slot[INTERN_SLOTS];
static unsigned char intern_len[INTERN_SLOTS];
static bool intern_ready;

static unsigned intern_hash(const char *s, size_t n)
{
	return ((unsigned)n * 31u + (unsigned char)s[0] * 7u + (unsigned char)s[n - 1]) &
	       (INTERN_SLOTS - 1);
}

static void intern_fill(void)
{
	for (size_t i = 0; i < sizeof(known_keys) / sizeof(*known_keys); i++) {
		size_t n = strlen(known_keys[i]);
		unsigned h = intern_hash(known_keys[i], n);
		while (intern_slot[h] && strcmp(intern_slot[h], known_keys[i]) != 0)
			h = (h + 1) & (INTERN_SLOTS - 1);
		if (!intern_slot[h]) {	/* a key under several parents: its first */
			intern_slot[h] = known_keys[i];
			intern_len[h] = (unsigned char)n;
		}
	}
	intern_ready = true;
}

const char *mem_intern(const char *s, size_t n)
{
	if (n == 0 || n > 12)
		return NULL;
	if (!intern_ready)
		intern_fill();
	for (unsigned h = intern_hash(s, n); intern_slot[h]; h = (h + 1) & (INTERN_SLOTS - 1))
		if (intern_len[h] == n && memcmp(intern_slot[h], s, n) == 0)
			return intern_slot[h];
	return NULL;
}

void mem_free(struct doc_mem *m)
{
	if (!m)
		return;
	for (struct chunk *c = m->head, *next; c; c = next) {
		next = c->next;
		if (c->map)
			munmap(c->map, c->map_len);
		else
			free(c);
	}
	free(m);
}

/*
 * The first chunk of a large document is sized from the file and asks for
 * huge pages: a 20 MB plan needs tens of megabytes of nodes and strings,
 * and taking them 4 KiB at a time costs more page faults than the parse
 * itself. Only the pages used count; the rest is address space.
 */
#define HUGE (2u << 20)
void mem_reserve(struct doc_mem *m, size_t bytes)
{
	if (bytes < 4 * HUGE)
		return;
	size_t len = bytes + HUGE;
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return;		/* chunks from malloc will do */
	char *start = (char *)(((uintptr_t)p + HUGE - 1) & ~(uintptr_t)(HUGE - 1));
#ifdef MADV_HUGEPAGE
	madvise(start, len - (size_t)(start - p), MADV_HUGEPAGE);
#endif
	struct chunk *c = (struct chunk *)start;
	c->map = p;
	c->map_len = len;
	c->used = 0;
	c->cap = len - (size_t)(start - p) - sizeof(*c);
	c->next = m->head;
	m->head = c;
}

/*
 * After a whole parse: the huge page the large chunk's storage ends in is
 * resident whole (about 1 MB unused on average); the part of it past what
 * is used is given back. Storage taken from it later (items re-read after
 * an edit) is faulted in again a small page at a time.
 */
void mem_trim(struct doc_mem *m)
{
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	for (struct chunk *c = m->head; c; c = c->next) {
		if (!c->map)
			continue;
		uintptr_t from = ((uintptr_t)c->data + c->used + page - 1) & ~(page - 1);
		uintptr_t to = (from + HUGE - 1) & ~(uintptr_t)(HUGE - 1);
		uintptr_t end = ((uintptr_t)c->data + c->cap) & ~(page - 1);
		if (to > end)
			to = end;
		if (to > from)
			madvise((void *)from, to - from, MADV_DONTNEED);
	}
}

/*
 * Short values repeat in a plan (units, schedules, ratings, empty notes):
 * one copy serves every node. An open-addressing table of the strings
 * seen, keyed by FNV-1a.
 */

const char *share_get(struct share *t, struct doc_mem *m, const char *s, size_t n,
			     char *(*copy)(struct doc_mem *, const char *, size_t))
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	if (t->used * 2 >= t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 4096;
		const char **slot = xcalloc(cap, sizeof(*slot));
		for (size_t i = 0; i < t->cap; i++) {
			if (!t->slot[i])
				continue;
			uint32_t g = 2166136261u;
			for (const char *p = t->slot[i]; *p; p++)
				g = (g ^ (unsigned char)*p) * 16777619u;
			size_t j = g & (cap - 1);
			while (slot[j])
				j = (j + 1) & (cap - 1);
			slot[j] = t->slot[i];
		}
		free(t->slot);
		t->slot = slot;
		t->cap = cap;
	}
	size_t j = h & (t->cap - 1);
	while (t->slot[j]) {
		if (strncmp(t->slot[j], s, n) == 0 && t->slot[j][n] == '\0')
			return t->slot[j];
		j = (j + 1) & (t->cap - 1);
	}
	t->used++;
	return t->slot[j] = copy(m, s, n);
}

struct doc_mem *mem_new(void)
{
	return xcalloc(1, sizeof(struct doc_mem));
}
