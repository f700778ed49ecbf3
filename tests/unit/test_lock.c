/* test_lock.c — the lock file beside a plan: taken, held, stale, taken over. */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "tolov/io/lock.h"

static char *dir, *plan, *lockfile;

static int rm_one(const char *p, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb; (void)flag; (void)ftw;
	return remove(p);
}

static int setup(void **state)
{
	(void)state;
	const char *t = getenv("TMPDIR");
	char *tmpl = xasprintf("%s/tolov-lock-XXXXXX", t && *t ? t : "/tmp");
	dir = mkdtemp(tmpl);
	if (!dir)
		return -1;
	plan = xasprintf("%s/plan.yaml", dir);
	lockfile = xasprintf("%s/.plan.yaml.lock", dir);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	free(dir);
	free(plan);
	free(lockfile);
	dir = plan = lockfile = NULL;
	return 0;
}

static void put(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
	assert_int_equal(fclose(f), 0);
}

static char *get(const char *path)
{
	char *data = NULL;
	size_t len = 0;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(read_file(path, 1 << 20, &data, &len, &err), 0);
	return data;
}

static char *this_host(void)
{
	struct utsname u;
	assert_int_equal(uname(&u), 0);
	return xstrdup(u.nodename);
}

/* A pid that surely names no process now: a child that has been reaped. */
static pid_t dead_pid(void)
{
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(0);
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	return pid;
}

static void test_lock_acquire_creates_file(void **state)
{
	(void)state;
	struct tv_lock lock = TV_LOCK_INIT;
	struct lock_holder h = LOCK_HOLDER_INIT;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(lock_acquire(plan, &lock, &h, &err), LOCK_OK);
	assert_true(lock.held);
	assert_string_equal(lock.path, lockfile);
	char *text = get(lockfile);
	char *host = this_host();
	char *want_pid = xasprintf("\npid=%ld\n", (long)getpid());
	char *want_host = xasprintf("\nhost=%s\n", host);
	assert_true(!strncmp(text, "user=", 5));
	assert_non_null(strstr(text, want_pid));
	assert_non_null(strstr(text, want_host));
	assert_non_null(strstr(text, "\nsince="));
	lock_release(&lock);
	assert_int_equal(access(lockfile, F_OK), -1);
	assert_null(lock.path);
	free(text);
	free(host);
	free(want_pid);
	free(want_host);
}

static void test_lock_held_by_live_process(void **state)
{
	(void)state;
	struct tv_lock mine = TV_LOCK_INIT, other = TV_LOCK_INIT;
	struct lock_holder h = LOCK_HOLDER_INIT;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(lock_acquire(plan, &mine, NULL, &err), LOCK_OK);
	/* our own process is alive: a second acquire sees it held */
	assert_int_equal(lock_acquire(plan, &other, &h, &err), LOCK_HELD_BY_OTHER);
	assert_false(other.held);
	assert_int_equal(h.pid, (long)getpid());
	char *host = this_host();
	assert_string_equal(h.host, host);
	assert_string_not_equal(h.user, "?");
	char *say = lock_holder_describe(&h);
	char *want = xasprintf("(process %ld)", (long)getpid());
	assert_non_null(strstr(say, want));
	/* releasing the one that did not get it leaves the lock alone */
	lock_release(&other);
	assert_int_equal(access(lockfile, F_OK), 0);
	lock_release(&mine);
	assert_int_equal(access(lockfile, F_OK), -1);
	lock_holder_free(&h);
	free(host);
	free(say);
	free(want);
}

static void test_lock_other_host_is_held(void **state)
{
	(void)state;
	struct tv_lock lock = TV_LOCK_INIT;
	struct lock_holder h = LOCK_HOLDER_INIT;
	struct tv_err err = TV_ERR_INIT;
	pid_t gone = dead_pid();
	char *text = xasprintf("user=bea\nhost=elsewhere.invalid\npid=%ld\nsince=1700000000\n",
			       (long)gone);
	put(lockfile, text);
	assert_int_equal(lock_acquire(plan, &lock, &h, &err), LOCK_HELD_BY_OTHER);
	assert_string_equal(h.user, "bea");
	assert_string_equal(h.host, "elsewhere.invalid");
	assert_int_equal(h.since, 1700000000LL);
	lock_release(&lock);
	lock_holder_free(&h);
	free(text);
}

static void test_lock_stale_on_this_host(void **state)
{
	(void)state;
	struct tv_lock lock = TV_LOCK_INIT;
	struct lock_holder h = LOCK_HOLDER_INIT;
	struct tv_err err = TV_ERR_INIT;
	pid_t gone = dead_pid();	/* before anything is allocated */
	char *host = this_host();
	char *text = xasprintf("user=bea\nhost=%s\npid=%ld\n", host, (long)gone);
	put(lockfile, text);
	assert_int_equal(lock_acquire(plan, &lock, &h, &err), LOCK_STALE);
	assert_int_equal(h.pid, (long)gone);
	assert_string_equal(h.user, "bea");
	/* nothing was changed by looking */
	char *now = get(lockfile);
	assert_string_equal(now, text);
	lock_release(&lock);
	assert_int_equal(access(lockfile, F_OK), 0);
	lock_holder_free(&h);
	free(host);
	free(text);
	free(now);
}

static void test_lock_take_over_stale(void **state)
{
	(void)state;
	struct tv_lock lock = TV_LOCK_INIT;
	struct lock_holder h = LOCK_HOLDER_INIT;
	struct tv_err err = TV_ERR_INIT;
	pid_t gone = dead_pid();
	char *host = this_host();
	char *text = xasprintf("user=bea\nhost=%s\npid=%ld\n", host, (long)gone);
	put(lockfile, text);
	assert_int_equal(lock_acquire(plan, &lock, &h, &err), LOCK_STALE);
	assert_int_equal(lock_take_over(&lock, &h, &err), LOCK_OK);
	assert_true(lock.held);
	char *now = get(lockfile);
	char *want = xasprintf("\npid=%ld\n", (long)getpid());
	assert_non_null(strstr(now, want));
	lock_release(&lock);
	assert_int_equal(access(lockfile, F_OK), -1);
	lock_holder_free(&h);
	free(host);
	free(text);
	free(now);
	free(want);
}

/* Between the question and the answer, another tolov took the lock. */
static void test_lock_take_over_refuses_changed_lock(void **state)
{
	(void)state;
	struct tv_lock lock = TV_LOCK_INIT;
	struct lock_holder h = LOCK_HOLDER_INIT;
	struct tv_err err = TV_ERR_INIT;
	put(lockfile, "user=bea\nhost=elsewhere.invalid\npid=1\n");
	assert_int_equal(lock_acquire(plan, &lock, &h, &err), LOCK_HELD_BY_OTHER);
	char *fresh = xasprintf("%s/fresh", dir);
	put(fresh, "user=cem\nhost=elsewhere.invalid\npid=2\n");
	assert_int_equal(rename(fresh, lockfile), 0);	/* a new file, a new inode */
	assert_int_equal(lock_take_over(&lock, &h, &err), LOCK_HELD_BY_OTHER);
	assert_string_equal(h.user, "cem");
	char *now = get(lockfile);
	assert_non_null(strstr(now, "user=cem"));
	/* asked again, the user may take this one over */
	assert_int_equal(lock_take_over(&lock, &h, &err), LOCK_OK);
	lock_release(&lock);
	lock_holder_free(&h);
	free(fresh);
	free(now);
}

/* After someone took our lock over, releasing ours must not remove theirs. */
static void test_lock_release_spares_new_owner(void **state)
{
	(void)state;
	struct tv_lock lock = TV_LOCK_INIT;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(lock_acquire(plan, &lock, NULL, &err), LOCK_OK);
	char *fresh = xasprintf("%s/fresh", dir);
	put(fresh, "user=cem\nhost=elsewhere.invalid\npid=2\n");
	assert_int_equal(rename(fresh, lockfile), 0);
	lock_release(&lock);
	assert_int_equal(access(lockfile, F_OK), 0);
	free(fresh);
}

static void test_lock_refuses_planted_symlink(void **state)
{
	(void)state;
	struct tv_lock lock = TV_LOCK_INIT;
	struct lock_holder h = LOCK_HOLDER_INIT;
	struct tv_err err = TV_ERR_INIT;
	char *victim = xasprintf("%s/victim", dir);
	assert_int_equal(symlink(victim, lockfile), 0);	/* dangling: must not be created */
	assert_int_equal(lock_acquire(plan, &lock, &h, &err), LOCK_ERROR);
	assert_non_null(strstr(err.text, "symbolic link"));
	assert_int_equal(access(victim, F_OK), -1);
	tv_err_clear(&err);
	lock_release(&lock);

	put(victim, "precious\n");	/* an existing target must stay as it was */
	assert_int_equal(lock_acquire(plan, &lock, &h, &err), LOCK_ERROR);
	char *now = get(victim);
	assert_string_equal(now, "precious\n");
	tv_err_clear(&err);
	lock_release(&lock);
	struct stat st;
	assert_int_equal(lstat(lockfile, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	lock_holder_free(&h);
	free(victim);
	free(now);
}

/* A lock path that is a symbolic link, a folder or a FIFO is never
 * followed: LOCK_ERROR with lock.unsafe, a coded message naming it, in
 * either language; take-over refuses it too. */
static void test_lock_unsafe_paths(void **state)
{
	(void)state;
	struct tv_lock lock = TV_LOCK_INIT;
	struct tv_err err = TV_ERR_INIT;
	assert_false(lock.unsafe);
	assert_int_equal(symlink("elsewhere", lockfile), 0);
	assert_int_equal(lock_acquire(plan, &lock, NULL, &err), LOCK_ERROR);
	assert_true(lock.unsafe);
	assert_true(err.coded);
	assert_int_equal(err.code, M_E_LOCK_SYMLINK);
	struct sbuf b = SBUF_INIT;
	tv_err_message(&b, &err, LANG_MN);
	assert_non_null(strstr(b.buf, "симбол холбоос"));
	sbuf_free(&b);
	tv_err_clear(&err);
	/* lock_take_over on the same lock does not follow it either */
	assert_int_equal(lock_take_over(&lock, NULL, &err), LOCK_ERROR);
	tv_err_clear(&err);
	lock_release(&lock);
	assert_false(lock.unsafe);
	assert_int_equal(unlink(lockfile), 0);

	assert_int_equal(mkdir(lockfile, 0700), 0);
	assert_int_equal(lock_acquire(plan, &lock, NULL, &err), LOCK_ERROR);
	assert_true(lock.unsafe);
	assert_int_equal(err.code, M_E_LOCK_NOT_REGULAR);
	tv_err_clear(&err);
	lock_release(&lock);
	assert_int_equal(rmdir(lockfile), 0);

	assert_int_equal(mkfifo(lockfile, 0600), 0);
	assert_int_equal(lock_acquire(plan, &lock, NULL, &err), LOCK_ERROR);
	assert_true(lock.unsafe);
	assert_int_equal(err.code, M_E_LOCK_NOT_REGULAR);
	tv_err_clear(&err);
	lock_release(&lock);
	assert_int_equal(unlink(lockfile), 0);

	/* an ordinary lock held by another is not unsafe */
	put(lockfile, "user=ann\nhost=elsewhere.invalid\npid=7\n");
	assert_int_equal(lock_acquire(plan, &lock, NULL, &err), LOCK_HELD_BY_OTHER);
	assert_false(lock.unsafe);
	lock_release(&lock);
}

/* The holder's description follows the chosen language. */
static void test_lock_holder_describe_languages(void **state)
{
	(void)state;
	struct lock_holder h = { (char *)"ann", (char *)"office", 42, 0 };
	i18n_set(LANG_EN);
	char *en = lock_holder_describe(&h);
	assert_string_equal(en, "ann on office (process 42)");
	i18n_set(LANG_MN);
	char *mn = lock_holder_describe(&h);
	assert_string_equal(mn, "ann (office дээр) (процесс 42)");
	i18n_set(LANG_EN);
	free(en);
	free(mn);
}

static void test_lock_unreadable_content_is_held(void **state)
{
	(void)state;
	struct tv_lock lock = TV_LOCK_INIT;
	struct lock_holder h = LOCK_HOLDER_INIT;
	struct tv_err err = TV_ERR_INIT;
	put(lockfile, "\x01garbage without keys");
	assert_int_equal(lock_acquire(plan, &lock, &h, &err), LOCK_HELD_BY_OTHER);
	assert_string_equal(h.user, "?");
	assert_string_equal(h.host, "?");
	assert_int_equal(h.pid, 0);
	assert_int_equal(lock_take_over(&lock, &h, &err), LOCK_OK);
	lock_release(&lock);
	lock_holder_free(&h);
}

static void test_lock_shared_through_symlink(void **state)
{
	(void)state;
	struct tv_lock a = TV_LOCK_INIT, b = TV_LOCK_INIT;
	struct tv_err err = TV_ERR_INIT;
	char *link = xasprintf("%s/other-name.yaml", dir);
	put(plan, "x\n");
	assert_int_equal(symlink("plan.yaml", link), 0);
	assert_int_equal(lock_acquire(link, &a, NULL, &err), LOCK_OK);
	assert_string_equal(a.path, lockfile);
	assert_int_equal(lock_acquire(plan, &b, NULL, &err), LOCK_HELD_BY_OTHER);
	lock_release(&b);
	lock_release(&a);
	free(link);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_lock_acquire_creates_file),
		T(test_lock_held_by_live_process),
		T(test_lock_other_host_is_held),
		T(test_lock_stale_on_this_host),
		T(test_lock_take_over_stale),
		T(test_lock_take_over_refuses_changed_lock),
		T(test_lock_release_spares_new_owner),
		T(test_lock_refuses_planted_symlink),
		T(test_lock_unsafe_paths),
		T(test_lock_holder_describe_languages),
		T(test_lock_unreadable_content_is_held),
		T(test_lock_shared_through_symlink),
	};
	return cmocka_run_group_tests_name("lock", tests, NULL, NULL);
}
