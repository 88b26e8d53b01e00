; Ruby: comments.
(comment) @comment
