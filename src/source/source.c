/*
 * source.c - the common part of every source: file list handling and
 * loading.  The modes live in worktree.c (working tree, plain folder) and
 * gitmodes.c (staged, diff, rev).
 */
#include "source_internal.h"
#include "../core/fs.h"
#include <git2.h>

void fg_source_global_init(void)
{
	git_libgit2_init();
}

void fg_source_global_shutdown(void)
{
	git_libgit2_shutdown();
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

bool fg__source_wanted(const fg_source_opts *opts, const char *path)
{
	if (!opts->nonly_paths)
		return true;
	for (size_t i = 0; i < opts->nonly_paths; i++) {
		const char *o = opts->only_paths[i];
		size_t n = strlen(o);
		while (n && o[n - 1] == '/')
			n--;
		if (strncmp(path, o, n) == 0 && (path[n] == '\0' || path[n] == '/'))
			return true;
	}
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
	if (!f->added)
		return !f->in_diff ? true : false;
	size_t lo = 0, hi = f->nadded;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (f->added[mid] == line)
			return true;
		if (f->added[mid] < line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
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
