/* summary.c — `tolov summary FILE [-o OUT]`: the plan in brief. */
#include "tolov/cli/cli.h"

void cli_summary(struct sbuf *out, const struct plan *p)
{
	char pb[8];
	enum lang l = i18n_get();
	sbuf_addf(out, "%s\n", p->title);
	if (p->year)
		tv_msg_add(out, l, M_CLI_SUM_YEAR, "%d", p->year);
	struct sbuf ng = SBUF_INIT, na = SBUF_INIT;
	tv_count(&ng, l, M_N_GOALS, p->n_goal);
	tv_count(&na, l, M_N_ACTIVITIES, plan_n_activities(p));
	tv_msg_add(out, l, M_CLI_SUM_COUNTS, "%s%s", ng.buf, na.buf);
	sbuf_free(&ng);
	sbuf_free(&na);
	fmt_amount(out, budget_of_plan(p));
	sbuf_addf(out, " %s\n", p->currency);
	sbuf_adds(out, tr(M_CLI_SUM_PROGRESS));
	for (int q = 1; q <= NQ; q++) {
		struct progress pr;
		progress_of_plan(p, q, &pr);
		tv_msg_add(out, l, M_CLI_SUM_QUARTER, "%d%s", q, pr.tenths < 0 ? "-" : progress_fmt(pr.tenths, pb));
	}
	sbuf_addc(out, '\n');
	for (size_t g = 0; g < p->n_goal; g++) {
		const struct goal *gl = &p->goal[g];
		size_t n_act = 0;	/* beneath it, nested goals included */
		for (size_t k = 0; k <= gl->n_desc; k++)
			n_act += gl[k].n_act;
		struct sbuf nb = SBUF_INIT;
		tv_count(&nb, l, M_N_ACTIVITIES, n_act);
		tv_msg_add(out, l, M_CLI_SUM_GOAL, "%s%s", gl->id, nb.buf);
		sbuf_free(&nb);
		fmt_amount(out, budget_of_goal(gl));
		sbuf_addc(out, '\n');
	}
}

int cli_summary_cmd(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	const char *out = NULL;
	int c;
	while ((c = cli_getopt(argc, argv, "o:", longopts)) != -1) {
		if (c == 'o')
			out = optarg;
		else
			return 2;
	}
	if (optind >= argc)
		return cli_usage_error(argv[0], M_CLI_NEEDS_FILE, "%s", argv[0]);
	if (optind + 1 < argc)
		return cli_usage_error(argv[0], M_CLI_ONE_FILE, "%s", argv[0]);
	struct tv_err err = TV_ERR_INIT;
	struct doc *d;
	struct plan *p;
	if (cli_load(argv[optind], &d, &p, &err))
		return cli_fail(&err);
	struct sbuf b = SBUF_INIT;
	cli_summary(&b, p);
	int rc = cli_write_out(out, b.buf ? b.buf : "", b.len);
	sbuf_free(&b);
	plan_free(p);
	doc_free(d);
	return rc;
}
