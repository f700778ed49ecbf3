/*
 * planedit — structural edits for tests, through the same session
 * operations the interface uses (tolov set changes fields only):
 *
 *   planedit FILE add-indicator ACT_ID NAME
 *   planedit FILE add-activity GOAL_ID NEW_ID TITLE   (after the goal's last activity)
 *   planedit FILE delete-activity ACT_ID
 *   planedit FILE move ACT_ID up|down                  (within its goal)
 *   planedit FILE move-to ACT_ID GOAL_ID               (after the goal's last activity)
 *   planedit FILE renumber -                           (goals 1, 2, ...; activities G.1, ...)
 *
 * Saves losslessly; exit 0 done, 1 refused.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/edit/session.h"

static int fail(struct tv_err *e)
{
	fprintf(stderr, "planedit: %s\n", e->text ? e->text : "refused");
	tv_err_clear(e);
	return 1;
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: planedit FILE add-indicator|add-activity|delete-activity|move ...\n");
		return 2;
	}
	struct tv_err err = TV_ERR_INIT;
	struct session *s;
	if (session_open(&s, argv[1], &err))
		return fail(&err);
	const char *op = argv[2];
	int rc = -1;
	const struct activity *a = plan_find_activity(s->plan, argv[3]);
	size_t g = a ? a->goal : 0, i = a ? (size_t)(a - s->plan->goal[a->goal].act) : 0;
	if (!strcmp(op, "add-indicator") && a && argc == 5) {
		size_t ni;
		char *path = NULL;
		if (!session_add_indicator(s, g, i, &ni, &err)) {
			char buf[64];
			snprintf(buf, sizeof buf, "indicators.%zu.name", ni);
			path = buf;
			rc = session_set(s, argv[3], path, argv[4], &err);
		}
	} else if (!strcmp(op, "add-activity") && argc == 6) {
		const struct goal *gl = plan_find_goal(s->plan, argv[3]);
		size_t ni;
		if (gl && !session_add_activity(s, (size_t)(gl - s->plan->goal),
						gl->n_act ? gl->n_act - 1 : 0, &ni, &err)) {
			gl = plan_find_goal(s->plan, argv[3]);
			char *fresh = xstrdup(gl->act[ni].id);
			const char *paths[] = { "id" };
			const char *vals[] = { argv[4] };
			rc = session_set_many(s, fresh, 1, paths, vals, &err);
			free(fresh);
			if (!rc)
				rc = session_set(s, argv[4], "title", argv[5], &err);
		}
	} else if (!strcmp(op, "delete-activity") && a) {
		rc = session_delete_activity(s, g, i, &err);
	} else if (!strcmp(op, "renumber")) {
		rc = session_renumber(s, &err);
	} else if (!strcmp(op, "move-to") && a && argc == 5) {
		rc = session_move(s, argv[3], argv[4], &err);
	} else if (!strcmp(op, "move") && a && argc == 5) {
		rc = session_move_activity(s, g, i, !strcmp(argv[4], "up") ? -1 : 1, &err);
	}
	if (!rc && session_save(s, NULL, false, &err) < 0)
		rc = -1;
	session_free(s);
	if (rc)
		return fail(&err);
	return 0;
}
