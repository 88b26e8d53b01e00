; C#: comments (line, block and XML doc comments).
(comment) @comment

