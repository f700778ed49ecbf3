/*
 * schema_keys.h — the rows of the plan format's schema table, as data only
 * (an X-macro list). It lives in the base tier so that the YAML layer can
 * share the format's key names (src/yaml/doc_mem.c) without knowing the
 * plan; everything else reads it through tolov/plan/schema.h, which
 * documents the columns and gives the lookups. Part of the schema module.
 * Expand it with a macro that names the columns it uses and takes the rest
 * as "..." (X(id, parent, key, ...)), so a new column changes no reader.
 */
#ifndef TOLOV_SCHEMA_KEYS_H
#define TOLOV_SCHEMA_KEYS_H

/*
 * X(id, parent, key, type, child, required, settable, label, short_label,
 *   column, panel, field)
 * in the canonical key order of each parent:
 *   label        enum msg: the field's name in full (reports, exports);
 *   short_label  enum msg: its short name, the details panel's label
 *                (Mongolian: the seed table's header words), or NOCOL;
 *   column       enum msg of the export column, or NOCOL;
 *   panel        PANEL(part, rank, lines, when): where the details panel
 *                shows it (tolov/plan/schema.h), or NOPANEL;
 *   field        FIELD(struct, member): where the model keeps it (made an
 *                offsetof where struct plan is known), or NOFIELD.
 */
#define NOCOL (-1)
#define SCHEMA_KEYS(X) \
	X(SK_TOLOV,         SP_PLAN,    "tolov",       ST_VERSION,   SP_NONE,    true,   false,  M_SK_VERSION,       NOCOL,             NOCOL,              NOPANEL,                                      FIELD(plan, format)) \
	X(SK_ORGANISATION,  SP_PLAN,    "organisation", ST_TEXT,      SP_NONE,    false,  true,   M_SK_ORGANISATION,  NOCOL,             NOCOL,              NOPANEL,                                      FIELD(plan, organisation)) \
	X(SK_PLAN_TITLE,    SP_PLAN,    "title",       ST_TEXT,      SP_NONE,    true,   true,   M_SK_PLAN_TITLE,    NOCOL,             NOCOL,              NOPANEL,                                      FIELD(plan, title)) \
	X(SK_YEAR,          SP_PLAN,    "year",        ST_YEAR,      SP_NONE,    false,  true,   M_SK_YEAR,          NOCOL,             NOCOL,              NOPANEL,                                      FIELD(plan, year)) \
	X(SK_CURRENCY,      SP_PLAN,    "currency",    ST_TEXT,      SP_NONE,    false,  true,   M_SK_CURRENCY,      NOCOL,             NOCOL,              NOPANEL,                                      FIELD(plan, currency)) \
	X(SK_PLAN_EXTRA,    SP_PLAN,    "extra",       ST_EXTRA,     SP_EXTRA,   false,  false,  M_SK_EXTRA,         NOCOL,             NOCOL,              NOPANEL,                                      FIELD(plan, extra)) \
	X(SK_GOALS,         SP_PLAN,    "goals",       ST_LIST,      SP_GOAL,    true,   false,  M_SK_GOALS,         NOCOL,             NOCOL,              NOPANEL,                                      NOFIELD) \
	X(SK_GOAL_ID,       SP_GOAL,    "id",          ST_ID,        SP_NONE,    true,   true,   M_SK_ID,            NOCOL,             NOCOL,              NOPANEL,                                      FIELD(goal, id)) \
	X(SK_SECTION,       SP_GOAL,    "section",     ST_TEXT,      SP_NONE,    false,  true,   M_SK_SECTION,       NOCOL,             NOCOL,              NOPANEL,                                      FIELD(goal, section)) \
	X(SK_GOAL_TITLE,    SP_GOAL,    "title",       ST_TEXT,      SP_NONE,    true,   true,   M_SK_GOAL_TITLE,    NOCOL,             NOCOL,              NOPANEL,                                      FIELD(goal, title)) \
	X(SK_GOAL_INDS,     SP_GOAL,    "indicators",  ST_LIST,      SP_IND,     false,  false,  M_SK_INDICATORS,    NOCOL,             NOCOL,              NOPANEL,                                      NOFIELD) \
	X(SK_GOAL_RESP,     SP_GOAL,    "responsible", ST_TEXT,      SP_NONE,    false,  true,   M_SK_RESPONSIBLE,   NOCOL,             NOCOL,              NOPANEL,                                      FIELD(goal, responsible)) \
	X(SK_GOAL_EXTRA,    SP_GOAL,    "extra",       ST_EXTRA,     SP_EXTRA,   false,  false,  M_SK_EXTRA,         NOCOL,             NOCOL,              NOPANEL,                                      FIELD(goal, extra)) \
	X(SK_ACTIVITIES,    SP_GOAL,    "activities",  ST_LIST,      SP_ACT,     false,  false,  M_SK_ACTIVITIES,    NOCOL,             NOCOL,              NOPANEL,                                      NOFIELD) \
	X(SK_SUBGOALS,      SP_GOAL,    "goals",       ST_LIST,      SP_GOAL,    false,  false,  M_SK_GOALS,         NOCOL,             NOCOL,              NOPANEL,                                      NOFIELD) \
	X(SK_ACT_ID,        SP_ACT,     "id",          ST_ID,        SP_NONE,    true,   true,   M_SK_ID,            M_SL_ID,           NOCOL,              PANEL(PNL_BODY, 2, 1, PW_ALWAYS),             FIELD(activity, id)) \
	X(SK_ACT_TITLE,     SP_ACT,     "title",       ST_TEXT,      SP_NONE,    true,   true,   M_SK_ACT_TITLE,     M_SL_TITLE,        M_COL_ACTIVITY,     PANEL(PNL_BODY, 1, 0, PW_ALWAYS),             FIELD(activity, title)) \
	X(SK_ACT_INDS,      SP_ACT,     "indicators",  ST_LIST,      SP_IND,     false,  false,  M_SK_INDICATORS,    NOCOL,             NOCOL,              NOPANEL,                                      NOFIELD) \
	X(SK_BUDGET,        SP_ACT,     "budget",      ST_MAP,       SP_BUDGET,  false,  false,  M_SK_BUDGET,        NOCOL,             M_COL_BUDGET,       NOPANEL,                                      FIELD(activity, budget)) \
	X(SK_QUARTERS,      SP_ACT,     "quarters",    ST_QUARTERS,  SP_NONE,    false,  true,   M_SK_QUARTERS,      M_SL_QUARTERS,     NOCOL,              PANEL(PNL_BODY, 5, 1, PW_ALWAYS),             FIELD(activity, quarters)) \
	X(SK_SCHEDULE,      SP_ACT,     "schedule",    ST_TEXT,      SP_NONE,    false,  true,   M_SK_SCHEDULE,      M_SL_SCHEDULE,     M_COL_SCHEDULE,     PANEL(PNL_BODY, 4, 1, PW_ALWAYS),             FIELD(activity, schedule)) \
	X(SK_ACT_RESP,      SP_ACT,     "responsible", ST_TEXT,      SP_NONE,    false,  true,   M_SK_RESPONSIBLE,   M_SL_RESPONSIBLE,  M_COL_RESPONSIBLE,  PANEL(PNL_BODY, 3, 1, PW_ALWAYS),             FIELD(activity, responsible)) \
	X(SK_STATUS,        SP_ACT,     "status",      ST_MAP,       SP_STATUS,  false,  false,  M_SK_STATUS,        NOCOL,             NOCOL,              NOPANEL,                                      FIELD(activity, st)) \
	X(SK_ACT_EXTRA,     SP_ACT,     "extra",       ST_EXTRA,     SP_EXTRA,   false,  false,  M_SK_EXTRA,         NOCOL,             NOCOL,              PANEL(PNL_BODY, 9, 2, PW_SET),                FIELD(activity, extra)) \
	X(SK_IND_NAME,      SP_IND,     "name",        ST_TEXT,      SP_NONE,    false,  true,   M_SK_IND_NAME,      M_SL_INDICATOR,    M_COL_INDICATOR,    PANEL(PNL_HEAD, 1, 2, PW_ALWAYS),             FIELD(indicator, name)) \
	X(SK_UNIT,          SP_IND,     "unit",        ST_TEXT,      SP_NONE,    false,  true,   M_SK_UNIT,          M_SL_UNIT,         NOCOL,              PANEL(PNL_TAIL, 1, 1, PW_SET),                FIELD(indicator, unit)) \
	X(SK_BASELINE,      SP_IND,     "baseline",    ST_TEXT,      SP_NONE,    false,  true,   M_SK_BASELINE,      M_SL_BASELINE,     M_COL_BASELINE,     PANEL(PNL_HEAD, 2, 3, PW_ALWAYS),             FIELD(indicator, baseline)) \
	X(SK_TARGET,        SP_IND,     "target",      ST_TEXT,      SP_NONE,    false,  true,   M_SK_TARGET,        M_SL_TARGET,       M_COL_TARGET,       PANEL(PNL_HEAD, 3, 3, PW_ALWAYS),             FIELD(indicator, target)) \
	X(SK_ACTUAL,        SP_IND,     "actual",      ST_MAP,       SP_ACTUAL,  false,  false,  M_SK_ACTUAL,        M_SL_ACTUAL,       NOCOL,              PANEL(PNL_HEAD | PNL_TAIL, 4, 3, PW_ALWAYS),  FIELD(indicator, actual)) \
	X(SK_IND_EXTRA,     SP_IND,     "extra",       ST_EXTRA,     SP_EXTRA,   false,  false,  M_SK_EXTRA,         NOCOL,             NOCOL,              PANEL(PNL_TAIL, 5, 2, PW_SET),                FIELD(indicator, extra)) \
	X(SK_AMOUNT,        SP_BUDGET,  "amount",      ST_AMOUNT,    SP_NONE,    false,  true,   M_SK_AMOUNT,        M_SL_AMOUNT,       NOCOL,              PANEL(PNL_BODY, 6, 1, PW_ALWAYS),             FIELD(activity, budget.amount)) \
	X(SK_SOURCE,        SP_BUDGET,  "source",      ST_TEXT,      SP_NONE,    false,  true,   M_SK_SOURCE,        M_SL_SOURCE,       NOCOL,              PANEL(PNL_BODY, 7, 1, PW_ALWAYS),             FIELD(activity, budget.source)) \
	X(SK_BUDGET_TEXT,   SP_BUDGET,  "text",        ST_TEXT,      SP_NONE,    false,  true,   M_SK_BUDGET_TEXT,   M_SL_BUDGET_TEXT,  NOCOL,              PANEL(PNL_BODY, 8, 2, PW_SET),                FIELD(activity, budget.text)) \
	X(SK_STATUS_Q1,     SP_STATUS,  "q1",          ST_MAP,       SP_ENTRY,   false,  false,  M_SK_Q1,            NOCOL,             NOCOL,              NOPANEL,                                      FIELD(activity, st[0])) \
	X(SK_STATUS_Q2,     SP_STATUS,  "q2",          ST_MAP,       SP_ENTRY,   false,  false,  M_SK_Q2,            NOCOL,             NOCOL,              NOPANEL,                                      FIELD(activity, st[1])) \
	X(SK_STATUS_Q3,     SP_STATUS,  "q3",          ST_MAP,       SP_ENTRY,   false,  false,  M_SK_Q3,            NOCOL,             NOCOL,              NOPANEL,                                      FIELD(activity, st[2])) \
	X(SK_STATUS_Q4,     SP_STATUS,  "q4",          ST_MAP,       SP_ENTRY,   false,  false,  M_SK_Q4,            NOCOL,             NOCOL,              NOPANEL,                                      FIELD(activity, st[3])) \
	X(SK_RATING,        SP_ENTRY,   "rating",      ST_RATING,    SP_NONE,    false,  true,   M_SK_RATING,        NOCOL,             NOCOL,              NOPANEL,                                      FIELD(status, rating)) \
	X(SK_NOTE,          SP_ENTRY,   "note",        ST_TEXT,      SP_NONE,    false,  true,   M_SK_NOTE,          NOCOL,             NOCOL,              NOPANEL,                                      FIELD(status, note)) \
	X(SK_ACTUAL_Q1,     SP_ACTUAL,  "q1",          ST_TEXT,      SP_NONE,    false,  true,   M_SK_Q1,            NOCOL,             NOCOL,              NOPANEL,                                      FIELD(indicator, actual[0])) \
	X(SK_ACTUAL_Q2,     SP_ACTUAL,  "q2",          ST_TEXT,      SP_NONE,    false,  true,   M_SK_Q2,            NOCOL,             NOCOL,              NOPANEL,                                      FIELD(indicator, actual[1])) \
	X(SK_ACTUAL_Q3,     SP_ACTUAL,  "q3",          ST_TEXT,      SP_NONE,    false,  true,   M_SK_Q3,            NOCOL,             NOCOL,              NOPANEL,                                      FIELD(indicator, actual[2])) \
	X(SK_ACTUAL_Q4,     SP_ACTUAL,  "q4",          ST_TEXT,      SP_NONE,    false,  true,   M_SK_Q4,            NOCOL,             NOCOL,              NOPANEL,                                      FIELD(indicator, actual[3])) \

#endif
