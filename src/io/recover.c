/* recover.c — recovery files for unsaved work; see recover.h. */
#include "tolov/io/recover.h"
#include "tolov/io/save.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SEQ_ROOM 12		/* ".NNNN" with room to spare, and the NUL */

int recover_prepare(struct recover_path *rp, const char *plan_path, struct tv_err *err)
{
	char *target = path_follow_links(plan_path, err);
	if (!target)
		return -1;
	size_t n = strlen(target);
	recover_path_free(rp);
	rp->prefix_len = n + strlen(".save");
	rp->cap = rp->prefix_len + SEQ_ROOM;
	rp->buf = xmalloc(rp->cap);
	memcpy(rp->buf, target, n);
	memcpy(rp->buf + n, ".save", strlen(".save") + 1);
	free(target);
	return 0;
}

void recover_path_free(struct recover_path *rp)
{
	free(rp->buf);
	rp->buf = NULL;
	rp->prefix_len = rp->cap = 0;
}

/* Write ".N" (N > 0) and a NUL at p; no library calls. */
static void put_seq(char *p, unsigned seq)
{
	char digits[SEQ_ROOM];
	int i = 0;
	do {
		digits[i++] = (char)('0' + seq % 10);
		seq /= 10;
	} while (seq);
	*p++ = '.';
	while (i)
		*p++ = digits[--i];
	*p = '\0';
}

int recover_write_signal_safe(struct recover_path *rp, const void *data, size_t len)
{
	if (!rp->buf || rp->cap < rp->prefix_len + SEQ_ROOM) {
		errno = EINVAL;
		return -1;
	}
	for (unsigned seq = 0; seq <= RECOVER_MAX_SEQ; seq++) {
		if (seq == 0)
			rp->buf[rp->prefix_len] = '\0';
		else
			put_seq(rp->buf + rp->prefix_len, seq);
		int fd = open(rp->buf, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd < 0) {
			if (errno == EEXIST)
				continue;
			return -1;
		}
		/* The umask may have removed bits; never more than 0600. */
		(void)fchmod(fd, 0600);
		int e = write_all(fd, data, len) < 0 ? errno : 0;
		if (!e) {
			int r;
			do
				r = fsync(fd);
			while (r < 0 && errno == EINTR);
			if (r < 0 && errno != EINVAL && errno != EROFS)
				e = errno;
		}
		if (close(fd) < 0 && !e && errno != EINTR)
			e = errno;
		if (e) {
			unlink(rp->buf);
			errno = e;
			return -1;
		}
		return (int)seq;
	}
	errno = EEXIST;
	return -1;
}

int recover_write(const char *plan_path, const void *data, size_t len, char **written,
		  struct tv_err *err)
{
	struct recover_path rp = RECOVER_PATH_INIT;
	if (written)
		*written = NULL;
	if (recover_prepare(&rp, plan_path, err) < 0)
		return -1;
	int seq = recover_write_signal_safe(&rp, data, len);
	if (seq < 0) {
		int e = errno;
		rp.buf[rp.prefix_len] = '\0';
		tv_err_at(err, plan_path, 0, 0, M_E_RECOVER_WRITE, "%s%s", rp.buf,
			  e == EEXIST ? tr(M_E_RECOVER_NAMES_TAKEN) : tr_errno(e));
	} else if (written) {
		*written = xstrdup(rp.buf);
	}
	recover_path_free(&rp);
	return seq;
}

/* Sequence number of a directory entry, or -1 if it is no recovery name. */
static long seq_of(const char *name, const char *stem, size_t stem_len)
{
	if (strncmp(name, stem, stem_len))
		return -1;
	const char *rest = name + stem_len;
	if (!*rest)
		return 0;
	if (rest[0] != '.' || rest[1] < '1' || rest[1] > '9')
		return -1;
	long seq = 0;
	for (const char *p = rest + 1; *p; p++) {
		if (*p < '0' || *p > '9')
			return -1;
		seq = seq * 10 + (*p - '0');
		if (seq > RECOVER_MAX_SEQ)
			return -1;
	}
	return seq;
}

static int by_seq(const void *a, const void *b)
{
	const struct recover_file *x = a, *y = b;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

int recover_find(const char *plan_path, struct recover_file **files, size_t *n,
		 struct tv_err *err)
{
	*files = NULL;
	*n = 0;
	char *target = path_follow_links(plan_path, err);
	if (!target)
		return -1;
	char *dir, *base;
	path_split(target, &dir, &base);
	free(target);
	char *stem = xasprintf("%s.save", base);
	size_t stem_len = strlen(stem);
	int ret = 0;
	DIR *d = opendir(dir);
	if (!d) {
		tv_err_at(err, plan_path, 0, 0, M_E_RECOVER_FIND, "%s%s", dir, tr_errno(errno));
		ret = -1;
		goto out;
	}
	size_t cap = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		long seq = seq_of(de->d_name, stem, stem_len);
		if (seq < 0)
			continue;
		char *full = path_join(dir, de->d_name);
		struct stat st;
		if (lstat(full, &st) < 0 || !S_ISREG(st.st_mode)) {
			free(full);
			continue;
		}
		if (*n == cap) {
			cap = cap ? cap * 2 : 4;
			*files = xrealloc(*files, cap * sizeof(**files));
		}
		(*files)[*n] = (struct recover_file){ full, (unsigned)seq, st.st_size,
						      (long long)st.st_mtim.tv_sec };
		(*n)++;
	}
	closedir(d);
	if (*n > 1)
		qsort(*files, *n, sizeof(**files), by_seq);
out:
	free(stem);
	free(dir);
	free(base);
	return ret;
}

void recover_files_free(struct recover_file *files, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(files[i].path);
	free(files);
}

/* "DIR/NAME.typed" for the plan (links followed), or NULL with err set. */
static char *typed_path(const char *plan_path, struct tv_err *err)
{
	char *target = path_follow_links(plan_path, err);
	if (!target)
		return NULL;
	struct sbuf p = SBUF_INIT;
	sbuf_adds(&p, target);
	sbuf_adds(&p, ".typed");
	free(target);
	return sbuf_detach(&p);
}

int recover_typed_write(const char *plan_path, const char *line, struct tv_err *err)
{
	char *path = typed_path(plan_path, err);
	if (!path)
		return -1;
	struct sbuf rec = SBUF_INIT;
	for (const char *s = line ? line : ""; *s; s++)
		sbuf_addc(&rec, *s == '\n' || *s == '\r' ? ' ' : *s);
	sbuf_addc(&rec, '\n');
	int rc = -1;
	int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0600);
	struct stat st;
	if (fd < 0) {
		tv_err_at(err, plan_path, 0, 0, M_E_RECOVER_WRITE, "%s%s", path, tr_errno(errno));
	} else if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_uid != geteuid()) {
		tv_err_at(err, plan_path, 0, 0, M_E_RECOVER_WRITE, "%s%s", path, tr_errno(EPERM));
	} else if (write_all(fd, rec.buf, rec.len) < 0 || fsync(fd) < 0) {
		tv_err_at(err, plan_path, 0, 0, M_E_RECOVER_WRITE, "%s%s", path, tr_errno(errno));
	} else {
		rc = 0;
	}
	if (fd >= 0)
		close(fd);
	sbuf_free(&rec);
	free(path);
	return rc;
}

#define TYPED_MAX (64 * 1024)	/* more than anyone typed at a prompt */

int recover_typed_take(const char *plan_path, char **lines, struct tv_err *err)
{
	*lines = NULL;
	char *path = typed_path(plan_path, err);
	if (!path)
		return -1;
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	free(path);
	if (fd < 0)
		return 0;	/* none (or none tolov may read: a planted link) */
	struct stat st;
	int rc = 0;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid()) {
		struct sbuf b = SBUF_INIT;
		char chunk[4096];
		ssize_t k;
		while (b.len < TYPED_MAX && (k = read(fd, chunk, sizeof chunk)) > 0)
			sbuf_add(&b, chunk, (size_t)k);
		if (b.len > TYPED_MAX)
			b.len = TYPED_MAX;
		while (b.len && (b.buf[b.len - 1] == '\n' || b.buf[b.len - 1] == '\0'))
			b.len--;
		if (b.len) {
			b.buf[b.len] = '\0';
			*lines = sbuf_detach(&b);
			rc = 1;
		}
		sbuf_free(&b);
		char *again = typed_path(plan_path, err);
		if (again)
			unlink(again);	/* said once */
		free(again);
	}
	close(fd);
	return rc;
}
