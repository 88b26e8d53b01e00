/*
 * hooks.c - install-hook / uninstall-hook: the pre-commit hook in the
 * hooks folder git really uses (core.hooksPath, or the common dir of
 * worktrees).  A foreign hook is never overwritten without --force;
 * --chain keeps it as pre-commit.legacy and runs it first.  The only files
 * written are the hook (and, with --chain, the renamed foreign hook).
 */
#include "source_internal.h"
#include <errno.h>
#include <git2.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#define HOOK_MARKER "foundry-guard-hook"


/* The hooks folder: core.hooksPath (relative to the worktree root) or <commondir>/hooks. */
static int hooks_dir(git_repository *repo, fg_buf *out, char *err, size_t errlen)
{
	git_config *cfg = NULL;
	fg_buf_clear(out);
	if (git_repository_config_snapshot(&cfg, repo) == 0) {
		const char *hp = NULL;
		if (git_config_get_string(&hp, cfg, "core.hooksPath") == 0 && hp && *hp) {
			if (hp[0] == '~' && hp[1] == '/' && getenv("HOME"))
				fg_buf_printf(out, "%s/%s", getenv("HOME"), hp + 2);
			else if (hp[0] == '/')
				fg_buf_puts(out, hp);
			else {
				const char *wd = git_repository_workdir(repo);
				fg_buf_printf(out, "%s%s", wd ? wd : git_repository_path(repo), hp);
			}
		}
		git_config_free(cfg);
	}
	if (!out->len) {
		const char *common = git_repository_commondir(repo);
		if (!common) {
			snprintf(err, errlen, "cannot find the repository's git folder");
			return -1;
		}
		fg_buf_printf(out, "%shooks", common);
	}
	while (out->len > 1 && out->ptr[out->len - 1] == '/')
		out->ptr[--out->len] = '\0';
	return 0;
}

static bool file_has_marker(const char *path)
{
	FILE *fp = fopen(path, "r");
	if (!fp)
		return false;
	char line[512];
	bool found = false;
	for (int n = 0; n < 40 && fgets(line, sizeof(line), fp); n++)
		if (strstr(line, HOOK_MARKER))
			found = true;
	fclose(fp);
	return found;
}

static int open_repo(const char *path, git_repository **repo, char *err, size_t errlen)
{
	int rc = fg__repo_open(repo, path ? path : ".", err, errlen);
	if (rc == FG_REPO_NONE)
		snprintf(err, errlen, "%s: not in a git repository; run install-hook inside one", path ? path : ".");
	return rc == 0 ? 0 : -1;
}

static int write_hook(const char *path, const char *text, char *err, size_t errlen)
{
	fg_buf tmp = FG_BUF_INIT;
	fg_buf_printf(&tmp, "%s.foundry-guard.tmp", path);
	FILE *fp = fopen(tmp.ptr, "w");
	int rc = -1;
	if (!fp) {
		snprintf(err, errlen, "cannot write %s: %s", tmp.ptr, strerror(errno));
	} else {
		bool ok = fputs(text, fp) >= 0;
		ok = fclose(fp) == 0 && ok;
		if (!ok || chmod(tmp.ptr, 0755) < 0 || rename(tmp.ptr, path) < 0) {
			snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
			unlink(tmp.ptr);
		} else {
			rc = 0;
		}
	}
	fg_buf_release(&tmp);
	return rc;
}

int fg_hook_install(const char *repo_path, const char *script, bool force, bool chain, fg_buf *msg, char *err,
		    size_t errlen)
{
	git_repository *repo = NULL;
	if (open_repo(repo_path, &repo, err, errlen) < 0)
		return -1;
	fg_buf dir = FG_BUF_INIT, hook = FG_BUF_INIT, legacy = FG_BUF_INIT;
	int rc = hooks_dir(repo, &dir, err, errlen);
	git_repository_free(repo);
	if (rc < 0)
		goto out;
	struct stat st;
	if (stat(dir.ptr, &st) < 0 && mkdir(dir.ptr, 0755) < 0) {
		snprintf(err, errlen, "hooks folder %s: %s; check core.hooksPath", dir.ptr, strerror(errno));
		rc = -1;
		goto out;
	}
	if (stat(dir.ptr, &st) < 0 || !S_ISDIR(st.st_mode)) {
		snprintf(err, errlen, "hooks folder %s is not a folder; check core.hooksPath", dir.ptr);
		rc = -1;
		goto out;
	}
	fg_buf_printf(&hook, "%s/pre-commit", dir.ptr);
	fg_buf_printf(&legacy, "%s/pre-commit.legacy", dir.ptr);
	bool exists = lstat(hook.ptr, &st) == 0;
	bool ours = exists && file_has_marker(hook.ptr);
	if (exists && !ours) {
		if (chain) {
			if (lstat(legacy.ptr, &st) == 0) {
				snprintf(err, errlen, "%s already exists; move it away before --chain", legacy.ptr);
				rc = -1;
				goto out;
			}
			if (rename(hook.ptr, legacy.ptr) < 0) {
				snprintf(err, errlen, "cannot keep the existing hook as %s: %s", legacy.ptr, strerror(errno));
				rc = -1;
				goto out;
			}
			fg_buf_printf(msg, "kept the existing hook as %s; it runs first\n", legacy.ptr);
		} else if (!force) {
			snprintf(err, errlen,
				 "%s exists and is not foundry-guard's; keep it and run both with --chain, or replace it "
				 "with --force",
				 hook.ptr);
			rc = -1;
			goto out;
		}
	}
	rc = write_hook(hook.ptr, script, err, errlen);
	if (rc == 0)
		fg_buf_printf(msg, "installed the foundry-guard pre-commit hook in %s\n", hook.ptr);
out:
	fg_buf_release(&dir);
	fg_buf_release(&hook);
	fg_buf_release(&legacy);
	return rc;
}

int fg_hook_uninstall(const char *repo_path, fg_buf *msg, char *err, size_t errlen)
{
	git_repository *repo = NULL;
	if (open_repo(repo_path, &repo, err, errlen) < 0)
		return -1;
	fg_buf dir = FG_BUF_INIT, hook = FG_BUF_INIT, legacy = FG_BUF_INIT;
	int rc = hooks_dir(repo, &dir, err, errlen);
	git_repository_free(repo);
	if (rc == 0) {
		fg_buf_printf(&hook, "%s/pre-commit", dir.ptr);
		fg_buf_printf(&legacy, "%s/pre-commit.legacy", dir.ptr);
		struct stat st;
		if (lstat(hook.ptr, &st) < 0) {
			fg_buf_printf(msg, "no pre-commit hook in %s: nothing to remove\n", dir.ptr);
		} else if (!file_has_marker(hook.ptr)) {
			snprintf(err, errlen, "%s is not foundry-guard's hook; left untouched", hook.ptr);
			rc = -1;
		} else if (unlink(hook.ptr) < 0) {
			snprintf(err, errlen, "cannot remove %s: %s", hook.ptr, strerror(errno));
			rc = -1;
		} else {
			fg_buf_printf(msg, "removed %s\n", hook.ptr);
			if (lstat(legacy.ptr, &st) == 0 && rename(legacy.ptr, hook.ptr) == 0)
				fg_buf_printf(msg, "restored the previous hook from %s\n", legacy.ptr);
		}
	}
	fg_buf_release(&dir);
	fg_buf_release(&hook);
	fg_buf_release(&legacy);
	return rc;
}
