/*
 * msg_report.h — reports and exports: headings, column names, summary
 * words; part of the one catalog (i18n.h).
 * X(id, English, Mongolian): a message without both texts does not
 * compile. Included by i18n.h only.
 *
 * The seven columns of the printed plans are the schema's (msg_schema.h:
 * M_COL_ACTIVITY … M_COL_RESPONSIBLE, the seed table's header names in
 * Mongolian); ratings and notes are named by the schema's field labels
 * (M_SK_RATING, M_SK_NOTE), so the interface, reports and exports say the
 * same words.
 *
 * Messages with arguments take the same arguments in both languages, in
 * the order the comment above them gives.
 */
#ifndef TOLOV_MSG_REPORT_H
#define TOLOV_MSG_REPORT_H

/* X(id, English, Mongolian) */
#define TOLOV_MSG_REPORT(X)                                                                 \
	/* the plan table's columns beyond the schema's (plan/schema.h gives the   */      \
	/* seven of the printed plans: M_COL_ACTIVITY … M_COL_RESPONSIBLE, and the   */      \
	/* field labels M_SK_RATING, M_SK_NOTE)                                      */      \
	X(M_COL_GOAL, "Goal", "Зорилт")                                                      \
	X(M_COL_GOAL_TITLE, "Goal title", "Зорилтын нэр")                                    \
	X(M_COL_ID, "ID", "Дугаар")                                                          \
	X(M_COL_AMOUNT, "Budget amount", "Төсвийн дүн")                                      \
	X(M_COL_BUDGET_NOTE, "Budget note", "Төсвийн тайлбар")                               \
	X(M_COL_QUARTERS, "Quarters", "Улирал")                                              \
	X(M_COL_ACTUAL, "Actual", "Хүрсэн түвшин")                                           \
	/* (quarter) */                                                                     \
	X(M_COL_Q, "Q%d", "%d-р улирал")                                                     \
	/* (quarter) */                                                                     \
	X(M_COL_Q_RATING, "Q%d rating", "%d-р улирал: үнэлгээ")                              \
	/* (quarter) */                                                                     \
	X(M_COL_Q_NOTE, "Q%d note", "%d-р улирал: тайлбар")                                \
	/* (year) */                                                                        \
	X(M_EXP_YEAR, "Year: %d. ", "Он: %d. ")                                              \
	/* (amount, currency) */                                                            \
	X(M_EXP_BUDGET, "Budget: %s %s.", "Төсөв: %s %s.")                                   \
	/* ratings */                                                                       \
	X(M_RATE_100, "done", "Хэрэгжсэн")                                                   \
	X(M_RATE_70, "under way", "Хэрэгжиж байгаа")                                         \
	X(M_RATE_30, "insufficient", "Хангалтгүй")                                           \
	X(M_RATE_0, "not done", "Хэрэгжээгүй")                                               \
	X(M_RATE_NOT_DUE, "not due", "Хугацаа болоогүй")                                     \
	X(M_RATE_UNRATED, "unrated", "Үнэлээгүй")                                            \
	X(M_HEAD_NOT_DUE, "Not due", "Хугацаа болоогүй")                                     \
	X(M_HEAD_UNRATED, "Unrated", "Үнэлээгүй")                                            \
	/* the quarterly report */                                                          \
	/* a quarter in running text ("Q2", "2 дугаар" as in "2 дугаар улирал") */        \
	X(M_QNAME_1, "Q1", "1 дүгээр")                                                       \
	X(M_QNAME_2, "Q2", "2 дугаар")                                                       \
	X(M_QNAME_3, "Q3", "3 дугаар")                                                       \
	X(M_QNAME_4, "Q4", "4 дүгээр")                                                       \
	/* (quarter name) */                                                                \
	X(M_RPT_TITLE, "Implementation report, %s", "%s улирлын хэрэгжилтийн тайлан")        \
	/* (year, quarter name) */                                                          \
	X(M_RPT_TITLE_YEAR, "Implementation report for %d, %s",                              \
	  "%d оны %s улирлын хэрэгжилтийн тайлан")                                           \
	/* (quarter name) */                                                                \
	X(M_RPT_NOT_SCHEDULED, "(not scheduled in %s)", "(%s улиралд төлөвлөөгүй)")          \
	X(M_RPT_PROGRESS, "Progress", "Хэрэгжилт")                                           \
	X(M_RPT_SUMMARY, "Summary", "Нэгтгэл")                                               \
	X(M_RPT_BY_UNIT, "By responsible unit", "Хариуцсан нэгжээр")                         \
	X(M_RPT_WHOLE_PLAN, "Whole plan", "Нийт төлөвлөгөө")                                 \
	X(M_RPT_NO_UNIT, "(no unit)", "(нэгж заагаагүй)")                                    \
	X(M_RPT_SCHEDULED, "Scheduled", "Төлөвлөсөн")                                        \
	X(M_RPT_YES, "yes", "тийм")                                                          \
	X(M_RPT_NO, "no", "үгүй")                                                            \
	X(M_RPT_NOTHING, "No activity is scheduled or rated in this quarter.",               \
	  "Энэ улиралд төлөвлөсөн буюу үнэлсэн арга хэмжээ алга.")                           \
	X(M_RPT_UNIT_LABEL, "Responsible unit: ", "Хариуцсан нэгж: ")                        \
	X(M_RPT_ORG_LABEL, "Organisation: ", "Байгууллага: ")                                \
	X(M_RPT_DUE, "Due", "Хийх ёстой")                                                    \
	X(M_RPT_OVERDUE, "Overdue", "Хугацаа хэтэрсэн")                                      \
	X(M_RPT_OVERDUE_MARK, "(overdue)", "(хугацаа хэтэрсэн)")                             \
	X(M_RPT_BUDGETS, "Activities due, overdue and budget",                               \
	  "Хийх ёстой, хугацаа хэтэрсэн арга хэмжээ, төсөв")                                 \
	/* (date) */                                                                        \
	X(M_RPT_AS_OF, "As of %s", "%s-ны байдлаар")                                         \
	/* the consolidated report */                                                       \
	/* (quarter name) */                                                                \
	X(M_CONS_TITLE, "Consolidated implementation report, %s",                            \
	  "%s улирлын хэрэгжилтийн нэгтгэсэн тайлан")                                        \
	/* (year, quarter name) */                                                          \
	X(M_CONS_TITLE_YEAR, "Consolidated implementation report for %d, %s",                \
	  "%d оны %s улирлын хэрэгжилтийн нэгтгэсэн тайлан")                                 \
	X(M_CONS_PLAN, "Plan", "Төлөвлөгөө")                                                 \
	X(M_CONS_ORG, "Organisation", "Байгууллага")                                         \
	X(M_CONS_FILE, "File", "Файл")                                                       \
	X(M_CONS_YEAR, "Year", "Он")                                                         \
	X(M_CONS_TOTAL, "Total", "Нийт")                                                     \
	/* (number of plans) */                                                             \
	X(M_CONS_PLANS, "Plans: %zu", "Төлөвлөгөө: %zu")                                     \
	/* xlsx sheet names (at most 31 characters, none of []:*?/\) */                     \
	X(M_SHEET_PLAN, "Plan", "Төлөвлөгөө")                                                \
	X(M_SHEET_REPORT, "Report", "Тайлан")                                                \
	X(M_SHEET_SUMMARY, "Summary", "Нэгтгэл")                                             \
	X(M_XLSX_TOTAL, "Total", "Нийт")                                                     \
	/* errors */                                                                        \
	/* (system error) */                                                                \
	X(M_RPT_E_FOLDER, "cannot read the folder: %s", "хавтсыг уншиж чадсангүй: %s")      \
	X(M_RPT_E_NO_PLANS, "no plan to report on", "тайлагнах төлөвлөгөө алга")             \
	/* (system error) */                                                                \
	X(M_XLSX_E_TEMP, "cannot create a temporary file for the workbook: %s",             \
	  "ажлын номын түр файл үүсгэж чадсангүй: %s")                                       \
	/* (libxlsxwriter's error) */                                                       \
	X(M_XLSX_E_WRITE, "cannot write the workbook: %s", "ажлын номыг бичиж чадсангүй: %s") \
	X(M_EXP_E_FORMAT, "unknown export format", "экспортын формат алга")                  \
	/* the last separator of a list of format names: "csv, md or html" */              \
	X(M_FMT_OR, " or ", " эсвэл ")                                                       \
	/* (format name) */                                                                 \
	X(M_FMT_TERMINAL, "%s is a binary format: write it to a file with -o FILE",          \
	  "%s нь хоёртын формат: -o ФАЙЛ ашиглан файлд бичнэ үү")                           \
	/* consolidated report: a plan that could not be read */                            \
	X(M_CONS_PLANS_UNREAD, "Plans: %zu, %zu could not be read",                          \
	  "Төлөвлөгөө: %zu, үүнээс %zu-г уншиж чадсангүй")                                   \
	X(M_CONS_UNREAD, "could not be read", "уншиж чадсангүй")                             \
	X(M_CONS_UNREAD_AT, "could not be read (line %u, column %u)",                        \
	  "уншиж чадсангүй (%u-р мөр, %u-р багана)")                                         \
	/* (currency) */                                                                    \
	X(M_RPT_BUDGET_CUR, "Budget (%s)", "Төсөв (%s)")

#endif
