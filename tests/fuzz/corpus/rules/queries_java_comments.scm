; Java: comments (line, block and Javadoc).
(line_comment) @comment
(block_comment) @comment

