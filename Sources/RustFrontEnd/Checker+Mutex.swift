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
  package static let rwLockPrefix = "RwLock<"
  package static let readGuardPrefix = "RwLockReadGuard<'_, "
  package static let writeGuardPrefix = "RwLockWriteGuard<'_, "

  /// `MutexGuard`, `RwLockReadGuard` and `RwLockWriteGuard`: their drop releases the lock.
  package static func isLockGuardName(_ name: String) -> Bool {
    name.hasPrefix(mutexGuardPrefix) || name.hasPrefix(readGuardPrefix) || name.hasPrefix(writeGuardPrefix)
  }

  /// Whether the struct is a `Mutex<T>` or an `RwLock<T>`.
  package static func isLockName(_ name: String) -> Bool {
    name.hasPrefix(mutexPrefix) || name.hasPrefix(rwLockPrefix)
  }

  /// The value type a lock's guard dereferences to.
  package func guardTarget(_ type: TypeTerm) -> TypeTerm? {
    guard case .structure(let name) = type, Self.isLockGuardName(name) else { return nil }
    return mutexValues[name]
  }

  /// Whether the guard gives only shared access (an `RwLockReadGuard`).
  func isReadGuard(_ type: TypeTerm) -> Bool {
    guard case .structure(let name) = type else { return false }
    return name.hasPrefix(Self.readGuardPrefix)
  }

  /// `Mutex::new(value)`; nil when `path` is not a `Mutex` function.
  func checkMutexCall(_ path: [String], arguments: [Expr], span: SourceSpan) -> TypedExpr? {
    var path = path
    if path.first == "std" { path.removeFirst() }
    if path.count == 3, path[0] == "sync" { path.removeFirst() }
    guard path.count == 2, path[0] == "Mutex" || path[0] == "RwLock" else { return nil }
    let isRwLock = path[0] == "RwLock"
    guard path[1] == "new" else {
      unsupported("the function `\(path[0])::\(path[1])`", at: span)
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
    guard let mutex = mutexType(holding: value.type, at: span, rwLock: isRwLock) else { return invalid(span) }
    return typed(.builtin(.mutex(isRwLock ? "rwlock new" : "new"), arguments: [value]), mutex, span)
  }

  /// The value types of the mutexes written in `type` (`Arc<Mutex<Vec<i32>>>` holds `Vec<i32>`).
  private func mutexValueTypes(in type: TypeTerm) -> [TypeTerm] {
    switch table.shallow(type) {
    case .structure(let name) where Self.isLockName(name):
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
        return lockCall(current, guardName: guardName, builtin: "lock", span: span)
      case .structure(let name) where name.hasPrefix(Self.rwLockPrefix):
        guard method == "read" || method == "write" else {
          unsupported("the method `RwLock::\(method)`", at: span)
          return invalid(span)
        }
        guard arguments.isEmpty, mutexValues[name] != nil else {
          argumentCountError(expected: 0, found: arguments.count, span: span, isMethod: true)
          return invalid(span)
        }
        let guardName = (method == "read" ? readGuards[name] : mutexGuards[name]) ?? name
        return lockCall(current, guardName: guardName, builtin: method, span: span)
      default:
        return nil
      }
    }
    return nil
  }

  /// A method neither `Mutex` nor `RwLock` has (`m.clone()`: neither is `Clone`), called on the
  /// lock itself: rustc's E0599 at the method's name, naming the type as declared.
  func reportMissingLockMethod(_ receiver: TypedExpr, method: String, methodSpan: SourceSpan) -> Bool {
    guard case .structure(let name) = table.shallow(receiver.type), Self.isLockName(name) else {
      return false
    }
    let isMutex = name.hasPrefix(Self.mutexPrefix)
    let known = isMutex ? StandardMethodNames.mutex : StandardMethodNames.rwLock
    // A trait of the program's own may give the lock this method: never an error then.
    guard !known.contains(method),
      !traits.values.contains(where: { $0.methods.contains { $0.name == method } })
    else { return false }
    var diagnostic = Diagnostic(
      "no method named `\(method)` found for struct `std::sync::\(isMutex ? "Mutex" : "RwLock")<T>` in the current scope",
      at: methodSpan)
    diagnostic.code = "E0599"
    diagnostics.append(diagnostic)
    return true
  }

  /// `lock()`, `read()` or `write()` on the lock `current`: a `LockResult` of the guard.
  private func lockCall(_ current: TypedExpr, guardName: String, builtin: String, span: SourceSpan)
    -> TypedExpr
  {
    let guardType = TypeTerm.structure(guardName)
    let reference = typed(
      .addressOf(current, mutable: false), .reference(current.type, mutable: false), current.span)
    let error = TypeTerm.structure("\(Self.poisonErrorPrefix)\(guardName)>")
    return typed(.builtin(.mutex(builtin), arguments: [reference]), .result(guardType, error), span)
  }

  /// `Mutex<T>` and its guard and poison error, declared once per `T`. A `T` not known yet
  /// (`Mutex::new(0)`, `Mutex::new(Vec::new())`) gets a mutex type of this call's own, an
  /// instance still being inferred (`Mutex<{integer}>`), so a later use settles it as rustc's
  /// inference does (`get(&m)` with `m: &Mutex<u64>`); `settleMutexes` names it at the end.
  func mutexType(holding value: TypeTerm, at span: SourceSpan, rwLock: Bool = false) -> TypeTerm? {
    let resolved = table.resolve(value)
    let isPending = resolved.containsVariables
    let prefix = rwLock ? Self.rwLockPrefix : Self.mutexPrefix
    var name = "\(prefix)\(isPending ? table.displayName(resolved) : resolved.name)>"
    if isPending {
      var number = 2
      let base = name
      while structs[name] != nil {
        name = "\(base) #\(number)"
        number += 1
      }
      pendingMutexes.append(name)
    }
    let valueName = name.dropFirst(prefix.count)
    let guardName = "\(rwLock ? Self.writeGuardPrefix : Self.mutexGuardPrefix)\(valueName)"
    let readGuardName = "\(Self.readGuardPrefix)\(valueName)"
    if structs[name] == nil {
      // `RwLock<T>`: std's futex `RwLock` (its state word and its writers' notification word),
      // the poison flag and the value; `Mutex<T>`: the futex word, the flag and the value.
      let words: [(name: String, type: TypeTerm)] =
        rwLock ? [("state", .integer(.u32)), ("writer_notify", .integer(.u32))] : [("futex", .integer(.u32))]
      structs[name] = StructInfo(
        name: name, fields: words + [("poison", .bool), ("data", resolved)], shape: .named,
        derives: [], span: span)
      mutexValues[name] = resolved
      mutexGuards[name] = guardName
      var guards = [guardName]
      structs[guardName] = StructInfo(
        name: guardName,
        fields: [("lock", .reference(.structure(name), mutable: false)), ("panicking", .bool)],
        shape: .named, derives: [], span: span)
      mutexValues[guardName] = resolved
      if rwLock {
        // `RwLockReadGuard`: the value's address and the lock's.
        readGuards[name] = readGuardName
        structs[readGuardName] = StructInfo(
          name: readGuardName,
          fields: [
            ("data", .reference(resolved, mutable: false)),
            ("inner_lock", .reference(.structure(name), mutable: false)),
          ],
          shape: .named, derives: [], span: span)
        mutexValues[readGuardName] = resolved
        guards.append(readGuardName)
      }
      for guardType in guards {
        let errorName = "\(Self.poisonErrorPrefix)\(guardType)>"
        structs[errorName] = StructInfo(
          name: errorName, fields: [("guard", .structure(guardType))], shape: .named, derives: ["Debug"],
          span: span)
      }
    }
    // Instances of the lock, its guards and their `PoisonError`s unify argument by argument.
    let arguments = [isPending ? value : resolved]
    var instances = [
      (name, rwLock ? "RwLock" : "Mutex"), (guardName, rwLock ? "RwLockWriteGuard" : "MutexGuard"),
      ("\(Self.poisonErrorPrefix)\(guardName)>", "PoisonError"),
    ]
    if rwLock {
      instances += [
        (readGuardName, "RwLockReadGuard"), ("\(Self.poisonErrorPrefix)\(readGuardName)>", "PoisonError"),
      ]
    }
    for (typeName, base) in instances where table.instances[typeName] == nil {
      var instance = TypeInstance(base: base, arguments: arguments, isEnum: false, isInferred: isPending)
      if base == "PoisonError", typeName.contains("RwLock") {
        instance = TypeInstance(
          base: typeName.contains("Read") ? "PoisonError/read" : "PoisonError/write", arguments: arguments,
          isEnum: false, isInferred: isPending)
      }
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
        case .structure(let settled)? = mutexType(
          holding: resolved, at: info.span, rwLock: name.hasPrefix(Self.rwLockPrefix))
      {
        table.settledInstances[name] = .structure(settled)
        for guards in [mutexGuards, readGuards] {
          guard let guardName = guards[name], let settledGuard = guards[settled] else { continue }
          table.settledInstances[guardName] = .structure(settledGuard)
          table.settledInstances["\(Self.poisonErrorPrefix)\(guardName)>"] = .structure(
            "\(Self.poisonErrorPrefix)\(settledGuard)>")
        }
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
      if let guardName = readGuards[name] { mutexValues[guardName] = resolved }
    }
    pendingMutexes = waiting
  }
}
