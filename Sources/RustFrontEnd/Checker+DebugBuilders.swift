import MemoryModel

/// `f.debug_struct("P").field("x", &self.x).finish()` and std's other `fmt` builders
/// (`debug_tuple`, `debug_list`, `debug_set`, `debug_map`) in a hand-written `fmt`. The chain,
/// written as one expression ending in `finish()`, becomes one call (`Builtin.debugBuilder`)
/// that writes what std's builders write; a field whose type has its own `Debug` is its `fmt`
/// called with a formatter of the same options, as std passes it on. A builder kept in a
/// variable is refused: memtutor does not model its borrow of the formatter.
extension Checker {
  static let debugBuilderConstructors: Set<String> = [
    "debug_struct", "debug_tuple", "debug_list", "debug_set", "debug_map",
  ]
  static let debugBuilderMethods: Set<String> = [
    "field", "entry", "entries", "key", "value", "finish", "finish_non_exhaustive", "field_with",
    "entry_with", "key_with", "value_with",
  ]

  private struct BuilderCall {
    var method: String
    var generics: [TypeExpr]
    var arguments: [Expr]
    var nameSpan: SourceSpan
  }

  /// The chain's one call, or nil when `method` is no part of a builder chain on a
  /// `debug_*` constructor (a program's own `field` or `finish` methods).
  func checkDebugBuilderChain(
    receiver: Expr, method: String, generics: [TypeExpr], arguments: [Expr], span: SourceSpan
  ) -> TypedExpr? {
    var calls: [BuilderCall] = []
    var formatterExpr = receiver
    var constructor = BuilderCall(
      method: method, generics: generics, arguments: arguments,
      nameSpan: methodNameSpan(receiver: receiver, method: method, span: span))
    if !Self.debugBuilderConstructors.contains(method) {
      guard Self.debugBuilderMethods.contains(method) else { return nil }
      calls.append(constructor)
      var current = receiver
      while true {
        guard case .methodCall(let inner, let name, let innerGenerics, let innerArguments) = current.kind
        else {
          return nil
        }
        let call = BuilderCall(
          method: name, generics: innerGenerics, arguments: innerArguments,
          nameSpan: methodNameSpan(receiver: inner, method: name, span: current.span))
        if Self.debugBuilderConstructors.contains(name) {
          constructor = call
          formatterExpr = inner
          break
        }
        guard Self.debugBuilderMethods.contains(name) else { return nil }
        calls.append(call)
        current = inner
      }
    }
    let base = checkExpression(formatterExpr)
    var formatter: TypedExpr
    switch table.shallow(base.type) {
    case .reference(let inner, true) where table.shallow(inner) == .structure(Self.formatterName):
      formatter = borrow(typed(.deref(base), inner, base.span), mutable: true)
    case .structure(Self.formatterName) where usesStandardFormatter:
      formatter = borrow(base, mutable: true)
    case .never:
      return invalid(span)
    default:
      unsupported("`\(constructor.method)` on anything but a `fmt::Formatter`", at: constructor.nameSpan)
      return invalid(span)
    }
    guard let finish = calls.first, finish.method == "finish" || finish.method == "finish_non_exhaustive"
    else {
      unsupported(
        "`Formatter::\(constructor.method)` except in one expression ending in `finish()`",
        at: constructor.nameSpan)
      return invalid(span)
    }
    guard let kind = builderKind(constructor) else { return invalid(span) }
    if case .structure = kind {
    } else if finish.method == "finish_non_exhaustive" {
      unsupported("`finish_non_exhaustive` on builders other than `debug_struct`", at: finish.nameSpan)
      return invalid(span)
    }
    guard finish.arguments.isEmpty, finish.generics.isEmpty else {
      unsupported("`\(finish.method)` with arguments", at: finish.nameSpan)
      return invalid(span)
    }
    var steps: [DebugBuilderPlan.Step] = []
    var values: [TypedExpr] = [formatter]
    for call in calls.dropFirst().reversed() {
      guard call.generics.isEmpty, let step = builderStep(call, kind: kind, values: &values) else {
        return invalid(span)
      }
      steps.append(step)
    }
    let plan = DebugBuilderPlan(
      kind: kind, steps: steps, nonExhaustive: finish.method == "finish_non_exhaustive")
    return typed(
      .builtin(.debugBuilder(plan), arguments: values), .result(.unit, .structure(Self.formatErrorName)), span
    )
  }

  /// `debug_struct("P")`, `debug_tuple("P")`, `debug_list()`, …; nil (refused) for a name that
  /// is not written as a literal.
  private func builderKind(_ constructor: BuilderCall) -> DebugBuilderPlan.Kind? {
    let named = constructor.method == "debug_struct" || constructor.method == "debug_tuple"
    guard constructor.generics.isEmpty, constructor.arguments.count == (named ? 1 : 0) else {
      unsupported("`\(constructor.method)` called this way", at: constructor.nameSpan)
      return nil
    }
    switch constructor.method {
    case "debug_list": return .list
    case "debug_set": return .set
    case "debug_map": return .map
    default: break
    }
    guard case .string(let name) = constructor.arguments[0].kind else {
      unsupported(
        "`\(constructor.method)` with a name that is not a string literal", at: constructor.arguments[0].span)
      return nil
    }
    return constructor.method == "debug_struct" ? .structure(name) : .tuple(name)
  }

  /// One `field`/`entry`/`entries` call: its step, its values appended to `values`.
  private func builderStep(_ call: BuilderCall, kind: DebugBuilderPlan.Kind, values: inout [TypedExpr])
    -> DebugBuilderPlan.Step?
  {
    switch (kind, call.method, call.arguments.count) {
    case (.structure, "field", 2):
      guard case .string(let name) = call.arguments[0].kind else {
        unsupported("`field` with a name that is not a string literal", at: call.arguments[0].span)
        return nil
      }
      guard let (value, rendered) = builderValue(call.arguments[1]) else { return nil }
      values.append(value)
      return .field(name: name, rendered: rendered)
    case (.tuple, "field", 1), (.list, "entry", 1), (.set, "entry", 1):
      guard let (value, rendered) = builderValue(call.arguments[0]) else { return nil }
      values.append(value)
      return .field(name: nil, rendered: rendered)
    case (.map, "entry", 2):
      guard let (key, keyRendered) = builderValue(call.arguments[0]),
        let (value, valueRendered) = builderValue(call.arguments[1])
      else { return nil }
      values += [key, value]
      return .mapEntry(keyRendered: keyRendered, valueRendered: valueRendered)
    case (.list, "entries", 1), (.set, "entries", 1), (.map, "entries", 1):
      guard let collection = builderCollection(call.arguments[0], map: kind == .map) else { return nil }
      values.append(collection)
      return .entries
    default:
      unsupported("`\(call.method)` on this `fmt` builder", at: call.nameSpan)
      return nil
    }
  }

  /// A `&dyn Debug` argument: the reference itself, or the call of the `fmt` its type has by hand.
  private func builderValue(_ expr: Expr) -> (TypedExpr, Bool)? {
    let value = checkExpression(expr)
    let inner: TypeTerm
    switch table.shallow(value.type) {
    case .reference(let referent, _): inner = referent
    case .never: return nil
    default:
      error(
        "mismatched types: expected `&dyn Debug`, found `\(table.displayName(value.type))`",
        at: sourceSpan(of: value))
      return nil
    }
    guard hasDebug(inner) else {
      error("`\(table.displayName(inner))` doesn't implement `Debug`", at: sourceSpan(of: value))
      return nil
    }
    if let function = debugFunction(for: inner) {
      guard let call = displayCall(function, value: value, spec: FormatString.Spec(), derived: true) else {
        return nil
      }
      return (call, true)
    }
    guard !holdsHandWrittenDebug(inner) else {
      unsupported("a `fmt` builder's value that holds a type with a hand-written `Debug`", at: value.span)
      return nil
    }
    return (value, false)
  }

  /// `entries(v.iter())`, `entries(&v)` over a `Vec`, array or slice (a `HashMap`'s for a
  /// map): a reference to the collection, whose elements the builder writes.
  private func builderCollection(_ expr: Expr, map: Bool) -> TypedExpr? {
    var collection: TypedExpr
    if case .methodCall(let source, "iter", let generics, let arguments) = expr.kind, generics.isEmpty,
      arguments.isEmpty
    {
      collection = checkExpression(source)
    } else if case .reference(false, let source) = expr.kind {
      collection = checkExpression(source)
    } else {
      unsupported("`entries` of anything but `v.iter()` or `&v`", at: expr.span)
      return nil
    }
    var target = collection.type
    while case .reference(let inner, _) = table.shallow(target) { target = inner }
    let element: TypeTerm
    switch (table.shallow(target), map) {
    case (.vec(let item), false), (.array(let item, _), false), (.slice(let item), false): element = item
    case (.hashMap(let key, let value, false, false), true): element = .tuple([key, value])
    case (.never, _): return nil
    default:
      unsupported("`entries` of this collection", at: expr.span)
      return nil
    }
    guard hasDebug(element), !holdsHandWrittenDebug(element) else {
      unsupported("`entries` of values whose `Debug` memtutor does not write itself", at: expr.span)
      return nil
    }
    if case .reference = table.shallow(collection.type) {
      return collection
    }
    return borrow(collection, mutable: false)
  }
}
