/* version.c — tolov's version, from the Makefile (TOLOV_VERSION: 0.2.0
 * plus git describe's suffix when built from a git work tree). */
#include "tolov/cli/cli.h"

#ifndef TOLOV_VERSION
#define TOLOV_VERSION "0.2.0"
#endif

const char cli_version[] = TOLOV_VERSION;
