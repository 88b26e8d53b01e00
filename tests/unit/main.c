/* main.c - unit-test runner: registers, runs, counts. */
#include "harness.h"
#include "ruleset/ruleset.h"
#include "source/source.h"

typedef struct test {
	const char *suite, *name;
	fg_test_fn fn;
} test;

static test tests[512];
static size_t ntests;
static bool current_failed;
static fg_ruleset *rules;

void fg_test_register(const char *suite, const char *name, fg_test_fn fn)
{
	if (ntests < 512)
		tests[ntests++] = (test){ suite, name, fn };
}

void fg_test_fail(const char *file, int line, const char *expr)
{
	current_failed = true;
	printf("    %s:%d: assertion failed: %s\n", file, line, expr);
}

const struct fg_ruleset *fg_test_rules(void)
{
	return rules;
}

int main(int argc, char **argv)
{
	const char *filter = argc > 1 ? argv[1] : NULL;
	char err[512];
	fg_source_global_init();
	if (fg_ruleset_load(&rules, NULL, false, err, sizeof(err)) < 0 ||
	    fg_ruleset_prepare(rules, FG_ALL_LANGS, err, sizeof(err)) < 0) {
		printf("cannot load embedded rules: %s\n0 passed, 1 failed\n", err);
		return 1;
	}
	unsigned passed = 0, failed = 0;
	for (size_t i = 0; i < ntests; i++) {
		char full[256];
		snprintf(full, sizeof(full), "%s.%s", tests[i].suite, tests[i].name);
		if (filter && !strstr(full, filter))
			continue;
		current_failed = false;
		tests[i].fn();
		printf("%s %s\n", current_failed ? "FAIL" : "ok  ", full);
		if (current_failed)
			failed++;
		else
			passed++;
	}
	fg_ruleset_free(rules);
	fg_source_global_shutdown();
	printf("%u passed, %u failed\n", passed, failed);
	return failed ? 1 : 0;
}
