/*
 * savetool.c — saves a file with tolov's save_atomic, for the fault tests.
 *
 *   savetool TARGET SOURCE       save SOURCE's bytes to TARGET once
 *   savetool --loop TARGET A B   save B, A, B, A, ... until killed
 *
 * Exit status: 0 saved; 1 not saved (the error on stderr); 3 saved with a
 * warning (on stderr); 2 usage or unreadable source.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tolov/io/save.h"

static int load(const char *path, char **data, size_t *len)
{
	struct tv_err err = TV_ERR_INIT;
	if (read_file(path, (size_t)1 << 30, data, len, &err) < 0) {
		fprintf(stderr, "%s\n", err.text);
		tv_err_clear(&err);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct tv_err err = TV_ERR_INIT;
	if (argc == 5 && !strcmp(argv[1], "--loop")) {
		char *a, *b;
		size_t alen, blen;
		if (load(argv[3], &a, &alen) < 0 || load(argv[4], &b, &blen) < 0)
			return 2;
		for (unsigned long i = 0;; i++) {
			int odd = i % 2 == 0;
			if (save_atomic(argv[2], odd ? b : a, odd ? blen : alen, &err) < 0) {
				fprintf(stderr, "%s\n", err.text);
				tv_err_clear(&err);
				free(a);
				free(b);
				return 1;
			}
			tv_err_clear(&err);
		}
	}
	if (argc != 3) {
		fprintf(stderr, "usage: savetool TARGET SOURCE | savetool --loop TARGET A B\n");
		return 2;
	}
	char *data;
	size_t len;
	if (load(argv[2], &data, &len) < 0)
		return 2;
	int r = save_atomic(argv[1], data, len, &err);
	free(data);
	if (err.text)
		fprintf(stderr, "%s\n", err.text);
	tv_err_clear(&err);
	return r == 0 ? 0 : r > 0 ? 3 : 1;
}
