/*
 * report_view.c — the quarterly report (report.h) in the scrollable text
 * view: the selected quarter, the unit of the active unit filter if any,
 * the interface's language, wrapped to the terminal's width.
 */
#include <stdio.h>

#include "tolov/io/report.h"
#include "tolov/tui/state.h"

unsigned report_view_open(struct tui *t)
{
	struct sbuf b = SBUF_INIT;
	struct report_opts o = REPORT_OPTS_INIT;
	o.quarter = t->quarter;
	o.unit = t->filter.unit;
	o.lang = i18n_get();
	o.cols = t->cols > 4 ? (size_t)t->cols - 2 : 0;
	report_text(&b, t->s->plan, &o);
	struct sbuf title = SBUF_INIT;
	sbuf_addf(&title, tr(M_REPORT_TITLE), t->quarter);
	ov_pager(t, title.buf, b.buf ? b.buf : "");
	sbuf_free(&title);
	sbuf_free(&b);
	return RP_OVERLAY;
}
