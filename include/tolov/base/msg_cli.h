/*
 * msg_cli.h — the command line: usage, help, command messages; part of the one catalog (i18n.h).
 * X(id, English, Mongolian): a message without both texts does not
 * compile. Included by i18n.h only.
 */
#ifndef TOLOV_MSG_CLI_H
#define TOLOV_MSG_CLI_H

#define TOLOV_MSG_CLI(X)

#endif
