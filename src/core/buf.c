#include "buf.h"

void *fg_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p) {
		fputs("foundry-guard: out of memory\n", stderr);
		exit(2);
	}
	return p;
}

void *fg_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p) {
		fputs("foundry-guard: out of memory\n", stderr);
		exit(2);
	}
	return p;
}

void *fg_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q) {
		fputs("foundry-guard: out of memory\n", stderr);
		exit(2);
	}
	return q;
}

char *fg_xstrndup(const char *s, size_t n)
{
	char *p = fg_xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *fg_xstrdup(const char *s)
{
	return fg_xstrndup(s, strlen(s));
}

void fg_buf_grow(fg_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap *= 2;
	b->ptr = fg_xrealloc(b->ptr, cap);
	b->cap = cap;
}

void fg_buf_add(fg_buf *b, const void *data, size_t len)
{
	fg_buf_grow(b, len);
	if (len)
		memcpy(b->ptr + b->len, data, len);
	b->len += len;
	b->ptr[b->len] = '\0';
}

void fg_buf_puts(fg_buf *b, const char *s)
{
	fg_buf_add(b, s, strlen(s));
}

void fg_buf_putc(fg_buf *b, char c)
{
	fg_buf_add(b, &c, 1);
}

void fg_buf_put_utf8(fg_buf *b, unsigned cp)
{
	if (cp < 0x80) {
		fg_buf_putc(b, (char)cp);
	} else if (cp < 0x800) {
		fg_buf_putc(b, (char)(0xC0 | (cp >> 6)));
		fg_buf_putc(b, (char)(0x80 | (cp & 0x3F)));
	} else if (cp < 0x10000) {
		fg_buf_putc(b, (char)(0xE0 | (cp >> 12)));
		fg_buf_putc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
		fg_buf_putc(b, (char)(0x80 | (cp & 0x3F)));
	} else {
		fg_buf_putc(b, (char)(0xF0 | (cp >> 18)));
		fg_buf_putc(b, (char)(0x80 | ((cp >> 12) & 0x3F)));
		fg_buf_putc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
		fg_buf_putc(b, (char)(0x80 | (cp & 0x3F)));
	}
}

void fg_buf_vprintf(fg_buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	fg_buf_grow(b, (size_t)n);
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void fg_buf_printf(fg_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fg_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void fg_buf_clear(fg_buf *b)
{
	b->len = 0;
	if (b->ptr)
		b->ptr[0] = '\0';
}

char *fg_buf_detach(fg_buf *b)
{
	char *p = b->ptr ? b->ptr : fg_xstrdup("");
	b->ptr = NULL;
	b->len = b->cap = 0;
	return p;
}

void fg_buf_release(fg_buf *b)
{
	free(b->ptr);
	b->ptr = NULL;
	b->len = b->cap = 0;
}

const char *fg_buf_cstr(const fg_buf *b)
{
	return b->ptr ? b->ptr : "";
}

void fg_buf_init_str(fg_buf *b, const char *s)
{
	b->ptr = NULL;
	b->len = b->cap = 0;
	fg_buf_puts(b, s);
}

void fg_text_escape(fg_buf *out, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		unsigned cp = 0;
		if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
			cp = p[1]; /* C1 control, e.g. U+009B (CSI) */
		else if (p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0xAA && p[2] <= 0xAE)
			cp = 0x2000 + (p[2] - 0x80); /* U+202A..U+202E */
		else if (p[0] == 0xE2 && p[1] == 0x81 && p[2] >= 0xA6 && p[2] <= 0xA9)
			cp = 0x2040 + (p[2] - 0x80); /* U+2066..U+2069 */
		else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9))
			cp = 0x2000 + (p[2] - 0x80); /* U+2028, U+2029: line and paragraph separators */
		if (cp) {
			fg_buf_printf(out, "\\u%04x", cp);
			p += cp < 0x100 ? 1 : 2;
		} else if (*p == '\n') {
			fg_buf_puts(out, "\\n");
		} else if (*p == '\r') {
			fg_buf_puts(out, "\\r");
		} else if (*p == '\t') {
			fg_buf_puts(out, "\\t");
		} else if (*p < 0x20 || *p == 0x7F) {
			fg_buf_printf(out, "\\x%02x", *p);
		} else {
			fg_buf_putc(out, (char)*p);
		}
	}
}
