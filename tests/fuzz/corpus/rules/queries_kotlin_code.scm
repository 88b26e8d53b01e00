; Kotlin (no fields in this grammar: patterns by position).
(call_expression) @call
(property_declaration (variable_declaration (simple_identifier) @assign.lhs) (_) @assign.rhs .)
(assignment (directly_assignable_expression) @assign.lhs (_) @assign.rhs .)
(function_declaration (simple_identifier) @scope.name) @scope
(lambda_literal) @scope

