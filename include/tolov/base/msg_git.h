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
	/* synopses and help (the command table, src/cli/commands.c) */ \
	X(M_GIT_DIFF_SYNOPSIS, "diff OLD NEW | diff [REV [REV]] [--] FILE", \
	  "diff ХУУЧИН ШИНЭ | diff [ХУВИЛБАР [ХУВИЛБАР]] [--] ФАЙЛ") \
	X(M_GIT_DIFF_HELP, \
	  "Show what differs between two versions of a plan, in plan words.\n" \
	  "OLD NEW are two files; with git, no REV compares HEAD with the working\n" \
	  "FILE, one REV compares it with the working FILE, two compare them.\n" \
	  "Layout-only changes are no difference. As git's diff driver\n" \
	  "(diff.tolov.command) it takes git's seven arguments and exits 0.\n" \
	  "Exit status: 0 equal, 1 different, 2 trouble.\n" \
	  "\n" \
	  "Options:\n" \
	  "  -f, --format=FORMAT  text, md or json\n" \
	  "      --stat           count the changes per goal\n" \
	  "      --color[=WHEN]   always, never or auto (default: on a terminal,\n" \
	  "                       unless NO_COLOR is set)\n" \
	  "      --no-color       the same as --color=never\n" \
	  "  -o, --output=OUT     write to the file OUT (- or none: standard output)\n", \
	  "Төлөвлөгөөний хоёр хувилбарын ялгааг харуулна.\n" \
	  "Ялгааг төлөвлөгөөний үгээр (дугаар, талбар) хэлнэ.\n" \
	  "ХУУЧИН ШИНЭ нь хоёр файл; git-тэй бол ХУВИЛБАРгүй нь HEAD-ийг ажлын ФАЙЛтай,\n" \
	  "нэг ХУВИЛБАР түүнийг ажлын ФАЙЛтай, хоёр ХУВИЛБАР хоорондоо харьцуулна.\n" \
	  "Зөвхөн бичлэгийн хэлбэрийн өөрчлөлт ялгаа биш. git-ийн diff драйвер\n" \
	  "(diff.tolov.command) болоход git-ийн долоон аргументыг аваад 0 буцаана.\n" \
	  "Гарах төлөв: 0 ижил, 1 ялгаатай, 2 алдаа.\n" \
	  "\n" \
	  "Сонголтууд:\n" \
	  "  -f, --format=ФОРМАТ  text, md эсвэл json\n" \
	  "      --stat           зорилт бүрийн өөрчлөлтийг тоолно\n" \
	  "      --color[=ХЭЗЭЭ]  always, never эсвэл auto (анхдагч: терминал дээр,\n" \
	  "                       NO_COLOR тохируулаагүй бол)\n" \
	  "      --no-color       --color=never-тэй адил\n" \
	  "  -o, --output=ГАРАЛТ  ГАРАЛТ файлд бичнэ (- эсвэл өгөхгүй бол стандарт гаралт)\n") \
	X(M_GIT_MERGE_SYNOPSIS, "merge BASE OURS THEIRS [PATH]", \
	  "merge СУУРЬ МАНАЙХ ТЭДНИЙХ [ЗАМ]") \
	X(M_GIT_MERGE_HELP, \
	  "Merge two versions of a plan by id, field by field.\n" \
	  "This is git's merge driver (tolov git-setup configures it). The result\n" \
	  "is written to OURS; conflicts are marked around the lines of the field.\n" \
	  "A file that is not a plan is merged by git merge-file.\n" \
	  "Exit status: 0 merged, 1 conflicts left, 2 trouble.\n", \
	  "Хоёр хувилбарыг дугаараар, талбар бүрээр нийлүүлнэ.\n" \
	  "Энэ нь git-ийн merge драйвер (tolov git-setup тохируулна). Үр дүнг МАНАЙХ\n" \
	  "файлд бичнэ; зөрчлийг талбарын мөрүүдийн эргэн тойронд тэмдэглэнэ.\n" \
	  "Төлөвлөгөө биш файлыг git merge-file нийлүүлнэ.\n" \
	  "Гарах төлөв: 0 нийлсэн, 1 зөрчил үлдсэн, 2 алдаа.\n") \
	X(M_GIT_LOG_SYNOPSIS, "log FILE [ID[.PATH]] [--since DATE] [--format text|json]", \
	  "log ФАЙЛ [ДУГААР[.ЗАМ]] [--since ОГНОО] [--format text|json]") \
	X(M_GIT_LOG_HELP, \
	  "The history of a plan, an activity or one field, through git.\n" \
	  "Newest first: commit, author, date and what changed. ID may be a goal\n" \
	  "(its activities included). Renames of the file and ids changed in a\n" \
	  "commit are followed.\n" \
	  "\n" \
	  "Options:\n" \
	  "      --since=DATE     only commits after DATE (any date git understands)\n" \
	  "  -f, --format=FORMAT  text or json\n" \
	  "      --follow         follow renames (always done)\n" \
	  "      --color[=WHEN]   always, never or auto (default: on a terminal,\n" \
	  "                       unless NO_COLOR is set)\n" \
	  "      --no-color       the same as --color=never\n" \
	  "  -o, --output=OUT     write to the file OUT (- or none: standard output)\n", \
	  "Төлөвлөгөө, арга хэмжээ эсвэл нэг талбарын түүх, git-ээс.\n" \
	  "Шинээс нь эхлэн: commit, зохиогч, огноо, юу өөрчлөгдсөн. ДУГААР нь зорилт\n" \
	  "байж болно (арга хэмжээнүүдийнх нь хамт). Файлын нэр солигдсон, commit-д\n" \
	  "дугаар өөрчлөгдсөнийг мөрдөнө.\n" \
	  "\n" \
	  "Сонголтууд:\n" \
	  "      --since=ОГНОО    ОГНООноос хойшхи commit (git-ийн ойлгох огноо)\n" \
	  "  -f, --format=ФОРМАТ  text эсвэл json\n" \
	  "      --follow         нэр солигдсоныг мөрдөнө (үргэлж)\n" \
	  "      --color[=ХЭЗЭЭ]  always, never эсвэл auto (анхдагч: терминал дээр,\n" \
	  "                       NO_COLOR тохируулаагүй бол)\n" \
	  "      --no-color       --color=never-тэй адил\n" \
	  "  -o, --output=ГАРАЛТ  ГАРАЛТ файлд бичнэ (- эсвэл өгөхгүй бол стандарт гаралт)\n") \
	X(M_GIT_SETUP_SYNOPSIS, "git-setup [--global]", "git-setup [--global]") \
	X(M_GIT_SETUP_HELP, \
	  "Set git up to diff and merge tolov plans.\n" \
	  "Writes the .gitattributes line and the git config of the diff and merge\n" \
	  "drivers, and shows what it changed; running it again changes nothing.\n" \
	  "\n" \
	  "Options:\n" \
	  "      --global  for every repository of your account\n", \
	  "tolov төлөвлөгөөг харьцуулах, нийлүүлэхээр git-ийг тохируулна.\n" \
	  ".gitattributes мөр, diff ба merge драйверын git тохиргоог бичиж, юуг\n" \
	  "өөрчилснөө харуулна; дахин ажиллуулахад юу ч өөрчлөхгүй.\n" \
	  "\n" \
	  "Сонголтууд:\n" \
	  "      --global  таны бүх репозиторид\n") \
	/* usage errors */ \
	X(M_GIT_DIFF_ARGS, "diff needs OLD NEW, or [REV [REV]] [--] FILE", \
	  "diff тушаалд ХУУЧИН ШИНЭ, эсвэл [ХУВИЛБАР [ХУВИЛБАР]] [--] ФАЙЛ хэрэгтэй") \
	X(M_GIT_BAD_DIFF_FORMAT, "unknown format '%s': use text, md or json", \
	  "'%s' гэсэн формат алга: text, md эсвэл json хэрэглэнэ үү") \
	X(M_GIT_BAD_LOG_FORMAT, "unknown format '%s': use text or json", \
	  "'%s' гэсэн формат алга: text эсвэл json хэрэглэнэ үү") \
	X(M_GIT_BAD_COLOR, "--color takes always, never or auto, not '%s'", \
	  "--color нь always, never эсвэл auto авна, '%s' биш") \
	X(M_GIT_MERGE_ARGS, "merge needs BASE OURS THEIRS [PATH]", \
	  "merge тушаалд СУУРЬ МАНАЙХ ТЭДНИЙХ [ЗАМ] хэрэгтэй") \
	X(M_GIT_LOG_ARGS, "log needs FILE [ID[.PATH]]", "log тушаалд ФАЙЛ [ДУГААР[.ЗАМ]] хэрэгтэй") \
	X(M_GIT_SETUP_ARGS, "git-setup takes no FILE; run it inside the repository", \
	  "git-setup ФАЙЛ авахгүй; репозиторийн дотор ажиллуулна уу") \
	/* errors */ \
	X(M_GIT_E_RUN, "cannot run git: %s", "git ажиллуулж чадсангүй: %s") \
	X(M_GIT_E_NOT_REV, "'%s' is not a revision", "'%s' нь хувилбар биш") \
	X(M_GIT_E_AT_REV, "git cannot give %s at %s: %s", "git %s-г %s хувилбарт олсонгүй: %s") \
	X(M_GIT_E_LOG, "git log: %s", "git log: %s") \
	X(M_GIT_E_NOT_DATE, "'%s' is not a date", "'%s' нь огноо биш") \
	X(M_GIT_E_SETUP, "%s", "%s") \
	X(M_GIT_E_CANNOT_SET, "theirs changed %s of %s, which a field-by-field merge cannot make yet", \
	  "тэднийх %s талбарыг (%s) өөрчилсөн; талбар бүрээр нийлүүлэхэд үүнийг хараахан хийж чадахгүй") \
	X(M_GIT_E_NOT_CARRIED, "theirs changed something a field-by-field merge does not carry", \
	  "тэднийх талбар бүрээр нийлүүлэхэд багтахгүй зүйл өөрчилсөн") \
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
	X(M_GIT_COL_ID, "id", "дугаар") \
	X(M_GIT_COL_CHANGE, "change", "өөрчлөлт") \
	X(M_GIT_COL_OLD, "old", "хуучин") \
	X(M_GIT_COL_NEW, "new", "шинэ") \
	X(M_GIT_DIFF_TITLE, "Changes", "Өөрчлөлтүүд") \
	X(M_GIT_CONFLICTS, "%s: %s left in the file", \
	  "%s: файлд %s үлдсэн") \
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
