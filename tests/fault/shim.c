/*
 * shim.c — fault injection for tolov's save tests.
 *
 * Makes one of write, fsync, rename or open fail with a chosen errno
 * after a number of successful calls. Built two ways by tests/fault/run.sh:
 *
 *   as an LD_PRELOAD library (default): it defines write, fsync, rename,
 *   open and open64 and reaches the real ones with dlsym(RTLD_NEXT);
 *
 *   with -DFAULT_WRAP, linked into the test tool with
 *   -Wl,--wrap=write,--wrap=fsync,--wrap=rename,--wrap=open: it defines
 *   __wrap_NAME and calls __real_NAME. Used for sanitizer builds, whose
 *   runtime must come first among the loaded libraries.
 *
 * Environment (all optional; without TOLOV_FAULT_CALL nothing fails):
 *   TOLOV_FAULT_CALL   write | fsync | rename | open
 *   TOLOV_FAULT_AFTER  calls of that function that succeed first (0)
 *   TOLOV_FAULT_COUNT  failing calls, then calls succeed again (all)
 *   TOLOV_FAULT_ERRNO  ENOSPC, EIO, EACCES, EROFS, EXDEV, EINTR, EDQUOT,
 *                      EFBIG, or a number
 *   TOLOV_FAULT_MATCH  for open and rename: only paths containing this
 *                      text are counted and failed
 *   TOLOV_FAULT_SHORT  write at most this many bytes per write call
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE		/* RTLD_NEXT */
#endif
#ifndef FAULT_WRAP
#include <dlfcn.h>
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

enum call { C_NONE, C_WRITE, C_FSYNC, C_RENAME, C_OPEN };

static struct {
	int ready;
	enum call call;
	long after, count;	/* count < 0: no end */
	int err;
	const char *match;
	size_t shortw;
	long seen;		/* matching calls so far */
} cfg;

static int errno_by_name(const char *s)
{
	static const struct {
		const char *name;
		int value;
	} names[] = {
		{ "ENOSPC", ENOSPC }, { "EIO", EIO }, { "EACCES", EACCES }, { "EPERM", EPERM },
		{ "EROFS", EROFS }, { "EXDEV", EXDEV }, { "EINTR", EINTR }, { "EDQUOT", EDQUOT },
		{ "EFBIG", EFBIG }, { "EMFILE", EMFILE },
	};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(s, names[i].name))
			return names[i].value;
	return atoi(s) > 0 ? atoi(s) : EIO;
}

static void configure(void)
{
	if (cfg.ready)
		return;
	cfg.ready = 1;
	const char *c = getenv("TOLOV_FAULT_CALL");
	const char *v;
	cfg.call = !c ? C_NONE : !strcmp(c, "write") ? C_WRITE : !strcmp(c, "fsync") ? C_FSYNC
		 : !strcmp(c, "rename") ? C_RENAME : !strcmp(c, "open") ? C_OPEN : C_NONE;
	cfg.after = (v = getenv("TOLOV_FAULT_AFTER")) ? atol(v) : 0;
	cfg.count = (v = getenv("TOLOV_FAULT_COUNT")) ? atol(v) : -1;
	cfg.err = (v = getenv("TOLOV_FAULT_ERRNO")) ? errno_by_name(v) : EIO;
	cfg.match = getenv("TOLOV_FAULT_MATCH");
	cfg.shortw = (v = getenv("TOLOV_FAULT_SHORT")) ? (size_t)atol(v) : 0;
}

/* Should this call fail? path may be NULL (write, fsync). */
static int should_fail(enum call c, const char *path)
{
	configure();
	if (cfg.call != c)
		return 0;
	if (cfg.match && (!path || !strstr(path, cfg.match)))
		return 0;
	long n = cfg.seen++;
	return n >= cfg.after && (cfg.count < 0 || n < cfg.after + cfg.count);
}

#ifdef FAULT_WRAP
#define SHIM(name) __wrap_##name
ssize_t __real_write(int fd, const void *buf, size_t n);
int __real_fsync(int fd);
int __real_rename(const char *from, const char *to);
int __real_open(const char *path, int flags, ...);
ssize_t __wrap_write(int fd, const void *buf, size_t n);
int __wrap_fsync(int fd);
int __wrap_rename(const char *from, const char *to);
int __wrap_open(const char *path, int flags, ...);
#define real_write __real_write
#define real_fsync __real_fsync
#define real_rename __real_rename
#define real_open __real_open
#else
#define SHIM(name) name
static ssize_t (*real_write)(int, const void *, size_t);
static int (*real_fsync)(int);
static int (*real_rename)(const char *, const char *);
static int (*real_open)(const char *, int, ...);
static int (*real_open64)(const char *, int, ...);

__attribute__((constructor)) static void resolve(void)
{
	real_write = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
	real_fsync = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
	real_rename = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
	real_open = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
	real_open64 = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open64");
}
#endif

ssize_t SHIM(write)(int fd, const void *buf, size_t n)
{
	if (should_fail(C_WRITE, NULL)) {
		errno = cfg.err;
		return -1;
	}
	if (cfg.shortw && n > cfg.shortw)
		n = cfg.shortw;
	return real_write(fd, buf, n);
}

int SHIM(fsync)(int fd)
{
	if (should_fail(C_FSYNC, NULL)) {
		errno = cfg.err;
		return -1;
	}
	return real_fsync(fd);
}

int SHIM(rename)(const char *from, const char *to)
{
	if (should_fail(C_RENAME, to)) {
		errno = cfg.err;
		return -1;
	}
	return real_rename(from, to);
}

static mode_t mode_arg(int flags, va_list ap)
{
#ifdef O_TMPFILE
	if ((flags & O_TMPFILE) == O_TMPFILE)
		return (mode_t)va_arg(ap, int);
#endif
	return flags & O_CREAT ? (mode_t)va_arg(ap, int) : 0;
}

int SHIM(open)(const char *path, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	mode_t mode = mode_arg(flags, ap);
	va_end(ap);
	if (should_fail(C_OPEN, path)) {
		errno = cfg.err;
		return -1;
	}
	return real_open(path, flags, mode);
}

#ifndef FAULT_WRAP
int open64(const char *path, int flags, ...);
int open64(const char *path, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	mode_t mode = mode_arg(flags, ap);
	va_end(ap);
	if (should_fail(C_OPEN, path)) {
		errno = cfg.err;
		return -1;
	}
	return real_open64(path, flags, mode);
}
#endif
