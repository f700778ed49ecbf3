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

#endif
