/* source_internal.h - shared between the source mode implementations. */
#ifndef FG_SOURCE_INTERNAL_H
#define FG_SOURCE_INTERNAL_H

#include "source.h"
#include <git2.h>

fg_file *fg__source_add(fg_source *src, const char *path);
void fg__source_sort(fg_source *src);
bool fg__source_wanted(const fg_source_opts *opts, const char *path);
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

#endif
