/*
 * rules.c — scheduled, listed, ended and overdue, and today's date: the
 * rules of rules.h, written once.
 */
#include "tolov/plan/rules.h"

#include <stdlib.h>
#include <time.h>

bool activity_scheduled_in(const struct activity *a, int q)
{
	if (q < 1 || q > NQ)
		return false;
	/* no key and [] both leave the mask empty: no quarter */
	return (a->quarters >> (q - 1)) & 1u;
}

bool activity_listed_in(const struct activity *a, int q)
{
	if (q < 1 || q > NQ)
		return false;
	return activity_scheduled_in(a, q) || a->st[q - 1].rating != RATING_NONE;
}

struct tv_date quarter_end(int year, int q)
{
	static const int month[] = { 3, 6, 9, 12 }, day[] = { 31, 30, 30, 31 };
	return (struct tv_date){ year, month[q - 1], day[q - 1] };
}

int tv_date_cmp(const struct tv_date *a, const struct tv_date *b)
{
	if (a->year != b->year)
		return a->year < b->year ? -1 : 1;
	if (a->month != b->month)
		return a->month < b->month ? -1 : 1;
	return a->day < b->day ? -1 : a->day > b->day;
}

bool quarter_ended(const struct plan *p, int q, const struct tv_date *today)
{
	if (!p->year || q < 1 || q > NQ || !today)
		return false;
	struct tv_date end = quarter_end(p->year, q);
	return tv_date_cmp(today, &end) > 0;
}

bool activity_overdue(const struct plan *p, const struct activity *a, int q,
		      const struct tv_date *today)
{
	return activity_scheduled_in(a, q) && quarter_ended(p, q, today) &&
	       a->st[q - 1].rating == RATING_NONE;
}

size_t plan_count_overdue(const struct plan *p, int q, const struct tv_date *today)
{
	size_t n = 0;
	if (!quarter_ended(p, q, today))
		return 0;
	for (size_t g = 0; g < p->n_goal; g++)
		for (size_t a = 0; a < p->goal[g].n_act; a++)
			n += activity_overdue(p, &p->goal[g].act[a], q, today);
	return n;
}

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool tv_date_parse(const char *s, struct tv_date *out)
{
	int v[3] = { 0, 0, 0 };
	static const int width[] = { 4, 2, 2 };
	for (int f = 0; f < 3; f++) {
		for (int i = 0; i < width[f]; i++, s++) {
			if (*s < '0' || *s > '9')
				return false;
			v[f] = v[f] * 10 + (*s - '0');
		}
		if (f < 2 && *s++ != '-')
			return false;
	}
	if (*s)
		return false;
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (v[0] < 1 || v[1] < 1 || v[1] > 12 || v[2] < 1 ||
	    v[2] > mdays[v[1] - 1] + (v[1] == 2 && leap(v[0])))
		return false;
	*out = (struct tv_date){ v[0], v[1], v[2] };
	return true;
}

int tv_today(struct tv_date *out)
{
	const char *env = getenv("TOLOV_TODAY");
	if (env && *env && tv_date_parse(env, out))
		return 0;
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	*out = (struct tv_date){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
	return env && *env ? -1 : 0;
}
