; PowerShell: the syntax the request and flow analyzers look at.
; Capture names are the contract with src/analyze (see rules/README.md).

; Commands: Invoke-RestMethod, claude, a function of the script...
(command) @call

(assignment_expression (left_assignment_expression) @assign.lhs value: (_) @assign.rhs)
; A script's own parameters hold their default unless the command line says
; otherwise: param([string]$Endpoint = "https://...") at the top of the file.
; (A function's defaults are not: its callers pass the values, followed from
; its parameters.)
(program (param_block (parameter_list
  (script_parameter (variable) @assign.lhs (script_parameter_default (_) @assign.rhs)))))

(function_statement (function_name) @scope.name) @scope
