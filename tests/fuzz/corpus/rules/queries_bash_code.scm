; Bash and sh: commands (curl, wget...), variables, functions.
(command) @call
(variable_assignment name: (_) @assign.lhs value: (_) @assign.rhs)
(function_definition name: (_) @scope.name) @scope

