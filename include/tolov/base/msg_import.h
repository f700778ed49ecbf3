/*
 * msg_import.h — the table importer: warnings, errors, summary; part of the one catalog (i18n.h).
 * X(id, English, Mongolian): a message without both texts does not
 * compile. Included by i18n.h only.
 */
#ifndef TOLOV_MSG_IMPORT_H
#define TOLOV_MSG_IMPORT_H

#define TOLOV_MSG_IMPORT(X)

#endif
