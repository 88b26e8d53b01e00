; JavaScript, TypeScript and TSX: the syntax the request and flow analyzers look at.

(call_expression) @call
(new_expression) @call
