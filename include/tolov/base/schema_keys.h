/*
 * schema_keys.h — the rows of the plan format's schema table, as data only
 * (an X-macro list). It lives in the base tier so that the YAML layer can
 * share the format's key names (src/yaml/doc_mem.c) without knowing the
 * plan; everything else reads it through tolov/plan/schema.h, which
 * documents the columns and gives the lookups. Part of the schema module.
 */
#ifndef TOLOV_SCHEMA_KEYS_H
#define TOLOV_SCHEMA_KEYS_H

/*
 * X(id, parent, key, type, child, required, settable, label, column)
 * in the canonical key order of each parent. column is an enum msg for
 * the export column, or NOCOL.
 */
#define NOCOL (-1)
#define SCHEMA_KEYS(X) \
	X(SK_TOLOV,         SP_PLAN,   "tolov",        ST_VERSION,  SP_NONE,   true,  false, M_SK_VERSION,      NOCOL) \
	X(SK_ORGANISATION,  SP_PLAN,   "organisation", ST_TEXT,     SP_NONE,   false, true,  M_SK_ORGANISATION, NOCOL) \
	X(SK_PLAN_TITLE,    SP_PLAN,   "title",        ST_TEXT,     SP_NONE,   true,  true,  M_SK_PLAN_TITLE,   NOCOL) \
	X(SK_YEAR,          SP_PLAN,   "year",         ST_YEAR,     SP_NONE,   false, true,  M_SK_YEAR,         NOCOL) \
	X(SK_CURRENCY,      SP_PLAN,   "currency",     ST_TEXT,     SP_NONE,   false, true,  M_SK_CURRENCY,     NOCOL) \
	X(SK_PLAN_EXTRA,    SP_PLAN,   "extra",        ST_EXTRA,    SP_EXTRA,  false, false, M_SK_EXTRA,        NOCOL) \
	X(SK_GOALS,         SP_PLAN,   "goals",        ST_LIST,     SP_GOAL,   true,  false, M_SK_GOALS,        NOCOL) \
	X(SK_GOAL_ID,       SP_GOAL,   "id",           ST_ID,       SP_NONE,   true,  true,  M_SK_ID,           NOCOL) \
	X(SK_SECTION,       SP_GOAL,   "section",      ST_TEXT,     SP_NONE,   false, true,  M_SK_SECTION,      NOCOL) \
	X(SK_GOAL_TITLE,    SP_GOAL,   "title",        ST_TEXT,     SP_NONE,   true,  true,  M_SK_GOAL_TITLE,   NOCOL) \
	X(SK_GOAL_INDS,     SP_GOAL,   "indicators",   ST_LIST,     SP_IND,    false, false, M_SK_INDICATORS,   NOCOL) \
	X(SK_GOAL_RESP,     SP_GOAL,   "responsible",  ST_TEXT,     SP_NONE,   false, true,  M_SK_RESPONSIBLE,  NOCOL) \
	X(SK_GOAL_EXTRA,    SP_GOAL,   "extra",        ST_EXTRA,    SP_EXTRA,  false, false, M_SK_EXTRA,        NOCOL) \
	X(SK_ACTIVITIES,    SP_GOAL,   "activities",   ST_LIST,     SP_ACT,    false, false, M_SK_ACTIVITIES,   NOCOL) \
	X(SK_SUBGOALS,      SP_GOAL,   "goals",        ST_LIST,     SP_GOAL,   false, false, M_SK_GOALS,        NOCOL) \
	X(SK_ACT_ID,        SP_ACT,    "id",           ST_ID,       SP_NONE,   true,  true,  M_SK_ID,           NOCOL) \
	X(SK_ACT_TITLE,     SP_ACT,    "title",        ST_TEXT,     SP_NONE,   true,  true,  M_SK_ACT_TITLE,    M_COL_ACTIVITY) \
	X(SK_ACT_INDS,      SP_ACT,    "indicators",   ST_LIST,     SP_IND,    false, false, M_SK_INDICATORS,   NOCOL) \
	X(SK_BUDGET,        SP_ACT,    "budget",       ST_MAP,      SP_BUDGET, false, false, M_SK_BUDGET,       M_COL_BUDGET) \
	X(SK_QUARTERS,      SP_ACT,    "quarters",     ST_QUARTERS, SP_NONE,   false, true,  M_SK_QUARTERS,     NOCOL) \
	X(SK_SCHEDULE,      SP_ACT,    "schedule",     ST_TEXT,     SP_NONE,   false, true,  M_SK_SCHEDULE,     M_COL_SCHEDULE) \
	X(SK_ACT_RESP,      SP_ACT,    "responsible",  ST_TEXT,     SP_NONE,   false, true,  M_SK_RESPONSIBLE,  M_COL_RESPONSIBLE) \
	X(SK_STATUS,        SP_ACT,    "status",       ST_MAP,      SP_STATUS, false, false, M_SK_STATUS,       NOCOL) \
	X(SK_ACT_EXTRA,     SP_ACT,    "extra",        ST_EXTRA,    SP_EXTRA,  false, false, M_SK_EXTRA,        NOCOL) \
	X(SK_IND_NAME,      SP_IND,    "name",         ST_TEXT,     SP_NONE,   false, true,  M_SK_IND_NAME,     M_COL_INDICATOR) \
	X(SK_UNIT,          SP_IND,    "unit",         ST_TEXT,     SP_NONE,   false, true,  M_SK_UNIT,         NOCOL) \
	X(SK_BASELINE,      SP_IND,    "baseline",     ST_TEXT,     SP_NONE,   false, true,  M_SK_BASELINE,     M_COL_BASELINE) \
	X(SK_TARGET,        SP_IND,    "target",       ST_TEXT,     SP_NONE,   false, true,  M_SK_TARGET,       M_COL_TARGET) \
	X(SK_ACTUAL,        SP_IND,    "actual",       ST_MAP,      SP_ACTUAL, false, false, M_SK_ACTUAL,       NOCOL) \
	X(SK_IND_EXTRA,     SP_IND,    "extra",        ST_EXTRA,    SP_EXTRA,  false, false, M_SK_EXTRA,        NOCOL) \
	X(SK_AMOUNT,        SP_BUDGET, "amount",       ST_AMOUNT,   SP_NONE,   false, true,  M_SK_AMOUNT,       NOCOL) \
	X(SK_SOURCE,        SP_BUDGET, "source",       ST_TEXT,     SP_NONE,   false, true,  M_SK_SOURCE,       NOCOL) \
	X(SK_BUDGET_TEXT,   SP_BUDGET, "text",         ST_TEXT,     SP_NONE,   false, true,  M_SK_BUDGET_TEXT,  NOCOL) \
	X(SK_STATUS_Q1,     SP_STATUS, "q1",           ST_MAP,      SP_ENTRY,  false, false, M_SK_Q1,           NOCOL) \
	X(SK_STATUS_Q2,     SP_STATUS, "q2",           ST_MAP,      SP_ENTRY,  false, false, M_SK_Q2,           NOCOL) \
	X(SK_STATUS_Q3,     SP_STATUS, "q3",           ST_MAP,      SP_ENTRY,  false, false, M_SK_Q3,           NOCOL) \
	X(SK_STATUS_Q4,     SP_STATUS, "q4",           ST_MAP,      SP_ENTRY,  false, false, M_SK_Q4,           NOCOL) \
	X(SK_RATING,        SP_ENTRY,  "rating",       ST_RATING,   SP_NONE,   false, true,  M_SK_RATING,       NOCOL) \
	X(SK_NOTE,          SP_ENTRY,  "note",         ST_TEXT,     SP_NONE,   false, true,  M_SK_NOTE,         NOCOL) \
	X(SK_ACTUAL_Q1,     SP_ACTUAL, "q1",           ST_TEXT,     SP_NONE,   false, true,  M_SK_Q1,           NOCOL) \
	X(SK_ACTUAL_Q2,     SP_ACTUAL, "q2",           ST_TEXT,     SP_NONE,   false, true,  M_SK_Q2,           NOCOL) \
	X(SK_ACTUAL_Q3,     SP_ACTUAL, "q3",           ST_TEXT,     SP_NONE,   false, true,  M_SK_Q3,           NOCOL) \
	X(SK_ACTUAL_Q4,     SP_ACTUAL, "q4",           ST_TEXT,     SP_NONE,   false, true,  M_SK_Q4,           NOCOL) \

#endif
