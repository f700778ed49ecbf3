/*
 * conflict.h — finding merge conflict markers left in a plan file
 * ("<<<<<<<", "=======", ">>>>>>>" at the start of lines; diff3's
 * "|||||||" base part is skipped), so `tolov validate` names them instead
 * of a YAML error.
 */
#ifndef TOLOV_IO_CONFLICT_H
#define TOLOV_IO_CONFLICT_H

#include <stddef.h>
#include "tolov/base/util.h"

struct conflict_mark {
	unsigned line;		/* 1-based line of "<<<<<<<" */
	char *ours, *theirs;	/* the words where the sides differ, sanitized */
};

/* The conflict blocks in src (len bytes), in file order, into *out
 * (malloc'ed; free with conflict_marks_free). Returns how many. */
size_t conflict_find(const char *src, size_t len, struct conflict_mark **out);
void conflict_marks_free(struct conflict_mark *m, size_t n);

#endif
