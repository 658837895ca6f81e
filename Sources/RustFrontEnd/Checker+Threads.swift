import MemoryModel

/// `std::thread`: `thread::spawn(move || …)` and `handle.join()`. A spawned closure is checked
/// as any closure (a struct of its captures and a function taking `&captures`); the handle is
/// a struct of the library's three words, one type per result type (`JoinHandle<i32>`).
extension Checker {
  /// The type `join` returns in its `Err`: the panic's payload, `Box<dyn Any + Send>`.
  package static let panicPayloadName = "Box<dyn Any + Send>"
  package static let joinHandlePrefix = "JoinHandle<"

  /// `thread::spawn(…)`, `thread::sleep(…)`, `thread::yield_now()`; nil when `path` is not one.
  func checkThreadCall(_ path: [String], arguments: [Expr], span: SourceSpan, calleeSpan: SourceSpan)
    -> TypedExpr?
  {
    var path = path
    if path.first == "std" { path.removeFirst() }
    if let call = checkThreadLibraryCall(path, arguments: arguments, span: span) { return call }
    guard path.count == 2, path[0] == "thread" else { return nil }
    switch path[1] {
    case "spawn":
      guard arguments.count == 1 else {
        argumentCountError(expected: 1, found: arguments.count, span: span)
        return invalid(span)
      }
      guard let spawned = checkSpawnedClosure(arguments[0], span: span, mayBorrow: false),
        let handle = joinHandleType(result: spawned.signature.returnType, at: spawned.headSpan)
      else { return invalid(span) }
      return typed(
        .builtin(.threadSpawn(function: spawned.signature.functionIndex), arguments: [spawned.value]), handle,
        span)
    case "scope":
      return checkThreadScope(arguments, span: span)
    case "yield_now":
      guard arguments.isEmpty else {
        argumentCountError(expected: 0, found: arguments.count, span: span)
        return invalid(span)
      }
      return typed(.builtin(.thread("yield_now"), arguments: []), .unit, span)
    default:
      unsupported("the function `std::thread::\(path[1])`", at: calleeSpan)
      return invalid(span)
    }
  }

  /// The closure a thread runs, written in the call (`spawn(move || …)`), checked as any
  /// closure; nil after reporting why it cannot be. Only a scoped thread may borrow (`mayBorrow`):
  /// any other that does outlives the function (E0373).
  func checkSpawnedClosure(_ argument: Expr, span: SourceSpan, mayBorrow: Bool)
    -> (value: TypedExpr, signature: ClosureState.Signature, headSpan: SourceSpan)?
  {
    guard case .closure(let closure) = argument.kind else {
      unsupported("threads started from anything but a closure written in the call", at: argument.span)
      return nil
    }
    guard closureState.enclosing == nil else {
      unsupported("closures inside closures", at: closure.headSpan)
      return nil
    }
    guard closure.parameters.isEmpty else {
      var diagnostic = Diagnostic(
        "closure is expected to take 0 arguments, but it takes \(closure.parameters.count) argument\(closure.parameters.count == 1 ? "" : "s")",
        at: closure.headSpan)
      diagnostic.code = "E0593"
      diagnostics.append(diagnostic)
      return nil
    }
    // A `return` in the thread's closure leaves that closure, even inside a `thread::scope`.
    let scopeBases = threadScopeBases
    threadScopeBases = []
    closureState.copiesSharedReferences = mayBorrow
    let value = checkClosure(closure, span: argument.span)
    closureState.copiesSharedReferences = false
    threadScopeBases = scopeBases
    guard case .structure(let structName) = value.type,
      let signature = closureState.signatures[structName], let info = structs[structName]
    else { return nil }
    checkSendable(info, closure: closure, call: mayBorrow ? nil : span)
    // A scoped thread may borrow what outlives its scope, not a local of the scope's closure.
    let outlived =
      mayBorrow
      ? closureState.pending.last.flatMap { pending in
        pending.places.first {
          $0.capture.outerSlot >= (threadScopeBases.last ?? 0) && $0.usesVariableItself
        }?.name
      }
      : info.fields.first?.name
    if !closure.isMove, let borrowed = outlived {
      ownershipError(
        "closure may outlive the current function, but it borrows `\(borrowed)`, which is owned by the current function",
        at: closure.headSpan, code: "E0373", label: "may outlive borrowed value `\(borrowed)`")
    }
    // A block body without a tail (`{ panic!(…); }`, `{ work(); }`) returns `()` (or never returns).
    if case .variable = table.shallow(signature.returnType), endsWithoutValue(closure.body) {
      _ = table.unify(signature.returnType, .unit)
    }
    return (value, signature, closure.headSpan)
  }

  /// A closure body with no tail, or whose tail is `panic!(…)` (whose `!` falls back to `()`).
  private func endsWithoutValue(_ body: Expr) -> Bool {
    var tail = body
    if case .block(let block) = body.kind {
      guard let last = block.tail else { return true }
      tail = last
    }
    if case .macro("panic", _) = tail.kind { return true }
    return false
  }

  /// `handle.join()`: nil when the receiver is not a `JoinHandle`.
  func checkJoin(_ receiver: TypedExpr, method: String, arguments: [Expr], span: SourceSpan) -> TypedExpr? {
    guard case .structure(let name) = table.shallow(receiver.type),
      name.hasPrefix(Self.joinHandlePrefix) || name.hasPrefix(Self.scopedJoinHandlePrefix),
      let result = joinHandleResults[name]
    else { return nil }
    guard method == "join" else {
      unsupported("the method `\(name.prefix { $0 != "<" })::\(method)`", at: span)
      return invalid(span)
    }
    guard arguments.isEmpty else {
      argumentCountError(expected: 0, found: arguments.count, span: span, isMethod: true)
      return invalid(span)
    }
    return typed(
      .builtin(.thread("join"), arguments: [receiver]), .result(result, .structure(Self.panicPayloadName)),
      span)
  }

  /// `JoinHandle<T>` for a thread whose closure returns `result`: the library's three words
  /// (the pthread handle, the `Thread` and the result's `Arc<Packet<T>>`), 24 bytes for any `T`.
  func joinHandleType(result: TypeTerm, at span: SourceSpan, prefix: String = Checker.joinHandlePrefix)
    -> TypeTerm?
  {
    // An integer the closure returns and nothing else constrains is an `i32`, as rustc defaults
    // it; the code after the spawn may still fix it (`let v: Vec<u32> = … join …`), so the
    // default only names the handle's type here, and the body's end checks the guess.
    let unsettled = table.resolve(result).containsVariables
    let saved = table
    defaultNumbers(in: result)
    let resolved = table.resolve(result)
    if unsettled {
      table = saved
      pendingJoinHandleGuesses.append((result, resolved, span))
    }
    guard !resolved.containsVariables else {
      unsupported(
        "a thread whose result type is not known where it is spawned (annotate the closure: `move || -> T { … }`)",
        at: span)
      return nil
    }
    let name = "\(prefix)\(resolved.name)>"
    if structs[name] == nil {
      structs[name] = StructInfo(
        name: name, fields: [("native", .usize), ("thread", .usize), ("packet", .usize)], shape: .named,
        derives: [], span: span)
      joinHandleResults[name] = unsettled ? result : resolved
    } else if unsettled, let earlier = joinHandleResults[name] {
      // Two spawns whose results took the same default give handles of one type.
      _ = table.unify(earlier, result)
    }
    if structs[Self.panicPayloadName] == nil {
      structs[Self.panicPayloadName] = StructInfo(
        name: Self.panicPayloadName, fields: [("data", .usize), ("vtable", .usize)], shape: .named,
        derives: ["Debug"], span: span)
    }
    return .structure(name)
  }

  /// At the body's end: a thread result whose type was guessed by rustc's default when it was
  /// spawned must have kept it; another type fixed later is refused rather than shown wrong.
  func settleJoinHandleGuesses() {
    for (result, guessed, span) in pendingJoinHandleGuesses {
      defaultNumbers(in: result)
      if table.resolve(result) != guessed {
        unsupported(
          "a thread whose result type is fixed after it is spawned (annotate the closure: `move || -> T { … }`)",
          at: span)
      }
    }
    pendingJoinHandleGuesses = []
  }

  /// Integer and float variables in `type` (also inside a `Vec`, tuple, …) take rustc's
  /// defaults, `i32` and `f64`.
  private func defaultNumbers(in type: TypeTerm, depth: Int = 0) {
    guard depth < 16 else { return }
    let shallow = table.shallow(type)
    switch shallow {
    case .variable:
      guard let kind = table.kind(of: shallow), kind != .general else { return }
      _ = table.unify(shallow, kind == .float ? .float(.f64) : .i32)
    case .vec(let inner), .box(let inner), .option(let inner), .array(let inner, _), .slice(let inner),
      .reference(let inner, _), .arc(let inner), .rc(let inner):
      defaultNumbers(in: inner, depth: depth + 1)
    case .tuple(let items):
      for item in items { defaultNumbers(in: item, depth: depth + 1) }
    case .result(let value, let error):
      defaultNumbers(in: value, depth: depth + 1)
      defaultNumbers(in: error, depth: depth + 1)
    default:
      break
    }
  }

  /// E0277: what a spawned closure takes with it must be `Send` (an `Rc` is not, nor an
  /// `Arc` of something that is not `Sync`, such as a `RefCell`).
  /// A thread that is not scoped (`call` is its `spawn` call) must also take only `'static`
  /// values: a generic body's `T` without that bound is rustc's E0310 at the call.
  func checkSendable(_ info: StructInfo, closure: ClosureExpr, call: SourceSpan?) {
    for field in info.fields {
      let type = table.resolve(field.type)
      let message: String
      if let notSend = firstNonSend(in: type) {
        message = notSend
      } else if let cell = firstUnsharedInArc(in: type) {
        message = "`\(cell)` cannot be shared between threads safely"
      } else {
        continue
      }
      var diagnostic = Diagnostic(message, at: closure.headSpan)
      diagnostic.code = "E0277"
      diagnostic.primaryLabel = message
      diagnostics.append(diagnostic)
      return
    }
    guard let call,
      let parameter = info.fields.lazy.compactMap({
        self.lackingOpaqueParameter(in: self.table.resolve($0.type), Parser.staticBound)
      }).first
    else { return }
    var diagnostic = Diagnostic("the parameter type `\(parameter)` may not live long enough", at: call)
    diagnostic.code = "E0310"
    diagnostic.primaryLabel = "the parameter type `\(parameter)` must be valid for the static lifetime..."
    diagnostics.append(diagnostic)
  }

  /// The first `Cell` or `RefCell` reached inside an `Arc` (`Arc<T>` is `Send` only when `T`
  /// is `Sync`); a `Mutex` or `RwLock` makes what it guards shareable.
  func firstUnsharedInArc(in type: TypeTerm, insideArc: Bool = false, depth: Int = 0) -> String? {
    guard depth < 16 else { return nil }
    let next = depth + 1
    func walk(_ inner: TypeTerm, _ inArc: Bool) -> String? {
      firstUnsharedInArc(in: table.resolve(inner), insideArc: inArc, depth: next)
    }
    switch type {
    case .library(let wrapper, _) where wrapper == .refCell || wrapper == .cell:
      guard insideArc else { return nil }
      return table.displayName(type).replacing("{integer}", with: "i32").replacing("{float}", with: "f64")
    case .arc(let inner): return walk(inner, true)
    case .vec(let inner), .box(let inner), .option(let inner), .array(let inner, _), .library(_, let inner),
      .slice(let inner):
      return walk(inner, insideArc)
    case .tuple(let items): return items.lazy.compactMap { walk($0, insideArc) }.first
    case .result(let value, let error): return walk(value, insideArc) ?? walk(error, insideArc)
    case .hashMap(let key, let value, _, _): return walk(key, insideArc) ?? walk(value, insideArc)
    case .structure(let name) where name.hasPrefix(Self.mutexPrefix) || name.hasPrefix("RwLock<"):
      return nil
    case .structure(let name):
      return structs[name]?.fields.lazy.compactMap { walk($0.type, insideArc) }.first
    case .enumeration(let name):
      return enums[name]?.variants.lazy.flatMap(\.payload).compactMap { walk($0, insideArc) }.first
    default: return nil
    }
  }

  /// rustc's message for the first `Rc` type inside `type`, or trait object without `Send`
  /// (behind `&`, without `Sync`), looking through struct fields (to a bounded depth: a struct
  /// may hold itself behind a `Box`).
  func firstNonSend(in type: TypeTerm, depth: Int = 0) -> String? {
    guard depth < 16 else { return nil }
    let next = depth + 1
    func walk(_ inner: TypeTerm) -> String? { firstNonSend(in: table.resolve(inner), depth: next) }
    switch type {
    case .structure(let name) where opaqueParameterTypes.contains(name):
      // A generic body's `T` is `Send` only when its bounds say so.
      guard !derivesOf(name).contains("Send") else { return nil }
      return "`\(name.filter { $0 != "\u{200B}" })` cannot be sent between threads safely"
    case .rc:
      let shown = table.displayName(type).replacing("{integer}", with: "i32").replacing(
        "{float}", with: "f64")
      return "`\(shown)` cannot be sent between threads safely"
    case .dynTrait(let name) where !Self.traitObject(name, has: "Send") && !errorObjectCarries(name, "Send"):
      return "`\(traitObjectShown(name))` cannot be sent between threads safely"
    case .reference(let inner, false):
      // `&T` is `Send` when `T` is `Sync`.
      return firstNonSync(in: table.resolve(inner), depth: next)
    case .vec(let inner), .box(let inner), .arc(let inner), .option(let inner), .array(let inner, _),
      .library(_, let inner),
      .slice(let inner), .reference(let inner, _):
      return walk(inner)
    case .tuple(let items): return items.lazy.compactMap { walk($0) }.first
    case .result(let value, let error): return walk(value) ?? walk(error)
    case .hashMap(let key, let value, _, _): return walk(key) ?? walk(value)
    case .structure(let name): return structs[name]?.fields.lazy.compactMap { walk($0.type) }.first
    case .enumeration(let name):
      return enums[name]?.variants.lazy.flatMap(\.payload).compactMap { walk($0) }.first
    default: return nil
    }
  }
}
