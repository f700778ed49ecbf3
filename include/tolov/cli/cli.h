/*
 * cli.h — the command line (src/cli/): one table of commands, options
 * parsed with getopt_long, and the helpers every command shares.
 *
 * Every handler returns a process exit status: 0 ok, 1 refused or failed,
 * 2 usage error (some commands document others, such as diff's 1 for
 * "different").
 *
 * Adding a command (one file and one table line):
 *   1. Write `int cli_NAME(int argc, char **argv)` in src/cli/NAME.c.
 *      argv[0] is the command's name; argv holds what the user typed after
 *      it and before it (`tolov --ignore-lock set …` gives "set",
 *      "--ignore-lock", …), except --lang and --help, which main() has
 *      already applied: the language is set (i18n_get) and --help never
 *      reaches a handler. Parse options with cli_getopt (GNU style:
 *      `--format=json`, `--format json`, `-fjson`, options after operands,
 *      `--` ends options). Report usage errors with cli_usage_error and
 *      failures with cli_fail; write output with cli_write_out, which
 *      takes `-o -` as standard output.
 *   2. Add its synopsis and help to your area's message file (msg_*.h):
 *      the synopsis is what follows "tolov " in the usage line, with
 *      placeholders in capitals (Mongolian placeholders in Mongolian:
 *      ФАЙЛ, not FILE); the help's first line says what the command does,
 *      then come its options, as in msg_cli.h.
 *   3. Add one line to cli_commands[] in src/cli/commands.c.
 * `tolov CMD --help`, `tolov help CMD` and the list in `tolov --help`
 * then come from the table; tests/golden/cases/help-* hold their text,
 * and help-every-command (which lists the table: refresh its expected
 * file with TOLOV_UPDATE_GOLDEN=1) checks every command answers --help.
 */
#ifndef TOLOV_CLI_H
#define TOLOV_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stddef.h>
#include "tolov/base/i18n.h"
#include "tolov/base/util.h"
#include "tolov/yaml/doc.h"
#include "tolov/plan/plan.h"

struct cli_command {
	const char *name;	/* as typed: "export" */
	enum msg synopsis;	/* after "tolov ": "export FILE --format FORMAT [-o OUT]" */
	int (*handler)(int argc, char **argv);
	enum msg help;		/* one line on what it does, then its options */
};

/* The table (src/cli/commands.c), ending with a { NULL } entry. */
extern const struct cli_command cli_commands[];
/* The command called name, or NULL. */
const struct cli_command *cli_find_command(const char *name);

/* The version: "0.2.0" plus git describe's suffix when built from git
 * (the Makefile passes it; src/cli/version.c). */
extern const char cli_version[];

/*
 * getopt_long with tolov's messages. Call with optind = 0 before the
 * first call (cli_getopt does nothing else to reset). Returns what
 * getopt_long returns for a known option (optarg set), -1 after the last
 * option (operands are then argv[optind..argc-1], in order), or '?' after
 * printing a usage error in the chosen language (an unknown option, a
 * missing value, a value given to a flag): the handler then returns 2.
 * shortopts is as for getopt_long, without a leading ':' or '+'.
 */
int cli_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts);

/* Print "tolov: MESSAGE", the command's usage line (cmd: a command name,
 * or NULL for tolov itself) and where its help is, to stderr, in the
 * chosen language. Returns 2. shape names m's conversions (see tv_err_at). */
int cli_usage_error(const char *cmd, enum msg m, const char *shape, ...)
	__attribute__((format(printf, 3, 4)));
/* Print err (every line, notes included) to stderr in the chosen
 * language, clear it, return 1. */
int cli_fail(struct tv_err *err);
/* Write data to out_path atomically (replacing the file whole), or to
 * standard output when out_path is NULL or "-". 0, or 1 after printing
 * the error. */
int cli_write_out(const char *out_path, const char *data, size_t len);
/* Load and check a plan file. 0, or -1 with err set (d and p untouched). */
int cli_load(const char *path, struct doc **d, struct plan **p, struct tv_err *err);
/* Print a command's help (usage line, help text, common options) to out. */
void cli_print_help(FILE *out, const struct cli_command *c);

/* Commands (argv[0] is the command's name). */
int cli_validate(int argc, char **argv);
int cli_import(int argc, char **argv);
int cli_export(int argc, char **argv);
int cli_report(int argc, char **argv);
/* The consolidated report of the plans in paths (files or folders) to out
 * (stdout when NULL or "-"); report_many.c. */
struct report_opts;
struct tw_format;
int cli_report_many(const char *const *paths, size_t n_paths, const struct report_opts *o,
		    const struct tw_format *f, const char *out);
bool cli_is_folder(const char *path);
int cli_set(int argc, char **argv);
int cli_summary_cmd(int argc, char **argv);
int cli_new(int argc, char **argv);
/* new.c: the folder a new plan at path goes in ("." when path has no
 * '/'); static, valid until the next call. cli_new_check_folder: 0 when
 * that folder exists and is writable, else -1 and err (positioned at
 * path) says why. */
const char *cli_new_folder(const char *path);
int cli_new_check_folder(const char *path, struct tv_err *err);
int cli_help(int argc, char **argv);
/* `tolov [options] FILE`: argv[0] is "tolov". */
int cli_interface(int argc, char **argv);

/* A few lines about the plan: goals, activities, budget, progress. */
void cli_summary(struct sbuf *out, const struct plan *p);

#endif
