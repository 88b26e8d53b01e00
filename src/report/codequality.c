/*
 * codequality.c - GitLab Code Quality report (--format codequality).
 *
 * A JSON array of Code Climate issues, the subset GitLab reads
 * (artifacts:reports:codequality):
 *
 *   [{"description": MESSAGE, "check_name": RULE, "fingerprint": HEX,
 *     "severity": "critical"|"major"|"info", "location": {"path": PATH,
 *     "lines": {"begin": LINE}}, ...}]
 *
 * GitLab compares the reports of the source and target branches by
 * fingerprint, so it must be stable across unrelated edits and unique per
 * finding: it is the finding's own fingerprint (rule, path, expression and
 * occurrence -- not the line number) hashed to 32 hex digits; should two
 * ever collide, the later one is re-hashed with a counter.  Suppressed
 * findings are left out.  Severity: error -> critical, warning -> major,
 * note -> info.
 */
#include "report.h"
#include "jsonw.h"

static const char *cq_severity(fg_severity s)
{
	return s == FG_SEV_ERROR ? "critical" : s == FG_SEV_WARNING ? "major" : "info";
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *cq_fingerprint(const fg_finding *f, unsigned salt)
{
	fg_buf key = FG_BUF_INIT, hex = FG_BUF_INIT;
	if (f->fingerprint && *f->fingerprint)
		fg_buf_printf(&key, "%s", f->fingerprint);
	else /* no engine fingerprint: fall back on what identifies the finding */
		fg_buf_printf(&key, "%s\n%s\n%u\n%u", f->rule->id, f->path, f->line, f->col);
	if (salt)
		fg_buf_printf(&key, "\n#%u", salt);
	uint64_t a = fg_hash64(key.ptr, key.len, 0x666f756e64727931ULL);
	uint64_t b = fg_hash64(key.ptr, key.len, a ^ 0x9e3779b97f4a7c15ULL);
	fg_buf_printf(&hex, "%016llx%016llx", (unsigned long long)a, (unsigned long long)b);
	fg_buf_release(&key);
	return fg_buf_detach(&hex);
}

void fg_report_codequality(fg_buf *out, const fg_findings *fs, const fg_report_ctx *ctx)
{
	(void)ctx;
	size_t n = 0;
	char **fps = fg_xcalloc(fs->len ? fs->len : 1, sizeof(*fps));
	/* Fingerprints first, so duplicates can be resolved before writing. */
	for (size_t i = 0; i < fs->len; i++)
		fps[i] = fs->items[i].suppressed ? NULL : cq_fingerprint(&fs->items[i], 0);
	char **sorted = fg_xcalloc(fs->len ? fs->len : 1, sizeof(*sorted));
	for (unsigned round = 1; round < 64; round++) {
		n = 0;
		for (size_t i = 0; i < fs->len; i++)
			if (fps[i])
				sorted[n++] = fps[i];
		qsort(sorted, n, sizeof(*sorted), cmp_str);
		bool dup = false;
		for (size_t k = 1; k < n; k++)
			if (strcmp(sorted[k - 1], sorted[k]) == 0)
				dup = true;
		if (!dup)
			break;
		/* Re-hash every later holder of a fingerprint already taken. */
		for (size_t i = 0; i < fs->len; i++) {
			if (!fps[i])
				continue;
			for (size_t k = 0; k < i; k++) {
				if (fps[k] && strcmp(fps[k], fps[i]) == 0) {
					free(fps[i]);
					fps[i] = cq_fingerprint(&fs->items[i], round);
					break;
				}
			}
		}
	}
	free(sorted);

	fg_jsonw j;
	fg_jsonw_init(&j, out, true);
	fg_jsonw_array_begin(&j, NULL);
	for (size_t i = 0; i < fs->len; i++) {
		const fg_finding *f = &fs->items[i];
		if (f->suppressed)
			continue;
		fg_jsonw_object_begin(&j, NULL);
		fg_jsonw_string(&j, "type", "issue");
		fg_jsonw_string(&j, "engine_name", "foundry-guard");
		fg_jsonw_string(&j, "check_name", f->rule->id);
		fg_jsonw_string(&j, "description", f->message);
		fg_jsonw_array_begin(&j, "categories");
		fg_jsonw_string(&j, NULL, "Security");
		fg_jsonw_array_end(&j);
		fg_jsonw_string(&j, "fingerprint", fps[i]);
		fg_jsonw_string(&j, "severity", cq_severity(f->severity));
		fg_jsonw_object_begin(&j, "location");
		fg_jsonw_string(&j, "path", f->path);
		fg_jsonw_object_begin(&j, "lines");
		fg_jsonw_int(&j, "begin", f->line ? f->line : 1);
		if (f->end_line > f->line)
			fg_jsonw_int(&j, "end", f->end_line);
		fg_jsonw_object_end(&j);
		fg_jsonw_object_end(&j);
		fg_jsonw_object_end(&j);
	}
	fg_jsonw_array_end(&j);
	fg_buf_putc(out, '\n');
	for (size_t i = 0; i < fs->len; i++)
		free(fps[i]);
	free(fps);
}
