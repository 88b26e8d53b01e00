; Go: the syntax the request and flow analyzers look at.
(call_expression) @call
(short_var_declaration left: (_) @assign.lhs right: (_) @assign.rhs)
(assignment_statement left: (_) @assign.lhs right: (_) @assign.rhs)
(var_spec name: (_) @assign.lhs value: (_) @assign.rhs)
(const_spec name: (_) @assign.lhs value: (_) @assign.rhs)
(function_declaration name: (identifier) @scope.name) @scope
(method_declaration name: (field_identifier) @scope.name) @scope
(func_literal) @scope
(return_statement (_) @return.value)

