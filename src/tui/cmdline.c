/*
 * cmdline.c — the ':' command line: :w, :w!, :q, :q!, :wq, :x, :goto ID,
 * :set PATH=VALUE (on the selected activity, or goal when the goals panel
 * is focused; "plan." before PATH for the plan itself; the value is the
 * rest of the line, spaces included), :quarter N, :filter ..., :help,
 * :w FILE (a copy elsewhere), :reload (or :e!; unsaved edits go to a
 * recovery file first), :recover (the recovery files again), :takeover
 * (the lock of another tolov, after a y/n), :messages (the session's
 * messages), :move GOAL (the selected activity to another goal),
 * :renumber (goals and activities in their order).
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/plan/plan.h"
#include "tolov/tui/state.h"

static const char *skip_ws(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/* Does line start with word w followed by the end or a blank? *rest gets
 * what follows, blanks skipped. */
static bool word(const char *line, const char *w, const char **rest)
{
	size_t n = strlen(w);
	if (strncmp(line, w, n) != 0 || (line[n] && line[n] != ' ' && line[n] != '\t'))
		return false;
	*rest = skip_ws(line + n);
	return true;
}

static unsigned cmd_goto(struct tui *t, const char *id)
{
	const struct plan *p = t->s->plan;
	const struct goal *g = plan_find_goal(p, id);
	if (g) {
		tui_select(t, (size_t)(g - p->goal), SIZE_MAX);
		t->sel.focus = P_GOALS;
		return RP_ALL | RP_LAYOUT;
	}
	const struct activity *a = plan_find_activity(p, id);
	if (!a) {
		tui_msg(t, true, tr(M_NO_SUCH_ID), id);
		return RP_BOTTOM;
	}
	const struct goal *ag = &p->goal[a->goal];
	if (!tui_filter_pass(t, a)) {
		act_filter_set(t, NULL, -1, FR_NONE, true);
		tui_msg(t, false, "%s", tr(M_FILTER_HIDDEN));
	}
	tui_select(t, a->goal, (size_t)(a - ag->act));
	if (t->sel.focus == P_GOALS)
		t->sel.focus = P_ACTS;
	return RP_ALL | RP_LAYOUT;
}

static unsigned cmd_set(struct tui *t, const char *arg)
{
	const char *eq = strchr(arg, '=');
	if (!eq || eq == arg) {
		tui_msg(t, true, "%s", tr(M_SET_USAGE));
		return RP_BOTTOM;
	}
	size_t pl = (size_t)(eq - arg);
	while (pl > 0 && (arg[pl - 1] == ' ' || arg[pl - 1] == '\t'))
		pl--;
	char *path = xstrndup(arg, pl);
	const char *value = eq + 1;
	const char *id;
	const char *p = path;
	if (strncmp(path, "plan.", 5) == 0) {
		id = "";
		p = path + 5;
	} else if (t->sel.focus == P_GOALS || !tui_act(t)) {
		const struct goal *g = tui_goal(t);
		if (!g) {
			free(path);
			tui_msg(t, true, "%s", tr(M_NO_TARGET));
			return RP_BOTTOM;
		}
		id = g->id;
	} else {
		id = tui_act(t)->id;
	}
	char *idc = xstrdup(id);
	unsigned rp = act_set(t, idc, p, value);
	free(idc);
	free(path);
	return rp;
}

static unsigned cmd_filter(struct tui *t, const char *arg)
{
	const char *what = arg;
	switch (sel_filter_parse_in(&t->sel, t->s->plan, arg, &what)) {
	case FE_OK:
		break;
	case FE_QUARTER:
		tui_msg(t, true, tr(M_FILTER_E_QUARTER), what);
		return RP_BOTTOM;
	case FE_RATING:
		tui_msg(t, true, tr(M_FILTER_E_RATING), what);
		return RP_BOTTOM;
	case FE_UNIT_NAME:
		tui_msg(t, true, "%s", tr(M_FILTER_E_UNIT_NAME));
		return RP_BOTTOM;
	case FE_UNIT_NONE: {
		const char *close[3];
		size_t n = sel_units_close(t->s->plan, what, close, 3);
		if (!n) {
			tui_msg(t, true, tr(M_FILTER_E_UNIT_NONE), what);
			return RP_BOTTOM;
		}
		struct sbuf b = SBUF_INIT;
		for (size_t i = 0; i < n; i++)
			sbuf_addf(&b, "%s%s", i ? ", " : "", close[i]);
		tui_msg(t, true, tr(M_FILTER_E_UNIT_CLOSE), what, b.buf);
		sbuf_free(&b);
		return RP_BOTTOM;
	}
	default:
		tui_msg(t, true, tr(M_FILTER_E_WHAT), what);
		return RP_BOTTOM;
	}
	if (!sel_filter_active(&t->sel.filter))
		return act_filter_set(t, NULL, -1, FR_NONE, true);
	return act_filter_set(t, NULL, -1, FR_KEEP, false);
}

unsigned cmd_run(struct tui *t, const char *line)
{
	const char *l = skip_ws(line);
	const char *rest;
	char *trim = xstrdup(l);
	size_t n = strlen(trim);
	while (n > 0 && isspace((unsigned char)trim[n - 1]))
		trim[--n] = '\0';
	unsigned rp = RP_BOTTOM;
	if (!strcmp(trim, "w")) {
		rp = act_save(t, false);
	} else if (!strcmp(trim, "w!")) {
		rp = act_save(t, true);
	} else if (!strcmp(trim, "q")) {
		if (session_dirty(t->s) && !t->s->read_only)
			tui_msg(t, true, "%s", tr(M_UNSAVED_HINT));
		else
			t->quit = true;
	} else if (!strcmp(trim, "q!")) {
		t->quit = true;
	} else if (!strcmp(trim, "wq") || !strcmp(trim, "x") || !strcmp(trim, "wq!")) {
		rp = act_save(t, trim[0] == 'w' && trim[2] == '!');
		if (!session_dirty(t->s))
			t->quit = true;	/* a failed save keeps the interface open */
	} else if (word(trim, "w", &rest) && *rest) {
		rp = act_save_as(t, rest);	/* :w FILE, a copy elsewhere */
	} else if (!strcmp(trim, "reload") || !strcmp(trim, "e!")) {
		rp = act_reload(t);
	} else if (!strcmp(trim, "recover")) {
		rp = recovery_offer(t, false);
	} else if (!strcmp(trim, "takeover")) {
		rp = act_ask_takeover(t);
	} else if (word(l, "goto", &rest) && *rest) {
		rp = cmd_goto(t, rest);
	} else if (word(l, "set", &rest)) {
		rp = cmd_set(t, rest);	/* the value keeps its spaces */
	} else if (word(trim, "quarter", &rest)) {
		int q = atoi(rest);
		rp = tui_set_quarter(t, q);
	} else if (word(trim, "filter", &rest)) {
		rp = cmd_filter(t, rest);
	} else if (word(trim, "nofilter", &rest)) {
		rp = act_filter_set(t, NULL, -1, FR_NONE, true);
	} else if (word(trim, "move", &rest) && *rest) {
		rp = act_move_to(t, rest);
	} else if (!strcmp(trim, "renumber")) {
		rp = act_renumber(t);
	} else if (!strcmp(trim, "messages") || !strcmp(trim, "mes")) {
		rp = tui_show_messages(t);
	} else if (word(trim, "help", &rest) || word(trim, "h", &rest)) {
		ov_help(t);
		rp = RP_OVERLAY;
	} else {
		tui_msg(t, true, tr(M_UNKNOWN_CMD), trim);
	}
	free(trim);
	return rp;
}
