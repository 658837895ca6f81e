/// `dbg!(expr)`: evaluates `expr` once, prints `[file:line:col] expr = {:#?}` to stderr and
/// hands the value back, as std's macro does (checked as the block it expands to).
extension Checker {
  /// Stands for the source file's name in `dbg!`'s message; the interpreter, which knows
  /// the name the program was run as, puts it in.
  package static let sourceFileMarker = "\u{E000}file\u{E000}"

  func checkDebugMacro(_ argument: Expr, span: SourceSpan) -> TypedExpr {
    var builder = PipelineBuilder(span: span)
    pushScope()
    let value = checkExpression(argument)
    let name = "(dbg value)"
    let slot = builder.declare(self, name, type: value.type, mutable: false, value: value)
    // rustc prints `stringify!(expr)`, which for ordinary spacing is the source text.
    let text = sourceText(argument.span).replacingBraces()
    let location = "[\(Self.sourceFileMarker):\(span.start.line):\(span.start.column)] "
    let format = Expr(id: -2_000_000 - argument.id, kind: .string(location + text + " = {:#?}"), span: span)
    let use = Expr(id: -2_000_001 - argument.id, kind: .path([name], generics: []), span: argument.span)
    let print = checkMacro(
      name: "eprintln",
      arguments: [MacroArgument(name: nil, value: format), MacroArgument(name: nil, value: use)],
      span: span)
    builder.statements.append(TypedStatement(kind: .expression(print), span: span))
    let declared = popScope()
    let tail = typed(.local(slot), value.type, argument.span)
    // std's `dbg!` is a `match` on its argument: the argument's temporaries
    // (`dbg!(String::from("a b").as_str())`) live until the enclosing statement ends.
    let block = TypedBlock(
      statements: builder.statements, tail: tail, declaredSlots: declared, span: span,
      keepsTemporariesToStatementEnd: true)
    return typed(.block(block), value.type, span)
  }
}

extension String {
  /// `{` and `}` doubled, so the text is literal inside a format string.
  fileprivate func replacingBraces() -> String {
    var result = ""
    for character in self {
      if character == "{" || character == "}" { result.append(character) }
      result.append(character)
    }
    return result
  }
}
