/*
 * progress.c — ratings on the monitoring scale and the progress rule.
 *
 * The progress of a goal or of the plan for quarter q is the mean of its
 * activities' q ratings, not-due and unrated excluded, to one decimal;
 * nothing rated is no value, never 0. Integer arithmetic throughout, so
 * 6960 / 78 = 89.23 gives 892 tenths and every report agrees.
 */
#include "tolov/plan/plan.h"

#include <stdio.h>
#include <string.h>

bool rating_valid(int r)
{
	return r == 100 || r == 70 || r == 30 || r == 0 || r == RATING_NOT_DUE;
}

const char *rating_str(int r)
{
	switch (r) {
	case 100: return "100";
	case 70: return "70";
	case 30: return "30";
	case 0: return "0";
	case RATING_NOT_DUE: return "not-due";
	default: return "";
	}
}

int rating_parse(const char *s)
{
	if (strcmp(s, "100") == 0) return 100;
	if (strcmp(s, "70") == 0) return 70;
	if (strcmp(s, "30") == 0) return 30;
	if (strcmp(s, "0") == 0) return 0;
	if (strcmp(s, "not-due") == 0) return RATING_NOT_DUE;
	return RATING_NONE;
}

void progress_add(struct progress *acc, const struct activity *a, int q)
{
	int r = a->st[q - 1].rating;
	switch (r) {
	case 100: acc->n100++; break;
	case 70: acc->n70++; break;
	case 30: acc->n30++; break;
	case 0: acc->n0++; break;
	case RATING_NOT_DUE: acc->not_due++; return;
	default: acc->unrated++; return;
	}
	acc->sum += r;
	acc->rated++;
	/* Round half up: (10 * sum + rated / 2) / rated, in tenths. */
	acc->tenths = (int)((acc->sum * 10 * 2 + acc->rated) / (acc->rated * 2));
}

/* g and its descendants stand together in the plan's pre-order array. */
void progress_of_goal(const struct goal *g, int q, struct progress *out)
{
	*out = (struct progress)PROGRESS_INIT;
	for (size_t k = 0; k <= g->n_desc; k++)
		for (size_t a = 0; a < g[k].n_act; a++)
			progress_add(out, &g[k].act[a], q);
}

void progress_of_plan(const struct plan *p, int q, struct progress *out)
{
	*out = (struct progress)PROGRESS_INIT;
	for (size_t g = 0; g < p->n_goal; g++)
		for (size_t a = 0; a < p->goal[g].n_act; a++)
			progress_add(out, &p->goal[g].act[a], q);
}

const char *progress_fmt(int tenths, char buf[8])
{
	if (tenths < 0)
		buf[0] = '\0';
	else
		snprintf(buf, 8, "%d.%d", tenths / 10 % 1000, tenths % 10);
	return buf;
}

static long long budget_own(const struct goal *g)
{
	long long sum = 0;
	for (size_t a = 0; a < g->n_act; a++)
		if (g->act[a].budget.has_amount)
			sum += g->act[a].budget.amount;
	return sum;
}

long long budget_of_goal(const struct goal *g)
{
	long long sum = 0;
	for (size_t k = 0; k <= g->n_desc; k++)
		sum += budget_own(&g[k]);
	return sum;
}

long long budget_of_plan(const struct plan *p)
{
	long long sum = 0;
	for (size_t g = 0; g < p->n_goal; g++)
		sum += budget_own(&p->goal[g]);
	return sum;
}

void fmt_amount(struct sbuf *out, long long amount)
{
	char digits[32];
	int n = snprintf(digits, sizeof(digits), "%lld", amount < 0 ? -amount : amount);
	if (amount < 0)
		sbuf_addc(out, '-');
	for (int i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			sbuf_addc(out, ',');
		sbuf_addc(out, digits[i]);
	}
}
