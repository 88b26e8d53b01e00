/*
 * gitmodes.c - staged, diff and rev sources (read from the object database).
 */
#include "source_internal.h"

int fg__source_git(fg_source *src, const fg_source_opts *opts, char *err, size_t errlen)
{
	(void)src;
	(void)opts;
	snprintf(err, errlen, "this mode is not available yet");
	return -1;
}
