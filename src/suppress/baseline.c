/*
 * baseline.c - accepted findings, recorded by fingerprint.
 *
 * The file is text, one finding per line, sorted, so re-writing an
 * unchanged repository gives an identical file and reviews read as diffs:
 *
 *   # foundry-guard baseline v1 ...
 *   <fingerprint>\t<rule id>\t<path>
 *
 * A fingerprint hashes the rule, the path and the redacted source of the
 * sensitive expression (or the value's detector and its printed prefix) and
 * its request, never the raw value and never a line number
 * (fg_findings_finish): moved code stays accepted, and so does a value
 * that changes only where it is hidden -- a baseline file must not be a
 * way to test guesses of a value.
 */
#include "suppress.h"
#include "../core/buf.h"
#include "../core/fs.h"
#include <errno.h>

#define BASELINE_HEADER "# foundry-guard baseline v1: fingerprint, rule, path; one accepted finding per line.\n" \
	"# Written by `foundry-guard scan --write-baseline FILE`; used with `--baseline FILE`, or named\n" \
	"# in .foundry-guard.yml as `baseline: FILE` (relative to the repository root).\n"

typedef struct entry {
	char *fp, *rule, *path;
	bool used;
} entry;

static int cmp_line(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int fg_baseline_write(const char *file, const fg_findings *fs, char *err, size_t errlen)
{
	char **lines = fg_xcalloc(fs->len + 1, sizeof(char *));
	size_t n = 0;
	for (size_t i = 0; i < fs->len; i++) {
		const fg_finding *f = &fs->items[i];
		if (f->suppressed || !f->fingerprint || !strncmp(f->rule->id, "suppression/", 12))
			continue;
		fg_buf l = FG_BUF_INIT;
		fg_buf_printf(&l, "%s\t%s\t%s\n", f->fingerprint, f->rule->id, f->path);
		lines[n++] = fg_buf_detach(&l);
	}
	qsort(lines, n, sizeof(char *), cmp_line);
	fg_buf out = FG_BUF_INIT;
	fg_buf_puts(&out, BASELINE_HEADER);
	for (size_t i = 0; i < n; i++) {
		fg_buf_puts(&out, lines[i]);
		free(lines[i]);
	}
	free(lines);
	int rc = fg_write_file(file, out.ptr, out.len);
	if (rc < 0)
		snprintf(err, errlen, "cannot write the baseline %s: %s", file, strerror(errno));
	fg_buf_release(&out);
	return rc;
}

int fg_baseline_apply(const char *file, const char *data, size_t len, fg_findings *fs, fg_buf *stale, size_t *nstale,
		      char *err, size_t errlen)
{
	fg_buf text = FG_BUF_INIT;
	*nstale = 0;
	fg_buf_add(&text, data, len);
	entry *es = NULL;
	size_t n = 0;
	char *p = text.ptr ? text.ptr : (char *)"";
	unsigned lineno = 0;
	int rc = 0;
	while (*p) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		lineno++;
		if (*p && *p != '#') {
			char *t1 = strchr(p, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
			if (!t1 || !t2) {
				snprintf(err, errlen, "%s:%u: expected fingerprint<TAB>rule<TAB>path; re-create it with "
						      "--write-baseline", file, lineno);
				rc = -1;
				break;
			}
			*t1 = *t2 = '\0';
			es = fg_xrealloc(es, (n + 1) * sizeof(entry));
			es[n].fp = p;
			es[n].rule = t1 + 1;
			es[n].path = t2 + 1;
			es[n].used = false;
			n++;
		}
		if (!nl)
			break;
		p = nl + 1;
	}
	for (size_t i = 0; rc == 0 && i < fs->len; i++) {
		fg_finding *f = &fs->items[i];
		if (f->suppressed || !f->fingerprint)
			continue;
		for (size_t k = 0; k < n; k++) {
			if (!es[k].used && !strcmp(es[k].fp, f->fingerprint) && !strcmp(es[k].rule, f->rule->id) &&
			    !strcmp(es[k].path, f->path)) {
				es[k].used = true;
				f->suppressed = true;
				free(f->suppress_kind);
				free(f->justification);
				f->suppress_kind = fg_xstrdup("external");
				fg_buf j = FG_BUF_INIT;
				fg_buf_printf(&j, "accepted in the baseline %s", file);
				f->justification = fg_buf_detach(&j);
				break;
			}
		}
	}
	for (size_t k = 0; rc == 0 && k < n; k++)
		if (!es[k].used) {
			(*nstale)++;
			/* the file's own text, one entry a line: escaped */
			fg_text_escape(stale, es[k].path);
			fg_buf_putc(stale, ' ');
			fg_text_escape(stale, es[k].rule);
			fg_buf_putc(stale, ' ');
			fg_text_escape(stale, es[k].fp);
			fg_buf_putc(stale, '\n');
		}
	free(es);
	fg_buf_release(&text);
	return rc;
}

void fg_suppress_allow_paths(fg_findings *fs, const fg_config *cfg)
{
	if (!cfg)
		return;
	for (size_t i = 0; i < fs->len; i++) {
		fg_finding *f = &fs->items[i];
		if (f->suppressed)
			continue;
		for (size_t k = 0; k < cfg->nallow; k++) {
			const fg_config_allow *a = &cfg->allow[k];
			if (!a->path || a->value)
				continue;
			if (!fg_glob_match_path(a->path, f->path))
				continue;
			if (a->rule && !fg_rule_selected(a->rule, f->rule->id))
				continue;
			f->suppressed = true;
			f->suppress_kind = fg_xstrdup("external");
			fg_buf j = FG_BUF_INIT;
			fg_buf_printf(&j, "allowed by %s line %u", cfg->path ? cfg->path : ".foundry-guard.yml", a->line);
			f->justification = fg_buf_detach(&j);
			break;
		}
	}
}
