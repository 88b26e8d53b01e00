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
#include <git2.h>

typedef struct gitctx {
	git_repository *repo;
	git_tree *tree;   /* target tree for --diff/--rev, or NULL */
	git_index *index; /* target for --staged */
} gitctx;

static const char *git_msg(void)
{
	const git_error *e = git_error_last();
	return e && e->message ? e->message : "unknown libgit2 error";
}

static bool is_lfs_pointer(const char *data, size_t len)
{
	static const char sig[] = "version https://git-lfs.github.com/spec/";
	return len < 1024 && len >= sizeof(sig) - 1 && memcmp(data, sig, sizeof(sig) - 1) == 0;
}

/* Loads a blob into f->data, or counts why it was skipped. Returns true when loaded. */
static bool load_blob(fg_source *src, const fg_source_opts *opts, git_repository *repo, const git_oid *id,
		      fg_file *f)
{
	git_blob *blob = NULL;
	if (git_blob_lookup(&blob, repo, id) < 0) {
		src->stats.unreadable++;
		return false;
	}
	size_t size = (size_t)git_blob_rawsize(blob);
	const char *data = git_blob_rawcontent(blob);
	bool ok = false;
	if (opts->max_file_size && size > opts->max_file_size)
		src->stats.too_large++;
	else if (is_lfs_pointer(data, size))
		src->stats.lfs++;
	else if (git_blob_is_binary(blob))
		src->stats.binary_blobs++;
	else {
		fg_buf_add(&f->data, data, size);
		f->has_data = true;
		ok = true;
	}
	git_blob_free(blob);
	return ok;
}

static void drop_last(fg_source *src)
{
	fg_file *f = &src->files[--src->nfiles];
	free(f->path);
	fg_buf_release(&f->data);
	free(f->added);
}

/* ---- diff modes ---- */

typedef struct diffstate {
	fg_source *src;
	const fg_source_opts *opts;
	git_repository *repo;
	fg_file *cur; /* file of the current delta, or NULL when skipped */
	size_t cur_idx;
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
	if (!load_blob(st->src, st->opts, st->repo, &d->new_file.id, f)) {
		drop_last(st->src);
		return 0;
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

static int collect_diff(fg_source *src, const fg_source_opts *opts, git_repository *repo, git_diff *diff,
			char *err, size_t errlen)
{
	git_diff_find_options fo = GIT_DIFF_FIND_OPTIONS_INIT;
	fo.flags = GIT_DIFF_FIND_RENAMES | GIT_DIFF_FIND_COPIES;
	if (git_diff_find_similar(diff, &fo) < 0) {
		snprintf(err, errlen, "cannot detect renames: %s", git_msg());
		return -1;
	}
	diffstate st = { src, opts, repo, NULL, 0 };
	if (git_diff_foreach(diff, on_file, NULL, NULL, on_line, &st) < 0) {
		snprintf(err, errlen, "cannot read the diff: %s", git_msg());
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
		snprintf(err, errlen, "cannot read HEAD: %s", git_msg());
		return -1;
	}
	git_object *obj = NULL;
	rc = git_reference_peel(&obj, head, GIT_OBJECT_TREE);
	git_reference_free(head);
	if (rc < 0) {
		snprintf(err, errlen, "cannot read HEAD's tree: %s", git_msg());
		return -1;
	}
	*out = (git_tree *)obj;
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
	int rc = git_repository_open_ext(repo, path, 0, NULL);
	if (rc == GIT_ENOTFOUND) {
		snprintf(err, errlen, "%s: not in a git repository; --staged, --diff and --rev need one", path);
		return -1;
	}
	if (rc < 0) {
		snprintf(err, errlen, "%s: cannot open the git repository: %s", path, git_msg());
		return -1;
	}
	return 0;
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
	(void)err;
	(void)errlen;
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
		fg_file *f = fg__source_add(src, path);
		if (!load_blob(src, opts, g->repo, &e->id, f))
			drop_last(src);
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
		snprintf(err, errlen, "cannot read the index: %s", git_msg());
		git_tree_free(old);
		return -1;
	}
	git_diff_options o;
	fg__diff_options(&o);
	git_diff *diff = NULL;
	int rc = git_diff_tree_to_index(&diff, g->repo, old, g->index, &o);
	if (rc < 0)
		snprintf(err, errlen, "cannot diff the index against HEAD: %s", git_msg());
	else if (opts->pre_commit && !all_given_staged(opts, diff))
		rc = whole_files_from_index(src, opts, g, err, errlen);
	else
		rc = collect_diff(src, opts, g->repo, diff, err, errlen);
	git_diff_free(diff);
	git_tree_free(old);
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
	int mrc = git_merge_base(&mbo, g->repo, git_commit_id(base), git_commit_id(head));
	if (mrc < 0 && git_repository_is_shallow(g->repo)) {
		snprintf(err, errlen,
			 "no merge base of %s and %s in this shallow clone; fetch more history "
			 "(git fetch --deepen=200, or actions/checkout with fetch-depth: 0)",
			 base_spec, head_spec);
		goto out;
	} else if (mrc == GIT_ENOTFOUND) {
		if (git_repository_is_shallow(g->repo))
			snprintf(err, errlen,
				 "no merge base of %s and %s in this shallow clone; fetch more history "
				 "(git fetch --deepen=200, or actions/checkout with fetch-depth: 0)",
				 base_spec, head_spec);
		else
			snprintf(err, errlen, "%s and %s have no common history; compare related commits", base_spec,
				 head_spec);
		goto out;
	} else if (mrc < 0) {
		snprintf(err, errlen, "cannot find the merge base: %s", git_msg());
		goto out;
	}
	if (git_commit_lookup(&mb, g->repo, &mbo) < 0 || git_commit_tree(&mbt, mb) < 0 ||
	    git_commit_tree(&g->tree, head) < 0) {
		snprintf(err, errlen, "cannot read the trees: %s", git_msg());
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
		snprintf(err, errlen, "cannot diff %s against the merge base: %s", head_spec, git_msg());
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
		fg_file *f = fg__source_add(st->src, path.ptr);
		if (!load_blob(st->src, st->opts, st->repo, git_tree_entry_id(e), f))
			drop_last(st->src);
	}
	fg_buf_release(&path);
	return 0;
}

static int rev(fg_source *src, const fg_source_opts *opts, gitctx *g, char *err, size_t errlen)
{
	git_commit *c = NULL;
	if (peel_commit(g->repo, opts->rev, &c, err, errlen) < 0)
		return -1;
	int rc = git_commit_tree(&g->tree, c);
	if (rc < 0) {
		snprintf(err, errlen, "cannot read the tree of %s: %s", opts->rev, git_msg());
	} else {
		walkstate st = { src, opts, g->repo };
		rc = git_tree_walk(g->tree, GIT_TREEWALK_PRE, rev_entry, &st);
		if (rc < 0)
			snprintf(err, errlen, "cannot walk the tree of %s: %s", opts->rev, git_msg());
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
	int rc;
	switch (opts->mode) {
	case FG_SRC_STAGED: rc = staged(src, opts, g, err, errlen); break;
	case FG_SRC_DIFF: rc = diff_range(src, opts, g, err, errlen); break;
	default: rc = rev(src, opts, g, err, errlen); break;
	}
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
	bool hit;
} ctxwalk;

static bool check_blob(ctxwalk *w, const char *path, const git_oid *id)
{
	if (seen_in_files(w->src, path))
		return false;
	gitctx *g = w->src->git;
	git_blob *blob = NULL;
	if (git_blob_lookup(&blob, g->repo, id) < 0)
		return false;
	bool hit = false;
	if (!git_blob_is_binary(blob))
		hit = w->pred(w->ctx, path, git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob));
	git_blob_free(blob);
	return hit;
}

static int ctx_entry(const char *root, const git_tree_entry *e, void *payload)
{
	ctxwalk *w = payload;
	if (git_tree_entry_type(e) != GIT_OBJECT_BLOB)
		return 0;
	fg_buf path = FG_BUF_INIT;
	fg_buf_printf(&path, "%s%s", root, git_tree_entry_name(e));
	if (w->pred(w->ctx, path.ptr, NULL, 0) && check_blob(w, path.ptr, git_tree_entry_id(e)))
		w->hit = true;
	fg_buf_release(&path);
	return w->hit ? -1 : 0; /* a negative value stops the walk (a positive one only skips the entry) */
}

bool fg_source_context_any(fg_source *src, bool (*pred)(void *ctx, const char *path, const char *data, size_t len),
			   void *ctx)
{
	gitctx *g = src->git;
	if (!g)
		return false;
	/* pred(ctx, path, NULL, 0) asks whether the path is worth reading at all. */
	ctxwalk w = { src, pred, ctx, false };
	if (g->index) {
		size_t n = git_index_entrycount(g->index);
		for (size_t i = 0; i < n && !w.hit; i++) {
			const git_index_entry *e = git_index_get_byindex(g->index, i);
			if (!e || git_index_entry_stage(e) != 0 || (e->mode & 0170000) != 0100000)
				continue;
			if (pred(ctx, e->path, NULL, 0))
				w.hit = check_blob(&w, e->path, &e->id);
		}
	} else if (g->tree) {
		git_tree_walk(g->tree, GIT_TREEWALK_PRE, ctx_entry, &w);
	}
	return w.hit;
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
		snprintf(err, errlen, "cannot read the tree of %s: %s", rev, git_msg());
		goto out;
	}
	if (git_tree_entry_bypath(&e, t, path) < 0) {
		rc = 0;
		goto out;
	}
	if (git_blob_lookup(&b, repo, git_tree_entry_id(e)) < 0) {
		snprintf(err, errlen, "%s:%s is not a file", rev, path);
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
