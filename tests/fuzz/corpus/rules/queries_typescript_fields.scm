; TypeScript class fields: private client = new AnthropicFoundry(...).
(public_field_definition name: (_) @assign.lhs value: (_) @assign.rhs)

