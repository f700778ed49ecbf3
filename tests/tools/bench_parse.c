/*
 * bench_parse — the baseline of `make bench`: read a plan file into memory
 * and pull every event out of libyaml, deleting each one, with nothing
 * built from them. tolov's own commands are measured against this.
 *
 *   bench_parse FILE
 *
 * Exit status 0 when the whole stream parsed, 1 otherwise.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static unsigned char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "bench_parse: cannot open %s: %s\n", path, strerror(errno));
		return NULL;
	}
	size_t cap = 1 << 16, n = 0;
	unsigned char *buf = malloc(cap);
	for (;;) {
		if (!buf) {
			fprintf(stderr, "bench_parse: out of memory\n");
			fclose(f);
			return NULL;
		}
		n += fread(buf + n, 1, cap - n, f);
		if (n < cap)
			break;
		cap *= 2;
		unsigned char *nb = realloc(buf, cap);
		if (!nb)
			free(buf);
		buf = nb;
	}
	if (ferror(f)) {
		fprintf(stderr, "bench_parse: cannot read %s: %s\n", path, strerror(errno));
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	*len = n;
	return buf;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fputs("usage: bench_parse FILE\n", stderr);
		return 2;
	}
	size_t len;
	unsigned char *src = slurp(argv[1], &len);
	if (!src)
		return 1;
	yaml_parser_t p;
	yaml_event_t ev;
	int rc = 0;
	if (!yaml_parser_initialize(&p)) {
		fputs("bench_parse: out of memory\n", stderr);
		return 1;
	}
	yaml_parser_set_input_string(&p, src, len);
	yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
	for (;;) {
		if (!yaml_parser_parse(&p, &ev)) {
			fprintf(stderr, "bench_parse: %s: %s\n", argv[1],
				p.problem ? p.problem : "invalid YAML");
			rc = 1;
			break;
		}
		int done = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
		if (done)
			break;
	}
	yaml_parser_delete(&p);
	free(src);
	return rc;
}
