/*
 * commands.c - the smaller commands (rules, config, init, install-hook,
 * uninstall-hook, debug-parse) and the helpers every command shares.
 */
#include "commands.h"
#include "cli.h"
#include "../analyze/analyze.h"
#include "../core/fs.h"
#include "../report/report.h"
#include "../source/source.h"
#include "../suppress/suppress.h"
#include <errno.h>
#include <limits.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void fg_cli_error(const char *fmt, ...)
{
	fg_buf m = FG_BUF_INIT, red = FG_BUF_INIT, out = FG_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	fg_buf_vprintf(&m, fmt, ap);
	va_end(ap);
	fg_ruleset *rs = NULL;
	fg_worker *w = NULL;
	fg_redactor r = { 0 };
	char err[256];
	if (fg_ruleset_load(&rs, NULL, false, err, sizeof(err)) == 0) {
		w = fg_worker_new(rs);
		fg_worker_redactor(w, &r);
	}
	fg_redact_values(w ? &r : NULL, fg_buf_cstr(&m), m.len, &red);
	fg_text_escape(&out, fg_buf_cstr(&red));
	fprintf(stderr, "foundry-guard: %s\n", fg_buf_cstr(&out));
	fg_worker_free(w);
	fg_ruleset_free(rs);
	fg_buf_release(&m);
	fg_buf_release(&red);
	fg_buf_release(&out);
}

void fg_cli_die_usage(const char *fmt, const char *arg)
{
	fg_buf f = FG_BUF_INIT;
	fg_buf_printf(&f, "%s (see foundry-guard --help)", fmt);
	fg_cli_error(f.ptr, arg);
	fg_buf_release(&f);
	exit(EXIT_ERROR);
}

const char *fg_cli_need_arg(int argc, char **argv, int *i)
{
	if (*i + 1 >= argc)
		fg_cli_die_usage("option %s needs a value", argv[*i]);
	return argv[++*i];
}

int fg_cli_load_rules(const char *dir, bool only, fg_ruleset **rs)
{
	char err[512];
	if (fg_ruleset_load(rs, dir, only, err, sizeof(err)) < 0) {
		fg_cli_error("%s", err);
		return -1;
	}
	/* A rules folder is validated whole; the embedded rules compile per language, on demand. */
	if (dir && fg_ruleset_prepare(*rs, FG_ALL_LANGS, err, sizeof(err)) < 0) {
		fg_cli_error("%s", err);
		fg_ruleset_free(*rs);
		*rs = NULL;
		return -1;
	}
	return 0;
}

static void explain_source(void *ctx, const char *title, const char *url)
{
	(void)ctx;
	printf("  - %s\n    %s\n", title, url);
}

int fg_cmd_rules(int argc, char **argv)
{
	const char *explain = NULL, *dir = NULL;
	bool test = false, only = false;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--explain") == 0)
			explain = fg_cli_need_arg(argc, argv, &i);
		else if (strcmp(argv[i], "--rules") == 0)
			dir = fg_cli_need_arg(argc, argv, &i);
		else if (strcmp(argv[i], "--rules-only") == 0)
			only = true;
		else if (strcmp(argv[i], "--test") == 0) {
			test = true;
			if (i + 1 < argc && argv[i + 1][0] != '-')
				dir = argv[++i];
		} else
			fg_cli_die_usage("rules: unknown argument '%s'", argv[i]);
	}
	if (dir && access(dir, R_OK | X_OK) != 0) {
		fg_cli_error("%s: %s; give a folder laid out like rules/", dir, strerror(errno));
		return EXIT_ERROR;
	}
	fg_ruleset *rs = NULL;
	if (fg_cli_load_rules(dir, only, &rs) < 0)
		return EXIT_ERROR;
	int rc = 0;
	char err[512];
	if (test && fg_ruleset_prepare(rs, FG_ALL_LANGS, err, sizeof(err)) < 0) {
		fg_cli_error("%s", err);
		rc = EXIT_ERROR;
	} else if (test) {
		rc = fg_cli_rules_test(stdout, rs, dir) ? EXIT_FINDINGS : 0;
	} else if (explain) {
		const fg_rule *r = fg_ruleset_rule(rs, explain);
		size_t el = strlen(explain), shown = 0;
		for (size_t i = 0; !r && i < rs->nrules; i++) {
			/* a whole category: list its rules */
			if (!strncmp(rs->rules[i].id, explain, el) && rs->rules[i].id[el] == '/') {
				if (!shown++)
					printf("%s: %s\n\n", explain, rs->rules[i].fact);
				printf("  %-44s %-8s %s\n", rs->rules[i].id, fg_severity_name(rs->rules[i].severity),
				       rs->rules[i].short_desc);
			}
		}
		if (shown) {
			printf("\nExplain one with: foundry-guard rules --explain RULE-ID\n");
		} else if (!r) {
			fg_cli_error("no rule '%s'; list them with: foundry-guard rules", explain);
			rc = EXIT_ERROR;
		} else {
			printf("%s (%s)\n%s\n\nWhy it matters:\n  %s\n", r->id, fg_severity_name(r->severity),
			       r->short_desc, r->fact);
			if (r->sources[0]) {
				printf("\nSources:\n");
				fg_rule_each_source(r->sources, explain_source, NULL);
			}
			printf("\nWhat to do:\n  %s\n\nSuppress a reviewed line with a comment on it or the line above:\n"
			       "  foundry-guard: ignore[%s] <reason>\n", r->fix, r->id);
			if (r->help[0])
				printf("\nMore: %s%s\n", r->help[0] == '#' ? FG_INFO_URI : "", r->help);
		}
	} else {
		for (size_t i = 0; i < rs->nrules; i++)
			printf("%-44s %-8s %s\n", rs->rules[i].id, fg_severity_name(rs->rules[i].severity),
			       rs->rules[i].short_desc);
	}
	fg_ruleset_free(rs);
	return rc;
}

/* debug-parse FILE: the syntax tree foundry-guard sees, for rule authors. */
int fg_cmd_debug_parse(const char *path)
{
	fg_buf b = FG_BUF_INIT;
	fg_lang_id lang = fg_lang_from_path(path);
	if (!lang || fg_read_file(path, 0, &b) < 0) {
		fg_cli_error("%s: %s", path, lang ? strerror(errno) : "no grammar for this file type");
		fg_buf_release(&b);
		return EXIT_ERROR;
	}
	fg_parser *p = fg_parser_new();
	fg_tree *t = fg_parser_parse(p, lang, b.ptr ? b.ptr : "", b.len);
	int rc = 0;
	if (!t) {
		fg_cli_error("%s: could not parse", path);
		rc = EXIT_ERROR;
	} else {
		char *sx = fg_node_sexp(fg_tree_root(t));
		printf("%s\n", sx);
		free(sx);
	}
	fg_tree_free(t);
	fg_parser_free(p);
	fg_buf_release(&b);
	return rc;
}

int fg_cmd_config(int argc, char **argv)
{
	fg_cli_opts c = { 0 };
	bool print = false;
	c.scan.source.max_file_size = 2u * 1024u * 1024u;
	c.scan.foundry_context = -1;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--print") == 0)
			print = true;
		else if (strcmp(argv[i], "--config") == 0)
			c.config = fg_cli_need_arg(argc, argv, &i);
		else if (strcmp(argv[i], "--config-from") == 0)
			c.config_from = fg_cli_need_arg(argc, argv, &i);
		else if (argv[i][0] != '-' && !c.scan.source.path)
			c.scan.source.path = argv[i];
		else
			fg_cli_die_usage("config: unknown argument '%s'", argv[i]);
	}
	if (!print)
		fg_cli_die_usage("%s: say what to do (config --print)", "config");
	if (!c.scan.source.path)
		c.scan.source.path = ".";
	fg_config cfg;
	fg_config_init(&cfg);
	fg_ruleset *rs = NULL;
	char err[1024];
	int rc = 0;
	if (fg_cli_load_config(&c, &cfg) < 0 || fg_cli_load_rules(NULL, false, &rs) < 0) {
		rc = EXIT_ERROR;
	} else if (fg_ruleset_apply_config(rs, &cfg, err, sizeof(err)) < 0) {
		fg_cli_error("%s", err);
		rc = EXIT_ERROR;
	} else {
		size_t max = cfg.max_file_size > 0 ? (size_t)cfg.max_file_size : c.scan.source.max_file_size;
		fg_cli_config_print(stdout, &cfg, rs, max, cfg.foundry_context != -2 ? cfg.foundry_context : -1);
	}
	fg_ruleset_free(rs);
	fg_config_release(&cfg);
	return rc;
}

int fg_cmd_init(int argc, char **argv)
{
	fg_source_opts so = { 0 };
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] != '-' && !so.path)
			so.path = argv[i];
		else
			fg_cli_die_usage("init: unknown argument '%s'", argv[i]);
	}
	fg_buf root = FG_BUF_INIT;
	char err[1024];
	int rc = 0;
	if (fg_source_root(&so, &root) < 0) {
		fg_cli_error("%s: no such folder", so.path ? so.path : ".");
		rc = EXIT_ERROR;
	} else if (fg_cli_init(root.ptr, err, sizeof(err)) < 0) {
		fg_cli_error("%s", err);
		rc = EXIT_ERROR;
	}
	fg_buf_release(&root);
	return rc;
}

/* Will the installed hook find foundry-guard the way its shell does ($FOUNDRY_GUARD, else PATH)? */
static bool hook_finds_binary(void)
{
	const char *fg = getenv("FOUNDRY_GUARD");
	if (!fg || !*fg)
		fg = "foundry-guard";
	if (strchr(fg, '/'))
		return access(fg, X_OK) == 0;
	const char *p = getenv("PATH");
	while (p && *p) {
		const char *end = strchr(p, ':');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		fg_buf cand = FG_BUF_INIT;
		fg_buf_printf(&cand, "%.*s/%s", (int)(n ? n : 1), n ? p : ".", fg);
		bool ok = access(cand.ptr, X_OK) == 0;
		fg_buf_release(&cand);
		if (ok)
			return true;
		p = end ? end + 1 : NULL;
	}
	return false;
}

int fg_cmd_hook(int argc, char **argv, bool install)
{
	bool force = false, chain = false;
	const char *path = NULL;
	for (int i = 1; i < argc; i++) {
		if (install && strcmp(argv[i], "--force") == 0)
			force = true;
		else if (install && strcmp(argv[i], "--chain") == 0)
			chain = true;
		else if (argv[i][0] != '-' && !path)
			path = argv[i];
		else
			fg_cli_die_usage("unknown argument '%s'", argv[i]);
	}
	char err[1024];
	fg_buf msg = FG_BUF_INIT;
	int rc;
	if (install) {
		if (!fg_embedded_hooks_count) {
			fg_cli_error("this build has no embedded hook; rebuild with make");
			return EXIT_ERROR;
		}
		rc = fg_hook_install(path, fg_embedded_hooks[0].data, force, chain, &msg, err, sizeof(err));
		if (rc == 0 && !hook_finds_binary())
			fg_buf_puts(&msg, "note: the hook runs foundry-guard from PATH (or $FOUNDRY_GUARD), and neither is "
					  "set here: until one is, it refuses every commit. Install it (make install) or set "
					  "FOUNDRY_GUARD=/path/to/foundry-guard\n");
	} else {
		rc = fg_hook_uninstall(path, &msg, err, sizeof(err));
	}
	fputs(fg_buf_cstr(&msg), stdout);
	fg_buf_release(&msg);
	if (rc < 0) {
		fg_cli_error("%s", err);
		return EXIT_ERROR;
	}
	return 0;
}

