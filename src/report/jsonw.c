#include "jsonw.h"

void fg_jsonw_init(fg_jsonw *j, fg_buf *out, bool pretty)
{
	memset(j, 0, sizeof(*j));
	j->out = out;
	j->pretty = pretty;
	j->first[0] = true;
}

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
			if (*p < 0x20)
				fg_buf_printf(out, "\\u%04x", *p);
			else
				fg_buf_putc(out, (char)*p);
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
