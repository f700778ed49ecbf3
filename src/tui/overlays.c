/*
 * overlays.c — the overlay registry: one line per kind of overlay (its
 * ops are defined beside its state: overlay.c, choice.c), and dispatch to
 * the open one. A new overlay is one entry here and one enum overlay
 * value; nothing else switches on the kind.
 */
#include "tolov/tui/state.h"

const struct overlay_ops *const overlay_table[OV__COUNT] = {
	[OV_NONE] = NULL,
	[OV_HELP] = &overlay_help_ops,
	[OV_PAGER] = &overlay_pager_ops,
	[OV_CONFIRM] = &overlay_confirm_ops,
	[OV_PROMPT] = &overlay_prompt_ops,
	[OV_EDIT] = &overlay_edit_ops,
	[OV_CHOICE] = &overlay_choice_ops,
};

static const struct overlay_ops *open_ops(const struct tui *t)
{
	return (unsigned)t->ov < OV__COUNT ? overlay_table[t->ov] : NULL;
}

const char *ov_keys(const struct tui *t)
{
	const struct overlay_ops *o = open_ops(t);
	return o && o->keys ? tr(*o->keys) : NULL;
}

bool ov_covers(const struct tui *t)
{
	const struct overlay_ops *o = open_ops(t);
	return o && o->covers_panels;
}

void ov_draw(struct tui *t)
{
	const struct overlay_ops *o = open_ops(t);
	if (o && o->draw)
		o->draw(t);
}

unsigned ov_key(struct tui *t, int key)
{
	const struct overlay_ops *o = open_ops(t);
	return o && o->key ? o->key(t, key) : 0;
}
