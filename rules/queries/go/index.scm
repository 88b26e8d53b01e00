; Go: what the repository index records.  Capture names: see rules/README.md.
; A package is a folder (go.mod's module path + the folder); a method
; declaration is recorded as a part of its receiver's type.

(import_spec path: (interpreted_string_literal (interpreted_string_literal_content) @import.module))
(import_spec name: (package_identifier) @import.alias path: (interpreted_string_literal (interpreted_string_literal_content) @import.module))

(type_spec name: (type_identifier) @class.name type: [(struct_type) (interface_type)]) @class
(method_declaration receiver: (parameter_list (parameter_declaration type: [(type_identifier) @class.name (pointer_type (type_identifier) @class.name)]))) @class

; Declarations with a type: struct fields, parameters, variables.
(field_declaration name: (field_identifier) @typed.name type: [(type_identifier) (qualified_type) (pointer_type) (generic_type)] @typed.type)
(parameter_declaration name: (identifier) @typed.name type: [(type_identifier) (qualified_type) (pointer_type) (generic_type)] @typed.type)
(var_spec name: (identifier) @typed.name type: [(type_identifier) (qualified_type) (pointer_type) (generic_type)] @typed.type)
; A function's result type (the first one of several): the type of `name()`.
(function_declaration name: (identifier) @typed.name result: [(type_identifier) (qualified_type) (pointer_type) (generic_type)] @typed.type) @typed.function
(function_declaration name: (identifier) @typed.name result: (parameter_list . (parameter_declaration type: [(type_identifier) (qualified_type) (pointer_type) (generic_type)] @typed.type))) @typed.function
; A name bound to a call's result (`assistant := llm.New(cfg)`, `s, err := NewSummarizer()`): what the function returns.
(short_var_declaration left: (expression_list . (identifier) @typed.name) right: (expression_list . (call_expression function: [(identifier) (selector_expression)] @typed.call)))
(var_spec name: (identifier) @typed.name value: (expression_list . (call_expression function: [(identifier) (selector_expression)] @typed.call)))
; Constructor injection: `&Relocations{planner: planner}` sets a member from a name (a parameter
; of the enclosing NewRelocations); calls of constructors pass what is wired in.
(composite_literal type: (type_identifier) @inject.class body: (literal_value (keyed_element key: (literal_element (identifier) @inject.field) value: (literal_element (identifier) @inject.value))))
(call_expression function: [(identifier) (selector_expression)] @wire.callee arguments: (argument_list) @wire.args (#match? @wire.callee "(^|[.])New[A-Z0-9_]?[A-Za-z0-9_]*$"))
