/* config_cmd.c - `config --print` and `init`. */
#include "cli.h"
#include "../core/buf.h"
#include "../suppress/suppress.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

static void yaml_str(FILE *out, const char *s)
{
	fputc('\'', out);
	for (; *s; s++) {
		if (*s == '\'')
			fputc('\'', out);
		fputc(*s, out);
	}
	fputc('\'', out);
}

void fg_cli_config_print(FILE *out, const fg_config *cfg, const fg_ruleset *rs, size_t max_file_size,
			 int foundry_context)
{
	fprintf(out, "# effective configuration: %s merged with the defaults\n",
		cfg->path ? cfg->path : "(no .foundry-guard.yml)");
	fprintf(out, "version: 1\n");
	fprintf(out, "foundry-context: %s\n", foundry_context < 0 ? "auto" : foundry_context ? "always" : "never");
	fprintf(out, "max-file-size: %zu\n", max_file_size);
	static const char *const doc_sev[] = { "note", "warning", "error" };
	fprintf(out, "doc-snippets: %s\n", cfg->doc_snippets == -1 ? "off" : doc_sev[cfg->doc_snippets >= 0 ? cfg->doc_snippets : 0]);
	fprintf(out, "vendored: %s\n", cfg->vendored == 1 ? "scan" : "skip");
	if (cfg->baseline) {
		fprintf(out, "baseline: ");
		yaml_str(out, cfg->baseline);
		fputc('\n', out);
	} else {
		fprintf(out, "# baseline: none (scan --baseline FILE, or baseline: FILE here)\n");
	}
	fprintf(out, "exclude:%s\n", cfg->nexclude ? "" : " []");
	for (size_t i = 0; i < cfg->nexclude; i++) {
		fprintf(out, "  - ");
		yaml_str(out, cfg->exclude[i]);
		fputc('\n', out);
	}
	fprintf(out, "rules:\n");
	for (size_t r = 0; r < rs->nrules; r++) {
		const fg_rule *rule = &rs->rules[r];
		int enabled = 1, sev = (int)rule->severity;
		for (int pass = 0; pass < 2; pass++)
			for (size_t k = 0; k < cfg->nrules; k++) {
				const fg_config_rule *cr = &cfg->rules[k];
				bool exact = !strcmp(cr->id, rule->id);
				size_t n = strlen(cr->id);
				bool cat = !exact && !strncmp(cr->id, rule->id, n) && rule->id[n] == '/';
				if ((pass == 0 && cat) || (pass == 1 && exact)) {
					if (cr->enabled >= 0)
						enabled = cr->enabled;
					if (cr->severity >= 0)
						sev = cr->severity;
				}
			}
		fprintf(out, "  %s: { enabled: %s, severity: %s }\n", rule->id, enabled ? "true" : "false",
			fg_severity_name((fg_severity)sev));
	}
	fprintf(out, "sensitive-names:%s\n", cfg->nnames ? "" : " []");
	for (size_t i = 0; i < cfg->nnames; i++) {
		fprintf(out, "  - { name: ");
		yaml_str(out, cfg->names[i].name);
		if (cfg->names[i].category)
			fprintf(out, ", category: %s }\n", cfg->names[i].category);
		else
			fprintf(out, ", exclude: true }\n");
	}
	fprintf(out, "detectors:%s\n", cfg->ndetectors ? "" : " []");
	for (size_t i = 0; i < cfg->ndetectors; i++) {
		const fg_config_detector *d = &cfg->detectors[i];
		fprintf(out, "  - { id: %s, category: %s, severity: %s, validator: %s, pattern: ", d->id, d->category,
			d->severity >= 0 ? fg_severity_name((fg_severity)d->severity) : "error",
			d->validator ? d->validator : "none");
		yaml_str(out, d->pattern);
		fprintf(out, " }\n");
	}
	fprintf(out, "allow:%s\n", cfg->nallow ? "" : " []");
	for (size_t i = 0; i < cfg->nallow; i++) {
		const fg_config_allow *a = &cfg->allow[i];
		fprintf(out, "  - {");
		const char *sep = " ";
		if (a->value) {
			fprintf(out, "%svalue: ", sep);
			yaml_str(out, a->value);
			sep = ", ";
		}
		if (a->path) {
			fprintf(out, "%spath: ", sep);
			yaml_str(out, a->path);
			sep = ", ";
		}
		if (a->rule)
			fprintf(out, "%srule: %s", sep, a->rule);
		fprintf(out, " }\n");
	}
}

#define FG_INIT_BASELINE ".foundry-guard-baseline.tsv"

static const char starter[] =
	"# foundry-guard configuration (https://github.com/foundry-guard/foundry-guard#configuration).\n"
	"# Unknown keys are errors, so a typo cannot silently turn a rule off.\n"
	"version: 1\n"
	"\n"
	"# Paths not to scan: gitignore-style globs, relative to this file's folder.\n"
	"exclude: []\n"
	"#  - tests/fixtures/\n"
	"#  - \"**/*.snap\"\n"
	"\n"
	"# Per rule id or whole category: enabled (true/false) and severity (error/warning/note).\n"
	"# `foundry-guard rules` lists them.\n"
	"rules: {}\n"
	"#  sensitive-data: { severity: error }\n"
	"#  zdr-claim/retention-assumption: { enabled: false }\n"
	"\n"
	"# Your own sensitive field names (any naming style), or names that are not sensitive here.\n"
	"sensitive-names: []\n"
	"#  - { name: member_number, category: health }\n"
	"#  - { name: display_label, exclude: true }\n"
	"\n"
	"# Your own value patterns (PCRE2; group 1 is the value when present).\n"
	"detectors: []\n"
	"#  - id: employee-id\n"
	"#    category: personal          # personal, sensitive-personal, health, payment, government-id, credential\n"
	"#    severity: warning\n"
	"#    pattern: '\\bEMP-[0-9]{6}\\b'\n"
	"#    validator: none              # none, luhn, iban, ssn, email, phone, jwt\n"
	"\n"
	"# Values or places that are fine (regexes over values/expressions; globs for paths).\n"
	"allow: []\n"
	"#  - value: '@ourcompany\\.example$'\n"
	"#  - { path: 'scripts/demo/**', rule: sensitive-data/email }\n"
	"\n"
	"# auto: Anthropic calls whose client is not resolved in the file count as Foundry requests\n"
	"# when the repository configures Claude on Foundry anywhere; always; never.\n"
	"foundry-context: auto\n"
	"max-file-size: 2097152\n"
	"\n"
	"# Code blocks in Markdown documentation are analysed like code; the severity of their\n"
	"# sensitive-data findings: note, warning, error, or off (no findings from them).\n"
	"doc-snippets: note\n"
	"# Vendored copies of other projects (node_modules/, vendor/, third_party/, a checked-in copy\n"
	"# of another repository, linguist-vendored paths): skip or scan.\n"
	"vendored: skip\n"
	"\n"
	"# Accepted findings (relative to the repository root; `scan --baseline FILE` wins). It must\n"
	"# exist: `init` writes it empty; record today's findings in it with\n"
	"#   foundry-guard scan --write-baseline " FG_INIT_BASELINE "\n"
	"baseline: " FG_INIT_BASELINE "\n";

int fg_cli_init(const char *root, char *err, size_t errlen)
{
	fg_buf path = FG_BUF_INIT;
	fg_buf_printf(&path, "%s/.foundry-guard.yml", root);
	int fd = open(path.ptr, O_WRONLY | O_CREAT | O_EXCL, 0644);
	if (fd < 0) {
		if (errno == EEXIST)
			snprintf(err, errlen, "%s already exists; edit it, or remove it first to start over", path.ptr);
		else
			snprintf(err, errlen, "cannot create %s: %s", path.ptr, strerror(errno));
		fg_buf_release(&path);
		return -1;
	}
	size_t n = sizeof(starter) - 1;
	bool ok = write(fd, starter, n) == (ssize_t)n;
	ok = close(fd) == 0 && ok;
	if (!ok) {
		snprintf(err, errlen, "cannot write %s: %s", path.ptr, strerror(errno));
		unlink(path.ptr);
		fg_buf_release(&path);
		return -1;
	}
	printf("wrote %s\n", path.ptr);
	/* the baseline it names, empty (nothing accepted), unless one is already there */
	fg_buf_clear(&path);
	fg_buf_printf(&path, "%s/%s", root, FG_INIT_BASELINE);
	int rc = 0;
	if (access(path.ptr, F_OK) == 0) {
		printf("kept %s (already there)\n", path.ptr);
	} else {
		fg_findings none = { 0 };
		rc = fg_baseline_write(path.ptr, &none, err, errlen);
		if (rc == 0)
			printf("wrote %s (empty: nothing accepted; accept the current findings with "
			       "`foundry-guard scan --write-baseline %s`)\n", path.ptr, FG_INIT_BASELINE);
	}
	fg_buf_release(&path);
	return rc;
}
