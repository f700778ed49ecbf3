/*
 * msg_count.h — counts: a number and what it counts, for every message
 * that prints one ("1 goal", "2 goals", "0 goals"). Each line is
 * N(id, English for one, English for any other count, Mongolian) with one
 * %zu; Mongolian has one form, a noun after a numeral taking no plural
 * ("1 зорилт", "2 зорилт"). Print them with tr_count / tv_count
 * (i18n.h), never with tr(), which gives the English "other" form.
 * Part of the one catalog (i18n.h); shared by every area.
 */
#ifndef TOLOV_MSG_COUNT_H
#define TOLOV_MSG_COUNT_H

#define TOLOV_MSG_COUNT(N)                                                                   \
	N(M_N_GOALS, "%zu goal", "%zu goals", "%zu зорилт")                                  \
	N(M_N_NESTED_GOALS, "%zu nested goal", "%zu nested goals", "%zu дэд зорилт")         \
	N(M_N_ACTIVITIES, "%zu activity", "%zu activities", "%zu арга хэмжээ")               \
	N(M_N_INDICATORS, "%zu indicator", "%zu indicators", "%zu шалгуур үзүүлэлт")          \
	N(M_N_RATINGS, "%zu rating", "%zu ratings", "%zu үнэлгээ")                           \
	N(M_N_WARNINGS, "%zu warning", "%zu warnings", "%zu анхааруулга")                    \
	N(M_N_MORE_ERRORS, "%zu more error", "%zu more errors", "%zu алдаа")                 \
	N(M_N_PLANS, "%zu plan", "%zu plans", "%zu төлөвлөгөө")                              \
	N(M_N_CHANGES, "%zu change", "%zu changes", "%zu өөрчлөлт")                          \
	N(M_N_CONFLICTS, "%zu merge conflict", "%zu merge conflicts",                        \
	  "%zu нийлүүлэлтийн зөрчил")                                                        \
	N(M_N_IDS, "%zu id", "%zu ids", "%zu дугаар")                                        \
	N(M_N_OVERDUE, "%zu overdue", "%zu overdue", "%zu хугацаа хэтэрсэн")

#endif
