/*
 * context.h - diff modes: the unchanged files a change's imports reach.
 *
 * --staged, --diff and --rev -- FILE scan a few files of a larger snapshot;
 * a name one of them imports (a client, a model constant, a helper with a
 * summary) is defined in a file the scan did not read.  After the scanned
 * files' first analysis, the modules their imports name are resolved with
 * the index's module resolution against every code path of the snapshot,
 * read from that same snapshot (index blobs, or the target commit) and
 * appended to the source as context files: analysed for their facts and
 * summaries, never reported.  Their own imports are followed the same way,
 * one level per call, within a depth and a file bound.
 */
#ifndef FG_SCAN_CONTEXT_H
#define FG_SCAN_CONTEXT_H

#include "../config/config.h"
#include "../index/index.h"
#include "../source/source.h"
#include "vendored.h"

/* How many levels of imports are followed, and how many files are read at most. */
#define FG_CONTEXT_DEPTH 3
#define FG_CONTEXT_FILES 256
/* package.json files read for their names when a package import is not resolved otherwise */
#define FG_CONTEXT_PACKAGES 64

typedef struct fg_context fg_context;

/* cfg and vendored (either may be NULL): paths the scan skips are never context either. */
fg_context *fg_context_new(fg_source *src, const fg_config *cfg, const fg_vendored *vendored);
/*
 * One level: the snapshot's files that `facts` (of the files analysed last)
 * import and src does not hold yet, appended to src->files as context
 * files.  Returns how many were added (0: nothing more, or a bound was
 * reached), or -1 with the fix in err (a missing object; files may have
 * been added before it).
 */
int fg_context_next(fg_context *c, const fg_facts *const *facts, size_t n, char *err, size_t errlen);
void fg_context_free(fg_context *c);

#endif
