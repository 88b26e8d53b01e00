; C#: what the repository index records.  Capture names: see rules/README.md.
; Namespaces do not map to files: types are found by name, `using` narrows.

(namespace_declaration name: (_) @namespace)
(file_scoped_namespace_declaration name: (_) @namespace)
(using_directive !name [(qualified_name) (identifier)] @import.module) @import.star

(class_declaration name: (identifier) @class.name) @class
(class_declaration name: (identifier) @class.name (base_list (_) @class.base)) @class
(record_declaration name: (identifier) @class.name) @class
(interface_declaration name: (identifier) @class.name) @class
(struct_declaration name: (identifier) @class.name) @class

; Declarations with a type: fields, properties, parameters (primary
; constructors' too), locals.  An injected service is one of these.
(field_declaration (variable_declaration type: [(identifier) (qualified_name) (generic_name) (nullable_type)] @typed.type (variable_declarator name: (identifier) @typed.name)))
(property_declaration type: [(identifier) (qualified_name) (generic_name) (nullable_type)] @typed.type name: (identifier) @typed.name)
(parameter type: [(identifier) (qualified_name) (generic_name) (nullable_type)] @typed.type name: (identifier) @typed.name)
(local_declaration_statement (variable_declaration type: [(identifier) (qualified_name) (generic_name) (nullable_type)] @typed.type (variable_declarator name: (identifier) @typed.name)))

; Dependency injection: a service registered with its factory, and a typed
; HTTP client registered with the lambda that configures it (base address).
(invocation_expression function: (member_access_expression name: (generic_name (identifier) @_m (type_argument_list . (_) @di.service))) arguments: (argument_list (argument (lambda_expression) @di.factory)) (#match? @_m "^(AddSingleton|AddScoped|AddTransient|TryAddSingleton|TryAddScoped|TryAddTransient|AddKeyedSingleton|AddKeyedScoped)$"))
(invocation_expression function: (member_access_expression name: (generic_name (identifier) @_m (type_argument_list . (_) @di.service . (_) @di.impl .))) (#match? @_m "^(AddSingleton|AddScoped|AddTransient|TryAddSingleton|TryAddScoped|TryAddTransient|AddHttpClient)$"))
(invocation_expression function: (member_access_expression name: (generic_name (identifier) @_m (type_argument_list . (_) @di.client .))) arguments: (argument_list (argument (lambda_expression) @di.factory)) (#eq? @_m "AddHttpClient"))
(invocation_expression function: (member_access_expression name: (generic_name (identifier) @_m (type_argument_list . (_) @di.client . (_) @di.impl .))) arguments: (argument_list (argument (lambda_expression) @di.factory)) (#eq? @_m "AddHttpClient"))
; AddSingleton(_ => new OpenAIResponseClient(...)): the service is the type the factory builds
(invocation_expression function: (member_access_expression name: (identifier) @_m) arguments: (argument_list . (argument (lambda_expression body: (object_creation_expression type: (_) @di.service)) @di.factory) .) (#match? @_m "^(AddSingleton|AddScoped|AddTransient|TryAddSingleton|TryAddScoped|TryAddTransient)$"))
