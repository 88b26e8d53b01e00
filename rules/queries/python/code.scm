; Python: the syntax the request and flow analyzers look at.
; Capture names are the contract with src/analyze (see rules/README.md).

(call) @call

(assignment left: (_) @assign.lhs right: (_) @assign.rhs)
(augmented_assignment left: (_) @assign.lhs right: (_) @assign.rhs)
(named_expression name: (_) @assign.lhs value: (_) @assign.rhs)
; with open(path) as f / with client.messages.stream(...) as s
(as_pattern . (_) @assign.rhs alias: (_) @assign.lhs)
(for_statement left: (_) @assign.lhs right: (_) @assign.rhs)

(function_definition name: (identifier) @scope.name) @scope
(lambda) @scope

(return_statement (_) @return.value) @return
