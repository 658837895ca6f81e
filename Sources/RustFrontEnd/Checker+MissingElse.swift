/// An `if` (or `if let`) with no `else` is `()` when its condition is false, so its block must
/// be `()` too, and so must be whatever its context wants of it.
extension Checker {
  /// The type of an `if` without `else`, reporting what rustc reports when a value is wanted
  /// of it: E0317 at the `if` (`let x = if c { 1 };`, a function's tail, the last `else if`
  /// of a chain), or E0308 at the block's value when the `if` is a statement without `;`.
  /// After the report the `if` takes the type wanted of it, so nothing follows on.
  func typeWithoutElse(_ thenBlock: TypedBlock, wanted: TypeTerm?, isUnitStatement: Bool, span: SourceSpan)
    -> TypeTerm
  {
    let thenType = blockType(thenBlock)
    let thenIsValue = !isUnit(thenType) && !table.shallow(thenType).isNever
    if isUnitStatement {
      guard thenIsValue else { return .unit }
      let value = thenBlock.tail.map { sourceSpan(of: $0) } ?? thenBlock.span
      error("mismatched types: expected `()`, found `\(table.displayName(thenType))`", at: value)
      return .unit
    }
    let contextWantsValue = wanted.map { wantsValue(of: $0) } ?? false
    guard thenIsValue || contextWantsValue else { return .unit }
    let expected = thenIsValue ? thenType : (wanted ?? thenType)
    var diagnostic = Diagnostic("`if` may be missing an `else` clause", at: span)
    diagnostic.code = "E0317"
    diagnostic.primaryLabel = "expected `\(table.displayName(expected))`, found `()`"
    diagnostic.notes = ["`if` expressions without `else` evaluate to `()`"]
    diagnostic.helps = ["consider adding an `else` block that evaluates to the expected type"]
    diagnostics.append(diagnostic)
    return expected
  }

  /// Whether the context's type is a value an `if` without `else` cannot give: not `()`,
  /// not `!`, and known (an inference variable may still become `()`).
  private func wantsValue(of type: TypeTerm) -> Bool {
    let shallow = table.shallow(type)
    if isUnit(shallow) || shallow.isNever { return false }
    if case .variable = shallow, table.kind(of: shallow) == .general { return false }
    return true
  }
}
