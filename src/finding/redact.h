/*
 * redact.h - the one redactor.  Every string that comes from the scanned
 * repository (a source line, a claim quote, a flow-step label, an ignore's
 * reason, a `calls` note, an error message) passes through it before a
 * finding holds it, so no reporter can print a value.
 *
 * What it masks:
 *   - every detector hit (what the redactor's finder reports, and the spans
 *     an analyzer already knows): a short prefix and "…[redacted]";
 *   - in code, every string literal that is not plainly prose, an
 *     identifier or a placeholder, and every literal at all after a name
 *     that says credential (`password = "..."`): "…[redacted]", no prefix;
 *   - everywhere, every long token that does not read as an identifier
 *     (a 40-character AWS secret key, a 32-hex API key, a base64 blob).
 * A value is never printed to make a snippet nicer.
 */
#ifndef FG_FINDING_REDACT_H
#define FG_FINDING_REDACT_H

#include "../fg.h"
#include "../core/buf.h"

typedef struct fg_text_span {
	size_t start, end; /* bytes, relative to the text given */
} fg_text_span;

typedef struct fg_redactor {
	/* Detector hits in text (may be NULL): writes at most max, returns how many. */
	size_t (*find)(void *ctx, const char *text, size_t len, fg_text_span *out, size_t max);
	/* Does this name say credential (`password`, `api_key`)? (may be NULL) */
	bool (*secret_name)(void *ctx, const char *name, size_t len);
	void *ctx;
} fg_redactor;

/* The redaction marker, without a prefix. */
#define FG_REDACTED "\xE2\x80\xA6[redacted]"

/*
 * Redacts one line of source code into out.  known: value spans the
 * analysis found (sorted or not, may overlap).  *at: a byte offset in the
 * line on entry; on return, the byte offset in out where that position
 * landed (inside a masked span: where the mask starts).  at may be NULL.
 */
void fg_redact_code(const fg_redactor *r, const char *s, size_t len, const fg_text_span *known, size_t nknown,
		    size_t *at, fg_buf *out);

/* Redacts free text (messages, reasons, errors); `code` in backticks is redacted as code. */
void fg_redact_prose(const fg_redactor *r, const char *s, size_t len, fg_buf *out);
/* The same, as a new string. */
char *fg_redact_prose_str(const fg_redactor *r, const char *s);

/*
 * Only the detector hits, for error messages: they name files and keys the
 * user must find, so paths and names stay as they are.
 */
void fg_redact_values(const fg_redactor *r, const char *s, size_t len, fg_buf *out);

/* Does this token read as an identifier, a name or a path (not a random value)? */
bool fg_redact_is_identifier(const char *s, size_t len);

#endif
