/*
 * fg.h - first include of every foundry-guard source file.
 *
 * Feature macros, the standard headers every module uses, and the few
 * project-wide macros.  Keep it small: anything module-specific belongs in
 * that module's header.
 */
#ifndef FG_H
#define FG_H

#define _GNU_SOURCE 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* FG_VERSION comes from the VERSION file, through the Makefile (-DFG_VERSION). */
#ifndef FG_VERSION
#error "FG_VERSION is not defined: build with make (it passes -DFG_VERSION from the VERSION file)"
#endif
/* The project's page (SARIF informationUri); a rule's `help: #anchor` is a section of it. */
#define FG_INFO_URI "https://github.com/foundry-guard/foundry-guard"

#define FG_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define FG_MIN(a, b) ((a) < (b) ? (a) : (b))
#define FG_MAX(a, b) ((a) > (b) ? (a) : (b))

#if defined(__GNUC__)
#define FG_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define FG_UNUSED __attribute__((unused))
#else
#define FG_PRINTF(f, a)
#define FG_UNUSED
#endif

/* Allocation that cannot fail: on exhaustion the process exits with 2. */
void *fg_xmalloc(size_t n);
void *fg_xcalloc(size_t n, size_t size);
void *fg_xrealloc(void *p, size_t n);
char *fg_xstrdup(const char *s);
char *fg_xstrndup(const char *s, size_t n);

#endif
