/// Items written in a block nested in a function's body (`loop { fn step() {} … }`,
/// `if found { struct Hit { … } … }`).
///
/// rustc gives each such block an anonymous module of its own, visible only inside the block.
/// Here they join the body's block module, which is the same program as long as nothing outside
/// their block names them and no two share a name: `nestedItemsFitBodyModule` refuses the rest.
extension ModuleResolver {
  /// An item of a function's body, top-level or nested, with the locals in scope above it.
  struct BodyItem {
    var item: Item
    var statement: SourceSpan
    var statementStart: SourceLocation { statement.start }
    /// The block the item is written in.
    var block: SourceSpan
    var visibleLocals: Set<String>
    var isNested: Bool
  }

  /// Every item of the body that is hoisted into its block module, in source order.
  static func bodyItems(of body: Block, parameters: Set<String>) -> [BodyItem] {
    var result: [BodyItem] = []
    collect(body, visible: parameters, isNested: false, into: &result)
    let hasTrigger =
      result.contains { $0.isNested }
      || body.statements.contains { statement in
        guard case .item(let item) = statement.kind else { return false }
        return isBlockModuleTrigger(item)
      }
    return hasTrigger ? result : []
  }

  /// Items a nested block may declare here: the kinds that have no order or storage of their own
  /// (a nested `use`, `const` or `static` stays refused by the checker).
  static func isNestedHoisted(_ item: Item) -> Bool {
    switch item {
    case .function, .structure, .enumeration, .implementation, .trait: return true
    case .use, .global, .module, .typeAlias: return false
    }
  }

  private static func collect(
    _ block: Block, visible: Set<String>, isNested: Bool, into result: inout [BodyItem]
  ) {
    var visible = visible
    for statement in block.statements {
      switch statement.kind {
      case .binding(let pattern, _, let initializer, let elseBlock):
        if let initializer { collect(initializer, visible: visible, into: &result) }
        if let elseBlock { collect(elseBlock, visible: visible, isNested: true, into: &result) }
        bindings(of: pattern, into: &visible)
      case .expression(let value, _):
        collect(value, visible: visible, into: &result)
      case .item(let item):
        guard isNested ? isNestedHoisted(item) : isHoisted(item) else { continue }
        result.append(
          BodyItem(
            item: item, statement: statement.span, block: block.span, visibleLocals: visible,
            isNested: isNested))
      case .empty: break
      }
    }
    if let tail = block.tail { collect(tail, visible: visible, into: &result) }
  }

  private static func collect(_ expr: Expr, visible: Set<String>, into result: inout [BodyItem]) {
    func walk(_ child: Expr) { collect(child, visible: visible, into: &result) }
    func walk(_ block: Block, binding pattern: Pattern? = nil) {
      var inner = visible
      if let pattern { bindings(of: pattern, into: &inner) }
      collect(block, visible: inner, isNested: true, into: &result)
    }
    switch expr.kind {
    case .integer, .float, .string, .character, .boolean, .path, .continueLoop: break
    case .tuple(let items), .array(let items), .vecList(let items): items.forEach(walk)
    case .arrayRepeat(let value, let count), .vecRepeat(let value, let count):
      walk(value)
      walk(count)
    case .structLiteral(_, let fields, let base):
      fields.forEach { walk($0.value) }
      if let base { walk(base) }
    case .call(let callee, let arguments):
      walk(callee)
      arguments.forEach(walk)
    case .methodCall(let receiver, _, _, let arguments):
      walk(receiver)
      arguments.forEach(walk)
    case .field(let base, _), .unary(_, let base), .reference(_, let base), .cast(let base, _): walk(base)
    case .index(let base, let index):
      walk(base)
      walk(index)
    case .binary(_, let left, let right), .assign(let left, let right),
      .compoundAssign(_, let left, let right):
      walk(left)
      walk(right)
    case .range(let low, let high, _):
      if let low { walk(low) }
      if let high { walk(high) }
    case .block(let block): walk(block)
    case .ifElse(let condition, let then, let elseBranch):
      walk(condition)
      walk(then)
      if let elseBranch { walk(elseBranch) }
    case .ifLet(let pattern, let scrutinee, let then, let elseBranch):
      walk(scrutinee)
      walk(then, binding: pattern)
      if let elseBranch { walk(elseBranch) }
    case .whileLoop(let condition, let body, _):
      walk(condition)
      walk(body)
    case .whileLet(let pattern, let scrutinee, let body, _):
      walk(scrutinee)
      walk(body, binding: pattern)
    case .loop(let body, _): walk(body)
    case .forLoop(let pattern, let iterable, let body, _):
      walk(iterable)
      walk(body, binding: pattern)
    case .match(let scrutinee, let arms):
      walk(scrutinee)
      for arm in arms {
        var inner = visible
        bindings(of: arm.pattern, into: &inner)
        if let guardExpression = arm.guardExpression {
          collect(guardExpression, visible: inner, into: &result)
        }
        collect(arm.body, visible: inner, into: &result)
      }
    case .breakLoop(_, let value), .returnValue(let value):
      if let value { walk(value) }
    case .macro(_, let arguments): arguments.forEach { walk($0.value) }
    case .closure(let closure):
      var inner = visible
      for parameter in closure.parameters { bindings(of: parameter.pattern, into: &inner) }
      collect(closure.body, visible: inner, into: &result)
    }
  }

  /// Whether the nested items of a body can join its block module: no two items share a name,
  /// and nothing in the body outside an item's own block names it (rustc would find another item
  /// there, or none). Refuses the body's nested items otherwise.
  mutating func nestedItemsFitBodyModule(_ items: [BodyItem], body: SourceSpan) -> Bool {
    var seen: Set<String> = []
    var fits = true
    for entry in items {
      guard let name = Self.declaredName(entry.item) else { continue }
      if !seen.insert(name).inserted, items.contains(where: { $0.isNested }) { fits = false }
      if entry.isNested, namesOccur(name, in: body, outside: entry.block) { fits = false }
    }
    if !fits, let first = items.first(where: { $0.isNested }) {
      diagnostics.append(
        .unsupported(
          "an item of a nested block whose name is used outside that block or declared twice in one function",
          at: first.statement))
    }
    return fits
  }

  private static func declaredName(_ item: Item) -> String? {
    switch item {
    case .function(let decl): decl.name
    case .structure(let decl): decl.name
    case .enumeration(let decl): decl.name
    case .trait(let decl): decl.name
    case .global(let decl): decl.name
    case .implementation, .use, .module, .typeAlias: nil
    }
  }

  /// Whether `name` is written as a whole word in `span` but outside `excluded`.
  private func namesOccur(_ name: String, in span: SourceSpan, outside excluded: SourceSpan) -> Bool {
    let word = Array(name.unicodeScalars)
    guard !word.isEmpty else { return false }
    func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
    for line in max(span.start.line, 1)...min(span.end.line, sourceLines.count) {
      let text = sourceLines[line - 1]
      var index = 0
      while index + word.count <= text.count {
        defer { index += 1 }
        guard text[index..<index + word.count].elementsEqual(word) else { continue }
        if index > 0, isIdentifier(text[index - 1]) { continue }
        if index + word.count < text.count, isIdentifier(text[index + word.count]) { continue }
        let location = SourceLocation(line: line, column: index + 1)
        guard location >= span.start, location <= span.end else { continue }
        if location >= excluded.start, location <= excluded.end { continue }
        return true
      }
    }
    return false
  }
}
