extension Checker {
  /// E0277 at `sum`/`product` when the type wanted from it is another number than its items
  /// are (`let n: i32 = words.iter().map(|w| w.len()).sum();`): std has `Sum<usize>` only for
  /// `usize`, so rustc blames the call, not the binding.
  func rejectsSumTarget(method: String, made: TypedExpr, receiver: Expr, span: SourceSpan, id: Int)
    -> Bool
  {
    guard method == "sum" || method == "product", let wanted = annotatedInitializer, wanted.id == id
    else { return false }
    // Only std's terminals: a method of the program's own named `sum` is an ordinary call.
    switch made.kind {
    case .block, .builtin(.iteratorSum, _): break
    default: return false
    }
    let target = table.resolve(wanted.type)
    let item = table.resolve(made.type)
    func isNumber(_ type: TypeTerm) -> Bool {
      switch type {
      case .integer, .float: return true
      case .variable: return table.kind(of: type) != .general
      default: return false
      }
    }
    guard isNumber(target), isNumber(item), !table.unify(target, item) else { return false }
    let targetName = table.displayName(target)
    let items = table.displayName(item)
    var diagnostic = Diagnostic(
      method == "sum"
        ? "a value of type `\(targetName)` cannot be made by summing an iterator over elements of type `\(items)`"
        : "a value of type `\(targetName)` cannot be made by multiplying all elements of type `\(items)` from an iterator",
      at: methodNameSpan(receiver: receiver, method: method, span: span))
    diagnostic.code = "E0277"
    diagnostics.append(diagnostic)
    return true
  }
}
