/*
 * commands.c — the command table: one line per command, in the order
 * `tolov --help` lists them. How to add a command: see cli.h.
 */
#include "tolov/cli/cli.h"
#include "tolov/cli/git.h"

const struct cli_command cli_commands[] = {
	/* name       synopsis                 handler          help */
	{ "validate", M_CLI_VALIDATE_SYNOPSIS, cli_validate,    M_CLI_VALIDATE_HELP },
	{ "import",   M_CLI_IMPORT_SYNOPSIS,   cli_import,      M_CLI_IMPORT_HELP },
	{ "export",   M_CLI_EXPORT_SYNOPSIS,   cli_export,      M_CLI_EXPORT_HELP },
	{ "report",   M_CLI_REPORT_SYNOPSIS,   cli_report,      M_CLI_REPORT_HELP },
	{ "set",      M_CLI_SET_SYNOPSIS,      cli_set,         M_CLI_SET_HELP },
	{ "summary",  M_CLI_SUMMARY_SYNOPSIS,  cli_summary_cmd, M_CLI_SUMMARY_HELP },
	{ "new",      M_CLI_NEW_SYNOPSIS,      cli_new,         M_CLI_NEW_HELP },
	{ "diff",     M_GIT_DIFF_SYNOPSIS,     cli_diff,        M_GIT_DIFF_HELP },
	{ "log",      M_GIT_LOG_SYNOPSIS,      cli_log,         M_GIT_LOG_HELP },
	{ "merge",    M_GIT_MERGE_SYNOPSIS,    cli_merge,       M_GIT_MERGE_HELP },
	{ "git-setup", M_GIT_SETUP_SYNOPSIS,   cli_git_setup,   M_GIT_SETUP_HELP },
	{ "help",     M_CLI_HELP_SYNOPSIS,     cli_help,        M_CLI_HELP_HELP },
	{ NULL, (enum msg)0, NULL, (enum msg)0 },
};
