/*
 * detect.h - cheap decisions made before any parsing: what kind of file
 * this is, whether it is binary or a minified bundle, and which analyses
 * could possibly produce a finding in it.
 */
#ifndef FG_DETECT_DETECT_H
#define FG_DETECT_DETECT_H

#include "../fg.h"
#include "../../parser/parser.h"
#include "../core/buf.h"
#include "../core/text.h"

typedef enum fg_text_kind {
	FG_TEXT_NONE = 0,   /* not scanned for claims */
	FG_TEXT_PROSE,      /* Markdown, reStructuredText, plain text: paragraphs */
	FG_TEXT_HASH,       /* YAML, TOML, INI, .env, shell, Dockerfile: # comments */
	FG_TEXT_SQL,        /* SQL: -- and block comments */
	FG_TEXT_CLIKE,      /* C-family sources without a grammar here: // and block comments */
	FG_TEXT_CODE,       /* parsed with tree-sitter: comments from the query */
	FG_TEXT_NOTEBOOK,   /* .ipynb: code cells as Python, markdown cells as prose */
} fg_text_kind;

typedef struct fg_filetype {
	fg_lang_id lang;      /* grammar to parse with, or FG_LANG_NONE */
	fg_text_kind text;    /* where claims can be */
} fg_filetype;

fg_filetype fg_detect_type(const char *path);
/* Where comments are in a file of this type (for inline ignores). */
fg_comment_style fg_detect_comment_style(fg_filetype t);
/* Worth reading for Foundry evidence (code, config, manifests), even if not analysed. */
bool fg_detect_evidence_file(const char *path);
/* NUL byte in the first 8 KiB. */
bool fg_detect_is_binary(const char *data, size_t len);
/*
 * A UTF-16 text file (with its byte-order mark, as Windows tools write
 * .cs and .ps1 files, or without one, told by its NUL pattern) re-encoded
 * as UTF-8 in place; false when b is not one.  Lines stay lines, so
 * findings keep their line numbers.
 */
bool fg_detect_decode_utf16(fg_buf *b);
/*
 * A minified bundle: *.min.js, *.min.css, *.bundle.js by name, or a .js,
 * .mjs, .cjs or .css file whose lines average more than 500 bytes.
 */
bool fg_detect_is_minified(const char *path, const char *data, size_t len);
/* A package.json file (by name). */
bool fg_detect_is_package_json(const char *path);
/* package.json's "name" (malloc'd), or NULL. */
char *fg_detect_package_name(const char *data, size_t len);

#endif
