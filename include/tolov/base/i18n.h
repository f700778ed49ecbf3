/*
 * i18n.h — the terminal interface's words in English and Mongolian.
 *
 * Ownership: every string is a static constant; tr() never allocates and
 * never returns NULL. Both languages are complete by construction: each
 * message is one X() line holding its English and its Mongolian text, so a
 * message without a translation does not compile. No gettext catalogs are
 * used, so Mongolian works where no Mongolian locale is installed.
 *
 * Language choice (i18n_detect): the --lang option when given, else
 * TOLOV_LANG, else the first set of LC_ALL, LC_MESSAGES, LANG — a value
 * starting with "mn" means Mongolian; anything else English.
 */
#ifndef TOLOV_I18N_H
#define TOLOV_I18N_H

#include <stdbool.h>
#include <stddef.h>

enum lang { LANG_EN, LANG_MN };

/*
 * The catalog is split by area so each area's messages stay together;
 * every part is an X(id, English, Mongolian) list and all of them make one
 * enum msg. Add a message to the part of the area that shows it.
 */
#include "tolov/base/msg_tui.h"
#include "tolov/base/msg_cli.h"
#include "tolov/base/msg_err.h"
#include "tolov/base/msg_report.h"
#include "tolov/base/msg_import.h"
#include "tolov/base/msg_git.h"
#include "tolov/base/msg_edit.h"
#include "tolov/base/msg_schema.h"
#include "tolov/base/msg_count.h"

#define TOLOV_MESSAGES(X) \
	TOLOV_MSG_TUI(X) \
	TOLOV_MSG_CLI(X) \
	TOLOV_MSG_ERR(X) \
	TOLOV_MSG_REPORT(X) \
	TOLOV_MSG_IMPORT(X) \
	TOLOV_MSG_GIT(X) \
	TOLOV_MSG_EDIT(X) \
	TOLOV_MSG_SCHEMA(X) \

/* The counts (msg_count.h) follow the other messages in enum msg; their
 * text for tr() is the English "other" form. */
enum msg {
#define TOLOV_MSG_ENUM(id, en, mn) id,
	TOLOV_MESSAGES(TOLOV_MSG_ENUM)
#undef TOLOV_MSG_ENUM
#define TOLOV_MSG_COUNT_ENUM(id, one, other, mn) id,
	TOLOV_MSG_COUNT(TOLOV_MSG_COUNT_ENUM)
#undef TOLOV_MSG_COUNT_ENUM
	M__COUNT
};

/* The language to use: opt is the --lang value or NULL. An unknown value
 * of opt gives English and sets *bad (when bad is not NULL). */
enum lang i18n_detect(const char *opt, bool *bad);
void i18n_set(enum lang l);
enum lang i18n_get(void);
/* The text of m in the current language. */
const char *tr(enum msg m);
/* The text of m in language l. */
const char *tr_in(enum lang l, enum msg m);

/*
 * The words for a system error number (errno) that a user reads after
 * "cannot open: " and the like. The numbers a user meets (ENOENT, EACCES,
 * EPERM, ENOSPC, EROFS, EISDIR, ENOTDIR, EEXIST, EDQUOT, EIO, ELOOP,
 * ENAMETOOLONG, EBUSY, ETXTBSY, EMFILE, ...) are in the catalog (msg_err.h,
 * the English as glibc words it); any other gives strerror's text, which
 * is the C library's language. Static text, never NULL; use in place of
 * strerror for everything a user reads. tr_errno_known says whether e is in
 * the catalog.
 */
const char *tr_errno(int e);	/* in the current language */
const char *tr_errno_in(enum lang l, int e);
bool tr_errno_known(int e);

/*
 * Counts (msg_count.h). tr_count_in: the printf format (one %zu) of count
 * message m for the number n in language l — "%zu goal" for 1 in English,
 * "%zu goals" for 0, 2 and more; Mongolian's one form for every n. For a
 * message that is not a count, its text. Static, never NULL.
 * tv_count appends the count itself ("1 goal", "2 зорилт") to out.
 * Every count a user reads goes through these.
 */
struct sbuf;
const char *tr_count_in(enum lang l, enum msg m, size_t n);
const char *tr_count(enum msg m, size_t n);	/* in the current language */
void tv_count(struct sbuf *out, enum lang l, enum msg m, size_t n);
/* Is m a count message? */
bool msg_is_count(enum msg m);

#endif
