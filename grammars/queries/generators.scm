; Classes deriving from Halide::Generator<T>: the front end reads each as one pipeline.
(class_specifier
  name: (type_identifier) @generator.name
  (base_class_clause) @generator.base
  body: (field_declaration_list) @generator.body)

; Scheduling chains: `f.split(...).vectorize(...)` — the outermost call of a chain.
(expression_statement
  (call_expression
    function: (field_expression field: (field_identifier) @directive.name)) @directive.chain)

; Definitions: `f(x, y) = ...` and updates `f(r.x) += ...`.
(assignment_expression
  left: (call_expression function: (_) @definition.func arguments: (argument_list) @definition.args)
  right: (_) @definition.value) @definition
