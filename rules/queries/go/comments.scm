; Go: comments.
(comment) @comment
