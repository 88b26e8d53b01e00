; PowerShell: commands (Invoke-RestMethod, claude...), method calls, variables, functions.
(command) @call
(invokation_expression) @call
(assignment_expression (left_assignment_expression) @assign.lhs value: (_) @assign.rhs)
(function_statement (function_name) @scope.name) @scope
