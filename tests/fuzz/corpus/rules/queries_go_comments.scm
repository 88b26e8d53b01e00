; Go: comments.
(comment) @comment

