/*
 * fuzz_baseline.c - the baseline reader (--baseline FILE) against a fixed
 * set of findings, some of which the input may list.
 *
 * Input: the baseline file.  The seeds hold the lines the findings of this
 * target would be written as, so the fuzzer starts from matching entries.
 */
#include "fuzz.h"
#include "../../src/suppress/suppress.h"

static const struct {
	const char *fp, *path;
} known[] = {
	{ "00000000deadbeef:1", "src/app.py" },
	{ "00000000deadbeef:2", "src/app.py" },
	{ "0123456789abcdef:1", "docs/README.md" },
	{ "fedcba9876543210:1", "a b/ü.ts" },
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const fg_ruleset *rs = fz_rules();
	fg_findings fs = { 0 };
	for (size_t i = 0; i < FG_ARRAY_SIZE(known); i++)
		fz_add_finding(&fs, &rs->rules[i % rs->nrules], known[i].path)->fingerprint = fg_xstrdup(known[i].fp);
	fg_buf stale = FG_BUF_INIT;
	size_t nstale = 0;
	char err[512] = "";
	int rc = fg_baseline_apply("baseline.txt", (const char *)data, size, &fs, &stale, &nstale, err, sizeof(err));
	if (rc < 0) {
		FZ_CHECK(strncmp(err, "baseline.txt:", 13) == 0);
	} else {
		/* one stale line per stale entry; a suppressed finding says why */
		size_t lines = 0;
		for (size_t i = 0; i < stale.len; i++)
			lines += stale.ptr[i] == '\n';
		FZ_CHECK(lines == nstale);
		for (size_t i = 0; i < fs.len; i++)
			FZ_CHECK(!fs.items[i].suppressed || fs.items[i].justification);
	}
	fg_buf_release(&stale);
	fg_findings_release(&fs);
	return 0;
}
