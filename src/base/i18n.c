/* i18n.c — English and Mongolian interface strings; language choice. */
#include "tolov/base/i18n.h"
#include "tolov/base/util.h"

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
