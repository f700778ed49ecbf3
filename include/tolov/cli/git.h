/*
 * git.h — the command line's git commands: tolov diff, merge, log and
 * git-setup, and what they share. Each handler takes argv[0] as its
 * subcommand's name and returns the process exit status.
 */
#ifndef TOLOV_CLI_GIT_H
#define TOLOV_CLI_GIT_H

#include <stdbool.h>
#include "tolov/base/util.h"
#include "tolov/plan/plandiff.h"

/* tolov diff OLD NEW | [REV [REV]] [--] FILE | git's seven arguments.
 * 0 equal, 1 different, 2 trouble; always 0 for git when it worked. */
int cli_diff(int argc, char **argv);
/* tolov merge BASE OURS THEIRS [PATH]: 0 clean, 1 conflicts, 2 trouble. */
int cli_merge(int argc, char **argv);
/* For validate: append to the array *e (n used, cap allocated; grown with
 * xrealloc) one error per unresolved merge conflict left in data (len
 * bytes, the file at path, read once by the caller; "unresolved merge
 * conflict at line N" with both values). Returns how many were found. */
size_t cli_conflicts(const char *path, const char *data, size_t len, struct tv_err **e, size_t *n,
		     size_t *cap);
/* tolov log FILE [ID[.PATH]] [--since DATE] [--format text|json] [--follow] */
int cli_log(int argc, char **argv);
/* tolov git-setup [--global] */
int cli_git_setup(int argc, char **argv);

enum gdiff_format { GDIFF_TEXT, GDIFF_MD, GDIFF_JSON };

/* Describe the differences l between plans a (old) and b (new) in one
 * format, each text line starting with indent. color: ANSI colours for a
 * terminal. with_progress: add the progress that changed. JSON output is
 * one object {"changes": [...], "progress": [...]} without a newline. */
void gdiff_render(struct sbuf *out, const struct plan *a, const struct plan *b,
		  const struct pdiff_list *l, enum gdiff_format f, bool color, bool with_progress,
		  const char *indent);
/* JSON string literal of s. */
void gdiff_json_str(struct sbuf *out, const char *s);
/* Colour for this output: --color WHEN (NULL: auto), NO_COLOR, a terminal. */
bool gdiff_want_color(const char *when, int fd);

#endif
