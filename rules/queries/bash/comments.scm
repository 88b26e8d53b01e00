; Bash: comments.
(comment) @comment
