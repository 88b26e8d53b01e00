/*
 * text.h - is a blob of bytes text, and in which encoding: the checks that
 * both the file reader and the git blob reader make before anything else.
 */
#ifndef FG_CORE_TEXT_H
#define FG_CORE_TEXT_H

#include "../fg.h"

/* One UTF-16 code unit at p in the given byte order. */
unsigned fg_text_utf16_unit(const unsigned char *p, bool le);
/*
 * Is this UTF-16 text?  With a byte-order mark (*skip = 2), or without one
 * (*skip = 0), told by its NUL pattern.  *le: its byte order.
 */
bool fg_text_is_utf16(const char *data, size_t len, bool *le, size_t *skip);
/* Binary: a NUL byte in the first 8 KiB, unless the text is UTF-16. */
bool fg_text_is_binary(const char *data, size_t len);

/* A file's comment syntax: where an inline `foundry-guard: ignore[...]` may sit. */
typedef enum fg_comment_style {
	FG_COMMENTS_ANYWHERE = 0, /* prose: the whole text */
	FG_COMMENTS_HASH,         /* # to the end of the line (YAML, shell, Ruby, Dockerfile) */
	FG_COMMENTS_PYTHON,       /* # and docstrings */
	FG_COMMENTS_CLIKE,        /* // and block comments */
	FG_COMMENTS_PHP,          /* //, # and block comments */
	FG_COMMENTS_SQL,          /* -- and block comments */
	FG_COMMENTS_NOTEBOOK,     /* a notebook's JSON: # or // in a code line, <!-- --> in markdown */
} fg_comment_style;

/*
 * The one name normaliser, for the lexicon and configured names alike:
 * camelCase, snake_case, kebab-case, SCREAMING_CASE and path-like names
 * become space-separated lower-case words (digits and _ - . : $ / quotes
 * separate), and a leading get/set accessor verb is dropped.
 */
void fg_name_normalize(const char *name, size_t len, char *out, size_t outlen);

#endif
