; C#: the syntax the request and flow analyzers look at.
(invocation_expression) @call
(object_creation_expression) @call
(variable_declarator name: (identifier) @assign.lhs (_) @assign.rhs .)
(assignment_expression left: (_) @assign.lhs right: (_) @assign.rhs)
(property_declaration name: (identifier) @assign.lhs value: (_) @assign.rhs)
(property_declaration name: (identifier) @assign.lhs (arrow_expression_clause (_) @assign.rhs))
(method_declaration name: (identifier) @scope.name) @scope
(local_function_statement name: (identifier) @scope.name) @scope
(constructor_declaration) @scope
(lambda_expression) @scope
(return_statement (_) @return.value)

