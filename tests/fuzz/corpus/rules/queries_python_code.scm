	; Python: the syntax the request and flow analyzers look at.
; Capture names are the contract with src/analyze (see rules/README.md).

(call) @call
