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
	X(M_IMPORT_W_COLNUM, "a row of numbers 1, 2, 3 ... taken for column numbers, left out: %s", \
	  "1, 2, 3 ... тоон мөрийг баганын дугаар гэж үзэн оруулсангүй: %s") \
	X(M_IMPORT_W_ORNAMENT, "ornament left out: %s", "чимэглэлийг оруулсангүй: %s") \
	X(M_IMPORT_W_SIGNATURE, "signature line left out: %s", "гарын үсгийн мөрийг оруулсангүй: %s") \
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
	X(M_IMPORT_E_STRICT, "--strict: %s, nothing written", \
	  "--strict: %s, юу ч бичсэнгүй") \
	X(M_IMPORT_E_OLE, "an OLE compound file: an encrypted (password-protected) .docx/.xlsx, or an old .doc/.xls; save it as .docx, .xlsx or text without a password", \
	  "OLE нийлмэл файл: нууц үгтэй (шифрлэгдсэн) .docx/.xlsx, эсвэл хуучин .doc/.xls; нууц үггүйгээр .docx, .xlsx эсвэл текстээр хадгална уу") \
	X(M_IMPORT_E_UTF8, "invalid UTF-8 (byte 0x%02X); save the table as UTF-8 text", \
	  "буруу UTF-8 (0x%02X байт); хүснэгтийг UTF-8 текстээр хадгална уу") \
	X(M_IMPORT_E_NUL, "NUL byte in text", \
	  "текстэд NUL байт байна") \
	X(M_IMPORT_E_QUOTE, "quoted cell has no closing quote", \
	  "хашилттай нүдний хаах хашилт алга") \
	X(M_IMPORT_E_AFTER_QUOTE, "text after a closing quote; a quote inside a quoted cell is written \"\"", \
	  "хаах хашилтын дараа бичвэр байна; хашилттай нүдэн доторх хашилтыг \"\" гэж бичнэ") \
	X(M_IMPORT_E_TABLE_CAP, "a table of more than %u columns or %u cells: refused", \
	  "%u-аас олон багана эсвэл %u-аас олон нүдтэй хүснэгт: татгалзав") \
	X(M_IMPORT_E_ROWS_CAP, "more than %u rows: refused", \
	  "%u-аас олон мөр: татгалзав") \
	X(M_IMPORT_E_NO_DOCUMENT, "a zip file without word/document.xml: not a Word document", \
	  "word/document.xml-гүй zip файл: Word баримт биш") \
	X(M_IMPORT_E_UTF16_ODD, "UTF-16 text with an odd number of bytes", \
	  "сондгой тооны байттай UTF-16 текст") \
	X(M_IMPORT_E_UTF16_SURROGATE, "invalid UTF-16 (a lone surrogate)", \
	  "буруу UTF-16 (ганц орлуулагч)") \
	X(M_IMPORT_E_NUL_CHAR, "NUL character in text", \
	  "текстэд NUL тэмдэгт байна") \
	X(M_IMPORT_E_STRINGS_CAP, "more than %u shared strings: refused", \
	  "%u-аас олон хуваалцсан мөр: татгалзав") \
	X(M_IMPORT_E_SHEET_ROWS, "the sheet has more than %u rows: refused", \
	  "хуудас %u-аас олон мөртэй: татгалзав") \
	X(M_IMPORT_E_SHEET_COLS, "the sheet has more than %u columns: refused", \
	  "хуудас %u-аас олон баганатай: татгалзав") \
	X(M_IMPORT_E_MERGE_CAP, "a merged range of more than %u cells: refused", \
	  "%u-аас олон нүдтэй нэгтгэсэн муж: татгалзав") \
	X(M_IMPORT_E_SHEET_CELLS, "the sheet has more than %u cells: refused", \
	  "хуудас %u-аас олон нүдтэй: татгалзав") \
	X(M_IMPORT_E_MACROS, "a container of macros only, with no workbook or document: nothing to import", \
	  "зөвхөн макро агуулсан, ажлын ном ч баримт ч үгүй файл: оруулах зүйлгүй") \
	X(M_IMPORT_E_ODF, "an OpenDocument file (.ods/.odt): save it as .xlsx or .docx", \
	  "OpenDocument файл (.ods/.odt): .xlsx эсвэл .docx болгон хадгална уу") \
	X(M_IMPORT_E_WORD_NOT_BOOK, "a Word document, not a workbook", \
	  "ажлын ном биш, Word баримт") \
	X(M_IMPORT_E_OTHER_ZIP, "a zip file that is neither a Word document (.docx) nor an Excel workbook (.xlsx)", \
	  "Word баримт (.docx) ч, Excel ажлын ном (.xlsx) ч биш zip файл") \
	X(M_IMPORT_E_NO_SHEET, "no sheet named “%s”; the sheets are %s", \
	  "“%s” нэртэй хуудас алга; хуудсууд: %s") \
	X(M_IMPORT_E_NO_SHEETS, "the workbook has no sheet", \
	  "ажлын номд хуудас алга") \
	X(M_IMPORT_E_SHEET_NO_PART, "the sheet “%s” has no part in the workbook", \
	  "“%s” хуудасны хэсэг ажлын номд алга") \
	X(M_IMPORT_E_BAD_ZIP, "not a readable zip container (.docx or .xlsx): %s", \
	  "уншигдахуйц zip файл (.docx эсвэл .xlsx) биш: %s") \
	X(M_IMPORT_E_PART_STAT, "cannot read the part %s of the container", \
	  "файлын %s хэсгийг уншиж чадсангүй") \
	X(M_IMPORT_E_PART_ENCRYPTED, "the part %s is encrypted (a password-protected file); save it without a password", \
	  "%s хэсэг шифрлэгдсэн (нууц үгтэй файл); нууц үггүйгээр хадгална уу") \
	X(M_IMPORT_E_BOMB_SIZE, "the part %s declares %llu bytes, more than %llu MiB: refused as a zip bomb", \
	  "%s хэсэг %llu байт гэж зарласан нь %llu MiB-аас их: zip бөмбөг гэж татгалзав") \
	X(M_IMPORT_E_BOMB_RATIO, "the part %s inflates more than %u times: refused as a zip bomb", \
	  "%s хэсэг %u дахин илүү тэлнэ: zip бөмбөг гэж татгалзав") \
	X(M_IMPORT_E_PART_OPEN, "cannot open the part %s of the container: %s", \
	  "файлын %s хэсгийг нээж чадсангүй: %s") \
	X(M_IMPORT_E_BOMB_REAL, "the part %s inflates past %llu bytes: refused as a zip bomb", \
	  "%s хэсэг %llu байтаас хэтэрч тэлнэ: zip бөмбөг гэж татгалзав") \
	X(M_IMPORT_E_PART_DAMAGED, "the part %s of the container is damaged: %s", \
	  "файлын %s хэсэг гэмтэлтэй: %s") \
	X(M_IMPORT_E_XML_MEMORY, "out of memory reading %s", \
	  "%s-г уншихад санах ой хүрэлцсэнгүй") \
	X(M_IMPORT_E_PART_LARGE, "the part %s is too large", \
	  "%s хэсэг хэт том") \
	X(M_IMPORT_E_DOCTYPE, "the part %s has a DOCTYPE (DTD or entities): refused, as office files never have one", \
	  "%s хэсэгт DOCTYPE (DTD эсвэл entity) байна: оффисын файлд байдаггүй тул татгалзав") \
	X(M_IMPORT_E_XML, "the part %s is not well-formed XML (line %lu: %s)", \
	  "%s хэсэг зөв XML биш (%lu-р мөр: %s)") \
	X(M_IMPORT_E_MORE, "%s not shown", \
	  "харуулаагүй %s үлдсэн") \
	X(M_IMPORT_POS_TABLE, "table %u, row %u, column %u", "%u-р хүснэгт, %u-р мөр, %u-р багана") \
	X(M_IMPORT_POS_PARAGRAPH, "paragraph %u", "%u-р догол мөр") \
	X(M_IMPORT_E_STYLES_CAP, "more than %u cell formats: refused", \
	  "%u-аас олон нүдний хэлбэр: татгалзав") \
	X(M_IMPORT_E_OTHER_SHEETS, "the sheet “%s” has no plan table; the workbook's sheets are %s: choose one with --sheet", \
	  "“%s” хуудсанд төлөвлөгөөний хүснэгт алга; ажлын номын хуудсууд: %s; --sheet-ээр сонгоно уу") \
	X(M_IMPORT_E_PART_MISSING, "the part %s is missing from the container", \
	  "файлд %s хэсэг алга") \
	X(M_IMPORT_E_UNREADABLE, "cannot read the file as a plan table", \
	  "файлыг төлөвлөгөөний хүснэгт болгон уншиж чадсангүй") \
	X(M_IMPORT_SUMMARY, "imported: %s, %s, %s, %s", \
	  "оруулав: %s, %s, %s, %s") \

#endif
