/*
 * set.c — `tolov set FILE [ID] PATH=VALUE...`: change fields, saving only
 * the bytes that change.
 *
 * The plan's lock is respected: while another tolov (an interface) holds
 * it, set refuses and names the holder (exit 1), unless --ignore-lock.
 * A lock path that is a symbolic link or not a regular file is never
 * followed: set says so and refuses, unless --ignore-lock. With
 * --ignore-lock the holder's lock is left as it is (the interface keeps
 * it, and sees the change on disk when it saves). Otherwise set holds the
 * lock itself while it reads, changes and saves, so an interface started
 * meanwhile opens read-only; a lock whose process is gone is taken over. When no lock can be made at all (a folder tolov may
 * not write), set goes on: the save names the problem.
 */
#include <stdlib.h>
#include <string.h>

#include "tolov/cli/cli.h"
#include "tolov/edit/session.h"
#include "tolov/io/lock.h"

/* 0 go on (lock held or none possible), or 1 after printing why not. */
static int take_lock(const char *file, struct tv_lock *lock, bool ignore)
{
	struct lock_holder h = LOCK_HOLDER_INIT;
	struct tv_err err = TV_ERR_INIT;
	enum lock_status st = lock_acquire(file, lock, &h, &err);
	if (st == LOCK_STALE)
		st = lock_take_over(lock, &h, &err);
	int rc = 0;
	if (st == LOCK_HELD_BY_OTHER && !ignore) {
		char *who = lock_holder_describe(&h);
		tv_err_at(&err, file, 0, 0, M_E_LOCK_HELD, "%s", who);
		free(who);
		rc = cli_fail(&err);
	} else if (st == LOCK_ERROR && lock->unsafe && !ignore) {
		rc = cli_fail(&err);
	}
	tv_err_clear(&err);
	lock_holder_free(&h);
	return rc;
}

int cli_set(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "ignore-lock", no_argument, NULL, 'L' },
		{ NULL, 0, NULL, 0 },
	};
	bool ignore_lock = false;
	int c;
	while ((c = cli_getopt(argc, argv, "", longopts)) != -1) {
		if (c == 'L')
			ignore_lock = true;
		else
			return 2;
	}
	int nargs = argc - optind;
	char **args = argv + optind;
	if (nargs < 2)
		return cli_usage_error(argv[0], M_CLI_SET_NEEDS, TV_NOARGS);
	const char *file = args[0];
	const char *id = NULL;
	int first = 1;
	if (!strchr(args[1], '=')) {
		id = args[1];
		first = 2;
	}
	if (first >= nargs)
		return cli_usage_error(argv[0], M_CLI_SET_NEEDS, TV_NOARGS);
	size_t n = (size_t)(nargs - first);
	const char **paths = xcalloc(n, sizeof(*paths));
	const char **vals = xcalloc(n, sizeof(*vals));
	char **own = xcalloc(n, sizeof(*own));
	struct tv_lock lock = TV_LOCK_INIT;
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		const char *arg = args[first + (int)i];
		const char *eq = strchr(arg, '=');
		if (!eq || eq == arg) {
			rc = cli_usage_error(argv[0], M_CLI_NOT_PATH_VALUE, "%s", arg);
			goto out;
		}
		own[i] = xstrndup(arg, (size_t)(eq - arg));
		paths[i] = own[i];
		vals[i] = eq + 1;
	}
	if ((rc = take_lock(file, &lock, ignore_lock)) != 0)
		goto out;
	struct tv_err err = TV_ERR_INIT;
	struct session *s;
	if (session_open_lean(&s, file, &err)) {	/* the plan is not shown: no copy of its text */
		rc = cli_fail(&err);
		goto out;
	}
	int saved = -1;
	if (session_set_many(s, id, n, paths, vals, &err) ||
	    (saved = session_save(s, NULL, false, &err)) < 0)
		rc = cli_fail(&err);
	else if (saved > 0)
		cli_fail(&err);	/* saved; the folder flush failed: say so, still 0 */
	tv_err_clear(&err);
	session_free(s);
out:
	lock_release(&lock);
	for (size_t i = 0; i < n; i++)
		free(own[i]);
	free(own);
	free(paths);
	free(vals);
	return rc;
}
