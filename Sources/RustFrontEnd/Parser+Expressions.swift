/// Expressions: operators by precedence climbing, postfix forms, and primary expressions.
extension Parser {
  /// Binding power of the binary operators, tightest last; `as` binds tighter still.
  private static let castPrecedence = 10
  private static let comparisonPrecedence = 3

  private static func binaryOperator(_ punctuation: Punctuation) -> (BinaryOperator, Int)? {
    switch punctuation {
    case .star: (.multiply, 9)
    case .slash: (.divide, 9)
    case .percent: (.remainder, 9)
    case .plus: (.add, 8)
    case .minus: (.subtract, 8)
    case .shiftLeft: (.shiftLeft, 7)
    case .shiftRight: (.shiftRight, 7)
    case .ampersand: (.bitAnd, 6)
    case .caret: (.bitXor, 5)
    case .pipe: (.bitOr, 4)
    case .equalEqual: (.equal, comparisonPrecedence)
    case .notEqual: (.notEqual, comparisonPrecedence)
    case .less: (.less, comparisonPrecedence)
    case .lessEqual: (.lessEqual, comparisonPrecedence)
    case .greater: (.greater, comparisonPrecedence)
    case .greaterEqual: (.greaterEqual, comparisonPrecedence)
    case .ampersandAmpersand: (.logicalAnd, 2)
    case .pipePipe: (.logicalOr, 1)
    default: nil
    }
  }

  private static func compoundOperator(_ punctuation: Punctuation) -> BinaryOperator? {
    switch punctuation {
    case .plusEqual: .add
    case .minusEqual: .subtract
    case .starEqual: .multiply
    case .slashEqual: .divide
    case .percentEqual: .remainder
    case .ampersandEqual: .bitAnd
    case .pipeEqual: .bitOr
    case .caretEqual: .bitXor
    case .shiftLeftEqual: .shiftLeft
    case .shiftRightEqual: .shiftRight
    default: nil
    }
  }

  // MARK: - Entry points

  package func parseExpression() throws -> Expr {
    try parseAssignment(leading: nil)
  }

  /// An expression in the head of `if`, `while`, `match` or `for`, where `{` opens the body.
  package func parseConditionExpression() throws -> Expr {
    try withStructLiterals(false) { parser throws in try parser.parseExpression() }
  }

  /// An operand of `&&` in a let chain (and the scrutinee of `if let`): any operator binding
  /// tighter than `&&`.
  package func parseLetChainOperand() throws -> Expr {
    try parseBinary(minimumPrecedence: 3, leading: nil)
  }

  /// An expression statement or a match arm body: a block-like expression (`if`, `match`,
  /// `{…}`, loops) ends at its `}` unless a method call follows, as in Rust.
  package func parseStatementExpression() throws -> (Expr, endsWithBlock: Bool) {
    guard beginsBlockLikeExpression() else {
      return (try parseExpression(), false)
    }
    let blockLike = try parsePrimary()
    if check(.dot) || check(.question) {
      return (try parseAssignment(leading: blockLike), false)
    }
    return (blockLike, true)
  }

  private func beginsBlockLikeExpression() -> Bool {
    switch current.kind {
    case .keyword(.if), .keyword(.match), .keyword(.loop), .keyword(.while), .keyword(.for),
      .keyword(.unsafe), .punctuation(.openBrace):
      true
    case .lifetime:
      check(.colon, at: 1)
    default:
      false
    }
  }

  // MARK: - Operators

  /// `leading`, when given, is an already parsed first operand.
  private func parseAssignment(leading: Expr?) throws -> Expr {
    try enterNesting()
    defer { nesting -= 1 }
    let target = try parseRange(leading: leading)
    guard case .punctuation(let punctuation) = current.kind else { return target }
    if punctuation == .equal {
      advance()
      let value = try parseAssignment(leading: nil)
      return expression(.assign(target: target, value: value), span: target.span.merged(with: value.span))
    }
    if let binary = Self.compoundOperator(punctuation) {
      advance()
      let value = try parseAssignment(leading: nil)
      return expression(
        .compoundAssign(binary, target: target, value: value), span: target.span.merged(with: value.span))
    }
    return target
  }

  private func parseRange(leading: Expr?) throws -> Expr {
    var low: Expr?
    if leading != nil || !(check(.dotDot) || check(.dotDotEqual)) {
      let operand = try parseBinary(minimumPrecedence: 1, leading: leading)
      if check(.dotDotDot) {
        throw Diagnostic(
          "unexpected token: `...`", at: current.span,
          notes: ["use `..` for an exclusive range or `..=` for an inclusive one"])
      }
      guard check(.dotDot) || check(.dotDotEqual) else { return operand }
      low = operand
    }
    let rangeToken = advance()
    let inclusive = rangeToken.kind == .punctuation(.dotDotEqual)
    var high: Expr?
    if beginsExpression(), !(check(.openBrace) && !structLiteralsAllowed) {
      high = try parseBinary(minimumPrecedence: 1, leading: nil)
    } else if inclusive {
      throw Diagnostic("inclusive range with no end", at: rangeToken.span)
    }
    let rangeStart = low?.span.start ?? rangeToken.span.start
    return expression(.range(low: low, high: high, inclusive: inclusive), from: rangeStart)
  }

  private func parseBinary(minimumPrecedence: Int, leading: Expr?) throws -> Expr {
    var left: Expr
    if let leading {
      left = try parsePostfix(leading)
    } else {
      left = try parseUnary()
    }
    var leftIsComparison = false
    // A left-associative chain (`1 + 1 + …`) deepens the tree without recursing here: each
    // link counts as one level, so the checker and the tree's release stay within the stack.
    var links = 0
    defer { nesting -= links }
    while true {
      if check(.as), Self.castPrecedence >= minimumPrecedence {
        try enterNesting()
        links += 1
        advance()
        let type = try parseCastType()
        left = expression(.cast(left, type), span: left.span.merged(with: type.span))
        leftIsComparison = false
        continue
      }
      guard case .punctuation(let punctuation) = current.kind,
        let (binary, precedence) = Self.binaryOperator(punctuation), precedence >= minimumPrecedence
      else { break }
      let isComparison = precedence == Self.comparisonPrecedence
      if isComparison, leftIsComparison {
        throw Diagnostic(
          "comparison operators cannot be chained", at: current.span,
          notes: ["split the comparison into two, joined by `&&`"])
      }
      try enterNesting()
      links += 1
      advance()
      let right = try parseBinary(minimumPrecedence: precedence + 1, leading: nil)
      left = expression(.binary(binary, left, right), span: left.span.merged(with: right.span))
      leftIsComparison = isComparison
    }
    return left
  }

  /// The type after `as`. `x as Box<i32>` names a type with generic arguments; `x as i64 < y`
  /// reads `<` as the start of `i64<…>` too, and when that is no type rustc rejects it with
  /// this message.
  private func parseCastType() throws -> TypeExpr {
    guard let name = pathSegment, check(.less, at: 1) || check(.shiftLeft, at: 1) else {
      return try parseType()
    }
    let start = position
    let (savedNesting, savedIDs, savedDiagnostics) = (nesting, nextExpressionID, diagnostics.count)
    do {
      let type = try parseType()
      // `x as u32 << 2`: `<<` opens no generic arguments, yet rustc reads it as if it did.
      if position > start + 1 { return type }
    } catch {
      if nestingLimitHit { throw error }
    }
    position = start
    nesting = savedNesting
    nextExpressionID = savedIDs
    diagnostics.removeSubrange(savedDiagnostics...)
    let isShift = check(.shiftLeft, at: 1)
    let (symbol, reading, verb) = isShift ? ("<<", "shift", "shifting") : ("<", "comparison", "comparing")
    throw Diagnostic(
      "`\(symbol)` is interpreted as a start of generic arguments for `\(name)`, not a \(reading)",
      at: tokens[position + 1].span, notes: ["try \(verb) the cast value: `(… as \(name)) \(symbol)`"])
  }

  private func parseUnary() throws -> Expr {
    let start = current.span.start
    let unary: UnaryOperator
    switch current.kind {
    case .punctuation(.minus): unary = .negate
    case .punctuation(.bang): unary = .not
    case .punctuation(.star): unary = .dereference
    case .punctuation(.ampersand), .punctuation(.ampersandAmpersand):
      return try parseReference()
    default:
      return try parsePostfix(try parsePrimary())
    }
    advance()
    try enterNesting()
    defer { nesting -= 1 }
    let operand = try parseUnary()
    return expression(.unary(unary, operand), from: start)
  }

  /// `&x`, `&mut x`, and `&&x` (a reference to a reference).
  private func parseReference() throws -> Expr {
    let start = current.span.start
    try enterNesting()
    defer { nesting -= 1 }
    if check(.ampersandAmpersand) {
      splitCurrent(leaving: .ampersand)
      let inner = try parseReference()
      return expression(.reference(mutable: false, inner), from: start)
    }
    advance()
    let mutable = eat(.mut)
    let operand = try parseUnary()
    return expression(.reference(mutable: mutable, operand), from: start)
  }

  // MARK: - Postfix

  private func parsePostfix(_ base: Expr) throws -> Expr {
    var result = base
    let start = base.span.start
    // `v[0][0]…` and `a.b.c…` chains nest like binary chains do (see `parseBinary`).
    var links = 0
    defer { nesting -= links }
    while true {
      switch current.kind {
      case .punctuation(.dot), .punctuation(.openParen), .punctuation(.openBracket):
        try enterNesting()
        links += 1
      default:
        break
      }
      switch current.kind {
      case .punctuation(.question):
        // `?` is kept as a method no one can write; the checker turns it into its `match`.
        advance()
        result = expression(
          .methodCall(receiver: result, method: "?", generics: [], arguments: []), from: start)
      case .punctuation(.dot):
        advance()
        result = try parseMemberAccess(on: result, start: start)
      case .punctuation(.openParen):
        let arguments = try parseArguments()
        result = expression(.call(callee: result, arguments: arguments), from: start)
      case .punctuation(.openBracket):
        let close = partners[position]
        advance()
        let index = try withStructLiterals(true) { parser throws in try parser.parseExpression() }
        guard position == close else { throw unexpected("`]`") }
        advance()
        openRangeConsumers.insert(index.id)
        result = expression(.index(result, index: index), from: start)
      default:
        return result
      }
    }
  }

  /// After a `.`: a method call, a named field, or tuple fields (`.0`, and `.0.1`, which the
  /// lexer reads as the float `0.1`).
  private func parseMemberAccess(on receiver: Expr, start: SourceLocation) throws -> Expr {
    switch current.kind {
    case .identifier(let name):
      advance()
      var generics: [TypeExpr] = []
      if check(.colonColon), check(.less, at: 1) {
        advance()
        generics = try parseGenericArguments()
        guard check(.openParen) else { throw unexpected("`(`") }
      }
      if check(.openParen) {
        let arguments = forwardingFunctions(in: try parseArguments(), method: name)
        openRangeConsumers.insert(receiver.id)
        for argument in arguments { openRangeConsumers.insert(argument.id) }
        return expression(
          .methodCall(receiver: receiver, method: name, generics: generics, arguments: arguments), from: start
        )
      }
      return expression(.field(receiver, name: name), from: start)
    case .keyword(.await):
      throw Diagnostic.unsupported("`.await` expressions", at: current.span)
    case .integer(let value, nil):
      advance()
      return expression(.field(receiver, name: String(value)), from: start)
    case .float(_, nil):
      let token = current
      let parts = text(of: token).split(separator: ".", omittingEmptySubsequences: false)
      guard parts.count == 2,
        parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
      else { throw Diagnostic("unexpected token: `\(text(of: token))`", at: token.span) }
      advance()
      var firstEnd = token.span.start
      firstEnd.column += parts[0].count
      let first = expression(
        .field(receiver, name: String(parts[0])), span: SourceSpan(start: start, end: firstEnd))
      return expression(.field(first, name: String(parts[1])), from: start)
    default:
      throw unexpected("identifier")
    }
  }

  /// `( a, b, )` at the current `(`.
  package func parseArguments() throws -> [Expr] {
    let close = partners[position]
    advance()
    var arguments: [Expr] = []
    let saved = structLiteralsAllowed
    structLiteralsAllowed = true
    defer { structLiteralsAllowed = saved }
    while position < close {
      arguments.append(try parseExpression())
      if position < close { try expect(.comma) }
    }
    advance()
    return arguments
  }

  /// Whether the current token can begin an expression (for `return`, `break` and `a..`).
  package func beginsExpression() -> Bool {
    switch current.kind {
    case .identifier, .integer, .float, .string, .character, .byte, .byteString, .lifetime: return true
    case .keyword(let keyword):
      switch keyword {
      case .self, .selfType, .super, .crate, .true, .false, .if, .match, .loop, .while, .for, .return,
        .break, .continue, .unsafe, .move, .async:
        return true
      default: return false
      }
    case .punctuation(let punctuation):
      switch punctuation {
      case .openParen, .openBracket, .openBrace, .minus, .bang, .star, .ampersand, .ampersandAmpersand,
        .pipe, .pipePipe, .dotDot, .dotDotEqual, .less, .colonColon:
        return true
      default: return false
      }
    case .endOfFile: return false
    }
  }
}
