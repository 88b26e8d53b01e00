; TypeScript classes and their bases, for the repository index.
(class_declaration name: (_) @class.name) @class
(class_declaration name: (_) @class.name (class_heritage (extends_clause value: (_) @class.base))) @class
(abstract_class_declaration name: (_) @class.name) @class
(abstract_class_declaration name: (_) @class.name (class_heritage (extends_clause value: (_) @class.base))) @class
