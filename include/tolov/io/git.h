/*
 * git.h — running git itself: tolov asks git for file contents and
 * history and never reimplements it.
 *
 * git is started with posix_spawnp and a fixed argument vector, never
 * through a shell, so no argument is ever interpreted by one. The child
 * inherits the environment (tests give it a clean one: GIT_CONFIG_NOSYSTEM,
 * HOME in a temporary folder, GIT_AUTHOR_* and GIT_COMMITTER_*), reads
 * /dev/null as its input, and its output and error output are collected
 * in memory without a size cap (history of a plan is small next to the
 * plan's own size limit).
 *
 * Ownership: the caller owns every buffer it passes; on failure those
 * buffers hold whatever git wrote before it failed.
 */
#ifndef TOLOV_IO_GIT_H
#define TOLOV_IO_GIT_H

#include <stddef.h>
#include "tolov/base/util.h"

/*
 * Run git with argv (argv[0] is "git"; NULL-terminated) in folder dir
 * (NULL: the current folder). out and errout (either may be NULL: then
 * that stream is discarded) receive git's standard output and error.
 * Returns git's exit status (0..255, 128+N when a signal N ended it), or
 * -1 when git could not be started (err says why).
 */
int git_run(const char *dir, const char *const *argv, struct sbuf *out, struct sbuf *errout,
	    struct tv_err *err);

/*
 * The content of file (a path as the user gave it) at revision rev
 * ("HEAD", a commit id, a branch ...), read from the repository the file
 * is in. *data is malloc'ed and NUL-terminated; the caller frees it.
 * Returns 0, or -1 with err set (not in a repository, no such revision,
 * the file is not in that revision): err holds git's own words.
 */
int git_file_at(const char *file, const char *rev, char **data, size_t *len, struct tv_err *err);

/* Split path into its folder (".") and last name, both malloc'ed. */
void git_split_path(const char *path, char **dir, char **base);

#endif
