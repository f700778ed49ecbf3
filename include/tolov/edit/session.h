/*
 * session.h — an open plan: its document, its model, the undo history and
 * the file it came from. Every change to a plan goes through a session
 * operation; each one rewrites only the bytes it must in the document,
 * rebuilds the model, and records one undo step. An operation that would
 * leave an invalid plan is refused and changes nothing.
 *
 * After any operation (including undo/redo) s->plan may be a new object,
 * or the same one with goals and activities rebuilt in place: hold them by
 * index or id, never by pointer, and re-read s->plan.
 *
 * Speed: a field set in place patches its node (and so do its undo and
 * redo: the plan's own fields too); otherwise an operation re-parses
 * only the items its bytes touched
 * (doc_item_chain; a splice far from the previous ones, like the two ends
 * of a move to another goal, first re-reads what came before, so each
 * region is re-read on its own) and builds again only the parts of the
 * model they made stale (plan_rebuild_parts), undo and redo alike:
 *   - set of an activity's field, a status entry or indicator added,
 *     cleared, deleted or moved: that activity;
 *   - an activity added, deleted, or moved within its goal: those
 *     activities of the goal (the goal's other activities and every
 *     other goal untouched);
 *   - an activity moved to another goal: the activities concerned of
 *     both goals;
 *   - a goal's own field: that goal (and the goals nested in it);
 *   - a goal added, deleted or moved among its siblings: those goals,
 *     the flat array's later goals shifted (parent, n_desc and each
 *     activity's goal index kept right);
 *   - a goal moved under another goal: the top-level goals from the one
 *     that held it to the one that takes it (both places at once);
 *   - :renumber: the goals whose ids or whose activities' ids changed, as
 *     above, in up to SESSION_REGIONS separate places.
 * The whole model is built again (s->n_whole_builds counts it) for a
 * change to the plan's own fields; once the parts built since the last
 * whole build add up to as many goals and activities as the plan has,
 * plus SESSION_REBUILT_SLACK (the text copied for what they replaced is
 * freed only with the model); changes in more than SESSION_REGIONS places
 * (or in places outside the goals); and
 * whenever the document had to be parsed whole, which frees the nodes the
 * model's strings borrow (an edit the item re-read cannot take, see
 * doc_reparse_chain: text that no longer parses on its own, such as a
 * list in flow style changing in number).
 *
 * Edit targets: id NULL or "" is the plan itself, else a goal or activity
 * id. Paths are dotted keys below the target, as in `tolov set`; the
 * schema defines them (tolov/plan/schema.h: schema_resolve, schema_paths,
 * README's path table), e.g. status.q2.rating (100|70|30|0|not-due|"" to
 * clear), quarters ("2,3" or ""), indicators.0.name (I counts from 0).
 */
#ifndef TOLOV_SESSION_H
#define TOLOV_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include "tolov/yaml/doc.h"
#include "tolov/plan/plan.h"
#include "tolov/io/save.h"

struct undo_step;

/* Far-apart regions one step may change and still update the model in
 * parts; early re-reads of the document per step. */
#define SESSION_REGIONS 8
#define SESSION_REREADS 64
/* Goals and activities built in parts, beyond the plan's own number, after
 * which the model is built whole again (freeing what the parts replaced). */
#define SESSION_REBUILT_SLACK 4096

struct session {
	struct doc *doc;
	struct plan *plan;
	struct undo_step **undo;	/* undo[0 .. n_undo) applied, then redo entries */
	size_t n_undo, n_done, cap_undo;
	size_t saved_at;		/* n_done when last saved; SIZE_MAX if unknown */
	struct file_stamp stamp;	/* the file as loaded or last saved */
	bool read_only;
	struct undo_step *cur;		/* the step being built (edit.c) */
	bool structural;		/* cur needs a full re-parse */
	size_t changed_at;		/* lowest byte the last undo/redo changed */
	const struct undo_step *changed;	/* the last undone/redone step; NULL
					 * once a new step drops it */
	struct doc_chain *chain;	/* items a re-read may limit itself to */
	bool stale;			/* chain holds the splices since the last re-read */
	struct doc_chain *mchain;	/* items changed since the model was built */
	bool model_stale;		/* mchain holds the open region's changes */
	bool model_whole;		/* the next model update builds it whole */
	struct plan_part part[SESSION_REGIONS];	/* made stale by closed regions */
	size_t n_part, n_regions, n_rereads;
	/* each region's top-level goals: items i..i+n of the goals list in the
	 * tree before it, count of them after it (ok: it lies within them) */
	struct session_region {
		size_t i, n, count;
		bool ok;
	} region[SESSION_REGIONS];
	const struct doc_mem *model_mem;	/* the storage the model's strings are in */
	size_t n_whole_builds;		/* whole-model builds since open (for tests) */
	size_t n_rebuilt;		/* goals and activities built in parts since */
	bool lean;			/* the model is built lean (session_open_lean) */
	bool deferred;			/* built deferred (session_open_shown) */
};

int session_open(struct session **out, const char *path, struct tv_err *err);
/* session_open for a command that edits and saves without showing the plan
 * (tolov set): the model is built with plan_build_lean, now and after every
 * edit, so its long text fields read "" — about 15 MB less on a 22 MB plan. */
int session_open_lean(struct session **out, const char *path, struct tv_err *err);
/* session_open with the file's bytes already read by the caller (src
 * malloc'ed and NUL-terminated, len bytes; taken over, also on failure):
 * a large plan is not read twice. */
int session_open_buffer(struct session **out, const char *path, char *src, size_t len,
			struct tv_err *err);
/* For the interface: session_open (src NULL) or session_open_buffer, but
 * the model is built with plan_build_deferred, now and after every edit:
 * an activity's long notes and indicator names read "" until
 * plan_fill_activity(s->plan, a) — about 12 MB less on a 22 MB plan. */
int session_open_shown(struct session **out, const char *path, char *src, size_t len,
		       struct tv_err *err);
/* Open path, but with the content of from (a recovery file): the plan
 * starts unsaved, and saving writes path. */
int session_open_from(struct session **out, const char *path, const char *from,
		      struct tv_err *err);
/* Re-read the file from disk, dropping the undo history. The caller keeps
 * any unsaved edits safe first (a recovery file). On failure nothing
 * changes. */
int session_reload(struct session *s, struct tv_err *err);
void session_free(struct session *s);
bool session_dirty(const struct session *s);

/* Set one field; value is checked as the loader checks it. id, paths and
 * values may point into s->plan (they are copied before anything changes). */
int session_set(struct session *s, const char *id, const char *path, const char *value,
		struct tv_err *err);
/* Several fields as one undo step; all or nothing. paths/values parallel. */
int session_set_many(struct session *s, const char *id, size_t n, const char *const *paths,
		     const char *const *values, struct tv_err *err);

/* Structure. New items take a fresh unique id and the style of their
 * siblings. *new_index receives the index of the added item. */
int session_add_goal(struct session *s, size_t after, size_t *new_index, struct tv_err *err);
int session_add_activity(struct session *s, size_t goal, size_t after, size_t *new_index,
			 struct tv_err *err);
int session_add_indicator(struct session *s, size_t goal, size_t act, size_t *new_index,
			  struct tv_err *err);
int session_delete_goal(struct session *s, size_t goal, struct tv_err *err);
int session_delete_activity(struct session *s, size_t goal, size_t act, struct tv_err *err);
int session_delete_indicator(struct session *s, size_t goal, size_t act, size_t ind,
			     struct tv_err *err);
/* Swap with the previous (dir < 0) or next (dir > 0) sibling. */
int session_move_goal(struct session *s, size_t goal, int dir, struct tv_err *err);
int session_move_activity(struct session *s, size_t goal, size_t act, int dir, struct tv_err *err);
int session_move_indicator(struct session *s, size_t goal, size_t act, size_t ind, int dir,
			   struct tv_err *err);

/*
 * Move activity id under the goal goal_id, after its last activity, or
 * goal id (with everything in it) under goal_id as a nested goal, after
 * its last nested goal; in the target siblings' style (or, for a first
 * one, the source list's indentation), one undo step, the id kept.
 * Refused, changing nothing: unknown ids, the goal already holding it, a
 * goal under itself or a goal nested in it, an item or list in braces.
 */
int session_move(struct session *s, const char *id, const char *goal_id, struct tv_err *err);

/* Renumber every goal of the tree and every activity in their order:
 * top-level goals 1, 2, ...; inside goal G its activities and nested
 * goals G.1, G.2, ... (in the order their lists come in G, one sequence
 * so no two share an id), a nested goal's own items under its new id
 * (1.2.1), at any depth. Only id scalars change, each in its old spelling
 * (a plain one that would read as a number is double-quoted); ids
 * mentioned in notes are text and stay. One undo step (none when every id
 * is already in order). */
int session_renumber(struct session *s, struct tv_err *err);

bool session_can_undo(const struct session *s);
bool session_can_redo(const struct session *s);
/* Undo/redo one step. Returns 0, or -1 when there is nothing to do. The
 * optional label receives a short description of the step ("q2 rating"). */
int session_undo(struct session *s, const char **label);
int session_redo(struct session *s, const char **label);
/* The item the last undo or redo changed, for the interface to select:
 * goal index and activity index (SIZE_MAX when the change was in the
 * goal's own fields, or both SIZE_MAX for the plan's). 0, or -1 when
 * there was no undo or redo yet or the change was outside any goal. */
/* The item a step is about is recorded with the step (the added, deleted
 * or moved goal or activity, an indicator's activity): undo and redo
 * select it wherever it is now; when it is gone (a redone delete, an
 * undone add) the item now at its place in its goal, or that goal; a step
 * with no item recorded (a field, renumbering) by the place it changed. */
int session_changed_item(const struct session *s, size_t *goal, size_t *act);
/* The id of the goal or activity the last undone/redone step is about
 * ("1.2"), owned by the session, valid until the next edit; NULL when the
 * step records none. */
const char *session_changed_id(const struct session *s);

/* Save atomically to the file it was opened from (or to path when given).
 * Refuses when the file changed on disk since load (unless force).
 * Returns 0, -1 (not saved; err says why), or 1: saved, with a warning in
 * err (the folder could not be flushed to disk). */
int session_save(struct session *s, const char *path, bool force, struct tv_err *err);
/* Has the file on disk changed since load or the last save? */
bool session_changed_on_disk(const struct session *s);

#endif
