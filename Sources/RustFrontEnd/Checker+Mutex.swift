import MemoryModel

/// `std::sync::Mutex<T>`: `Mutex::new(value)`, `m.lock()` (through `&`, `Arc` and `Box`) and the
/// `MutexGuard` it returns, which dereferences to the value and unlocks when it is dropped.
/// Each is a struct of the library's own fields, one per `T`: `Mutex<i32>` is the futex word,
/// the poison flag and the value (12 bytes, as rustc 1.95 lays it out); the guard is the
/// reference to the mutex and the flag that says whether the thread was panicking.
extension Checker {
  package static let mutexPrefix = "Mutex<"
  package static let mutexGuardPrefix = "MutexGuard<'_, "
  package static let poisonErrorPrefix = "PoisonError<"

  /// The value type a `MutexGuard` dereferences to.
  package func guardTarget(_ type: TypeTerm) -> TypeTerm? {
    guard case .structure(let name) = type, name.hasPrefix(Self.mutexGuardPrefix) else { return nil }
    return mutexValues[name]
  }

  /// `Mutex::new(value)`; nil when `path` is not a `Mutex` function.
  func checkMutexCall(_ path: [String], arguments: [Expr], span: SourceSpan) -> TypedExpr? {
    var path = path
    if path.first == "std" { path.removeFirst() }
    if path.count == 3, path[0] == "sync" { path.removeFirst() }
    guard path.count == 2, path[0] == "Mutex" else { return nil }
    guard path[1] == "new" else {
      unsupported("the function `Mutex::\(path[1])`", at: span)
      return invalid(span)
    }
    guard arguments.count == 1 else {
      argumentCountError(expected: 1, found: arguments.count, span: span)
      return invalid(span)
    }
    let value = checkExpression(arguments[0])
    if table.resolve(value.type).containsVariables, let wanted = annotatedInitializer?.type {
      // `let m: Mutex<Vec<i32>> = Mutex::new(Vec::new());`: the annotation says what the
      // value is (also through `Arc<…>` and the like), as rustc's inference does.
      for candidate in mutexValueTypes(in: wanted) where table.unify(value.type, candidate) { break }
    }
    guard let mutex = mutexType(holding: value.type, at: span) else { return invalid(span) }
    return typed(.builtin(.mutex("new"), arguments: [value]), mutex, span)
  }

  /// The value types of the mutexes written in `type` (`Arc<Mutex<Vec<i32>>>` holds `Vec<i32>`).
  private func mutexValueTypes(in type: TypeTerm) -> [TypeTerm] {
    switch table.shallow(type) {
    case .structure(let name) where name.hasPrefix(Self.mutexPrefix):
      return mutexValues[name].map { [$0] } ?? []
    case .arc(let inner), .box(let inner), .rc(let inner), .option(let inner), .vec(let inner),
      .reference(let inner, _), .array(let inner, _):
      return mutexValueTypes(in: inner)
    case .tuple(let items):
      return items.flatMap { mutexValueTypes(in: $0) }
    default:
      return []
    }
  }

  /// `m.lock()` on a `Mutex`, reached through references, `Box` and `Arc`; nil otherwise.
  func checkLock(_ receiver: TypedExpr, method: String, arguments: [Expr], span: SourceSpan) -> TypedExpr? {
    // `a.clone()` on an `Arc<Mutex<T>>` (or a `&Mutex<T>`) clones the handle, found before the
    // mutex by the ordinary method lookup.
    guard method != "clone" else { return nil }
    var current = receiver
    for _ in 0..<8 {
      switch table.shallow(current.type) {
      case .reference(let inner, _), .box(let inner), .arc(let inner):
        current = typed(.deref(current), inner, current.span)
        continue
      case .structure(let name) where name.hasPrefix(Self.mutexPrefix):
        guard method == "lock" else {
          unsupported("the method `Mutex::\(method)`", at: span)
          return invalid(span)
        }
        guard arguments.isEmpty, mutexValues[name] != nil else {
          argumentCountError(expected: 0, found: arguments.count, span: span, isMethod: true)
          return invalid(span)
        }
        let guardName = mutexGuards[name] ?? name
        let guardType = TypeTerm.structure(guardName)
        let reference = typed(
          .addressOf(current, mutable: false), .reference(current.type, mutable: false), current.span)
        let error = TypeTerm.structure("\(Self.poisonErrorPrefix)\(guardName)>")
        return typed(.builtin(.mutex("lock"), arguments: [reference]), .result(guardType, error), span)
      default:
        return nil
      }
    }
    return nil
  }

  /// `Mutex<T>` and its guard and poison error, declared once per `T`. A `T` not known yet
  /// (`Mutex::new(0)`, `Mutex::new(Vec::new())`) gets a mutex type of this call's own, an
  /// instance still being inferred (`Mutex<{integer}>`), so a later use settles it as rustc's
  /// inference does (`get(&m)` with `m: &Mutex<u64>`); `settleMutexes` names it at the end.
  func mutexType(holding value: TypeTerm, at span: SourceSpan) -> TypeTerm? {
    let resolved = table.resolve(value)
    let isPending = resolved.containsVariables
    var name = "\(Self.mutexPrefix)\(isPending ? table.displayName(resolved) : resolved.name)>"
    if isPending {
      var number = 2
      let base = name
      while structs[name] != nil {
        name = "\(base) #\(number)"
        number += 1
      }
      pendingMutexes.append(name)
    }
    let guardName = "\(Self.mutexGuardPrefix)\(name.dropFirst(Self.mutexPrefix.count))"
    let errorName = "\(Self.poisonErrorPrefix)\(guardName)>"
    if structs[name] == nil {
      structs[name] = StructInfo(
        name: name, fields: [("futex", .integer(.u32)), ("poison", .bool), ("data", resolved)], shape: .named,
        derives: [], span: span)
      mutexValues[name] = resolved
      mutexGuards[name] = guardName
      structs[guardName] = StructInfo(
        name: guardName,
        fields: [("lock", .reference(.structure(name), mutable: false)), ("panicking", .bool)],
        shape: .named, derives: [], span: span)
      mutexValues[guardName] = resolved
      structs[errorName] = StructInfo(
        name: errorName, fields: [("guard", .structure(guardName))], shape: .named, derives: ["Debug"],
        span: span)
    }
    // Instances of `Mutex`, `MutexGuard` and `PoisonError` unify argument by argument.
    let arguments = [isPending ? value : resolved]
    for (typeName, base) in [(name, "Mutex"), (guardName, "MutexGuard"), (errorName, "PoisonError")]
    where table.instances[typeName] == nil {
      let instance = TypeInstance(base: base, arguments: arguments, isEnum: false, isInferred: isPending)
      table.instances[typeName] = instance
      if !isPending { mutexInstances[typeName] = instance }
    }
    return .structure(name)
  }

  /// Each mutex made in this function whose value type is known by now becomes the mutex type
  /// of that value (`Mutex<{integer}>` is `Mutex<u64>` once passed as one, `Mutex<i32>` when
  /// nothing said more); `final` reports the ones still unknown (E0282) and keeps them as made.
  func settleMutexes(final: Bool) {
    var waiting: [String] = []
    for name in pendingMutexes {
      guard var info = structs[name], let value = mutexValues[name] else { continue }
      let resolved = table.resolve(value)
      if !resolved.containsVariables,
        case .structure(let settled)? = mutexType(holding: resolved, at: info.span)
      {
        let guardName = mutexGuards[name] ?? name
        table.settledInstances[name] = .structure(settled)
        table.settledInstances[guardName] = .structure(mutexGuards[settled] ?? settled)
        table.settledInstances["\(Self.poisonErrorPrefix)\(guardName)>"] = .structure(
          "\(Self.poisonErrorPrefix)\(mutexGuards[settled] ?? settled)>")
      } else if !final {
        waiting.append(name)
        continue
      } else {
        var diagnostic = Diagnostic("type annotations needed", at: info.span)
        diagnostic.code = "E0282"
        diagnostics.append(diagnostic)
      }
      // The instance made here stays declared (its types resolved), as the typed tree names it.
      info.fields = info.fields.map { ($0.name, table.resolve($0.type)) }
      structs[name] = info
      mutexValues[name] = resolved
      if let guardName = mutexGuards[name] { mutexValues[guardName] = resolved }
    }
    pendingMutexes = waiting
  }
}
