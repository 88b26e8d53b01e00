; Java: what the repository index records.  Capture names: see rules/README.md.

(package_declaration [(scoped_identifier) (identifier)] @namespace)
(import_declaration (scoped_identifier scope: (_) @import.module name: (identifier) @import.name) .)
(import_declaration (scoped_identifier) @import.module (asterisk) @import.star)

(class_declaration name: (identifier) @class.name) @class
(class_declaration name: (identifier) @class.name superclass: (superclass (_) @class.base)) @class
(class_declaration name: (identifier) @class.name interfaces: (super_interfaces (type_list (_) @class.base))) @class
(record_declaration name: (identifier) @class.name) @class
(record_declaration name: (identifier) @class.name interfaces: (super_interfaces (type_list (_) @class.base))) @class
(interface_declaration name: (identifier) @class.name) @class

; Declarations with a type: fields, parameters, locals (an injected bean is one).
(field_declaration type: [(type_identifier) (scoped_type_identifier) (generic_type)] @typed.type declarator: (variable_declarator name: (identifier) @typed.name))
(formal_parameter type: [(type_identifier) (scoped_type_identifier) (generic_type)] @typed.type name: (identifier) @typed.name)
(local_variable_declaration type: [(type_identifier) (scoped_type_identifier) (generic_type)] @typed.type declarator: (variable_declarator name: (identifier) @typed.name))

; Spring: a @Bean method is the factory of the beans of its return type.
(method_declaration (modifiers [(marker_annotation name: (identifier) @_b) (annotation name: (identifier) @_b)]) type: (_) @di.service name: (identifier) @di.name (#eq? @_b "Bean")) @di.factory
