
; Python: text that can hold a retention claim.
(comment) @comment
; Docstrings and other bare string statements.
(expression_statement . (string) @docstring .)

