/*
 * added.h - diff modes: which findings the change added (SPEC "Diff modes").
 */
#ifndef FG_SCAN_ADDED_H
#define FG_SCAN_ADDED_H

#include "../finding/finding.h"
#include "../source/source.h"

/* Analyses the file as it was before the change (its text in b) into out, sealed like the file's own. */
typedef void (*fg_base_analyze)(void *ctx, fg_buf *b, fg_findings *out);

/*
 * Keeps in fs (the findings of the changed file f) those the change added:
 * the finding's line, or its request call's first line, was added; or a
 * line inside its request call was (a model switched to Claude, an
 * argument added) and the file as it was before the change did not have
 * the finding - that version is analysed once, through `analyze`, only
 * when such a finding is met.
 */
void fg_keep_added(const fg_source *src, fg_file *f, fg_findings *fs, fg_base_analyze analyze, void *ctx);

#endif
