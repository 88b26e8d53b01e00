/* source_internal.h - shared between the source mode implementations. */
#ifndef FG_SOURCE_INTERNAL_H
#define FG_SOURCE_INTERNAL_H

#include "source.h"
#include <git2.h>
#include <git2/sys/repository.h>

fg_file *fg__source_add(fg_source *src, const char *path);
void fg__source_sort(fg_source *src);
bool fg__source_wanted(const fg_source_opts *opts, const char *path);
/* Is `path` the file `dir`, or under the folder `dir` ("" is the root)? */
bool fg__path_under(const char *path, const char *dir);
int fg__source_worktree(fg_source *src, const fg_source_opts *opts, char *err, size_t errlen);
int fg__source_git(fg_source *src, const fg_source_opts *opts, char *err, size_t errlen);
void fg__source_git_release(fg_source *src);
/* The line map (linemap.c): records a diff line of f if it is an added one. */
void fg__file_add_line(fg_file *f, int origin, int new_lineno);
/* The diff options of both diff modes: no context lines. */
void fg__diff_options(git_diff_options *o);
/*
 * Worktree scans of a subfolder or of a few files keep the repository open
 * (taking ownership of a git_repository *), so the repository's Foundry
 * context can be looked up in the files that were not scanned.
 */
void fg__source_keep_repo(fg_source *src, void *repo);

/* libgit2's last error message, never NULL. */
const char *fg__git_msg(void);

/*
 * Opens the repository at or above `path` the way git's own commands do,
 * also from inside a hook: GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE,
 * GIT_OBJECT_DIRECTORY, GIT_ALTERNATE_OBJECT_DIRECTORIES,
 * GIT_CEILING_DIRECTORIES and GIT_DISCOVERY_ACROSS_FILESYSTEM are honoured
 * (libgit2 1.5 refuses GIT_WORK_TREE with GIT_REPOSITORY_OPEN_FROM_ENV).
 * Returns 0, FG_REPO_NONE when there is no repository (and GIT_DIR is not
 * set), or -1 with a one-line message in err.
 */
#define FG_REPO_NONE 1
int fg__repo_open(git_repository **out, const char *path, char *err, size_t errlen);

/*
 * err = "<what>: <libgit2's reason>"; or, when libgit2 did not find an
 * object of repo (which may be NULL), what fg__missing_object says; or,
 * when the index is a sparse index (the `sdir` extension, which libgit2
 * cannot read), the one line that says how to turn it off.
 */
void fg__git_error(git_repository *repo, char *err, size_t errlen, const char *what);

/*
 * A missing object (path's blob, or a commit): one line naming the fix,
 * `git fetch`, or a full clone when the repository is a partial clone.
 * Returns -1.
 */
int fg__missing_object(git_repository *repo, const git_oid *id, const char *what, char *err, size_t errlen);

/*
 * merge-base(a, b) as git computes it, stopping at the shallow boundary
 * (mergebase.c).  Returns 0 (*out set), GIT_ENOTFOUND (no common commit;
 * *shallow_boundary says whether the walk reached the boundary of a
 * shallow clone), or -1 (a missing commit, in err).
 */
int fg__merge_base(git_oid *out, bool *shallow_boundary, git_repository *repo, const git_oid *a, const git_oid *b,
		   char *err, size_t errlen);

#endif
