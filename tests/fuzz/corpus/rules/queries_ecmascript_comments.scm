; JavaScript, TypeScript and TSX: text that can hold a retention claim (line, block and JSDoc comments).
(comment) @comment

