; PowerShell: # line comments and <# ... #> blocks.
(comment) @comment
