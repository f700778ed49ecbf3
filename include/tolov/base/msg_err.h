/*
 * msg_err.h — errors and warnings of the core (loader, edits, saves), as codes with arguments; part of the one catalog (i18n.h).
 * X(id, English, Mongolian): a message without both texts does not
 * compile. Included by i18n.h only.
 */
#ifndef TOLOV_MSG_ERR_H
#define TOLOV_MSG_ERR_H

#define TOLOV_MSG_ERR(X)

#endif
