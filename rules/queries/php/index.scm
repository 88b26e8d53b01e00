; PHP: what the repository index records.  Capture names: see rules/README.md.
; Classes are found by namespace and name (a file's `namespace`, its `use`
; imports, aliases included), or by a name only one file of the repository
; defines; `require`/`include` of another file imports all it defines.

(namespace_definition name: (namespace_name) @namespace)
(namespace_use_clause !alias (qualified_name (namespace_name) @import.module (name) @import.name))
(namespace_use_clause (qualified_name (namespace_name) @import.module (name) @import.name) alias: (name) @import.alias)
(require_expression (_) @import.module) @import.star
(require_once_expression (_) @import.module) @import.star
(include_expression (_) @import.module) @import.star
(include_once_expression (_) @import.module) @import.star

(class_declaration name: (name) @class.name) @class
(class_declaration name: (name) @class.name (base_clause [(name) (qualified_name)] @class.base)) @class

; What a member, variable or function holds: a declared type (a typed
; property, a return type) or the class it is built from (`$this->client =
; new ClaudePhp(...)`, `return new ClaudePhp(...)`).
(property_declaration type: [(named_type) @typed.type (optional_type (named_type) @typed.type)] (property_element name: (variable_name (name) @typed.name)))
(assignment_expression left: (member_access_expression object: (variable_name) @_this name: (name) @typed.name) right: (object_creation_expression [(name) (qualified_name)] @typed.type) (#eq? @_this "$this"))
(assignment_expression left: (variable_name) @typed.name right: (object_creation_expression [(name) (qualified_name)] @typed.type))
(function_definition name: (name) @typed.name return_type: [(named_type) @typed.type (optional_type (named_type) @typed.type)]) @typed.function
(method_declaration name: (name) @typed.name return_type: [(named_type) @typed.type (optional_type (named_type) @typed.type)]) @typed.function
(function_definition name: (name) @typed.name body: (compound_statement (return_statement (object_creation_expression [(name) (qualified_name)] @typed.type)))) @typed.function
(method_declaration name: (name) @typed.name body: (compound_statement (return_statement (object_creation_expression [(name) (qualified_name)] @typed.type)))) @typed.function
