/*
 * panels.c — the four-panel screen's geometry, from the panel registry
 * (tolov/tui/panels.h). No curses: tui.c makes the windows.
 */
#include "tolov/tui/sel.h"

void panels_place(int top, int body, int cols, struct panel_rect *out, int n)
{
	static const struct { int row, num, den; } at[P__COUNT] = {
#define PANEL_AT(id, ops, row, num, den, ...) [id] = { row, num, den },
		TOLOV_PANELS(PANEL_AT)
#undef PANEL_AT
	};
	if (n > P__COUNT)
		n = P__COUNT;
	int n_rows = 0;
	for (int i = 0; i < n; i++)
		if (at[i].row + 1 > n_rows)
			n_rows = at[i].row + 1;
	int y = top;
	for (int r = 0; r < n_rows; r++) {
		/* rows share the height; the last takes what is left */
		int h = r + 1 < n_rows ? body / n_rows : body - (n_rows - 1) * (body / n_rows);
		int fixed = 0, n_rest = 0;
		for (int i = 0; i < n; i++) {
			if (at[i].row != r)
				continue;
			if (at[i].den)
				fixed += cols * at[i].num / at[i].den;
			else
				n_rest++;
		}
		int x = 0, rest = cols - fixed;
		for (int i = 0, k = 0; i < n; i++) {
			if (at[i].row != r)
				continue;
			/* a fixed share, or an even part of what they leave */
			int w = at[i].den ? cols * at[i].num / at[i].den
					  : rest / n_rest + (++k == n_rest ? rest % n_rest : 0);
			out[i] = (struct panel_rect){ y, x, h, w };
			x += w;
		}
		y += h;
	}
}
