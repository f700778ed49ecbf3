/*
 * history.h — the history of a plan, an activity or one field through
 * git: which commits changed it, who made them and when, and what changed
 * in plan words (plandiff). Behind `tolov log`; the interface can call it
 * to show a field's history (plan_history with the activity's id and the
 * field's path, then hist_free).
 *
 * git does the work (git log --follow for the file, git cat-file for each
 * version, spawned with fixed arguments, see git.h). Each commit is
 * compared with its first parent. Ids changed in a commit (a renumber, or
 * `set id=`) are followed: when the asked id holds another title before
 * the commit (or nothing) and exactly one item of the same kind had the
 * title it has after, that is the same item, and older commits are
 * searched for its old id. The id is carried along parent links (git log
 * --topo-order --parents), so a renumber on one branch does not change
 * what is followed on another.
 *
 * Ownership: struct hist owns every entry and string; hist_free releases
 * them. On failure out is empty.
 */
#ifndef TOLOV_IO_HISTORY_H
#define TOLOV_IO_HISTORY_H

#include <stdbool.h>
#include <stddef.h>
#include "tolov/base/util.h"
#include "tolov/plan/plandiff.h"

struct hist_entry {
	char *commit;		/* full object id */
	char *author, *email;
	char *date;		/* author date, ISO 8601 ("2023-04-01T10:00:00+00:00") */
	char *subject;		/* first line of the message */
	char *path;		/* the file's path in the repository at that commit */
	char *renamed_from;	/* id the asked item had before this commit, or NULL */
	char *renamed_to;	/* and the id it got in it */
	bool added;		/* the file was added in this commit */
	bool not_plan;		/* a side did not load as a plan: changes is empty */
	struct pdiff_list changes;	/* those touching what was asked, in plandiff order */
};

struct hist {
	struct hist_entry *e;	/* newest first */
	size_t n, cap;
};
#define HIST_INIT { NULL, 0, 0 }

/*
 * History of file (a plan in a git work tree). id: a goal or activity id,
 * "" for the plan's own fields, NULL for everything; path: a field path
 * below it as in `tolov set` or a prefix of one ("status.q2"), NULL or ""
 * for all. since: a date git understands ("2023-04-01", "2 weeks ago") or
 * NULL. Only commits with changes touching what was asked are listed
 * (every commit that touched the file when id is NULL). Returns 0, or -1
 * with err set (not in a git work tree, git missing, a bad date).
 */
int plan_history(const char *file, const char *id, const char *path, const char *since,
		 struct hist *out, struct tv_err *err);
void hist_free(struct hist *h);

/*
 * For an overlay in the interface: one line per change of e, each ending
 * in '\n', "2023-07-10  Дорж  status.q2.rating: 70 → 100" (the date's
 * first 10 bytes, the author, the field and both values; "(none)" in the
 * current language for an empty value; the item's title for an added or
 * removed item). Text is sanitized (text_sanitize), not cut: the caller
 * fits it to its width.
 */
void hist_entry_lines(struct sbuf *out, const struct hist_entry *e);

/*
 * Split "3.2.status.q2.rating" into an id of plan p and a path: the
 * longest prefix (ending at a dot) that is a goal or activity id. "title"
 * alone (or year, currency, organisation) is the plan's own field (id ""). Returns 0 with
 * *id and *path malloc'ed, or -1 when no id matches.
 */
int hist_split_target(const struct plan *p, const char *target, char **id, char **path);

#endif
