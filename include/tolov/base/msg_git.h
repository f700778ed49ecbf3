/*
 * msg_git.h — tolov diff, log, merge and git-setup; part of the one catalog (i18n.h).
 * X(id, English, Mongolian): a message without both texts does not
 * compile. Included by i18n.h only.
 *
 * Field paths (status.q2.rating), ids, command and option names stay as
 * they are in both languages.
 */
#ifndef TOLOV_MSG_GIT_H
#define TOLOV_MSG_GIT_H

#define TOLOV_MSG_GIT(X) \
	X(M_GIT_NONE, "(none)", "(байхгүй)") \
	X(M_GIT_PLAN, "plan", "төлөвлөгөө") \
	X(M_GIT_GOAL, "goal", "зорилт") \
	X(M_GIT_ADDED, "added", "нэмэгдсэн") \
	X(M_GIT_REMOVED, "removed", "хасагдсан") \
	X(M_GIT_MOVED, "moved from goal %s to goal %s", "%s зорилтоос %s зорилт руу шилжсэн") \
	X(M_GIT_ACTS_ORDER, "activities in another order", "арга хэмжээний дараалал өөрчлөгдсөн") \
	X(M_GIT_GOALS_ORDER, "goals in another order", "зорилтын дараалал өөрчлөгдсөн") \
	X(M_GIT_PROGRESS, "progress", "гүйцэтгэл") \
	X(M_GIT_LAYOUT_ONLY, "no difference in the plan: the files differ only in layout", \
	  "төлөвлөгөөнд ялгаа алга: файлууд зөвхөн бичлэгийн хэлбэрээр ялгаатай") \
	X(M_GIT_NOT_PLAN, "note: %s is not a tolov plan; showing a text diff", \
	  "note: %s нь tolov төлөвлөгөө биш тул текстийн ялгааг харуулав") \
	X(M_GIT_STAT_CHANGED, "changed", "өөрчлөгдсөн") \
	X(M_GIT_STAT_TOTAL, "%zu changes", "%zu өөрчлөлт") \
	X(M_GIT_COL_ID, "id", "дугаар") \
	X(M_GIT_COL_CHANGE, "change", "өөрчлөлт") \
	X(M_GIT_COL_OLD, "old", "хуучин") \
	X(M_GIT_COL_NEW, "new", "шинэ") \
	X(M_GIT_DIFF_TITLE, "Changes", "Өөрчлөлтүүд") \
	X(M_GIT_CONFLICTS, "%s: %zu merge conflicts left in the file", \
	  "%s: файлд %zu нийлүүлэлтийн зөрчил үлдсэн") \
	X(M_GIT_CONFLICT_FIELD, "%s: conflict: %s %s changed on both sides: ours %s, theirs %s", \
	  "%s: зөрчил: %s %s хоёр талд өөрөөр өөрчлөгдсөн: манайх %s, тэднийх %s") \
	X(M_GIT_CONFLICT_ORDER, "%s: conflict: %s reordered differently on both sides; ours kept", \
	  "%s: зөрчил: %s хоёр талд өөр дараалалд орсон; манайхыг үлдээв") \
	X(M_GIT_CONFLICT_DELETE, "%s: conflict: %s deleted on one side and changed on the other", \
	  "%s: зөрчил: %s нэг талд устгагдаж нөгөө талд өөрчлөгдсөн") \
	X(M_GIT_CONFLICT_ADDED, "%s: conflict: %s added on both sides", \
	  "%s: зөрчил: %s хоёр талд нэмэгдсэн") \
	X(M_GIT_FALLBACK, "note: %s: not merged as a plan (%s); using git merge-file", \
	  "note: %s: төлөвлөгөө байдлаар нийлүүлээгүй (%s); git merge-file ашиглав") \
	X(M_GIT_UNRESOLVED, "unresolved merge conflict at line %u: ours %s, theirs %s", \
	  "%u-р мөрөнд шийдэгдээгүй нийлүүлэлтийн зөрчил: манайх %s, тэднийх %s") \
	X(M_GIT_NO_HISTORY, "no commits change this", "үүнийг өөрчилсөн commit алга") \
	X(M_GIT_LOG_ADDED_FILE, "the plan file was added", "төлөвлөгөөний файл нэмэгдсэн") \
	X(M_GIT_LOG_RENUMBERED, "%s had the id %s before this commit", "%s нь энэ commit-оос өмнө %s дугаартай байсан") \
	X(M_GIT_LOG_NOT_PLAN, "not a tolov plan in this commit", "энэ commit-д tolov төлөвлөгөө биш") \
	X(M_GIT_LOG_NO_ID, "no goal or activity has the id %s", "%s дугаартай зорилт, арга хэмжээ алга") \
	X(M_GIT_SETUP_ADDED, "added to %s: %s", "%s-д нэмэв: %s") \
	X(M_GIT_SETUP_SET, "set in %s: %s = %s", "%s-д тохируулав: %s = %s") \
	X(M_GIT_SETUP_NOTHING, "git is already set up for tolov plans", \
	  "git аль хэдийн tolov төлөвлөгөөнд тохируулагдсан") \

#endif
