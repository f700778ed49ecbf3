/*
 * msg_schema.h — the plan format's field labels and export column names;
 * part of the one catalog (i18n.h), used by the schema table
 * (tolov/plan/schema.h). X(id, English, Mongolian): a message without both
 * texts does not compile. Mongolian column names are the seed table's
 * header names. Included by i18n.h only.
 */
#ifndef TOLOV_MSG_SCHEMA_H
#define TOLOV_MSG_SCHEMA_H

#define TOLOV_MSG_SCHEMA(X) \
	X(M_SK_VERSION, "Format version", "Форматын хувилбар") \
	X(M_SK_ORGANISATION, "Organisation", "Байгууллага") \
	X(M_SK_PLAN_TITLE, "Plan title", "Төлөвлөгөөний нэр") \
	X(M_SK_YEAR, "Year", "Он") \
	X(M_SK_CURRENCY, "Currency", "Мөнгөн тэмдэгт") \
	X(M_SK_EXTRA, "Further columns", "Нэмэлт багана") \
	X(M_SK_GOALS, "Goals", "Зорилтууд") \
	X(M_SK_ID, "ID", "Дугаар") \
	X(M_SK_SECTION, "Section", "Бүлэг") \
	X(M_SK_GOAL_TITLE, "Goal", "Зорилт") \
	X(M_SK_INDICATORS, "Indicators", "Шалгуур үзүүлэлтүүд") \
	X(M_SK_RESPONSIBLE, "Responsible unit", "Хариуцсан нэгж") \
	X(M_SK_ACTIVITIES, "Activities", "Арга хэмжээнүүд") \
	X(M_SK_ACT_TITLE, "Activity", "Арга хэмжээ") \
	X(M_SK_BUDGET, "Budget", "Төсөв") \
	X(M_SK_QUARTERS, "Quarters", "Улирал") \
	X(M_SK_SCHEDULE, "Schedule", "Хугацаа") \
	X(M_SK_STATUS, "Status", "Явц") \
	X(M_SK_IND_NAME, "Indicator", "Шалгуур үзүүлэлт") \
	X(M_SK_UNIT, "Unit of measure", "Хэмжих нэгж") \
	X(M_SK_BASELINE, "Baseline", "Суурь түвшин") \
	X(M_SK_TARGET, "Target", "Хүрэх түвшин") \
	X(M_SK_ACTUAL, "Achieved", "Хүрсэн түвшин") \
	X(M_SK_AMOUNT, "Amount", "Дүн") \
	X(M_SK_SOURCE, "Funding source", "Санхүүгийн эх үүсвэр") \
	X(M_SK_BUDGET_TEXT, "Budget as written", "Төсөв (бичсэнээр)") \
	X(M_SK_Q1, "Q1", "1-р улирал") \
	X(M_SK_Q2, "Q2", "2-р улирал") \
	X(M_SK_Q3, "Q3", "3-р улирал") \
	X(M_SK_Q4, "Q4", "4-р улирал") \
	X(M_SK_RATING, "Rating", "Үнэлгээ") \
	X(M_SK_NOTE, "Note", "Тайлбар") \
	/* short labels: the details panel's; Mongolian in the seed table's \
	 * header words (Хүрэх түвшин, not Зорилт: that is an objective) */ \
	X(M_SL_TITLE, "Title", "Арга хэмжээ") \
	X(M_SL_ID, "Id", "Дугаар") \
	X(M_SL_RESPONSIBLE, "Responsible", "Хариуцсан нэгж") \
	X(M_SL_SCHEDULE, "Schedule", "Хугацаа") \
	X(M_SL_QUARTERS, "Quarters", "Улирал") \
	X(M_SL_AMOUNT, "Budget", "Төсөв") \
	X(M_SL_SOURCE, "Source", "Эх үүсвэр") \
	X(M_SL_BUDGET_TEXT, "Budget text", "Төсөв үгээр") \
	X(M_SL_INDICATOR, "Indicator", "Шалгуур") \
	X(M_SL_UNIT, "Unit", "Хэмжих нэгж") \
	X(M_SL_BASELINE, "Baseline", "Суурь түвшин") \
	X(M_SL_TARGET, "Target", "Хүрэх түвшин") \
	X(M_SL_ACTUAL, "Actual", "Гүйцэтгэл") \
	X(M_SET_HELP_ACT, "activity:", "арга хэмжээ:") \
	X(M_SET_HELP_GOAL, "goal:", "зорилт:") \
	X(M_SET_HELP_INDEX, "indicators.I counts from 0 (indicators.0 is the first); qN is q1 to q4", \
	  "indicators.I нь 0-ээс тоологдоно (indicators.0 нь эхнийх); qN нь q1-q4") \
	X(M_SET_HELP_EXTRA, "extra.KEY is a further column: any KEY; an empty value removes it", \
	  "extra.KEY нь нэмэлт багана: KEY дурын нэр; хоосон утга түүнийг хасна") \
	X(M_COL_ACTIVITY, "Activity", "Хэрэгжүүлэх арга хэмжээ") \
	X(M_COL_INDICATOR, "Performance indicator", "Гүйцэтгэлийн шалгуур үзүүлэлт") \
	X(M_COL_BASELINE, "Baseline", "Суурь түвшин") \
	X(M_COL_TARGET, "Target", "Хүрэх түвшин") \
	X(M_COL_BUDGET, "Budget", "Төсөв") \
	X(M_COL_SCHEDULE, "Schedule", "Хугацаа") \
	X(M_COL_RESPONSIBLE, "Responsible unit", "Хариуцсан нэгж") \

#endif
