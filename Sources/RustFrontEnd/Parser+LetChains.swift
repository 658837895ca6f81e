/// Edition 2024's let chains, `if let Some(x) = a && x > 3 && let Ok(n) = b { … } else { … }`
/// and `while let … && …`, parsed as the nested `if`s and `if let`s they behave as: each link
/// is tried only when the ones before it matched, and their bindings are in scope after them.
/// The `else` runs wherever a link fails, so it is parsed once per link (each copy its own tree;
/// one of them runs). A copy sits inside the scope of the links before it, so an `else` that
/// names a binding of the chain, or one that could run while a lock or `RefCell` guard of an
/// earlier link's scrutinee is still alive, is refused rather than run differently.
extension Parser {
  private enum ChainLink {
    case condition(Expr)
    case binding(Pattern, Expr, start: SourceLocation)

    var start: SourceLocation {
      switch self {
      case .condition(let condition): condition.span.start
      case .binding(_, _, let start): start
      }
    }
  }

  /// Methods whose result, a temporary of a scrutinee, holds a guard until the `if` ends.
  private static let guardMethods: Set<String> = [
    "borrow", "borrow_mut", "try_borrow", "try_borrow_mut", "lock", "try_lock", "read", "write",
  ]

  /// Whether the head of the `if` or `while` at the current token joins a `let` with `&&` at its
  /// top level (inside no bracket) before the body's `{`.
  func headIsLetChain() -> Bool {
    var index = position
    var sawLet = false
    var sawAnd = false
    while index < tokens.count - 1 {
      switch tokens[index].kind {
      case .punctuation(.openBrace): return sawLet && sawAnd
      case .punctuation(.openParen), .punctuation(.openBracket):
        index = max(partners[index], index)
      case .punctuation(.semicolon), .punctuation(.closeBrace): return false
      case .keyword(.let): sawLet = true
      case .punctuation(.ampersandAmpersand): sawAnd = true
      default: break
      }
      index += 1
    }
    return false
  }

  /// `if` (already read, starting at `start`) followed by a let chain.
  func parseIfLetChain(start: SourceLocation) throws -> Expr {
    let links = try parseChainLinks()
    let then = try parseBlock()
    let elseStart = position
    let elseBranch = try parseElse()
    let elseEnd = position
    if elseBranch != nil { try refuseElseCopies(links: links, elseTokens: elseStart..<elseEnd) }
    let end = previousEnd
    var inner: Expr?
    for (index, link) in links.enumerated().reversed() {
      var failure: Expr?
      if elseBranch != nil {
        position = elseStart
        failure = try parseElse()
        position = elseEnd
      }
      let body = inner.map { Block(statements: [], tail: $0, span: $0.span) } ?? then
      let span = SourceSpan(start: index == 0 ? start : link.start, end: end)
      switch link {
      case .condition(let condition):
        inner = expression(.ifElse(condition: condition, then: body, elseBranch: failure), span: span)
      case .binding(let pattern, let scrutinee, _):
        inner = expression(
          .ifLet(pattern: pattern, scrutinee: scrutinee, then: body, elseBranch: failure), span: span)
      }
    }
    guard let chain = inner else { throw unexpected("expression") }
    return chain
  }

  /// `while` (already read) followed by a let chain: a `loop` around the chain's `if`, whose
  /// `else` leaves the loop.
  func parseWhileLetChain(label: String?, start: SourceLocation) throws -> Expr {
    let links = try parseChainLinks()
    let body = try parseBlock()
    let end = previousEnd
    var inner: Expr?
    for (index, link) in links.enumerated().reversed() {
      let span = SourceSpan(start: index == 0 ? start : link.start, end: end)
      let leave = expression(.breakLoop(label: label, value: nil), span: span)
      let failure = expression(
        .block(Block(statements: [], tail: leave, span: span)), span: span)
      let then = inner.map { Block(statements: [], tail: $0, span: $0.span) } ?? body
      switch link {
      case .condition(let condition):
        inner = expression(.ifElse(condition: condition, then: then, elseBranch: failure), span: span)
      case .binding(let pattern, let scrutinee, _):
        inner = expression(
          .ifLet(pattern: pattern, scrutinee: scrutinee, then: then, elseBranch: failure), span: span)
      }
    }
    guard let chain = inner else { throw unexpected("expression") }
    let loopBody = Block(statements: [], tail: chain, span: chain.span)
    return expression(.loop(body: loopBody, label: label), span: SourceSpan(start: start, end: end))
  }

  /// `let p = e && c && let q = f`: each operand binds tighter than `&&`; `||` has no place in a chain.
  private func parseChainLinks() throws -> [ChainLink] {
    var links: [ChainLink] = []
    repeat {
      let linkStart = current.span.start
      if eat(.let) {
        let pattern = try parsePattern(allowAlternatives: true)
        try expect(.equal)
        let scrutinee = try withStructLiterals(false) { parser throws in try parser.parseLetChainOperand() }
        links.append(.binding(pattern, scrutinee, start: linkStart))
      } else {
        let condition = try withStructLiterals(false) { parser throws in try parser.parseLetChainOperand() }
        links.append(.condition(condition))
      }
    } while eat(.ampersandAmpersand)
    if check(.pipePipe) {
      throw Diagnostic("`||` operators are not supported in let chain conditions", at: current.span)
    }
    return links
  }

  private func refuseElseCopies(links: [ChainLink], elseTokens: Range<Int>) throws {
    var bound: Set<String> = []
    var guardScrutinee: Expr?
    for (index, link) in links.enumerated() {
      guard case .binding(let pattern, let scrutinee, _) = link else { continue }
      ModuleResolver.bindings(of: pattern, into: &bound)
      if index < links.count - 1, guardScrutinee == nil, holdsGuard(scrutinee) { guardScrutinee = scrutinee }
    }
    if let guardScrutinee {
      throw Diagnostic.unsupported(
        "an `else` after a let chain whose earlier scrutinee holds a guard", at: guardScrutinee.span)
    }
    for index in elseTokens {
      let names: Bool
      switch tokens[index].kind {
      case .identifier(let name): names = bound.contains(name)
      // `println!("{x}")` names `x` inside the string.
      case .string(let text): names = bound.contains { text.contains("{" + $0) }
      default: names = false
      }
      if names {
        throw Diagnostic.unsupported(
          "an `else` after a let chain that names one of the chain's bindings", at: tokens[index].span)
      }
    }
  }

  /// Whether the scrutinee's tokens call a method that gives a guard.
  private func holdsGuard(_ scrutinee: Expr) -> Bool {
    tokens.indices.contains { index in
      guard index > 0, tokens[index].span.start >= scrutinee.span.start,
        tokens[index].span.end <= scrutinee.span.end,
        case .identifier(let name) = tokens[index].kind, Self.guardMethods.contains(name)
      else { return false }
      return tokens[index - 1].kind == .punctuation(.dot)
    }
  }
}
