/*
 * common.h — checks shared by tolov's fuzz harnesses.
 *
 * Each check returns NULL when the property holds, else a new string (the
 * caller frees it) saying where it fails, so a harness can print it before
 * it aborts and leaves the input behind as a finding.
 */
#ifndef TOLOV_FUZZ_COMMON_H
#define TOLOV_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include "tolov/yaml/doc.h"
#include "tolov/plan/plan.h"

/* The two plans hold the same goals, activities and fields. */
char *fz_plan_diff(const struct plan *a, const struct plan *b);
/* The two node trees have the same shape, spans, styles and values. */
char *fz_tree_diff(const struct yn *a, const struct yn *b);
/* A new document and plan from a copy of the bytes; NULL with the error
 * text in *why when either step fails. */
struct doc *fz_load(const char *src, size_t len, struct plan **plan, char **why);
/* Print msg (with the input size) and abort, so libFuzzer keeps the input. */
void fz_fail(const char *what, char *msg) __attribute__((noreturn));
/* An error text must be there and start "NAME:" (the file it is about). */
void fz_check_err(const char *name, const char *text);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#endif
