/*
 * recovery.c — unsaved work of an earlier session, found at start (or on
 * :recover): open it, compare it with the plan, discard it, or leave it
 * for later.
 *
 * Opening a recovery file makes it the session's content while the plan
 * file stays as it is: the plan shows as unsaved, and saving writes the
 * plan. Once that save succeeds the recovery file has done its work and
 * is removed. Edits made in this session before opening another version
 * are first kept in a recovery file of their own, so nothing is lost.
 *
 * Comparing lists, per goal and activity, the fields whose values differ
 * between the plan on disk and the recovery file (plandiff.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "tolov/plan/plandiff.h"
#include "tolov/io/recover.h"
#include "tolov/base/text.h"
#include "tolov/tui/state.h"

void recovery_forget(struct tui *t)
{
	recover_files_free(t->rec, t->n_rec);
	t->rec = NULL;
	t->n_rec = t->rec_sel = 0;
}

/* Re-read the list of recovery files; the selection stays in range.
 * Returns how many there are. */
static size_t rescan(struct tui *t)
{
	struct tv_err err = TV_ERR_INIT;
	recovery_forget(t);
	if (recover_find(t->path, &t->rec, &t->n_rec, &err) < 0)
		tv_err_clear(&err);
	/* newest first is the likeliest wanted: the last written */
	t->rec_sel = t->n_rec ? t->n_rec - 1 : 0;
	return t->n_rec;
}

/* ---- the choice over the first screen ---- */

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

static void recovery_content(struct tui *t, struct sbuf *title, struct sbuf *b)
{
	sbuf_adds(title, tr(M_RC_TITLE));
	sbuf_addf(b, tr(M_RC_INTRO), base_name(t->path));
	sbuf_adds(b, "\n\n");
	for (size_t i = 0; i < t->n_rec; i++) {
		const struct recover_file *f = &t->rec[i];
		char when[32] = "?";
		time_t tm = (time_t)f->mtime;
		struct tm lt;
		if (localtime_r(&tm, &lt))
			strftime(when, sizeof when, "%Y-%m-%d %H:%M", &lt);
		sbuf_addf(b, "%s %s  %s  %lld %s\n", i == t->rec_sel ? ">" : " ",
			  base_name(f->path), when, (long long)f->size, tr(M_RC_BYTES));
	}
	sbuf_addc(b, '\n');
	sbuf_addf(b, "  o    %s\n", tr(M_RC_OPEN));
	sbuf_addf(b, "  c    %s\n", tr(M_RC_COMPARE));
	sbuf_addf(b, "  d    %s\n", tr(M_RC_DISCARD));
	if (t->n_rec > 1)
		sbuf_addf(b, "  j/k  %s\n", tr(M_RC_PICK));
	sbuf_addf(b, "  Esc  %s", tr(M_RC_LATER));
}

static unsigned recovery_key(struct tui *t, int key)
{
	switch (key) {
	case 'o': case 'O': case '\n': case '\r':
		return recovery_open(t);
	case 'c': case 'C':
		return recovery_compare(t);
	case 'd': case 'D':
		return recovery_ask_discard(t);
	case 'j': case TK(KEY_DOWN):
		if (t->rec_sel + 1 < t->n_rec)
			t->rec_sel++;
		return RP_OVERLAY;
	case 'k': case TK(KEY_UP):
		if (t->rec_sel > 0)
			t->rec_sel--;
		return RP_OVERLAY;
	case 27: case 'i': case 'q':
		ov_close(t);
		tui_msg(t, false, "%s", tr(M_RC_LATER_MSG));
		return RP_LAYOUT;
	default:
		return RP_OVERLAY;
	}
}

static const struct choice_ops recovery_choice = { recovery_content, recovery_key, M_RC_SHORT };

static unsigned back_to_choice(struct tui *t)
{
	ov_choice(t, &recovery_choice);
	return RP_OVERLAY;
}

unsigned recovery_offer(struct tui *t, bool quiet)
{
	if (!rescan(t)) {
		if (!quiet)
			tui_msg(t, false, "%s", tr(M_RC_NONE));
		return RP_BOTTOM;
	}
	ov_choice(t, &recovery_choice);
	return RP_OVERLAY | RP_BOTTOM;
}

static const struct recover_file *selected(const struct tui *t)
{
	return t->rec_sel < t->n_rec ? &t->rec[t->rec_sel] : NULL;
}

int recovery_keep(struct tui *t, char **written)
{
	*written = NULL;
	if (!session_dirty(t->s))
		return 0;
	struct tv_err err = TV_ERR_INIT;
	if (recover_write(t->path, t->s->doc->src, t->s->doc->len, written, &err) < 0) {
		tui_msg(t, true, tr(M_KEEP_FAILED), err.text ? err.text : "?");
		tv_err_clear(&err);
		return -1;
	}
	return 0;
}

unsigned recovery_open(struct tui *t)
{
	const struct recover_file *f = selected(t);
	if (!f)
		return RP_OVERLAY;
	if (t->s->read_only) {
		ov_close(t);
		tui_msg(t, true, "%s", tr(M_READ_ONLY));
		return RP_LAYOUT;
	}
	char *from = xstrdup(f->path);
	struct session *ns = NULL;
	struct tv_err err = TV_ERR_INIT;
	ov_close(t);
	if (session_open_from(&ns, t->path, from, &err) < 0) {
		/* a recovery file cut short or damaged: say why, keep it */
		const char *e = err.text ? err.text : "?";
		tui_msg(t, true, tr(M_RC_OPEN_FAILED), e);
		tv_err_clear(&err);
		free(from);
		return RP_LAYOUT;
	}
	char *kept = NULL;
	if (recovery_keep(t, &kept) < 0) {
		session_free(ns);
		free(from);
		return RP_LAYOUT;
	}
	tui_replace_session(t, ns);
	free(t->recovered_from);
	t->recovered_from = from;
	if (kept)
		tui_msg(t, false, tr(M_RC_OPENED_KEPT), from, kept);
	else
		tui_msg(t, false, tr(M_RC_OPENED), from);
	free(kept);
	recovery_forget(t);
	return RP_LAYOUT;
}

static void line_for(struct sbuf *b, const struct pdiff *d, const char **last_id, bool *last_goal)
{
	/* a heading for each goal or activity */
	if (!*last_id || strcmp(*last_id, d->id) != 0 || *last_goal != d->goal) {
		if (!*d->id)
			sbuf_addf(b, "\n%s\n", tr(M_DF_PLAN));
		else
			sbuf_addf(b, "\n%s %s\n", tr(d->goal ? M_DF_GOAL : M_DF_ACT), d->id);
		*last_id = d->id;
		*last_goal = d->goal;
	}
	switch (d->kind) {
	case PD_CHANGED:
		sbuf_addf(b, "  %s\n    %s: %s\n    %s: %s\n", d->field, tr(M_DF_PLAN_SIDE),
			  *d->old ? d->old : tr(M_DF_EMPTY), tr(M_DF_REC_SIDE),
			  *d->new_ ? d->new_ : tr(M_DF_EMPTY));
		break;
	case PD_ONLY_NEW:
		sbuf_addf(b, "  %s%s%s\n    %s\n", d->field, *d->field ? ": " : "", tr(M_DF_ONLY_REC),
			  d->new_);
		break;
	case PD_ONLY_OLD:
		sbuf_addf(b, "  %s%s%s\n    %s\n", d->field, *d->field ? ": " : "", tr(M_DF_ONLY_PLAN),
			  d->old);
		break;
	case PD_ORDER:
		sbuf_addf(b, "  %s: %s\n", d->field, tr(M_DF_ORDER));
		break;
	}
}

/* The comparison as text: what differs between the plan file (disk) and
 * the recovery file rec. */
static void compare_text(struct tui *t, const char *rec, struct sbuf *b)
{
	struct session *disk = NULL, *r = NULL;
	struct tv_err err = TV_ERR_INIT;
	sbuf_addf(b, tr(M_DF_HEAD), t->path, rec);
	sbuf_addc(b, '\n');
	if (session_open(&disk, t->path, &err) < 0 || session_open(&r, rec, &err) < 0) {
		sbuf_addf(b, "\n%s\n", err.text ? err.text : "?");
		goto out;
	}
	struct pdiff_list l = PDIFF_LIST_INIT;
	plandiff(disk->plan, r->plan, &l);
	const char *last = NULL;
	bool last_goal = false;
	for (size_t i = 0; i < l.n; i++)
		line_for(b, &l.d[i], &last, &last_goal);
	if (l.n == 0) {
		bool same = disk->doc->len == r->doc->len &&
			    memcmp(disk->doc->src, r->doc->src, r->doc->len) == 0;
		sbuf_addf(b, "\n%s\n", tr(same ? M_DF_SAME : M_DF_LAYOUT));
	} else {
		sbuf_addf(b, "\n%s\n", tr(M_DF_COUNT));
	}
	pdiff_free(&l);
out:
	sbuf_addf(b, "\n%s", tr(M_DF_BACK));
	tv_err_clear(&err);
	session_free(disk);
	session_free(r);
}

unsigned recovery_compare(struct tui *t)
{
	const struct recover_file *f = selected(t);
	if (!f)
		return RP_OVERLAY;
	struct sbuf b = SBUF_INIT;
	compare_text(t, f->path, &b);
	struct sbuf title = SBUF_INIT;
	const char *slash = strrchr(f->path, '/');
	sbuf_addf(&title, tr(M_DF_TITLE), slash ? slash + 1 : f->path);
	ov_pager(t, title.buf, b.buf ? b.buf : "");
	t->pg.closed = back_to_choice;
	sbuf_free(&title);
	sbuf_free(&b);
	return RP_LAYOUT;
}

unsigned recovery_ask_discard(struct tui *t)
{
	const struct recover_file *f = selected(t);
	if (!f)
		return RP_OVERLAY;
	ov_close(t);
	tui_msg(t, true, tr(M_RC_CONFIRM_DISCARD), f->path);
	ov_confirm(t, CF_DISCARD, NULL, recovery_discard);
	return RP_LAYOUT;
}

unsigned recovery_discard(struct tui *t, bool yes)
{
	const struct recover_file *f = selected(t);
	if (yes && f) {
		if (unlink(f->path) < 0 && errno != ENOENT) {
			tui_msg(t, true, tr(M_RC_DISCARD_FAILED), f->path, tr_errno(errno));
			ov_choice(t, &recovery_choice);
			return RP_LAYOUT;
		}
		tui_msg(t, false, tr(M_RC_DISCARDED), f->path);
		if (!rescan(t))
			return RP_LAYOUT;	/* none left */
	}
	ov_choice(t, &recovery_choice);
	return RP_LAYOUT;
}

void recovery_saved(struct tui *t)
{
	if (!t->recovered_from)
		return;
	if (unlink(t->recovered_from) == 0 || errno == ENOENT) {
		struct sbuf m = SBUF_INIT;
		sbuf_addf(&m, "%s ", t->msg.buf ? t->msg.buf : "");
		sbuf_addf(&m, tr(M_RC_REMOVED), t->recovered_from);
		tui_msg(t, false, "%s", m.buf);
		sbuf_free(&m);
	}
	free(t->recovered_from);
	t->recovered_from = NULL;
}
