/* test_util.c — byte buffers, errors and whole-file reads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tolov/base/util.h"

static void grown_buffer_is_a_string_before_any_add(void **state)
{
	(void)state;
	struct sbuf b = SBUF_INIT;
	sbuf_grow(&b, 100);
	assert_non_null(b.buf);
	assert_string_equal(b.buf, "");
	sbuf_free(&b);
}

static void add_and_format_append(void **state)
{
	(void)state;
	struct sbuf b = SBUF_INIT;
	sbuf_adds(&b, "Зорилт ");
	sbuf_addf(&b, "%d.%d", 3, 2);
	sbuf_addc(&b, '!');
	assert_string_equal(b.buf, "Зорилт 3.2!");
	assert_int_equal(b.len, strlen("Зорилт 3.2!"));
	char *s = sbuf_detach(&b);
	assert_null(b.buf);
	assert_string_equal(s, "Зорилт 3.2!");
	free(s);
}

static void long_formatted_text_is_not_truncated(void **state)
{
	(void)state;
	char *big = xmalloc(100001);
	memset(big, 'a', 100000);
	big[100000] = '\0';
	struct sbuf b = SBUF_INIT;
	sbuf_addf(&b, "<%s>", big);
	assert_int_equal(b.len, 100002);
	assert_int_equal(b.buf[100001], '>');
	sbuf_free(&b);
	free(big);
}

static void error_has_gcc_position(void **state)
{
	(void)state;
	struct tv_err e = TV_ERR_INIT;
	tv_err_set(&e, "plan.yaml", 12, 5, "unknown rating '%s'", "50");
	assert_string_equal(e.text, "plan.yaml:12:5: error: unknown rating '50'");
	tv_err_set(&e, "plan.yaml", 0, 0, "cannot open");
	assert_string_equal(e.text, "plan.yaml: error: cannot open");
	tv_err_clear(&e);
	assert_null(e.text);
}

static void read_file_reads_exactly_and_caps(void **state)
{
	(void)state;
	char path[] = "/tmp/tolov-util-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "tolov: 1\n", 9), 9);
	close(fd);
	char *data;
	size_t len;
	struct tv_err e = TV_ERR_INIT;
	assert_int_equal(read_file(path, 100, &data, &len, &e), 0);
	assert_int_equal(len, 9);
	assert_string_equal(data, "tolov: 1\n");
	free(data);
	assert_int_equal(read_file(path, 8, &data, &len, &e), -1);
	assert_non_null(strstr(e.text, "over the 8-byte limit"));
	tv_err_clear(&e);
	unlink(path);
	assert_int_equal(read_file(path, 100, &data, &len, &e), -1);
	assert_non_null(strstr(e.text, "No such file"));
	tv_err_clear(&e);
}

/* A file is read into a buffer of its size: the last, empty read does not
 * double the buffer (a 22 MB plan kept 45 MB of address space); a pipe,
 * whose size is not known, is read whole. */
static void read_file_no_slack_and_pipes(void **state)
{
	(void)state;
	size_t big = (size_t)1 << 20;
	char *want = malloc(big);
	for (size_t i = 0; i < big; i++)
		want[i] = (char)('a' + i % 26);
	char path[] = "/tmp/tolov-util-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write_all(fd, want, big), 0);
	close(fd);
	char *data;
	size_t len;
	struct tv_err e = TV_ERR_INIT;
	assert_int_equal(read_file(path, 1 << 24, &data, &len, &e), 0);
	assert_int_equal(len, big);
	assert_memory_equal(data, want, big);
	assert_true(malloc_usable_size(data) < big + big / 4);
	free(data);
	unlink(path);

	int p[2];
	assert_int_equal(pipe(p), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(p[0]);
		_exit(write_all(p[1], want, 200000) == 0 ? 0 : 1);
	}
	close(p[1]);
	char dev[64];
	snprintf(dev, sizeof dev, "/dev/fd/%d", p[0]);
	assert_int_equal(read_file(dev, 1 << 24, &data, &len, &e), 0);
	assert_int_equal(len, 200000);
	assert_memory_equal(data, want, 200000);
	free(data);
	close(p[0]);
	int st;
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	free(want);
}

/* write_all writes every byte, larger than a pipe's buffer, while a
 * reader drains it; a bad descriptor fails with its errno. */
static void write_all_writes_everything(void **state)
{
	(void)state;
	size_t len = (size_t)1 << 20;
	char *data = malloc(len);
	for (size_t i = 0; i < len; i++)
		data[i] = (char)('a' + i % 26);
	char path[] = "/tmp/tolov-write-all-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write_all(fd, data, len), 0);
	close(fd);
	size_t got_len;
	char *got;
	struct tv_err err = TV_ERR_INIT;
	assert_int_equal(read_file(path, len + 1, &got, &got_len, &err), 0);
	assert_int_equal(got_len, len);
	assert_memory_equal(got, data, len);
	free(got);
	unlink(path);
	int p[2];
	assert_int_equal(pipe(p), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {	/* the reader: drains slowly, then checks the count */
		close(p[1]);
		size_t n = 0;
		char buf[4096];
		ssize_t r;
		while ((r = read(p[0], buf, sizeof buf)) > 0)
			n += (size_t)r;
		_exit(n == len ? 0 : 1);
	}
	close(p[0]);
	assert_int_equal(write_all(p[1], data, len), 0);
	close(p[1]);
	int st;
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	errno = 0;
	assert_int_equal(write_all(-1, data, 1), -1);
	assert_int_equal(errno, EBADF);
	free(data);
}

/* One number rule for the loader and set: sign and digits only. */
static void parse_whole_takes_digits_only(void **state)
{
	(void)state;
	long long v = 7;
	assert_true(parse_whole("2023", &v) && v == 2023);
	assert_true(parse_whole("-5", &v) && v == -5);
	assert_true(parse_whole("+0", &v) && v == 0);
	v = 7;
	const char *const bad[] = { "", " 1", "1 ", "1_000", "1,5", "0x10", "1e3", "-",
				    "99999999999999999999", "١٢" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_false(parse_whole(bad[i], &v));
		assert_int_equal(v, 7);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(grown_buffer_is_a_string_before_any_add),
		cmocka_unit_test(add_and_format_append),
		cmocka_unit_test(long_formatted_text_is_not_truncated),
		cmocka_unit_test(error_has_gcc_position),
		cmocka_unit_test(read_file_reads_exactly_and_caps),
		cmocka_unit_test(read_file_no_slack_and_pipes),
		cmocka_unit_test(write_all_writes_everything),
		cmocka_unit_test(parse_whole_takes_digits_only),
	};
	return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
