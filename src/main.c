/*
 * main.c - command line: argv -> options -> scan -> report -> exit status.
 * The only place that prints "foundry-guard: ..." errors.
 *
 * Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage or
 * runtime error (one line on stderr that says what to do).
 */
#include "fg.h"
#include "core/buf.h"
#include "report/report.h"
#include "source/source.h"
#include "suppress/suppress.h"
#include "cli/cli.h"
#include "ruleset/ruleset.h"
#include "scan/scan.h"
#include <errno.h>
#include <limits.h>
#include <sys/stat.h>
#include <time.h>
#include "core/fs.h"
#include <unistd.h>

#define EXIT_FINDINGS 1
#define EXIT_ERROR 2

static const char usage_text[] =
	"usage: foundry-guard <command> [options]\n"
	"\n"
	"Warns when sensitive data is sent to Anthropic's Claude models on Microsoft Foundry,\n"
	"and when comments or docs assume Azure's zero data retention covers those models.\n"
	"\n"
	"commands:\n"
	"  scan [PATH]              scan the working tree of the repository or folder at PATH (default .)\n"
	"  scan --staged            pre-commit: the staged change (index against HEAD), added lines only\n"
	"  scan --diff BASE[..HEAD] CI: what HEAD adds since merge-base(BASE, HEAD)\n"
	"  scan --rev REV           the whole tree of one commit (bare repositories too)\n"
	"  scan --pre-commit -- F.. for the pre-commit framework: the staged additions when the files\n"
	"                           are the staged changes, else the given files whole\n"
	"  calls [PATH]             every Claude-on-Foundry request site: its evidence, its client and\n"
	"                           the data categories that reach it (takes the scan options)\n"
	"  install-hook [--force] [--chain]  install the git pre-commit hook (honours core.hooksPath)\n"
	"  uninstall-hook           remove the hook install-hook wrote\n"
	"  rules [--explain ID]     list the rules, or explain one\n"
	"  rules --test [DIR]       run the rules' own test cases (DIR/tests/, default the built-in ones)\n"
	"  config --print [PATH]    the effective configuration, defaults merged\n"
	"  init [PATH]              write a commented starter .foundry-guard.yml (never overwrites)\n"
	"  --version, --help\n"
	"\n"
	"scan options:\n"
	"  --format text|json|sarif|github|codequality\n"
	"                           report format (default text)\n"
	"  --output FILE            write the report to FILE instead of stdout\n"
	"  --fail-on error|warning|note|never\n"
	"                           lowest severity that makes the exit status 1 (default warning)\n"
	"  --explain-flows          show how each value reaches the request (text format)\n"
	"  --color / --no-color     colour the text report (default: only on a terminal)\n"
	"  --jobs N                 worker threads (default: number of cores)\n"
	"  --no-git                 scan PATH as a plain folder even inside a repository\n"
	"  --max-file-size BYTES    skip larger files (default 2097152)\n"
	"  --foundry-context auto|always|never\n"
	"                           whether unresolved Anthropic clients count as Foundry clients\n"
	"                           (default auto: when the repository holds Foundry evidence)\n"
	"  --config FILE            configuration (default: the nearest .foundry-guard.yml from PATH up\n"
	"                           to the repository root)\n"
	"  --config-from REV        read .foundry-guard.yml (and --baseline) from commit REV: in CI,\n"
	"                           the base commit's policy, which a pull request cannot weaken\n"
	"  --baseline FILE          hide findings recorded in FILE; list stale entries\n"
	"  --write-baseline FILE    record the current findings in FILE (sorted, stable)\n"
	"  --report-unused-ignores  report inline ignores that match no finding\n"
	"  --rules DIR              add the rules in DIR to the embedded ones\n"
	"  --rules-only             with --rules DIR: use only DIR's rules\n"
	"  -- FILE...               scan only these files\n"
	"\n"
	"exit status: 0 nothing at or above --fail-on, 1 findings, 2 error\n";

static void die_usage(const char *fmt, const char *arg)
{
	fprintf(stderr, "foundry-guard: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, " (see foundry-guard --help)\n");
	exit(EXIT_ERROR);
}

typedef struct cli {
	const char *format;
	const char *output;
	int fail_on; /* severity, or 3 = never */
	bool explain_flows;
	int color; /* -1 auto */
	const char *rules_dir;
	bool rules_only;
	const char *config;
	const char *config_from;
	const char *baseline;
	const char *write_baseline;
	bool report_unused;
	bool cli_max_size, cli_context;
	fg_scan_opts scan;
	fg_buf only_storage;
} cli;

static const char *need_arg(int argc, char **argv, int *i)
{
	if (*i + 1 >= argc)
		die_usage("option %s needs a value", argv[*i]);
	return argv[++*i];
}

static size_t parse_size(const char *s, const char *opt)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || s[0] == '-' || v == 0)
		die_usage("%s needs a positive number of bytes", opt);
	if (*end == 'k' || *end == 'K')
		v *= 1024, end++;
	else if (*end == 'm' || *end == 'M')
		v *= 1024 * 1024, end++;
	if (*end)
		die_usage("%s needs a number of bytes (optionally with K or M)", opt);
	return (size_t)v;
}

static int load_rules(const char *dir, bool only, fg_ruleset **rs)
{
	char err[512];
	if (fg_ruleset_load(rs, dir, only, err, sizeof(err)) < 0) {
		fprintf(stderr, "foundry-guard: %s\n", err);
		return -1;
	}
	/* A rules folder is validated whole; the embedded rules compile per language, on demand. */
	if (dir && fg_ruleset_prepare(*rs, FG_ALL_LANGS, err, sizeof(err)) < 0) {
		fprintf(stderr, "foundry-guard: %s\n", err);
		fg_ruleset_free(*rs);
		*rs = NULL;
		return -1;
	}
	return 0;
}

static int write_output(const char *path, const fg_buf *b)
{
	if (!path) {
		fwrite(b->ptr ? b->ptr : "", 1, b->len, stdout);
		fflush(stdout);
		return 0;
	}
	fg_buf tmp = FG_BUF_INIT;
	fg_buf_printf(&tmp, "%s.tmp.%ld", path, (long)getpid());
	FILE *fp = fopen(tmp.ptr, "wb");
	if (!fp) {
		fprintf(stderr, "foundry-guard: cannot write %s: %s; choose a writable --output path\n", path,
			strerror(errno));
		fg_buf_release(&tmp);
		return -1;
	}
	bool ok = fwrite(b->ptr ? b->ptr : "", 1, b->len, fp) == b->len;
	ok = fclose(fp) == 0 && ok;
	if (!ok || rename(tmp.ptr, path) < 0) {
		fprintf(stderr, "foundry-guard: cannot write %s: %s\n", path, strerror(errno));
		unlink(tmp.ptr);
		fg_buf_release(&tmp);
		return -1;
	}
	fg_buf_release(&tmp);
	return 0;
}

/* --baseline FILE (from --config-from REV when given): hide accepted findings, list stale ones. */
static int apply_baseline(const cli *c, fg_findings *fs, fg_scan_stats *st)
{
	char err[1024];
	fg_buf text = FG_BUF_INIT, stale = FG_BUF_INIT;
	int rc = 0;
	if (c->config_from) {
		int found = fg_source_read_at(c->scan.source.path, c->config_from, c->baseline, &text, err, sizeof(err));
		if (found == 0)
			snprintf(err, sizeof(err), "%s:%s: no such baseline in that commit", c->config_from, c->baseline);
		if (found <= 0)
			rc = -1;
	} else if (fg_read_file(c->baseline, 64u * 1024u * 1024u, &text) < 0) {
		snprintf(err, sizeof(err), "cannot read the baseline %s: %s (write one with --write-baseline)", c->baseline,
			 strerror(errno));
		rc = -1;
	}
	if (rc == 0)
		rc = fg_baseline_apply(c->baseline, text.ptr ? text.ptr : "", text.len, fs, &stale, &st->baseline_stale, err,
				       sizeof(err));
	if (rc < 0)
		fprintf(stderr, "foundry-guard: %s\n", err);
	else if (st->baseline_stale)
		fprintf(stderr, "foundry-guard: %zu stale baseline entr%s (fixed or changed; re-write the baseline to drop "
				"them):\n%s",
			st->baseline_stale, st->baseline_stale == 1 ? "y" : "ies", stale.ptr);
	fg_buf_release(&text);
	fg_buf_release(&stale);
	return rc;
}

/* A change that edits the policy is checked against the base's policy, and says so. */
static void config_changed_note(fg_findings *fs, const fg_ruleset *rs)
{
	const fg_rule *r = fg_ruleset_rule(rs, "suppression/config-changed");
	if (!r)
		return;
	fg_finding *f = fg_findings_add(fs);
	f->rule = r;
	f->severity = r->severity;
	f->path = fg_xstrdup(".foundry-guard.yml");
	f->line = f->col = f->end_line = 1;
	f->end_col = 2;
	f->message = fg_xstrdup("This change edits .foundry-guard.yml; it was checked with the base commit's policy, "
				"so its own changes to rules, excludes or allow-lists take effect only after review and merge.");
	f->category = fg_xstrdup("suppression");
	f->snippet = fg_xstrdup("");
	f->line_hash = fg_xstrdup("0");
	fg_findings_finish(fs);
}

/* -- FILE... arguments, relative to the current folder, made relative to the scan root. */
static char **normalize_paths(const fg_source_opts *so, char **files, size_t n)
{
	char **out = fg_xcalloc(n, sizeof(char *));
	fg_buf root = FG_BUF_INIT;
	char cwd[PATH_MAX];
	bool have_root = fg_source_root(so, &root) == 0 && getcwd(cwd, sizeof(cwd));
	for (size_t i = 0; i < n; i++) {
		const char *f = files[i];
		while (f[0] == '.' && f[1] == '/')
			f += 2;
		fg_buf abs = FG_BUF_INIT;
		if (have_root && f[0] != '/')
			fg_buf_printf(&abs, "%s/%s", cwd, f);
		else
			fg_buf_puts(&abs, f);
		char real[PATH_MAX];
		const char *p = abs.ptr;
		/* Resolve symlinked folders (the file itself may be deleted). */
		char *slash = strrchr(abs.ptr, '/');
		if (slash && slash != abs.ptr) {
			*slash = '\0';
			if (realpath(abs.ptr, real)) {
				size_t rl = strlen(real);
				snprintf(real + rl, sizeof(real) - rl, "/%s", slash + 1);
				p = real;
			}
			*slash = '/';
		}
		if (have_root && strncmp(p, root.ptr, root.len) == 0 && p[root.len] == '/')
			out[i] = fg_xstrdup(p + root.len + 1);
		else
			out[i] = fg_xstrdup(f);
		fg_buf_release(&abs);
	}
	fg_buf_release(&root);
	return out;
}

/*
 * --config FILE, else the nearest .foundry-guard.yml from the scanned
 * folder up to the scan root (the repository's top).
 */
static int load_config(const cli *c, fg_config *cfg)
{
	char err[1024];
	fg_buf path = FG_BUF_INIT, root = FG_BUF_INIT;
	char *base = NULL;
	if (c->config) {
		fg_buf_puts(&path, c->config);
	} else if (fg_source_root(&c->scan.source, &root) == 0) {
		char dir[PATH_MAX];
		if (realpath(c->scan.source.path ? c->scan.source.path : ".", dir)) {
			size_t rl = root.len;
			for (;;) {
				fg_buf_clear(&path);
				fg_buf_printf(&path, "%s/.foundry-guard.yml", dir);
				if (access(path.ptr, F_OK) == 0) {
					base = fg_xstrdup(strlen(dir) > rl ? dir + rl + 1 : "");
					break;
				}
				fg_buf_clear(&path);
				char *slash = strrchr(dir, '/');
				if (strlen(dir) <= rl || !slash || slash == dir)
					break;
				*slash = '\0';
			}
		}
	}
	int rc = 0;
	if (c->config_from) {
		/* The policy of another commit (CI: the pull request's base). */
		fg_buf text = FG_BUF_INIT, origin = FG_BUF_INIT;
		const char *rel = c->config ? c->config : ".foundry-guard.yml";
		fg_buf_printf(&origin, "%s:%s", c->config_from, rel);
		int found = fg_source_read_at(c->scan.source.path, c->config_from, rel, &text, err, sizeof(err));
		if (found < 0 || (found == 1 && fg_config_parse(cfg, origin.ptr, text.ptr ? text.ptr : "", text.len, err,
								 sizeof(err)) < 0)) {
			fprintf(stderr, "foundry-guard: %s\n", err);
			rc = -1;
		}
		fg_buf_release(&text);
		fg_buf_release(&origin);
		free(base);
		base = NULL;
	} else if (path.len && fg_config_load(cfg, path.ptr, err, sizeof(err)) < 0) {
		fprintf(stderr, "foundry-guard: %s\n", err);
		rc = -1;
	}
	cfg->base = base;
	fg_buf_release(&path);
	fg_buf_release(&root);
	return rc;
}

static int cmd_scan(int argc, char **argv, bool inventory)
{
	cli c = { 0 };
	c.format = "text";
	c.fail_on = FG_SEV_WARNING;
	c.color = -1;
	c.scan.source.max_file_size = 2u * 1024u * 1024u;
	c.scan.foundry_context = -1;
	c.scan.inventory = inventory;
	if (inventory)
		c.fail_on = 3; /* an inventory, not a check */
	const char *path = NULL;
	char **only = NULL;
	size_t nonly = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			only = argv + i + 1;
			nonly = (size_t)(argc - i - 1);
			if (!nonly)
				die_usage("%s: no files given after --", "scan");
			break;
		} else if (strcmp(a, "--format") == 0) {
			c.format = need_arg(argc, argv, &i);
		} else if (strncmp(a, "--format=", 9) == 0) {
			c.format = a + 9;
		} else if (strcmp(a, "--output") == 0 || strcmp(a, "-o") == 0) {
			c.output = need_arg(argc, argv, &i);
		} else if (strcmp(a, "--fail-on") == 0) {
			const char *v = need_arg(argc, argv, &i);
			fg_severity s;
			if (strcmp(v, "never") == 0)
				c.fail_on = 3;
			else if (fg_severity_parse(v, &s) == 0)
				c.fail_on = (int)s;
			else
				die_usage("--fail-on takes error, warning, note or never, not '%s'", v);
		} else if (strcmp(a, "--explain-flows") == 0) {
			c.explain_flows = true;
		} else if (strcmp(a, "--color") == 0) {
			c.color = 1;
		} else if (strcmp(a, "--no-color") == 0) {
			c.color = 0;
		} else if (strcmp(a, "--jobs") == 0 || strcmp(a, "-j") == 0) {
			const char *v = need_arg(argc, argv, &i);
			char *end;
			long n = strtol(v, &end, 10);
			if (*end || n < 1 || n > 256)
				die_usage("--jobs takes a number from 1 to 256, not '%s'", v);
			c.scan.jobs = (unsigned)n;
		} else if (strcmp(a, "--no-git") == 0) {
			c.scan.source.no_git = true;
		} else if (strcmp(a, "--max-file-size") == 0) {
			c.scan.source.max_file_size = parse_size(need_arg(argc, argv, &i), "--max-file-size");
			c.cli_max_size = true;
		} else if (strcmp(a, "--foundry-context") == 0) {
			const char *v = need_arg(argc, argv, &i);
			c.cli_context = true;
			if (strcmp(v, "auto") == 0)
				c.scan.foundry_context = -1;
			else if (strcmp(v, "always") == 0)
				c.scan.foundry_context = 1;
			else if (strcmp(v, "never") == 0)
				c.scan.foundry_context = 0;
			else
				die_usage("--foundry-context takes auto, always or never, not '%s'", v);
		} else if (strcmp(a, "--rules") == 0) {
			c.rules_dir = need_arg(argc, argv, &i);
		} else if (strcmp(a, "--config") == 0) {
			c.config = need_arg(argc, argv, &i);
		} else if (strcmp(a, "--config-from") == 0) {
			c.config_from = need_arg(argc, argv, &i);
		} else if (strcmp(a, "--rules-only") == 0) {
			c.rules_only = true;
		} else if (strcmp(a, "--baseline") == 0) {
			c.baseline = need_arg(argc, argv, &i);
		} else if (strcmp(a, "--write-baseline") == 0) {
			c.write_baseline = need_arg(argc, argv, &i);
		} else if (strcmp(a, "--report-unused-ignores") == 0) {
			c.report_unused = true;
		} else if (strcmp(a, "--staged") == 0) {
			c.scan.source.mode = FG_SRC_STAGED;
		} else if (strcmp(a, "--pre-commit") == 0) {
			c.scan.source.mode = FG_SRC_STAGED;
			c.scan.source.pre_commit = true;
		} else if (strcmp(a, "--diff") == 0) {
			c.scan.source.mode = FG_SRC_DIFF;
			c.scan.source.rev = need_arg(argc, argv, &i);
		} else if (strcmp(a, "--rev") == 0) {
			c.scan.source.mode = FG_SRC_REV;
			c.scan.source.rev = need_arg(argc, argv, &i);
		} else if (a[0] == '-' && a[1]) {
			die_usage("unknown option '%s'", a);
		} else if (!path) {
			path = a;
		} else {
			die_usage("scan takes one PATH; extra argument '%s' (use -- FILE... for files)", a);
		}
	}
	const fg_reporter *rep = fg_reporter_by_name(c.format);
	if (!rep)
		die_usage("unknown --format '%s' (text, json, sarif, github, codequality)", c.format);
	c.scan.source.path = path ? path : ".";
	char **norm = only ? normalize_paths(&c.scan.source, only, nonly) : NULL;
	c.scan.source.only_paths = norm;
	c.scan.source.nonly_paths = nonly;

	fg_config cfg;
	fg_config_init(&cfg);
	if (load_config(&c, &cfg) < 0) {
		fg_config_release(&cfg);
		return EXIT_ERROR;
	}
	if (!c.cli_max_size && cfg.max_file_size > 0)
		c.scan.source.max_file_size = (size_t)cfg.max_file_size;
	if (!c.cli_context && cfg.foundry_context != -2)
		c.scan.foundry_context = cfg.foundry_context;
	c.scan.config = &cfg;

	if (c.rules_only && !c.rules_dir)
		die_usage("%s needs --rules DIR", "--rules-only");
	if (c.rules_dir && access(c.rules_dir, R_OK | X_OK) != 0) {
		fprintf(stderr, "foundry-guard: --rules %s: %s; give a folder laid out like rules/\n", c.rules_dir,
			strerror(errno));
		return EXIT_ERROR;
	}
	/* -- FILE...: every file must exist (a typo must not pass as "nothing found") */
	for (size_t i = 0; c.scan.source.mode == FG_SRC_WORKTREE && i < nonly; i++) {
		struct stat st;
		if (lstat(only[i], &st) != 0) {
			fprintf(stderr, "foundry-guard: %s: %s; give files that exist\n", only[i], strerror(errno));
			return EXIT_ERROR;
		}
	}
	fg_ruleset *rs = NULL;
	char err[1024];
	if (load_rules(c.rules_dir, c.rules_only, &rs) < 0) {
		fg_config_release(&cfg);
		return EXIT_ERROR;
	}
	if (fg_ruleset_apply_config(rs, &cfg, err, sizeof(err)) < 0) {
		fprintf(stderr, "foundry-guard: %s\n", err);
		fg_ruleset_free(rs);
		fg_config_release(&cfg);
		return EXIT_ERROR;
	}
	c.scan.rules = rs;
	char today[16];
	time_t now = time(NULL);
	struct tm tmv;
	strftime(today, sizeof(today), "%Y-%m-%d", gmtime_r(&now, &tmv));
	fg_suppress_opts so = { today, c.report_unused, fg_ruleset_rule(rs, "suppression/missing-reason"),
				fg_ruleset_rule(rs, "suppression/unused-ignore") };
	c.scan.suppress = &so;
	fg_findings fs = { 0 };
	fg_scan_stats stats;
	if (fg_scan_run(&c.scan, &fs, &stats, err, sizeof(err)) < 0) {
		fprintf(stderr, "foundry-guard: %s\n", err);
		fg_ruleset_free(rs);
		fg_config_release(&cfg);
		return EXIT_ERROR;
	}
	fg_suppress_apply_rules(&fs, &cfg);
	fg_suppress_allow_paths(&fs, &cfg);
	if (c.baseline && apply_baseline(&c, &fs, &stats) < 0) {
		fg_findings_release(&fs);
		fg_scan_stats_release(&stats);
		fg_ruleset_free(rs);
		fg_config_release(&cfg);
		return EXIT_ERROR;
	}
	if (stats.config_changed && c.config_from)
		config_changed_note(&fs, rs);
	fg_report_ctx ctx = { .rules = rs, .stats = &stats, .explain_flows = c.explain_flows,
			      .tool_version = FG_VERSION };
	ctx.color = c.color == 1 || (c.color == -1 && !c.output && isatty(STDOUT_FILENO) && !getenv("NO_COLOR"));
	fg_buf out = FG_BUF_INIT;
	rep->write(&out, &fs, &ctx);
	int rc = write_output(c.output, &out) < 0 ? EXIT_ERROR : 0;
	if (rc == 0 && c.output && strcmp(c.format, "text") != 0) {
		/* A machine-readable report went to a file: still tell the human. */
		fg_buf sum = FG_BUF_INIT;
		fg_report_summary(&sum, &fs, &stats);
		fputs(sum.ptr, stderr);
		fg_buf_release(&sum);
	}
	if (stats.note)
		fprintf(stderr, "foundry-guard: %s\n", stats.note);
	if (stats.unreadable_names)
		fprintf(stderr, "foundry-guard: warning: could not read %zu file%s (%s%s); check their permissions\n",
			stats.skipped_unreadable, stats.skipped_unreadable == 1 ? "" : "s", stats.unreadable_names,
			stats.skipped_unreadable > 5 ? ", ..." : "");
	if (stats.regex_limit_hits)
		fprintf(stderr, "foundry-guard: warning: %u pattern matches hit the PCRE2 match limit and were skipped\n",
			stats.regex_limit_hits);
	if (rc == 0 && c.write_baseline) {
		if (fg_baseline_write(c.write_baseline, &fs, err, sizeof(err)) < 0) {
			fprintf(stderr, "foundry-guard: %s\n", err);
			rc = EXIT_ERROR;
		} else {
			fprintf(stderr, "foundry-guard: wrote the baseline %s; use it with --baseline %s\n",
				c.write_baseline, c.write_baseline);
			c.fail_on = 3; /* recording a baseline accepts what it records */
		}
	}
	if (rc == 0 && c.fail_on <= FG_SEV_ERROR) {
		for (size_t i = 0; i < fs.len; i++)
			if (!fs.items[i].suppressed && (int)fs.items[i].severity >= c.fail_on)
				rc = EXIT_FINDINGS;
	}
	fg_buf_release(&out);
	fg_findings_release(&fs);
	fg_scan_stats_release(&stats);
	fg_ruleset_free(rs);
	fg_config_release(&cfg);
	for (size_t i = 0; norm && i < nonly; i++)
		free(norm[i]);
	free(norm);
	return rc;
}

static int cmd_rules(int argc, char **argv)
{
	const char *explain = NULL, *dir = NULL;
	bool test = false, only = false;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--explain") == 0)
			explain = need_arg(argc, argv, &i);
		else if (strcmp(argv[i], "--rules") == 0)
			dir = need_arg(argc, argv, &i);
		else if (strcmp(argv[i], "--rules-only") == 0)
			only = true;
		else if (strcmp(argv[i], "--test") == 0) {
			test = true;
			if (i + 1 < argc && argv[i + 1][0] != '-')
				dir = argv[++i];
		} else
			die_usage("rules: unknown argument '%s'", argv[i]);
	}
	if (dir && access(dir, R_OK | X_OK) != 0) {
		fprintf(stderr, "foundry-guard: %s: %s; give a folder laid out like rules/\n", dir, strerror(errno));
		return EXIT_ERROR;
	}
	fg_ruleset *rs = NULL;
	if (load_rules(dir, only, &rs) < 0)
		return EXIT_ERROR;
	int rc = 0;
	char err[512];
	if (test && fg_ruleset_prepare(rs, FG_ALL_LANGS, err, sizeof(err)) < 0) {
		fprintf(stderr, "foundry-guard: %s\n", err);
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
			fprintf(stderr, "foundry-guard: no rule '%s'; list them with: foundry-guard rules\n", explain);
			rc = EXIT_ERROR;
		} else {
			printf("%s (%s)\n%s\n\nWhy it matters:\n  %s\n\nWhat to do:\n  %s\n\nSuppress a reviewed line with a "
			       "comment on it or the line above:\n  foundry-guard: ignore[%s] <reason>\n",
			       r->id, fg_severity_name(r->severity), r->short_desc, r->fact, r->fix, r->id);
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
static int cmd_debug_parse(const char *path)
{
	fg_buf b = FG_BUF_INIT;
	fg_lang_id lang = fg_lang_from_path(path);
	if (!lang || fg_read_file(path, 0, &b) < 0) {
		fprintf(stderr, "foundry-guard: %s: %s\n", path, lang ? strerror(errno) : "no grammar for this file type");
		fg_buf_release(&b);
		return EXIT_ERROR;
	}
	fg_parser *p = fg_parser_new();
	fg_tree *t = fg_parser_parse(p, lang, b.ptr ? b.ptr : "", b.len);
	int rc = 0;
	if (!t) {
		fprintf(stderr, "foundry-guard: %s: could not parse\n", path);
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

static int cmd_config(int argc, char **argv)
{
	cli c = { 0 };
	bool print = false;
	c.scan.source.max_file_size = 2u * 1024u * 1024u;
	c.scan.foundry_context = -1;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--print") == 0)
			print = true;
		else if (strcmp(argv[i], "--config") == 0)
			c.config = need_arg(argc, argv, &i);
		else if (strcmp(argv[i], "--config-from") == 0)
			c.config_from = need_arg(argc, argv, &i);
		else if (argv[i][0] != '-' && !c.scan.source.path)
			c.scan.source.path = argv[i];
		else
			die_usage("config: unknown argument '%s'", argv[i]);
	}
	if (!print)
		die_usage("%s: say what to do (config --print)", "config");
	if (!c.scan.source.path)
		c.scan.source.path = ".";
	fg_config cfg;
	fg_config_init(&cfg);
	fg_ruleset *rs = NULL;
	char err[1024];
	int rc = 0;
	if (load_config(&c, &cfg) < 0 || load_rules(NULL, false, &rs) < 0) {
		rc = EXIT_ERROR;
	} else if (fg_ruleset_apply_config(rs, &cfg, err, sizeof(err)) < 0) {
		fprintf(stderr, "foundry-guard: %s\n", err);
		rc = EXIT_ERROR;
	} else {
		size_t max = cfg.max_file_size > 0 ? (size_t)cfg.max_file_size : c.scan.source.max_file_size;
		fg_cli_config_print(stdout, &cfg, rs, max, cfg.foundry_context != -2 ? cfg.foundry_context : -1);
	}
	fg_ruleset_free(rs);
	fg_config_release(&cfg);
	return rc;
}

static int cmd_init(int argc, char **argv)
{
	fg_source_opts so = { 0 };
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] != '-' && !so.path)
			so.path = argv[i];
		else
			die_usage("init: unknown argument '%s'", argv[i]);
	}
	fg_buf root = FG_BUF_INIT;
	char err[1024];
	int rc = 0;
	if (fg_source_root(&so, &root) < 0) {
		fprintf(stderr, "foundry-guard: %s: no such folder\n", so.path ? so.path : ".");
		rc = EXIT_ERROR;
	} else if (fg_cli_init(root.ptr, err, sizeof(err)) < 0) {
		fprintf(stderr, "foundry-guard: %s\n", err);
		rc = EXIT_ERROR;
	}
	fg_buf_release(&root);
	return rc;
}

static int cmd_hook(int argc, char **argv, bool install)
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
			die_usage("unknown argument '%s'", argv[i]);
	}
	char err[1024];
	fg_buf msg = FG_BUF_INIT;
	int rc;
	if (install) {
		if (!fg_embedded_hooks_count) {
			fprintf(stderr, "foundry-guard: this build has no embedded hook; rebuild with make\n");
			return EXIT_ERROR;
		}
		char self[PATH_MAX];
		ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
		if (n > 0)
			self[n] = '\0';
		rc = fg_hook_install(path, fg_embedded_hooks[0].data, n > 0 ? self : NULL, force, chain, &msg, err,
				     sizeof(err));
	} else {
		rc = fg_hook_uninstall(path, &msg, err, sizeof(err));
	}
	fputs(fg_buf_cstr(&msg), stdout);
	fg_buf_release(&msg);
	if (rc < 0) {
		fprintf(stderr, "foundry-guard: %s\n", err);
		return EXIT_ERROR;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs(usage_text, stderr);
		return EXIT_ERROR;
	}
	const char *cmd = argv[1];
	if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
		printf("foundry-guard %s\n", FG_VERSION);
		return 0;
	}
	if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
		fputs(usage_text, stdout);
		return 0;
	}
	fg_source_global_init();
	int rc;
	if (strcmp(cmd, "scan") == 0)
		rc = cmd_scan(argc - 1, argv + 1, false);
	else if (strcmp(cmd, "calls") == 0)
		rc = cmd_scan(argc - 1, argv + 1, true);
	else if (strcmp(cmd, "rules") == 0)
		rc = cmd_rules(argc - 1, argv + 1);
	else if (strcmp(cmd, "debug-parse") == 0 && argc == 3)
		rc = cmd_debug_parse(argv[2]);
	else if (strcmp(cmd, "config") == 0)
		rc = cmd_config(argc - 1, argv + 1);
	else if (strcmp(cmd, "init") == 0)
		rc = cmd_init(argc - 1, argv + 1);
	else if (strcmp(cmd, "install-hook") == 0)
		rc = cmd_hook(argc - 1, argv + 1, true);
	else if (strcmp(cmd, "uninstall-hook") == 0)
		rc = cmd_hook(argc - 1, argv + 1, false);
	else {
		fprintf(stderr, "foundry-guard: unknown command '%s' (see foundry-guard --help)\n", cmd);
		rc = EXIT_ERROR;
	}
	fg_source_global_shutdown();
	return rc;
}
