/*
 * cli.h — shared pieces of the command line (src/main.c, src/cli/).
 * Each returns a process exit status: 0 ok, 1 failed, 2 usage error.
 */
#ifndef TOLOV_CLI_H
#define TOLOV_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include "tolov/yaml/doc.h"
#include "tolov/plan/plan.h"
#include "tolov/base/util.h"

int cli_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print err's text to stderr, clear it, return 1. */
int cli_fail(struct tv_err *err);
/* Write data to out_path atomically, or to stdout when NULL or "-". */
int cli_write_out(const char *out_path, const char *data, size_t len);
/* Load and check a plan file. */
int cli_load(const char *path, struct doc **d, struct plan **p, struct tv_err *err);

/* Subcommands; argv[0] is the subcommand's name. */
int cli_export(int argc, char **argv);
int cli_report(int argc, char **argv);
/* The consolidated report of the plans in paths (files or folders) to out
 * (stdout when NULL or "-"); report_many.c. */
struct report_opts;
struct tw_format;
int cli_report_many(const char *const *paths, size_t n_paths, const struct report_opts *o,
		    const struct tw_format *f, const char *out);
bool cli_is_folder(const char *path);
/* `tolov [options] FILE`: argv as given to main. */
int cli_interface(int argc, char **argv);

/* A few lines about the plan: goals, activities, budget, progress. */
void cli_summary(struct sbuf *out, const struct plan *p);

#endif
