/*
 * session_impl.h — between session.c (steps, undo, save) and edit.c (the
 * operations that build steps). Not for other modules.
 *
 * An operation calls step_begin, then any number of step_splice (each
 * changes the document at once and is remembered for undo), marks
 * s->structural when a splice changed more than one scalar's bytes, and
 * ends with step_commit (keep it if the plan is still valid, else roll
 * back and fail) or step_abort.
 */
#ifndef TOLOV_SESSION_IMPL_H
#define TOLOV_SESSION_IMPL_H

#include "tolov/edit/session.h"

void step_begin(struct session *s, const char *label);
void step_splice(struct session *s, size_t off, size_t oldlen, const char *rep, size_t replen);
int step_commit(struct session *s, struct tv_err *err);
void step_abort(struct session *s);
/* What the current step is about, for undo and redo to select: item (a
 * goal or activity id), owner (the id of the goal holding it, or NULL) and
 * item's index among owner's activities (SIZE_MAX: none). Copied. */
void step_item(struct session *s, const char *item, const char *owner, size_t index);
/* Re-read the document after splices of the current step. On failure err
 * names the place in the user's file (the lowest byte the step changed,
 * where the text before it is still the user's) and says the edit could
 * not be written in the file's style; the caller aborts the step. */
int step_reparse(struct session *s, struct tv_err *err);
/* The tree is up to date with the text again (a rewritten scalar was
 * patched in place): the next re-read need not cover it. */
void step_tree_current(struct session *s);
/* Set a quarters list (block or flow) to mask (bit q-1 for quarter q),
 * item by item in its own style (seqedit.c); re-reads the document. */
struct yn;
int set_quarters_list(struct session *s, struct yn *list, unsigned mask, struct tv_err *err);

#endif
