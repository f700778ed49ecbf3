/*
 * save.c — atomic saves, link following and file stamps.
 *
 * The temporary file is created by tolov itself (open with O_CREAT|O_EXCL,
 * mode 0600, a random suffix) rather than by mkstemp, so every system call
 * of a save goes through the ordinary open/write/fsync/rename entry points
 * that the fault-injection tests intercept.
 */
#include "tolov/io/save.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

#define MAX_LINK_HOPS 40
#define TEMP_TRIES 100

/* A plain-words hint for errno e, in the current language, or "". */
static const char *hint_for(int e)
{
	switch (e) {
	case ENOSPC:
		return tr(M_H_NOSPC);
#ifdef EDQUOT
	case EDQUOT:
		return tr(M_H_DQUOT);
#endif
	case EACCES:
	case EPERM:
		return tr(M_H_ACCES);
	case EROFS:
		return tr(M_H_ROFS);
	case EIO:
		return tr(M_H_IO);
	case EXDEV:
		return tr(M_H_XDEV);
	case EFBIG:
		return tr(M_H_FBIG);
	case EMFILE:
	case ENFILE:
		return tr(M_H_MFILE);
	case ELOOP:
		return tr(M_H_LOOP);
	case ENOENT:
		return tr(M_H_NOENT);
	default:
		return "";
	}
}

static void fail(struct tv_err *err, const char *path, int e)
{
	tv_err_at(err, path, 0, 0, M_E_SAVE, "%s%s", tr_errno(e), hint_for(e));
}

void path_split(const char *path, char **dir, char **base)
{
	const char *slash = strrchr(path, '/');
	if (!slash) {
		*dir = xstrdup(".");
		*base = xstrdup(path);
		return;
	}
	const char *end = slash;
	while (end > path && end[-1] == '/')
		end--;
	*dir = end == path ? xstrdup("/") : xstrndup(path, (size_t)(end - path));
	*base = xstrdup(slash + 1);
}

char *path_join(const char *dir, const char *name)
{
	size_t n = strlen(dir);
	return n && dir[n - 1] == '/' ? xasprintf("%s%s", dir, name) : xasprintf("%s/%s", dir, name);
}

/* readlink into a buffer that grows until the whole content fits. */
static char *read_link(const char *path)
{
	size_t cap = 128;
	for (;;) {
		char *buf = xmalloc(cap);
		ssize_t n = readlink(path, buf, cap);
		if (n < 0) {
			int e = errno;
			free(buf);
			errno = e;
			return NULL;
		}
		if ((size_t)n < cap) {
			buf[n] = '\0';
			return buf;
		}
		free(buf);
		if (cap > SIZE_MAX / 4) {
			errno = ENAMETOOLONG;
			return NULL;
		}
		cap *= 2;
	}
}

char *path_follow_links(const char *path, struct tv_err *err)
{
	char *cur = xstrdup(path);
	for (int hops = 0;; hops++) {
		struct stat st;
		if (lstat(cur, &st) < 0 || !S_ISLNK(st.st_mode))
			return cur;	/* missing names are created by the caller */
		if (hops == MAX_LINK_HOPS) {
			tv_err_at(err, path, 0, 0, M_E_SYSTEM, "%s%s", tr_errno(ELOOP), hint_for(ELOOP));
			free(cur);
			return NULL;
		}
		char *to = read_link(cur);
		if (!to) {
			tv_err_at(err, path, 0, 0, M_E_READ_LINK, "%s%s", cur, tr_errno(errno));
			free(cur);
			return NULL;
		}
		char *next;
		if (to[0] == '/' || !strchr(cur, '/')) {
			next = to;
		} else {
			char *dir, *base;
			path_split(cur, &dir, &base);
			next = path_join(dir, to);
			free(dir);
			free(base);
			free(to);
		}
		free(cur);
		cur = next;
	}
}

/* A suffix that differs between processes and between calls. */
static void random_suffix(char *out, size_t n)
{
	static const char set[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	static uint64_t counter;
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	uint64_t x = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 30) ^
		     ((uint64_t)getpid() << 16) ^ (++counter * 0x9e3779b97f4a7c15ULL);
	for (size_t i = 0; i < n; i++) {
		x ^= x >> 33;
		x *= 0xff51afd7ed558ccdULL;
		x ^= x >> 29;
		out[i] = set[x % (sizeof(set) - 1)];
	}
	out[n] = '\0';
}

static int fsync_retry(int fd)
{
	int r;
	do
		r = fsync(fd);
	while (r < 0 && errno == EINTR);
	return r;
}

static mode_t new_file_mode(void)
{
	mode_t mask = umask(022);
	umask(mask);
	return 0666 & ~mask;
}

/* 0 flushed, or -1 with errno; folders that cannot be fsynced are fine. */
static int fsync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return errno == EACCES ? 0 : -1;
	int r = fsync_retry(fd);
	int e = errno;
	close(fd);
	if (r < 0 && (e == EINVAL || e == EROFS || e == EBADF))
		return 0;
	errno = e;
	return r;
}

int save_atomic(const char *path, const void *data, size_t len, struct tv_err *err)
{
	char *target = path_follow_links(path, err);
	if (!target)
		return -1;
	int ret = -1, fd = -1;
	char *dir = NULL, *base = NULL, *tmp = NULL;
	struct stat st;
	bool exists = false;

	if (stat(target, &st) == 0) {
		if (!S_ISREG(st.st_mode)) {
			tv_err_at(err, path, 0, 0,
				  S_ISDIR(st.st_mode) ? M_E_SAVE_IS_FOLDER : M_E_SAVE_NOT_REGULAR,
				  TV_NOARGS);
			goto out;
		}
		if (access(target, W_OK) < 0 && (errno == EACCES || errno == EROFS)) {
			int e = errno;
			tv_err_at(err, path, 0, 0, e == EROFS ? M_E_SAVE_ROFS : M_E_SAVE_RO_FILE, "%s",
				  tr_errno(e));
			goto out;
		}
		exists = true;
	} else if (errno != ENOENT) {
		fail(err, path, errno);
		goto out;
	}

	path_split(target, &dir, &base);
	for (int i = 0; i < TEMP_TRIES; i++) {
		char suffix[7];
		random_suffix(suffix, 6);
		char *name = xasprintf(".%s.tolov-%s", base, suffix);
		free(tmp);
		tmp = path_join(dir, name);
		free(name);
		fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd >= 0 || errno != EEXIST)
			break;
	}
	if (fd < 0) {
		int e = errno;
		if (e == EACCES || e == EPERM)
			tv_err_at(err, path, 0, 0, M_E_SAVE_NO_CREATE, "%s%s", tr_errno(e), dir);
		else
			fail(err, path, e);
		free(tmp);
		tmp = NULL;	/* nothing was created */
		goto out;
	}

	if (write_all(fd, data, len) < 0 || fsync_retry(fd) < 0) {
		fail(err, path, errno);
		goto out;
	}
	mode_t mode = exists ? (st.st_mode & 07777) : new_file_mode();
	if (exists) {
		/* Keep the owner when allowed (root saving someone's plan);
		 * an ordinary user cannot, and the file becomes theirs. */
		struct stat tst;
		if (fstat(fd, &tst) == 0 && (tst.st_uid != st.st_uid || tst.st_gid != st.st_gid) &&
		    fchown(fd, st.st_uid, st.st_gid) < 0 && fchown(fd, (uid_t)-1, st.st_gid) < 0) {
			/* the group could not be kept either: go on */
		}
	}
	if (fchmod(fd, mode) < 0) {
		fail(err, path, errno);
		goto out;
	}
	int r = close(fd);
	fd = -1;
	if (r < 0 && errno != EINTR) {
		fail(err, path, errno);
		goto out;
	}
	if (rename(tmp, target) < 0) {
		fail(err, path, errno);
		goto out;
	}
	free(tmp);
	tmp = NULL;		/* it is the target now */
	if (fsync_dir(dir) < 0) {
		int e = errno;
		tv_err_at(err, path, 0, 0, M_E_SAVE_FLUSH, "%s%s%s", dir, tr_errno(e), hint_for(e));
		ret = 1;
		goto out;
	}
	ret = 0;
out:
	if (fd >= 0)
		close(fd);
	if (tmp)
		unlink(tmp);
	free(tmp);
	free(dir);
	free(base);
	free(target);
	return ret;
}

/*
 * The content hash is xxHash's XXH3: 128 bits for file stamps (a change
 * that happens to keep the size is caught with overwhelming odds), its
 * 64-bit variant for hash_bytes. hash_file streams the same function.
 */
uint64_t hash_bytes(const void *data, size_t len)
{
	return (uint64_t)XXH3_64bits(data, len);
}

int stamp_take(struct file_stamp *st, const char *path, const void *data, size_t len)
{
	struct stat sb;
	memset(st, 0, sizeof(*st));
	if (stat(path, &sb) < 0)
		return -1;
	st->dev = sb.st_dev;
	st->ino = sb.st_ino;
	st->size = sb.st_size;
	st->mtime_sec = (long long)sb.st_mtim.tv_sec;
	st->mtime_nsec = (long long)sb.st_mtim.tv_nsec;
	XXH128_hash_t h = XXH3_128bits(data, len);
	st->hash_lo = (uint64_t)h.low64;
	st->hash_hi = (uint64_t)h.high64;
	st->valid = true;
	return 0;
}

/* XXH3-128 of the file's content, read in pieces; -1 when unreadable. */
static int hash_file(const char *path, uint64_t *lo, uint64_t *hi, off_t *size)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	XXH3_state_t *h = XXH3_createState();
	if (!h || XXH3_128bits_reset(h) != XXH_OK) {
		XXH3_freeState(h);
		close(fd);
		return -1;
	}
	off_t total = 0;
	char *buf = xmalloc(1 << 18);
	int rc = 0;
	for (;;) {
		ssize_t n = read(fd, buf, 1 << 18);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			rc = -1;
			break;
		}
		if (n == 0)
			break;
		XXH3_128bits_update(h, buf, (size_t)n);
		total += n;
	}
	free(buf);
	close(fd);
	if (rc == 0) {
		XXH128_hash_t r = XXH3_128bits_digest(h);
		*lo = (uint64_t)r.low64;
		*hi = (uint64_t)r.high64;
		*size = total;
	}
	XXH3_freeState(h);
	return rc;
}

enum stamp_state stamp_check(const struct file_stamp *st, const char *path)
{
	struct stat sb;
	if (!st->valid)
		return stat(path, &sb) < 0 && errno == ENOENT ? STAMP_SAME : STAMP_CHANGED;
	if (stat(path, &sb) < 0)
		return STAMP_CHANGED;
	if (sb.st_dev != st->dev || sb.st_ino != st->ino || sb.st_size != st->size)
		return STAMP_CHANGED;
	bool same_mtime = (long long)sb.st_mtim.tv_sec == st->mtime_sec &&
			  (long long)sb.st_mtim.tv_nsec == st->mtime_nsec;
	/* The content is read either way: a same-size rewrite can keep or
	 * set back the mtime (coarse clocks, touch -r, git checkout). */
	uint64_t lo, hi;
	off_t size;
	if (hash_file(path, &lo, &hi, &size) < 0 || size != st->size || lo != st->hash_lo ||
	    hi != st->hash_hi)
		return STAMP_CHANGED;
	return same_mtime ? STAMP_SAME : STAMP_TOUCHED;
}

bool stamp_matches(const struct file_stamp *st, const char *path)
{
	return stamp_check(st, path) != STAMP_CHANGED;
}
