/*
 * fuzz.h - shared by the libFuzzer targets (tests/fuzz/fuzz_*.c) and their
 * replay driver (replay.c), which runs saved inputs through the same
 * LLVMFuzzerTestOneInput without libFuzzer, so a plain gcc build replays
 * them in `make test` and `make asan`.
 *
 * A target checks what must hold for every input with FZ_CHECK: a broken
 * invariant aborts, which libFuzzer reports as a crash and the replay
 * driver as a failure.
 */
#ifndef FG_TESTS_FUZZ_H
#define FG_TESTS_FUZZ_H

#include "../../src/analyze/analyze.h"
#include "../../src/core/buf.h"
#include "../../src/finding/finding.h"
#include "../../src/ruleset/ruleset.h"

#include <stddef.h>
#include <stdint.h>

#define FZ_CHECK(cond) ((cond) ? (void)0 : fz_fail(__FILE__, __LINE__, #cond))

void fz_fail(const char *file, int line, const char *what) __attribute__((noreturn));
/* The embedded rules, loaded and with every query compiled, once per process. */
fg_ruleset *fz_rules(void);
/* A worker over fz_rules(), once per process. */
fg_worker *fz_worker(void);
/* Releases what the two above hold (the replay driver calls it at exit, for LeakSanitizer). */
void fz_shutdown(void);
/* Number of lines of a text (a last line without a newline counts). */
uint32_t fz_count_lines(const char *s, size_t len);
/* Appends a finding of rule r at path:1 (the other fields empty). */
fg_finding *fz_add_finding(fg_findings *fs, const fg_rule *r, const char *path);
/* Every finding is somewhere in the text: line within 1..lines, columns and end ordered. */
void fz_check_findings(const fg_findings *fs, const char *text, size_t len);

#endif
