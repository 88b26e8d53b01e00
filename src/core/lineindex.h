/*
 * lineindex.h - byte offset to 1-based line and column.
 *
 * Byte offsets are the internal coordinate; line and column are computed
 * once, when a finding is built.  Columns are counted in Unicode code
 * points (1-based), the unit the reporters declare.
 */
#ifndef FG_CORE_LINEINDEX_H
#define FG_CORE_LINEINDEX_H

#include "../fg.h"

typedef struct fg_lineindex {
	const char *text;
	size_t len;
	uint32_t *starts; /* byte offset of each line's first byte */
	size_t nlines;
} fg_lineindex;

void fg_lineindex_init(fg_lineindex *li, const char *text, size_t len);
void fg_lineindex_release(fg_lineindex *li);
/* 1-based line of byte offset. */
uint32_t fg_lineindex_line(const fg_lineindex *li, size_t off);
/* 1-based column, in code points, of byte offset. */
uint32_t fg_lineindex_col(const fg_lineindex *li, size_t off);
/* The line's bytes without its newline. */
void fg_lineindex_span(const fg_lineindex *li, uint32_t line, size_t *start, size_t *end);

#endif
