/*
 * msg_err.h — errors and warnings of the core (files, YAML, loader, edits,
 * saves, locks, recovery), as codes with arguments; part of the one catalog
 * (i18n.h). X(id, English, Mongolian): a message without both texts does
 * not compile. Both texts take the same printf conversions in the same
 * order (tests/unit/test_i18n.c); set them with tv_err_at (util.h), whose
 * shape argument names those conversions (tests/check-msgargs.sh).
 * Included by i18n.h only.
 */
#ifndef TOLOV_MSG_ERR_H
#define TOLOV_MSG_ERR_H

#define TOLOV_MSG_ERR(X)                                                                    \
	/* files (src/base/util.c) */                                                        \
	X(M_E_OPEN, "cannot open: %s", "нээж чадсангүй: %s")                                 \
	X(M_E_READ, "cannot read: %s", "уншиж чадсангүй: %s")                                \
	X(M_E_IS_FOLDER, "is a folder, not a file", "файл биш, хавтас байна")                \
	X(M_E_FILE_SIZE, "file is %lld bytes, over the %zu-byte limit",                      \
	  "файл %lld байт, %zu байтын хязгаараас их байна")                                  \
	X(M_E_FILE_OVER, "file is over the %zu-byte limit",                                  \
	  "файл %zu байтын хязгаараас их байна")                                             \
	X(M_E_OOM, "out of memory", "санах ой хүрэлцсэнгүй")                                 \
	/* YAML (src/yaml/doc.c) */                                                          \
	X(M_E_TOO_LARGE, "file is too large", "файл хэт том байна")                          \
	X(M_E_TWO_DOCS, "more than one document in the file; a plan file holds one",         \
	  "файлд нэгээс олон баримт байна; төлөвлөгөөний файл ганц баримттай байна")         \
	X(M_E_KEY_IS_MAP, "a key must be plain text, not a mapping",                         \
	  "түлхүүр энгийн текст байх ёстой, mapping биш")                                    \
	X(M_E_KEY_IS_LIST, "a key must be plain text, not a list",                           \
	  "түлхүүр энгийн текст байх ёстой, жагсаалт биш")                                   \
	X(M_E_NESTING, "nesting deeper than %d levels", "%d-аас олон түвшин шигтгэсэн байна") \
	X(M_E_DUP_KEY, "duplicate key '%s' (first at line %u)",                              \
	  "'%s' түлхүүр давхардсан (эхнийх нь %u-р мөрөнд)")                                 \
	X(M_E_LONE_CR,                                                                       \
	  "a carriage return without a line feed; save the file with LF or CRLF line ends",  \
	  "мөр шилжүүлэлтгүй CR тэмдэгт байна; файлыг LF эсвэл CRLF мөрийн төгсгөлтэйгээр "  \
	  "хадгална уу")                                                                     \
	X(M_E_BAD_UTF8, "invalid UTF-8 (%s); plan files are UTF-8 text",                     \
	  "UTF-8 буруу (%s); төлөвлөгөөний файл UTF-8 текст байна")                          \
	X(M_E_NOT_TEXT, "%s; this does not look like a text file",                           \
	  "%s; энэ текст файл биш бололтой")                                                 \
	X(M_E_YAML_AT_LINE, "invalid YAML: %s at line %zu: %s",                              \
	  "YAML буруу: %s (%zu-р мөр): %s")                                                  \
	X(M_E_YAML_CONTEXT, "invalid YAML: %s %s", "YAML буруу: %s %s")                      \
	X(M_E_YAML, "invalid YAML: %s", "YAML буруу: %s")                                    \
	X(M_E_ALIAS, "aliases (*%s) are not allowed in plan files; write the value out",     \
	  "төлөвлөгөөний файлд alias (*%s) хэрэглэхгүй; утгыг бүтнээр нь бичнэ үү")          \
	X(M_E_KEY_NUL, "a key must not contain a NUL character (\\0)",                       \
	  "түлхүүрт NUL тэмдэгт (\\0) байж болохгүй")                                        \
	X(M_N_FIRST_KEY, "'%s' is first used here", "'%s' эхлээд энд байна")                   \
	X(M_N_FIRST_ID, "\"%s\" is first used here", "\"%s\" эхлээд энд байна")               \
	/* locks (src/io/lock.c) */                                                          \
	X(M_E_LOCK_SYMLINK,                                                                  \
	  "the lock file is a symbolic link; tolov does not follow it: remove it if nobody "  \
	  "else is editing the plan",                                                        \
	  "түгжээний файл нь симбол холбоос байна; tolov түүнийг дагахгүй: төлөвлөгөөг өөр " \
	  "хүн засахгүй байгаа бол түүнийг устгана уу")                                      \
	X(M_E_LOCK_NOT_REGULAR,                                                              \
	  "the lock file is not a regular file; remove it if nobody else is editing the plan", \
	  "түгжээний файл энгийн файл биш байна; төлөвлөгөөг өөр хүн засахгүй байгаа бол "   \
	  "түүнийг устгана уу")                                                              \
	X(M_E_LOCK_READ, "cannot read the lock file: %s",                                    \
	  "түгжээний файлыг уншиж чадсангүй: %s")                                            \
	X(M_E_LOCK_CREATE, "cannot create the lock file: %s",                                \
	  "түгжээний файлыг үүсгэж чадсангүй: %s")                                           \
	X(M_E_LOCK_WRITE, "cannot write the lock file: %s",                                  \
	  "түгжээний файлд бичиж чадсангүй: %s")                                             \
	X(M_E_LOCK_FLICKER, "the lock file keeps appearing and disappearing; try again",     \
	  "түгжээний файл гарч ирээд алга болсоор байна; дахин оролдоно уу")                 \
	X(M_E_LOCK_NOTHING_TO_TAKE, "no lock held by another to take over",                  \
	  "өөр хүний эзэмшиж буй, авах түгжээ алга")                                         \
	X(M_E_LOCK_REMOVE, "cannot remove the old lock file: %s",                            \
	  "хуучин түгжээний файлыг устгаж чадсангүй: %s")                                    \
	X(M_E_LOCK_HELD, "the plan is being edited by %s; use --ignore-lock to change it anyway", \
	  "төлөвлөгөөг %s засаж байна; заавал өөрчлөх бол --ignore-lock хэрэглэнэ үү")        \
	X(M_LOCK_WHO, "%s on %s", "%s (%s дээр)")                                            \
	X(M_LOCK_PROCESS, " (process %ld)", " (процесс %ld)")                                \
	X(M_LOCK_SINCE, " since %s", ", %s-аас хойш")                                        \
	/* recovery files (src/io/recover.c) */                                              \
	X(M_E_RECOVER_WRITE, "cannot write the recovery file %s: %s",                        \
	  "сэргээх файл %s-г бичиж чадсангүй: %s")                                           \
	X(M_E_RECOVER_NAMES_TAKEN, "every recovery name is taken",                           \
	  "сэргээх файлын бүх нэр эзэлсэн байна")                                            \
	X(M_E_RECOVER_FIND, "cannot look for recovery files in %s: %s",                      \
	  "%s хавтаст сэргээх файл хайж чадсангүй: %s")                                      \
	/* words put into other messages, in the language current when the                         \
	 * error is set (src/plan/plan.c, src/edit/edit.c) */                                      \
	X(M_KIND_MAP, "a mapping", "mapping")                                                      \
	X(M_KIND_LIST, "a list", "жагсаалт")                                                       \
	X(M_KIND_TEXT, "text", "текст")                                                            \
	X(M_W_INDICATOR, "an indicator", "шалгуур үзүүлэлт")                                       \
	X(M_W_STATUS_ENTRY, "a status entry", "явцын бичлэг")                                      \
	X(M_W_ACTIVITY, "an activity", "арга хэмжээ")                                              \
	X(M_W_GOAL, "a goal", "зорилт")                                                            \
	/* the loader (src/plan/plan.c) */                                                         \
	X(M_E_MISSING_KEY, "missing key '%s'", "'%s' түлхүүр алга")                                \
	X(M_E_MUST_BE_TEXT, "'%s' must be text, not %s", "'%s' текст байх ёстой, %s биш")          \
	X(M_E_WHOLE_NOT_KIND, "'%s' must be a whole number, not %s",                               \
	  "'%s' бүхэл тоо байх ёстой, %s биш")                                                     \
	X(M_E_WHOLE_NOT_VALUE, "'%s' must be a whole number, not '%s'",                            \
	  "'%s' бүхэл тоо байх ёстой, '%s' биш")                                                   \
	X(M_E_WANT_KIND, "%s must be %s, not %s", "%s нь %s байх ёстой, %s биш")                   \
	X(M_E_ID_EMPTY, "an id must not be empty", "дугаар хоосон байж болохгүй")                  \
	X(M_E_DUP_ID, "duplicate id \"%s\" (first used at line %u)",                               \
	  "\"%s\" дугаар давхардсан (эхлээд %u-р мөрөнд)")                                         \
	X(M_E_EXTRA_NOT_TEXT, "'%s' values must be text, not %s",                                  \
	  "'%s'-ийн утгууд текст байх ёстой, %s биш")                                              \
	X(M_E_UNKNOWN_QUARTER, "unknown quarter '%s' in '%s': use q1, q2, q3 or q4",               \
	  "'%s' улирал ('%s' дотор) танигдахгүй: q1, q2, q3 эсвэл q4 хэрэглэнэ үү")                \
	X(M_E_RATING_KIND, "'%s' must be 100, 70, 30, 0 or not-due, not %s",                       \
	  "'%s' нь 100, 70, 30, 0 эсвэл not-due байх ёстой, %s биш")                               \
	X(M_E_RATING_UNKNOWN, "unknown rating '%s': use 100, 70, 30, 0 or not-due",                \
	  "'%s' үнэлгээ танигдахгүй: 100, 70, 30, 0 эсвэл not-due хэрэглэнэ үү")                   \
	X(M_E_QUARTER_TWICE, "quarter %lld is listed twice", "%lld-р улирал хоёр удаа бичигдсэн")  \
	X(M_E_EMPTY_PLAN, "the file is empty; a plan file starts with 'tolov: 1'",                 \
	  "файл хоосон байна; төлөвлөгөөний файл 'tolov: 1'-ээр эхэлнэ")                           \
	X(M_E_ROOT_KIND, "a plan file is a mapping starting with 'tolov: 1', not %s",              \
	  "төлөвлөгөөний файл 'tolov: 1'-ээр эхэлсэн mapping байна, %s биш")                       \
	X(M_E_MISSING_VERSION, "missing key '%s' (the format version, 1)",                         \
	  "'%s' түлхүүр алга (форматын хувилбар, 1)")                                              \
	X(M_E_FORMAT_VERSION, "format version %lld is not known to this tolov, which reads version 1",\
	  "форматын %lld хувилбарыг энэ tolov мэдэхгүй; 1-р хувилбарыг уншдаг")                    \
	/* value checks of settable fields (src/plan/schema.c) */                                  \
	X(M_E_YEAR_VALUE, "a year is a whole number from 1 to 9999, not '%s'",                     \
	  "он нь 1-ээс 9999 хүртэлх бүхэл тоо байна, '%s' биш")                                    \
	X(M_E_AMOUNT_VALUE, "an amount is a whole number of at least 0, not '%s'",                 \
	  "дүн нь 0-ээс багагүй бүхэл тоо байна, '%s' биш")                                        \
	X(M_E_AMOUNT_TOO_BIG, "an amount is at most %lld, not '%s'",                               \
	  "дүн нь %lld-ээс ихгүй байна, '%s' биш")                                                 \
	X(M_E_QUARTER_VALUE, "a quarter is 1, 2, 3 or 4, not '%s'",                                \
	  "улирал нь 1, 2, 3 эсвэл 4 байна, '%s' биш")                                             \
	X(M_E_QUARTERS_VALUE, "quarters are 1 to 4, as in 2,3 or 1-4, not '%s'",                   \
	  "улирал нь 1-ээс 4 хүртэл, жишээ нь 2,3 эсвэл 1-4 байна, '%s' биш")                      \
	X(M_E_NOT_SINGLE_VALUE, "not a single value", "ганц утга биш")                             \
	/* edits (src/edit) */                                                                     \
	X(M_E_NOT_IND_NUMBER, "'%s' is not an indicator number",                                   \
	  "'%s' нь шалгуур үзүүлэлтийн дугаар биш")                                                \
	X(M_E_NOT_FIELD_PLAN, "not a field of the plan; fields: %s",                               \
	  "төлөвлөгөөний талбар биш; талбарууд: %s")                                               \
	X(M_E_NOT_FIELD_GOAL, "not a field of a goal; fields: %s", "зорилтын талбар биш; талбарууд: %s")\
	X(M_E_NOT_FIELD_ACT, "not a field of an activity; fields: %s",                             \
	  "арга хэмжээний талбар биш; талбарууд: %s")                                              \
	X(M_E_GOAL_N_INDS, "the goal has %zu indicators, numbered 0 to %zu",                       \
	  "зорилт %zu шалгуур үзүүлэлттэй, 0-ээс %zu хүртэл дугаартай")                            \
	X(M_E_ACT_N_INDS, "the activity has %zu indicators, numbered 0 to %zu",                    \
	  "арга хэмжээ %zu шалгуур үзүүлэлттэй, 0-ээс %zu хүртэл дугаартай")                       \
	X(M_E_GOAL_ONE_IND, "the goal has one indicator, number 0",                                \
	  "зорилт нэг шалгуур үзүүлэлттэй, дугаар нь 0")                                           \
	X(M_E_ACT_ONE_IND, "the activity has one indicator, number 0",                             \
	  "арга хэмжээ нэг шалгуур үзүүлэлттэй, дугаар нь 0")                                      \
	X(M_E_GOAL_NO_INDS, "the goal has no indicators", "зорилтод шалгуур үзүүлэлт алга")        \
	X(M_E_ACT_NO_INDS, "the activity has no indicators", "арга хэмжээнд шалгуур үзүүлэлт алга")\
	X(M_E_VALUE_UTF8, "the value is not valid UTF-8 (byte %zu)",                               \
	  "утга зөв UTF-8 биш байна (%zu-р байт)")                                                 \
	X(M_E_ID_USED, "id \"%s\" is already used", "\"%s\" дугаар аль хэдийн ашиглагдсан")        \
	X(M_E_NOT_A_MAPPING, "'%s' is %s, not a mapping", "'%s' нь %s байна, mapping биш")         \
	X(M_E_NOT_SINGLE, "holds %s, not a single value", "ганц утга биш, %s байна")               \
	X(M_E_READ_ONLY, "the plan is open read-only", "төлөвлөгөө зөвхөн уншихаар нээгдсэн")      \
	X(M_E_NOT_A_LIST, "'%s' is not a list", "'%s' жагсаалт биш")                               \
	X(M_E_NO_SUCH_GOAL_ITEM, "no such goal", "ийм зорилт алга")                                \
	X(M_E_NO_SUCH_ACT_ITEM, "no such activity", "ийм арга хэмжээ алга")                        \
	X(M_E_NO_SUCH_IND_ITEM, "no such indicator", "ийм шалгуур үзүүлэлт алга")                  \
	X(M_E_GOAL_FIRST, "the goal is already first", "зорилт аль хэдийн эхэнд байна")            \
	X(M_E_GOAL_LAST, "the goal is already last", "зорилт аль хэдийн сүүлд байна")              \
	X(M_E_ACT_FIRST, "the activity is already first", "арга хэмжээ аль хэдийн эхэнд байна")    \
	X(M_E_ACT_LAST, "the activity is already last", "арга хэмжээ аль хэдийн сүүлд байна")      \
	X(M_E_IND_FIRST, "the indicator is already first",                                         \
	  "шалгуур үзүүлэлт аль хэдийн эхэнд байна")                                               \
	X(M_E_IND_LAST, "the indicator is already last", "шалгуур үзүүлэлт аль хэдийн сүүлд байна")\
	X(M_E_KEY_SHARES_LINE, "%s: cannot remove a key that shares its line",                     \
	  "%s: өөр зүйлтэй нэг мөрөнд байгаа түлхүүрийг устгаж чадахгүй")                          \
	X(M_E_CHANGED_ON_DISK, "the file changed on disk since it was opened; not overwriting it", \
	  "файл нээгдсэнээс хойш дискэн дээр өөрчлөгдсөн; дээр нь бичихгүй")                       \
	/* saves (src/io/save.c); %s after "cannot save:" is the system's text */                  \
	X(M_E_SAVE, "cannot save: %s%s; the file is unchanged",                                    \
	  "хадгалж чадсангүй: %s%s; файл өөрчлөгдөөгүй")                                           \
	X(M_E_SYSTEM, "%s%s", "%s%s")                                                              \
	X(M_E_READ_LINK, "cannot read the symbolic link %s: %s",                                   \
	  "%s симбол холбоосыг уншиж чадсангүй: %s")                                               \
	X(M_E_SAVE_IS_FOLDER, "cannot save: it is a folder; the file is unchanged",                \
	  "хадгалж чадсангүй: энэ нь хавтас; файл өөрчлөгдөөгүй")                                  \
	X(M_E_SAVE_NOT_REGULAR, "cannot save: it is not a regular file; the file is unchanged",    \
	  "хадгалж чадсангүй: энэ нь энгийн файл биш; файл өөрчлөгдөөгүй")                         \
	X(M_E_SAVE_ROFS, "cannot save: %s (the disk is mounted read-only); the file is unchanged", \
	  "хадгалж чадсангүй: %s (диск зөвхөн уншихаар холбогдсон); файл өөрчлөгдөөгүй")           \
	X(M_E_SAVE_RO_FILE, "cannot save: %s (the file is read-only for you); the file is unchanged",\
	  "хадгалж чадсангүй: %s (файл танд зөвхөн уншихаар); файл өөрчлөгдөөгүй")                 \
	X(M_E_SAVE_NO_CREATE,                                                                      \
	  "cannot save: %s (tolov may not create files in the folder %s); the file is unchanged",  \
	  "хадгалж чадсангүй: %s (tolov %s хавтаст файл үүсгэх эрхгүй); файл өөрчлөгдөөгүй")       \
	X(M_E_SAVE_FLUSH,                                                                          \
	  "saved, but the folder %s could not be flushed to disk: %s%s; "                          \
	  "the new content could be lost in a power cut",                                          \
	  "хадгалсан боловч %s хавтсыг диск рүү бүрэн бичиж чадсангүй: %s%s; "                     \
	  "цахилгаан тасарвал шинэ агуулга алдагдаж болзошгүй")                                    \
	X(M_H_NOSPC, " (the disk is full)", " (диск дүүрсэн)")                                     \
	X(M_H_DQUOT, " (your disk quota is used up)", " (таны дискний хязгаар дууссан)")           \
	X(M_H_ACCES, " (you are not allowed to write there)", " (тэнд бичих эрхгүй)")              \
	X(M_H_ROFS, " (the disk is mounted read-only)", " (диск зөвхөн уншихаар холбогдсон)")      \
	X(M_H_IO, " (the disk or network reported an error)", " (диск эсвэл сүлжээ алдаа мэдэгдэв)")\
	X(M_H_XDEV, " (the temporary file ended up on another disk)", " (түр файл өөр дискэнд үүссэн)")\
	X(M_H_FBIG, " (the file is bigger than this system allows)",                               \
	  " (файл энэ системийн зөвшөөрөхөөс том)")                                                \
	X(M_H_MFILE, " (too many files are open)", " (хэт олон файл нээлттэй байна)")              \
	X(M_H_LOOP, " (a symbolic link points back to itself)", " (симбол холбоос өөрийгөө заасан)")\
	X(M_H_NOENT, " (the folder does not exist)", " (хавтас байхгүй)")                          \
	/* system errors (tr_errno), glibc's English words */ \
	X(M_ERRNO_NOENT, "No such file or directory", "ийм файл, хавтас байхгүй") \
	X(M_ERRNO_ACCES, "Permission denied", "хандах эрхгүй") \
	X(M_ERRNO_PERM, "Operation not permitted", "энэ үйлдлийг хийх эрхгүй") \
	X(M_ERRNO_NOSPC, "No space left on device", "диск дээр зай үлдээгүй") \
	X(M_ERRNO_ROFS, "Read-only file system", "файлын систем зөвхөн уншихаар холбогдсон") \
	X(M_ERRNO_ISDIR, "Is a directory", "энэ нь хавтас байна") \
	X(M_ERRNO_NOTDIR, "Not a directory", "хавтас биш") \
	X(M_ERRNO_EXIST, "File exists", "файл аль хэдийн байна") \
	X(M_ERRNO_DQUOT, "Disk quota exceeded", "дискний хязгаар хэтэрсэн") \
	X(M_ERRNO_IO, "Input/output error", "диск эсвэл сүлжээний оролт/гаралтын алдаа") \
	X(M_ERRNO_LOOP, "Too many levels of symbolic links", "симбол холбоос хэт олон давхар") \
	X(M_ERRNO_NAMETOOLONG, "File name too long", "файлын нэр хэт урт") \
	X(M_ERRNO_BUSY, "Device or resource busy", "төхөөрөмж эсвэл нөөц завгүй байна") \
	X(M_ERRNO_TXTBSY, "Text file busy", "програмын файл ашиглагдаж байна") \
	X(M_ERRNO_MFILE, "Too many open files", "хэт олон файл нээлттэй байна") \
	X(M_ERRNO_NFILE, "Too many open files in system", "системд хэт олон файл нээлттэй байна") \
	X(M_ERRNO_FBIG, "File too large", "файл хэт том") \
	X(M_ERRNO_XDEV, "Invalid cross-device link", "өөр диск рүү холбоос үүсгэх боломжгүй") \
	X(M_ERRNO_NOMEM, "Cannot allocate memory", "санах ой хүрэлцсэнгүй") \
	X(M_ERRNO_PIPE, "Broken pipe", "дамжуулах суваг тасарсан") \
	X(M_ERRNO_AGAIN, "Resource temporarily unavailable", "нөөц түр ашиглах боломжгүй") \
	X(M_ERRNO_INVAL, "Invalid argument", "буруу утга") \
	X(M_ERRNO_NOEXEC, "Exec format error", "ажиллуулах файлын хэлбэр буруу") \
	X(M_ERRNO_STALE, "Stale file handle", "сүлжээний файл хүчингүй болсон (дахин нээнэ үү)") \
	X(M_ERRNO_NXIO, "No such device or address", "ийм төхөөрөмж, хаяг байхгүй") \

#endif
