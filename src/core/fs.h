/* fs.h - whole-file reads with a size bound; relative paths. */
#ifndef FG_CORE_FS_H
#define FG_CORE_FS_H

#include "buf.h"

/*
 * Reads `path` into *out.  Returns 0, or -1 with errno set (EFBIG when
 * the file is larger than max bytes; max 0 means unbounded).
 */
int fg_read_file(const char *path, size_t max, fg_buf *out);

/*
 * Appends to *out the path of `target` as seen from the folder `from`
 * ("../src/a.py"; "." when they are the same).  Both are absolute paths
 * without "." or ".." components; a trailing '/' is ignored.
 */
void fg_path_relative(fg_buf *out, const char *target, const char *from);

/*
 * Writes len bytes to `path`.  A regular file (or a new one) is written
 * beside it and renamed over it, so a reader never sees half of it; a
 * device, FIFO or other special file (/dev/null, /dev/stdout) is written in
 * place and never replaced.  Returns 0, or -1 with errno set.
 */
int fg_write_file(const char *path, const char *data, size_t len);

#endif
