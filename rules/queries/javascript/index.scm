; JavaScript classes and their bases, for the repository index.
(class_declaration name: (_) @class.name) @class
(class_declaration name: (_) @class.name (class_heritage (_) @class.base)) @class
(class name: (_) @class.name (class_heritage (_) @class.base)) @class
