/*
 * lang.c - the language registry: file extensions, grammar entry points,
 * and each grammar's node types mapped to language-neutral kinds and
 * role-named fields.  Adding a language is adding a table here, its
 * grammar to grammars.lock, and its queries under rules/queries/.
 */
#include "lang.h"
#include <pthread.h>
#include <strings.h>

const TSLanguage *tree_sitter_python(void);
const TSLanguage *tree_sitter_javascript(void);
const TSLanguage *tree_sitter_typescript(void);
const TSLanguage *tree_sitter_tsx(void);
const TSLanguage *tree_sitter_c_sharp(void);
const TSLanguage *tree_sitter_java(void);
const TSLanguage *tree_sitter_go(void);
const TSLanguage *tree_sitter_php(void);
const TSLanguage *tree_sitter_ruby(void);
const TSLanguage *tree_sitter_bash(void);
const TSLanguage *tree_sitter_kotlin(void);
const TSLanguage *tree_sitter_powershell(void);

typedef struct kind_map {
	const char *type;
	int kind; /* fg_kind, maybe | FG_KIND_CHAIN */
} kind_map;

/* "@first" names the first named child rather than a field. */
typedef struct role_map {
	fg_kind kind;
	fg_role role;
	const char *field;
} role_map;

static const kind_map python_kinds[] = {
	{ "identifier", FG_K_IDENT },
	{ "attribute", FG_K_ATTR },
	{ "subscript", FG_K_SUBSCRIPT },
	{ "call", FG_K_CALL },
	{ "argument_list", FG_K_ARGS },
	{ "keyword_argument", FG_K_KWARG },
	{ "string", FG_K_STRING },
	{ "interpolation", FG_K_INTERP },
	{ "string_content", FG_K_STRFRAG },
	{ "string_start", FG_K_STRFRAG },
	{ "string_end", FG_K_STRFRAG },
	{ "escape_sequence", FG_K_STRFRAG },
	{ "format_specifier", FG_K_STRFRAG },
	{ "concatenated_string", FG_K_CONCAT },
	{ "dictionary", FG_K_DICT },
	{ "pair", FG_K_PAIR },
	{ "list_splat", FG_K_SPREAD },
	{ "dictionary_splat", FG_K_SPREAD },
	{ "list", FG_K_LIST },
	{ "tuple", FG_K_LIST },
	{ "set", FG_K_LIST },
	{ "expression_list", FG_K_LIST },
	{ "list_comprehension", FG_K_COMPREHENSION },
	{ "set_comprehension", FG_K_COMPREHENSION },
	{ "dictionary_comprehension", FG_K_COMPREHENSION },
	{ "generator_expression", FG_K_COMPREHENSION },
	{ "function_definition", FG_K_FUNC },
	{ "lambda", FG_K_FUNC },
	{ "class_definition", FG_K_CLASS },
	{ "integer", FG_K_LITERAL },
	{ "float", FG_K_LITERAL },
	{ "true", FG_K_LITERAL },
	{ "false", FG_K_LITERAL },
	{ "none", FG_K_LITERAL },
	{ "await", FG_K_WRAP },
	{ "parenthesized_expression", FG_K_WRAP },
	{ "binary_operator", FG_K_BINARY },
	{ "boolean_operator", FG_K_BINARY },
	{ "comparison_operator", FG_K_LITERAL }, /* a yes/no, not the data compared */
	{ "not_operator", FG_K_LITERAL },
	{ "conditional_expression", FG_K_COND },
	{ "comment", FG_K_COMMENT },
	{ "return_statement", FG_K_RETURN },
	{ "assignment", FG_K_ASSIGN },
	{ "augmented_assignment", FG_K_ASSIGN },
	{ "named_expression", FG_K_ASSIGN },
	{ "module", FG_K_MODULE },
};

static const role_map python_roles[] = {
	{ FG_K_ATTR, FG_R_OBJECT, "object" },
	{ FG_K_ATTR, FG_R_MEMBER, "attribute" },
	{ FG_K_SUBSCRIPT, FG_R_OBJECT, "value" },
	{ FG_K_SUBSCRIPT, FG_R_INDEX, "subscript" },
	{ FG_K_CALL, FG_R_CALLEE, "function" },
	{ FG_K_CALL, FG_R_ARGS, "arguments" },
	{ FG_K_KWARG, FG_R_KEY, "name" },
	{ FG_K_KWARG, FG_R_VALUE, "value" },
	{ FG_K_INTERP, FG_R_VALUE, "expression" },
	{ FG_K_PAIR, FG_R_KEY, "key" },
	{ FG_K_PAIR, FG_R_VALUE, "value" },
	{ FG_K_SPREAD, FG_R_VALUE, "@first" },
	{ FG_K_COMPREHENSION, FG_R_VALUE, "body" },
	{ FG_K_FUNC, FG_R_NAME, "name" },
	{ FG_K_FUNC, FG_R_PARAMS, "parameters" },
	{ FG_K_FUNC, FG_R_BODY, "body" },
	{ FG_K_CLASS, FG_R_NAME, "name" },
	{ FG_K_WRAP, FG_R_VALUE, "@first" },
	{ FG_K_BINARY, FG_R_LEFT, "left" },
	{ FG_K_BINARY, FG_R_RIGHT, "right" },
	{ FG_K_RETURN, FG_R_VALUE, "@first" },
	{ FG_K_ASSIGN, FG_R_KEY, "left" },
	{ FG_K_ASSIGN, FG_R_VALUE, "right" },
	{ FG_K_COND, FG_R_COND, "@second" },
};

/* JavaScript, TypeScript and TSX share node names. */
static const kind_map js_kinds[] = {
	{ "identifier", FG_K_IDENT },
	{ "property_identifier", FG_K_IDENT },
	{ "private_property_identifier", FG_K_IDENT },
	{ "shorthand_property_identifier", FG_K_SHORTHAND },
	{ "member_expression", FG_K_ATTR },
	{ "subscript_expression", FG_K_SUBSCRIPT },
	{ "call_expression", FG_K_CALL },
	{ "new_expression", FG_K_NEW },
	{ "arguments", FG_K_ARGS },
	{ "string", FG_K_STRING },
	{ "template_string", FG_K_TEMPLATE },
	{ "template_substitution", FG_K_INTERP },
	{ "string_fragment", FG_K_STRFRAG },
	{ "escape_sequence", FG_K_STRFRAG },
	{ "object", FG_K_DICT },
	{ "pair", FG_K_PAIR },
	{ "spread_element", FG_K_SPREAD },
	{ "array", FG_K_LIST },
	{ "sequence_expression", FG_K_LIST },
	{ "function_declaration", FG_K_FUNC },
	{ "function_expression", FG_K_FUNC },
	{ "function", FG_K_FUNC },
	{ "generator_function_declaration", FG_K_FUNC },
	{ "arrow_function", FG_K_FUNC },
	{ "method_definition", FG_K_FUNC },
	{ "class_declaration", FG_K_CLASS },
	{ "class", FG_K_CLASS },
	{ "number", FG_K_LITERAL },
	{ "true", FG_K_LITERAL },
	{ "false", FG_K_LITERAL },
	{ "null", FG_K_LITERAL },
	{ "undefined", FG_K_LITERAL },
	{ "await_expression", FG_K_WRAP },
	{ "parenthesized_expression", FG_K_WRAP },
	{ "as_expression", FG_K_WRAP },
	{ "satisfies_expression", FG_K_WRAP },
	{ "non_null_expression", FG_K_WRAP },
	{ "type_assertion", FG_K_WRAP },
	{ "binary_expression", FG_K_BINARY },
	{ "ternary_expression", FG_K_COND },
	{ "unary_expression", FG_K_LITERAL }, /* !x, typeof x, -x: not the data */
	{ "comment", FG_K_COMMENT },
	{ "return_statement", FG_K_RETURN },
	{ "variable_declarator", FG_K_ASSIGN },
	{ "assignment_expression", FG_K_ASSIGN },
	{ "augmented_assignment_expression", FG_K_ASSIGN },
	{ "public_field_definition", FG_K_ASSIGN },
	{ "field_definition", FG_K_ASSIGN },
	{ "program", FG_K_MODULE },
};

static const role_map js_roles[] = {
	{ FG_K_ATTR, FG_R_OBJECT, "object" },
	{ FG_K_ATTR, FG_R_MEMBER, "property" },
	{ FG_K_SUBSCRIPT, FG_R_OBJECT, "object" },
	{ FG_K_SUBSCRIPT, FG_R_INDEX, "index" },
	{ FG_K_CALL, FG_R_CALLEE, "function" },
	{ FG_K_CALL, FG_R_ARGS, "arguments" },
	{ FG_K_NEW, FG_R_CALLEE, "constructor" },
	{ FG_K_NEW, FG_R_ARGS, "arguments" },
	{ FG_K_INTERP, FG_R_VALUE, "@firstval" },
	{ FG_K_PAIR, FG_R_KEY, "key" },
	{ FG_K_PAIR, FG_R_VALUE, "value" },
	{ FG_K_SPREAD, FG_R_VALUE, "@first" },
	{ FG_K_FUNC, FG_R_NAME, "name" },
	{ FG_K_FUNC, FG_R_PARAMS, "parameters" },
	{ FG_K_FUNC, FG_R_PARAMS, "parameter" },
	{ FG_K_FUNC, FG_R_BODY, "body" },
	{ FG_K_CLASS, FG_R_NAME, "name" },
	{ FG_K_WRAP, FG_R_VALUE, "@first" },
	{ FG_K_BINARY, FG_R_LEFT, "left" },
	{ FG_K_BINARY, FG_R_RIGHT, "right" },
	{ FG_K_RETURN, FG_R_VALUE, "@first" },
	{ FG_K_ASSIGN, FG_R_KEY, "left" },
	{ FG_K_ASSIGN, FG_R_KEY, "name" },
	{ FG_K_ASSIGN, FG_R_KEY, "property" },
	{ FG_K_ASSIGN, FG_R_VALUE, "right" },
	{ FG_K_ASSIGN, FG_R_VALUE, "value" },
	{ FG_K_COND, FG_R_COND, "condition" },
};


/* C# (tree-sitter-c-sharp 0.23.1). */
static const kind_map csharp_kinds[] = {
	{ "identifier", FG_K_IDENT },
	{ "member_access_expression", FG_K_ATTR },
	{ "member_binding_expression", FG_K_ATTR },
	{ "element_access_expression", FG_K_SUBSCRIPT },
	{ "invocation_expression", FG_K_CALL },
	{ "object_creation_expression", FG_K_NEW },
	{ "implicit_object_creation_expression", FG_K_LIST },
	{ "anonymous_object_creation_expression", FG_K_DICT },
	{ "argument_list", FG_K_ARGS },
	{ "argument", FG_K_KWARG },
	{ "string_literal", FG_K_STRING },
	{ "verbatim_string_literal", FG_K_STRING },
	{ "raw_string_literal", FG_K_STRING },
	{ "interpolated_string_expression", FG_K_TEMPLATE },
	{ "interpolation", FG_K_INTERP },
	{ "string_literal_content", FG_K_STRFRAG },
	{ "string_content", FG_K_STRFRAG },
	{ "raw_string_content", FG_K_STRFRAG },
	{ "raw_string_start", FG_K_STRFRAG },
	{ "raw_string_end", FG_K_STRFRAG },
	{ "interpolation_start", FG_K_STRFRAG },
	{ "interpolation_brace", FG_K_STRFRAG },
	{ "interpolation_format_clause", FG_K_STRFRAG },
	{ "interpolation_alignment_clause", FG_K_STRFRAG },
	{ "escape_sequence", FG_K_STRFRAG },
	{ "initializer_expression", FG_K_DICT },
	{ "element_binding_expression", FG_K_LIST },
	{ "array_creation_expression", FG_K_LIST },
	{ "implicit_array_creation_expression", FG_K_LIST },
	{ "collection_expression", FG_K_LIST },
	{ "method_declaration", FG_K_FUNC },
	{ "local_function_statement", FG_K_FUNC },
	{ "constructor_declaration", FG_K_FUNC },
	{ "lambda_expression", FG_K_FUNC },
	{ "anonymous_method_expression", FG_K_FUNC },
	{ "class_declaration", FG_K_CLASS },
	{ "record_declaration", FG_K_CLASS },
	{ "integer_literal", FG_K_LITERAL },
	{ "real_literal", FG_K_LITERAL },
	{ "boolean_literal", FG_K_LITERAL },
	{ "null_literal", FG_K_LITERAL },
	{ "character_literal", FG_K_LITERAL },
	{ "await_expression", FG_K_WRAP },
	{ "parenthesized_expression", FG_K_WRAP },
	{ "cast_expression", FG_K_WRAP },
	{ "arrow_expression_clause", FG_K_WRAP },
	{ "equals_value_clause", FG_K_WRAP },
	{ "binary_expression", FG_K_BINARY },
	{ "conditional_expression", FG_K_COND },
	{ "comment", FG_K_COMMENT },
	{ "return_statement", FG_K_RETURN },
	{ "assignment_expression", FG_K_ASSIGN },
	{ "variable_declarator", FG_K_ASSIGN },
	{ "property_declaration", FG_K_ASSIGN },
	{ "compilation_unit", FG_K_MODULE },
};

static const role_map csharp_roles[] = {
	{ FG_K_ATTR, FG_R_OBJECT, "expression" },
	{ FG_K_ATTR, FG_R_MEMBER, "name" },
	{ FG_K_SUBSCRIPT, FG_R_OBJECT, "expression" },
	{ FG_K_SUBSCRIPT, FG_R_INDEX, "subscript" },
	{ FG_K_CALL, FG_R_CALLEE, "function" },
	{ FG_K_CALL, FG_R_ARGS, "arguments" },
	{ FG_K_NEW, FG_R_CALLEE, "type" },
	{ FG_K_NEW, FG_R_ARGS, "arguments" },
	{ FG_K_NEW, FG_R_BODY, "initializer" },
	{ FG_K_KWARG, FG_R_KEY, "name" },
	{ FG_K_KWARG, FG_R_VALUE, "@last" },
	{ FG_K_INTERP, FG_R_VALUE, "@firstval" },
	{ FG_K_FUNC, FG_R_NAME, "name" },
	{ FG_K_FUNC, FG_R_PARAMS, "parameters" },
	{ FG_K_FUNC, FG_R_BODY, "body" },
	{ FG_K_CLASS, FG_R_NAME, "name" },
	{ FG_K_WRAP, FG_R_VALUE, "value" },
	{ FG_K_WRAP, FG_R_VALUE, "@last" },
	{ FG_K_BINARY, FG_R_LEFT, "left" },
	{ FG_K_BINARY, FG_R_RIGHT, "right" },
	{ FG_K_RETURN, FG_R_VALUE, "@first" },
	{ FG_K_ASSIGN, FG_R_KEY, "left" },
	{ FG_K_ASSIGN, FG_R_KEY, "name" },
	{ FG_K_ASSIGN, FG_R_VALUE, "right" },
	{ FG_K_ASSIGN, FG_R_VALUE, "value" },
	{ FG_K_ASSIGN, FG_R_VALUE, "@last" },
	{ FG_K_COND, FG_R_COND, "condition" },
};

/* Java (tree-sitter-java 0.23.5): method calls have object and name, no callee field. */
static const kind_map java_kinds[] = {
	{ "identifier", FG_K_IDENT },
	{ "field_access", FG_K_ATTR },
	{ "array_access", FG_K_SUBSCRIPT },
	{ "method_invocation", FG_K_CALL },
	{ "object_creation_expression", FG_K_NEW },
	{ "argument_list", FG_K_ARGS },
	{ "string_literal", FG_K_STRING },
	{ "text_block", FG_K_STRING },
	{ "string_fragment", FG_K_STRFRAG },
	{ "multiline_string_fragment", FG_K_STRFRAG },
	{ "escape_sequence", FG_K_STRFRAG },
	{ "array_initializer", FG_K_LIST },
	{ "method_declaration", FG_K_FUNC },
	{ "constructor_declaration", FG_K_FUNC },
	{ "lambda_expression", FG_K_FUNC },
	{ "class_declaration", FG_K_CLASS },
	{ "record_declaration", FG_K_CLASS },
	{ "decimal_integer_literal", FG_K_LITERAL },
	{ "decimal_floating_point_literal", FG_K_LITERAL },
	{ "true", FG_K_LITERAL },
	{ "false", FG_K_LITERAL },
	{ "null_literal", FG_K_LITERAL },
	{ "character_literal", FG_K_LITERAL },
	{ "parenthesized_expression", FG_K_WRAP },
	{ "cast_expression", FG_K_WRAP },
	{ "binary_expression", FG_K_BINARY },
	{ "ternary_expression", FG_K_COND },
	{ "line_comment", FG_K_COMMENT },
	{ "block_comment", FG_K_COMMENT },
	{ "return_statement", FG_K_RETURN },
	{ "assignment_expression", FG_K_ASSIGN },
	{ "variable_declarator", FG_K_ASSIGN },
	{ "program", FG_K_MODULE },
};

static const role_map java_roles[] = {
	{ FG_K_ATTR, FG_R_OBJECT, "object" },
	{ FG_K_ATTR, FG_R_MEMBER, "field" },
	{ FG_K_SUBSCRIPT, FG_R_OBJECT, "array" },
	{ FG_K_SUBSCRIPT, FG_R_INDEX, "index" },
	{ FG_K_CALL, FG_R_OBJECT, "object" },
	{ FG_K_CALL, FG_R_MEMBER, "name" },
	{ FG_K_CALL, FG_R_ARGS, "arguments" },
	{ FG_K_NEW, FG_R_CALLEE, "type" },
	{ FG_K_NEW, FG_R_ARGS, "arguments" },
	{ FG_K_FUNC, FG_R_NAME, "name" },
	{ FG_K_FUNC, FG_R_PARAMS, "parameters" },
	{ FG_K_FUNC, FG_R_BODY, "body" },
	{ FG_K_CLASS, FG_R_NAME, "name" },
	{ FG_K_WRAP, FG_R_VALUE, "value" },
	{ FG_K_WRAP, FG_R_VALUE, "@last" },
	{ FG_K_BINARY, FG_R_LEFT, "left" },
	{ FG_K_BINARY, FG_R_RIGHT, "right" },
	{ FG_K_RETURN, FG_R_VALUE, "@first" },
	{ FG_K_ASSIGN, FG_R_KEY, "left" },
	{ FG_K_ASSIGN, FG_R_KEY, "name" },
	{ FG_K_ASSIGN, FG_R_VALUE, "right" },
	{ FG_K_ASSIGN, FG_R_VALUE, "value" },
	{ FG_K_COND, FG_R_COND, "condition" },
};

/* Go (tree-sitter-go 0.23.4). */
static const kind_map go_kinds[] = {
	{ "identifier", FG_K_IDENT },
	{ "field_identifier", FG_K_IDENT },
	{ "package_identifier", FG_K_IDENT },
	{ "selector_expression", FG_K_ATTR },
	{ "index_expression", FG_K_SUBSCRIPT },
	{ "call_expression", FG_K_CALL },
	{ "composite_literal", FG_K_NEW },
	{ "argument_list", FG_K_ARGS },
	{ "literal_value", FG_K_DICT },
	{ "keyed_element", FG_K_PAIR },
	{ "literal_element", FG_K_WRAP },
	{ "interpreted_string_literal", FG_K_STRING },
	{ "raw_string_literal", FG_K_STRING },
	{ "interpreted_string_literal_content", FG_K_STRFRAG },
	{ "raw_string_literal_content", FG_K_STRFRAG },
	{ "escape_sequence", FG_K_STRFRAG },
	{ "function_declaration", FG_K_FUNC },
	{ "method_declaration", FG_K_FUNC },
	{ "func_literal", FG_K_FUNC },
	{ "int_literal", FG_K_LITERAL },
	{ "float_literal", FG_K_LITERAL },
	{ "rune_literal", FG_K_LITERAL },
	{ "true", FG_K_LITERAL },
	{ "false", FG_K_LITERAL },
	{ "nil", FG_K_LITERAL },
	{ "parenthesized_expression", FG_K_WRAP },
	{ "unary_expression", FG_K_WRAP },
	{ "type_conversion_expression", FG_K_WRAP },
	{ "binary_expression", FG_K_BINARY },
	{ "expression_list", FG_K_LIST },
	{ "comment", FG_K_COMMENT },
	{ "return_statement", FG_K_RETURN },
	{ "short_var_declaration", FG_K_ASSIGN },
	{ "assignment_statement", FG_K_ASSIGN },
	{ "var_spec", FG_K_ASSIGN },
	{ "const_spec", FG_K_ASSIGN },
	{ "source_file", FG_K_MODULE },
};

static const role_map go_roles[] = {
	{ FG_K_ATTR, FG_R_OBJECT, "operand" },
	{ FG_K_ATTR, FG_R_MEMBER, "field" },
	{ FG_K_SUBSCRIPT, FG_R_OBJECT, "operand" },
	{ FG_K_SUBSCRIPT, FG_R_INDEX, "index" },
	{ FG_K_CALL, FG_R_CALLEE, "function" },
	{ FG_K_CALL, FG_R_ARGS, "arguments" },
	{ FG_K_NEW, FG_R_CALLEE, "type" },
	{ FG_K_NEW, FG_R_BODY, "body" },
	{ FG_K_PAIR, FG_R_KEY, "key" },
	{ FG_K_PAIR, FG_R_VALUE, "value" },
	{ FG_K_FUNC, FG_R_NAME, "name" },
	{ FG_K_FUNC, FG_R_PARAMS, "parameters" },
	{ FG_K_FUNC, FG_R_BODY, "body" },
	{ FG_K_WRAP, FG_R_VALUE, "operand" },
	{ FG_K_WRAP, FG_R_VALUE, "@last" },
	{ FG_K_BINARY, FG_R_LEFT, "left" },
	{ FG_K_BINARY, FG_R_RIGHT, "right" },
	{ FG_K_RETURN, FG_R_VALUE, "@first" },
	{ FG_K_ASSIGN, FG_R_KEY, "left" },
	{ FG_K_ASSIGN, FG_R_KEY, "name" },
	{ FG_K_ASSIGN, FG_R_VALUE, "right" },
	{ FG_K_ASSIGN, FG_R_VALUE, "value" },
};

/* PHP (tree-sitter-php 0.23.12, the php grammar: HTML with PHP). */
static const kind_map php_kinds[] = {
	{ "name", FG_K_IDENT },
	{ "variable_name", FG_K_IDENT },
	{ "member_access_expression", FG_K_ATTR },
	{ "nullsafe_member_access_expression", FG_K_ATTR },
	{ "scoped_property_access_expression", FG_K_ATTR },
	{ "subscript_expression", FG_K_SUBSCRIPT },
	{ "function_call_expression", FG_K_CALL },
	{ "member_call_expression", FG_K_CALL },
	{ "nullsafe_member_call_expression", FG_K_CALL },
	{ "scoped_call_expression", FG_K_CALL },
	{ "object_creation_expression", FG_K_NEW },
	{ "arguments", FG_K_ARGS },
	{ "argument", FG_K_KWARG },
	{ "array_creation_expression", FG_K_DICT },
	{ "array_element_initializer", FG_K_PAIR },
	{ "string", FG_K_STRING },
	{ "encapsed_string", FG_K_TEMPLATE },
	{ "heredoc", FG_K_TEMPLATE },
	{ "heredoc_body", FG_K_TEMPLATE },
	{ "string_content", FG_K_STRFRAG },
	{ "escape_sequence", FG_K_STRFRAG },
	{ "function_definition", FG_K_FUNC },
	{ "method_declaration", FG_K_FUNC },
	{ "anonymous_function", FG_K_FUNC },
	{ "arrow_function", FG_K_FUNC },
	{ "class_declaration", FG_K_CLASS },
	{ "integer", FG_K_LITERAL },
	{ "float", FG_K_LITERAL },
	{ "boolean", FG_K_LITERAL },
	{ "null", FG_K_LITERAL },
	{ "parenthesized_expression", FG_K_WRAP },
	{ "binary_expression", FG_K_BINARY },
	{ "conditional_expression", FG_K_COND },
	{ "comment", FG_K_COMMENT },
	{ "return_statement", FG_K_RETURN },
	{ "assignment_expression", FG_K_ASSIGN },
	{ "augmented_assignment_expression", FG_K_ASSIGN },
	{ "program", FG_K_MODULE },
};

static const role_map php_roles[] = {
	{ FG_K_ATTR, FG_R_OBJECT, "object" },
	{ FG_K_ATTR, FG_R_OBJECT, "scope" },
	{ FG_K_ATTR, FG_R_MEMBER, "name" },
	{ FG_K_SUBSCRIPT, FG_R_OBJECT, "@first" },
	{ FG_K_SUBSCRIPT, FG_R_INDEX, "@second" },
	{ FG_K_CALL, FG_R_CALLEE, "function" },
	{ FG_K_CALL, FG_R_OBJECT, "object" },
	{ FG_K_CALL, FG_R_OBJECT, "scope" },
	{ FG_K_CALL, FG_R_MEMBER, "name" },
	{ FG_K_CALL, FG_R_ARGS, "arguments" },
	{ FG_K_NEW, FG_R_CALLEE, "@first" },
	{ FG_K_NEW, FG_R_ARGS, "@type:arguments" },
	{ FG_K_KWARG, FG_R_KEY, "name" },
	{ FG_K_KWARG, FG_R_VALUE, "@last" },
	{ FG_K_PAIR, FG_R_KEY, "@first" },
	{ FG_K_PAIR, FG_R_VALUE, "@last" },
	{ FG_K_FUNC, FG_R_NAME, "name" },
	{ FG_K_FUNC, FG_R_PARAMS, "parameters" },
	{ FG_K_FUNC, FG_R_BODY, "body" },
	{ FG_K_CLASS, FG_R_NAME, "name" },
	{ FG_K_WRAP, FG_R_VALUE, "@first" },
	{ FG_K_BINARY, FG_R_LEFT, "left" },
	{ FG_K_BINARY, FG_R_RIGHT, "right" },
	{ FG_K_RETURN, FG_R_VALUE, "@first" },
	{ FG_K_ASSIGN, FG_R_KEY, "left" },
	{ FG_K_ASSIGN, FG_R_VALUE, "right" },
	{ FG_K_COND, FG_R_COND, "condition" },
};

/* Ruby (tree-sitter-ruby 0.23.1): attribute reads are calls without arguments. */
static const kind_map ruby_kinds[] = {
	{ "identifier", FG_K_IDENT },
	{ "constant", FG_K_IDENT },
	{ "instance_variable", FG_K_IDENT },
	{ "class_variable", FG_K_IDENT },
	{ "global_variable", FG_K_IDENT },
	{ "hash_key_symbol", FG_K_IDENT },
	{ "scope_resolution", FG_K_ATTR },
	{ "element_reference", FG_K_SUBSCRIPT },
	{ "call", FG_K_CALL },
	{ "argument_list", FG_K_ARGS },
	{ "pair", FG_K_PAIR },
	{ "hash", FG_K_DICT },
	{ "array", FG_K_LIST },
	{ "string", FG_K_STRING },
	{ "heredoc_body", FG_K_STRING },
	{ "string_content", FG_K_STRFRAG },
	{ "heredoc_content", FG_K_STRFRAG },
	{ "heredoc_end", FG_K_STRFRAG },
	{ "escape_sequence", FG_K_STRFRAG },
	{ "interpolation", FG_K_INTERP },
	{ "hash_splat_argument", FG_K_SPREAD },
	{ "splat_argument", FG_K_SPREAD },
	{ "method", FG_K_FUNC },
	{ "singleton_method", FG_K_FUNC },
	{ "lambda", FG_K_FUNC },
	{ "class", FG_K_CLASS },
	{ "integer", FG_K_LITERAL },
	{ "float", FG_K_LITERAL },
	{ "true", FG_K_LITERAL },
	{ "false", FG_K_LITERAL },
	{ "nil", FG_K_LITERAL },
	{ "simple_symbol", FG_K_LITERAL },
	{ "parenthesized_statements", FG_K_WRAP },
	{ "binary", FG_K_BINARY },
	{ "conditional", FG_K_COND },
	{ "comment", FG_K_COMMENT },
	{ "return", FG_K_RETURN },
	{ "assignment", FG_K_ASSIGN },
	{ "operator_assignment", FG_K_ASSIGN },
	{ "program", FG_K_MODULE },
};

static const role_map ruby_roles[] = {
	{ FG_K_ATTR, FG_R_OBJECT, "scope" },
	{ FG_K_ATTR, FG_R_MEMBER, "name" },
	{ FG_K_SUBSCRIPT, FG_R_OBJECT, "object" },
	{ FG_K_SUBSCRIPT, FG_R_INDEX, "@second" },
	{ FG_K_CALL, FG_R_OBJECT, "receiver" },
	{ FG_K_CALL, FG_R_MEMBER, "method" },
	{ FG_K_CALL, FG_R_ARGS, "arguments" },
	{ FG_K_PAIR, FG_R_KEY, "key" },
	{ FG_K_PAIR, FG_R_VALUE, "value" },
	{ FG_K_INTERP, FG_R_VALUE, "@first" },
	{ FG_K_SPREAD, FG_R_VALUE, "@first" },
	{ FG_K_FUNC, FG_R_NAME, "name" },
	{ FG_K_FUNC, FG_R_PARAMS, "parameters" },
	{ FG_K_FUNC, FG_R_BODY, "body" },
	{ FG_K_CLASS, FG_R_NAME, "name" },
	{ FG_K_WRAP, FG_R_VALUE, "@first" },
	{ FG_K_BINARY, FG_R_LEFT, "left" },
	{ FG_K_BINARY, FG_R_RIGHT, "right" },
	{ FG_K_RETURN, FG_R_VALUE, "@first" },
	{ FG_K_ASSIGN, FG_R_KEY, "left" },
	{ FG_K_ASSIGN, FG_R_VALUE, "right" },
	{ FG_K_COND, FG_R_COND, "condition" },
	{ FG_K_COND, FG_R_COND, "@first" },
};

/* Bash (tree-sitter-bash 0.23.3): a command is its own argument list. */
static const kind_map bash_kinds[] = {
	{ "variable_name", FG_K_IDENT },
	{ "command", FG_K_CALL },
	{ "command_name", FG_K_WRAP },
	{ "word", FG_K_LITERAL },
	{ "number", FG_K_LITERAL },
	{ "string", FG_K_STRING },
	{ "raw_string", FG_K_STRING },
	{ "ansi_c_string", FG_K_STRING },
	{ "heredoc_body", FG_K_STRING },
	{ "string_content", FG_K_STRFRAG },
	{ "heredoc_content", FG_K_STRFRAG },
	{ "simple_expansion", FG_K_WRAP },
	{ "expansion", FG_K_WRAP },
	{ "command_substitution", FG_K_WRAP },
	{ "concatenation", FG_K_CONCAT },
	{ "function_definition", FG_K_FUNC },
	{ "comment", FG_K_COMMENT },
	{ "variable_assignment", FG_K_ASSIGN },
	{ "program", FG_K_MODULE },
};

static const role_map bash_roles[] = {
	{ FG_K_CALL, FG_R_CALLEE, "name" },
	{ FG_K_CALL, FG_R_ARGS, "@self" },
	{ FG_K_WRAP, FG_R_VALUE, "@first" },
	{ FG_K_FUNC, FG_R_NAME, "name" },
	{ FG_K_FUNC, FG_R_PARAMS, "parameters" },
	{ FG_K_FUNC, FG_R_BODY, "body" },
	{ FG_K_ASSIGN, FG_R_KEY, "name" },
	{ FG_K_ASSIGN, FG_R_VALUE, "value" },
};

/* Kotlin (tree-sitter-kotlin 0.3.8): no fields at all; roles by position. */
static const kind_map kotlin_kinds[] = {
	{ "simple_identifier", FG_K_IDENT },
	{ "interpolated_identifier", FG_K_IDENT },
	{ "navigation_expression", FG_K_ATTR },
	{ "navigation_suffix", FG_K_WRAP },
	{ "indexing_expression", FG_K_SUBSCRIPT },
	{ "call_expression", FG_K_CALL },
	{ "call_suffix", FG_K_ARGS },
	{ "value_arguments", FG_K_LIST },
	{ "value_argument", FG_K_KWARG },
	{ "string_literal", FG_K_TEMPLATE },
	{ "string_content", FG_K_STRFRAG },
	{ "interpolated_expression", FG_K_INTERP },
	{ "function_declaration", FG_K_FUNC },
	{ "lambda_literal", FG_K_FUNC },
	{ "anonymous_function", FG_K_FUNC },
	{ "class_declaration", FG_K_CLASS },
	{ "integer_literal", FG_K_LITERAL },
	{ "boolean_literal", FG_K_LITERAL },
	{ "null_literal", FG_K_LITERAL },
	{ "parenthesized_expression", FG_K_WRAP },
	{ "additive_expression", FG_K_BINARY },
	{ "elvis_expression", FG_K_BINARY },
	{ "line_comment", FG_K_COMMENT },
	{ "multiline_comment", FG_K_COMMENT },
	{ "jump_expression", FG_K_RETURN },
	{ "assignment", FG_K_ASSIGN },
	{ "property_declaration", FG_K_ASSIGN },
	{ "source_file", FG_K_MODULE },
};

static const role_map kotlin_roles[] = {
	{ FG_K_ATTR, FG_R_OBJECT, "@first" },
	{ FG_K_ATTR, FG_R_MEMBER, "@last" },
	{ FG_K_SUBSCRIPT, FG_R_OBJECT, "@first" },
	{ FG_K_SUBSCRIPT, FG_R_INDEX, "@last" },
	{ FG_K_CALL, FG_R_CALLEE, "@first" },
	{ FG_K_CALL, FG_R_ARGS, "@type:call_suffix" },
	{ FG_K_KWARG, FG_R_KEY, "@first" },
	{ FG_K_KWARG, FG_R_VALUE, "@last" },
	{ FG_K_INTERP, FG_R_VALUE, "@first" },
	{ FG_K_FUNC, FG_R_NAME, "@type:simple_identifier" },
	{ FG_K_CLASS, FG_R_NAME, "@type:type_identifier" },
	{ FG_K_WRAP, FG_R_VALUE, "@first" },
	{ FG_K_BINARY, FG_R_LEFT, "@first" },
	{ FG_K_BINARY, FG_R_RIGHT, "@last" },
	{ FG_K_RETURN, FG_R_VALUE, "@first" },
	{ FG_K_ASSIGN, FG_R_KEY, "@type:variable_declaration" },
	{ FG_K_ASSIGN, FG_R_KEY, "@first" },
	{ FG_K_ASSIGN, FG_R_VALUE, "@last" },
};

/*
 * PowerShell (tree-sitter-powershell 0.25.9): like bash, a command is its
 * own argument list (command_elements holds `-Name value` words in turn);
 * a hashtable is a dictionary of key = value entries.
 */
static const kind_map powershell_kinds[] = {
	{ "variable", FG_K_IDENT },
	{ "braced_variable", FG_K_IDENT },
	{ "simple_name", FG_K_IDENT },
	{ "member_access", FG_K_ATTR },
	{ "element_access", FG_K_SUBSCRIPT },
	{ "command", FG_K_CALL },
	{ "command_elements", FG_K_ARGS },
	{ "command_parameter", FG_K_KWARG },
	{ "command_argument_sep", FG_K_COMMENT }, /* whitespace between arguments: nothing */
	{ "string_literal", FG_K_WRAP },
	{ "expandable_string_literal", FG_K_STRING },
	{ "expandable_here_string_literal", FG_K_STRING },
	{ "verbatim_string_characters", FG_K_STRING },
	{ "verbatim_here_string_characters", FG_K_STRING },
	{ "sub_expression", FG_K_INTERP },
	{ "hash_literal_expression", FG_K_WRAP },
	{ "hash_literal_body", FG_K_DICT },
	{ "hash_entry", FG_K_PAIR },
	{ "key_expression", FG_K_WRAP },
	{ "array_expression", FG_K_WRAP },
	{ "statement_list", FG_K_LIST | FG_KIND_CHAIN },
	{ "array_literal_expression", FG_K_LIST | FG_KIND_CHAIN },
	{ "pipeline", FG_K_OTHER | FG_KIND_CHAIN },
	{ "logical_expression", FG_K_LITERAL | FG_KIND_CHAIN },
	{ "bitwise_expression", FG_K_LITERAL | FG_KIND_CHAIN },
	{ "comparison_expression", FG_K_LITERAL | FG_KIND_CHAIN },
	{ "additive_expression", FG_K_BINARY | FG_KIND_CHAIN },
	{ "multiplicative_expression", FG_K_BINARY | FG_KIND_CHAIN },
	{ "format_expression", FG_K_BINARY | FG_KIND_CHAIN },
	{ "range_expression", FG_K_LITERAL | FG_KIND_CHAIN },
	{ "unary_expression", FG_K_WRAP },
	{ "expression_with_unary_operator", FG_K_WRAP }, /* casts ([ordered]@{...}), -join, -split, -not */
	{ "left_assignment_expression", FG_K_WRAP },
	{ "parenthesized_expression", FG_K_WRAP },
	{ "cast_expression", FG_K_WRAP },
	{ "function_statement", FG_K_FUNC },
	{ "class_statement", FG_K_CLASS },
	{ "integer_literal", FG_K_LITERAL },
	{ "real_literal", FG_K_LITERAL },
	{ "comment", FG_K_COMMENT },
	{ "flow_control_statement", FG_K_RETURN },
	{ "assignment_expression", FG_K_ASSIGN },
	{ "program", FG_K_MODULE },
};

static const role_map powershell_roles[] = {
	{ FG_K_ATTR, FG_R_OBJECT, "@first" },
	{ FG_K_ATTR, FG_R_MEMBER, "@last" },
	{ FG_K_SUBSCRIPT, FG_R_OBJECT, "@first" },
	{ FG_K_SUBSCRIPT, FG_R_INDEX, "@last" },
	{ FG_K_CALL, FG_R_CALLEE, "command_name" },
	{ FG_K_CALL, FG_R_ARGS, "command_elements" },
	{ FG_K_KWARG, FG_R_KEY, "@self" },
	{ FG_K_KWARG, FG_R_VALUE, "@next" },
	{ FG_K_PAIR, FG_R_KEY, "@first" },
	{ FG_K_PAIR, FG_R_VALUE, "@last" },
	{ FG_K_INTERP, FG_R_VALUE, "@first" },
	{ FG_K_FUNC, FG_R_NAME, "@type:function_name" },
	{ FG_K_FUNC, FG_R_PARAMS, "@find:parameter_list" },
	{ FG_K_FUNC, FG_R_BODY, "@type:script_block" },
	{ FG_K_CLASS, FG_R_NAME, "@type:simple_name" },
	{ FG_K_WRAP, FG_R_VALUE, "@last" }, /* a cast's operand comes after its type */
	{ FG_K_BINARY, FG_R_LEFT, "@first" },
	{ FG_K_BINARY, FG_R_RIGHT, "@last" },
	{ FG_K_RETURN, FG_R_VALUE, "@last" },
	{ FG_K_ASSIGN, FG_R_KEY, "@first" },
	{ FG_K_ASSIGN, FG_R_VALUE, "value" },
};

typedef struct lang_def {
	fg_lang_id id;
	const char *name;
	const TSLanguage *(*entry)(void);
	const char *exts; /* space separated, with dots */
	const kind_map *kinds;
	size_t nkinds;
	const role_map *roles;
	size_t nroles;
	const char *sep; /* FG_HOW_NEXT skips nodes of this type */
} lang_def;

static const lang_def defs[] = {
	{ FG_LANG_PYTHON, "python", tree_sitter_python, ".py .pyi .pyw", python_kinds,
	  FG_ARRAY_SIZE(python_kinds), python_roles, FG_ARRAY_SIZE(python_roles) },
	{ FG_LANG_JAVASCRIPT, "javascript", tree_sitter_javascript, ".js .mjs .cjs .jsx", js_kinds,
	  FG_ARRAY_SIZE(js_kinds), js_roles, FG_ARRAY_SIZE(js_roles) },
	{ FG_LANG_TYPESCRIPT, "typescript", tree_sitter_typescript, ".ts .mts .cts", js_kinds,
	  FG_ARRAY_SIZE(js_kinds), js_roles, FG_ARRAY_SIZE(js_roles) },
	{ FG_LANG_TSX, "tsx", tree_sitter_tsx, ".tsx", js_kinds, FG_ARRAY_SIZE(js_kinds), js_roles,
	  FG_ARRAY_SIZE(js_roles) },
#define LANG(id, name, fn, exts, t) { id, name, fn, exts, t##_kinds, FG_ARRAY_SIZE(t##_kinds), t##_roles, FG_ARRAY_SIZE(t##_roles), NULL }
	LANG(FG_LANG_CSHARP, "csharp", tree_sitter_c_sharp, ".cs .csx", csharp),
	LANG(FG_LANG_JAVA, "java", tree_sitter_java, ".java", java),
	LANG(FG_LANG_GO, "go", tree_sitter_go, ".go", go),
	LANG(FG_LANG_PHP, "php", tree_sitter_php, ".php .phtml", php),
	LANG(FG_LANG_RUBY, "ruby", tree_sitter_ruby, ".rb .rake .gemspec", ruby),
	LANG(FG_LANG_BASH, "bash", tree_sitter_bash, ".sh .bash .zsh", bash),
	LANG(FG_LANG_KOTLIN, "kotlin", tree_sitter_kotlin, ".kt .kts", kotlin),
	{ FG_LANG_POWERSHELL, "powershell", tree_sitter_powershell, ".ps1 .psm1 .psd1", powershell_kinds,
	  FG_ARRAY_SIZE(powershell_kinds), powershell_roles, FG_ARRAY_SIZE(powershell_roles), "command_argument_sep" },
#undef LANG
};

static fg_lang langs[FG_LANG__COUNT];
static pthread_once_t langs_once = PTHREAD_ONCE_INIT;

static void langs_init(void)
{
	for (size_t d = 0; d < FG_ARRAY_SIZE(defs); d++) {
		const lang_def *def = &defs[d];
		fg_lang *l = &langs[def->id];
		l->id = def->id;
		l->name = def->name;
		l->ts = def->entry();
		uint32_t nsym = ts_language_symbol_count(l->ts);
		l->nsymbols = nsym;
		l->kinds = fg_xcalloc(nsym, sizeof(uint8_t));
		if (def->sep)
			l->sep = ts_language_symbol_for_name(l->ts, def->sep, (uint32_t)strlen(def->sep), true);
		for (size_t k = 0; k < def->nkinds; k++) {
			/* A type name can map to several symbols (aliases): scan all. */
			for (uint32_t s = 0; s < nsym; s++) {
				const char *nm = ts_language_symbol_name(l->ts, (TSSymbol)s);
				if (nm && strcmp(nm, def->kinds[k].type) == 0 &&
				    ts_language_symbol_type(l->ts, (TSSymbol)s) == TSSymbolTypeRegular)
					l->kinds[s] = (uint8_t)def->kinds[k].kind;
			}
		}
		for (size_t r = 0; r < def->nroles; r++) {
			const role_map *rm = &def->roles[r];
			fg_lang_role *slot = &l->roles[rm->kind][rm->role];
			if (rm->field[0] == '@') {
				static const struct { const char *name; fg_role_how how; } hows[] = {
					{ "@self", FG_HOW_SELF }, { "@first", FG_HOW_FIRST }, { "@second", FG_HOW_SECOND },
					{ "@last", FG_HOW_LAST }, { "@firstval", FG_HOW_FIRSTVAL }, { "@next", FG_HOW_NEXT },
				};
				if (strncmp(rm->field, "@type:", 6) == 0) {
					slot->how = FG_HOW_TYPE;
					slot->type = rm->field + 6;
				}
				if (strncmp(rm->field, "@find:", 6) == 0) {
					slot->how = FG_HOW_FIND;
					slot->type = rm->field + 6;
				}
				for (size_t h = 0; h < FG_ARRAY_SIZE(hows); h++)
					if (strcmp(rm->field, hows[h].name) == 0)
						slot->how = hows[h].how;
				continue;
			}
			TSFieldId f = ts_language_field_id_for_name(l->ts, rm->field, (uint32_t)strlen(rm->field));
			if (!f)
				continue;
			if (!slot->field[0])
				slot->field[0] = f;
			else
				slot->field[1] = f;
		}
	}
}

const fg_lang *fg_lang_get(fg_lang_id id)
{
	pthread_once(&langs_once, langs_init);
	if (id <= FG_LANG_NONE || id >= FG_LANG__COUNT || !langs[id].ts)
		return NULL;
	return &langs[id];
}

const fg_lang *fg_lang_for_ts(const TSLanguage *ts)
{
	pthread_once(&langs_once, langs_init);
	for (int i = 1; i < FG_LANG__COUNT; i++)
		if (langs[i].ts == ts)
			return &langs[i];
	return NULL;
}

fg_lang_id fg_lang_from_path(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	const char *dot = strrchr(base, '.');
	if (!dot || dot == base)
		return FG_LANG_NONE;
	size_t elen = strlen(dot);
	for (size_t d = 0; d < FG_ARRAY_SIZE(defs); d++) {
		const char *p = defs[d].exts;
		while (*p) {
			const char *sp = strchr(p, ' ');
			size_t n = sp ? (size_t)(sp - p) : strlen(p);
			if (n == elen && strncasecmp(p, dot, n) == 0)
				return defs[d].id;
			p += n;
			while (*p == ' ')
				p++;
		}
	}
	return FG_LANG_NONE;
}

const char *fg_lang_name(fg_lang_id id)
{
	for (size_t d = 0; d < FG_ARRAY_SIZE(defs); d++)
		if (defs[d].id == id)
			return defs[d].name;
	return "none";
}

/* What each language's code means beyond its syntax: see fg_modules and FG_LT_* in parser.h. */
static const struct lang_traits {
	fg_modules modules;
	unsigned flags;
	fg_lang_id family;
} traits[FG_LANG__COUNT] = {
	[FG_LANG_PYTHON] = { FG_MODULES_PYTHON, 0, FG_LANG_PYTHON },
	[FG_LANG_JAVASCRIPT] = { FG_MODULES_ES, 0, FG_LANG_JAVASCRIPT },
	[FG_LANG_TYPESCRIPT] = { FG_MODULES_ES, 0, FG_LANG_TYPESCRIPT },
	[FG_LANG_TSX] = { FG_MODULES_ES, 0, FG_LANG_TSX },
	[FG_LANG_CSHARP] = { FG_MODULES_NONE, FG_LT_TYPED, FG_LANG_CSHARP },
	[FG_LANG_JAVA] = { FG_MODULES_NONE, FG_LT_TYPED, FG_LANG_JAVA },
	[FG_LANG_KOTLIN] = { FG_MODULES_NONE, FG_LT_TYPED | FG_LT_TRAILING_LAMBDA, FG_LANG_JAVA },
	[FG_LANG_GO] = { FG_MODULES_FOLDER, FG_LT_TYPED, FG_LANG_GO },
	[FG_LANG_PHP] = { FG_MODULES_REQUIRE, 0, FG_LANG_PHP },
	[FG_LANG_RUBY] = { FG_MODULES_NONE, FG_LT_HEREDOC_AFTER, FG_LANG_RUBY },
	[FG_LANG_BASH] = { FG_MODULES_NONE, FG_LT_ARGS_NAME_FIRST | FG_LT_SHELL, FG_LANG_BASH },
	[FG_LANG_POWERSHELL] = { FG_MODULES_NONE, FG_LT_SHELL | FG_LT_NAMED_PARAMS, FG_LANG_POWERSHELL },
};

fg_modules fg_lang_modules(fg_lang_id id)
{
	return id > FG_LANG_NONE && id < FG_LANG__COUNT ? traits[id].modules : FG_MODULES_NONE;
}

bool fg_lang_has(fg_lang_id id, unsigned trait)
{
	return id > FG_LANG_NONE && id < FG_LANG__COUNT && (traits[id].flags & trait) == trait;
}

fg_lang_id fg_lang_family(fg_lang_id id)
{
	return id > FG_LANG_NONE && id < FG_LANG__COUNT ? traits[id].family : id;
}

fg_lang_id fg_lang_from_name(const char *name)
{
	for (size_t d = 0; d < FG_ARRAY_SIZE(defs); d++)
		if (strcmp(defs[d].name, name) == 0)
			return defs[d].id;
	return FG_LANG_NONE;
}
