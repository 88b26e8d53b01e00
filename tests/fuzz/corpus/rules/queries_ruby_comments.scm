; Ruby: comments.
(comment) @comment

