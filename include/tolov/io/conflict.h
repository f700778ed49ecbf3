/*
 * conflict.h — finding merge conflict markers left in a plan file
 * ("<<<<<<< ", "=======", ">>>>>>> " at the start of lines), so
 * `tolov validate` names them instead of a YAML error.
 */
#ifndef TOLOV_IO_CONFLICT_H
#define TOLOV_IO_CONFLICT_H

#include <stddef.h>
#include "tolov/base/util.h"

/*
 * Look for conflict blocks in src (len bytes). For each one, a line
 * "PATH:LINE:1: error: unresolved merge conflict at line LINE: ours X,
 * theirs Y" goes into err (all of them, one a line; X and Y are the words
 * where the two sides differ, quoted). Returns the number of blocks found
 * (err untouched when 0).
 */
size_t conflict_check(const char *path, const char *src, size_t len, struct tv_err *err);

#endif
