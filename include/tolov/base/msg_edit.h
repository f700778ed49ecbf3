/*
 * msg_edit.h — edit operations: move, renumber, wording, confirmations; part of the one catalog (i18n.h).
 * X(id, English, Mongolian): a message without both texts does not
 * compile. Included by i18n.h only.
 */
#ifndef TOLOV_MSG_EDIT_H
#define TOLOV_MSG_EDIT_H

#define TOLOV_MSG_EDIT(X)

#endif
