/*
 * recover.h — recovery files: unsaved work written beside the plan when
 * tolov cannot save normally (a crash, a hang-up, a signal).
 *
 * For the plan "DIR/NAME" (symbolic links followed, as for the lock) the
 * recovery file is "DIR/NAME.save"; when that name is taken, the next free
 * one of "DIR/NAME.save.1", "DIR/NAME.save.2", ... up to RECOVER_MAX_SEQ.
 * Each is created with O_CREAT|O_EXCL|O_NOFOLLOW and mode 0600 (only its
 * owner may read unsaved work), so a file or symbolic link planted under
 * one of these names is never written through: that name counts as taken.
 * A recovery file that could not be written whole is removed again.
 *
 * Ownership: struct recover_path owns its buffer and starts as
 * RECOVER_PATH_INIT. Prepare it while tolov runs normally; then
 * recover_write_signal_safe may be called from a signal handler: it uses
 * only open, write, fsync, fchmod, unlink and close, and no allocation. recover_find returns an array the caller frees
 * with recover_files_free.
 */
#ifndef TOLOV_RECOVER_H
#define TOLOV_RECOVER_H

#include <stddef.h>
#include <sys/types.h>
#include "tolov/base/util.h"

#define RECOVER_MAX_SEQ 9999

struct recover_path {
	char *buf;		/* prefix "DIR/NAME.save", then room for ".NNNN" and NUL */
	size_t prefix_len;	/* strlen of the prefix */
	size_t cap;		/* bytes in buf */
};
#define RECOVER_PATH_INIT { NULL, 0, 0 }

/* Compute the recovery prefix for a plan. 0, or -1 with err set. */
int recover_prepare(struct recover_path *rp, const char *plan_path, struct tv_err *err);
void recover_path_free(struct recover_path *rp);

/*
 * Async-signal-safe: write data to the first free recovery name. Returns
 * the sequence number used (0 for NAME.save, n for NAME.save.n), and
 * rp->buf then holds that file's name until the next call; or -1 with
 * errno set (no file left behind).
 */
int recover_write_signal_safe(struct recover_path *rp, const void *data, size_t len);

/* The same for normal use: *written receives the file's name (caller
 * frees; may be NULL). Returns the sequence number, or -1 with err set. */
int recover_write(const char *plan_path, const void *data, size_t len, char **written,
		  struct tv_err *err);

struct recover_file {
	char *path;
	unsigned seq;		/* 0 for NAME.save, n for NAME.save.n */
	off_t size;
	long long mtime;	/* seconds since the epoch */
};

/* The recovery files of a plan that exist now, as regular files (links
 * are ignored), in sequence order. 0 (maybe with *n == 0), or -1 with err
 * set when the folder cannot be read. */
int recover_find(const char *plan_path, struct recover_file **files, size_t *n,
		 struct tv_err *err);
void recover_files_free(struct recover_file *files, size_t n);

/*
 * What was being typed at a prompt (the command line, a search, a field
 * whose text could not become an edit) when the link dropped: one line per
 * record in "DIR/NAME.typed" (symbolic links of the plan followed), created
 * with mode 0600 and O_NOFOLLOW, appended to so several hang-ups keep each
 * line. recover_typed_write replaces newlines in line by spaces; 0, or -1
 * with err set (nothing written). recover_typed_take reads the records
 * (at most 64 KB; a file that is not a regular file owned by this user is
 * ignored), removes the file and returns 1 with *lines (newline-separated,
 * caller frees), or 0 with *lines NULL when there is none; err is not
 * set (a line that cannot be read back is not worth an error).
 */
int recover_typed_write(const char *plan_path, const char *line, struct tv_err *err);
int recover_typed_take(const char *plan_path, char **lines, struct tv_err *err);

#endif
