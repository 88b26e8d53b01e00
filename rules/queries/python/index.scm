; Python: what the repository index records (imports, re-exports, classes).
; Capture names are the contract with src/analyze/syntax.c (see rules/README.md).

(import_from_statement module_name: (_) @import.module name: (dotted_name) @import.name)
(import_from_statement module_name: (_) @import.module name: (aliased_import name: (_) @import.name alias: (_) @import.alias))
(import_from_statement module_name: (_) @import.module (wildcard_import) @import.star)
(import_statement name: (aliased_import name: (_) @import.module alias: (_) @import.alias))
(import_statement name: (dotted_name) @import.module)

(class_definition name: (identifier) @class.name) @class
(class_definition name: (identifier) @class.name superclasses: (argument_list [(identifier) (attribute)] @class.base)) @class
