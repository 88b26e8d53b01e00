/*
 * jsonw.h - a small JSON writer (objects, arrays, escaped strings) that
 * tracks commas and indentation for the caller.
 */
#ifndef FG_REPORT_JSONW_H
#define FG_REPORT_JSONW_H

#include "../core/buf.h"

typedef struct fg_jsonw {
	fg_buf *out;
	int depth;
	bool first[64];
	bool pretty;
} fg_jsonw;

void fg_jsonw_init(fg_jsonw *j, fg_buf *out, bool pretty);
void fg_jsonw_object_begin(fg_jsonw *j, const char *key);
void fg_jsonw_object_end(fg_jsonw *j);
void fg_jsonw_array_begin(fg_jsonw *j, const char *key);
void fg_jsonw_array_end(fg_jsonw *j);
void fg_jsonw_string(fg_jsonw *j, const char *key, const char *val);
void fg_jsonw_int(fg_jsonw *j, const char *key, long long val);
void fg_jsonw_double(fg_jsonw *j, const char *key, double val);
void fg_jsonw_bool(fg_jsonw *j, const char *key, bool val);
void fg_jsonw_null(fg_jsonw *j, const char *key);
void fg_json_escape(fg_buf *out, const char *s);

#endif
