/*
 * fuzz_analyze.c - one file of any language through the analysis a scan
 * runs on it: type detection, UTF-16 decoding, the binary and bundle
 * skips, the prefilter (its answer is ignored so every input is analysed),
 * the analysers, inline ignores and their notes, fingerprints.
 *
 * Input: byte 0 picks the file name (its extension decides the language)
 * and whether the repository has Foundry context; the rest is the file.
 */
#include "fuzz.h"
#include "../../src/detect/detect.h"
#include "../../src/suppress/suppress.h"
#include "../../src/index/index.h"

static const char *const names[] = {
	"app.py", "app.js", "app.mjs", "app.ts", "app.tsx", "App.cs", "App.java", "main.go", "index.php",
	"app.rb", "run.sh", "App.kt", "README.md", "notes.rst", "notes.txt", "config.yml", "settings.toml",
	".env", "Dockerfile", "schema.sql", "main.c", "app.swift", "notebook.ipynb", "page.html",
	"view.blade.php", "Script.ps1", "package.json", "app.jsx", "app.cjs", "setup.cfg", "Makefile", "x.min.js",
};

/* No text a reporter prints holds a value a detector validates: values are redacted when a finding is built. */
static void check_redacted(fg_worker *w, const char *text)
{
	fg_value_match m[4];
	if (text)
		FZ_CHECK(fg_values_scan(w, text, strlen(text), m, FG_ARRAY_SIZE(m)) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	fg_worker *w = fz_worker();
	const char *path = names[(data[0] & 0x7f) % FG_ARRAY_SIZE(names)];
	bool repo_foundry = data[0] & 0x80;
	fg_buf b = FG_BUF_INIT;
	fg_buf_add(&b, data + 1, size - 1);
	fg_detect_decode_utf16(&b);
	const char *text = b.ptr ? b.ptr : "";
	fg_filetype type = fg_detect_type(path);
	bool ctx = false;
	if (fg_detect_is_binary(text, b.len) || fg_detect_is_minified(path, text, b.len)) {
		fg_buf_release(&b);
		return 0;
	}
	(void)fg_analyze_has_foundry_evidence(w, text, b.len);
	(void)fg_analyze_may_match(w, text, b.len, repo_foundry, &ctx);
	fg_findings fs = { 0 };
	fg_analysis_stats st = { 0 };
	/* the first pass also gives the repository index this file's facts */
	w->facts = fg_facts_new(path, type.lang);
	fg_analyze_file(w, path, type, text, b.len, repo_foundry, &fs, &st);
	fg_facts_free(w->facts);
	w->facts = NULL;
	const fg_ruleset *rs = fz_rules();
	fg_suppress_opts so = { "2026-01-01", true, fg_ruleset_rule(rs, "suppression/missing-reason"),
				fg_ruleset_rule(rs, "suppression/unused-ignore"),
				fg_ruleset_rule(rs, "suppression/invalid-ignore") };
	fg_redactor red;
	fg_worker_redactor(w, &red);
	fg_suppress_inline(&fs, 0, path, text, b.len, fg_detect_comment_style(type), &so, &red);
	fg_findings_seal(&fs, 0, &red);
	fg_findings_finish(&fs);
	fz_check_findings(&fs, text, b.len);
	for (size_t i = 0; i < fs.len; i++) {
		const fg_finding *f = &fs.items[i];
		FZ_CHECK(f->fingerprint && strcmp(f->path, path) == 0);
		check_redacted(w, f->message);
		check_redacted(w, f->snippet);
		/* f->justification (an ignore's reason) is printed as written: issue 9, section 2 */
		for (size_t s = 0; s < f->nflow; s++)
			check_redacted(w, f->flow[s].what);
	}
	fg_findings_release(&fs);
	fg_buf_release(&b);
	return 0;
}
