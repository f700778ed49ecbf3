/*
 * lock.h — one editor per plan: a lock file beside the plan.
 *
 * The lock for "DIR/NAME" is "DIR/.NAME.lock", after following symbolic
 * links to the plan, so every name of a plan shares one lock. It is
 * created with O_CREAT|O_EXCL (never through a symbolic link planted in
 * its place) and holds plain text, one key per line:
 *
 *	user=alice
 *	host=office-laptop
 *	pid=4242
 *	since=1700000000
 *
 * Ownership: a struct tv_lock starts as TV_LOCK_INIT, owns its path and
 * remembers the lock file's device and inode, so lock_release removes the
 * file only while it is still the one this lock created (not a lock
 * someone took over since).
 * A struct lock_holder owns its strings; lock_holder_free frees them.
 *
 * Whether a holder is alive can only be known on this host: a lock from
 * another host is reported as held, with its details, for the user to
 * decide. tolov's pid test (kill(pid, 0)) assumes one pid namespace per
 * host name.
 */
#ifndef TOLOV_LOCK_H
#define TOLOV_LOCK_H

#include <stdbool.h>
#include <sys/types.h>
#include "tolov/base/util.h"

enum lock_status {
	LOCK_ERROR = -1,	/* err is set; nothing changed */
	LOCK_OK = 0,		/* the lock is ours */
	LOCK_HELD_BY_OTHER,	/* holder filled in (fields may be "?" or 0 if unreadable) */
	LOCK_STALE,		/* holder filled in: its process on this host is gone */
};

struct tv_lock {
	char *path;		/* the lock file's name; NULL before lock_acquire */
	bool held;		/* true while this lock created the file */
	dev_t dev;		/* the lock file as created, or as seen held by another */
	ino_t ino;
	bool unsafe;		/* after LOCK_ERROR: the lock path is a symbolic link
				 * or not a regular file (see lock_acquire) */
};
#define TV_LOCK_INIT { NULL, false, 0, 0, false }

struct lock_holder {
	char *user, *host;	/* never NULL after lock_acquire; "?" when unknown */
	long pid;		/* 0 when unknown */
	long long since;	/* seconds since the epoch; 0 when unknown */
};
#define LOCK_HOLDER_INIT { NULL, NULL, 0, 0 }

/* Name of the lock file for a plan (links followed); NULL with err set. */
char *lock_path_for(const char *plan_path, struct tv_err *err);

/*
 * Try to lock plan_path. On LOCK_OK the lock is held. On LOCK_HELD_BY_OTHER
 * and LOCK_STALE, holder describes the lock file found and lock remembers
 * it, so that lock_take_over can replace exactly that file. holder may be
 * NULL. A lock path that is a symbolic link or not a regular file (a
 * folder, a FIFO: planted in a shared folder, say) is never followed,
 * read or replaced: it gives LOCK_ERROR with lock->unsafe set and err
 * saying so (M_E_LOCK_SYMLINK or M_E_LOCK_NOT_REGULAR). Nobody can hold
 * such a lock, so callers must not edit as if they did: the interface
 * opens the plan read-only and `tolov set` refuses, unless told
 * --ignore-lock. Call lock_release on every lock afterwards, whatever the
 * result.
 */
enum lock_status lock_acquire(const char *plan_path, struct tv_lock *lock,
			      struct lock_holder *holder, struct tv_err *err);

/*
 * After LOCK_HELD_BY_OTHER or LOCK_STALE, and once the user agreed: remove
 * the lock file seen then and create ours. Returns LOCK_OK; or
 * LOCK_HELD_BY_OTHER (holder refilled) when the lock file changed since it
 * was examined (another tolov got there first); or LOCK_ERROR.
 */
enum lock_status lock_take_over(struct tv_lock *lock, struct lock_holder *holder,
				struct tv_err *err);

/* Remove the lock file if this lock still owns it; free lock's memory.
 * Safe on a lock that was never acquired. */
void lock_release(struct tv_lock *lock);

/* One line for the user: "alice on office-laptop (process 4242)". */
char *lock_holder_describe(const struct lock_holder *h);
void lock_holder_free(struct lock_holder *h);

#endif
