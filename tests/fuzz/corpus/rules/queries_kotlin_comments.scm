; Kotlin: comments.
(line_comment) @comment
(multiline_comment) @comment

