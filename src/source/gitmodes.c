/*
 * gitmodes.c - the sources read from the object database:
 *
 *   --staged   the index against HEAD (the empty tree on an unborn branch);
 *              the staged blob is scanned, never the working file;
 *   --diff     HEAD against merge-base(BASE, HEAD);
 *   --rev      every file of one commit's tree (bare repositories too).
 *
 * In the two diff modes each file carries the line numbers the change
 * added; rename and copy detection makes a moved file count only for its
 * new lines.  Submodules, binary blobs and LFS pointers are skipped and
 * counted.
 */
#include "source_internal.h"
#include "../core/text.h"
#include <git2.h>
#include <pthread.h>
#include <sys/stat.h>

typedef struct gitctx {
	git_repository *repo;
	git_tree *tree;   /* target tree for --diff/--rev, or NULL */
	git_index *index; /* target for --staged */
	bool snapshot;    /* the index or tree is what the scan reads (not a worktree scan's context) */
	size_t max_file_size;
} gitctx;


static bool is_lfs_pointer(const char *data, size_t len)
{
	static const char sig[] = "version https://git-lfs.github.com/spec/";
	return len < 1024 && len >= sizeof(sig) - 1 && memcmp(data, sig, sizeof(sig) - 1) == 0;
}

/*
 * Loads a blob into f->data, or counts why it was skipped.  Returns 1 when
 * loaded, 0 when skipped, -1 when the object is missing (an error: a
 * partial or damaged clone must not pass as a clean scan).
 */
static int load_blob(fg_source *src, const fg_source_opts *opts, git_repository *repo, const git_oid *id,
		     fg_file *f, char *err, size_t errlen)
{
	git_blob *blob = NULL;
	if (git_blob_lookup(&blob, repo, id) < 0)
		return fg__missing_object(repo, id, f->path, err, errlen);
	size_t size = (size_t)git_blob_rawsize(blob);
	const char *data = git_blob_rawcontent(blob);
	int ok = 0;
	if (opts->max_file_size && size > opts->max_file_size)
		src->stats.too_large++;
	else if (is_lfs_pointer(data, size))
		src->stats.lfs++;
	else if (fg_text_is_binary(data, size)) /* UTF-16 text is text, with or without its byte-order mark */
		src->stats.binary_blobs++;
	else {
		fg_buf_add(&f->data, data, size);
		f->has_data = true;
		ok = 1;
	}
	git_blob_free(blob);
	return ok;
}

/* Loads the blob of the file just added to src, dropping the file unless it loaded. -1: missing. */
static int add_blob(fg_source *src, const fg_source_opts *opts, git_repository *repo, const git_oid *id, char *err,
		    size_t errlen)
{
	fg_file *f = &src->files[src->nfiles - 1];
	int rc = load_blob(src, opts, repo, id, f, err, errlen);
	if (rc <= 0) {
		f = &src->files[--src->nfiles];
		free(f->path);
		fg_buf_release(&f->data);
		free(f->added);
		free(f->base_id);
	}
	return rc;
}

/* ---- diff modes ---- */

typedef struct diffstate {
	fg_source *src;
	const fg_source_opts *opts;
	git_repository *repo;
	fg_file *cur; /* file of the current delta, or NULL when skipped */
	size_t cur_idx;
	char *err;
	size_t errlen;
	bool failed; /* err holds why the walk stopped */
} diffstate;

static int on_file(const git_diff_delta *d, float progress, void *payload)
{
	(void)progress;
	diffstate *st = payload;
	st->cur = NULL;
	if (d->status == GIT_DELTA_DELETED || d->status == GIT_DELTA_UNMODIFIED || d->status == GIT_DELTA_IGNORED ||
	    d->status == GIT_DELTA_UNTRACKED || d->status == GIT_DELTA_UNREADABLE)
		return 0;
	if (d->new_file.mode == GIT_FILEMODE_COMMIT) {
		st->src->stats.submodules++;
		return 0;
	}
	if (d->new_file.mode == GIT_FILEMODE_LINK) {
		st->src->stats.symlinks++;
		return 0;
	}
	const char *path = d->new_file.path;
	if (!fg__source_wanted(st->opts, path) || (st->opts->want && !st->opts->want(path)))
		return 0;
	fg_file *f = fg__source_add(st->src, path);
	f->in_diff = true;
	if (!git_oid_is_zero(&d->old_file.id)) {
		char hex[GIT_OID_HEXSZ + 1];
		f->base_id = fg_xstrdup(git_oid_tostr(hex, sizeof(hex), &d->old_file.id));
	}
	int rc = add_blob(st->src, st->opts, st->repo, &d->new_file.id, st->err, st->errlen);
	if (rc <= 0) {
		st->failed = rc < 0;
		return rc;
	}
	st->cur = f;
	st->cur_idx = st->src->nfiles - 1;
	return 0;
}

static int on_line(const git_diff_delta *d, const git_diff_hunk *h, const git_diff_line *l, void *payload)
{
	(void)d;
	(void)h;
	diffstate *st = payload;
	if (st->cur)
		fg__file_add_line(&st->src->files[st->cur_idx], l->origin, l->new_lineno);
	return 0;
}

/*
 * git diffs UTF-16 text as binary; its added lines come from a text diff of
 * the two blobs (each 0x0A byte ends a line there, as '\n' does in the
 * decoded text).
 */
static int on_binary(const git_diff_delta *d, const git_diff_binary *b, void *payload)
{
	(void)b;
	diffstate *st = payload;
	if (!st->cur)
		return 0;
	git_blob *old = NULL, *cur = NULL;
	if (!git_oid_is_zero(&d->old_file.id) && git_blob_lookup(&old, st->repo, &d->old_file.id) < 0)
		old = NULL;
	if (git_blob_lookup(&cur, st->repo, &d->new_file.id) < 0) {
		git_blob_free(old);
		return 0;
	}
	git_diff_options o = GIT_DIFF_OPTIONS_INIT;
	o.flags = GIT_DIFF_FORCE_TEXT;
	o.context_lines = 0;
	int rc = git_diff_blobs(old, d->old_file.path, cur, d->new_file.path, &o, NULL, NULL, NULL, on_line, st);
	git_blob_free(old);
	git_blob_free(cur);
	return rc;
}

/*
 * Every blob the diff compares must be here (a partial clone lacks them):
 * checked before libgit2 reads them for renames and lines, so a missing one
 * is named with its fix instead of a libgit2 message.
 */
static int check_diff_objects(git_repository *repo, git_diff *diff, char *err, size_t errlen)
{
	git_odb *odb = NULL;
	if (git_repository_odb(&odb, repo) < 0) {
		fg__git_error(repo, err, errlen, "cannot open the object database");
		return -1;
	}
	int rc = 0;
	size_t n = git_diff_num_deltas(diff);
	for (size_t i = 0; i < n && rc == 0; i++) {
		const git_diff_delta *d = git_diff_get_delta(diff, i);
		const git_diff_file *sides[2] = { &d->old_file, &d->new_file };
		for (int k = 0; k < 2 && rc == 0; k++) {
			const git_diff_file *fl = sides[k];
			if (git_oid_is_zero(&fl->id) || fl->mode == GIT_FILEMODE_COMMIT || fl->mode == GIT_FILEMODE_TREE ||
			    fl->mode == GIT_FILEMODE_UNREADABLE)
				continue;
			if (!git_odb_exists(odb, &fl->id))
				rc = fg__missing_object(repo, &fl->id, fl->path, err, errlen);
		}
	}
	git_odb_free(odb);
	return rc;
}

static int collect_diff(fg_source *src, const fg_source_opts *opts, git_repository *repo, git_diff *diff,
			char *err, size_t errlen)
{
	if (check_diff_objects(repo, diff, err, errlen) < 0)
		return -1;
	git_diff_find_options fo = GIT_DIFF_FIND_OPTIONS_INIT;
	fo.flags = GIT_DIFF_FIND_RENAMES | GIT_DIFF_FIND_COPIES;
	if (git_diff_find_similar(diff, &fo) < 0) {
		fg__git_error(repo, err, errlen, "cannot detect renames");
		return -1;
	}
	diffstate st = { src, opts, repo, NULL, 0, err, errlen, false };
	if (git_diff_foreach(diff, on_file, on_binary, NULL, on_line, &st) < 0) {
		if (!st.failed)
			fg__git_error(repo, err, errlen, "cannot read the diff");
		return -1;
	}
	/* Files with no added line (mode changes, pure renames) carry nothing new. */
	for (size_t i = 0; i < src->nfiles; i++)
		if (!src->files[i].added) {
			src->files[i].added = fg_xmalloc(sizeof(uint32_t));
			src->files[i].nadded = 0;
		}
	return 0;
}

static int head_tree(git_repository *repo, git_tree **out, char *err, size_t errlen)
{
	git_reference *head = NULL;
	*out = NULL;
	int rc = git_repository_head(&head, repo);
	if (rc == GIT_EUNBORNBRANCH || rc == GIT_ENOTFOUND)
		return 0; /* first commit: compare with the empty tree */
	if (rc < 0) {
		snprintf(err, errlen, "cannot read HEAD: %s", fg__git_msg());
		return -1;
	}
	git_object *obj = NULL;
	rc = git_reference_peel(&obj, head, GIT_OBJECT_COMMIT);
	git_reference_free(head);
	if (rc == 0)
		rc = git_commit_tree(out, (git_commit *)obj);
	git_object_free(obj);
	if (rc < 0) {
		fg__git_error(repo, err, errlen, "cannot read HEAD's tree");
		return -1;
	}
	return 0;
}

static int peel_commit(git_repository *repo, const char *spec, git_commit **out, char *err, size_t errlen)
{
	git_object *obj = NULL;
	if (git_revparse_single(&obj, repo, spec) < 0) {
		snprintf(err, errlen, "unknown revision '%s'; give a commit, branch or tag that exists here "
				      "(in CI, fetch it first)", spec);
		return -1;
	}
	int rc = git_object_peel((git_object **)out, obj, GIT_OBJECT_COMMIT);
	git_object_free(obj);
	if (rc < 0) {
		snprintf(err, errlen, "'%s' is not a commit", spec);
		return -1;
	}
	return 0;
}

static int open_repo(const fg_source_opts *opts, git_repository **repo, char *err, size_t errlen)
{
	const char *path = opts->path ? opts->path : ".";
	int rc = fg__repo_open(repo, path, err, errlen);
	if (rc == FG_REPO_NONE)
		snprintf(err, errlen, "%s: not in a git repository; --staged, --diff and --rev need one", path);
	return rc == 0 ? 0 : -1;
}

static void set_root(fg_source *src, git_repository *repo)
{
	const char *wd = git_repository_workdir(repo);
	const char *root = wd ? wd : git_repository_path(repo);
	size_t n = strlen(root);
	while (n > 1 && root[n - 1] == '/')
		n--;
	src->root = fg_xstrndup(root, n);
	src->is_git = true;
}

/* Are all the files pre-commit gave us staged changes?  (git commit, pre-commit run) */
static bool all_given_staged(const fg_source_opts *opts, git_diff *diff)
{
	size_t n = git_diff_num_deltas(diff);
	for (size_t i = 0; i < opts->nonly_paths; i++) {
		bool found = false;
		for (size_t d = 0; d < n && !found; d++) {
			const git_diff_delta *dl = git_diff_get_delta(diff, d);
			found = dl->new_file.path && strcmp(dl->new_file.path, opts->only_paths[i]) == 0;
		}
		if (!found)
			return false;
	}
	return true;
}

/* pre-commit run --all-files / --files: the given files, whole, as staged in the index. */
static int whole_files_from_index(fg_source *src, const fg_source_opts *opts, gitctx *g, char *err, size_t errlen)
{
	for (size_t i = 0; i < opts->nonly_paths; i++) {
		const char *path = opts->only_paths[i];
		const git_index_entry *e = git_index_get_bypath(g->index, path, 0);
		if (!e)
			continue; /* deleted or untracked: nothing that will be committed */
		if ((e->mode & 0170000) == 0160000) {
			src->stats.submodules++;
			continue;
		}
		if ((e->mode & 0170000) == 0120000) {
			src->stats.symlinks++;
			continue;
		}
		if (opts->want && !opts->want(path))
			continue;
		fg__source_add(src, path);
		if (add_blob(src, opts, g->repo, &e->id, err, errlen) < 0)
			return -1;
	}
	return 0;
}

/* The stage-0 files of the index that the -- arguments name or hold; NULL when none. */
static char **index_files_under(git_index *index, const fg_source_opts *opts, size_t *n)
{
	char **out = NULL;
	*n = 0;
	size_t count = git_index_entrycount(index);
	for (size_t i = 0; i < count; i++) {
		const git_index_entry *e = git_index_get_byindex(index, i);
		if (!e || git_index_entry_stage(e) != 0 || !fg__source_wanted(opts, e->path))
			continue;
		out = fg_xrealloc(out, (*n + 1) * sizeof(char *));
		out[(*n)++] = fg_xstrdup(e->path);
	}
	return out;
}

/* Every -- argument must name something: a file (or folder) of the target, or one on disk. */
static int check_file_args(const fg_source *src, const fg_source_opts *opts, gitctx *g, char *err, size_t errlen)
{
	const char *wd = git_repository_workdir(g->repo);
	for (size_t i = 0; i < opts->nonly_paths; i++) {
		const char *arg = opts->only_paths[i];
		bool found = false;
		if (wd) {
			fg_buf disk = FG_BUF_INIT;
			struct stat st;
			fg_buf_printf(&disk, "%s/%s", src->root, arg);
			found = lstat(disk.ptr, &st) == 0;
			fg_buf_release(&disk);
		}
		if (!found && g->index) {
			size_t count = git_index_entrycount(g->index);
			for (size_t k = 0; k < count && !found; k++)
				found = fg__path_under(git_index_get_byindex(g->index, k)->path, arg);
		} else if (!found && g->tree) {
			git_tree_entry *te = NULL;
			found = !*arg || git_tree_entry_bypath(&te, g->tree, arg) == 0;
			git_tree_entry_free(te);
		}
		if (!found) {
			snprintf(err, errlen, "%s: no such file in %s%s; give files that exist", arg,
				 g->index ? "the index" : "the commit", wd ? " or on disk" : "");
			return -1;
		}
	}
	return 0;
}

static int staged(fg_source *src, const fg_source_opts *opts, gitctx *g, char *err, size_t errlen)
{
	if (git_repository_is_bare(g->repo)) {
		snprintf(err, errlen, "--staged needs a working tree; this repository is bare (use --rev REV)");
		return -1;
	}
	git_tree *old = NULL;
	if (head_tree(g->repo, &old, err, errlen) < 0)
		return -1;
	if (git_repository_index(&g->index, g->repo) < 0) {
		fg__git_error(g->repo, err, errlen, "cannot read the index");
		git_tree_free(old);
		return -1;
	}
	/* -- FOLDER stands for the files of the index under it (pre-commit's whole-file mode takes files). */
	fg_source_opts eo = *opts;
	size_t nexp = 0;
	char **expanded = opts->nonly_paths ? index_files_under(g->index, opts, &nexp) : NULL;
	if (expanded) {
		eo.only_paths = expanded;
		eo.nonly_paths = nexp;
		opts = &eo;
	}
	git_diff_options o;
	fg__diff_options(&o);
	git_diff *diff = NULL;
	int rc = git_diff_tree_to_index(&diff, g->repo, old, g->index, &o);
	if (rc < 0)
		fg__git_error(g->repo, err, errlen, "cannot diff the index against HEAD");
	else if (opts->pre_commit && !all_given_staged(opts, diff))
		rc = whole_files_from_index(src, opts, g, err, errlen);
	else
		rc = collect_diff(src, opts, g->repo, diff, err, errlen);
	git_diff_free(diff);
	git_tree_free(old);
	for (size_t i = 0; i < nexp; i++)
		free(expanded[i]);
	free(expanded);
	src->head_desc = fg_xstrdup("the index (staged changes)");
	return rc;
}

static int diff_range(fg_source *src, const fg_source_opts *opts, gitctx *g, char *err, size_t errlen)
{
	char base_spec[512], head_spec[512];
	const char *r = opts->rev;
	const char *dots = strstr(r, "...");
	size_t skip = 3;
	if (!dots) {
		dots = strstr(r, "..");
		skip = 2;
	}
	if (dots) {
		snprintf(base_spec, sizeof(base_spec), "%.*s", (int)(dots - r), r);
		snprintf(head_spec, sizeof(head_spec), "%s", dots[skip] ? dots + skip : "HEAD");
	} else {
		snprintf(base_spec, sizeof(base_spec), "%s", r);
		snprintf(head_spec, sizeof(head_spec), "HEAD");
	}
	if (!base_spec[0])
		snprintf(base_spec, sizeof(base_spec), "HEAD");
	git_commit *base = NULL, *head = NULL, *mb = NULL;
	git_tree *mbt = NULL;
	git_diff *diff = NULL;
	int rc = -1;
	if (peel_commit(g->repo, base_spec, &base, err, errlen) < 0 ||
	    peel_commit(g->repo, head_spec, &head, err, errlen) < 0)
		goto out;
	git_oid mbo;
	bool boundary = false;
	int mrc = fg__merge_base(&mbo, &boundary, g->repo, git_commit_id(base), git_commit_id(head), err, errlen);
	if (mrc == GIT_ENOTFOUND && boundary) {
		snprintf(err, errlen,
			 "no merge base of %s and %s in this shallow clone; fetch more history "
			 "(git fetch --deepen=200, or actions/checkout with fetch-depth: 0)",
			 base_spec, head_spec);
		goto out;
	} else if (mrc == GIT_ENOTFOUND) {
		snprintf(err, errlen, "%s and %s have no common history; compare related commits", base_spec, head_spec);
		goto out;
	} else if (mrc < 0) {
		goto out;
	}
	if (git_commit_lookup(&mb, g->repo, &mbo) < 0 || git_commit_tree(&mbt, mb) < 0 ||
	    git_commit_tree(&g->tree, head) < 0) {
		fg__git_error(g->repo, err, errlen, "cannot read the trees");
		goto out;
	}
	char hex[GIT_OID_HEXSZ + 1];
	git_oid_tostr(hex, sizeof(hex), git_commit_id(head));
	fg_buf d = FG_BUF_INIT;
	fg_buf_printf(&d, "%s (%.12s)", head_spec, hex);
	src->head_desc = fg_buf_detach(&d);
	if (git_oid_equal(&mbo, git_commit_id(head))) {
		fg_buf n = FG_BUF_INIT;
		fg_buf_printf(&n, "%s adds nothing since the merge base with %s: nothing to scan", head_spec, base_spec);
		src->note = fg_buf_detach(&n);
		rc = 0;
		goto out;
	}
	git_diff_options o;
	fg__diff_options(&o);
	if (git_diff_tree_to_tree(&diff, g->repo, mbt, g->tree, &o) < 0) {
		fg__git_error(g->repo, err, errlen, "cannot diff against the merge base");
		goto out;
	}
	rc = collect_diff(src, opts, g->repo, diff, err, errlen);
out:
	git_diff_free(diff);
	git_tree_free(mbt);
	git_commit_free(mb);
	git_commit_free(base);
	git_commit_free(head);
	return rc;
}

typedef struct walkstate {
	fg_source *src;
	const fg_source_opts *opts;
	git_repository *repo;
	char *err;
	size_t errlen;
	bool failed;
} walkstate;

static int rev_entry(const char *root, const git_tree_entry *e, void *payload)
{
	walkstate *st = payload;
	git_filemode_t mode = git_tree_entry_filemode(e);
	if (mode == GIT_FILEMODE_TREE)
		return 0;
	if (mode == GIT_FILEMODE_COMMIT) {
		st->src->stats.submodules++;
		return 0;
	}
	if (mode == GIT_FILEMODE_LINK) {
		st->src->stats.symlinks++;
		return 0;
	}
	fg_buf path = FG_BUF_INIT;
	fg_buf_printf(&path, "%s%s", root, git_tree_entry_name(e));
	if (fg__source_wanted(st->opts, path.ptr) && (!st->opts->want || st->opts->want(path.ptr))) {
		fg__source_add(st->src, path.ptr);
		st->failed = add_blob(st->src, st->opts, st->repo, git_tree_entry_id(e), st->err, st->errlen) < 0;
	}
	fg_buf_release(&path);
	return st->failed ? -1 : 0;
}

static int rev(fg_source *src, const fg_source_opts *opts, gitctx *g, char *err, size_t errlen)
{
	git_commit *c = NULL;
	if (peel_commit(g->repo, opts->rev, &c, err, errlen) < 0)
		return -1;
	int rc = git_commit_tree(&g->tree, c);
	if (rc < 0) {
		fg__git_error(g->repo, err, errlen, "cannot read the commit's tree");
	} else {
		walkstate st = { src, opts, g->repo, err, errlen, false };
		rc = git_tree_walk(g->tree, GIT_TREEWALK_PRE, rev_entry, &st);
		if (rc < 0 && !st.failed)
			fg__git_error(g->repo, err, errlen, "cannot walk the commit's tree");
		char hex[GIT_OID_HEXSZ + 1];
		git_oid_tostr(hex, sizeof(hex), git_commit_id(c));
		fg_buf d = FG_BUF_INIT;
		fg_buf_printf(&d, "%s (%.12s)", opts->rev, hex);
		src->head_desc = fg_buf_detach(&d);
	}
	git_commit_free(c);
	return rc;
}

void fg__source_keep_repo(fg_source *src, void *repo)
{
	gitctx *g = fg_xcalloc(1, sizeof(*g));
	g->repo = repo;
	if (git_repository_index(&g->index, g->repo) < 0)
		g->index = NULL; /* no context search then; not an error */
	src->git = g;
}

int fg__source_git(fg_source *src, const fg_source_opts *opts, char *err, size_t errlen)
{
	gitctx *g = fg_xcalloc(1, sizeof(*g));
	if (open_repo(opts, &g->repo, err, errlen) < 0) {
		free(g);
		return -1;
	}
	set_root(src, g->repo);
	src->git = g;
	g->snapshot = true;
	g->max_file_size = opts->max_file_size;
	src->partial = opts->mode != FG_SRC_REV || opts->nonly_paths > 0;
	int rc;
	switch (opts->mode) {
	case FG_SRC_STAGED: rc = staged(src, opts, g, err, errlen); break;
	case FG_SRC_DIFF: rc = diff_range(src, opts, g, err, errlen); break;
	default: rc = rev(src, opts, g, err, errlen); break;
	}
	if (rc == 0)
		rc = check_file_args(src, opts, g, err, errlen);
	fg__source_sort(src);
	return rc;
}

void fg__source_git_release(fg_source *src)
{
	gitctx *g = src->git;
	if (!g)
		return;
	git_index_free(g->index);
	git_tree_free(g->tree);
	git_repository_free(g->repo);
	free(g);
	src->git = NULL;
}

static bool seen_in_files(const fg_source *src, const char *path)
{
	size_t lo = 0, hi = src->nfiles;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(src->files[mid].path, path);
		if (!c)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

typedef struct ctxwalk {
	fg_source *src;
	bool (*pred)(void *, const char *, const char *, size_t);
	void *ctx;
	bool hit, failed;
	char *err;
	size_t errlen;
} ctxwalk;

/* Sets w->hit when the blob satisfies the predicate; w->failed (and err) when it is missing. */
static void check_blob(ctxwalk *w, const char *path, const git_oid *id)
{
	if (seen_in_files(w->src, path))
		return;
	gitctx *g = w->src->git;
	git_blob *blob = NULL;
	if (git_blob_lookup(&blob, g->repo, id) < 0) {
		w->failed = fg__missing_object(g->repo, id, path, w->err, w->errlen) < 0;
		return;
	}
	if (!fg_text_is_binary(git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob)))
		w->hit = w->pred(w->ctx, path, git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob));
	git_blob_free(blob);
}

static int ctx_entry(const char *root, const git_tree_entry *e, void *payload)
{
	ctxwalk *w = payload;
	if (git_tree_entry_type(e) != GIT_OBJECT_BLOB)
		return 0;
	fg_buf path = FG_BUF_INIT;
	fg_buf_printf(&path, "%s%s", root, git_tree_entry_name(e));
	if (w->pred(w->ctx, path.ptr, NULL, 0))
		check_blob(w, path.ptr, git_tree_entry_id(e));
	fg_buf_release(&path);
	return w->hit || w->failed ? -1 : 0; /* a negative value stops the walk (a positive one only skips the entry) */
}

int fg_source_context_any(fg_source *src, bool (*pred)(void *ctx, const char *path, const char *data, size_t len),
			  void *ctx, char *err, size_t errlen)
{
	gitctx *g = src->git;
	if (!g)
		return 0;
	/* pred(ctx, path, NULL, 0) asks whether the path is worth reading at all. */
	ctxwalk w = { src, pred, ctx, false, false, err, errlen };
	if (g->index) {
		size_t n = git_index_entrycount(g->index);
		for (size_t i = 0; i < n && !w.hit && !w.failed; i++) {
			const git_index_entry *e = git_index_get_byindex(g->index, i);
			if (!e || git_index_entry_stage(e) != 0 || (e->mode & 0170000) != 0100000)
				continue;
			if (pred(ctx, e->path, NULL, 0))
				check_blob(&w, e->path, &e->id);
		}
	} else if (g->tree) {
		git_tree_walk(g->tree, GIT_TREEWALK_PRE, ctx_entry, &w);
	}
	return w.failed ? -1 : w.hit;
}

/* ---- the snapshot's other files, for context ---- */

/* A staged regular file with content (not `git add -N`'s placeholder, whose blob need not exist). */
static bool staged_file(const git_index_entry *e)
{
	return e && git_index_entry_stage(e) == 0 && (e->mode & 0170000) == 0100000 &&
	       !(e->flags_extended & GIT_INDEX_ENTRY_INTENT_TO_ADD);
}

typedef struct pathwalk {
	bool (*want)(void *, const char *);
	void *ctx;
	char **paths;
	size_t n;
} pathwalk;

static void keep_path(pathwalk *w, const char *path)
{
	if (!w->want(w->ctx, path))
		return;
	if (w->n % 256 == 0)
		w->paths = fg_xrealloc(w->paths, (w->n + 256) * sizeof(char *));
	w->paths[w->n++] = fg_xstrdup(path);
}

static int path_entry(const char *root, const git_tree_entry *e, void *payload)
{
	git_filemode_t mode = git_tree_entry_filemode(e);
	if (mode != GIT_FILEMODE_BLOB && mode != GIT_FILEMODE_BLOB_EXECUTABLE)
		return 0;
	fg_buf path = FG_BUF_INIT;
	fg_buf_printf(&path, "%s%s", root, git_tree_entry_name(e));
	keep_path(payload, path.ptr);
	fg_buf_release(&path);
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int fg_source_snapshot_paths(fg_source *src, bool (*want)(void *ctx, const char *path), void *ctx, char ***out,
			     size_t *n, char *err, size_t errlen)
{
	gitctx *g = src->git;
	pathwalk w = { want, ctx, NULL, 0 };
	*out = NULL;
	*n = 0;
	if (!g || !g->snapshot)
		return 0;
	if (g->index) {
		size_t count = git_index_entrycount(g->index);
		for (size_t i = 0; i < count; i++) {
			const git_index_entry *e = git_index_get_byindex(g->index, i);
			if (staged_file(e))
				keep_path(&w, e->path);
		}
	} else if (g->tree && git_tree_walk(g->tree, GIT_TREEWALK_PRE, path_entry, &w) < 0) {
		fg__git_error(g->repo, err, errlen, "cannot list the commit's tree");
		for (size_t i = 0; i < w.n; i++)
			free(w.paths[i]);
		free(w.paths);
		return -1;
	}
	if (w.n > 1)
		qsort(w.paths, w.n, sizeof(char *), cmp_str);
	*out = w.paths;
	*n = w.n;
	return 0;
}

int fg_source_add_context(fg_source *src, const char *path, char *err, size_t errlen)
{
	gitctx *g = src->git;
	if (!g || !g->snapshot)
		return 0;
	git_oid id;
	if (g->index) {
		const git_index_entry *e = git_index_get_bypath(g->index, path, 0);
		if (!staged_file(e))
			return 0;
		git_oid_cpy(&id, &e->id);
	} else {
		git_tree_entry *te = NULL;
		if (!g->tree || git_tree_entry_bypath(&te, g->tree, path) < 0)
			return 0;
		bool blob = git_tree_entry_type(te) == GIT_OBJECT_BLOB && git_tree_entry_filemode(te) != GIT_FILEMODE_LINK;
		git_oid_cpy(&id, git_tree_entry_id(te));
		git_tree_entry_free(te);
		if (!blob)
			return 0;
	}
	fg_source_opts o = { 0 };
	o.max_file_size = g->max_file_size;
	fg_source_stats counted = src->stats; /* a context file is not one the scan looked at */
	fg_file *f = fg__source_add(src, path);
	f->context = true;
	int rc = add_blob(src, &o, g->repo, &id, err, errlen);
	src->stats = counted;
	return rc;
}

int fg_source_load_base(const fg_source *src, fg_file *f, fg_buf *out)
{
	static pthread_mutex_t one_reader = PTHREAD_MUTEX_INITIALIZER;
	gitctx *g = src->git;
	git_oid id;
	if (!g || !f->base_id || git_oid_fromstr(&id, f->base_id) < 0)
		return 0;
	pthread_mutex_lock(&one_reader);
	if (!f->base) {
		git_blob *blob = NULL;
		if (git_blob_lookup(&blob, g->repo, &id) == 0) {
			f->base = fg_xcalloc(1, sizeof(fg_buf));
			fg_buf_add(f->base, git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob));
		}
		git_blob_free(blob);
	}
	int rc = f->base != NULL;
	if (rc) {
		fg_buf_clear(out);
		fg_buf_add(out, f->base->ptr ? f->base->ptr : "", f->base->len);
	}
	pthread_mutex_unlock(&one_reader);
	return rc;
}

int fg_source_read_at(const char *repo_path, const char *rev, const char *path, fg_buf *out, char *err,
		      size_t errlen)
{
	git_repository *repo = NULL;
	fg_source_opts o = { 0 };
	o.path = repo_path;
	if (open_repo(&o, &repo, err, errlen) < 0)
		return -1;
	git_commit *c = NULL;
	git_tree *t = NULL;
	git_tree_entry *e = NULL;
	git_blob *b = NULL;
	int rc = -1;
	if (peel_commit(repo, rev, &c, err, errlen) < 0)
		goto out;
	if (git_commit_tree(&t, c) < 0) {
		fg__git_error(repo, err, errlen, "cannot read the commit's tree");
		goto out;
	}
	if (git_tree_entry_bypath(&e, t, path) < 0) {
		rc = 0;
		goto out;
	}
	if (git_tree_entry_type(e) != GIT_OBJECT_BLOB) {
		snprintf(err, errlen, "%s:%s is not a file", rev, path);
		goto out;
	}
	if (git_blob_lookup(&b, repo, git_tree_entry_id(e)) < 0) {
		fg__missing_object(repo, git_tree_entry_id(e), path, err, errlen);
		goto out;
	}
	fg_buf_clear(out);
	fg_buf_add(out, git_blob_rawcontent(b), (size_t)git_blob_rawsize(b));
	rc = 1;
out:
	git_blob_free(b);
	git_tree_entry_free(e);
	git_tree_free(t);
	git_commit_free(c);
	git_repository_free(repo);
	return rc;
}
