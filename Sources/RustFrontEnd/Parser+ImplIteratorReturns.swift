/// `-> impl Iterator<Item = u32>`, with an optional `+ '_` or `+ 'a`: a function's whole
/// return type. The callers may use the result only as an iterator of that item type.
extension Parser {
  /// True at `Iterator<` right after the `impl` of a whole return type.
  func startsIteratorReturnBound() -> Bool {
    guard case .identifier("Iterator") = current.kind else { return false }
    return check(.less, at: 1)
  }

  /// Parses `Iterator<Item = T>` and any lifetimes added to it; `start` is the `impl`'s.
  func parseIteratorReturnBound(start: SourceLocation, implSpan: SourceSpan) throws -> TypeExpr {
    let boundStart = current.span.start
    advance()
    let argumentsStart = current.span.start
    advance()
    guard case .identifier("Item") = current.kind, check(.equal, at: 1) else {
      position -= 2
      skipReturnBound()
      throw Diagnostic.unsupported("`impl Iterator` return types without `Item = …`", at: implSpan)
    }
    position += 2
    let itemStart = position
    let item = try parseType()
    var itemText = String.UnicodeScalarView()
    if position > itemStart {
      itemText.append(contentsOf: scalars[tokens[itemStart].start..<tokens[position - 1].end])
    }
    guard eatClosingAngle() else { throw unexpected("`>`") }
    let boundSpan = span(from: boundStart)
    while eat(.plus) {
      // `+ '_` or `+ 'a`: in edition 2024 the hidden type captures every lifetime in scope
      // anyway. `+ 'static` promises more, which memtutor does not check.
      guard case .lifetime(let name) = current.kind, name != "static" else {
        throw Diagnostic.unsupported("`impl Iterator` return types with other bounds", at: current.span)
      }
      advance()
    }
    let whole = span(from: start)
    let name = "impl Iterator<Item = \(String(itemText))>"
    var arguments = BoundArguments(span: span(from: argumentsStart))
    arguments.associated = [AssociatedBinding(name: "Item", type: item)]
    returnImplTrait = GenericParameter(
      name: name, bounds: ["Iterator"], span: whole, boundSpans: [boundSpan],
      boundArguments: ["Iterator": arguments])
    return TypeExpr(kind: .path(path: [name], generics: []), span: whole)
  }

  /// Past `Iterator<…>` and what follows it, so that recovery skips the body as a whole.
  private func skipReturnBound() {
    while !atEnd, !check(.openBrace), !check(.semicolon), !check(.where) { advance() }
  }
}
