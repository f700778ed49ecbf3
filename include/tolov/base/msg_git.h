/*
 * msg_git.h — tolov diff, log, merge and git-setup; part of the one catalog (i18n.h).
 * X(id, English, Mongolian): a message without both texts does not
 * compile. Included by i18n.h only.
 */
#ifndef TOLOV_MSG_GIT_H
#define TOLOV_MSG_GIT_H

#define TOLOV_MSG_GIT(X)

#endif
