; JavaScript, TypeScript and TSX: the syntax the request and flow analyzers look at.

(call_expression) @call
(new_expression) @call

(variable_declarator name: (_) @assign.lhs value: (_) @assign.rhs)
(assignment_expression left: (_) @assign.lhs right: (_) @assign.rhs)
(augmented_assignment_expression left: (_) @assign.lhs right: (_) @assign.rhs)
(for_in_statement left: (_) @assign.lhs right: (_) @assign.rhs)

(function_declaration name: (identifier) @scope.name) @scope
(generator_function_declaration name: (identifier) @scope.name) @scope
(method_definition name: (_) @scope.name) @scope
(variable_declarator name: (identifier) @scope.name value: [(arrow_function) (function_expression)] @scope)
(function_expression) @scope
(arrow_function) @scope

(return_statement (_) @return.value) @return
(arrow_function body: [(call_expression) (new_expression) (identifier) (member_expression) (await_expression)] @return.value) @return
