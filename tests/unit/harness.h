/*
 * harness.h - a minimal unit-test harness.
 *
 *   FG_TEST(values, luhn_accepts_valid_cards) { fg_assert(fg_valid_luhn("4539 1488 0343 6467", 19)); }
 *
 * Tests register themselves at start-up; main.c runs them (optionally
 * filtered by a substring) and prints "N passed, N failed".
 */
#ifndef FG_TESTS_HARNESS_H
#define FG_TESTS_HARNESS_H

#include "fg.h"

typedef void (*fg_test_fn)(void);
void fg_test_register(const char *suite, const char *name, fg_test_fn fn);
void fg_test_fail(const char *file, int line, const char *expr);
const struct fg_ruleset *fg_test_rules(void);

#define FG_TEST(suite, name) \
	static void test_##suite##_##name(void); \
	__attribute__((constructor)) static void reg_##suite##_##name(void) \
	{ fg_test_register(#suite, #name, test_##suite##_##name); } \
	static void test_##suite##_##name(void)

#define fg_assert(expr) do { if (!(expr)) { fg_test_fail(__FILE__, __LINE__, #expr); return; } } while (0)
#define fg_assert_str(a, b) do { const char *fg__a = (a), *fg__b = (b); \
	if (!fg__a || !fg__b || strcmp(fg__a, fg__b) != 0) { \
		char fg__m[512]; snprintf(fg__m, sizeof(fg__m), "%s == %s (got \"%s\", want \"%s\")", #a, #b, \
			fg__a ? fg__a : "(null)", fg__b ? fg__b : "(null)"); \
		fg_test_fail(__FILE__, __LINE__, fg__m); return; } } while (0)

#endif
