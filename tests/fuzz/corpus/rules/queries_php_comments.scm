; PHP: comments (#, // and block comments).
(comment) @comment

