/*
 * buf.h - growable byte buffer, always NUL-terminated.
 *
 * Start with FG_BUF_INIT, release with fg_buf_release().
 */
#ifndef FG_CORE_BUF_H
#define FG_CORE_BUF_H

#include "../fg.h"
#include <stdarg.h>

typedef struct fg_buf {
	char *ptr;
	size_t len;
	size_t cap;
} fg_buf;

#define FG_BUF_INIT { NULL, 0, 0 }

void fg_buf_grow(fg_buf *b, size_t extra);
void fg_buf_add(fg_buf *b, const void *data, size_t len);
void fg_buf_puts(fg_buf *b, const char *s);
void fg_buf_putc(fg_buf *b, char c);
/* Appends code point cp encoded as UTF-8. */
void fg_buf_put_utf8(fg_buf *b, unsigned cp);
void fg_buf_printf(fg_buf *b, const char *fmt, ...) FG_PRINTF(2, 3);
void fg_buf_vprintf(fg_buf *b, const char *fmt, va_list ap);
void fg_buf_clear(fg_buf *b);
/* Initialises b with a copy of s. */
void fg_buf_init_str(fg_buf *b, const char *s);
/*
 * Appends s with control characters made visible (\n, \r, \t, \xHH,
 * \u00HH for C1 controls and bidirectional overrides), so a file name or a
 * line cannot end a line of a report or a CI log early, forge a workflow
 * command, or drive the terminal.
 */
void fg_text_escape(fg_buf *out, const char *s);

/* Hands the storage to the caller (never NULL) and resets the buffer. */
char *fg_buf_detach(fg_buf *b);
void fg_buf_release(fg_buf *b);
const char *fg_buf_cstr(const fg_buf *b);

#endif
