/* summary.c — the plan in brief, for `tolov summary`. */
#include "tolov/cli/cli.h"

void cli_summary(struct sbuf *out, const struct plan *p)
{
	char pb[8];
	sbuf_addf(out, "%s\n", p->title);
	if (p->year)
		sbuf_addf(out, "year %d, ", p->year);
	sbuf_addf(out, "%zu goals, %zu activities, budget ", p->n_goal, plan_n_activities(p));
	fmt_amount(out, budget_of_plan(p));
	sbuf_addf(out, " %s\n", p->currency);
	sbuf_adds(out, "progress:");
	for (int q = 1; q <= NQ; q++) {
		struct progress pr;
		progress_of_plan(p, q, &pr);
		sbuf_addf(out, " Q%d %s", q, pr.tenths < 0 ? "-" : progress_fmt(pr.tenths, pb));
	}
	sbuf_addc(out, '\n');
	for (size_t g = 0; g < p->n_goal; g++) {
		const struct goal *gl = &p->goal[g];
		sbuf_addf(out, "  %s  %zu activities, budget ", gl->id, gl->n_act);
		fmt_amount(out, budget_of_goal(gl));
		sbuf_addc(out, '\n');
	}
}
