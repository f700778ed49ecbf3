/*
 * msg_edit.h — edit operations: move, renumber, wording, confirmations; part of the one catalog (i18n.h).
 * X(id, English, Mongolian): a message without both texts does not
 * compile. Included by i18n.h only.
 */
#ifndef TOLOV_MSG_EDIT_H
#define TOLOV_MSG_EDIT_H

#define TOLOV_MSG_EDIT(X) \
	X(M_EDIT_NOT_IN_STYLE, "the edit could not be written in the file's style (the result would not be valid YAML); nothing was changed", \
	  "засварыг файлын хэлбэрээр бичиж чадсангүй (YAML буруу болох байсан); юу ч өөрчлөгдсөнгүй") \
	X(M_EDIT_NO_SUCH_ITEM, "no goal or activity has the id \"%s\"", "\"%s\" дугаартай зорилт, арга хэмжээ алга") \
	X(M_EDIT_NO_SUCH_GOAL, "no goal has the id \"%s\"", "\"%s\" дугаартай зорилт алга") \
	X(M_EDIT_MOVE_INTO_ITSELF, "goal %s cannot move under goal %s, which is itself or nested in it", \
	  "%s зорилтыг өөрийн буюу өөрт нь багтсан %s зорилтын дор зөөх боломжгүй") \
	X(M_EDIT_ALREADY_IN_GOAL, "activity %s is already under goal %s", "%s арга хэмжээ аль хэдийн %s зорилтод байна") \
	X(M_EDIT_MOVE_FLOW, "an activity written in braces or among braces cannot be moved in the file's style; move its lines by hand", \
	  "хаалтан дотор бичсэн арга хэмжээг файлын хэлбэрээр зөөж чадахгүй; мөрүүдийг гараар зөөнө үү") \
	X(M_EDIT_RENUMBERED, "renumbered %zu ids", "%zu дугаарыг шинэчлэв") \
	/* undo steps, as "Undone: add goal" says them */ \
	X(M_STEP_ADD_GOAL, "add goal", "зорилт нэмэх") \
	X(M_STEP_ADD_ACT, "add activity", "арга хэмжээ нэмэх") \
	X(M_STEP_ADD_IND, "add indicator", "шалгуур үзүүлэлт нэмэх") \
	X(M_STEP_DEL_GOAL, "delete goal", "зорилт устгах") \
	X(M_STEP_DEL_ACT, "delete activity", "арга хэмжээ устгах") \
	X(M_STEP_DEL_IND, "delete indicator", "шалгуур үзүүлэлт устгах") \
	X(M_STEP_MOVE_GOAL, "move goal", "зорилт зөөх") \
	X(M_STEP_MOVE_ACT, "move activity", "арга хэмжээ зөөх") \
	X(M_STEP_MOVE_IND, "move indicator", "шалгуур үзүүлэлт зөөх") \
	X(M_STEP_RENUMBER, "renumber", "дахин дугаарлах") \
	X(M_STEP_FIELDS, "fields", "талбарууд")

#endif
