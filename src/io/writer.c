/*
 * writer.c — the registry of export and report formats (writer.h). One
 * line per format: its name, another accepted name, its table writer (or,
 * for a data format, the function writing the whole plan), what it serves.
 * Usage and error text list the names from here, so a new format is its
 * back end's file and one line below.
 */
#include "tolov/io/writer.h"

#include <string.h>

#include "tolov/io/export.h"

extern const struct tw_ops tw_csv, tw_md, tw_html, tw_text, tw_xlsx;

static const struct tw_format formats[] = {
	{ "json", NULL, NULL, export_json, TW_FOR_EXPORT, false },
	{ "text", "txt", &tw_text, NULL, TW_FOR_REPORT, false },
	{ "csv", NULL, &tw_csv, NULL, TW_FOR_EXPORT | TW_FOR_REPORT, false },
	{ "md", "markdown", &tw_md, NULL, TW_FOR_EXPORT | TW_FOR_REPORT, false },
	{ "html", NULL, &tw_html, NULL, TW_FOR_EXPORT | TW_FOR_REPORT, false },
	{ "xlsx", NULL, &tw_xlsx, NULL, TW_FOR_EXPORT | TW_FOR_REPORT, true },
};
#define N_FORMATS (sizeof(formats) / sizeof(formats[0]))

const struct tw_format *tw_format_find(const char *name, unsigned use)
{
	for (size_t i = 0; i < N_FORMATS; i++) {
		const struct tw_format *f = &formats[i];
		if (!(f->uses & use))
			continue;
		if (!name || strcmp(f->name, name) == 0 || (f->alias && strcmp(f->alias, name) == 0))
			return f;
	}
	return NULL;
}

const struct tw_format *tw_format_at(size_t i)
{
	return i < N_FORMATS ? &formats[i] : NULL;
}

void tw_format_names(struct sbuf *out, unsigned use, const char *sep, const char *last)
{
	size_t n = 0, k = 0;
	for (size_t i = 0; i < N_FORMATS; i++)
		n += (formats[i].uses & use) != 0;
	for (size_t i = 0; i < N_FORMATS; i++) {
		if (!(formats[i].uses & use))
			continue;
		if (k)
			sbuf_adds(out, k + 1 == n ? last : sep);
		sbuf_adds(out, formats[i].name);
		k++;
	}
}

void tw_init(struct tw *w, const struct tw_format *f, struct sbuf *out, const struct tw_doc *d,
	     size_t cols)
{
	memset(w, 0, sizeof(*w));
	w->ops = f->ops;
	w->out = out;
	w->doc = d;
	w->cols = cols;
}

void tw_begin(struct tw *w)
{
	w->ops->begin(w);
}

void tw_goal(struct tw *w, const struct tw_goal *g)
{
	w->ops->goal(w, g);
}

void tw_row(struct tw *w, const struct tw_cell *cell)
{
	w->ops->row(w, cell);
	w->rows++;
}

void tw_summary(struct tw *w, const struct tw_sum *s)
{
	w->ops->summary(w, s);
}

int tw_end(struct tw *w, struct tv_err *err)
{
	return w->ops->end(w, err);
}
