/*
 * main.c - the entry point: initialises libgit2, picks the command, and
 * returns its exit status.  The commands live in src/cli/.
 *
 * Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage or
 * runtime error (one line on stderr that says what to do).
 */
#include "fg.h"
#include "cli/commands.h"
#include "source/source.h"

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
	"  rules [--explain ID]     list the rules, or explain one (its fact, sources and fix)\n"
	"  rules --test [DIR]       run the rules' own test cases (DIR/tests/, default the built-in ones)\n"
	"  config --print [PATH]    the effective configuration, defaults merged\n"
	"  init [PATH]              write a commented starter .foundry-guard.yml and an empty baseline\n"
	"                           (never overwrites)\n"
	"  --version, --help\n"
	"\n"
	"scan options:\n"
	"  --format text|json|sarif|github|codequality\n"
	"                           report format (default text)\n"
	"  --output FILE            write the report to FILE instead of stdout\n"
	"  --fail-on error|warning|note|never\n"
	"                           lowest severity that makes the exit status 1 (default warning)\n"
	"  --explain-flows          show how each value reaches the request (text format)\n"
	"  --path-style root|cwd|absolute\n"
	"                           text paths (default: relative to the current folder when it is\n"
	"                           inside the scanned tree, else to its root)\n"
	"  -q, --quiet              print nothing when nothing is reported\n"
	"  --color=auto|always|never\n"
	"                           colour the text report (default auto: on a terminal, unless NO_COLOR\n"
	"                           is set to a non-empty value); --color is always, --no-color never\n"
	"  --jobs N                 worker threads (default: number of cores)\n"
	"  --stats                  where the time went: CPU and wall per stage, files, peak RSS (stderr; JSON: stats)\n"
	"  --no-git                 scan PATH as a plain folder even inside a repository\n"
	"  --max-file-size BYTES    skip larger files (default 2097152)\n"
	"  --foundry-context auto|always|never\n"
	"                           whether unresolved Anthropic clients count as Foundry clients\n"
	"                           (default auto: when the repository holds Foundry evidence)\n"
	"  --config FILE            configuration (default: the nearest .foundry-guard.yml from PATH up\n"
	"                           to the repository root)\n"
	"  --config-from REV        read .foundry-guard.yml (and --baseline) from commit REV: in CI,\n"
	"                           the base commit's policy, which a pull request cannot weaken\n"
	"  --baseline FILE          hide findings recorded in FILE; list stale entries (default: the\n"
	"                           configuration's baseline: FILE, relative to the repository root)\n"
	"  --write-baseline FILE    record the current findings in FILE (sorted, stable)\n"
	"  --report-unused-ignores  report inline ignores that match no finding\n"
	"  --rules DIR              add the rules in DIR to the embedded ones\n"
	"  --rules-only             with --rules DIR: use only DIR's rules\n"
	"  -- FILE...               scan only these files (a folder: the files under it)\n"
	"\n"
	"exit status: 0 nothing at or above --fail-on, 1 findings, 2 error\n";

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
	/* `foundry-guard scan --help` and the like: the one usage text covers every command */
	for (int i = 2; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			fputs(usage_text, stdout);
			return 0;
		}
	fg_source_global_init();
	int rc;
	if (strcmp(cmd, "scan") == 0)
		rc = fg_cmd_scan(argc - 1, argv + 1, false);
	else if (strcmp(cmd, "calls") == 0)
		rc = fg_cmd_scan(argc - 1, argv + 1, true);
	else if (strcmp(cmd, "rules") == 0)
		rc = fg_cmd_rules(argc - 1, argv + 1);
	else if (strcmp(cmd, "debug-parse") == 0 && argc == 3)
		rc = fg_cmd_debug_parse(argv[2]);
	else if (strcmp(cmd, "config") == 0)
		rc = fg_cmd_config(argc - 1, argv + 1);
	else if (strcmp(cmd, "init") == 0)
		rc = fg_cmd_init(argc - 1, argv + 1);
	else if (strcmp(cmd, "install-hook") == 0)
		rc = fg_cmd_hook(argc - 1, argv + 1, true);
	else if (strcmp(cmd, "uninstall-hook") == 0)
		rc = fg_cmd_hook(argc - 1, argv + 1, false);
	else {
		fg_cli_error("unknown command '%s' (see foundry-guard --help)", cmd);
		rc = EXIT_ERROR;
	}
	fg_source_global_shutdown();
	return rc;
}

