#include "lineindex.h"

void fg_lineindex_init(fg_lineindex *li, const char *text, size_t len)
{
	/* memchr: the C library's vectorised search, not a byte loop (every analysed file comes here) */
	size_t n = 1;
	const char *end = text + len;
	for (const char *p = text; p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
		n++;
	li->text = text;
	li->len = len;
	li->starts = fg_xmalloc(n * sizeof(uint32_t));
	li->nlines = 0;
	li->starts[li->nlines++] = 0;
	for (const char *p = text; p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
		li->starts[li->nlines++] = (uint32_t)(p - text + 1);
}

void fg_lineindex_release(fg_lineindex *li)
{
	free(li->starts);
	li->starts = NULL;
	li->nlines = 0;
}

uint32_t fg_lineindex_line(const fg_lineindex *li, size_t off)
{
	size_t lo = 0, hi = li->nlines;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (li->starts[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return (uint32_t)lo + 1;
}

uint32_t fg_lineindex_col(const fg_lineindex *li, size_t off)
{
	uint32_t line = fg_lineindex_line(li, off);
	size_t start = li->starts[line - 1];
	uint32_t col = 1;
	if (off > li->len)
		off = li->len;
	for (size_t i = start; i < off; i++)
		if (((unsigned char)li->text[i] & 0xC0) != 0x80)
			col++;
	return col;
}

void fg_lineindex_span(const fg_lineindex *li, uint32_t line, size_t *start, size_t *end)
{
	if (line < 1 || line > li->nlines) {
		*start = *end = 0;
		return;
	}
	*start = li->starts[line - 1];
	size_t e = line < li->nlines ? li->starts[line] : li->len;
	while (e > *start && (li->text[e - 1] == '\n' || li->text[e - 1] == '\r'))
		e--;
	*end = e;
}
