/*
 * source.c - the common part of every source: file list handling and
 * loading.  The modes live in worktree.c (working tree, plain folder) and
 * gitmodes.c (staged, diff, rev).
 */
#include "source_internal.h"
#include "../core/fs.h"
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <unistd.h>

/* no_ca.c, in dynamic builds only: set, libgit2's start-up does not read the CA bundle. */
extern bool fg__ca_skip __attribute__((weak));

void fg_source_global_init(void)
{
	if (&fg__ca_skip)
		fg__ca_skip = true;
	git_libgit2_init();
	if (&fg__ca_skip)
		fg__ca_skip = false;
	/*
	 * Repositories that git itself writes and reads: `git sparse-checkout`
	 * sets extensions.worktreeConfig (its config.worktree holds only the
	 * sparse-checkout settings, which a scan does not need), and partial
	 * clones of older gits set extensions.partialClone (a blob such a clone
	 * lacks is reported as missing, with its fix).  libgit2 1.5 refuses to
	 * open either when repositoryformatversion is 1.
	 */
	const char *ext[] = { "worktreeconfig", "partialclone" };
	git_libgit2_opts(GIT_OPT_SET_EXTENSIONS, ext, sizeof(ext) / sizeof(ext[0]));
	/*
	 * libgit2 hashes every object it reads to check it against its id; git
	 * itself does not on a plain read (fsck does).  A staged scan read each
	 * blob and tree twice over that way (8 % of its instructions).
	 */
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
}

void fg_source_global_shutdown(void)
{
	git_libgit2_shutdown();
}

const char *fg__git_msg(void)
{
	const git_error *e = git_error_last();
	return e && e->message ? e->message : "unknown libgit2 error";
}

/* The first run of 40 hex digits in s (libgit2 names a missing object so), or NULL. */
static const char *find_hex_id(const char *s)
{
	size_t run = 0;
	for (const char *p = s; *p; p++) {
		run = isxdigit((unsigned char)*p) ? run + 1 : 0;
		if (run == GIT_OID_HEXSZ && !isxdigit((unsigned char)p[1]))
			return p + 1 - GIT_OID_HEXSZ;
	}
	return NULL;
}

void fg__git_error(git_repository *repo, char *err, size_t errlen, const char *what)
{
	const git_error *e = git_error_last();
	const char *m = fg__git_msg();
	const char *hex = repo && e && e->klass == GIT_ERROR_ODB ? find_hex_id(m) : NULL;
	git_oid id;
	if (hex && git_oid_fromstrn(&id, hex, GIT_OID_HEXSZ) == 0)
		fg__missing_object(repo, &id, what, err, errlen);
	else if (strstr(m, "'sdir'"))
		snprintf(err, errlen,
			 "the index is a sparse index, which foundry-guard cannot read; run `git sparse-checkout "
			 "disable`, or `git config index.sparse false && git sparse-checkout reapply`");
	else
		snprintf(err, errlen, "%s: %s", what, m);
}

/* A set environment variable, or NULL when it is unset or empty (as git treats them). */
static const char *env_value(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

static bool env_bool(const char *name)
{
	const char *v = env_value(name);
	int b = 0;
	return v && git_config_parse_bool(&b, v) == 0 && b;
}

/* GIT_DIR without GIT_WORK_TREE or core.worktree: git takes the current folder as the working tree. */
static int workdir_from_env(git_repository *repo, bool have_git_dir)
{
	const char *wt = env_value("GIT_WORK_TREE");
	if (wt)
		return git_repository_set_workdir(repo, wt, 0);
	if (!have_git_dir || git_repository_is_bare(repo))
		return 0;
	git_config *cfg = NULL;
	git_config_entry *ce = NULL;
	int rc = git_repository_config_snapshot(&cfg, repo);
	if (rc == 0 && git_config_get_entry(&ce, cfg, "core.worktree") == GIT_ENOTFOUND) {
		char cwd[PATH_MAX];
		rc = getcwd(cwd, sizeof(cwd)) ? git_repository_set_workdir(repo, cwd, 0) : -1;
	}
	git_config_entry_free(ce);
	git_config_free(cfg);
	return rc;
}

/* GIT_OBJECT_DIRECTORY replaces the object store; GIT_ALTERNATE_OBJECT_DIRECTORIES adds to it. */
static int odb_from_env(git_repository *repo)
{
	const char *od = env_value("GIT_OBJECT_DIRECTORY"), *alt = env_value("GIT_ALTERNATE_OBJECT_DIRECTORIES");
	if (!od && !alt)
		return 0;
	git_odb *odb = NULL;
	int rc = od ? git_odb_open(&odb, od) : git_repository_odb(&odb, repo);
	while (rc == 0 && alt && *alt) {
		const char *end = strchr(alt, ':');
		size_t n = end ? (size_t)(end - alt) : strlen(alt);
		if (n) {
			char *dir = fg_xstrndup(alt, n);
			rc = git_odb_add_disk_alternate(odb, dir);
			free(dir);
		}
		alt = end ? end + 1 : NULL;
	}
	if (rc == 0 && od)
		rc = git_repository_set_odb(repo, odb);
	git_odb_free(odb);
	return rc;
}

int fg__repo_open(git_repository **out, const char *path, char *err, size_t errlen)
{
	const char *gd = env_value("GIT_DIR"), *ix = env_value("GIT_INDEX_FILE");
	unsigned flags = 0;
	if (gd)
		flags |= GIT_REPOSITORY_OPEN_NO_SEARCH;
	if (env_bool("GIT_DISCOVERY_ACROSS_FILESYSTEM"))
		flags |= GIT_REPOSITORY_OPEN_CROSS_FS;
	*out = NULL;
	int rc = git_repository_open_ext(out, gd ? gd : path, flags, gd ? NULL : env_value("GIT_CEILING_DIRECTORIES"));
	if (rc == GIT_ENOTFOUND && !gd)
		return FG_REPO_NONE;
	if (rc < 0) {
		if (gd)
			snprintf(err, errlen, "GIT_DIR=%s: not a git repository (%s); fix or unset GIT_DIR", gd,
				 fg__git_msg());
		else
			snprintf(err, errlen, "%s: cannot open the git repository: %s", path, fg__git_msg());
		return -1;
	}
	if (workdir_from_env(*out, gd != NULL) < 0) {
		snprintf(err, errlen, "GIT_WORK_TREE=%s: cannot use it as the working tree (%s); fix or unset it",
			 env_value("GIT_WORK_TREE") ? env_value("GIT_WORK_TREE") : "", fg__git_msg());
		rc = -1;
	} else if (odb_from_env(*out) < 0) {
		fg__git_error(*out, err, errlen, "GIT_OBJECT_DIRECTORY/GIT_ALTERNATE_OBJECT_DIRECTORIES");
		rc = -1;
	} else if (ix) {
		/* A hook of git commit -a, git commit PATH, --include, --only: the index to be committed. */
		git_index *index = NULL;
		fg_buf what = FG_BUF_INIT;
		fg_buf_printf(&what, "GIT_INDEX_FILE=%s", ix);
		rc = git_index_open(&index, ix);
		if (rc == 0)
			rc = git_repository_set_index(*out, index);
		if (rc < 0)
			fg__git_error(*out, err, errlen, what.ptr);
		git_index_free(index);
		fg_buf_release(&what);
	}
	if (rc < 0) {
		git_repository_free(*out);
		*out = NULL;
		return -1;
	}
	return 0;
}

static int promisor_remote(const git_config_entry *e, void *payload)
{
	size_t n = strlen(e->name);
	int b = 0;
	/* no regex: libgit2 1.5 leaks its match data on every name a regex does not match */
	if (strncmp(e->name, "remote.", 7) == 0 && n > 16 && strcmp(e->name + n - 9, ".promisor") == 0 &&
	    git_config_parse_bool(&b, e->value) == 0 && b)
		*(bool *)payload = true;
	if (strcmp(e->name, "extensions.partialclone") == 0)
		*(bool *)payload = true;
	return 0;
}

/* A partial clone (git clone --filter): a remote that promises the objects left out. */
static bool is_partial_clone(git_repository *repo)
{
	git_config *cfg = NULL;
	bool partial = false;
	if (git_repository_config_snapshot(&cfg, repo) < 0)
		return false;
	git_config_foreach(cfg, promisor_remote, &partial);
	git_config_free(cfg);
	return partial;
}

int fg__missing_object(git_repository *repo, const git_oid *id, const char *what, char *err, size_t errlen)
{
	char hex[GIT_OID_HEXSZ + 1];
	git_oid_tostr(hex, sizeof(hex), id);
	if (is_partial_clone(repo))
		snprintf(err, errlen,
			 "%s: object %.12s is not in this partial (--filter) clone and foundry-guard cannot fetch it; "
			 "scan a full clone (git clone without --filter; actions/checkout without filter)",
			 what, hex);
	else
		snprintf(err, errlen,
			 "%s: object %.12s is missing from the repository; fetch it (git fetch; in CI, actions/checkout "
			 "with fetch-depth: 0) or repair the repository (git fsck)",
			 what, hex);
	return -1;
}

fg_file *fg__source_add(fg_source *src, const char *path)
{
	src->files = fg_xrealloc(src->files, (src->nfiles + 1) * sizeof(fg_file));
	fg_file *f = &src->files[src->nfiles++];
	memset(f, 0, sizeof(*f));
	f->path = fg_xstrdup(path);
	return f;
}

static int cmp_file(const void *a, const void *b)
{
	return strcmp(((const fg_file *)a)->path, ((const fg_file *)b)->path);
}

void fg__source_sort(fg_source *src)
{
	if (src->nfiles > 1)
		qsort(src->files, src->nfiles, sizeof(fg_file), cmp_file);
}

bool fg__path_under(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	while (n && dir[n - 1] == '/')
		n--;
	/* "" is the root: every file */
	return n == 0 || (strncmp(path, dir, n) == 0 && (path[n] == '\0' || path[n] == '/'));
}

bool fg__source_wanted(const fg_source_opts *opts, const char *path)
{
	if (!opts->nonly_paths)
		return true;
	for (size_t i = 0; i < opts->nonly_paths; i++)
		if (fg__path_under(path, opts->only_paths[i]))
			return true;
	return false;
}

void fg_source_release(fg_source *src)
{
	fg__source_git_release(src);
	for (size_t i = 0; i < src->nfiles; i++) {
		free(src->files[i].path);
		free(src->files[i].fs_path);
		fg_buf_release(&src->files[i].data);
		free(src->files[i].added);
		free(src->files[i].base_id);
		if (src->files[i].base)
			fg_buf_release(src->files[i].base);
		free(src->files[i].base);
	}
	free(src->files);
	free(src->root);
	free(src->head_desc);
	free(src->note);
	memset(src, 0, sizeof(*src));
}

int fg_file_load(const fg_file *f, size_t max, fg_buf *out)
{
	if (f->has_data) {
		fg_buf_clear(out);
		fg_buf_add(out, f->data.ptr ? f->data.ptr : "", f->data.len);
		return 0;
	}
	return fg_read_file(f->fs_path, max, out);
}

bool fg_file_line_added(const fg_file *f, uint32_t line)
{
	return fg_file_lines_added(f, line, line);
}

bool fg_file_lines_added(const fg_file *f, uint32_t first, uint32_t last)
{
	if (!f->added)
		return !f->in_diff ? true : false;
	/* the first added line at or after `first` */
	size_t lo = 0, hi = f->nadded;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (f->added[mid] < first)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < f->nadded && f->added[lo] <= last;
}

int fg_source_open(fg_source *src, const fg_source_opts *opts, char *err, size_t errlen)
{
	memset(src, 0, sizeof(*src));
	switch (opts->mode) {
	case FG_SRC_WORKTREE:
		return fg__source_worktree(src, opts, err, errlen);
	default:
		return fg__source_git(src, opts, err, errlen);
	}
}
