/*
 * conflict.h — finding merge conflict markers left in a plan file
 * ("<<<<<<<", "=======", ">>>>>>>" at the start of lines; diff3's
 * "|||||||" base part is skipped), so `tolov validate` names them instead
 * of a YAML error.
 */
#ifndef TOLOV_IO_CONFLICT_H
#define TOLOV_IO_CONFLICT_H

#include <stdbool.h>
#include <stddef.h>
#include "tolov/base/util.h"

struct conflict_mark {
	unsigned line;		/* 1-based line of "<<<<<<<" */
	char *ours, *theirs;	/* the words where the sides differ, sanitized */
	/* Byte offsets into src: the whole block from its "<<<<<<<" line to
	 * the end of its ">>>>>>>" line, and each side's lines (markers and
	 * diff3's base part left out). */
	size_t from, to, ours_from, ours_to, theirs_from, theirs_to;
};

/* The conflict blocks in src (len bytes), in file order, into *out
 * (malloc'ed; free with conflict_marks_free). Returns how many. */
size_t conflict_find(const char *src, size_t len, struct conflict_mark **out);
void conflict_marks_free(struct conflict_mark *m, size_t n);

/* src with each of the n blocks found by conflict_find replaced by one of
 * its sides: theirs where take_theirs[i], else ours; appended to out. The
 * bytes outside the blocks are kept as they are. */
void conflict_resolve(const char *src, size_t len, const struct conflict_mark *m, size_t n,
		      const bool *take_theirs, struct sbuf *out);

#endif
