import MemoryModel

/// `std::sync::atomic`: `AtomicUsize`, `AtomicBool`, `AtomicI32`, … Each is a struct of one
/// field, the integer (or bool) inside, so it has that value's size and alignment (rustc 1.95:
/// `AtomicUsize` 8/8, `AtomicBool` 1/1, `AtomicI32` 4/4). The methods take `&self` and
/// change the value in place; the `Ordering` argument is checked and then dropped, because
/// memtutor runs one statement at a time, which every ordering allows.
extension Checker {
  /// The atomic types and the value each holds.
  package static let atomicValueTypes: [String: TypeTerm] = [
    "AtomicBool": .bool, "AtomicUsize": .usize, "AtomicIsize": .integer(.isize), "AtomicI8": .integer(.i8),
    "AtomicU8": .integer(.u8), "AtomicI16": .integer(.i16), "AtomicU16": .integer(.u16),
    "AtomicI32": .integer(.i32), "AtomicU32": .integer(.u32), "AtomicI64": .integer(.i64),
    "AtomicU64": .integer(.u64),
  ]
  static let atomicOrderings: Set<String> = ["Relaxed", "Release", "Acquire", "AcqRel", "SeqCst"]

  /// Declares the atomic type `name` (once); nil when `name` is not one.
  @discardableResult
  func declareAtomic(_ name: String) -> TypeTerm? {
    guard let value = Self.atomicValueTypes[name] else { return nil }
    if structs[name] == nil {
      structs[name] = StructInfo(
        name: name, fields: [("v", value)], shape: .named, derives: ["Debug"], span: .unknown)
    }
    return .structure(name)
  }

  /// `AtomicUsize::new(v)` (also `std::sync::atomic::AtomicUsize::new`); nil for another path.
  func checkAtomicCall(_ path: [String], arguments: [Expr], span: SourceSpan, calleeSpan: SourceSpan)
    -> TypedExpr?
  {
    var path = path
    if path.starts(with: ["std", "sync", "atomic"]) { path.removeFirst(3) }
    guard path.count == 2, Self.atomicValueTypes[path[0]] != nil,
      structs[path[0]]?.span == .unknown
        || structs[path[0]] == nil
    else { return nil }
    guard path[1] == "new" else {
      unsupported("the function `\(path[0])::\(path[1])`", at: calleeSpan)
      return invalid(span)
    }
    guard arguments.count == 1, let type = declareAtomic(path[0]), let value = Self.atomicValueTypes[path[0]]
    else {
      argumentCountError(expected: 1, found: arguments.count, span: span)
      return invalid(span)
    }
    let checked = coerce(checkExpression(arguments[0]), to: value)
    return typed(.builtin(.atomic("new"), arguments: [checked]), type, span)
  }

  /// A method of an atomic, reached through references, `Box` and `Arc`; nil when the receiver
  /// is not an atomic.
  func checkAtomicMethod(_ receiver: TypedExpr, method: String, arguments: [Expr], span: SourceSpan)
    -> TypedExpr?
  {
    var current = receiver
    for _ in 0..<8 {
      switch table.shallow(current.type) {
      case .reference(let inner, _), .box(let inner), .arc(let inner):
        current = typed(.deref(current), inner, current.span)
        continue
      case .structure(let name):
        guard let value = Self.atomicValueTypes[name], structs[name]?.span == .unknown else { return nil }
        return checkAtomicMethod(
          current, name: name, value: value, method: method, arguments: arguments, span: span)
      default:
        return nil
      }
    }
    return nil
  }

  private func checkAtomicMethod(
    _ atomic: TypedExpr, name: String, value: TypeTerm, method: String, arguments: [Expr], span: SourceSpan
  ) -> TypedExpr? {
    // (value arguments, orderings, result)
    let isInteger = value != .bool
    let shape: (values: Int, orderings: Int, result: TypeTerm)
    switch method {
    case "load": shape = (0, 1, value)
    case "store": shape = (1, 1, .unit)
    case "swap": shape = (1, 1, value)
    case "fetch_add", "fetch_sub", "fetch_max", "fetch_min", "fetch_and", "fetch_or", "fetch_xor":
      guard isInteger || ["fetch_and", "fetch_or", "fetch_xor"].contains(method) else {
        unsupported("the method `\(name)::\(method)`", at: span)
        return invalid(span)
      }
      shape = (1, 1, value)
    case "compare_exchange": shape = (2, 2, .result(value, value))
    case "into_inner":
      guard arguments.isEmpty else {
        argumentCountError(expected: 0, found: arguments.count, span: span, isMethod: true)
        return invalid(span)
      }
      return typed(.builtin(.atomic("into_inner"), arguments: [atomic]), value, span)
    default:
      unsupported("the method `\(name)::\(method)`", at: span)
      return invalid(span)
    }
    guard arguments.count == shape.values + shape.orderings else {
      argumentCountError(
        expected: shape.values + shape.orderings, found: arguments.count, span: span, isMethod: true)
      return invalid(span)
    }
    let values = arguments.prefix(shape.values).map { coerce(checkExpression($0), to: value) }
    var orderings: [String] = []
    for ordering in arguments.suffix(shape.orderings) {
      guard let name = checkAtomicOrdering(ordering) else { return invalid(span) }
      orderings.append(name)
    }
    if let last = arguments.last, !checkOrderingAllowed(method: method, orderings, at: last.span) {
      return invalid(span)
    }
    let reference = typed(
      .addressOf(atomic, mutable: false), .reference(atomic.type, mutable: false), atomic.span)
    return typed(.builtin(.atomic(method), arguments: [reference] + values), shape.result, span)
  }

  /// `Ordering::SeqCst` (with `use std::sync::atomic::Ordering;`), `atomic::Ordering::Relaxed`,
  /// `std::sync::atomic::Ordering::Acquire`. False (reported) for anything else.
  private func checkAtomicOrdering(_ expr: Expr) -> String? {
    if case .path(let raw, _) = expr.kind {
      let path = expandPath(raw)
      if path.count == 5, path.starts(with: ["std", "sync", "atomic", "Ordering"]),
        Self.atomicOrderings.contains(path[4])
      {
        return path[4]
      }
      // Without `use std::sync::atomic::Ordering;`: rustc's E0433 at the type's name.
      if refuseUnimportedOrdering(raw, span: expr.span) { return nil }
    }
    unsupported(
      "an atomic ordering other than `Ordering::Relaxed`, `Acquire`, `Release`, `AcqRel` or `SeqCst` written in the call",
      at: expr.span)
    return nil
  }

  /// rustc's `invalid_atomic_ordering` lint, an error by default: a load cannot release, a
  /// store cannot acquire, and a failed `compare_exchange` writes nothing.
  private func checkOrderingAllowed(method: String, _ orderings: [String], at span: SourceSpan) -> Bool {
    let releasing = ["Release", "AcqRel"]
    var diagnostic: Diagnostic
    switch method {
    case "load" where releasing.contains(orderings.last ?? ""):
      diagnostic = Diagnostic("atomic loads cannot have `Release` or `AcqRel` ordering", at: span)
    case "store" where ["Acquire", "AcqRel"].contains(orderings.last ?? ""):
      diagnostic = Diagnostic("atomic stores cannot have `Acquire` or `AcqRel` ordering", at: span)
    case "compare_exchange" where releasing.contains(orderings.last ?? ""):
      diagnostic = Diagnostic(
        "`compare_exchange`'s failure ordering may not be `Release` or `AcqRel`, since a failed `compare_exchange` does not result in a write",
        at: span)
      diagnostic.primaryLabel = "invalid failure ordering"
    default:
      return true
    }
    diagnostics.append(diagnostic)
    return false
  }
}
