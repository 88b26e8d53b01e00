#include "jsonw.h"

void fg_jsonw_init(fg_jsonw *j, fg_buf *out, bool pretty)
{
	memset(j, 0, sizeof(*j));
	j->out = out;
	j->pretty = pretty;
	j->first[0] = true;
}

/*
 * Length of the well-formed UTF-8 sequence at p (1-4), or 0 if the bytes
 * there are not one (stray continuation byte, overlong form, surrogate,
 * beyond U+10FFFF, or cut short -- e.g. by a snippet truncated mid-character).
 */
static size_t utf8_len(const unsigned char *p)
{
	unsigned char c = p[0];
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return (p[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
		return p[1] >= lo && p[1] <= hi && (p[2] & 0xC0) == 0x80 ? 3 : 0;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
		return p[1] >= lo && p[1] <= hi && (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80 ? 4 : 0;
	}
	return 0;
}

/*
 * Writes s as a JSON string.  JSON text must be UTF-8 (RFC 8259), and a
 * consumer such as the SARIF Multitool or GitHub's upload rejects -- or
 * silently drops -- a file that is not, so bytes that do not form valid
 * UTF-8 (source files in Latin-1, cut sequences) become U+FFFD.
 */
void fg_json_escape(fg_buf *out, const char *s)
{
	fg_buf_putc(out, '"');
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		switch (*p) {
		case '"': fg_buf_puts(out, "\\\""); break;
		case '\\': fg_buf_puts(out, "\\\\"); break;
		case '\n': fg_buf_puts(out, "\\n"); break;
		case '\r': fg_buf_puts(out, "\\r"); break;
		case '\t': fg_buf_puts(out, "\\t"); break;
		default:
			if (*p < 0x20) {
				fg_buf_printf(out, "\\u%04x", *p);
			} else if (*p < 0x80) {
				fg_buf_putc(out, (char)*p);
			} else {
				size_t n = utf8_len(p);
				if (n == 0) {
					fg_buf_puts(out, "\xEF\xBF\xBD");
				} else {
					fg_buf_add(out, (const char *)p, n);
					p += n - 1;
				}
			}
		}
	}
	fg_buf_putc(out, '"');
}

static void indent(fg_jsonw *j)
{
	if (!j->pretty)
		return;
	fg_buf_putc(j->out, '\n');
	for (int i = 0; i < j->depth; i++)
		fg_buf_puts(j->out, "  ");
}

static void prefix(fg_jsonw *j, const char *key)
{
	if (!j->first[j->depth])
		fg_buf_putc(j->out, ',');
	j->first[j->depth] = false;
	if (j->depth > 0)
		indent(j);
	if (key) {
		fg_json_escape(j->out, key);
		fg_buf_puts(j->out, j->pretty ? ": " : ":");
	}
}

static void open_(fg_jsonw *j, const char *key, char c)
{
	prefix(j, key);
	fg_buf_putc(j->out, c);
	if (j->depth < 63)
		j->depth++;
	j->first[j->depth] = true;
}

static void close_(fg_jsonw *j, char c)
{
	bool empty = j->first[j->depth];
	if (j->depth > 0)
		j->depth--;
	if (!empty)
		indent(j);
	fg_buf_putc(j->out, c);
}

void fg_jsonw_object_begin(fg_jsonw *j, const char *key) { open_(j, key, '{'); }
void fg_jsonw_object_end(fg_jsonw *j) { close_(j, '}'); }
void fg_jsonw_array_begin(fg_jsonw *j, const char *key) { open_(j, key, '['); }
void fg_jsonw_array_end(fg_jsonw *j) { close_(j, ']'); }

void fg_jsonw_string(fg_jsonw *j, const char *key, const char *val)
{
	prefix(j, key);
	fg_json_escape(j->out, val);
}

void fg_jsonw_int(fg_jsonw *j, const char *key, long long val)
{
	prefix(j, key);
	fg_buf_printf(j->out, "%lld", val);
}

void fg_jsonw_double(fg_jsonw *j, const char *key, double val)
{
	prefix(j, key);
	fg_buf_printf(j->out, "%.3f", val);
}

void fg_jsonw_bool(fg_jsonw *j, const char *key, bool val)
{
	prefix(j, key);
	fg_buf_puts(j->out, val ? "true" : "false");
}

void fg_jsonw_null(fg_jsonw *j, const char *key)
{
	prefix(j, key);
	fg_buf_puts(j->out, "null");
}
