/*
 * edit_impl.h — document helpers shared by edit.c (fields) and items.c
 * (goals, activities, indicators as list items). Not for other modules.
 */
#ifndef TOLOV_EDIT_IMPL_H
#define TOLOV_EDIT_IMPL_H

#include <stdbool.h>
#include <stdint.h>
#include "tolov/yaml/doc.h"
#include "tolov/edit/session.h"

enum { T_PLAN, T_GOAL, T_ACT };

struct yn *doc_goals(const struct doc *d);
struct yn *doc_acts(const struct yn *goal);
/* Goal or activity by id (kind receives T_GOAL or T_ACT); the root for
 * NULL or "" (T_PLAN). NULL when there is none. */
struct yn *doc_find(const struct doc *d, const char *id, int *kind);
/* Offset just after the line that holds off-1 (off itself when it
 * already starts a line). */
size_t line_end(const struct doc *d, size_t off);
/* Column (bytes from line start) at which n starts. */
unsigned node_col(const struct doc *d, const struct yn *n);
void edit_indent(struct sbuf *b, unsigned n);
/* Columns by which the file indents a block mapping under its key: as in
 * map when it nests one, else as the first such in the document, else 2. */
unsigned indent_step(const struct doc *d, const struct yn *map);
/* Is some goal or activity other than self already called id? */
bool id_taken(const struct doc *d, const char *id, const struct yn *self);

/* Where a new key goes in a mapping, following the format's key order:
 * the pair index after which it belongs, UINT32_MAX when unknown, or
 * UINT32_MAX - 1 when every present known key comes after it.
 * key_slot_value gives the value node to insert after, or NULL for the
 * end of the mapping. */
uint32_t key_slot(const struct yn *map, const char *key);
struct yn *key_slot_value(const struct yn *map, const char *key);

/* The spelling of val replacing old (NULL: a new value, double-quoted
 * text): plain, quoted or a literal block as old was, where val allows. */
void edit_spell(struct session *s, struct sbuf *out, const struct yn *old, const char *val,
	   bool number);
/* Add keys[0] to map (keys[1..n) nested inside, valued leaf, which is
 * already spelled) in map's style, where the format's key order puts it;
 * re-reads the document. */
int insert_key(struct session *s, struct yn *map, const char *const *keys, size_t n,
	       const char *leaf, struct tv_err *err);
/* Remove pair i of map with its line (block) or its separator (flow). */
int delete_key(struct session *s, struct yn *map, uint32_t i, struct tv_err *err);
/* Wording that follows the numbers (edit.c): a schedule for a set of
 * quarters (bit q-1 for quarter q) in Mongolian or English, and a budget
 * text for an amount following the old text's style. Appended to out. */
struct sbuf;
void schedule_wording(struct sbuf *out, unsigned mask, bool mongolian);
void budget_wording(struct sbuf *out, const char *old, long long amount);

/* Pair index of key in map, or UINT32_MAX. */
uint32_t key_index(const struct yn *map, const char *key);

#endif
