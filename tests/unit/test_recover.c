/* test_recover.c — recovery files: naming, mode, planted links, finding. */
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
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "tolov/io/recover.h"

static char *dir, *plan;

static int rm_one(const char *p, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb; (void)flag; (void)ftw;
	return remove(p);
}

static int setup(void **state)
{
	(void)state;
	const char *t = getenv("TMPDIR");
	char *tmpl = xasprintf("%s/tolov-recover-XXXXXX", t && *t ? t : "/tmp");
	dir = mkdtemp(tmpl);
	if (!dir)
		return -1;
	plan = xasprintf("%s/plan.yaml", dir);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	free(dir);
	free(plan);
	dir = plan = NULL;
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

static void assert_content(const char *path, const char *text)
{
	char *data = NULL;
	size_t len = 0;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(read_file(path, 1 << 20, &data, &len, &err), 0);
	assert_int_equal(len, strlen(text));
	assert_memory_equal(data, text, len);
	free(data);
}

static void test_recover_naming_sequence(void **state)
{
	(void)state;
	struct tv_err err = TV_ERR_INIT;
	const char *names[] = { "plan.yaml.save", "plan.yaml.save.1", "plan.yaml.save.2" };
	const char *texts[] = { "first\n", "second\n", "third\n" };
	for (int i = 0; i < 3; i++) {
		char *written = NULL;
		assert_int_equal(recover_write(plan, texts[i], strlen(texts[i]), &written, &err), i);
		char *want = in_dir(names[i]);
		assert_string_equal(written, want);
		assert_content(want, texts[i]);
		free(want);
		free(written);
	}
	/* a gap is filled first */
	char *first = in_dir("plan.yaml.save");
	assert_int_equal(unlink(first), 0);
	assert_int_equal(recover_write(plan, "x", 1, NULL, &err), 0);
	free(first);
}

static void test_recover_mode_0600(void **state)
{
	(void)state;
	struct tv_err err = TV_ERR_INIT;
	char *written = NULL;
	mode_t old = umask(0);
	int r = recover_write(plan, "secret\n", 7, &written, &err);
	umask(old);
	assert_int_equal(r, 0);
	struct stat st;
	assert_int_equal(lstat(written, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(st.st_mode & 07777, 0600);
	free(written);
}

/* A symbolic link planted at NAME.save is neither followed nor replaced. */
static void test_recover_refuses_planted_symlink(void **state)
{
	(void)state;
	struct tv_err err = TV_ERR_INIT;
	char *save = in_dir("plan.yaml.save"), *victim = in_dir("victim");
	char *victim2 = in_dir("victim2"), *save1 = in_dir("plan.yaml.save.1");
	put(victim, "precious\n");
	assert_int_equal(symlink(victim, save), 0);
	assert_int_equal(symlink(victim2, save1), 0);	/* dangling */
	char *written = NULL;
	assert_int_equal(recover_write(plan, "work\n", 5, &written, &err), 2);
	char *want = in_dir("plan.yaml.save.2");
	assert_string_equal(written, want);
	assert_content(want, "work\n");
	assert_content(victim, "precious\n");
	assert_int_equal(access(victim2, F_OK), -1);
	struct stat st;
	assert_int_equal(lstat(save, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	free(save);
	free(victim);
	free(victim2);
	free(save1);
	free(written);
	free(want);
}

/* The crash path, from inside a real signal handler. */
static struct recover_path handler_rp = RECOVER_PATH_INIT;
static volatile sig_atomic_t handler_seq = -2;
static const char handler_data[] = "unsaved plan\n";

static void on_signal(int sig)
{
	(void)sig;
	int e = errno;
	handler_seq = recover_write_signal_safe(&handler_rp, handler_data,
						sizeof(handler_data) - 1);
	errno = e;
}

static void test_recover_signal_safe_from_handler(void **state)
{
	(void)state;
	struct tv_err err = TV_ERR_INIT;
	char *save = in_dir("plan.yaml.save");
	put(save, "older recovery\n");
	assert_int_equal(recover_prepare(&handler_rp, plan, &err), 0);
	struct sigaction sa, old;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	assert_int_equal(sigaction(SIGUSR1, &sa, &old), 0);
	assert_int_equal(raise(SIGUSR1), 0);
	assert_int_equal(sigaction(SIGUSR1, &old, NULL), 0);
	assert_int_equal(handler_seq, 1);
	char *want = in_dir("plan.yaml.save.1");
	assert_string_equal(handler_rp.buf, want);
	assert_content(want, handler_data);
	assert_content(save, "older recovery\n");
	recover_path_free(&handler_rp);
	free(save);
	free(want);
}

static void test_recover_unwritable_leaves_nothing(void **state)
{
	(void)state;
	struct tv_err err = TV_ERR_INIT;
	char *p = in_dir("no/such/plan.yaml");
	char *written = (char *)"unset";
	assert_int_equal(recover_write(p, "x", 1, &written, &err), -1);
	assert_null(written);
	assert_non_null(strstr(err.text, "cannot write the recovery file"));
	assert_non_null(strstr(err.text, "No such file or directory"));
	tv_err_clear(&err);
	free(p);
}

static void test_recover_find_lists_in_order(void **state)
{
	(void)state;
	struct tv_err err = TV_ERR_INIT;
	struct recover_file *files;
	size_t n;
	assert_int_equal(recover_find(plan, &files, &n, &err), 0);
	assert_int_equal(n, 0);
	recover_files_free(files, n);

	const char *real[] = { "plan.yaml.save.10", "plan.yaml.save", "plan.yaml.save.2" };
	const char *noise[] = { "plan.yaml.saved", "plan.yaml.save.", "plan.yaml.save.02",
				"plan.yaml.save.x", "other.yaml.save", "plan.yaml" };
	for (size_t i = 0; i < 3; i++) {
		char *p = in_dir(real[i]);
		put(p, "r");
		free(p);
	}
	for (size_t i = 0; i < 6; i++) {
		char *p = in_dir(noise[i]);
		put(p, "n");
		free(p);
	}
	char *link = in_dir("plan.yaml.save.3");	/* links are not recovery files */
	assert_int_equal(symlink("plan.yaml.save", link), 0);

	assert_int_equal(recover_find(plan, &files, &n, &err), 0);
	assert_int_equal(n, 3);
	unsigned seqs[] = { 0, 2, 10 };
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(files[i].seq, seqs[i]);
		assert_int_equal(files[i].size, 1);
		assert_true(files[i].mtime > 0);
	}
	char *want = in_dir("plan.yaml.save.2");
	assert_string_equal(files[1].path, want);
	recover_files_free(files, n);
	free(link);
	free(want);
}

static void test_recover_find_missing_folder_fails(void **state)
{
	(void)state;
	struct tv_err err = TV_ERR_INIT;
	struct recover_file *files;
	size_t n;
	char *p = in_dir("gone/plan.yaml");
	assert_int_equal(recover_find(p, &files, &n, &err), -1);
	assert_non_null(err.text);
	assert_int_equal(n, 0);
	tv_err_clear(&err);
	free(p);
}

/* Lines typed at a prompt when the link dropped: kept one per record,
 * 0600, newlines made spaces, read back once and then gone; the plan's
 * recovery files are not disturbed and a planted link is not followed. */
static void test_recover_typed_lines(void **state)
{
	(void)state;
	struct tv_err err = TV_ERR_INIT;
	char *typed = NULL;
	assert_int_equal(recover_typed_take(plan, &typed, &err), 0);
	assert_null(typed);
	assert_int_equal(recover_typed_write(plan, ":set title=Шинэ", &err), 0);
	assert_int_equal(recover_typed_write(plan, "/two\nlines", &err), 0);
	char *path = xasprintf("%s.typed", plan);
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	struct recover_file *files = NULL;
	size_t n = 9;
	assert_int_equal(recover_find(plan, &files, &n, &err), 0);
	assert_int_equal(n, 0);	/* not a recovery file */
	recover_files_free(files, n);
	assert_int_equal(recover_typed_take(plan, &typed, &err), 1);
	assert_string_equal(typed, ":set title=Шинэ\n/two lines");
	free(typed);
	assert_int_equal(access(path, F_OK), -1);
	assert_int_equal(recover_typed_take(plan, &typed, &err), 0);

	/* a link planted under the name is neither written through nor read */
	char *victim = xasprintf("%s/victim", dir);
	FILE *f = fopen(victim, "w");
	assert_non_null(f);
	fputs("secret\n", f);
	fclose(f);
	assert_int_equal(symlink(victim, path), 0);
	assert_int_equal(recover_typed_write(plan, "x", &err), -1);
	assert_non_null(err.text);
	tv_err_clear(&err);
	assert_int_equal(recover_typed_take(plan, &typed, &err), 0);
	assert_null(typed);
	f = fopen(victim, "r");
	char buf[32] = "";
	assert_non_null(fgets(buf, sizeof buf, f));
	fclose(f);
	assert_string_equal(buf, "secret\n");
	free(victim);
	free(path);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_recover_naming_sequence),
		T(test_recover_mode_0600),
		T(test_recover_refuses_planted_symlink),
		T(test_recover_signal_safe_from_handler),
		T(test_recover_unwritable_leaves_nothing),
		T(test_recover_find_lists_in_order),
		T(test_recover_find_missing_folder_fails),
		T(test_recover_typed_lines),
	};
	return cmocka_run_group_tests_name("recover", tests, NULL, NULL);
}
