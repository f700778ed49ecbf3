/* lock.c — the lock file beside a plan; see lock.h for its format. */
#include "tolov/io/lock.h"
#include "tolov/io/save.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#define LOCK_MAX_BYTES 4096
#define CREATE_TRIES 5
#define EMPTY_RETRIES 5

char *lock_path_for(const char *plan_path, struct tv_err *err)
{
	char *target = path_follow_links(plan_path, err);
	if (!target)
		return NULL;
	char *dir, *base;
	path_split(target, &dir, &base);
	char *name = xasprintf(".%s.lock", base);
	char *p = path_join(dir, name);
	free(name);
	free(dir);
	free(base);
	free(target);
	return p;
}

/* Control characters would break the one-key-per-line format. */
static char *clean(const char *s)
{
	char *c = xstrdup(s && *s ? s : "?");
	for (char *p = c; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = '?';
	return c;
}

static char *host_name(void)
{
	struct utsname u;
	if (uname(&u) < 0)
		return xstrdup("?");
	return clean(u.nodename);
}

static char *user_name(void)
{
	struct passwd *pw = getpwuid(geteuid());
	if (pw && pw->pw_name && *pw->pw_name)
		return clean(pw->pw_name);
	const char *env = getenv("USER");
	if (env && *env)
		return clean(env);
	return xasprintf("uid %ld", (long)geteuid());
}

static char *lock_text(void)
{
	char *user = user_name(), *host = host_name();
	char *t = xasprintf("user=%s\nhost=%s\npid=%ld\nsince=%lld\n", user, host, (long)getpid(),
			    (long long)time(NULL));
	free(user);
	free(host);
	return t;
}

static void holder_set_unknown(struct lock_holder *h)
{
	lock_holder_free(h);
	h->user = xstrdup("?");
	h->host = xstrdup("?");
}

static void parse_holder(struct lock_holder *h, const char *text)
{
	holder_set_unknown(h);
	const char *line = text;
	while (*line) {
		const char *nl = strchr(line, '\n');
		size_t n = nl ? (size_t)(nl - line) : strlen(line);
		const char *eq = memchr(line, '=', n);
		if (eq) {
			size_t klen = (size_t)(eq - line);
			char *val = xstrndup(eq + 1, n - klen - 1);
			if (klen == 4 && !memcmp(line, "user", 4) && *val) {
				free(h->user);
				h->user = clean(val);
			} else if (klen == 4 && !memcmp(line, "host", 4) && *val) {
				free(h->host);
				h->host = clean(val);
			} else if (klen == 3 && !memcmp(line, "pid", 3)) {
				char *end;
				long pid = strtol(val, &end, 10);
				h->pid = (*val && !*end && pid > 0) ? pid : 0;
			} else if (klen == 5 && !memcmp(line, "since", 5)) {
				char *end;
				long long t = strtoll(val, &end, 10);
				h->since = (*val && !*end && t > 0) ? t : 0;
			}
			free(val);
		}
		line += n;
		if (*line == '\n')
			line++;
	}
}

static void short_sleep(void)
{
	struct timespec ts = { 0, 20 * 1000 * 1000 };
	nanosleep(&ts, NULL);
}

/*
 * Read the lock file someone else holds into holder, and remember its
 * identity in lock. Returns HELD_BY_OTHER or STALE; LOCK_ERROR with err
 * set; or LOCK_OK meaning "it vanished, try creating again".
 */
static enum lock_status examine(struct tv_lock *lock, struct lock_holder *holder,
				struct tv_err *err)
{
	struct sbuf b = SBUF_INIT;
	struct stat st;
	for (int attempt = 0;; attempt++) {
		int fd = open(lock->path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
		if (fd < 0) {
			int e = errno;
			if (e == ENOENT)
				return LOCK_OK;
			if (e == ELOOP) {
				tv_err_at(err, lock->path, 0, 0, M_E_LOCK_SYMLINK, TV_NOARGS);
				lock->unsafe = true;
			} else
				tv_err_at(err, lock->path, 0, 0, M_E_LOCK_READ, "%s", tr_errno(e));
			sbuf_free(&b);
			return LOCK_ERROR;
		}
		if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
			close(fd);
			tv_err_at(err, lock->path, 0, 0, M_E_LOCK_NOT_REGULAR, TV_NOARGS);
			lock->unsafe = true;
			sbuf_free(&b);
			return LOCK_ERROR;
		}
		sbuf_reset(&b);
		for (;;) {
			sbuf_grow(&b, 1024);
			ssize_t n = read(fd, b.buf + b.len, 1024);
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0)
				break;
			b.len += (size_t)n;
			b.buf[b.len] = '\0';
			if (b.len >= LOCK_MAX_BYTES)
				break;
		}
		close(fd);
		/* Empty: its creator may not have written it yet. */
		if (b.len > 0 || attempt == EMPTY_RETRIES)
			break;
		short_sleep();
	}
	lock->dev = st.st_dev;
	lock->ino = st.st_ino;
	struct lock_holder tmp = LOCK_HOLDER_INIT;
	struct lock_holder *h = holder ? holder : &tmp;
	parse_holder(h, b.buf ? b.buf : "");
	sbuf_free(&b);

	enum lock_status s = LOCK_HELD_BY_OTHER;
	char *host = host_name();
	if (h->pid > 0 && !strcmp(host, h->host) && kill((pid_t)h->pid, 0) < 0 && errno == ESRCH)
		s = LOCK_STALE;
	free(host);
	lock_holder_free(&tmp);
	return s;
}

/* 1 created (lock held), 0 a lock file exists, -1 error (err set). */
static int create(struct tv_lock *lock, struct tv_err *err)
{
	int fd = open(lock->path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0) {
		if (errno == EEXIST)
			return 0;
		tv_err_at(err, lock->path, 0, 0, M_E_LOCK_CREATE, "%s", tr_errno(errno));
		return -1;
	}
	char *text = lock_text();
	int e = write_all(fd, text, strlen(text)) < 0 ? errno : 0;
	free(text);
	struct stat st;
	if (!e && fstat(fd, &st) < 0)
		e = errno;
	if (close(fd) < 0 && !e && errno != EINTR)
		e = errno;
	if (e) {
		unlink(lock->path);
		tv_err_at(err, lock->path, 0, 0, M_E_LOCK_WRITE, "%s", tr_errno(e));
		return -1;
	}
	lock->dev = st.st_dev;
	lock->ino = st.st_ino;
	lock->held = true;
	return 1;
}

enum lock_status lock_acquire(const char *plan_path, struct tv_lock *lock,
			      struct lock_holder *holder, struct tv_err *err)
{
	lock_release(lock);
	lock->path = lock_path_for(plan_path, err);
	if (!lock->path)
		return LOCK_ERROR;
	for (int i = 0; i < CREATE_TRIES; i++) {
		int r = create(lock, err);
		if (r != 0)
			return r > 0 ? LOCK_OK : LOCK_ERROR;
		enum lock_status s = examine(lock, holder, err);
		if (s != LOCK_OK)
			return s;
	}
	tv_err_at(err, lock->path, 0, 0, M_E_LOCK_FLICKER, TV_NOARGS);
	return LOCK_ERROR;
}

enum lock_status lock_take_over(struct tv_lock *lock, struct lock_holder *holder,
				struct tv_err *err)
{
	if (!lock->path || lock->held) {
		tv_err_at(err, lock->path, 0, 0, M_E_LOCK_NOTHING_TO_TAKE, TV_NOARGS);
		return LOCK_ERROR;
	}
	int fd = open(lock->path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd >= 0) {
		struct stat st;
		int r = fstat(fd, &st);
		close(fd);
		if (r < 0 || st.st_dev != lock->dev || st.st_ino != lock->ino) {
			/* Someone replaced the lock since the user was asked. */
			enum lock_status s = examine(lock, holder, err);
			if (s != LOCK_OK)
				return s == LOCK_STALE ? LOCK_HELD_BY_OTHER : s;
		} else if (unlink(lock->path) < 0 && errno != ENOENT) {
			tv_err_at(err, lock->path, 0, 0, M_E_LOCK_REMOVE, "%s", tr_errno(errno));
			return LOCK_ERROR;
		}
	} else if (errno == ELOOP) {
		tv_err_at(err, lock->path, 0, 0, M_E_LOCK_SYMLINK, TV_NOARGS);
		lock->unsafe = true;
		return LOCK_ERROR;
	} else if (errno != ENOENT) {
		tv_err_at(err, lock->path, 0, 0, M_E_LOCK_READ, "%s", tr_errno(errno));
		return LOCK_ERROR;
	}
	int r = create(lock, err);
	if (r > 0)
		return LOCK_OK;
	if (r < 0)
		return LOCK_ERROR;
	enum lock_status s = examine(lock, holder, err);
	return s == LOCK_OK || s == LOCK_STALE ? LOCK_HELD_BY_OTHER : s;
}

void lock_release(struct tv_lock *lock)
{
	struct stat st;
	if (lock->held && lock->path && lstat(lock->path, &st) == 0 && S_ISREG(st.st_mode) &&
	    st.st_dev == lock->dev && st.st_ino == lock->ino)
		unlink(lock->path);
	free(lock->path);
	lock->path = NULL;
	lock->held = false;
	lock->dev = 0;
	lock->ino = 0;
	lock->unsafe = false;
}

char *lock_holder_describe(const struct lock_holder *h)
{
	struct sbuf b = SBUF_INIT;
	enum lang l = i18n_get();
	tv_msg_add(&b, l, M_LOCK_WHO, "%s%s", h->user ? h->user : "?", h->host ? h->host : "?");
	if (h->pid > 0)
		tv_msg_add(&b, l, M_LOCK_PROCESS, "%ld", h->pid);
	if (h->since > 0) {
		time_t t = (time_t)h->since;
		struct tm tm;
		char when[64];
		if (localtime_r(&t, &tm) && strftime(when, sizeof(when), "%Y-%m-%d %H:%M", &tm))
			tv_msg_add(&b, l, M_LOCK_SINCE, "%s", when);
	}
	return sbuf_detach(&b);
}

void lock_holder_free(struct lock_holder *h)
{
	free(h->user);
	free(h->host);
	h->user = h->host = NULL;
	h->pid = 0;
	h->since = 0;
}
