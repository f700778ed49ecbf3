/*
 * msg_report.h — reports and exports: headings, column names, summary words; part of the one catalog (i18n.h).
 * X(id, English, Mongolian): a message without both texts does not
 * compile. Included by i18n.h only.
 */
#ifndef TOLOV_MSG_REPORT_H
#define TOLOV_MSG_REPORT_H

#define TOLOV_MSG_REPORT(X)

#endif
