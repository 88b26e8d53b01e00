; JavaScript, TypeScript and TSX: what the repository index records
; (imports, re-exports, require).  Capture names: see rules/README.md.
; Inner nodes whose type their place fixes are written as wildcards: tree-sitter 0.20's query
; compiler analyses every named inner parent against the grammar (a third of the TypeScript query's
; compile time).  `source: (_ ...)` is a string (the only type of the field); `(_ function: ...
; arguments: (_ ...))` a call_expression (the only node with both fields) and its arguments.
; A list of names (`import { a, b as c } from "m"`) is one `@import.clause` capture, its entries read
; by their `name`/`alias` fields: a pattern per entry followed by the source would keep a match in
; progress per entry, and tree-sitter 0.20 compares those pairwise at every node (a 300-name export
; list took seconds).

(import_statement (import_clause (named_imports) @import.clause) source: (_ (string_fragment) @import.module))
(import_statement (import_clause (namespace_import (identifier) @import.alias)) source: (_ (string_fragment) @import.module))
(import_statement (import_clause (identifier) @import.default) source: (_ (string_fragment) @import.module))
(export_statement (export_clause) @import.clause source: (_ (string_fragment) @import.module))
(export_statement "*" source: (_ (string_fragment) @import.module)) @import.star
(variable_declarator name: (object_pattern (shorthand_property_identifier_pattern) @import.name) value: (_ function: (identifier) @_require arguments: (_ (string (string_fragment) @import.module))) (#eq? @_require "require"))
(variable_declarator name: (identifier) @import.alias value: (_ function: (identifier) @_require arguments: (_ (string (string_fragment) @import.module))) (#eq? @_require "require"))
