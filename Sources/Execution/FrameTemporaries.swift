import MemoryModel
import RustFrontEnd

/// memtutor's estimate of the bytes a debug build (`rustc`, no `-O`) gives a function's
/// temporaries on top of its parameters and locals.
///
/// At opt-level 0 every value that lives across a branch or a call is spilled to a slot of
/// its own, and rustc's overflow and bounds checks are branches. The estimate counts, from the
/// checked body, what such slots hold (measured with rustc 1.95 on x86_64 from the `sub rsp`
/// of each function):
/// - the return value, or the 8-byte pointer to the caller's place for one over 16 bytes;
/// - each overflow-checked `+`, `-`, `*` (and `+=`, `-=`, `*=`, unary `-`): its result, unless
///   a `let` binds it (then the local is that slot);
/// - an operand or argument computed before a later one that branches or calls (`fib(n - 1)`
///   in `fib(n - 1) + fib(n - 2)`): it is kept across, unless its own check already spilled it;
/// - each `println!`/`format!` argument: a `fmt::Argument` built and copied (2 × 16 bytes);
/// - in a function that owns a value needing a destructor, every call may unwind: each
///   call result of up to 16 bytes is spilled, `Box::new` and `vec!` keep their allocation,
///   and each owned value adds a landing pad (exception pointer and selector, 16 bytes) to
///   one resume slot (8 bytes).
/// It is a model: `RecursionDepthTests` keeps it within 10 % of rustc's frames.
struct FrameTemporaries {
  private let resolve: (TypeTerm) -> TypeTerm
  private let size: (TypeTerm) -> Int
  private let ownsDroppable: Bool
  private(set) var bytes = 0

  init(
    function: CheckedFunction, resolve: @escaping (TypeTerm) -> TypeTerm, size: @escaping (TypeTerm) -> Int,
    needsDrop: (TypeTerm) -> Bool
  ) {
    self.resolve = resolve
    self.size = size
    let droppable = function.locals.filter { needsDrop($0.type) }.count
    ownsDroppable = droppable > 0
    if ownsDroppable {
      bytes += 8 + 16 * droppable
    } else if needsDrop(function.returnType) {
      // The owned value being built for the caller is dropped if a call unwinds.
      bytes += 16
    }
    let returned = size(function.returnType)
    if returned > 16 {
      bytes += 8
    } else if Self.returnsFromSeveralPlaces(function.body) {
      bytes += returned
    }
    visit(function.body)
  }

  /// Whether the returned value is stored by several paths (`return`, `if`/`match` arms) and
  /// loaded by the epilogue, so it has a slot; a single tail expression returns its value as is.
  private static func returnsFromSeveralPlaces(_ body: TypedBlock) -> Bool {
    if let tail = body.tail {
      switch tail.kind {
      case .ifElse, .ifLet, .match, .block: return true
      default: break
      }
    }
    return containsReturn(body)
  }

  private static func containsReturn(_ block: TypedBlock) -> Bool {
    for statement in block.statements {
      switch statement.kind {
      case .binding(_, let value, let elseBlock):
        if let value, containsReturn(value) { return true }
        if let elseBlock, containsReturn(elseBlock) { return true }
      case .expression(let expression):
        if containsReturn(expression) { return true }
      }
    }
    return block.tail.map(containsReturn) ?? false
  }

  private static func containsReturn(_ expression: TypedExpr) -> Bool {
    if case .returnValue = expression.kind { return true }
    return expression.children.contains { child in
      switch child {
      case .expression(let inner): return containsReturn(inner)
      case .block(let inner): return containsReturn(inner)
      }
    }
  }

  private mutating func visit(_ block: TypedBlock) {
    for statement in block.statements {
      switch statement.kind {
      case .binding(_, let value, let elseBlock):
        // The bound local is the slot of the value a `let` computes.
        if let value { visit(value, bound: true) }
        if let elseBlock { visit(elseBlock) }
      case .expression(let expression):
        visit(expression)
      }
    }
    if let tail = block.tail { visit(tail) }
  }

  private mutating func visit(_ expression: TypedExpr, bound: Bool = false) {
    bytes += ownBytes(of: expression)
    // The bound local is the result's slot.
    if bound { bytes -= resultBytes(of: expression) }
    bytes += keptOperandBytes(of: expression)
    for child in expression.children {
      switch child {
      case .expression(let inner): visit(inner)
      case .block(let inner): visit(inner)
      }
    }
  }

  /// The part of `ownBytes` that is the expression's result.
  private func resultBytes(of expression: TypedExpr) -> Int {
    switch expression.kind {
    case .arithmetic, .compoundAssign, .negate, .call: return ownBytes(of: expression)
    case .builtin(let builtin, _) where builtin != .boxNew: return ownBytes(of: expression)
    case .format: return 24
    default: return 0
    }
  }

  private func ownBytes(of expression: TypedExpr) -> Int {
    switch expression.kind {
    case .arithmetic, .compoundAssign, .negate:
      return isCheckedArithmetic(expression) ? resultSize(expression) : 0
    case .format(_, let arguments):
      return 24 + 32 * arguments.count
    case .print(_, _, let arguments), .panic(_, let arguments):
      return 32 * arguments.count
    case .builtin(.boxNew, _):
      return ownsDroppable ? 16 : 0
    case .vecList, .vecRepeat:
      return ownsDroppable ? 16 : 0
    case .deref(let inner):
      // The alignment check of the box's pointer.
      if case .box = resolve(inner.type) { return 16 }
      return 0
    case .call, .builtin:
      let result = size(expression.type)
      return ownsDroppable && result <= 16 ? result : 0
    default:
      return 0
    }
  }

  /// Operands evaluated before a later operand that branches or calls stay in slots.
  private func keptOperandBytes(of expression: TypedExpr) -> Int {
    let operands: [TypedExpr]
    switch expression.kind {
    case .arithmetic(_, let left, let right), .comparison(_, let left, let right): operands = [left, right]
    case .call(_, let arguments): operands = arguments
    default: return 0
    }
    var kept = 0
    for (index, operand) in operands.enumerated().dropLast()
    where operands[(index + 1)...].contains(where: branches) {
      kept += keptBytes(of: operand)
    }
    return kept
  }

  /// What of a value computed before a branch stays in a slot: the value, unless its own
  /// check spilled it already; of a tuple built there, such fields; of a struct, also its
  /// address (measured: `walk(Point { x: p.x + 1, y: p.y - 1 }, n - 1)`).
  private func keptBytes(of operand: TypedExpr) -> Int {
    switch operand.kind {
    case .tuple(let items): return items.reduce(0) { $0 + keptBytes(of: $1) }
    case .structLiteral(_, let fields, _): return 8 + fields.reduce(0) { $0 + keptBytes(of: $1.value) }
    default: return isComputed(operand) && !isCheckedArithmetic(operand) ? size(operand.type) : 0
    }
  }

  /// Whether evaluating the expression makes a new value (not a local, literal or constant read).
  private func isComputed(_ expression: TypedExpr) -> Bool {
    switch expression.kind {
    case .integer, .float, .boolean, .character, .string, .unit, .local, .global: return false
    case .coerce(_, let inner), .addressOf(let inner, _): return isComputed(inner)
    default: return true
    }
  }

  /// Whether evaluating the expression passes a check or a call (a branch in the debug build).
  private func branches(_ expression: TypedExpr) -> Bool {
    switch expression.kind {
    case .call, .builtin, .index, .format: return true
    case .arithmetic(let op, let left, let right) where op == .divide || op == .remainder:
      // Division by a literal other than 0 and -1 needs no check.
      if case .integer(let divisor) = right.kind, divisor != 0, divisor != -1 { return branches(left) }
      return true
    default:
      if isCheckedArithmetic(expression) { return true }
      return expression.children.contains { child in
        if case .expression(let inner) = child { return branches(inner) }
        return true
      }
    }
  }

  private func isCheckedArithmetic(_ expression: TypedExpr) -> Bool {
    switch expression.kind {
    case .arithmetic(let op, _, _), .compoundAssign(let op, _, _):
      return [.add, .subtract, .multiply].contains(op) && resolve(operandType(expression)).isInteger
    case .negate:
      return resolve(expression.type).isInteger
    default:
      return false
    }
  }

  private func resultSize(_ expression: TypedExpr) -> Int { size(operandType(expression)) }

  /// A compound assignment has the unit type: its target's type is the operation's.
  private func operandType(_ expression: TypedExpr) -> TypeTerm {
    if case .compoundAssign(_, let target, _) = expression.kind { return target.type }
    return expression.type
  }
}
