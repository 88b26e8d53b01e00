/*
 * glob.h - gitignore-style path globs: `*` and `?` stay inside one path
 * component, `**` crosses components, a pattern without `/` matches a name
 * at any depth, a leading `/` anchors at the root, a trailing `/` matches a
 * folder and everything under it.
 */
#ifndef FG_CONFIG_GLOB_H
#define FG_CONFIG_GLOB_H

#include "../fg.h"

bool fg_glob_match_path(const char *pattern, const char *path);

#endif
