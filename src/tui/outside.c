/*
 * outside.c — when the world changes under an open plan: the file was
 * changed on disk by someone else (a git pull, another program), or
 * another tolov holds the plan's lock.
 *
 * A changed file is never overwritten silently. The user chooses (choice.c):
 * reload it (the unsaved edits first go to a recovery file, whose name is
 * shown), overwrite it, or save the edits elsewhere; until then the edits
 * stay in memory. Taking over another tolov's lock is asked first, with
 * the warning that two editors overwrite each other's work.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tolov/io/lock.h"
#include "tolov/tui/state.h"


static const char *one_line(const struct tv_err *err, struct sbuf *b)
{
	tv_err_message(b, err, i18n_get());
	if (!b->len)
		sbuf_adds(b, "?");
	return b->buf;
}

unsigned act_reload(struct tui *t)
{
	char *kept = NULL;
	if (recovery_keep(t, &kept) < 0)
		return RP_BOTTOM;	/* the edits stay: nothing is dropped */
	struct tv_err err = TV_ERR_INIT;
	if (session_reload(t->s, &err) < 0) {
		struct sbuf b = SBUF_INIT;
		tui_msg(t, true, tr(M_RELOAD_FAILED), one_line(&err, &b),
			kept ? kept : t->path);
		sbuf_free(&b);
		tv_err_clear(&err);
		free(kept);
		return RP_BOTTOM;
	}
	crash_note(t->s);
	/* the content opened from a recovery file is gone from the session
	 * (it is in kept): a later save must not remove that file */
	free(t->recovered_from);
	t->recovered_from = NULL;
	tui_sync(t);
	tui_select(t, tui_act_goal(t), tui_act_index(t));
	if (kept)
		tui_msg(t, false, tr(M_RELOADED_KEPT), t->path, kept);
	else
		tui_msg(t, false, tr(M_RELOADED), t->path);
	free(kept);
	return RP_ALL | RP_LAYOUT;
}

unsigned act_save_as(struct tui *t, const char *path)
{
	struct tv_err err = TV_ERR_INIT;
	struct stat st;
	if (strcmp(path, t->s->doc->path) != 0 && lstat(path, &st) == 0) {
		/* another file of that name: never replaced from here */
		tui_msg(t, true, tr(M_SAVE_AS_EXISTS), path);
		return RP_BOTTOM;
	}
	int rc = session_save(t->s, path, false, &err);
	if (rc < 0) {
		struct sbuf b = SBUF_INIT;
		tui_msg(t, true, tr(M_SAVE_FAILED), one_line(&err, &b));
		sbuf_free(&b);
		tv_err_clear(&err);
		return RP_BOTTOM;
	}
	tv_err_clear(&err);
	if (strcmp(path, t->s->doc->path) == 0) {
		crash_note(t->s);	/* the plan's own name: it is saved */
		recovery_saved(t);
		tui_msg(t, false, tr(M_SAVED), path);
	} else {
		tui_msg(t, false, tr(M_SAVED_COPY), path, t->path);
	}
	return RP_BOTTOM | RP_TOP;
}

/* Does the lock file name this process (its pid= line)? A file taken over
 * may reuse the inode of the one removed, so the inode alone cannot tell. */
static bool lock_file_is_ours(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return false;
	char line[256];
	bool ours = false;
	long pid = (long)getpid();
	while (fgets(line, sizeof line, f))
		if (strncmp(line, "pid=", 4) == 0) {
			ours = strtol(line + 4, NULL, 10) == pid;
			break;
		}
	fclose(f);
	return ours;
}

/*
 * Is the lock this tolov held still its own? Another tolov may have taken
 * it over (:takeover, --ignore-lock): then *who names the holder (caller
 * frees), this tolov now counts the lock as the other's (so :takeover can
 * take it back) and true is returned. A lock file that simply went away
 * is made again and kept.
 */
bool tui_lock_lost(struct tui *t, char **who)
{
	*who = NULL;
	struct tv_lock *l = t->lock;
	if (!l || !l->held || !l->path || t->lock_other)
		return false;
	struct stat st;
	if (lstat(l->path, &st) == 0 && st.st_dev == l->dev && st.st_ino == l->ino &&
	    lock_file_is_ours(l->path))
		return false;
	struct tv_lock probe = TV_LOCK_INIT;
	struct lock_holder h = LOCK_HOLDER_INIT;
	struct tv_err err = TV_ERR_INIT;
	enum lock_status rc = lock_acquire(t->path, &probe, &h, &err);
	bool lost = false;
	if (rc == LOCK_OK) {
		free(l->path);
		*l = probe;	/* ours again: the file had gone */
	} else if (rc == LOCK_HELD_BY_OTHER || rc == LOCK_STALE) {
		*who = lock_holder_describe(&h);
		free(l->path);
		*l = probe;	/* the other's, as when opened read-only */
		t->lock_other = true;
		lost = true;
	} else {
		free(probe.path);
	}
	lock_holder_free(&h);
	tv_err_clear(&err);
	return lost;
}

static unsigned takeover_answer(struct tui *t, bool yes)
{
	return yes ? act_takeover(t) : RP_BOTTOM;
}

unsigned act_ask_takeover(struct tui *t)
{
	if (!t->lock_other) {
		tui_msg(t, false, "%s", tr(t->opts.read_only ? M_READ_ONLY : M_TAKEOVER_NONE));
		return RP_BOTTOM;
	}
	tui_msg(t, true, "%s", tr(M_TAKEOVER_ASK));
	ov_confirm(t, CF_TAKEOVER, NULL, takeover_answer);
	return RP_BOTTOM | RP_OVERLAY;
}

unsigned act_takeover(struct tui *t)
{
	struct lock_holder h = LOCK_HOLDER_INIT;
	struct tv_err err = TV_ERR_INIT;
	enum lock_status st = lock_take_over(t->lock, &h, &err);
	if (st == LOCK_OK) {
		t->lock_other = false;
		t->s->read_only = t->opts.read_only;
		tui_msg(t, false, "%s", tr(M_TAKEN_OVER));
	} else if (st == LOCK_HELD_BY_OTHER || st == LOCK_STALE) {
		char *who = lock_holder_describe(&h);
		tui_msg(t, true, tr(M_TAKEOVER_RACE), who);
		free(who);
	} else {
		struct sbuf b = SBUF_INIT;
		tui_msg(t, true, tr(M_TAKEOVER_FAILED), one_line(&err, &b));
		sbuf_free(&b);
	}
	lock_holder_free(&h);
	tv_err_clear(&err);
	return RP_ALL;
}

/* ---- the file changed on disk: the choice, and saving ---- */

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

static void changed_content(struct tui *t, struct sbuf *title, struct sbuf *b)
{
	sbuf_adds(title, tr(M_CH_TITLE));
	sbuf_addf(b, tr(M_CH_INTRO), base_name(t->path));
	sbuf_adds(b, "\n\n");
	sbuf_addf(b, "  r    %s\n", tr(M_CH_RELOAD));
	sbuf_addf(b, "  o    %s\n", tr(M_CH_OVERWRITE));
	sbuf_addf(b, "  s    %s\n", tr(M_CH_SAVE_AS));
	sbuf_addf(b, "  Esc  %s", tr(M_CH_CANCEL));
}

static unsigned changed_key(struct tui *t, int key)
{
	switch (key) {
	case 'r': case 'R':
		ov_close(t);
		return RP_LAYOUT | act_reload(t);
	case 'o': case 'O':
		ov_close(t);
		return RP_LAYOUT | act_save(t, true);
	case 's': case 'S':
		ov_prompt(t, PR_SAVE_AS, "", act_save_as);
		return RP_LAYOUT;
	case 27: case 'q':
		ov_close(t);
		tui_msg(t, false, "%s", tr(M_CH_KEPT));
		return RP_LAYOUT;
	default:
		return RP_OVERLAY;
	}
}

static const struct choice_ops changed_choice = { changed_content, changed_key, M_CH_SHORT };

unsigned act_save(struct tui *t, bool force)
{
	if (tui_refuse_read_only(t))
		return RP_BOTTOM;
	struct tv_err err = TV_ERR_INIT;
	if (!force && session_changed_on_disk(t->s)) {
		/* someone else changed the file: never overwrite unasked */
		tui_msg(t, true, "%s", tr(M_CHANGED_ON_DISK));
		ov_choice(t, &changed_choice);
		return RP_BOTTOM | RP_OVERLAY;
	}
	char *who = NULL;
	if (tui_lock_lost(t, &who)) {
		/* two editors would overwrite each other: the edits stay */
		tui_msg(t, true, tr(M_LOCK_LOST), who ? who : "?");
		free(who);
		return RP_BOTTOM | RP_TOP;
	}
	int rc = session_save(t->s, NULL, force, &err);
	if (rc < 0) {
		/* the reason, and the edits stay: a retry can succeed */
		tui_show_err(t, M_SAVE_FAILED, &err);
		return RP_BOTTOM;
	}
	crash_note(t->s);
	if (rc > 0)
		tui_show_err(t, M_NONE, &err);	/* saved, with a warning */
	else
		tui_msg(t, false, tr(M_SAVED), t->path);
	recovery_saved(t);
	return RP_BOTTOM | RP_TOP;
}

