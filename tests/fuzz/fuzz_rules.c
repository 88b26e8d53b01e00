/*
 * fuzz_rules.c - a --rules DIR: one user file beside the embedded rules
 * (rules.txt stanzas, detectors, lexicon lists, flow and claim patterns,
 * tree-sitter queries), loaded, the queries it changes compiled, and the
 * result used to analyse a small Python sample.
 *
 * Input: byte 0 picks which rules file the rest of the input is (files[]).
 */
#include "fuzz.h"
#include "../../src/detect/detect.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static const char sample[] =
	"from anthropic import AnthropicFoundry\n"
	"# Foundry keeps no prompts: Azure zero data retention covers Claude.\n"
	"client = AnthropicFoundry(resource=\"contoso\")\n"
	"def send(user):\n"
	"    text = f\"{user.ssn} {user.email} 078-05-1120 ana@example.org\"\n"
	"    return client.messages.create(model=\"m\", max_tokens=1,\n"
	"        messages=[{\"role\": \"user\", \"content\": text}])\n";

static char dir[96];

#define PY (1u << FG_LANG_PYTHON)
#define JS (1u << FG_LANG_JAVASCRIPT)
#define TS ((1u << FG_LANG_TYPESCRIPT) | (1u << FG_LANG_TSX))

/*
 * The files a rules folder may hold and the languages whose queries they
 * change; byte 0 of the input picks one (a fixed table, so saved inputs keep
 * their meaning).  The sample is analysed when Python's queries are built.
 */
static const struct {
	const char *path;
	unsigned langs;
} files[] = {
	{ "rules.txt", PY }, { "detectors.tsv", PY }, { "flow.tsv", PY }, { "claims/patterns.tsv", PY },
	{ "lexicon/names.tsv", PY }, { "lexicon/exclude.tsv", PY }, { "lexicon/records.txt", PY },
	{ "lexicon/sanitizers.txt", PY }, { "lexicon/placeholders.txt", PY },
	{ "queries/python/code.scm", PY }, { "queries/python/comments.scm", PY },
	{ "queries/ecmascript/code.scm", JS | TS }, { "queries/ecmascript/comments.scm", JS | TS },
	{ "queries/javascript/fields.scm", JS }, { "queries/typescript/fields.scm", TS },
	{ "queries/csharp/code.scm", 1u << FG_LANG_CSHARP }, { "queries/csharp/comments.scm", 1u << FG_LANG_CSHARP },
	{ "queries/java/code.scm", 1u << FG_LANG_JAVA }, { "queries/java/comments.scm", 1u << FG_LANG_JAVA },
	{ "queries/go/code.scm", 1u << FG_LANG_GO }, { "queries/go/comments.scm", 1u << FG_LANG_GO },
	{ "queries/php/code.scm", 1u << FG_LANG_PHP }, { "queries/php/comments.scm", 1u << FG_LANG_PHP },
	{ "queries/ruby/code.scm", 1u << FG_LANG_RUBY }, { "queries/ruby/comments.scm", 1u << FG_LANG_RUBY },
	{ "queries/bash/code.scm", 1u << FG_LANG_BASH }, { "queries/bash/comments.scm", 1u << FG_LANG_BASH },
	{ "queries/kotlin/code.scm", 1u << FG_LANG_KOTLIN }, { "queries/kotlin/comments.scm", 1u << FG_LANG_KOTLIN },
	{ "queries/powershell/code.scm", 1u << FG_LANG_POWERSHELL },
	{ "queries/powershell/comments.scm", 1u << FG_LANG_POWERSHELL },
};

static void setup(void)
{
	const char *tmp = getenv("TMPDIR");
	snprintf(dir, sizeof(dir), "%.40s/fg-fuzz-rules-%ld", tmp && *tmp ? tmp : "/tmp", (long)getpid());
}

/* Writes dir/rel, making its folders. */
static void put(const char *rel, const uint8_t *data, size_t size, fg_buf *full)
{
	FZ_CHECK(mkdir(dir, 0700) == 0 || errno == EEXIST);
	fg_buf_clear(full);
	fg_buf_printf(full, "%s/%s", dir, rel);
	for (char *s = strchr(full->ptr + strlen(dir) + 1, '/'); s; s = strchr(s + 1, '/')) {
		*s = '\0';
		mkdir(full->ptr, 0700);
		*s = '/';
	}
	FILE *f = fopen(full->ptr, "wb");
	FZ_CHECK(f != NULL);
	FZ_CHECK(fwrite(data, 1, size, f) == size);
	FZ_CHECK(fclose(f) == 0);
}

/* Removes dir/rel and the folders put made. */
static void drop(fg_buf *full)
{
	unlink(full->ptr);
	for (char *s = strrchr(full->ptr, '/'); s && s > full->ptr + strlen(dir); s = strrchr(full->ptr, '/')) {
		*s = '\0';
		rmdir(full->ptr);
	}
	rmdir(dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (!dir[0])
		setup();
	fz_rules(); /* libgit2 initialised, embedded rules known good */
	unsigned pick = data[0] % FG_ARRAY_SIZE(files);
	const char *rel = files[pick].path;
	fg_buf full = FG_BUF_INIT;
	put(rel, data + 1, size - 1, &full);
	fg_ruleset *rs = NULL;
	char err[512];
	if (fg_ruleset_load(&rs, dir, false, err, sizeof(err)) == 0) {
		if (fg_ruleset_prepare(rs, files[pick].langs, err, sizeof(err)) == 0 && (files[pick].langs & PY)) {
			fg_worker *w = fg_worker_new(rs);
			fg_findings fs = { 0 };
			fg_analysis_stats st = { 0 };
			fg_analyze_file(w, "app.py", fg_detect_type("app.py"), sample, sizeof(sample) - 1, false, &fs, &st);
			fg_findings_finish(&fs);
			fz_check_findings(&fs, sample, sizeof(sample) - 1);
			fg_findings_release(&fs);
			fg_worker_free(w);
		}
		fg_ruleset_free(rs);
	} else {
		FZ_CHECK(err[0] != '\0');
	}
	drop(&full);
	fg_buf_release(&full);
	return 0;
}
