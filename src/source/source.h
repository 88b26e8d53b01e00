/*
 * source.h - which files a scan looks at, and (in diff modes) which of
 * their lines changed.  libgit2 is confined to this module.
 */
#ifndef FG_SOURCE_SOURCE_H
#define FG_SOURCE_SOURCE_H

#include "../fg.h"
#include "../core/buf.h"

typedef enum fg_source_mode {
	FG_SRC_WORKTREE = 0, /* tracked + untracked-not-ignored files, or a plain folder */
	FG_SRC_STAGED,       /* index blobs against HEAD */
	FG_SRC_DIFF,         /* HEAD against merge-base(BASE, HEAD) */
	FG_SRC_REV,          /* the tree of one commit */
} fg_source_mode;

typedef struct fg_source_opts {
	fg_source_mode mode;
	const char *path;      /* PATH argument, default "." */
	const char *rev;       /* --diff BASE[..HEAD] or --rev REV */
	bool no_git;
	size_t max_file_size;
	char **only_paths;     /* -- FILE...: limit to these (repo-relative after resolution) */
	size_t nonly_paths;
	/*
	 * --pre-commit (the pre-commit framework): with --staged semantics when
	 * every given file is staged, else the given files whole, from the index.
	 */
	bool pre_commit;
	/* Which blobs are worth reading at all (by path); NULL: every file. */
	bool (*want)(const char *path);
} fg_source_opts;

/* One file to scan. */
typedef struct fg_file {
	char *path;      /* display path, relative to the repository root or scanned folder */
	char *fs_path;   /* where to read it from disk, or NULL when data is set */
	fg_buf data;     /* contents, when read from the object database */
	bool has_data;
	/* Diff modes: added line numbers (1-based, sorted); NULL = every line counts. */
	uint32_t *added;
	size_t nadded;
	bool in_diff;    /* diff modes: the file was changed (else context only) */
	/*
	 * Git modes: an unchanged file read from the target snapshot only for
	 * what the scanned files need of it (fg_source_add_context); never reported.
	 */
	bool context;
	char *base_id;   /* diff modes: the blob the change replaced (hex), or NULL when the file is new */
	fg_buf *base;    /* its text once read (fg_source_load_base), kept for the later passes */
} fg_file;

typedef struct fg_source_stats {
	size_t symlinks, submodules, too_large, unreadable, binary_blobs, lfs;
} fg_source_stats;

typedef struct fg_source {
	fg_file *files;
	size_t nfiles;
	char *root;          /* repository workdir or scanned folder (absolute) */
	bool is_git;
	char *head_desc;     /* e.g. "HEAD (abc1234)" for reports, or NULL */
	fg_source_stats stats;
	char *note;          /* a message worth printing (e.g. "BASE == HEAD: nothing to scan") */
	void *git;           /* git modes: the open repository and target tree, for context */
	bool partial;        /* git modes: the files are part of the snapshot (a change, or -- FILE) */
} fg_source;

/*
 * Git modes: does any file of the whole target tree (the index, or HEAD's
 * tree) satisfy `pred`?  Reads blobs on the calling thread, stops at the
 * first hit; files already in src->files are skipped (the caller has seen
 * them).  Returns 1 (a hit), 0 (none, or not a git mode), or -1 when a
 * blob is missing from the repository (the fix is in err).
 */
int fg_source_context_any(fg_source *src, bool (*pred)(void *ctx, const char *path, const char *data, size_t len),
			  void *ctx, char *err, size_t errlen);

/*
 * Git modes (--staged, --diff, --rev): the snapshot the scanned files come
 * from - the index for --staged, the target commit's tree otherwise.
 * fg_source_snapshot_paths lists its regular files for which want(ctx,
 * path) holds (*out: n strings, sorted; the caller frees them).
 * fg_source_add_context reads one of them from the snapshot and appends it
 * to src->files as a context file (not counted in src->stats).  Both return
 * -1 with the fix in err when an object is missing; add_context returns 1
 * (added), 0 (not in the snapshot, too large, binary or an LFS pointer).
 * Not a git mode: no paths, nothing added.
 */
int fg_source_snapshot_paths(fg_source *src, bool (*want)(void *ctx, const char *path), void *ctx, char ***out,
			     size_t *n, char *err, size_t errlen);
int fg_source_add_context(fg_source *src, const char *path, char *err, size_t errlen);
/*
 * Diff modes: the file as it was before the change (f->base_id) into out;
 * the blob is inflated once and kept with f.  Safe from worker threads (one
 * reader at a time).  Returns 1, or 0 when there is none or it cannot be read.
 */
int fg_source_load_base(const fg_source *src, fg_file *f, fg_buf *out);

/* Returns 0, or -1 with a one-line message (what to do) in err. */
int fg_source_open(fg_source *src, const fg_source_opts *opts, char *err, size_t errlen);
void fg_source_release(fg_source *src);
/* Loads a file's bytes (from disk or the object database). 0, or -1 with errno. */
int fg_file_load(const fg_file *f, size_t max, fg_buf *out);
bool fg_file_line_added(const fg_file *f, uint32_t line);
/* Was any line from `first` to `last` added? (the same rule as fg_file_line_added) */
bool fg_file_lines_added(const fg_file *f, uint32_t first, uint32_t last);
/*
 * The line map of a change from `old` to `new_text`, as the diff modes build
 * it: f->added gets the added line numbers.  0, or -1 with a message in err.
 */
int fg_source_diff_buffers(const char *old, size_t oldlen, const char *new_text, size_t newlen, fg_file *f,
			   char *err, size_t errlen);

/*
 * The folder a scan is rooted at (repository workdir, or the folder for
 * --no-git and plain folders): where .foundry-guard.yml is looked up.
 */
int fg_source_root(const fg_source_opts *opts, fg_buf *root);

/*
 * -- FILE... arguments (relative to the current folder) made relative to the
 * scan root; a folder stays a folder ("" for the root itself) and stands for
 * every file under it.  A path outside the repository (or scanned folder),
 * or in the working-tree mode one that does not exist, is an error (err,
 * returns -1).  In a bare repository the paths are the commits' own.
 * *out: n strings, the caller frees them.
 */
int fg_source_file_args(const fg_source_opts *opts, char **args, size_t n, char ***out, char *err, size_t errlen);

/*
 * Reads `path` as it is in commit `rev` of the repository at repo_path.
 * Returns 1 (found), 0 (no such file in that commit), -1 (error, in err).
 */
int fg_source_read_at(const char *repo_path, const char *rev, const char *path, fg_buf *out, char *err,
		      size_t errlen);

/*
 * install-hook / uninstall-hook (hooks.c).  msg receives what was done.  The
 * hook runs `foundry-guard` from PATH (or $FOUNDRY_GUARD), never the path of
 * the binary that installed it.
 */
int fg_hook_install(const char *repo_path, const char *script, bool force, bool chain, fg_buf *msg, char *err,
		    size_t errlen);
int fg_hook_uninstall(const char *repo_path, fg_buf *msg, char *err, size_t errlen);

void fg_source_global_init(void);
void fg_source_global_shutdown(void);

#endif
