/*
 * select.c — the selection (sel.h) as the interface follows it: after
 * every session operation the plan is a new object, so tui_sync() re-reads
 * it and clamps; views are told when what they depend on changed.
 */
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#include "tolov/plan/plan.h"
#include "tolov/tui/state.h"
#include "tolov/plan/rules.h"

const struct goal *tui_goal(const struct tui *t)
{
	return sel_goal(&t->sel, t->s->plan);
}

size_t tui_act_index(const struct tui *t)
{
	struct act_ref r;
	if (!tui_act(t) || !sel_act_ref(&t->sel, &r))
		return SIZE_MAX;
	return r.a;
}

size_t tui_act_goal(const struct tui *t)
{
	struct act_ref r;
	if (tui_act(t) && sel_act_ref(&t->sel, &r))
		return r.g;
	return t->sel.goal;
}

const struct activity *tui_act(const struct tui *t)
{
	const struct activity *a = sel_act(&t->sel, t->s->plan);
	plan_fill_activity(t->s->plan, a);	/* its notes and indicator names */
	return a;
}

bool tui_filter_pass(const struct tui *t, const struct activity *a)
{
	return sel_filter_pass(&t->sel, t->s->plan, a);
}

unsigned tui_changed(struct tui *t, unsigned what)
{
	unsigned rp = 0;
	for (int i = 0; i < P__COUNT; i++) {
		struct view *v = &t->views[i];
		if (!(v->ops->depends & what))
			continue;
		if (v->ops->select)
			v->ops->select(t, v);
		rp |= RP_FULL(i);
	}
	return rp;
}

void tui_refilter(struct tui *t, size_t keep)
{
	if (keep == SIZE_MAX) {
		sel_refilter(&t->sel, t->s->plan, NULL);
		return;
	}
	struct act_ref r = { tui_act_goal(t), keep };
	sel_refilter(&t->sel, t->s->plan, &r);
}

void tui_select(struct tui *t, size_t g, size_t a)
{
	if (a == SIZE_MAX || g == SEL_ALL)
		sel_select(&t->sel, t->s->plan, g, a);
	else
		sel_show_act(&t->sel, t->s->plan, (struct act_ref){ g, a });
	if (t->sel.goal != SEL_ALL)
		sel_goal_reveal(&t->sel, t->s->plan, t->sel.goal);
	tui_changed(t, DEP_GOAL | DEP_ACT);
	t->views[P_ACTS].top = 0;
}

void tui_sync(struct tui *t)
{
	sel_refilter(&t->sel, t->s->plan, NULL);
	sel_goal_rows(&t->sel, t->s->plan);
	for (int i = 0; i < P__COUNT; i++)
		t->views[i].drawn = false;
	crash_note(t->s);	/* the crash path writes the document as it is now */
}

unsigned tui_set_quarter(struct tui *t, int q)
{
	if (q < 1 || q > NQ) {
		tui_msg(t, true, "%s", tr(M_BAD_QUARTER));
		return RP_BOTTOM;
	}
	t->sel.quarter = q;
	if (t->sel.filter.rating != FR_NONE)
		tui_refilter(t, SIZE_MAX);
	for (int i = 0; i < P__COUNT; i++)
		t->views[i].drawn = false;
	return RP_ALL;
}

void tui_msg(struct tui *t, bool err, const char *fmt, ...)
{
	va_list ap;
	sbuf_reset(&t->msg);
	va_start(ap, fmt);
	sbuf_addvf(&t->msg, fmt, ap);
	va_end(ap);
	t->msg_err = err;
	if (t->msg.len) {
		sbuf_add(&t->msg_log, t->msg.buf, t->msg.len);
		sbuf_addc(&t->msg_log, '\n');
	}
}

bool tui_refuse_read_only(struct tui *t)
{
	if (!t->s->read_only)
		return false;
	struct sbuf why = SBUF_INIT;
	/* every reason is said again: the holder, an unsafe lock path, the
	 * option */
	if (t->lock_other && t->ro_why)
		sbuf_addf(&why, tr(M_RO_LOCKED_WHY), t->ro_why);
	else if (t->opts.read_only)
		sbuf_adds(&why, tr(M_RO_OPTION));
	else if (t->ro_why && *t->ro_why)
		sbuf_addf(&why, "(%s)", t->ro_why);
	tui_msg(t, true, "%s%s%s", tr(M_READ_ONLY), why.len ? " " : "", why.len ? why.buf : "");
	sbuf_free(&why);
	return true;
}

/* Show err in the bottom line, without the "FILE:LINE:COL: error: " lead. */
void tui_show_err(struct tui *t, enum msg fmt, struct tv_err *err)
{
	struct sbuf one = SBUF_INIT;
	tv_err_message(&one, err, i18n_get());
	if (!one.len)
		sbuf_adds(&one, "?");
	if (fmt == M_NONE)
		tui_msg(t, true, "%s", one.buf);
	else
		tui_msg(t, true, tr(fmt), one.buf);
	sbuf_free(&one);
	tv_err_clear(err);
}


unsigned act_set(struct tui *t, const char *id, const char *path, const char *value)
{
	if (tui_refuse_read_only(t))
		return RP_BOTTOM;
	struct tv_err err = TV_ERR_INIT;
	if (session_set(t->s, id, path, value, &err) < 0) {
		tui_show_err(t, M_NONE, &err);
		return RP_BOTTOM;
	}
	tui_sync(t);
	return RP_ALL;
}


void tui_replace_session(struct tui *t, struct session *ns)
{
	bool ro = t->s->read_only;
	crash_note(NULL);
	session_free(t->s);
	t->s = ns;
	ns->read_only = ro;
	crash_note(ns);
	tui_sync(t);
	tui_select(t, tui_act_goal(t), tui_act_index(t));
}
