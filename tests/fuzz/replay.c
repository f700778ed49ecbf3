/*
 * replay.c — run a fuzz harness on given files without libFuzzer, so the
 * regression inputs (tests/fuzz/regress/HARNESS/) are replayed by every
 * `make test` with the ordinary compiler (and under `make asan` with the
 * sanitizers). Linked with one harness (tests/fuzz/fuzz_*.c) and common.c.
 *
 *   replay FILE...    each file is one input; exit 0 when every input ran,
 *                     1 when a file cannot be read; a failed property
 *                     aborts, as it does under libFuzzer.
 */
#include <stdio.h>
#include <stdlib.h>

#include "common.h"
#include "tolov/base/util.h"

int main(int argc, char **argv)
{
	LLVMFuzzerInitialize(&argc, &argv);
	int rc = 0;
	for (int i = 1; i < argc; i++) {
		char *data;
		size_t len;
		struct tv_err err = TV_ERR_INIT;
		if (read_file(argv[i], 64u << 20, &data, &len, &err)) {
			fprintf(stderr, "%s\n", err.text ? err.text : argv[i]);
			tv_err_clear(&err);
			rc = 1;
			continue;
		}
		LLVMFuzzerTestOneInput((const uint8_t *)data, len);
		free(data);
	}
	return rc;
}
