/*
 * panels.h — the registry of the interface's panels: one line per panel,
 * as tig keeps its views. Everything else about a panel is derived from
 * this list: enum panel and P__COUNT (sel.h), the key scopes (keys.h:
 * SC_*), the repaint bits (state.h: RP_ROWS, RP_FULL, with static
 * asserts), the view_ops each view runs (tui.c), where it sits on the
 * screen (tui.c's layout) and its name in the key help.
 *
 * Adding a panel: its file, src/tui/view_NAME.c, defining
 * `const struct view_ops view_NAME_ops` (state.h documents view_ops), and
 * one line here. Its title and scope name are catalog messages
 * (base/msg_tui.h) like every word a user reads.
 *
 * X(id, ops, row, num, den, scope)
 *   id     the panel's enum panel value, P_NAME; the list's order is the
 *          Tab order
 *   ops    its struct view_ops
 *   row    its row of the screen (0 upper, 1 lower, ...): the rows share
 *          the height evenly, the last one taking what is left over
 *   num, den  its width, num/den of the terminal's; den 0: what the row's
 *          other panels leave (shared evenly by such panels). Panels of a
 *          row stand left to right in the list's order
 *   scope  enum msg: how the key help names it ("goals panel")
 *
 * No curses here: included by sel.h, which the interface logic's unit
 * tests build without curses; panels_place (src/tui/panels.c) lays the
 * panels out from this list (tests/unit/test_tui_panels.c).
 */
#ifndef TOLOV_TUI_PANELS_H
#define TOLOV_TUI_PANELS_H

#define TOLOV_PANELS(X) \
	X(P_GOALS,  view_goals_ops,  0, 3, 8, M_SCOPE_GOALS)  \
	X(P_ACTS,   view_acts_ops,   0, 0, 0, M_SCOPE_ACTS)   \
	X(P_DETAIL, view_detail_ops, 1, 0, 0, M_SCOPE_DETAIL) \
	X(P_STATUS, view_status_ops, 1, 2, 5, M_SCOPE_STATUS) \

/* Where a panel sits: rows and columns of the terminal, 0-based. */
struct panel_rect {
	int y, x, h, w;
};

/* Lay out the n panels of the registry (n is P__COUNT) in the body of the
 * screen, body rows from row top and cols columns wide: out[i] for panel
 * i. Rows tile the body and panels tile their row, with no gap and no
 * overlap; a size may be 0 on a tiny screen. */
void panels_place(int top, int body, int cols, struct panel_rect *out, int n);

#endif
