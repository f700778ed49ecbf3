/* i18n.c — English and Mongolian interface strings; language choice. */
#include "tolov/base/i18n.h"
#include "tolov/base/util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct msg_pair {
	const char *en, *mn;
};

static const struct msg_pair messages[M__COUNT] = {
#define TOLOV_MSG_PAIR(id, en, mn) [id] = { en, mn },
	TOLOV_MESSAGES(TOLOV_MSG_PAIR)
#undef TOLOV_MSG_PAIR
#define TOLOV_MSG_COUNT_PAIR(id, one, other, mn) [id] = { other, mn },
	TOLOV_MSG_COUNT(TOLOV_MSG_COUNT_PAIR)
#undef TOLOV_MSG_COUNT_PAIR
};

/* The English form for one of each count message; NULL for the others. */
static const char *const count_one[M__COUNT] = {
#define TOLOV_MSG_COUNT_ONE(id, one, other, mn) [id] = one,
	TOLOV_MSG_COUNT(TOLOV_MSG_COUNT_ONE)
#undef TOLOV_MSG_COUNT_ONE
};

static enum lang current = LANG_EN;

static bool is_mn(const char *v)
{
	return v && (strncmp(v, "mn", 2) == 0 || strncmp(v, "MN", 2) == 0);
}

enum lang i18n_detect(const char *opt, bool *bad)
{
	if (bad)
		*bad = false;
	if (opt && *opt) {
		if (strcmp(opt, "mn") == 0 || strncmp(opt, "mn_", 3) == 0)
			return LANG_MN;
		if (strcmp(opt, "en") != 0 && strncmp(opt, "en_", 3) != 0 && bad)
			*bad = true;
		return LANG_EN;
	}
	const char *v = getenv("TOLOV_LANG");
	if (v && *v)
		return is_mn(v) ? LANG_MN : LANG_EN;
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		v = getenv(vars[i]);
		if (v && *v)
			return is_mn(v) ? LANG_MN : LANG_EN;
	}
	return LANG_EN;
}

void i18n_set(enum lang l)
{
	current = l == LANG_MN ? LANG_MN : LANG_EN;
}

enum lang i18n_get(void)
{
	return current;
}

const char *tr_in(enum lang l, enum msg m)
{
	if ((unsigned)m >= M__COUNT)
		return "";
	return l == LANG_MN ? messages[m].mn : messages[m].en;
}

const char *tr(enum msg m)
{
	return tr_in(current, m);
}

bool msg_is_count(enum msg m)
{
	return (unsigned)m < M__COUNT && count_one[m] != NULL;
}

const char *tr_count_in(enum lang l, enum msg m, size_t n)
{
	if (l != LANG_MN && n == 1 && msg_is_count(m))
		return count_one[m];
	return tr_in(l, m);
}

const char *tr_count(enum msg m, size_t n)
{
	return tr_count_in(current, m, n);
}

void tv_count(struct sbuf *out, enum lang l, enum msg m, size_t n)
{
	sbuf_addf(out, tr_count_in(l, m, n), n);
}

/* ---- system errors ---- */

static const struct {
	int e;
	enum msg m;
} errno_msgs[] = {
	{ ENOENT, M_ERRNO_NOENT },
	{ EACCES, M_ERRNO_ACCES },
	{ EPERM, M_ERRNO_PERM },
	{ ENOSPC, M_ERRNO_NOSPC },
	{ EROFS, M_ERRNO_ROFS },
	{ EISDIR, M_ERRNO_ISDIR },
	{ ENOTDIR, M_ERRNO_NOTDIR },
	{ EEXIST, M_ERRNO_EXIST },
#ifdef EDQUOT
	{ EDQUOT, M_ERRNO_DQUOT },
#endif
	{ EIO, M_ERRNO_IO },
	{ ELOOP, M_ERRNO_LOOP },
	{ ENAMETOOLONG, M_ERRNO_NAMETOOLONG },
	{ EBUSY, M_ERRNO_BUSY },
#ifdef ETXTBSY
	{ ETXTBSY, M_ERRNO_TXTBSY },
#endif
	{ EMFILE, M_ERRNO_MFILE },
	{ ENFILE, M_ERRNO_NFILE },
	{ EFBIG, M_ERRNO_FBIG },
	{ EXDEV, M_ERRNO_XDEV },
	{ ENOMEM, M_ERRNO_NOMEM },
	{ EPIPE, M_ERRNO_PIPE },
	{ EAGAIN, M_ERRNO_AGAIN },
	{ EINVAL, M_ERRNO_INVAL },
	{ ENOEXEC, M_ERRNO_NOEXEC },
#ifdef ESTALE
	{ ESTALE, M_ERRNO_STALE },
#endif
	{ ENXIO, M_ERRNO_NXIO },
};

static enum msg errno_msg(int e)
{
	for (size_t i = 0; i < sizeof(errno_msgs) / sizeof(errno_msgs[0]); i++)
		if (errno_msgs[i].e == e)
			return errno_msgs[i].m;
	return M__COUNT;
}

bool tr_errno_known(int e)
{
	return errno_msg(e) != M__COUNT;
}

const char *tr_errno_in(enum lang l, int e)
{
	enum msg m = errno_msg(e);
	return m == M__COUNT ? strerror(e) : tr_in(l, m);
}

const char *tr_errno(int e)
{
	return tr_errno_in(current, e);
}
