/* test_save.c — atomic saves, symbolic links, modes, failures and stamps. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "tolov/io/save.h"

/* Each test gets a fresh folder, removed afterwards. */
static char *dir;

static int rm_one(const char *p, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb; (void)flag; (void)ftw;
	return remove(p);
}

static int setup(void **state)
{
	(void)state;
	const char *t = getenv("TMPDIR");
	char *tmpl = xasprintf("%s/tolov-save-XXXXXX", t && *t ? t : "/tmp");
	dir = mkdtemp(tmpl);
	return dir ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	free(dir);
	dir = NULL;
	return 0;
}

static char *in_dir(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

static void put(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
	assert_int_equal(fclose(f), 0);
}

/* The whole content of path must be exactly text. */
static void assert_content(const char *path, const char *text)
{
	char *data = NULL;
	size_t len = 0;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(read_file(path, 1 << 24, &data, &len, &err), 0);
	assert_int_equal(len, strlen(text));
	assert_memory_equal(data, text, len);
	free(data);
}

/* Number of entries in the test folder besides . and .. */
static int entries(void)
{
	DIR *d = opendir(dir);
	assert_non_null(d);
	int n = 0;
	struct dirent *de;
	while ((de = readdir(d)))
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			n++;
	closedir(d);
	return n;
}

static int temp_files(void)
{
	DIR *d = opendir(dir);
	assert_non_null(d);
	int n = 0;
	struct dirent *de;
	while ((de = readdir(d)))
		if (strstr(de->d_name, ".tolov-"))
			n++;
	closedir(d);
	return n;
}

static void test_save_creates_new_file(void **state)
{
	(void)state;
	char *p = in_dir("plan.yaml");
	struct tv_err err = TV_ERR_INIT;
	mode_t old = umask(027);
	int r = save_atomic(p, "title: x\n", 9, &err);
	umask(old);
	assert_int_equal(r, 0);
	assert_null(err.text);
	assert_content(p, "title: x\n");
	struct stat st;
	assert_int_equal(stat(p, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0640);
	assert_int_equal(entries(), 1);
	free(p);
}

static void test_save_replaces_content_and_leaves_no_temp(void **state)
{
	(void)state;
	char *p = in_dir("plan.yaml");
	struct tv_err err = TV_ERR_INIT;
	put(p, "old content that is longer\n");
	assert_int_equal(save_atomic(p, "new\n", 4, &err), 0);
	assert_content(p, "new\n");
	assert_int_equal(save_atomic(p, "", 0, &err), 0);
	assert_content(p, "");
	assert_int_equal(entries(), 1);
	assert_int_equal(temp_files(), 0);
	free(p);
}

static void test_save_keeps_mode(void **state)
{
	(void)state;
	char *p = in_dir("plan.yaml");
	struct tv_err err = TV_ERR_INIT;
	put(p, "a\n");
	assert_int_equal(chmod(p, 0604), 0);
	mode_t old = umask(077);	/* the umask must not matter for an existing file */
	int r = save_atomic(p, "b\n", 2, &err);
	umask(old);
	assert_int_equal(r, 0);
	struct stat st;
	assert_int_equal(stat(p, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0604);
	free(p);
}

static void test_save_follows_symlink(void **state)
{
	(void)state;
	char *sub = in_dir("sub"), *target = in_dir("real.yaml"), *link = in_dir("sub/link.yaml");
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(mkdir(sub, 0755), 0);
	put(target, "old\n");
	assert_int_equal(symlink("../real.yaml", link), 0);	/* relative to the link's folder */
	assert_int_equal(save_atomic(link, "new\n", 4, &err), 0);
	struct stat st;
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_content(target, "new\n");
	/* the temporary file went beside the target, and is gone */
	assert_int_equal(temp_files(), 0);
	free(sub);
	free(target);
	free(link);
}

static void test_save_dangling_symlink_creates_target(void **state)
{
	(void)state;
	char *target = in_dir("later.yaml"), *link = in_dir("link.yaml");
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(symlink("later.yaml", link), 0);
	assert_int_equal(save_atomic(link, "made\n", 5, &err), 0);
	struct stat st;
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_content(target, "made\n");
	free(target);
	free(link);
}

static void test_save_symlink_loop_fails(void **state)
{
	(void)state;
	char *a = in_dir("a.yaml"), *b = in_dir("b.yaml");
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(symlink("b.yaml", a), 0);
	assert_int_equal(symlink("a.yaml", b), 0);
	assert_int_equal(save_atomic(a, "x", 1, &err), -1);
	assert_non_null(err.text);
	assert_non_null(strstr(err.text, "symbolic link"));
	assert_int_equal(entries(), 2);
	tv_err_clear(&err);
	free(a);
	free(b);
}

/*
 * A write that fails part-way (the file-size limit, which binds root too)
 * must leave the original byte-identical and no temporary file.
 */
static void test_save_failure_keeps_original(void **state)
{
	(void)state;
	char *p = in_dir("plan.yaml");
	struct tv_err err = TV_ERR_INIT;
	const char *orig = "the original plan\n";
	put(p, orig);
	size_t big = 64 * 1024;
	char *data = xmalloc(big);
	memset(data, 'x', big);

	struct rlimit old, lim;
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	lim = old;
	lim.rlim_cur = 4096;
	void (*prev)(int) = signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);
	int r = save_atomic(p, data, big, &err);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
	signal(SIGXFSZ, prev);

	assert_int_equal(r, -1);
	assert_content(p, orig);
	assert_int_equal(entries(), 1);
	assert_non_null(err.text);
	assert_non_null(strstr(err.text, p));
	assert_non_null(strstr(err.text, "cannot save: File too large"));
	assert_non_null(strstr(err.text, "the file is unchanged"));
	tv_err_clear(&err);

	/* and the same save works once the limit is lifted */
	assert_int_equal(save_atomic(p, data, big, &err), 0);
	assert_null(err.text);
	free(data);
	free(p);
}

static void test_save_missing_folder_fails(void **state)
{
	(void)state;
	char *p = in_dir("no/such/plan.yaml");
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(save_atomic(p, "x", 1, &err), -1);
	assert_non_null(strstr(err.text, "No such file or directory"));
	assert_non_null(strstr(err.text, "the folder does not exist"));
	tv_err_clear(&err);
	free(p);
}

static void test_save_refuses_folder(void **state)
{
	(void)state;
	char *p = in_dir("plan.yaml");
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(mkdir(p, 0755), 0);
	assert_int_equal(save_atomic(p, "x", 1, &err), -1);
	assert_non_null(strstr(err.text, "it is a folder"));
	assert_int_equal(entries(), 1);
	tv_err_clear(&err);
	free(p);
}

/*
 * Permission tests need an ordinary user: run as root, they fork a child
 * that becomes "nobody" (65534). The child reports with its exit status.
 */
static int as_user(int (*fn)(void))
{
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		if (geteuid() == 0 && (setgid(65534) < 0 || setuid(65534) < 0))
			_exit(77);
		_exit(fn());
	}
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 99;
}

static const char *child_expect;

/* In the child: the save must fail, say child_expect, change nothing. */
static int child_save_fails(void)
{
	struct tv_err err = TV_ERR_INIT;
	char *before = NULL, *after = NULL, *p = in_dir("plan.yaml");
	size_t blen = 0, alen = 0;
	if (read_file(p, 1 << 20, &before, &blen, &err) < 0)
		return 77;	/* nobody cannot reach the test folder: skip */
	if (save_atomic(p, "changed\n", 8, &err) != -1)
		return 3;
	if (!err.text || !strstr(err.text, child_expect) ||
	    !strstr(err.text, "the file is unchanged"))
		return 4;
	tv_err_clear(&err);
	if (read_file(p, 1 << 20, &after, &alen, &err) < 0)
		return 5;
	int same = blen == alen && !memcmp(before, after, blen);
	free(before);
	free(after);
	free(p);
	return same ? 0 : 6;
}

static void test_save_refuses_read_only_file(void **state)
{
	(void)state;
	char *p = in_dir("plan.yaml");
	put(p, "keep\n");
	assert_int_equal(chmod(dir, 0777), 0);
	assert_int_equal(chmod(p, 0444), 0);
	child_expect = "the file is read-only for you";
	free(p);	/* the child starts with nothing allocated */
	int r = as_user(child_save_fails);
	p = in_dir("plan.yaml");
	if (r == 77) {
		free(p);
		skip();
	}
	assert_int_equal(r, 0);
	assert_content(p, "keep\n");
	assert_int_equal(entries(), 1);
	free(p);
}

static void test_save_unwritable_folder_fails(void **state)
{
	(void)state;
	char *p = in_dir("plan.yaml");
	put(p, "keep\n");
	assert_int_equal(chmod(p, 0666), 0);
	assert_int_equal(chmod(dir, 0555), 0);
	child_expect = "cannot save: Permission denied (tolov may not create files in the folder";
	free(p);	/* the child starts with nothing allocated */
	int r = as_user(child_save_fails);
	p = in_dir("plan.yaml");
	assert_int_equal(chmod(dir, 0700), 0);
	if (r == 77) {
		free(p);
		skip();
	}
	assert_int_equal(r, 0);
	assert_content(p, "keep\n");
	assert_int_equal(entries(), 1);
	free(p);
}

static void test_hash_sees_every_byte_and_the_length(void **state)
{
	(void)state;
	enum { N = 1000 };
	unsigned char a[N + 1];
	for (int i = 0; i < N; i++)
		a[i] = (unsigned char)(i * 7);
	a[N] = 0;
	uint64_t base = hash_bytes(a, N);
	assert_true(hash_bytes(a, N) == base);		/* deterministic */
	assert_true(hash_bytes(a, N + 1) != base);	/* a trailing NUL counts */
	assert_true(hash_bytes("", 0) != hash_bytes("\0", 1));
	for (int i = 0; i < N; i += 13) {		/* blocks, lanes and the tail */
		a[i] ^= 1;
		assert_true(hash_bytes(a, N) != base);
		a[i] ^= 1;
	}
	/* the same 8 bytes in two lanes must not cancel out */
	unsigned char b[64] = { 0 };
	uint64_t zero = hash_bytes(b, 64);
	b[0] = b[8] = 1;
	assert_true(hash_bytes(b, 64) != zero);
}

static void test_stamp_of_a_large_file_matches_streamed_hash(void **state)
{
	(void)state;
	char *p = in_dir("big.yaml");
	size_t n = 3 * 65536 + 17;	/* several read pieces and an odd tail */
	char *data = xmalloc(n + 1);
	for (size_t i = 0; i < n; i++)
		data[i] = (char)('a' + i % 26);
	data[n] = '\0';
	put(p, data);
	struct file_stamp st;
	assert_int_equal(stamp_take(&st, p, data, n), 0);
	assert_true(stamp_matches(&st, p));
	data[n - 1] = 'Z';	/* same size, same inode: only the hash can tell */
	put(p, data);	/* rewritten in place: the same inode */
	assert_false(stamp_matches(&st, p));
	free(data);
	free(p);
}

static void test_stamp_matches_unchanged_and_touched(void **state)
{
	(void)state;
	char *p = in_dir("plan.yaml");
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(save_atomic(p, "abc\n", 4, &err), 0);
	struct file_stamp st;
	assert_int_equal(stamp_take(&st, p, "abc\n", 4), 0);
	assert_true(st.valid);
	assert_true(stamp_matches(&st, p));
	/* a touch without change still matches */
	struct timespec ts[2] = { { 0, UTIME_OMIT }, { 1000000000, 123 } };
	assert_int_equal(utimensat(AT_FDCWD, p, ts, 0), 0);
	assert_true(stamp_matches(&st, p));
	free(p);
}

/* Same size, different content, mtime set back: still noticed. */
static void test_stamp_detects_same_size_same_mtime_change(void **state)
{
	(void)state;
	char *p = in_dir("plan.yaml");
	put(p, "abc\n");
	struct file_stamp st;
	assert_int_equal(stamp_take(&st, p, "abc\n", 4), 0);
	struct stat before;
	assert_int_equal(stat(p, &before), 0);
	int fd = open(p, O_WRONLY);
	assert_true(fd >= 0);
	assert_int_equal(pwrite(fd, "xyz", 3, 0), 3);
	assert_int_equal(close(fd), 0);
	struct timespec ts[2] = { before.st_atim, before.st_mtim };
	assert_int_equal(utimensat(AT_FDCWD, p, ts, 0), 0);
	struct stat after;
	assert_int_equal(stat(p, &after), 0);
	assert_int_equal(after.st_size, before.st_size);
	assert_int_equal(after.st_ino, before.st_ino);
	assert_int_equal(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
	assert_false(stamp_matches(&st, p));
	free(p);
}

static void test_stamp_detects_replace_resize_and_removal(void **state)
{
	(void)state;
	char *p = in_dir("plan.yaml");
	struct tv_err err = TV_ERR_INIT;
	put(p, "abc\n");
	struct file_stamp st;
	assert_int_equal(stamp_take(&st, p, "abc\n", 4), 0);
	/* same content, but a new file (another editor's atomic save) */
	assert_int_equal(save_atomic(p, "abc\n", 4, &err), 0);
	assert_false(stamp_matches(&st, p));
	assert_int_equal(stamp_take(&st, p, "abc\n", 4), 0);
	put(p, "abcd\n");
	assert_false(stamp_matches(&st, p));
	assert_int_equal(unlink(p), 0);
	assert_false(stamp_matches(&st, p));
	free(p);
}

static void test_stamp_of_missing_file(void **state)
{
	(void)state;
	char *p = in_dir("plan.yaml");
	struct file_stamp st;
	assert_int_equal(stamp_take(&st, p, "", 0), -1);
	assert_false(st.valid);
	assert_true(stamp_matches(&st, p));	/* still no file */
	put(p, "x");
	assert_false(stamp_matches(&st, p));	/* someone created it */
	free(p);
}

static void test_path_split_and_follow(void **state)
{
	(void)state;
	char *d, *b;
	path_split("plan.yaml", &d, &b);
	assert_string_equal(d, ".");
	assert_string_equal(b, "plan.yaml");
	free(d);
	free(b);
	path_split("/plan.yaml", &d, &b);
	assert_string_equal(d, "/");
	assert_string_equal(b, "plan.yaml");
	free(d);
	free(b);
	path_split("a//b/plan.yaml", &d, &b);
	assert_string_equal(d, "a//b");
	assert_string_equal(b, "plan.yaml");
	free(d);
	free(b);

	char *j = path_join("/", "x");
	assert_string_equal(j, "/x");
	free(j);
	j = path_join("a/b", "x");
	assert_string_equal(j, "a/b/x");
	free(j);

	char *link = in_dir("l1"), *link2 = in_dir("l2"), *abs = in_dir("real");
	assert_int_equal(symlink("l2", link), 0);
	assert_int_equal(symlink(abs, link2), 0);
	struct tv_err err = TV_ERR_INIT;
	char *r = path_follow_links(link, &err);
	assert_string_equal(r, abs);
	free(r);
	free(link);
	free(link2);
	free(abs);
}

#define SUITE                                                                              \
	cmocka_unit_test_setup_teardown(test_save_creates_new_file, setup, teardown),      \
	cmocka_unit_test_setup_teardown(test_save_replaces_content_and_leaves_no_temp,     \
					setup, teardown),                                  \
	cmocka_unit_test_setup_teardown(test_save_keeps_mode, setup, teardown),            \
	cmocka_unit_test_setup_teardown(test_save_follows_symlink, setup, teardown),       \
	cmocka_unit_test_setup_teardown(test_save_dangling_symlink_creates_target, setup,  \
					teardown),                                         \
	cmocka_unit_test_setup_teardown(test_save_symlink_loop_fails, setup, teardown),    \
	cmocka_unit_test_setup_teardown(test_save_failure_keeps_original, setup, teardown), \
	cmocka_unit_test_setup_teardown(test_save_missing_folder_fails, setup, teardown),  \
	cmocka_unit_test_setup_teardown(test_save_refuses_folder, setup, teardown),        \
	cmocka_unit_test_setup_teardown(test_save_refuses_read_only_file, setup, teardown), \
	cmocka_unit_test_setup_teardown(test_save_unwritable_folder_fails, setup, teardown), \
	cmocka_unit_test(test_hash_sees_every_byte_and_the_length),                        \
	cmocka_unit_test_setup_teardown(test_stamp_of_a_large_file_matches_streamed_hash,  \
					setup, teardown),                                  \
	cmocka_unit_test_setup_teardown(test_stamp_matches_unchanged_and_touched, setup,   \
					teardown),                                         \
	cmocka_unit_test_setup_teardown(test_stamp_detects_same_size_same_mtime_change,    \
					setup, teardown),                                  \
	cmocka_unit_test_setup_teardown(test_stamp_detects_replace_resize_and_removal,     \
					setup, teardown),                                  \
	cmocka_unit_test_setup_teardown(test_stamp_of_missing_file, setup, teardown),      \
	cmocka_unit_test_setup_teardown(test_path_split_and_follow, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = { SUITE };
	return cmocka_run_group_tests_name("save", tests, NULL, NULL);
}
