/*
 * new.c — `tolov new FILE --title TITLE [--year YEAR]`: a new, empty plan.
 * The file is created with O_EXCL, so an existing file (or a symbolic
 * link in its place) is never overwritten, even when it appears between
 * the check and the write. The written plan is read back and checked
 * before tolov says it worked ("FILE: created the plan ..." on stderr).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tolov/cli/cli.h"
#include "tolov/plan/emit.h"

const char *cli_new_folder(const char *path)
{
	static char *dir;
	free(dir);
	const char *slash = strrchr(path, '/');
	dir = slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : xstrdup(".");
	return dir;
}

int cli_new_check_folder(const char *path, struct tv_err *err)
{
	const char *dir = cli_new_folder(path);
	struct stat st;
	if (stat(dir, &st) < 0 || !S_ISDIR(st.st_mode)) {
		tv_err_at(err, path, 0, 0, M_CLI_NEW_NO_FOLDER, "%s", dir);
		return -1;
	}
	if (access(dir, W_OK) < 0) {
		tv_err_at(err, path, 0, 0, M_CLI_NEW_FAILED, "%s", tr_errno(errno));
		return -1;
	}
	return 0;
}

static int write_new(const char *path, const char *data, size_t len, struct tv_err *err)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0) {
		if (errno == EEXIST)
			tv_err_at(err, path, 0, 0, M_CLI_NEW_EXISTS, TV_NOARGS);
		else if (errno == ENOENT)
			tv_err_at(err, path, 0, 0, M_CLI_NEW_NO_FOLDER, "%s", cli_new_folder(path));
		else
			tv_err_at(err, path, 0, 0, M_CLI_NEW_FAILED, "%s", tr_errno(errno));
		return -1;
	}
	int e = write_all(fd, data, len) < 0 ? errno : 0;
	if (!e && fsync(fd) < 0)
		e = errno;
	if (close(fd) < 0 && !e && errno != EINTR)
		e = errno;
	if (e) {
		unlink(path);	/* ours: created by this open */
		tv_err_at(err, path, 0, 0, M_CLI_NEW_FAILED, "%s", tr_errno(e));
		return -1;
	}
	return 0;
}

int cli_new(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "title", required_argument, NULL, 't' },
		{ "year", required_argument, NULL, 'y' },
		{ NULL, 0, NULL, 0 },
	};
	const char *title = NULL, *year = NULL;
	int c;
	while ((c = cli_getopt(argc, argv, "t:y:", longopts)) != -1) {
		if (c == 't')
			title = optarg;
		else if (c == 'y')
			year = optarg;
		else
			return 2;
	}
	if (optind >= argc)
		return cli_usage_error(argv[0], M_CLI_NEEDS_FILE, "%s", argv[0]);
	if (optind + 1 < argc)
		return cli_usage_error(argv[0], M_CLI_ONE_FILE, "%s", argv[0]);
	if (!title)
		return cli_usage_error(argv[0], M_CLI_NEW_NEEDS_TITLE, TV_NOARGS);
	long y = 0;
	if (year) {
		char *end;
		errno = 0;
		y = strtol(year, &end, 10);
		if (!*year || *end || errno || y < 1 || y > 9999)
			return cli_usage_error(argv[0], M_CLI_BAD_YEAR, "%s", year);
	}
	const char *file = argv[optind];
	struct plan *p = plan_new();
	p->title = plan_strdup(p, title);
	p->year = (int)y;
	struct sbuf b = SBUF_INIT;
	emit_plan(&b, p);
	plan_free(p);
	/* what is written must load: a title tolov cannot write is refused */
	struct tv_err err = TV_ERR_INIT;
	struct doc *d;
	int rc = 0;
	if (doc_from_buffer(&d, file, xstrndup(b.buf, b.len), b.len, &err) == 0) {
		struct plan *back;
		if (plan_build(&back, d, &err) == 0)
			plan_free(back);
		doc_free(d);
	}
	if (tv_err_isset(&err))
		rc = cli_fail(&err);
	else if (write_new(file, b.buf, b.len, &err) < 0)
		rc = cli_fail(&err);
	else {
		fprintf(stderr, tr(M_CLI_NEW_DONE), file, title);
		fputc('\n', stderr);
	}
	sbuf_free(&b);
	return rc;
}
