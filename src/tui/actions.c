/*
 * actions.c — what the keys that are not panel movement do: ratings,
 * schedule, add/delete/move, undo/redo, save and quit, panels and quarters.
 * Every change goes through a session operation (which records one undo
 * step); afterwards tui_sync() re-reads the new plan.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/plan/plan.h"
#include "tolov/base/text.h"
#include "tolov/plan/rules.h"
#include "tolov/tui/state.h"
#include "tolov/plan/schema.h"

#define show_err tui_show_err

static unsigned confirmed(struct tui *t, bool yes);

static bool refuse_read_only(struct tui *t)
{
	return tui_refuse_read_only(t);
}

unsigned act_rate(struct tui *t, int rating, bool ask)
{
	const struct activity *a = tui_act(t);
	if (!a) {
		tui_msg(t, false, "%s", tr(M_NO_TARGET));
		return RP_BOTTOM;
	}
	if (tui_refuse_read_only(t))
		return RP_BOTTOM;
	if (ask && rating != RATING_NONE && rating != RATING_NOT_DUE &&
	    !activity_scheduled_in(a, t->sel.quarter)) {
		/* allowed (work can happen early), but asked first */
		size_t args[4] = { (size_t)(rating + 10), 0, 0, 0 };
		tui_msg(t, true, tr(M_RATE_UNSCHEDULED), t->sel.quarter, a->id);
		ov_confirm(t, CF_RATE, args, confirmed);
		return RP_BOTTOM | RP_OVERLAY;
	}
	struct sbuf path = SBUF_INIT;
	schema_set_path(&path, SK_RATING, 0, t->sel.quarter);
	unsigned rp = act_set(t, a->id, path.buf, rating == RATING_NONE ? "" : rating_str(rating));
	sbuf_free(&path);
	return rp;
}

static unsigned toggle_quarter(struct tui *t)
{
	const struct activity *a = tui_act(t);
	if (!a) {
		tui_msg(t, false, "%s", tr(M_NO_TARGET));
		return RP_BOTTOM;
	}
	unsigned qs = a->quarters ^ (1u << (t->sel.quarter - 1));
	char val[16] = "";
	size_t k = 0;
	for (int q = 1; q <= NQ; q++)
		if (qs & (1u << (q - 1)))
			k += (size_t)snprintf(val + k, sizeof val - k, "%s%d", k ? "," : "", q);
	return act_set(t, a->id, K(SK_QUARTERS), val);
}

/* ---- structure ---- */

/* The last goal at the top of the tree (a new goal added from "all
 * goals" goes after it, at the top, not beside a nested goal). */
static size_t last_top_goal(const struct plan *p)
{
	size_t last = 0;
	for (size_t g = 0; g < p->n_goal; g++)
		if (p->goal[g].depth == 0)
			last = g;
	return last;
}

static unsigned add_item(struct tui *t)
{
	if (refuse_read_only(t))
		return RP_BOTTOM;
	struct tv_err err = TV_ERR_INIT;
	size_t ni = 0;
	const struct plan *p = t->s->plan;
	switch (t->sel.focus) {
	case P_GOALS:
		if (session_add_goal(t->s, !p->n_goal ? SIZE_MAX
					   : t->sel.goal == SEL_ALL ? last_top_goal(p) : t->sel.goal,
				     &ni, &err) < 0)
			break;
		tui_sync(t);
		tui_select(t, ni, SIZE_MAX);
		tui_msg(t, false, tr(M_ADDED), t->s->plan->goal[ni].id);
		return RP_ALL;
	case P_ACTS: {
		if (!tui_goal(t)) {
			tui_msg(t, false, "%s", tr(M_NO_TARGET));
			return RP_BOTTOM;
		}
		size_t after = tui_act_index(t), g = tui_act_goal(t);
		if (session_add_activity(t->s, g, after, &ni, &err) < 0)
			break;
		tui_sync(t);
		const struct activity *na = &t->s->plan->goal[g].act[ni];
		if (!tui_filter_pass(t, na))
			sel_filter_clear(&t->sel);
		tui_select(t, g, ni);
		tui_msg(t, false, tr(M_ADDED), na->id);
		return RP_ALL;
	}
	default: {
		size_t ai = tui_act_index(t);
		if (ai == SIZE_MAX) {
			tui_msg(t, false, "%s", tr(M_NO_TARGET));
			return RP_BOTTOM;
		}
		if (session_add_indicator(t->s, tui_act_goal(t), ai, &ni, &err) < 0)
			break;
		tui_sync(t);
		t->sel.focus = P_DETAIL;
		view_detail_select_indicator(t, ni);
		tui_msg(t, false, tr(M_ADDED), tr((enum msg)schema_key(SK_IND_NAME)->short_label));
		return RP_ALL | (t->single ? RP_LAYOUT : 0);
	}
	}
	show_err(t, M_NONE, &err);
	return RP_BOTTOM;
}

/* Ratings given (not due included) to a's quarters. */
static size_t n_ratings(const struct activity *a)
{
	size_t n = 0;
	for (int q = 0; q < NQ; q++)
		n += a->st[q].rating != RATING_NONE;
	return n;
}

/* Append " and its N things" parts: one (singular, plural) pair per count. */
static void add_parts(struct sbuf *what, const size_t *n, const enum msg *m, size_t k)
{
	bool first = true;
	for (size_t i = 0; i < k; i++) {
		if (!n[i])
			continue;
		sbuf_adds(what, tr(first ? M_DEL_ITS : M_DEL_AND));
		tv_count(what, i18n_get(), m[i], n[i]);
		first = false;
	}
}

static unsigned ask_delete(struct tui *t)
{
	if (refuse_read_only(t))
		return RP_BOTTOM;
	size_t args[4] = { 0, tui_act_goal(t), 0, 0 };
	struct sbuf what = SBUF_INIT;
	const struct goal *g = tui_goal(t);
	const struct activity *a = tui_act(t);
	if (t->sel.focus == P_GOALS && g) {
		args[1] = t->sel.goal;
		sbuf_addf(&what, tr(M_DEL_GOAL), g->id);
		/* the goal goes with the goals nested in it and all their
		 * activities */
		const struct plan *p = t->s->plan;
		size_t n[3] = { g->n_desc, 0, 0 };
		for (size_t k = t->sel.goal; k <= t->sel.goal + g->n_desc && k < p->n_goal; k++) {
			n[1] += p->goal[k].n_act;
			for (size_t i = 0; i < p->goal[k].n_act; i++)
				n[2] += n_ratings(&p->goal[k].act[i]);
		}
		static const enum msg m[3] = { M_N_NESTED_GOALS, M_N_ACTIVITIES, M_N_RATINGS };
		add_parts(&what, n, m, 3);
	} else if (t->sel.focus == P_DETAIL && a && view_detail_indicator(t) != SIZE_MAX) {
		args[0] = 2;
		args[2] = tui_act_index(t);
		args[3] = view_detail_indicator(t);
		sbuf_addf(&what, tr(M_DEL_INDICATOR), args[3] + 1, a->id);
	} else if ((t->sel.focus == P_ACTS || t->sel.focus == P_DETAIL || t->sel.focus == P_STATUS) && a) {
		args[0] = 1;
		args[2] = tui_act_index(t);
		sbuf_addf(&what, tr(M_DEL_ACTIVITY), a->id);
		size_t n[2] = { a->n_ind, n_ratings(a) };
		static const enum msg m[2] = { M_N_INDICATORS, M_N_RATINGS };
		add_parts(&what, n, m, 2);
	} else {
		tui_msg(t, false, "%s", tr(M_NO_TARGET));
		return RP_BOTTOM;
	}
	tui_msg(t, true, tr(M_CONFIRM_DELETE), what.buf);
	sbuf_free(&what);
	ov_confirm(t, CF_DELETE, args, confirmed);
	return RP_BOTTOM | RP_OVERLAY;
}

static unsigned do_delete(struct tui *t)
{
	struct tv_err err = TV_ERR_INIT;
	size_t *a = t->ask.arg;
	int rc;
	char *label = NULL;
	const struct plan *p = t->s->plan;
	if (a[0] == 0) {
		label = xstrdup(a[1] < p->n_goal ? p->goal[a[1]].id : "?");
		rc = session_delete_goal(t->s, a[1], &err);
	} else if (a[0] == 1) {
		label = xstrdup(a[1] < p->n_goal && a[2] < p->goal[a[1]].n_act ? p->goal[a[1]].act[a[2]].id
										  : "?");
		rc = session_delete_activity(t->s, a[1], a[2], &err);
	} else {
		label = xasprintf("%s %zu", tr((enum msg)schema_key(SK_IND_NAME)->short_label), a[3] + 1);
		rc = session_delete_indicator(t->s, a[1], a[2], a[3], &err);
	}
	if (rc < 0) {
		free(label);
		show_err(t, M_NONE, &err);
		return RP_BOTTOM;
	}
	tui_sync(t);
	if (a[0] == 0)
		tui_select(t, a[1], SIZE_MAX);
	tui_msg(t, false, tr(M_DELETED), label);
	free(label);
	return RP_ALL;
}

static unsigned move_item(struct tui *t, int dir)
{
	if (refuse_read_only(t))
		return RP_BOTTOM;
	struct tv_err err = TV_ERR_INIT;
	size_t ai = tui_act_index(t), ag = tui_act_goal(t);
	if (t->sel.focus == P_GOALS && tui_goal(t)) {
		/* a sibling swapped past may hold nested goals: find the
		 * moved goal by its id, not by counting */
		char *id = xstrdup(t->s->plan->goal[t->sel.goal].id);
		if (session_move_goal(t->s, t->sel.goal, dir, &err) < 0) {
			free(id);
			goto fail;
		}
		tui_sync(t);
		const struct goal *mg = plan_find_goal(t->s->plan, id);
		free(id);
		if (mg)
			tui_select(t, (size_t)(mg - t->s->plan->goal), SIZE_MAX);
	} else if (t->sel.focus == P_DETAIL && view_detail_indicator(t) != SIZE_MAX) {
		size_t ii = view_detail_indicator(t);
		if (session_move_indicator(t->s, ag, ai, ii, dir, &err) < 0)
			goto fail;
		tui_sync(t);
		view_detail_select_indicator(t, ii + (size_t)(long)dir);
	} else if (ai != SIZE_MAX) {
		if (session_move_activity(t->s, ag, ai, dir, &err) < 0)
			goto fail;
		tui_sync(t);
		tui_select(t, ag, ai + (size_t)(long)dir);
	} else {
		tui_msg(t, false, "%s", tr(M_NO_TARGET));
		return RP_BOTTOM;
	}
	tui_msg(t, false, "%s", tr(M_MOVED));
	return RP_ALL;
fail:
	show_err(t, M_NONE, &err);
	return RP_BOTTOM;
}

static unsigned undo_redo(struct tui *t, bool redo)
{
	const char *label = NULL;
	if (refuse_read_only(t))
		return RP_BOTTOM;
	int rc = redo ? session_redo(t->s, &label) : session_undo(t->s, &label);
	if (rc < 0) {
		tui_msg(t, false, "%s", tr(redo ? M_NOTHING_REDO : M_NOTHING_UNDO));
		return RP_BOTTOM;
	}
	tui_sync(t);
	/* select what the step changed, so the user sees it */
	size_t g, a;
	if (session_changed_item(t->s, &g, &a) == 0 && g < t->s->plan->n_goal) {
		if (a != SIZE_MAX && a < t->s->plan->goal[g].n_act) {
			if (!tui_filter_pass(t, &t->s->plan->goal[g].act[a]))
				sel_filter_clear(&t->sel);
			tui_select(t, g, a);
		} else if (t->sel.goal != g) {
			tui_select(t, g, SIZE_MAX);
		}
		for (int i = 0; i < P__COUNT; i++)
			t->views[i].drawn = false;
	}
	/* the message names the item: "Redone: move activity 1.2" */
	const char *id = session_changed_id(t->s);
	char *said = xasprintf("%s%s%s", label ? label : "", id ? " " : "", id ? id : "");
	tui_msg(t, false, tr(redo ? M_REDONE : M_UNDONE), said);
	free(said);
	return RP_ALL | (t->single ? RP_LAYOUT : 0);
}

/* ---- moving between goals, renumbering ---- */

unsigned act_move_to(struct tui *t, const char *goal_id)
{
	if (refuse_read_only(t))
		return RP_BOTTOM;
	const struct activity *a = tui_act(t);
	if (!a) {
		tui_msg(t, false, "%s", tr(M_NO_TARGET));
		return RP_BOTTOM;
	}
	char *id = xstrdup(a->id);
	struct tv_err err = TV_ERR_INIT;
	if (session_move(t->s, id, goal_id, &err) < 0) {
		free(id);
		show_err(t, M_NONE, &err);
		return RP_BOTTOM;
	}
	tui_sync(t);
	const struct plan *p = t->s->plan;
	const struct activity *na = plan_find_activity(p, id);
	if (na) {
		if (!tui_filter_pass(t, na))
			sel_filter_clear(&t->sel);
		tui_select(t, na->goal, (size_t)(na - p->goal[na->goal].act));
	}
	tui_msg(t, false, tr(M_MOVED_TO), id, goal_id);
	free(id);
	for (int i = 0; i < P__COUNT; i++)
		t->views[i].drawn = false;
	return RP_ALL | (t->single ? RP_LAYOUT : 0);
}

unsigned act_ask_move(struct tui *t)
{
	if (refuse_read_only(t))
		return RP_BOTTOM;
	if (!tui_act(t)) {
		tui_msg(t, false, "%s", tr(M_NO_TARGET));
		return RP_BOTTOM;
	}
	ov_prompt(t, PR_MOVE, "", act_move_to);
	return RP_OVERLAY;
}

/* Every goal and activity id in plan order, for telling a change. */
static void all_ids(const struct plan *p, struct sbuf *out)
{
	for (size_t g = 0; g < p->n_goal; g++) {
		sbuf_addf(out, "%s\n", p->goal[g].id ? p->goal[g].id : "");
		for (size_t a = 0; a < p->goal[g].n_act; a++)
			sbuf_addf(out, "%s\n", p->goal[g].act[a].id ? p->goal[g].act[a].id : "");
	}
}

unsigned act_renumber(struct tui *t)
{
	if (refuse_read_only(t))
		return RP_BOTTOM;
	struct tv_err err = TV_ERR_INIT;
	struct sbuf before = SBUF_INIT, after = SBUF_INIT;
	all_ids(t->s->plan, &before);
	if (session_renumber(t->s, &err) < 0) {
		sbuf_free(&before);
		show_err(t, M_NONE, &err);
		return RP_BOTTOM;
	}
	tui_sync(t);
	all_ids(t->s->plan, &after);
	bool changed = before.len != after.len ||
		       (before.len && memcmp(before.buf, after.buf, before.len) != 0);
	sbuf_free(&before);
	sbuf_free(&after);
	for (int i = 0; i < P__COUNT; i++)
		t->views[i].drawn = false;
	tui_msg(t, false, "%s", tr(changed ? M_RENUMBERED : M_IN_ORDER));
	return RP_ALL;
}

/* ---- save and quit ---- */

unsigned act_quit(struct tui *t, bool force)
{
	if (!force && session_dirty(t->s) && !t->s->read_only) {
		tui_msg(t, true, "%s", tr(M_CONFIRM_QUIT));
		ov_confirm(t, CF_QUIT, NULL, confirmed);
		return RP_BOTTOM | RP_OVERLAY;
	}
	t->quit = true;
	return 0;
}

static unsigned confirmed(struct tui *t, bool yes)
{
	if (!yes)
		return RP_BOTTOM;
	if (t->ask.confirm == CF_QUIT) {
		t->quit = true;
		return 0;
	}
	if (t->ask.confirm == CF_RATE)
		return act_rate(t, (int)t->ask.arg[0] - 10, false);
	return do_delete(t);
}

/* ---- dispatch ---- */

static unsigned search_line(struct tui *t, const char *line)
{
	return *line ? act_search(t, line, 1, true) : 0;
}

/* "All goals" and back to the selected activity's goal, keeping it selected. */
static unsigned toggle_all_goals(struct tui *t)
{
	const struct plan *p = t->s->plan;
	struct act_ref r;
	bool have = tui_act(t) && sel_act_ref(&t->sel, &r);
	if (t->sel.goal == SEL_ALL) {
		sel_select(&t->sel, p, have ? r.g : 0, have ? r.a : SIZE_MAX);
	} else {
		sel_select(&t->sel, p, SEL_ALL, SIZE_MAX);
		if (have)
			sel_show_act(&t->sel, p, r);
	}
	tui_changed(t, DEP_GOAL | DEP_ACT);
	for (int i = 0; i < P__COUNT; i++)
		t->views[i].drawn = false;
	return RP_ALL | (t->single ? RP_LAYOUT : 0);
}

static unsigned focus_to(struct tui *t, enum panel p)
{
	enum panel old = t->sel.focus;
	t->sel.focus = p;
	if (t->single)
		return RP_LAYOUT;
	return RP_FULL(old) | RP_FULL(p) | RP_BOTTOM;
}

unsigned act_global(struct tui *t, enum action a)
{
	switch (a) {
	case A_NEXT_PANEL: return focus_to(t, (enum panel)((t->sel.focus + 1) % P__COUNT));
	case A_PREV_PANEL: return focus_to(t, (enum panel)((t->sel.focus + P__COUNT - 1) % P__COUNT));
	case A_R100: return act_rate(t, 100, true);
	case A_R70: return act_rate(t, 70, true);
	case A_R30: return act_rate(t, 30, true);
	case A_R0: return act_rate(t, 0, true);
	case A_RNOTDUE: return act_rate(t, RATING_NOT_DUE, true);
	case A_RCLEAR: return act_rate(t, RATING_NONE, true);
	case A_TOGGLE_Q: return toggle_quarter(t);
	case A_QPREV: return t->sel.quarter > 1 ? tui_set_quarter(t, t->sel.quarter - 1) : 0;
	case A_QNEXT: return t->sel.quarter < NQ ? tui_set_quarter(t, t->sel.quarter + 1) : 0;
	case A_ADD: return add_item(t);
	case A_DELETE: return ask_delete(t);
	case A_MOVE_UP: return move_item(t, -1);
	case A_MOVE_DOWN: return move_item(t, 1);
	case A_UNDO: return undo_redo(t, false);
	case A_REDO: return undo_redo(t, true);
	case A_SEARCH: ov_prompt(t, PR_SEARCH, "", search_line); return RP_OVERLAY;
	case A_SNEXT: case A_SPREV: case A_F_UNIT: case A_F_QUARTER: case A_F_RATING: case A_F_CLEAR:
		return act_find(t, a);
	case A_SAVE: return act_save(t, false);
	case A_QUIT: return act_quit(t, false);
	case A_HELP: ov_help(t); return RP_OVERLAY;
	case A_REPORT: return report_view_open(t);
	case A_REDRAW: clearok(curscr, TRUE); return RP_LAYOUT;
	case A_CTRL_C: tui_msg(t, false, "%s", tr(M_CTRL_C)); return RP_BOTTOM;
	case A_MESSAGES: return tui_show_messages(t);
	case A_ALL_GOALS: return toggle_all_goals(t);
	case A_MOVE_GOAL: return act_ask_move(t);
	case A_BACK:
		if (!t->opts.from_list) {
			tui_msg(t, false, "%s", tr(M_BACK_NONE));
			return RP_BOTTOM;
		}
		t->back = true;	/* the plan stays open: its undo, lock and edits */
		return 0;
	case A_UNITS: return units_view_open(t);
	case A_HISTORY: {	/* goals: the goal; activities: the activity; status: the quarter */
		const struct activity *ac = tui_act(t);
		if (t->sel.focus == P_GOALS || !ac) {
			const struct goal *g = sel_goal(&t->sel, t->s->plan);
			return history_view_open(t, g ? g->id : "", NULL);
		}
		if (t->sel.focus == P_STATUS) {
			char path[16];
			snprintf(path, sizeof path, "%s.q%d", K(SK_STATUS), t->sel.quarter);
			return history_view_open(t, ac->id, path);
		}
		return history_view_open(t, ac->id, NULL);
	}

	default: return 0;
	}
}
