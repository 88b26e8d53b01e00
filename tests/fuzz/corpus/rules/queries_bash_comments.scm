; Bash: comments.
(comment) @comment

