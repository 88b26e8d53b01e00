/*
 * scan_cmd.c - `scan` and `calls`: options, configuration, the scan, then
 * suppressions, baselines, the report and the exit status.
 */
#include "commands.h"
#include "cli.h"
#include "../core/fs.h"
#include "../report/report.h"
#include "../source/source.h"
#include "../suppress/suppress.h"
#include <errno.h>
#include <limits.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static size_t parse_size(const char *s, const char *opt)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || s[0] == '-' || v == 0)
		fg_cli_die_usage("%s needs a positive number of bytes", opt);
	if (*end == 'k' || *end == 'K')
		v *= 1024, end++;
	else if (*end == 'm' || *end == 'M')
		v *= 1024 * 1024, end++;
	if (*end)
		fg_cli_die_usage("%s needs a number of bytes (optionally with K or M)", opt);
	return (size_t)v;
}

static int write_output(const char *path, const fg_buf *b)
{
	if (!path) {
		fwrite(b->ptr ? b->ptr : "", 1, b->len, stdout);
		fflush(stdout);
		return 0;
	}
	if (fg_write_file(path, b->ptr ? b->ptr : "", b->len) < 0) {
		fg_cli_error("cannot write %s: %s; choose a writable --output path", path, strerror(errno));
		return -1;
	}
	return 0;
}

/*
 * --baseline FILE, or the `baseline:` the configuration names (relative to
 * the repository root), read from --config-from REV when given: hide
 * accepted findings, list stale ones.  A baseline that cannot be read is an
 * error, never an empty one.
 */
static int apply_baseline(const fg_cli_opts *c, fg_findings *fs, fg_scan_stats *st)
{
	char err[1024];
	fg_buf text = FG_BUF_INIT, stale = FG_BUF_INIT, file = FG_BUF_INIT, named = FG_BUF_INIT;
	int rc = 0;
	if (c->baseline_cfg)
		fg_buf_printf(&named, " (named by `baseline:` in %s line %u)", c->baseline_cfg, c->baseline_cfg_line);
	if (c->config_from) {
		int found = fg_source_read_at(c->scan.source.path, c->config_from, c->baseline, &text, err, sizeof(err));
		if (found == 0)
			snprintf(err, sizeof(err), "%s:%s: no such baseline in that commit%s", c->config_from, c->baseline,
				 fg_buf_cstr(&named));
		if (found <= 0)
			rc = -1;
	} else {
		if (c->baseline_cfg && fg_source_root(&c->scan.source, &file) == 0)
			fg_buf_putc(&file, '/');
		fg_buf_puts(&file, c->baseline);
		if (fg_read_file(file.ptr, 64u * 1024u * 1024u, &text) < 0) {
			snprintf(err, sizeof(err), "cannot read the baseline %s%s: %s; record one with "
				 "`foundry-guard scan --write-baseline %s`", file.ptr, fg_buf_cstr(&named), strerror(errno),
				 file.ptr);
			rc = -1;
		}
	}
	if (rc == 0)
		rc = fg_baseline_apply(c->baseline, text.ptr ? text.ptr : "", text.len, fs, &stale, &st->baseline_stale, err,
				       sizeof(err));
	if (rc < 0) {
		fg_cli_error("%s", err);
	} else if (st->baseline_stale) {
		fg_cli_error("%zu stale baseline entr%s (fixed or changed; re-write the baseline to drop them):",
			     st->baseline_stale, st->baseline_stale == 1 ? "y" : "ies");
		fputs(fg_buf_cstr(&stale), stderr);
	}
	fg_buf_release(&text);
	fg_buf_release(&stale);
	fg_buf_release(&file);
	fg_buf_release(&named);
	return rc;
}

/* Is the baseline --write-baseline wrote the one the configuration names? */
static bool configured_baseline(const fg_cli_opts *c, const fg_config *cfg)
{
	char a[PATH_MAX], b[PATH_MAX];
	fg_buf file = FG_BUF_INIT;
	bool same = false;
	if (cfg->baseline && fg_source_root(&c->scan.source, &file) == 0) {
		fg_buf_printf(&file, "/%s", cfg->baseline);
		same = realpath(file.ptr, a) && realpath(c->write_baseline, b) && !strcmp(a, b);
	}
	fg_buf_release(&file);
	return same;
}

/* A change that edits the policy is checked against the base's policy, and says so. */
static void config_changed_note(fg_findings *fs, const fg_ruleset *rs)
{
	const fg_rule *r = fg_ruleset_rule(rs, "suppression/config-changed");
	if (!r)
		return;
	fg_finding *f = fg_findings_new(fs, r, ".foundry-guard.yml", 1, 1, 1, 2,
					"This change edits .foundry-guard.yml; it was checked with the base commit's "
					"policy, so its own changes to rules, excludes or allow-lists take effect only "
					"after review and merge.",
					"suppression");
	fg_finding_set_line(f, NULL, "", 0, NULL, 0, 0);
	fg_findings_finish(fs);
}

/*
 * --config FILE, else the nearest .foundry-guard.yml from the scanned
 * folder up to the scan root (the repository's top).
 */
int fg_cli_load_config(const fg_cli_opts *c, fg_config *cfg)
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
			fg_cli_error("%s", err);
			rc = -1;
		}
		fg_buf_release(&text);
		fg_buf_release(&origin);
		free(base);
		base = NULL;
	} else if (path.len && fg_config_load(cfg, path.ptr, err, sizeof(err)) < 0) {
		fg_cli_error("%s", err);
		rc = -1;
	}
	cfg->base = base;
	fg_buf_release(&path);
	fg_buf_release(&root);
	return rc;
}

/* Whether any finding is reported (not suppressed). */
static bool reported(const fg_findings *fs)
{
	for (size_t i = 0; i < fs->len; i++)
		if (!fs->items[i].suppressed)
			return true;
	return false;
}

/*
 * --path-style for the text report: root (relative to the scanned tree's
 * root), cwd (relative to the current folder), absolute.  Without it, cwd
 * when the current folder is inside the tree (editors open the paths of a
 * quickfix list from there), else root.  The other formats keep root paths.
 */
static void text_path_style(const fg_cli_opts *c, fg_report_ctx *ctx, const char *root, char *root_real,
			    char *cwd_real)
{
	const char *style = c->path_style;
	/* getcwd() gives the physical path, as realpath() does for the root. */
	if ((style && !strcmp(style, "root")) || !root || !realpath(root, root_real) || !getcwd(cwd_real, PATH_MAX))
		return;
	size_t n = strlen(root_real);
	bool inside = !strncmp(cwd_real, root_real, n) && (cwd_real[n] == '/' || !cwd_real[n] || n == 1);
	if (!style && !inside)
		return;
	ctx->path_root = root_real;
	ctx->path_from = style && !strcmp(style, "absolute") ? NULL : cwd_real;
}

/* The scan itself, once the options are parsed; returns the exit status. */
static int run_scan(fg_cli_opts c, const fg_reporter *rep)
{
	char err[1024];
	fg_config cfg;
	fg_config_init(&cfg);
	if (fg_cli_load_config(&c, &cfg) < 0) {
		fg_config_release(&cfg);
		return EXIT_ERROR;
	}
	if (!c.cli_max_size && cfg.max_file_size > 0)
		c.scan.source.max_file_size = (size_t)cfg.max_file_size;
	if (!c.cli_context && cfg.foundry_context != -2)
		c.scan.foundry_context = cfg.foundry_context;
	c.scan.config = &cfg;
	/* The configured baseline, unless the command line names one or records one (a baseline being
	 * written records every current finding), and not for the `calls` inventory. */
	if (cfg.baseline && !c.baseline && !c.write_baseline && !c.scan.inventory) {
		c.baseline = cfg.baseline;
		c.baseline_cfg = cfg.path ? cfg.path : ".foundry-guard.yml";
		c.baseline_cfg_line = cfg.baseline_line;
	}

	if (c.rules_only && !c.rules_dir)
		fg_cli_die_usage("%s needs --rules DIR", "--rules-only");
	if (c.rules_dir && access(c.rules_dir, R_OK | X_OK) != 0) {
		fg_cli_error("--rules %s: %s; give a folder laid out like rules/", c.rules_dir,
			strerror(errno));
		return EXIT_ERROR;
	}
	fg_ruleset *rs = NULL;
	if (fg_cli_load_rules(c.rules_dir, c.rules_only, &rs) < 0) {
		fg_config_release(&cfg);
		return EXIT_ERROR;
	}
	if (fg_ruleset_apply_config(rs, &cfg, err, sizeof(err)) < 0) {
		fg_cli_error("%s", err);
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
				fg_ruleset_rule(rs, "suppression/unused-ignore"),
				fg_ruleset_rule(rs, "suppression/invalid-ignore") };
	c.scan.suppress = &so;
	fg_findings fs = { 0 };
	fg_scan_stats stats;
	if (fg_scan_run(&c.scan, &fs, &stats, err, sizeof(err)) < 0) {
		fg_cli_error("%s", err);
		fg_ruleset_free(rs);
		fg_config_release(&cfg);
		return EXIT_ERROR;
	}
	fg_stages *timed = c.scan.stats ? &stats.stages : NULL;
	fg_stage_mark mark;
	fg_stage_start(timed, &mark);
	fg_suppress_apply_rules(&fs, &cfg);
	fg_suppress_apply_doc_snippets(&fs, &cfg);
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
	fg_stage_end(timed, FG_STAGE_SUPPRESS, &mark, 0);
	stats.peak_rss = fg_peak_rss();
	stats.cpu_seconds = fg_process_cpu();
	fg_report_ctx ctx = { .rules = rs, .stats = &stats, .explain_flows = c.explain_flows,
			      .tool_version = FG_VERSION };
	/* auto: a terminal, and NO_COLOR unset or empty (no-color.org: only a non-empty value disables) */
	const char *no_color = getenv("NO_COLOR");
	ctx.color = c.color == 1 ||
		    (c.color == -1 && !c.output && isatty(STDOUT_FILENO) && !(no_color && *no_color));
	char root_real[PATH_MAX], cwd_real[PATH_MAX];
	text_path_style(&c, &ctx, stats.root, root_real, cwd_real);
	fg_buf out = FG_BUF_INIT;
	bool silent = c.quiet && !reported(&fs); /* --quiet: nothing to say */
	if (!(silent && strcmp(c.format, "text") == 0))
		rep->write(&out, &fs, &ctx);
	int rc = write_output(c.output, &out) < 0 ? EXIT_ERROR : 0;
	if (rc == 0 && c.output && strcmp(c.format, "text") != 0 && !silent) {
		/* A machine-readable report went to a file: still tell the human. */
		fg_buf sum = FG_BUF_INIT;
		fg_report_summary(&sum, &fs, &stats);
		fputs(sum.ptr, stderr);
		fg_buf_release(&sum);
	}
	if (timed) {
		/* stderr: the whole run, the report's writing included */
		fg_stage_end(timed, FG_STAGE_REPORT, &mark, 0);
		stats.peak_rss = fg_peak_rss();
		stats.cpu_seconds = fg_process_cpu();
		fg_buf st = FG_BUF_INIT;
		fg_report_stats(&st, &stats);
		fputs(st.ptr, stderr);
		fg_buf_release(&st);
	}
	if (stats.note)
		fg_cli_error("%s", stats.note);
	if (stats.unreadable_names)
		fg_cli_error("warning: could not read %zu file%s (%s%s); check their permissions",
			stats.skipped_unreadable, stats.skipped_unreadable == 1 ? "" : "s", stats.unreadable_names,
			stats.skipped_unreadable > 5 ? ", ..." : "");
	if (stats.nincomplete) {
		fprintf(stderr, "foundry-guard: warning: %zu file%s not fully analysed (", stats.nincomplete,
			stats.nincomplete == 1 ? " was" : "s were");
		for (size_t i = 0; i < stats.nincomplete && i < 5; i++) {
			fg_buf p = FG_BUF_INIT;
			fg_text_escape(&p, stats.incomplete[i].path); /* a file name must not forge a CI log line */
			fprintf(stderr, "%s%s: %s", i ? ", " : "", fg_buf_cstr(&p), stats.incomplete[i].why);
			fg_buf_release(&p);
		}
		fprintf(stderr, "%s); split or simplify %s\n", stats.nincomplete > 5 ? ", ..." : "",
			stats.nincomplete == 1 ? "it" : "them");
	}
	if (stats.regex_limit_hits)
		fg_cli_error("warning: %u pattern matches hit the PCRE2 match limit and were skipped",
			stats.regex_limit_hits);
	if (rc == 0 && c.write_baseline) {
		if (fg_baseline_write(c.write_baseline, &fs, err, sizeof(err)) < 0) {
			fg_cli_error("%s", err);
			rc = EXIT_ERROR;
		} else {
			if (configured_baseline(&c, &cfg))
				fg_cli_error("wrote the baseline %s; %s names it, so every scan uses it",
					c.write_baseline, cfg.path);
			else
				fg_cli_error("wrote the baseline %s; use it with --baseline %s, or name it in "
					".foundry-guard.yml (baseline: FILE)", c.write_baseline, c.write_baseline);
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
	return rc;
}

int fg_cmd_scan(int argc, char **argv, bool inventory)
{
	fg_cli_opts c = { 0 };
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
				fg_cli_die_usage("%s: no files given after --", "scan");
			break;
		} else if (strcmp(a, "--format") == 0) {
			c.format = fg_cli_need_arg(argc, argv, &i);
		} else if (strncmp(a, "--format=", 9) == 0) {
			c.format = a + 9;
		} else if (strcmp(a, "--output") == 0 || strcmp(a, "-o") == 0) {
			c.output = fg_cli_need_arg(argc, argv, &i);
		} else if (strcmp(a, "--fail-on") == 0) {
			const char *v = fg_cli_need_arg(argc, argv, &i);
			fg_severity s;
			if (strcmp(v, "never") == 0)
				c.fail_on = 3;
			else if (fg_severity_parse(v, &s) == 0)
				c.fail_on = (int)s;
			else
				fg_cli_die_usage("--fail-on takes error, warning, note or never, not '%s'", v);
		} else if (strcmp(a, "--path-style") == 0 || strncmp(a, "--path-style=", 13) == 0) {
			c.path_style = a[12] == '=' ? a + 13 : fg_cli_need_arg(argc, argv, &i);
			if (strcmp(c.path_style, "root") && strcmp(c.path_style, "cwd") && strcmp(c.path_style, "absolute"))
				fg_cli_die_usage("--path-style takes root, cwd or absolute, not '%s'", c.path_style);
		} else if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0) {
			c.quiet = true;
		} else if (strcmp(a, "--stats") == 0) {
			c.scan.stats = true;
		} else if (strcmp(a, "--explain-flows") == 0) {
			c.explain_flows = true;
		} else if (strcmp(a, "--color") == 0 || strncmp(a, "--color=", 8) == 0) {
			/* --color alone is always; --color=WHEN (or --color WHEN) chooses */
			const char *v = a[7] == '=' ? a + 8 : NULL;
			if (!v && i + 1 < argc && (!strcmp(argv[i + 1], "auto") || !strcmp(argv[i + 1], "always") ||
						   !strcmp(argv[i + 1], "never")))
				v = argv[++i];
			if (!v || !strcmp(v, "always"))
				c.color = 1;
			else if (!strcmp(v, "auto"))
				c.color = -1;
			else if (!strcmp(v, "never"))
				c.color = 0;
			else
				fg_cli_die_usage("--color takes auto, always or never, not '%s'", v);
		} else if (strcmp(a, "--no-color") == 0) {
			c.color = 0;
		} else if (strcmp(a, "--jobs") == 0 || strcmp(a, "-j") == 0) {
			const char *v = fg_cli_need_arg(argc, argv, &i);
			char *end;
			long n = strtol(v, &end, 10);
			if (*end || n < 1 || n > 256)
				fg_cli_die_usage("--jobs takes a number from 1 to 256, not '%s'", v);
			c.scan.jobs = (unsigned)n;
		} else if (strcmp(a, "--no-git") == 0) {
			c.scan.source.no_git = true;
		} else if (strcmp(a, "--max-file-size") == 0) {
			c.scan.source.max_file_size = parse_size(fg_cli_need_arg(argc, argv, &i), "--max-file-size");
			c.cli_max_size = true;
		} else if (strcmp(a, "--foundry-context") == 0) {
			const char *v = fg_cli_need_arg(argc, argv, &i);
			c.cli_context = true;
			if (strcmp(v, "auto") == 0)
				c.scan.foundry_context = -1;
			else if (strcmp(v, "always") == 0)
				c.scan.foundry_context = 1;
			else if (strcmp(v, "never") == 0)
				c.scan.foundry_context = 0;
			else
				fg_cli_die_usage("--foundry-context takes auto, always or never, not '%s'", v);
		} else if (strcmp(a, "--rules") == 0) {
			c.rules_dir = fg_cli_need_arg(argc, argv, &i);
		} else if (strcmp(a, "--config") == 0) {
			c.config = fg_cli_need_arg(argc, argv, &i);
		} else if (strcmp(a, "--config-from") == 0) {
			c.config_from = fg_cli_need_arg(argc, argv, &i);
		} else if (strcmp(a, "--rules-only") == 0) {
			c.rules_only = true;
		} else if (strcmp(a, "--baseline") == 0) {
			c.baseline = fg_cli_need_arg(argc, argv, &i);
		} else if (strcmp(a, "--write-baseline") == 0) {
			c.write_baseline = fg_cli_need_arg(argc, argv, &i);
		} else if (strcmp(a, "--report-unused-ignores") == 0) {
			c.report_unused = true;
		} else if (strcmp(a, "--staged") == 0) {
			c.scan.source.mode = FG_SRC_STAGED;
		} else if (strcmp(a, "--pre-commit") == 0) {
			c.scan.source.mode = FG_SRC_STAGED;
			c.scan.source.pre_commit = true;
		} else if (strcmp(a, "--diff") == 0) {
			c.scan.source.mode = FG_SRC_DIFF;
			c.scan.source.rev = fg_cli_need_arg(argc, argv, &i);
		} else if (strcmp(a, "--rev") == 0) {
			c.scan.source.mode = FG_SRC_REV;
			c.scan.source.rev = fg_cli_need_arg(argc, argv, &i);
		} else if (a[0] == '-' && a[1]) {
			fg_cli_die_usage("unknown option '%s'", a);
		} else if (!path) {
			path = a;
		} else {
			fg_cli_die_usage("scan takes one PATH; extra argument '%s' (use -- FILE... for files)", a);
		}
	}
	const fg_reporter *rep = fg_reporter_by_name(c.format);
	if (!rep)
		fg_cli_die_usage("unknown --format '%s' (text, json, sarif, github, codequality)", c.format);
	c.scan.source.path = path ? path : ".";
	char **norm = NULL;
	char err[1024];
	if (only && fg_source_file_args(&c.scan.source, only, nonly, &norm, err, sizeof(err)) < 0) {
		fg_cli_error("%s", err);
		return EXIT_ERROR;
	}
	c.scan.source.only_paths = norm;
	c.scan.source.nonly_paths = nonly;
	int rc = run_scan(c, rep);
	for (size_t i = 0; norm && i < nonly; i++)
		free(norm[i]);
	free(norm);
	return rc;
}
