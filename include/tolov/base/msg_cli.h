/*
 * msg_cli.h — the command line: usage, help, command messages; part of the
 * one catalog (i18n.h). X(id, English, Mongolian): a message without both
 * texts does not compile. Included by i18n.h only.
 *
 * Under --lang mn usage and help are wholly Mongolian, placeholders
 * included (ФАЙЛ, not FILE); command, option, format and key names, set
 * paths and environment variables stay as typed. A command's help text
 * (M_CLI_*_HELP) starts with one line saying what it does (also shown in
 * `tolov --help`'s list of commands), then its options, each line ending
 * in '\n'. Help and synopsis texts (ids ending in _HELP, _SYNOPSIS) are
 * printed as they are, never used as printf formats. A command of another
 * area keeps its synopsis and help in that area's message file.
 */
#ifndef TOLOV_MSG_CLI_H
#define TOLOV_MSG_CLI_H

#define TOLOV_MSG_CLI(X)                                                                    \
	/* usage and help around every command (src/cli/main.c) */                           \
	X(M_CLI_USAGE, "usage:", "хэрэглээ:")                                                \
	X(M_CLI_TOP_SYNOPSIS, "[OPTION...] FILE", "[СОНГОЛТ...] ФАЙЛ")                      \
	X(M_CLI_CMD_SYNOPSIS, "COMMAND [OPTION...] [ARGUMENT...]",                           \
	  "ТУШААЛ [СОНГОЛТ...] [АРГУМЕНТ...]")                                               \
	X(M_CLI_VERSION_SYNOPSIS, "--help | --version", "--help | --version")                \
	X(M_CLI_INTRO,                                                                       \
	  "tolov keeps an organisation's annual action plan as a YAML file and lets you\n"   \
	  "review and edit it from a terminal. Without a COMMAND, tolov FILE opens the plan\n" \
	  "in the terminal interface.\n",                                                    \
	  "tolov нь байгууллагын жилийн үйл ажиллагааны төлөвлөгөөг YAML файлаар хадгалж,\n"  \
	  "терминалаас харах, засах боломж олгоно. ТУШААЛгүй бол tolov ФАЙЛ нь төлөвлөгөөг\n" \
	  "терминалын интерфэйсээр нээнэ.\n")                                                \
	X(M_CLI_COMMANDS, "Commands:", "Тушаалууд:")                                         \
	X(M_CLI_INTERFACE_OPTIONS,                                                           \
	  "Options of the interface (tolov FILE):\n"                                         \
	  "  -R, --read-only    open the plan without editing\n"                             \
	  "      --ignore-lock  edit even when another tolov holds the plan's lock\n"         \
	  "      --ascii        draw with ASCII characters only\n"                           \
	  "      --no-color     draw without colours\n",                                     \
	  "Интерфэйсийн сонголтууд (tolov ФАЙЛ):\n"                                           \
	  "  -R, --read-only    төлөвлөгөөг засахгүйгээр нээнэ\n"                            \
	  "      --ignore-lock  өөр tolov түгжсэн байсан ч засна\n"                           \
	  "      --ascii        зөвхөн ASCII тэмдэгтээр зурна\n"                             \
	  "      --no-color     өнгөгүй зурна\n")                                           \
	X(M_CLI_TOP_OPTIONS,                                                                 \
	  "Options of tolov alone (before any COMMAND):\n"                                   \
	  "      --version      print the version and exit\n",              \
	  "Зөвхөн tolov-ийн сонголт (ТУШААЛын өмнө):\n"                                     \
	  "      --version      хувилбарыг хэвлээд гарна\n")               \
	X(M_CLI_COMMON_OPTIONS,                                                              \
	  "Options of every command (before or after its name):\n"                           \
	  "      --lang=en|mn   language of messages and output (else TOLOV_LANG, then the\n" \
	  "                     locale)\n"                                                   \
	  "  -h, --help         show this help and exit\n"                                   \
	  "      --             end of options: what follows is an argument even if it\n"    \
	  "                     starts with -\n",                                            \
	  "Бүх тушаалын сонголтууд (нэрийн өмнө ч, ард ч):\n"                                 \
	  "      --lang=en|mn   мэдэгдэл, гаралтын хэл (эс бөгөөс TOLOV_LANG, дараа нь\n"    \
	  "                     системийн хэлний тохиргоо)\n"                              \
	  "  -h, --help         энэ тусламжийг харуулаад гарна\n"                            \
	  "      --             сонголтын төгсгөл: цаашхи нь - тэмдгээр эхэлсэн ч\n"          \
	  "                     аргумент байна\n")                                           \
	X(M_CLI_EXIT_STATUS,                                                                 \
	  "Exit status: 0 ok, 1 refused or failed, 2 usage error.\n"                         \
	  "Run 'tolov COMMAND --help' for a command's options.\n",                           \
	  "Гарах төлөв: 0 амжилттай, 1 татгалзсан эсвэл алдаа гарсан, 2 хэрэглээний алдаа.\n" \
	  "Тушаалын сонголтыг 'tolov ТУШААЛ --help' харуулна.\n")                             \
	X(M_CLI_TRY_HELP, "Run 'tolov %s --help' for its options.",                          \
	  "Сонголтыг нь 'tolov %s --help' харуулна.")                                        \
	X(M_CLI_TRY_TOP_HELP, "Run 'tolov --help' for the commands.",                        \
	  "Тушаалуудыг 'tolov --help' харуулна.")                                            \
	/* usage errors */                                                                   \
	X(M_CLI_NO_FILE, "no FILE given", "ФАЙЛ өгөөгүй")                                    \
	X(M_CLI_UNKNOWN_COMMAND, "unknown command '%s'", "'%s' гэсэн тушаал алга")           \
	X(M_CLI_UNKNOWN_OPTION, "unknown option '%s'", "'%s' гэсэн сонголт алга")            \
	X(M_CLI_NEEDS_VALUE, "option '%s' needs a value", "'%s' сонголтод утга хэрэгтэй")    \
	X(M_CLI_TAKES_NO_VALUE, "option '%s' takes no value", "'%s' сонголт утга авахгүй")   \
	X(M_CLI_UNKNOWN_LANG, "unknown language '%s': use en or mn",                         \
	  "'%s' гэсэн хэл алга: en эсвэл mn хэрэглэнэ үү")                                   \
	X(M_CLI_NEEDS_FILE, "%s needs a FILE", "%s тушаалд ФАЙЛ хэрэгтэй")                   \
	X(M_CLI_NEEDS_FILES, "%s needs at least one FILE",                                   \
	  "%s тушаалд дор хаяж нэг ФАЙЛ хэрэгтэй")                                           \
	X(M_CLI_ONE_FILE, "%s takes one FILE", "%s тушаал нэг л ФАЙЛ авна")                  \
	X(M_CLI_EXTRA_ARGUMENT, "%s: unexpected argument '%s'",                              \
	  "%s: илүү аргумент '%s'")                                                          \
	X(M_CLI_NEEDS_TERMINAL,                                                              \
	  "the interface needs a terminal; for scripts use validate, export, report or set " \
	  "(see tolov --help)",                                                              \
	  "интерфэйст терминал хэрэгтэй; скриптэд validate, export, report эсвэл set "        \
	  "хэрэглэнэ үү (tolov --help)")                                                     \
	X(M_CLI_STDOUT_FAILED, "cannot write to standard output: %s",                        \
	  "стандарт гаралт руу бичиж чадсангүй: %s")                                         \
	/* validate */                                                                       \
	X(M_CLI_VALIDATE_SYNOPSIS, "validate FILE...", "validate ФАЙЛ...")                   \
	X(M_CLI_VALIDATE_HELP,                                                               \
	  "Check plan files and print every error.\n"                                        \
	  "Errors come sorted by position, as FILE:LINE:COL: error: ..., and after\n"        \
	  "--max-errors of a file, how many more there are.\n"                               \
	  "\n"                                                                               \
	  "Options:\n"                                                                       \
	  "      --max-errors=N  print at most N errors per file (default 50; 0: all)\n",     \
	  "Төлөвлөгөөний файлуудыг шалгаж, алдаа бүрийг хэвлэнэ.\n"                          \
	  "Алдаанууд байрлалаараа эрэмбэлэгдэж ФАЙЛ:МӨР:БАГАНА: error: ... хэлбэртэй\n"      \
	  "гарна; файлын --max-errors-оос хойш үлдсэн тоог хэлнэ.\n"                         \
	  "\n"                                                                               \
	  "Сонголтууд:\n"                                                                    \
	  "      --max-errors=N  файл бүрт ихдээ N алдаа хэвлэнэ (анхдагч 50; 0: бүгд)\n") \
	X(M_CLI_MORE_ERRORS, "%s: %s not shown (--max-errors=0 shows all)",                  \
	  "%s: харуулаагүй %s үлдсэн (--max-errors=0 бүгдийг харуулна)")                     \
	X(M_CLI_BAD_NUMBER, "option '%s' needs a whole number, not '%s'",                    \
	  "'%s' сонголтод бүхэл тоо хэрэгтэй, '%s' биш")                                     \
	/* import */                                                                         \
	X(M_CLI_IMPORT_SYNOPSIS, "import TABLE [-o OUT] [-q N] [-y YEAR] [-s SHEET] [--strict]",   \
	  "import ХҮСНЭГТ [-o ГАРАЛТ] [-q N] [-y ОН] [-s ХУУДАС] [--strict]")                 \
	X(M_CLI_IMPORT_HELP,                                                                 \
	  "Read a plan table into a new plan file.\n"                                        \
	  "TABLE is a Word document (.docx), an Excel workbook (.xlsx), or text:\n"          \
	  "tab-separated, CSV or semicolon-separated, UTF-8 or UTF-16.\n"                    \
	  "Warnings and a one-line summary go to standard error.\n"                          \
	  "\n"                                                                               \
	  "Options:\n"                                                                       \
	  "  -o, --output=OUT   write to the file OUT (replaced whole); - or none:\n"        \
	  "                     standard output\n"                                          \
	  "  -q, --quarter=N    an implementation report's quarter (1-4): achieved\n"       \
	  "                     values and ratings go to that quarter\n"                    \
	  "  -y, --year=YEAR    the plan year: picks the target column of that year\n"      \
	  "  -s, --sheet=SHEET  the .xlsx sheet to read (else the first)\n"                 \
	  "      --strict       refuse on any warning (nothing is written)\n",              \
	  "Төлөвлөгөөний хүснэгтийг уншиж, шинэ төлөвлөгөөний файл бичнэ.\n"                \
	  "ХҮСНЭГТ нь Word баримт (.docx), Excel ажлын ном (.xlsx), эсвэл текст:\n"          \
	  "таб, таслал, цэгтэй таслалаар тусгаарласан, UTF-8 эсвэл UTF-16.\n"                \
	  "Анхааруулга, нэг мөр хураангуйг стандарт алдааны урсгалд бичнэ.\n"                \
	  "\n"                                                                               \
	  "Сонголтууд:\n"                                                                    \
	  "  -o, --output=ГАРАЛТ  ГАРАЛТ файлд бичнэ (бүтнээр нь солино); - эсвэл\n"          \
	  "                       өгөхгүй бол стандарт гаралт\n"                             \
	  "  -q, --quarter=N      хэрэгжилтийн тайлангийн улирал (1-4): хүрсэн түвшин,\n"    \
	  "                       үнэлгээ тэр улиралд орно\n"                                \
	  "  -y, --year=ОН        төлөвлөгөөний он: тухайн оны хүрэх түвшний баганыг авна\n" \
	  "  -s, --sheet=ХУУДАС   унших .xlsx хуудас (өгөхгүй бол эхнийх)\n"                 \
	  "      --strict         анхааруулга гарвал татгалзана (юу ч бичихгүй)\n")           \
	X(M_CLI_NEEDS_TABLE, "import needs a TABLE file", "import тушаалд ХҮСНЭГТ файл хэрэгтэй") \
	X(M_CLI_ONE_TABLE, "import takes one TABLE", "import тушаал нэг л ХҮСНЭГТ авна")      \
	/* export and report */                                                              \
	X(M_CLI_EXPORT_SYNOPSIS, "export FILE --format FORMAT [-o OUT]",                     \
	  "export ФАЙЛ --format ФОРМАТ [-o ГАРАЛТ]")                                         \
	X(M_CLI_EXPORT_HELP,                                                                 \
	  "Write the whole plan in another format.\n"                                        \
	  "\n"                                                                               \
	  "Options:\n"                                                                       \
	  "  -f, --format=FORMAT  json, csv, md, html or xlsx (a workbook: needs -o)\n"      \
	  "  -o, --output=OUT     write to the file OUT (replaced whole); - or none:\n"      \
	  "                       standard output\n",                                        \
	  "Төлөвлөгөөг бүтнээр нь өөр форматаар бичнэ.\n"                                    \
	  "\n"                                                                               \
	  "Сонголтууд:\n"                                                                    \
	  "  -f, --format=ФОРМАТ  json, csv, md, html эсвэл xlsx (ажлын ном: -o хэрэгтэй)\n" \
	  "  -o, --output=ГАРАЛТ  ГАРАЛТ файлд бичнэ (бүтнээр нь солино); - эсвэл\n"          \
	  "                       өгөхгүй бол стандарт гаралт\n")                             \
	/* (the formats, from the registry) */                                               \
	X(M_CLI_EXPORT_NEEDS_FORMAT, "export needs --format %s",                             \
	  "export тушаалд --format %s хэрэгтэй")                                              \
	/* (the format given, the formats from the registry) */                              \
	X(M_CLI_UNKNOWN_EXPORT_FORMAT, "unknown export format '%s': use %s",                 \
	  "'%s' гэсэн экспортын формат алга: %s хэрэглэнэ үү")                               \
	X(M_CLI_REPORT_SYNOPSIS,                                                             \
	  "report FILE... --quarter N [-f FORMAT] [-u NAME] [-o OUT]",                       \
	  "report ФАЙЛ... --quarter N [-f ФОРМАТ] [-u НЭР] [-o ГАРАЛТ]")                     \
	X(M_CLI_REPORT_HELP,                                                                 \
	  "The quarterly implementation report of the plan.\n"                               \
	  "Several files, or a folder (its *.yaml files): the consolidated report.\n"       \
	  "\n"                                                                               \
	  "Options:\n"                                                                       \
	  "  -q, --quarter=N      the quarter: 1, 2, 3 or 4 (also q2)\n"                     \
	  "  -f, --format=FORMAT  text (default), csv, md, html or xlsx (needs -o)\n"        \
	  "  -u, --unit=NAME      only the activities of the responsible unit NAME\n"        \
	  "  -o, --output=OUT     write to the file OUT (replaced whole); - or none:\n"      \
	  "                       standard output\n",                                        \
	  "Төлөвлөгөөний улирлын хэрэгжилтийн тайлан.\n"                                     \
	  "Хэд хэдэн файл эсвэл хавтас (доторх *.yaml файлууд): нэгтгэсэн тайлан.\n"        \
	  "\n"                                                                               \
	  "Сонголтууд:\n"                                                                    \
	  "  -q, --quarter=N      улирал: 1, 2, 3 эсвэл 4 (q2 ч болно)\n"                    \
	  "  -f, --format=ФОРМАТ  text (анхдагч), csv, md, html эсвэл xlsx (-o хэрэгтэй)\n"  \
	  "  -u, --unit=НЭР       зөвхөн НЭР хариуцах нэгжийн арга хэмжээ\n"                 \
	  "  -o, --output=ГАРАЛТ  ГАРАЛТ файлд бичнэ (бүтнээр нь солино); - эсвэл\n"          \
	  "                       өгөхгүй бол стандарт гаралт\n")                             \
	X(M_CLI_REPORT_NEEDS_QUARTER, "report needs --quarter 1, 2, 3 or 4",                 \
	  "report тушаалд --quarter 1, 2, 3 эсвэл 4 хэрэгтэй")                                \
	X(M_CLI_UNKNOWN_QUARTER, "unknown quarter '%s': use 1, 2, 3 or 4",                   \
	  "'%s' гэсэн улирал алга: 1, 2, 3 эсвэл 4 хэрэглэнэ үү")                            \
	/* (the format given, the formats from the registry) */                              \
	X(M_CLI_UNKNOWN_REPORT_FORMAT, "unknown report format '%s': use %s",                 \
	  "'%s' гэсэн тайлангийн формат алга: %s хэрэглэнэ үү")                              \
	X(M_CLI_NO_SUCH_UNIT, "no activity has the responsible unit '%s'",                   \
	  "'%s' хариуцах нэгжтэй арга хэмжээ алга")                                          \
	/* set */                                                                            \
	X(M_CLI_SET_SYNOPSIS, "set FILE [ID] PATH=VALUE...", "set ФАЙЛ [ДУГААР] ЗАМ=УТГА...") \
	X(M_CLI_SET_HELP,                                                                    \
	  "Change fields of the plan, saving only the bytes that change.\n"                  \
	  "ID names a goal or an activity; without it the paths are the plan's own.\n"       \
	  "\n"                                                                               \
	  "Paths (the schema's; I counts indicators from 0, qN is q1 to q4):\n"              \
	  "  plan:     organisation, title, year, currency, extra.KEY\n"                     \
	  "  goal:     id, section, title,\n"                                                \
	  "            indicators.I.name|unit|baseline|target|actual.qN|extra.KEY,\n"        \
	  "            responsible, extra.KEY\n"                                             \
	  "  activity: id, title,\n"                                                         \
	  "            indicators.I.name|unit|baseline|target|actual.qN|extra.KEY,\n"        \
	  "            budget.amount, budget.source, budget.text, quarters=2,3, schedule,\n" \
	  "            responsible, status.qN.rating (100|70|30|0|not-due|\"\"),\n"          \
	  "            status.qN.note, extra.KEY\n"                                          \
	  "extra.KEY sets a further column (KEY: all after \"extra.\"); empty removes it.\n"  \
	  "\n"                                                                               \
	  "Options:\n"                                                                       \
	  "      --ignore-lock  change the plan even when an interface holds its lock\n",    \
	  "Талбарыг өөрчилж, зөвхөн өөрчлөгдсөн байтыг хадгална.\n"                          \
	  "ДУГААР нь зорилт эсвэл арга хэмжээг заана; өгөхгүй бол зам нь төлөвлөгөөний\n"    \
	  "өөрийнх.\n"                                                                       \
	  "\n"                                                                               \
	  "Замууд (схемийнх; I нь шалгуур үзүүлэлтийг 0-ээс тоолно, qN нь q1-q4):\n"         \
	  "  төлөвлөгөө:  organisation, title, year, currency, extra.KEY\n"                  \
	  "  зорилт:      id, section, title,\n"                                             \
	  "               indicators.I.name|unit|baseline|target|actual.qN|extra.KEY,\n"     \
	  "               responsible, extra.KEY\n"                                          \
	  "  арга хэмжээ: id, title,\n"                                                      \
	  "               indicators.I.name|unit|baseline|target|actual.qN|extra.KEY,\n"     \
	  "               budget.amount, budget.source, budget.text, quarters=2,3,\n"        \
	  "               schedule, responsible,\n"                                          \
	  "               status.qN.rating (100|70|30|0|not-due|\"\"), status.qN.note,\n"    \
	  "               extra.KEY\n"                                                       \
	  "extra.KEY нэмэлт баганыг өгнө (KEY нь \"extra.\"-ийн дараах бүх зүйл); хоосон\n"  \
	  "утга түүнийг хасна.\n"                                                            \
	  "\n"                                                                               \
	  "Сонголтууд:\n"                                                                    \
	  "      --ignore-lock  интерфэйс түгжсэн байсан ч төлөвлөгөөг өөрчилнө\n")          \
	X(M_CLI_SET_NEEDS, "set needs FILE and at least one PATH=VALUE",                     \
	  "set тушаалд ФАЙЛ болон дор хаяж нэг ЗАМ=УТГА хэрэгтэй")                           \
	X(M_CLI_NOT_PATH_VALUE, "'%s' is not PATH=VALUE", "'%s' нь ЗАМ=УТГА биш")            \
	/* summary */                                                                        \
	X(M_CLI_SUMMARY_SYNOPSIS, "summary FILE [-o OUT]", "summary ФАЙЛ [-o ГАРАЛТ]")      \
	X(M_CLI_SUMMARY_HELP,                                                                \
	  "Goals, activities, budget and progress of the plan in brief.\n"                   \
	  "\n"                                                                               \
	  "Options:\n"                                                                       \
	  "  -o, --output=OUT   write to the file OUT (replaced whole); - or none:\n"        \
	  "                     standard output\n",                                          \
	  "Төлөвлөгөөний зорилт, арга хэмжээ, төсөв, хэрэгжилтийн товчоо.\n"                 \
	  "\n"                                                                               \
	  "Сонголтууд:\n"                                                                    \
	  "  -o, --output=ГАРАЛТ  ГАРАЛТ файлд бичнэ (бүтнээр нь солино); - эсвэл\n"          \
	  "                       өгөхгүй бол стандарт гаралт\n")                             \
	X(M_CLI_SUM_YEAR, "year %d, ", "%d он, ")                                             \
	X(M_CLI_SUM_COUNTS, "%s, %s, budget ", "%s, %s, төсөв ")                              \
	X(M_CLI_SUM_PROGRESS, "Progress:", "Хэрэгжилт:")                                     \
	X(M_CLI_SUM_QUARTER, " Q%d %s", " У%d %s")                                           \
	X(M_CLI_SUM_GOAL, "  %s  %s, budget ", "  %s  %s, төсөв ")                            \
	/* new */                                                                            \
	X(M_CLI_NEW_SYNOPSIS, "new FILE --title TITLE [--year YEAR]",                        \
	  "new ФАЙЛ --title ГАРЧИГ [--year ОН]")                                             \
	X(M_CLI_NEW_HELP,                                                                    \
	  "Create a new, empty plan file.\n"                                                 \
	  "An existing file is never overwritten.\n"                                         \
	  "\n"                                                                               \
	  "Options:\n"                                                                       \
	  "  -t, --title=TITLE  the plan's title\n"                                          \
	  "  -y, --year=YEAR    the plan's year, such as 2025\n",                            \
	  "Шинэ, хоосон төлөвлөгөөний файл үүсгэнэ.\n"                                      \
	  "Байгаа файлыг хэзээ ч дарж бичихгүй.\n"                                          \
	  "\n"                                                                               \
	  "Сонголтууд:\n"                                                                    \
	  "  -t, --title=ГАРЧИГ  төлөвлөгөөний гарчиг\n"                                     \
	  "  -y, --year=ОН       төлөвлөгөөний он, жишээ нь 2025\n")                         \
	X(M_CLI_NEW_NEEDS_TITLE, "new needs --title TITLE", "new тушаалд --title ГАРЧИГ хэрэгтэй") \
	X(M_CLI_BAD_YEAR, "the year '%s' is out of range: give a year from 1 to 9999, such as 2025", \
	  "'%s' он хүрээнээс гадуур: 1-ээс 9999 хүртэлх он өгнө үү, жишээ нь 2025")           \
	X(M_CLI_NEW_EXISTS, "already exists; tolov new does not overwrite a file",           \
	  "аль хэдийн байна; tolov new файлыг дарж бичихгүй")                                 \
	X(M_CLI_NEW_FAILED, "cannot create: %s", "үүсгэж чадсангүй: %s")                     \
	X(M_CLI_NEW_DONE, "%s: created the plan \"%s\".", "%s: \"%s\" төлөвлөгөөг үүсгэлээ.")       \
	X(M_CLI_NEW_NO_FOLDER, "cannot create: no folder %s", "үүсгэж чадсангүй: %s хавтас алга") \
	/* help */                                                                           \
	X(M_CLI_HELP_SYNOPSIS, "help [COMMAND]", "help [ТУШААЛ]")                            \
	X(M_CLI_HELP_HELP, "Show the help of tolov or of one COMMAND.\n",                    \
	  "tolov эсвэл нэг ТУШААЛын тусламжийг харуулна.\n")                                 \

#endif
