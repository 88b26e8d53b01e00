; Ruby: the syntax the request and flow analyzers look at.
(call) @call
(assignment left: (_) @assign.lhs right: (_) @assign.rhs)
(operator_assignment left: (_) @assign.lhs right: (_) @assign.rhs)
(method name: (_) @scope.name) @scope
(singleton_method name: (_) @scope.name) @scope
(lambda) @scope
(return (_) @return.value)

