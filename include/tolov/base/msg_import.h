/*
 * msg_import.h — the table importer: warnings, errors, summary; part of the one catalog (i18n.h).
 * X(id, English, Mongolian): a message without both texts does not
 * compile. Included by i18n.h only. Warnings take one %s (the cell or
 * the detail), positions come before them ("FILE:POS: warning: ").
 */
#ifndef TOLOV_MSG_IMPORT_H
#define TOLOV_MSG_IMPORT_H

#define TOLOV_MSG_IMPORT(X) \
	X(M_IMPORT_W_DUP_ID, "id used twice, renumbered: %s", \
	  "дугаар давхардсан тул шинээр дугаарлав: %s") \
	X(M_IMPORT_W_GOAL_MADE, "no goal row before these activities: goal %s made", \
	  "эдгээр арга хэмжээний өмнө зорилтын мөр алга: %s зорилт үүсгэв") \
	X(M_IMPORT_W_SCALE, "rating on a scale other than 0-100 kept in the note: %s", \
	  "0-100-аас өөр хэмжүүрийн үнэлгээг тайлбарт хадгалав: %s") \
	X(M_IMPORT_W_RATING, "not a rating (100, 70, 30, 0, ХБ), kept in the note: %s", \
	  "үнэлгээ биш (100, 70, 30, 0, ХБ), тайлбарт хадгалав: %s") \
	X(M_IMPORT_W_SCHEDULE, "schedule not read as quarters, kept as written: %s", \
	  "хугацааг улирлаар уншиж чадсангүй, бичсэнээр нь хадгалав: %s") \
	X(M_IMPORT_W_BUDGET_MERGED, "budget merged over several activities goes to the first: %s", \
	  "хэд хэдэн арга хэмжээнд нэгтгэсэн төсвийг эхнийхэд нь оноов: %s") \
	X(M_IMPORT_W_BEYOND, "text right of the last header column kept in extra: %s", \
	  "толгойн сүүлийн баганаас баруун талын бичвэрийг extra-д хадгалав: %s") \
	X(M_IMPORT_W_UNDER, "activity stands under another goal (activity / goal): %s", \
	  "арга хэмжээ өөр зорилтын дор байна (арга хэмжээ / зорилт): %s") \
	X(M_IMPORT_W_STRAY, "cells before any goal or activity kept in the plan's extra%s", \
	  "зорилт, арга хэмжээний өмнөх нүдийг төлөвлөгөөний extra-д хадгалав%s") \
	X(M_IMPORT_W_TOTAL_DIFF, "total row disagrees with the sum of the budgets: %s", \
	  "нийт дүнгийн мөр төсвүүдийн нийлбэртэй таарахгүй байна: %s") \
	X(M_IMPORT_W_TOTAL, "total row left out: %s", "нийт дүнгийн мөрийг оруулсангүй: %s") \
	X(M_IMPORT_W_HEADER_AGAIN, "repeated header row left out: %s", \
	  "давтагдсан толгой мөрийг оруулсангүй: %s") \
	X(M_IMPORT_W_ORNAMENT, "ornament left out: %s", "чимэглэлийг оруулсангүй: %s") \
	X(M_IMPORT_W_SIGNATURE, "signature line left out: %s", "гарын үсгийн мөрийг оруулсангүй: %s") \
	X(M_IMPORT_W_AFTER, "text after the table left out: %s", \
	  "хүснэгтийн дараах бичвэрийг оруулсангүй: %s") \
	X(M_IMPORT_W_UNREAD, "cell not read as a field, kept in the plan's extra: %s", \
	  "талбар болгон уншаагүй нүдийг төлөвлөгөөний extra-д хадгалав: %s") \
	X(M_IMPORT_E_QUARTER, \
	  "an implementation report (achieved or rating values): say which quarter with --quarter N", \
	  "хэрэгжилтийн тайлан (хүрсэн түвшин эсвэл үнэлгээтэй): аль улирлыг --quarter N-ээр заана уу") \
	X(M_IMPORT_E_NO_HEADER, \
	  "no header line: a plan table needs a row of column names, such as “Хэрэгжүүлэх арга " \
	  "хэмжээ” (Activity), “Шалгуур үзүүлэлт” (Indicator), “Суурь түвшин” (Baseline), “Хүрэх " \
	  "түвшин” (Target), “Төсөв” (Budget), “Хугацаа” (Schedule), “Хариуцах нэгж” (Responsible)", \
	  "толгой мөр алга: төлөвлөгөөний хүснэгтэд “Хэрэгжүүлэх арга хэмжээ”, “Шалгуур " \
	  "үзүүлэлт”, “Суурь түвшин”, “Хүрэх түвшин”, “Төсөв”, “Хугацаа”, “Хариуцах нэгж” зэрэг " \
	  "баганын нэрийн мөр хэрэгтэй") \
	X(M_IMPORT_E_NO_ACTIVITY, \
	  "the header line has no activity column (“Хэрэгжүүлэх арга хэмжээ” or “Activity”) " \
	  "and no column of long texts", \
	  "толгой мөрөнд арга хэмжээний багана (“Хэрэгжүүлэх арга хэмжээ”) ба урт бичвэртэй " \
	  "багана алга") \
	X(M_IMPORT_E_NO_ROWS, "no goal or activity rows after the header line", \
	  "толгой мөрийн дараа зорилт, арга хэмжээний мөр алга") \
	X(M_IMPORT_E_STRICT, "--strict: %u warnings, nothing written", \
	  "--strict: %u анхааруулга, юу ч бичсэнгүй") \
	X(M_IMPORT_SUMMARY, "imported: %u goals, %u activities, %u indicators, %u warnings", \
	  "оруулав: %u зорилт, %u арга хэмжээ, %u шалгуур үзүүлэлт, %u анхааруулга") \

#endif
