/*
 * fuzz_diff.c - the diff modes' line map: the lines a change from one text
 * to another added, built by the same line callback and diff options as
 * --staged and --diff, then looked up as the scan does.
 *
 * Input: the old text, a NUL byte, the new text (no NUL: the whole input is
 * the new text of a file that did not exist).
 */
#include "fuzz.h"
#include "../../src/source/source.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fz_rules(); /* initialises libgit2 */
	const char *in = (const char *)data;
	const char *nul = memchr(in, '\0', size);
	const char *old = nul ? in : "", *new_text = nul ? nul + 1 : in;
	size_t oldlen = nul ? (size_t)(nul - in) : 0, newlen = nul ? size - oldlen - 1 : size;
	fg_file f = { 0 };
	char err[256];
	FZ_CHECK(fg_source_diff_buffers(old, oldlen, new_text, newlen, &f, err, sizeof(err)) == 0);
	uint32_t lines = fz_count_lines(new_text, newlen);
	/* strictly increasing, every one a line of the new text */
	for (size_t i = 0; i < f.nadded; i++) {
		FZ_CHECK(f.added[i] >= 1 && f.added[i] <= lines);
		FZ_CHECK(i == 0 || f.added[i] > f.added[i - 1]);
	}
	/* the lookup agrees with the list */
	for (uint32_t l = 0; l <= lines + 1; l++) {
		bool listed = false;
		for (size_t i = 0; i < f.nadded && !listed; i++)
			listed = f.added[i] == l;
		FZ_CHECK(fg_file_line_added(&f, l) == listed);
	}
	/* nothing changed: nothing added; a new file: every line added (texts, not binaries) */
	if (oldlen == newlen && memcmp(old, new_text, newlen) == 0)
		FZ_CHECK(f.nadded == 0);
	if (oldlen == 0 && !memchr(new_text, '\0', newlen))
		FZ_CHECK(f.nadded == lines);
	free(f.added);
	return 0;
}
