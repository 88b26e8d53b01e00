; JavaScript class fields: this.client = ... declared in the class body.
(field_definition property: (_) @assign.lhs value: (_) @assign.rhs)

