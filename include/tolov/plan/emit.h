/*
 * emit.h — YAML text in tolov's canonical layout: block style, two-space
 * indent, keys in the format's order, text double-quoted as UTF-8 (never
 * \u escapes for printable characters, never folded), budget, actual and
 * status entries as flow mappings, quarters as a flow list. The importer
 * writes whole files with it; edits use the pieces for new items.
 */
#ifndef TOLOV_EMIT_H
#define TOLOV_EMIT_H

#include <stdbool.h>
#include "tolov/plan/plan.h"
#include "tolov/base/util.h"

/* A double-quoted YAML scalar for s. */
void emit_dq(struct sbuf *out, const char *s);
/* Can s be written as a plain scalar and read back as the same text by
 * any YAML reader (no special characters, not a number, bool or null)? */
bool emit_plain_ok(const char *s);
/* A single-quoted scalar; only for single-line text without controls. */
void emit_sq(struct sbuf *out, const char *s);
bool emit_sq_ok(const char *s);
/* Can s be the content of a literal block scalar (|) as it is: printable
 * text, line breaks and tabs only, not starting with a space? */
bool emit_block_ok(const char *s);

/* The whole plan as a new file (eol "\n"). */
void emit_plan(struct sbuf *out, const struct plan *p);
/* One goal / activity / indicator as a block sequence item "- ..." whose
 * dash stands at column indent; lines end with eol. A goal must point into
 * a plan's goal array: its n_desc descendants follow it there and are
 * written nested under its `goals:`. */
void emit_goal_item(struct sbuf *out, const struct goal *g, int indent, const char *eol);
void emit_activity_item(struct sbuf *out, const struct activity *a, int indent, const char *eol);
void emit_indicator_item(struct sbuf *out, const struct indicator *ind, int indent, const char *eol);
/* Flow forms, for siblings written in flow style. */
void emit_status_flow(struct sbuf *out, const struct status *st);
void emit_quarters_flow(struct sbuf *out, unsigned quarters);

#endif
