; PHP: the syntax the request and flow analyzers look at.
(function_call_expression) @call
(member_call_expression) @call
(nullsafe_member_call_expression) @call
(scoped_call_expression) @call
(object_creation_expression) @call
(assignment_expression left: (_) @assign.lhs right: (_) @assign.rhs)
(augmented_assignment_expression left: (_) @assign.lhs right: (_) @assign.rhs)
(function_definition name: (name) @scope.name) @scope
(method_declaration name: (name) @scope.name) @scope
(anonymous_function) @scope
(arrow_function) @scope
(return_statement (_) @return.value)

