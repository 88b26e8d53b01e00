/* vendored.h - paths that are not the repository's own (installed packages, vendored copies). */
#ifndef FG_SCAN_VENDORED_H
#define FG_SCAN_VENDORED_H

#include "../source/source.h"

typedef struct fg_vendored {
	char **dirs;  /* folders that are copies of another project ("litellm-main/") */
	size_t ndirs;
	char **globs; /* .gitattributes patterns marked linguist-vendored or linguist-generated */
	size_t nglobs;
} fg_vendored;

/* Looks at the scan's file list (and reads .gitattributes and nested manifests). */
void fg_vendored_init(fg_vendored *v, const fg_source *src);
bool fg_vendored_match(const fg_vendored *v, const char *path);
void fg_vendored_release(fg_vendored *v);

#endif
