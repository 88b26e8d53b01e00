/*
 * worktree.c - the working tree of a repository (tracked files plus
 * untracked files that are not ignored, through libgit2's status API) or a
 * plain folder.  Symlinks are never followed and .git is never entered.
 */
#include "source_internal.h"
#include <dirent.h>
#include <errno.h>
#include <git2.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

static void add_disk_file(fg_source *src, const char *rel, const char *abs)
{
	fg_file *f = fg__source_add(src, rel);
	f->fs_path = fg_xstrdup(abs);
}

static void walk_dir(fg_source *src, const fg_source_opts *opts, const char *abs, const char *rel)
{
	DIR *d = opendir(abs);
	if (!d) {
		src->stats.unreadable++;
		return;
	}
	struct dirent *de;
	fg_buf a = FG_BUF_INIT, r = FG_BUF_INIT;
	while ((de = readdir(d))) {
		const char *n = de->d_name;
		if (strcmp(n, ".") == 0 || strcmp(n, "..") == 0 || strcmp(n, ".git") == 0)
			continue;
		fg_buf_clear(&a);
		fg_buf_clear(&r);
		fg_buf_printf(&a, "%s/%s", abs, n);
		if (*rel)
			fg_buf_printf(&r, "%s/%s", rel, n);
		else
			fg_buf_puts(&r, n);
		struct stat st;
		if (lstat(a.ptr, &st) < 0) {
			src->stats.unreadable++;
			continue;
		}
		if (S_ISLNK(st.st_mode)) {
			src->stats.symlinks++;
		} else if (S_ISDIR(st.st_mode)) {
			walk_dir(src, opts, a.ptr, r.ptr);
		} else if (S_ISREG(st.st_mode)) {
			if (fg__source_wanted(opts, r.ptr))
				add_disk_file(src, r.ptr, a.ptr);
		}
	}
	closedir(d);
	fg_buf_release(&a);
	fg_buf_release(&r);
}

static int plain_folder(fg_source *src, const fg_source_opts *opts, const char *abs)
{
	src->root = fg_xstrdup(abs);
	src->is_git = false;
	walk_dir(src, opts, abs, "");
	fg__source_sort(src);
	return 0;
}

/*
 * Adds a repository-relative path if it is inside the scanned subfolder.
 * mode: the file's mode from git when known (tracked), else 0 (lstat it).
 */
static void add_repo_path(fg_source *src, const fg_source_opts *opts, const char *workdir,
			  const char *prefix, const char *path, uint32_t mode)
{
	size_t pl = strlen(prefix);
	if (pl && (strncmp(path, prefix, pl) != 0 || path[pl] != '/'))
		return;
	if (!fg__source_wanted(opts, path))
		return;
	fg_buf abs = FG_BUF_INIT;
	fg_buf_printf(&abs, "%s%s", workdir, path);
	if (mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE) {
		/* tracked and unchanged in type: a missing file shows up when it is opened */
		add_disk_file(src, path, abs.ptr);
		fg_buf_release(&abs);
		return;
	}
	struct stat st;
	if (lstat(abs.ptr, &st) < 0) {
		/* deleted in the working tree: nothing to scan */
	} else if (S_ISLNK(st.st_mode)) {
		src->stats.symlinks++;
	} else if (S_ISDIR(st.st_mode)) {
		src->stats.submodules++;
	} else if (S_ISREG(st.st_mode)) {
		add_disk_file(src, path, abs.ptr);
	}
	fg_buf_release(&abs);
}

/* A sparse checkout: some tracked files are not in the working tree, only in the index. */
static bool has_skip_worktree(git_repository *repo)
{
	git_index *index = NULL;
	if (git_repository_index(&index, repo) < 0)
		return false;
	bool found = false;
	size_t n = git_index_entrycount(index);
	for (size_t i = 0; i < n && !found; i++) {
		const git_index_entry *e = git_index_get_byindex(index, i);
		found = e && (e->flags_extended & GIT_INDEX_ENTRY_SKIP_WORKTREE);
	}
	git_index_free(index);
	return found;
}

int fg__source_worktree(fg_source *src, const fg_source_opts *opts, char *err, size_t errlen)
{
	const char *path = opts->path ? opts->path : ".";
	char abs[PATH_MAX];
	struct stat st;
	if (stat(path, &st) < 0 || !realpath(path, abs)) {
		snprintf(err, errlen, "%s: %s; give an existing folder to scan", path, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		snprintf(err, errlen, "%s: not a folder; to scan single files use: foundry-guard scan -- FILE...",
			 path);
		return -1;
	}
	if (opts->no_git)
		return plain_folder(src, opts, abs);

	git_repository *repo = NULL;
	int rc = fg__repo_open(&repo, abs, err, errlen);
	if (rc == FG_REPO_NONE)
		return plain_folder(src, opts, abs);
	if (rc < 0)
		return -1;
	if (git_repository_is_bare(repo)) {
		git_repository_free(repo);
		snprintf(err, errlen, "%s: bare repository has no working tree; use --rev REV", path);
		return -1;
	}
	const char *workdir = git_repository_workdir(repo); /* ends with '/' */
	char wd_real[PATH_MAX];
	if (!realpath(workdir, wd_real))
		snprintf(wd_real, sizeof(wd_real), "%s", workdir);
	size_t wl = strlen(wd_real);
	/* The scanned folder relative to the workdir ("" for the root). */
	const char *prefix = "";
	/* -- FILE... names the files wherever they are in the repository */
	if (!opts->nonly_paths && strncmp(abs, wd_real, wl) == 0 && (abs[wl] == '/' || abs[wl] == '\0'))
		prefix = abs[wl] == '/' ? abs + wl + 1 : "";
	src->root = fg_xstrdup(wd_real);
	src->is_git = true;

	git_status_options so = GIT_STATUS_OPTIONS_INIT;
	/*
	 * The index against the working tree only: every file to scan is in it
	 * (tracked, staged as new, untracked), and a path found only by HEAD
	 * against the index is not on disk.  Comparing HEAD too built a second
	 * list of every file (about 10 MB of the peak RSS at 50,000 files).
	 */
	so.show = GIT_STATUS_SHOW_WORKDIR_ONLY;
	so.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
		   GIT_STATUS_OPT_INCLUDE_UNMODIFIED | GIT_STATUS_OPT_EXCLUDE_SUBMODULES |
		   GIT_STATUS_OPT_NO_REFRESH;
	char *ps[1] = { (char *)prefix };
	if (*prefix) {
		so.pathspec.strings = ps;
		so.pathspec.count = 1;
	}
	git_status_list *list = NULL;
	if (git_status_list_new(&list, repo, &so) < 0) {
		fg__git_error(repo, err, errlen, "cannot list the working tree");
		git_repository_free(repo);
		return -1;
	}
	size_t n = git_status_list_entrycount(list);
	fg_buf wdir = FG_BUF_INIT;
	fg_buf_printf(&wdir, "%s/", wd_real);
	for (size_t i = 0; i < n; i++) {
		const git_status_entry *e = git_status_byindex(list, i);
		if (e->status & (GIT_STATUS_IGNORED | GIT_STATUS_WT_DELETED))
			continue;
		const git_diff_delta *d = e->index_to_workdir ? e->index_to_workdir : e->head_to_index;
		if (!d)
			continue;
		if (d->new_file.mode == GIT_FILEMODE_COMMIT) {
			src->stats.submodules++;
			continue;
		}
		const char *p = d->new_file.path ? d->new_file.path : d->old_file.path;
		/* the worktree side's mode when the status compared it, else lstat */
		uint32_t mode = e->index_to_workdir && e->status == GIT_STATUS_CURRENT ? d->new_file.mode : 0;
		add_repo_path(src, opts, wdir.ptr, prefix, p, mode);
	}
	fg_buf_release(&wdir);
	git_status_list_free(list);
	if (*prefix || opts->nonly_paths || has_skip_worktree(repo))
		fg__source_keep_repo(src, repo); /* context from the whole repository */
	else
		git_repository_free(repo);
	fg__source_sort(src);
	/* A path can be listed twice (staged rename + worktree); keep one. */
	size_t w = 0;
	for (size_t i = 0; i < src->nfiles; i++) {
		if (w && strcmp(src->files[w - 1].path, src->files[i].path) == 0) {
			free(src->files[i].path);
			free(src->files[i].fs_path);
			continue;
		}
		src->files[w++] = src->files[i];
	}
	src->nfiles = w;
	return 0;
}

int fg_source_root(const fg_source_opts *opts, fg_buf *root)
{
	const char *path = opts->path ? opts->path : ".";
	char abs[PATH_MAX];
	if (!realpath(path, abs))
		return -1;
	fg_buf_clear(root);
	if (!opts->no_git) {
		git_repository *repo = NULL;
		char err[256];
		if (fg__repo_open(&repo, abs, err, sizeof(err)) == 0) {
			const char *wd = git_repository_workdir(repo);
			char wr[PATH_MAX];
			if (wd && realpath(wd, wr))
				fg_buf_puts(root, wr);
			git_repository_free(repo);
			if (root->len)
				return 0;
		}
	}
	fg_buf_puts(root, abs);
	return 0;
}

/* Collapses "//", "/./" and "/../" of an absolute path in place ("/" stays). */
static void lexical_normalize(char *p)
{
	char *out = p;
	const char *in = p;
	while (*in) {
		while (*in == '/')
			in++;
		const char *end = strchr(in, '/');
		size_t n = end ? (size_t)(end - in) : strlen(in);
		if (n == 0 || (n == 1 && in[0] == '.')) {
			/* nothing */
		} else if (n == 2 && in[0] == '.' && in[1] == '.') {
			while (out > p && *--out != '/')
				;
		} else {
			*out++ = '/';
			memmove(out, in, n);
			out += n;
		}
		in += n;
	}
	if (out == p)
		*out++ = '/';
	*out = '\0';
}

/* An absolute path with the folders leading to it resolved (the file itself may be a symlink, or deleted). */
static void resolve_parents(const char *arg, const char *cwd, fg_buf *out)
{
	fg_buf_clear(out);
	if (arg[0] == '/')
		fg_buf_puts(out, arg);
	else
		fg_buf_printf(out, "%s/%s", cwd, arg);
	lexical_normalize(out->ptr);
	out->len = strlen(out->ptr);
	char real[PATH_MAX];
	struct stat st;
	if (lstat(out->ptr, &st) == 0 && S_ISDIR(st.st_mode)) {
		if (realpath(out->ptr, real)) {
			fg_buf_clear(out);
			fg_buf_puts(out, real);
		}
		return;
	}
	char *slash = strrchr(out->ptr, '/');
	if (!slash)
		return;
	*slash = '\0';
	if (realpath(*out->ptr ? out->ptr : "/", real)) {
		fg_buf res = FG_BUF_INIT;
		fg_buf_printf(&res, "%s/%s", strcmp(real, "/") ? real : "", slash + 1);
		fg_buf_clear(out);
		fg_buf_puts(out, res.ptr);
		fg_buf_release(&res);
	} else {
		*slash = '/';
	}
}

int fg_source_file_args(const fg_source_opts *opts, char **args, size_t n, char ***out, char *err, size_t errlen)
{
	const char *path = opts->path ? opts->path : ".";
	char abs[PATH_MAX], cwd[PATH_MAX];
	if (!realpath(path, abs) || !getcwd(cwd, sizeof(cwd))) {
		snprintf(err, errlen, "%s: %s; give an existing folder to scan", path, strerror(errno));
		return -1;
	}
	/* The root the paths are relative to: the working tree, or the folder; a bare repository has neither. */
	fg_buf root = FG_BUF_INIT, full = FG_BUF_INIT;
	bool bare = false, is_git = false;
	git_repository *repo = NULL;
	char gerr[256];
	if (!opts->no_git && fg__repo_open(&repo, abs, gerr, sizeof(gerr)) == 0) {
		is_git = true;
		const char *wd = git_repository_workdir(repo);
		char wr[PATH_MAX];
		if (wd && realpath(wd, wr))
			fg_buf_puts(&root, wr);
		bare = !wd;
		git_repository_free(repo);
	}
	if (!root.len)
		fg_buf_puts(&root, abs);
	char **res = fg_xcalloc(n ? n : 1, sizeof(char *));
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		const char *a = args[i];
		if (bare && a[0] != '/') {
			/* paths of the repository's commits, as git takes them in a bare repository */
			fg_buf_clear(&full);
			fg_buf_printf(&full, "/%s", a);
			lexical_normalize(full.ptr);
			res[i] = fg_xstrdup(full.ptr + 1);
			continue;
		}
		resolve_parents(a, cwd, &full);
		const char *rel = NULL;
		if (strcmp(full.ptr, root.ptr) == 0)
			rel = "";
		else if (strncmp(full.ptr, root.ptr, root.len) == 0 && (full.ptr[root.len] == '/' || root.len == 1))
			rel = full.ptr + root.len + (root.len > 1);
		if (!rel) {
			snprintf(err, errlen, "%s: outside %s %s; give files inside it", a,
				 is_git ? "the repository" : "the scanned folder", root.ptr);
			rc = -1;
			break;
		}
		struct stat st;
		if (opts->mode == FG_SRC_WORKTREE && lstat(full.ptr, &st) != 0) {
			snprintf(err, errlen, "%s: %s; give files that exist", a, strerror(errno));
			rc = -1;
			break;
		}
		res[i] = fg_xstrdup(rel);
	}
	fg_buf_release(&root);
	fg_buf_release(&full);
	if (rc < 0) {
		for (size_t i = 0; i < n; i++)
			free(res[i]);
		free(res);
		return -1;
	}
	*out = res;
	return 0;
}
