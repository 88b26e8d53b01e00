; Kotlin: what the repository index records.  Capture names: see rules/README.md.

(package_header (identifier) @namespace)
(import_header (identifier) @import.qualified .)
(import_header (identifier) @import.qualified (import_alias (type_identifier) @import.alias))
(import_header (identifier) @import.module (wildcard_import) @import.star)

(class_declaration (type_identifier) @class.name) @class
(class_declaration (type_identifier) @class.name (delegation_specifier [(user_type) (constructor_invocation (user_type))] @class.base)) @class
(object_declaration (type_identifier) @class.name) @class

; Declarations with a type: constructor and function parameters, properties.
(class_parameter (simple_identifier) @typed.name (user_type) @typed.type)
(class_parameter (simple_identifier) @typed.name (nullable_type (user_type) @typed.type))
(parameter (simple_identifier) @typed.name (user_type) @typed.type)
(parameter (simple_identifier) @typed.name (nullable_type (user_type) @typed.type))
(property_declaration (variable_declaration (simple_identifier) @typed.name (user_type) @typed.type))

; Spring: a @Bean function is the factory of the beans of its return type.
(function_declaration (modifiers (annotation (user_type (type_identifier) @_b))) (simple_identifier) @di.name (function_value_parameters) (user_type) @di.service (#eq? @_b "Bean")) @di.factory
