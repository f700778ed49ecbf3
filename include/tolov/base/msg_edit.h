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
	X(M_EDIT_NO_SUCH_ITEM, "no goal or activity has the id \"%s\"", "\"%s\" дугаартай зорилт, үйл ажиллагаа алга") \
	X(M_EDIT_NO_SUCH_GOAL, "no goal has the id \"%s\"", "\"%s\" дугаартай зорилт алга") \
	X(M_EDIT_MOVE_INTO_ITSELF, "goal %s cannot move under goal %s, which is itself or nested in it", \
	  "%s зорилтыг өөрийн буюу өөрт нь багтсан %s зорилтын дор зөөх боломжгүй") \
	X(M_EDIT_ALREADY_IN_GOAL, "activity %s is already under goal %s", "%s үйл ажиллагаа аль хэдийн %s зорилтод байна") \
	X(M_EDIT_MOVE_FLOW, "an activity written in braces or among braces cannot be moved in the file's style; move its lines by hand", \
	  "хаалтан дотор бичсэн үйл ажиллагааг файлын хэлбэрээр зөөж чадахгүй; мөрүүдийг гараар зөөнө үү") \
	X(M_EDIT_RENUMBERED, "renumbered %zu ids", "%zu дугаарыг шинэчлэв")

#endif
