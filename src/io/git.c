/* git.c — spawning git with fixed arguments; see git.h. */
#include "tolov/io/git.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static void drain(int fd, struct sbuf *b, bool *open_)
{
	char buf[8192];
	ssize_t n = read(fd, buf, sizeof buf);
	if (n > 0) {
		if (b)
			sbuf_add(b, buf, (size_t)n);
	} else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
		*open_ = false;
	}
}

int git_run(const char *dir, const char *const *argv, struct sbuf *out, struct sbuf *errout,
	    struct tv_err *err)
{
	int po[2], pe[2];
	if (pipe(po))
		goto fail_errno;
	if (pipe(pe)) {
		close(po[0]);
		close(po[1]);
		goto fail_errno;
	}
	/* git -C DIR ...: the folder is given to git, not changed here. */
	size_t n = 0;
	while (argv[n])
		n++;
	const char **av = xcalloc(n + 3, sizeof *av);
	size_t k = 0;
	av[k++] = argv[0];
	if (dir) {
		av[k++] = "-C";
		av[k++] = dir;
	}
	for (size_t i = 1; i < n; i++)
		av[k++] = argv[i];
	av[k] = NULL;

	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, po[1], 1);
	posix_spawn_file_actions_adddup2(&fa, pe[1], 2);
	posix_spawn_file_actions_addclose(&fa, po[0]);
	posix_spawn_file_actions_addclose(&fa, pe[0]);
	posix_spawn_file_actions_addclose(&fa, po[1]);
	posix_spawn_file_actions_addclose(&fa, pe[1]);
	pid_t pid;
	int rc = posix_spawnp(&pid, "git", &fa, NULL, (char *const *)av, environ);
	posix_spawn_file_actions_destroy(&fa);
	free(av);
	close(po[1]);
	close(pe[1]);
	if (rc) {
		close(po[0]);
		close(pe[0]);
		tv_err_at(err, "git", 0, 0, M_GIT_E_RUN, "%s", tr_errno(rc));
		return -1;
	}
	bool oo = true, eo = true;
	while (oo || eo) {
		struct pollfd pf[2] = { { oo ? po[0] : -1, POLLIN, 0 }, { eo ? pe[0] : -1, POLLIN, 0 } };
		if (poll(pf, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (oo && (pf[0].revents & (POLLIN | POLLHUP | POLLERR)))
			drain(po[0], out, &oo);
		if (eo && (pf[1].revents & (POLLIN | POLLHUP | POLLERR)))
			drain(pe[0], errout, &eo);
	}
	close(po[0]);
	close(pe[0]);
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR) {
			tv_err_at(err, "git", 0, 0, M_GIT_E_RUN, "%s", tr_errno(errno));
			return -1;
		}
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	return 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
fail_errno:
	tv_err_at(err, "git", 0, 0, M_GIT_E_RUN, "%s", tr_errno(errno));
	return -1;
}

void git_split_path(const char *path, char **dir, char **base)
{
	const char *slash = strrchr(path, '/');
	if (!slash) {
		*dir = xstrdup(".");
		*base = xstrdup(path);
	} else {
		*dir = slash == path ? xstrdup("/") : xstrndup(path, (size_t)(slash - path));
		*base = xstrdup(slash + 1);
	}
}

int git_file_at(const char *file, const char *rev, char **data, size_t *len, struct tv_err *err)
{
	if (rev[0] == '-') {
		tv_err_at(err, file, 0, 0, M_GIT_E_NOT_REV, "%s", rev);
		return -1;
	}
	char *dir, *base;
	git_split_path(file, &dir, &base);
	char *spec = xasprintf("%s:./%s", rev, base);
	const char *argv[] = { "git", "cat-file", "blob", spec, NULL };
	struct sbuf out = SBUF_INIT, eb = SBUF_INIT;
	int rc = git_run(dir, argv, &out, &eb, err);
	if (rc > 0) {
		while (eb.len && (eb.buf[eb.len - 1] == '\n' || eb.buf[eb.len - 1] == ' '))
			eb.buf[--eb.len] = '\0';
		const char *msg = eb.buf ? eb.buf : "";
		if (!strncmp(msg, "fatal: ", 7))
			msg += 7;
		tv_err_at(err, file, 0, 0, M_GIT_E_AT_REV, "%s%s%s", base, rev, msg);
	}
	free(spec);
	free(dir);
	free(base);
	sbuf_free(&eb);
	if (rc != 0) {
		sbuf_free(&out);
		return -1;
	}
	sbuf_addc(&out, '\0');	/* a buffer even when the file is empty */
	out.len--;
	*len = out.len;
	*data = sbuf_detach(&out);
	return 0;
}
