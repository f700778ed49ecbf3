/*
 * msg_tui.h — the terminal interface's messages, part of the one catalog
 * (i18n.h). X(id, English, Mongolian): a message without both texts does
 * not compile. Included by i18n.h only.
 */
#ifndef TOLOV_MSG_TUI_H
#define TOLOV_MSG_TUI_H

/* X(id, English, Mongolian) */
#define TOLOV_MSG_TUI(X)                                                                    \
	X(M_GOALS, "Goals", "Зорилтууд")                                                     \
	X(M_ACTIVITIES, "Activities", "Арга хэмжээ")                                         \
	X(M_DETAILS, "Indicators and details", "Шалгуур үзүүлэлт, дэлгэрэнгүй")              \
	X(M_STATUS, "Quarterly status", "Улирлын явц")                                       \
	X(M_QUARTER_SHORT, "Q", "У")                                                         \
	X(M_PROGRESS, "progress", "хэрэгжилт")                                               \
	X(M_BUDGET, "budget", "төсөв")                                                       \
	X(M_NO_GOALS, "(no goals: a adds one)", "(зорилт алга: a нэмнэ)")                   \
	X(M_NO_ACTS, "(no activities)", "(арга хэмжээ алга)")                                \
	X(M_NO_MATCH_FILTER, "(no activity matches the filter)",                             \
	  "(шүүлтүүрт тохирох арга хэмжээ алга)")                                            \
	X(M_NO_ACT_SELECTED, "(no activity selected)", "(арга хэмжээ сонгоогүй)")            \
	X(M_NONE, "none", "байхгүй")                                                         \
	X(M_R_100, "done", "хэрэгжсэн")                                                      \
	X(M_R_70, "under way", "хэрэгжиж байгаа")                                            \
	X(M_R_30, "insufficient", "хангалтгүй")                                              \
	X(M_R_0, "not done", "хэрэгжээгүй")                                                  \
	X(M_R_NOT_DUE, "not due", "хугацаа болоогүй")                                        \
	X(M_R_NONE, "not rated", "үнэлээгүй")                                                \
	X(M_R_NOT_SCHEDULED, "not scheduled", "төлөвлөөгүй")                                                \
	X(M_SCHEDULED, "scheduled", "төлөвлөсөн")                                            \
	X(M_UNSCHEDULED, "not scheduled", "төлөвлөөгүй")                                     \
	X(M_FILTER, "filter", "шүүлтүүр")                                                    \
	X(M_FILTER_UNIT, "unit", "нэгж")                                                     \
	X(M_FILTER_SCHED, "scheduled in", "төлөвлөсөн улирал")                               \
	X(M_FILTER_UNRATED, "unrated", "үнэлээгүй")                                          \
	X(M_FILTER_BELOW70, "below 70", "70-аас доош")                                       \
	X(M_FILTER_NOTDUE, "not due", "хугацаа болоогүй")                                    \
	X(M_FILTER_CLEARED, "Filter cleared.", "Шүүлтүүрийг цэвэрлэлээ.")                    \
	X(M_FILTER_HIDDEN, "The match was hidden by the filter; filter cleared.",            \
	  "Олдсон зүйл шүүлтүүрээр нуугдсан тул шүүлтүүрийг цэвэрлэлээ.")                    \
	X(M_HELP_TITLE, "Keys", "Товчлуурууд")                                               \
	X(M_HELP_CLOSE, "Esc or q closes this window.", "Esc эсвэл q дарж хаана.")           \
	X(M_HELP_CMDS, "Commands after ':'", "':' тушаалууд")                                \
	X(M_HELP_C_W, ":w  save", ":w  хадгалах")                                            \
	X(M_HELP_C_Q, ":q  quit (:q! without saving)", ":q  гарах (:q! хадгалахгүй)")        \
	X(M_HELP_C_WQ, ":wq  save and quit", ":wq  хадгалаад гарах")                         \
	X(M_HELP_C_GOTO, ":goto ID  jump to a goal or activity",                             \
	  ":goto ДУГААР  зорилт, арга хэмжээ рүү очих")                                      \
	X(M_HELP_C_SET, ":set PATH=VALUE  set a field of the selected activity (or goal)",   \
	  ":set ЗАМ=УТГА  сонгосон арга хэмжээний (зорилтын) талбарыг өөрчлөх")              \
	X(M_HELP_C_QUARTER, ":quarter N  select quarter N", ":quarter N  N-р улирлыг сонгох") \
	X(M_HELP_C_FILTER, ":filter unit NAME | quarter N | off\n"                             \
	  "  :filter rating unrated|below70|not-due|overdue",                                  \
	  ":filter unit НЭР | quarter N | off\n"                                               \
	  "  :filter rating unrated|below70|not-due|overdue")               \
	X(M_SCOPE_ALL, "everywhere", "хаана ч")                                              \
	X(M_SCOPE_GOALS, "goals", "зорилт")                                                  \
	X(M_SCOPE_ACTS, "activities", "арга хэмжээ")                                         \
	X(M_SCOPE_DETAIL, "details", "дэлгэрэнгүй")                                          \
	X(M_SCOPE_STATUS, "status", "явц")                                                   \
	X(M_K_DOWN, "next row", "дараагийн мөр")                                             \
	X(M_K_UP, "previous row", "өмнөх мөр")                                               \
	X(M_K_PGDN, "page down", "доош хуудас")                                              \
	X(M_K_PGUP, "page up", "дээш хуудас")                                                \
	X(M_K_HOME, "first row", "эхний мөр")                                                \
	X(M_K_END, "last row", "сүүлийн мөр")                                                \
	X(M_K_NEXT_PANEL, "next panel", "дараагийн хэсэг")                                   \
	X(M_K_PREV_PANEL, "previous panel", "өмнөх хэсэг")                                   \
	X(M_K_EDIT, "edit the selected field in place", "сонгосон талбарыг засах")          \
	X(M_K_EDITOR, "edit long text in $EDITOR", "урт текстийг $EDITOR-оор засах")         \
	X(M_K_R100, "rate the quarter 100 (done)", "улирлыг 100 (хэрэгжсэн) гэж үнэлэх")      \
	X(M_K_R70, "rate 70 (under way)", "70 (хэрэгжиж байгаа) гэж үнэлэх")                \
	X(M_K_R30, "rate 30 (insufficient)", "30 (хангалтгүй) гэж үнэлэх")                   \
	X(M_K_R0, "rate 0 (not done)", "0 (хэрэгжээгүй) гэж үнэлэх")                         \
	X(M_K_RND, "mark not due", "хугацаа болоогүй гэж тэмдэглэх")                         \
	X(M_K_RCLEAR, "clear the rating", "үнэлгээг арилгах")                                \
	X(M_K_TOGGLE_Q, "schedule / unschedule the selected quarter",                        \
	  "сонгосон улирлыг төлөвлөх / цуцлах")                                              \
	X(M_K_QPREV, "previous quarter", "өмнөх улирал")                                     \
	X(M_K_QNEXT, "next quarter", "дараагийн улирал")                                     \
	X(M_K_ADD, "add a goal, activity or indicator after the selected one",               \
	  "зорилт, арга хэмжээ, шалгуур нэмэх")                                              \
	X(M_K_DELETE, "delete the selected goal, activity or indicator",                     \
	  "сонгосон зорилт, арга хэмжээ, шалгуурыг устгах")                                  \
	X(M_K_MOVE_UP, "move the selected item up", "сонгосныг дээш зөөх")                   \
	X(M_K_MOVE_DOWN, "move the selected item down", "сонгосныг доош зөөх")               \
	X(M_K_UNDO, "undo", "буцаах")                                                        \
	X(M_K_REDO, "redo", "дахин хийх")                                                    \
	X(M_K_SEARCH, "search all text of the plan", "төлөвлөгөөний бүх текстээс хайх")     \
	X(M_K_SNEXT, "next match", "дараагийн илэрц")                                        \
	X(M_K_SPREV, "previous match", "өмнөх илэрц")                                        \
	X(M_K_F_UNIT, "filter: the selected activity's responsible unit",                    \
	  "шүүх: сонгосон арга хэмжээний хариуцах нэгжээр")                                 \
	X(M_K_F_QUARTER, "filter: scheduled in the selected quarter",                        \
	  "шүүх: сонгосон улиралд төлөвлөснөөр")                                             \
	X(M_K_F_RATING, "filter: unrated, below 70, not due, overdue (cycles)",              \
	  "шүүх: үнэлээгүй, 70-аас доош, хугацаа болоогүй, хугацаа хэтэрсэн (ээлжлэн)")                        \
	X(M_K_F_CLEAR, "clear the filter", "шүүлтүүр арилгах")                               \
	X(M_K_COMMAND, "command line", "тушаалын мөр")                                       \
	X(M_K_SAVE, "save", "хадгалах")                                                      \
	X(M_K_QUIT, "quit (asks when there are unsaved changes)",                            \
	  "гарах (хадгалаагүй бол асууна)")                                                  \
	X(M_K_HELP, "this help", "энэ тусламж")                                              \
	X(M_K_REPORT, "quarterly report view", "улирлын тайлан харах")                       \
	X(M_K_REDRAW, "redraw the screen", "дэлгэцийг дахин зурах")                          \
	X(M_K_CLOSE, "close an overlay, cancel editing", "цонх хаах, засвар цуцлах")          \
	X(M_K_LE_MOVE, "Left/Right, Home/End, Ctrl-A/E: move the cursor",                    \
	  "Зүүн/Баруун, Home/End, Ctrl-A/E: курсор зөөх")                                    \
	X(M_K_LE_DEL, "Backspace/Delete, Ctrl-K/U/W: delete", "Backspace/Delete, Ctrl-K/U/W: устгах") \
	X(M_K_LE_DONE, "Enter: keep the change, Esc: cancel", "Enter: хадгалах, Esc: цуцлах") \
	X(M_CF_TITLE, "Merge conflicts in %s: %zu of %zu, at line %u", \
	  "%s файлын нийлүүлэлтийн зөрчил: %zu / %zu, %u-р мөр") \
	X(M_CF_OURS, "o  ours (this branch): %s", "o  манайх (энэ салбар): %s") \
	X(M_CF_THEIRS, "t  theirs (the branch merged in): %s", "t  тэднийх (нийлүүлсэн салбар): %s") \
	X(M_CF_KEYS, "o:ours  t:theirs  Left/Right:other conflict  q:leave the file as it is", \
	  "o:манайх  t:тэднийх  Зүүн/Баруун:өөр зөрчил  q:файлыг хэвээр үлдээх") \
	X(M_CF_LEFT, "%s: merge conflicts left as they were (tolov validate lists them)", \
	  "%s: нийлүүлэлтийн зөрчлийг хэвээр үлдээв (tolov validate жагсаана)") \
	X(M_NO_TERMINAL, "cannot use the terminal (TERM=%s)", "терминалыг ашиглаж чадсангүй (TERM=%s)") \
	X(M_PAGER_KEYS, "Up/Down PgUp/PgDn:scroll  Home/End  q:close", "Дээш/Доош PgUp/PgDn:гүйлгэх  Home/End  q:хаах") \
	X(M_EDIT_KEYS, "Editing: Enter:keep  Esc:cancel  ^U:clear", "Засаж байна: Enter:хадгалах  Esc:болих  ^U:арилгах") \
	X(M_BAR_KEYS, "?:help  Enter:edit  /:search  u:undo  ^S:save  q:quit",               \
	  "?:тусламж  Enter:засах  /:хайх  u:буцаах  ^S:хадгалах  q:гарах")                       \
	X(M_STATUS_KEYS, "1/7/3/0/-/x rate  s schedule  Enter note",                         \
	  "1/7/3/0/-/x үнэлэх  s төлөвлөх  Enter тайлбар")                                     \
	X(M_SAVED, "Saved %s", "%s хадгаллаа")                                               \
	X(M_SAVE_FAILED, "Not saved: %s", "Хадгалсангүй: %s")                                \
	X(M_NOTHING_UNDO, "Nothing to undo.", "Буцаах зүйл алга.")                           \
	X(M_NOTHING_REDO, "Nothing to redo.", "Дахин хийх зүйл алга.")                       \
	X(M_UNDONE, "Undone: %s", "Буцаалаа: %s")                                            \
	X(M_REDONE, "Redone: %s", "Дахин хийлээ: %s")                                        \
	X(M_READ_ONLY, "The plan is open read-only.", "Төлөвлөгөө зөвхөн уншихаар нээлттэй.") \
	X(M_CONFIRM_QUIT, "Unsaved changes. Quit without saving? (y/n)",                     \
	  "Хадгалаагүй өөрчлөлт байна. Хадгалалгүй гарах уу? (y/n)")                         \
	X(M_CONFIRM_DELETE, "Delete %s? (y/n)", "Устгах уу: %s? (y/n)")                     \
	X(M_DELETED, "Deleted %s.", "%s устгалаа.")                                          \
	X(M_ADDED, "Added %s.", "%s нэмлээ.")                                                \
	X(M_SEARCH_PROMPT, "/", "/")                                                         \
	X(M_NOT_FOUND, "Not found: %s", "Олдсонгүй: %s")                                     \
	X(M_MATCH_N, "Match %zu/%zu", "Илэрц %zu/%zu")                               \
	X(M_NO_SEARCH, "No search yet: press /", "Хайлт алга: / дарна уу")                   \
	X(M_UNKNOWN_CMD, "Unknown command: %s", "Үл мэдэгдэх тушаал: %s")                    \
	X(M_BAD_QUARTER, "The quarter must be 1 to 4.", "Улирал 1-ээс 4 байна.")            \
	X(M_NO_SUCH_ID, "No goal or activity has id %s", "%s дугаартай зорилт, арга хэмжээ алга") \
	X(M_SET_USAGE, "Usage: :set PATH=VALUE", "Хэрэглээ: :set ЗАМ=УТГА")                  \
	X(M_NO_TARGET, "Select a goal or activity first.", "Эхлээд зорилт, арга хэмжээ сонгоно уу.") \
	X(M_NOT_EDITABLE, "Nothing to edit here.", "Энд засах зүйл алга.")                   \
	X(M_UNSAVED_HINT, "Unsaved changes: :w saves, :q! quits without saving.",            \
	  "Хадгалаагүй өөрчлөлт: :w хадгална, :q! хадгалалгүй гарна.")                       \
	X(M_EDITOR_FAILED, "The editor failed: %s", "Засварлагч алдаа гаргалаа: %s")         \
	X(M_EDITOR_CONTROL, "Refused: the text holds a control character at byte %zu.",      \
	  "Татгалзлаа: текстийн %zu-р байтад удирдах тэмдэгт байна.")                        \
	X(M_REPORT_NONE, "The report is not available in this build.",                       \
	  "Энэ хувилбарт тайлан алга.")                                                      \
	X(M_REPORT_TITLE, "Report, quarter %d", "%d-р улирлын тайлан")                       \
	X(M_CHANGED_ON_DISK, "The file changed on disk since it was opened: not saved.",     \
	  "Файл нээснээс хойш өөрчлөгдсөн тул хадгалсангүй.")                                 \
	X(M_RECOVERED, "tolov: unsaved work written to %s\n",                                \
	  "tolov: хадгалаагүй ажлыг %s файлд бичлээ\n")                                      \
	X(M_CTRL_C, "Press q to quit.", "Гарахдаа q дарна уу.")                              \
	X(M_QUARTER_N, "Quarter %d", "%d-р улирал")                                          \
	X(M_MOVED, "Moved.", "Зөөлөө.")                                                      \
	X(M_LOCKED_RO, "Read-only: %s is editing this plan.",                               \
	  "Зөвхөн унших: %s энэ төлөвлөгөөг засварлаж байна.")                               \
	X(M_CRASH_SAVED, "tolov: stopped by an internal error; unsaved work written to ",   \
	  "tolov: дотоод алдаагаар зогслоо; хадгалаагүй ажлыг дараах файлд бичлээ: ")     \
	X(M_CRASH_NOT_SAVED, "tolov: stopped by an internal error; unsaved work could not be written\n", \
	  "tolov: дотоод алдаагаар зогслоо; хадгалаагүй ажлыг бичиж чадсангүй\n")          \
	X(M_LOCK_STALE, "A stale lock of %s (the process is gone) was taken over.",         \
	  "%s-н хуучирсан түгжээг (процесс нь алга) авлаа.")                                \
	X(M_LOCK_IGNORED, "Lock ignored: if you both save, one overwrites the other (held by %s).", \
	  "Түгжээг үл тооллоо: хоёулаа хадгалбал нэг нь нөгөөгөө дарж бичнэ (%s).")       \
	X(M_RC_TITLE, "Unsaved work found", "Хадгалаагүй ажил олдлоо")                     \
	X(M_RC_INTRO, "An earlier session of %s ended before saving. Its unsaved work is in:", \
	  "%s-н өмнөх засвар хадгалагдалгүй дууссан. Хадгалаагүй ажил нь:")               \
	X(M_RC_BYTES, "bytes", "байт")                                                       \
	X(M_RC_OPEN, "open it (the plan starts unsaved; saving writes the plan)",           \
	  "нээх (төлөвлөгөө хадгалаагүй төлөвт нээгдэнэ; хадгалбал төлөвлөгөөнд бичнэ)")  \
	X(M_RC_COMPARE, "compare it with the plan", "төлөвлөгөөтэй харьцуулах")            \
	X(M_RC_DISCARD, "discard it (delete the file)", "хаях (файлыг устгах)")             \
	X(M_RC_PICK, "choose another file", "өөр файл сонгох")                              \
	X(M_RC_LATER, "not now (:recover shows this again)",                                \
	  "одоо биш (:recover дахин харуулна)")                                             \
	X(M_RC_LATER_MSG, "Recovery files kept; :recover shows them again.",                \
	  "Сэргээх файлуудыг үлдээлээ; :recover дахин харуулна.")                           \
	X(M_RC_SHORT, "Unsaved work found: o open, c compare, d discard, Esc later",        \
	  "Хадгалаагүй ажил: o нээх, c харьцуулах, d хаях, Esc дараа")                      \
	X(M_TYPED_KEPT, "You were typing \"%s\" when the link dropped; M shows it again.",     \
	  "Холболт тасрахад та \"%s\" гэж бичиж байсан; M дахин харуулна.")                  \
	X(M_RC_NONE, "No recovery files for this plan.",                                   \
	  "Энэ төлөвлөгөөнд сэргээх файл алга.")                                            \
	X(M_RC_OPEN_FAILED, "Cannot open the recovery file: %s",                            \
	  "Сэргээх файлыг нээж чадсангүй: %s")                                              \
	X(M_RC_OPENED, "Opened %s: unsaved; saving writes the plan.",                      \
	  "%s-г нээлээ: хадгалаагүй; хадгалбал төлөвлөгөөнд бичнэ.")                        \
	X(M_RC_OPENED_KEPT, "Opened %s; your earlier edits are in %s.",                     \
	  "%s-г нээлээ; өмнөх засвар тань %s файлд байна.")                                 \
	X(M_RC_CONFIRM_DISCARD, "Delete %s for good? (y/n)",                                \
	  "%s-г бүр мөсөн устгах уу? (y/n)")                                                \
	X(M_RC_DISCARDED, "Deleted %s.", "%s устгалаа.")                                     \
	X(M_RC_DISCARD_FAILED, "Cannot delete %s: %s", "%s-г устгаж чадсангүй: %s")         \
	X(M_RC_REMOVED, "(%s is no longer needed and was removed)",                         \
	  "(%s хэрэггүй болсон тул устгалаа)")                                              \
	X(M_DF_TITLE, "Compare: plan and %s", "Харьцуулалт: төлөвлөгөө ба %s")              \
	X(M_DF_HEAD, "What differs between the plan %s (on disk) and the recovery file %s:", \
	  "Төлөвлөгөө %s (диск дээрх) ба сэргээх файл %s-н ялгаа:")                         \
	X(M_DF_PLAN, "Plan", "Төлөвлөгөө")                                                   \
	X(M_DF_GOAL, "Goal", "Зорилт")                                                       \
	X(M_DF_ACT, "Activity", "Арга хэмжээ")                                               \
	X(M_DF_PLAN_SIDE, "plan    ", "төлөвлөгөө")                                          \
	X(M_DF_REC_SIDE, "recovery", "сэргээх   ")                                           \
	X(M_DF_EMPTY, "(empty)", "(хоосон)")                                                 \
	X(M_DF_ONLY_REC, "only in the recovery file", "зөвхөн сэргээх файлд")                \
	X(M_DF_ONLY_PLAN, "only in the plan", "зөвхөн төлөвлөгөөнд")                         \
	X(M_DF_ORDER, "the same items in another order", "ижил зүйлс өөр дараалалтай")      \
	X(M_DF_SAME, "They are identical.", "Ялгаагүй.")                                     \
	X(M_DF_LAYOUT, "No field differs: only layout, comments or keys tolov does not show.", \
	  "Талбарууд ижил: зөвхөн бичлэг, тайлбар эсвэл tolov-ын харуулдаггүй түлхүүр ялгаатай.") \
	X(M_DF_COUNT, "Fields are named as in :set.", "Талбаруудыг :set-ийнх шиг нэрлэв.") \
	X(M_DF_BACK, "q or Esc: back to the choice.", "q эсвэл Esc: сонголт руу буцах.")    \
	X(M_CH_TITLE, "The file changed on disk", "Файл диск дээр өөрчлөгдсөн")             \
	X(M_CH_INTRO, "%s was changed by someone else since tolov read it (a git pull, another program). Your edits are kept in memory.", \
	  "%s-г tolov уншсанаас хойш өөр хэн нэгэн өөрчилжээ (git pull, өөр програм). Таны засвар санах ойд хадгалагдаж байна.") \
	X(M_CH_RELOAD, "reload it (your edits go to a recovery file first)",                \
	  "дахин ачаалах (таны засварыг эхлээд сэргээх файлд бичнэ)")                       \
	X(M_CH_OVERWRITE, "overwrite it with your version", "өөрийн хувилбараар дарж бичих") \
	X(M_CH_SAVE_AS, "save your version elsewhere", "өөрийн хувилбарыг өөр газар хадгалах") \
	X(M_CH_CANCEL, "do nothing now", "одоо юу ч хийхгүй")                                \
	X(M_CH_SHORT, "Changed on disk: r reload, o overwrite, s save elsewhere, Esc cancel", \
	  "Диск дээр өөрчлөгдсөн: r ачаалах, o дарж бичих, s өөр газар, Esc болих")         \
	X(M_CH_KEPT, "Not saved; your edits are kept.", "Хадгалсангүй; засвар тань хэвээр.") \
	X(M_SAVE_AS_PROMPT, "Save as: ", "Хадгалах нэр: ")                                   \
	X(M_SAVED_COPY, "Saved a copy to %s; %s itself is not saved.",                      \
	  "Хуулбарыг %s-д хадгаллаа; %s өөрөө хадгалагдаагүй.")                             \
	X(M_SAVE_AS_EXISTS, "%s exists; choose another name.",                              \
	  "%s аль хэдийн байна; өөр нэр сонгоно уу.")                                       \
	X(M_KEEP_FAILED, "Your edits could not be kept, so nothing was dropped: %s",        \
	  "Засварыг хадгалж чадаагүй тул юу ч хаясангүй: %s")                               \
	X(M_RELOAD_FAILED, "Cannot reload: %s (edits kept, also in %s)",                    \
	  "Дахин ачаалж чадсангүй: %s (засвар хэвээр, мөн %s-д)")                          \
	X(M_RELOADED, "Reloaded %s.", "%s-г дахин ачааллаа.")                                \
	X(M_RELOADED_KEPT, "Reloaded %s; your edits are in %s.",                            \
	  "%s-г дахин ачааллаа; засвар тань %s файлд байна.")                               \
	X(M_TAKEOVER_NONE, "This tolov already holds the lock.",                           \
	  "Түгжээ аль хэдийн энэ tolov-д байна.")                                           \
	X(M_TAKEOVER_ASK, "Take the lock? Two editors overwrite each other's work. (y/n)",  \
	  "Түгжээг авах уу? Хоёр засварлагч бие биеийнхээ ажлыг дарж бичнэ. (y/n)")        \
	X(M_TAKEN_OVER, "The lock is yours: the plan is editable.",                         \
	  "Түгжээ таных боллоо: төлөвлөгөөг засах боломжтой.")                              \
	X(M_TAKEOVER_RACE, "%s took the lock first; still read-only.",                      \
	  "%s түгжээг түрүүлж авлаа; зөвхөн унших хэвээр.")                                 \
	X(M_TAKEOVER_FAILED, "Cannot take the lock: %s", "Түгжээг авч чадсангүй: %s")       \
	X(M_HELP_C_WFILE, ":w FILE  save a copy elsewhere", ":w ФАЙЛ  хуулбарыг өөр газар хадгалах") \
	X(M_HELP_C_RELOAD, ":reload  read the file again (unsaved edits go to a recovery file)", \
	  ":reload  файлыг дахин унших (хадгалаагүй засвар сэргээх файлд)")                 \
	X(M_HELP_C_RECOVER, ":recover  open, compare or discard recovery files",            \
	  ":recover  сэргээх файлыг нээх, харьцуулах, хаях")                                \
	X(M_HELP_C_TAKEOVER, ":takeover  edit although another tolov holds the lock",       \
	  ":takeover  өөр tolov түгжсэн ч засах")                                            \
	X(M_RO_OPTION, "(opened with --read-only)", "(--read-only-оор нээсэн)")               \
	X(M_RO_LOCKED_WHY, "%s is editing it; :takeover edits anyway.",                       \
	  "%s засварлаж байна; :takeover-оор засна.")                                          \
	X(M_DEL_GOAL, "goal %s", "%s-р зорилт")                                               \
	X(M_DEL_ACTIVITY, "activity %s", "%s арга хэмжээ")                                    \
	X(M_DEL_INDICATOR, "indicator %zu of %s", "%zu-р шалгуур (%s)")                   \
	X(M_DEL_ITS, " and its ", ", түүний ")                                                \
	X(M_DEL_AND, " and ", ", ")                                                           \
	X(M_K_EXPAND, "show the goals nested in the selected goal", "дэд зорилтуудыг харуулах") \
	X(M_K_COLLAPSE, "hide the goals nested in the selected goal", "дэд зорилтуудыг нуух") \
	X(M_K_MOVE_GOAL, "move the selected activity to another goal (asks which)",         \
	  "сонгосон арга хэмжээг өөр зорилт руу зөөх (аль болохыг асууна)")                    \
	X(M_MOVE_PROMPT, "Move to goal: ", "Аль зорилт руу: ")                                 \
	X(M_MOVED_TO, "Moved %s to goal %s.", "%s-г %s-р зорилт руу зөөлөө.")                 \
	X(M_RENUMBERED, "Renumbered goals and activities in their order (u undoes).",        \
	  "Зорилт, арга хэмжээг дарааллаар нь дугаарлалаа (u буцаана).")                      \
	X(M_IN_ORDER, "Every id is already in order.", "Бүх дугаар дарааллаараа байна.")      \
	X(M_HELP_C_MOVE, ":move GOAL  move the selected activity to goal GOAL",             \
	  ":move ЗОРИЛТ  сонгосон арга хэмжээг ЗОРИЛТ руу зөөх")                              \
	X(M_HELP_C_RENUMBER, ":renumber  renumber every goal, nested ones too, and activity in order", \
	  ":renumber  бүх зорилт (дэд зорилтын хамт), арга хэмжээг дарааллаар нь дугаарлах")   \
	X(M_LOCK_LOST, "Not saved: %s took the lock over. Your edits are kept: :w FILE saves a copy, :takeover takes the lock back.", \
	  "Хадгалсангүй: %s түгжээг авсан. Засвар тань хэвээр: :w ФАЙЛ хуулбар хадгална, :takeover түгжээг буцааж авна.") \
	X(M_NEW_MISSING, "%s does not exist.\n", "%s файл алга.\n")                          \
	X(M_NEW_ASK, "Create a new plan there? (y/n) ", "Тэнд шинэ төлөвлөгөө үүсгэх үү? (y/n) ") \
	X(M_NEW_TITLE, "Title of the plan: ", "Төлөвлөгөөний нэр: ")                           \
	X(M_NEW_YEAR, "Year (Enter: none): ", "Он (Enter: байхгүй): ")                         \
	X(M_NEW_NOT_MADE, "Nothing was created.", "Юу ч үүсгэсэнгүй.")                        \
	X(M_CH_PLANS_KEYS, "Enter:open (there L comes back, q closes it)  [ ]:quarter  q:quit", \
	  "Enter:нээх (тэнд L буцна, q хаана)  [ ]:улирал  q:гарах")                            \
	X(M_CH_COL_PROGRESS, "Progress", "Хэрэгжилт")                                      \
	X(M_CH_COL_ACTS, "Activities", "Арга хэмжээ")                                       \
	X(M_CH_COL_OVERDUE, "Overdue", "Хэтэрсэн")                                          \
	X(M_CH_COL_TITLE, "Title (organisation)", "Нэр (байгууллага)")                      \
	X(M_CH_COL_FILE, "File", "Файл")                                                    \
	X(M_CH_BAD_ROW, "cannot be read (Enter: why)", "уншигдсангүй (Enter: шалтгаан)")       \
	X(M_PG_MORE, "more below", "доор үргэлжилнэ")                                       \
	X(M_PG_CONTINUES, "this item continues below", "энэ хэсэг доор үргэлжилнэ")                      \
	X(M_CH_NO_PLANS, "no plan (*.yaml, *.yml) there", "тэнд төлөвлөгөө (*.yaml, *.yml) алга") \
	X(M_LOCK_UNSAFE_RO, "Read-only: %s", "Зөвхөн унших: %s")                               \
	X(M_LOCK_UNSAFE_IGNORED, "Editing without a lock (--ignore-lock): %s",                 \
	  "Түгжээгүй засаж байна (--ignore-lock): %s")                                          \
	X(M_K_BACK, "back to the list of plans, this one kept open (tolov FOLDER)",          \
	  "төлөвлөгөөний жагсаалт руу буцах, энэ нь нээлттэй үлдэнэ (tolov ХАВТАС)")           \
	X(M_BACK_NONE, "One plan is open: L goes back to the list under tolov FOLDER.",       \
	  "Нэг төлөвлөгөө нээлттэй: L нь tolov ХАВТАС-аар нээхэд жагсаалт руу буцаана.")       \
	X(M_CH_UNSAVED, "Unsaved changes in %s (marked +): q again quits without saving them.", \
	  "Хадгалаагүй өөрчлөлттэй %s байна (+ тэмдэгтэй): дахин q дарвал хадгалалгүй гарна.") \
	X(M_OVERDUE, "overdue", "хугацаа хэтэрсэн")                                           \
	X(M_ALL_GOALS, "All goals", "Бүх зорилт")                                             \
	X(M_ALL_ACTIVITIES, "All activities", "Бүх арга хэмжээ")                              \
	X(M_RO_TAG, "[read-only]", "[зөвхөн унших]")                                          \
	X(M_FILTER_OVERDUE, "overdue", "хугацаа хэтэрсэн")                                    \
	X(M_FILTER_E_QUARTER, "No quarter \"%s\": 1-4, or 0 for any.", "\"%s\" улирал алга: 1-4, бүгд бол 0.") \
	X(M_FILTER_E_RATING, "No rating \"%s\": unrated, below70, not-due, overdue, any.",         \
	  "\"%s\" үнэлгээ алга: unrated, below70, not-due, overdue, any.")                          \
	X(M_FILTER_E_UNIT_NAME, ":filter unit needs a unit name: :filter unit NAME.",               \
	  ":filter unit нэгжийн нэр шаардана: :filter unit НЭР.")                                      \
	X(M_FILTER_E_UNIT_NONE, "No activity has the unit \"%s\".",                                 \
	  "\"%s\" нэгжтэй арга хэмжээ алга.")                                                      \
	X(M_FILTER_E_UNIT_CLOSE, "No activity has the unit \"%s\"; close: %s.",                     \
	  "\"%s\" нэгжтэй арга хэмжээ алга; ойролцоо: %s.")                                        \
	X(M_FILTER_E_WHAT, "Unknown filter \"%s\": use unit NAME, quarter N, rating WORD or off.",  \
	  "Үл мэдэгдэх шүүлтүүр \"%s\": unit НЭР, quarter N, rating ҮГ эсвэл off.")                \
	X(M_BAR_KEYS_RO, "?:help  /:search  r:report  :goto ID  q:quit",                      \
	  "?:тусламж  /:хайх  r:тайлан  :goto ДУГААР  q:гарах")                                   \
	X(M_K_ALL_GOALS, "all goals: every activity of the plan (again: back)",              \
	  "бүх зорилт: төлөвлөгөөний бүх арга хэмжээ (дахин: буцах)")                         \
	X(M_K_HISTORY, "history of the selected field (status: the quarter; details: the field) through git", \
	  "сонгосон талбарын түүх git-ээс (явц: улирал; дэлгэрэнгүй: талбар)") \
	X(M_HISTORY_TITLE, "History of %s through git", "%s-ийн түүх git-ээс") \
	X(M_HISTORY_NONE, "No commit changed it.", "Үүнийг өөрчилсөн commit алга.") \
	X(M_HISTORY_PLAN, "the plan", "төлөвлөгөө") \
	X(M_K_UNITS, "per-unit view: activities, budget, progress of each unit",            \
	  "нэгжээр: нэгж бүрийн арга хэмжээ, төсөв, хэрэгжилт")                               \
	X(M_K_MESSAGES, "the session's messages", "энэ удаагийн мэдэгдлүүд")                  \
	X(M_HELP_C_MESSAGES, ":messages  the session's messages",                            \
	  ":messages  энэ удаагийн мэдэгдлүүд")                                               \
	X(M_MESSAGES_TITLE, "Messages", "Мэдэгдлүүд")                                         \
	X(M_MESSAGES_NONE, "(no messages yet)", "(мэдэгдэл алга)")                            \
	X(M_MSG_MORE, " (M: all)", " (M: бүгд)")                                             \
	X(M_HELP_PAGE, "%s %zu/%zu", "%s %zu/%zu")                                            \
	X(M_HELP_MARKS, "Quarter cells (activities list, status panel)",                     \
	  "Улирлын нүд (арга хэмжээний жагсаалт, явц)")                                       \
	X(M_HELP_MARK_RATING, "100 70 30 0  the quarter's rating",                           \
	  "100 70 30 0  улирлын үнэлгээ")                                                     \
	X(M_HELP_MARK_SCHED, "%s  scheduled in the quarter, not rated yet",                    \
	  "%s  тухайн улиралд төлөвлөсөн, үнэлээгүй")                           \
	X(M_HELP_MARK_OVERDUE, "!  overdue: scheduled, the quarter has ended, not rated",    \
	  "!  хугацаа хэтэрсэн: төлөвлөсөн, улирал дууссан, үнэлээгүй")                       \
	X(M_HELP_MARK_NOTDUE, "-  rated not due", "-  хугацаа болоогүй гэж тэмдэглэсэн")     \
	X(M_HELP_MARK_BLANK, "(blank)  not scheduled and not rated",                         \
	  "(хоосон)  төлөвлөөгүй, үнэлээгүй")                                                 \
	X(M_HELP_MARK_STATUS, "Q2 %s 70, Q2 %s   .  status panel: %s scheduled in the quarter; . not rated yet", \
	  "У2 %s 70, У2 %s   .  явц: %s тухайн улиралд төлөвлөсөн; . үнэлээгүй")             \
	X(M_HELP_MARK_CUT, "%s  cut short: select the row (details) or press M to read it whole", \
	  "%s  таслагдсан: мөрийг сонгож (дэлгэрэнгүй) эсвэл M дарж бүтнээр нь уншина") \
	X(M_HELP_MARK_GOALS, "*  all goals   +  nested goals hidden   -  no progress yet (goals panel)", \
	  "*  бүх зорилт   +  дэд зорилт нуусан   -  явц алга (зорилтууд)")                 \
	X(M_HELP_MARK_BOLD, "The selected quarter's column is bold; [ and ] change it.",    \
	  "Сонгосон улирлын багана тод; [ ба ] солино.")                                      \
	X(M_UNITS_TITLE, "Units, quarter %d", "Нэгжүүд, %d-р улирал")                         \
	X(M_UNITS_HEAD, "Unit", "Нэгж")                                                       \
	X(M_GOAL_BUDGET, "Goal %s budget: %s %s", "%s-р зорилтын төсөв: %s %s")              \
	X(M_RATE_UNSCHEDULED, "Quarter %d is not scheduled for %s. Rate it anyway? (y/n)",   \
	  "%d-р улирал %s-д төлөвлөгдөөгүй. Үнэлэх үү? (y/n)")                                \
	/* help: the line editor's heading; arrow keys' names (the footers' words) */          \
	X(M_HELP_LINE_EDITOR, "Line editor", "Мөр засвар")                                     \
	X(M_KEYNAME_DOWN, "Down", "Доош")                                                      \
	X(M_KEYNAME_UP, "Up", "Дээш")                                                          \
	X(M_KEYNAME_LEFT, "Left", "Зүүн")                                                      \
	X(M_KEYNAME_RIGHT, "Right", "Баруун")

#endif
