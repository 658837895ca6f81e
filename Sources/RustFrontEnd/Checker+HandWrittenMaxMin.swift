import MemoryModel

/// `a.max(b)`, `a.min(b)`, `cmp::max(a, b)` and `cmp::min(a, b)` on a type whose `Ord` is
/// written by hand: checked as the code std's provided methods run, `if other < self { self }
/// else { other }` (`min` the other way round), both values moved into locals of a block, so
/// `<` calls the impl's `partial_cmp` as std's `lt` does and the value not returned is dropped
/// at the block's end, as it is at the end of std's `max`.
extension Checker {
  /// The macro name that stands, in desugared code, for an expression already checked
  /// (`embeddedExpressions`, by index).
  static let embeddedMacro = "\u{1}embedded"

  /// True when `type` is a struct or enum of the program's own whose `Ord` it wrote by hand.
  func hasHandWrittenOrd(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .structure(let name), .enumeration(let name):
      let display = table.instances[name] != nil ? table.displayName(type) : name
      return handWrittenComparisons[display]?["Ord"] != nil
    default: return false
    }
  }

  /// `Ord::max` / `Ord::min` of two values of such a type, `first` the receiver.
  func handWrittenMaxMin(_ method: String, first: TypedExpr, second: TypedExpr, span: SourceSpan) -> TypedExpr
  {
    let synthetic = SyntheticExpressions(checker: self, span: span)
    let base = embeddedExpressions.count
    embeddedExpressions += [first, second]
    defer { embeddedExpressions.removeLast(2) }
    func embedded(_ index: Int) -> Expr {
      synthetic.make(
        .macro(
          name: Self.embeddedMacro,
          arguments: [MacroArgument(name: nil, value: synthetic.integer(UInt128(base + index)))]))
    }
    let selfName = "(\(method) self)"
    let otherName = "(\(method) other)"
    func binding(_ name: String, _ value: Expr) -> Statement {
      Statement(
        kind: .binding(
          pattern: Pattern(
            kind: .identifier(name: name, mutable: false, byReference: false, subpattern: nil), span: span),
          type: nil, initializer: value, elseBlock: nil),
        span: span)
    }
    let otherIsLess = synthetic.make(.binary(.less, synthetic.name(otherName), synthetic.name(selfName)))
    let (whenLess, otherwise) = method == "max" ? (selfName, otherName) : (otherName, selfName)
    let choice = synthetic.make(
      .ifElse(
        condition: otherIsLess,
        then: Block(statements: [], tail: synthetic.name(whenLess), span: span),
        elseBranch: synthetic.make(.block(Block(statements: [], tail: synthetic.name(otherwise), span: span)))
      ))
    let block = Block(
      statements: [binding(selfName, embedded(0)), binding(otherName, embedded(1))], tail: choice, span: span)
    let checked = checkExpression(synthetic.make(.block(block)))
    return checked
  }

  /// The checked expression an `embeddedMacro` names.
  func checkEmbeddedMacro(arguments: [MacroArgument], span: SourceSpan) -> TypedExpr {
    guard let argument = arguments.first, case .integer(let index, _) = argument.value.kind,
      Int(index) < embeddedExpressions.count
    else { return invalid(span) }
    return embeddedExpressions[Int(index)]
  }
}
