; Java: the syntax the request and flow analyzers look at.
(method_invocation) @call
(object_creation_expression) @call
(variable_declarator name: (_) @assign.lhs value: (_) @assign.rhs)
(assignment_expression left: (_) @assign.lhs right: (_) @assign.rhs)
(method_declaration name: (identifier) @scope.name) @scope
(constructor_declaration) @scope
(lambda_expression) @scope
(return_statement (_) @return.value)

