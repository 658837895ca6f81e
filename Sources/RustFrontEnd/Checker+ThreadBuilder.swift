import MemoryModel

/// `thread::Builder` (a thread with a name and a stack size of its own), `thread::current()`
/// with `name()` and `id()`, and `thread::sleep(Duration)`, which memtutor runs as a yield to
/// its scheduler (no real waiting: its runs are the same every time).
extension Checker {
  // The library's types are named by their module, apart from a program's own `Builder` or
  // `Duration`; `ThreadId` keeps its own name, which its `Debug` prints.
  package static let builderTypeName = "thread::Builder"
  package static let threadTypeName = "thread::Thread"
  package static let threadIDTypeName = "ThreadId"
  package static let durationTypeName = "time::Duration"
  package static let ioErrorTypeName = "io::Error"

  /// `thread::Builder::new()`, `thread::current()`, `thread::sleep(d)`,
  /// `Duration::from_millis(n)` / `from_secs(n)`; nil when `path` (without `std`) is none of them.
  func checkThreadLibraryCall(_ path: [String], arguments: [Expr], span: SourceSpan) -> TypedExpr? {
    switch path {
    case ["thread", "Builder", "new"]:
      guard expectArguments(0, arguments, span: span) else { return invalid(span) }
      declareThreadLibraryTypes(at: span)
      return typed(.builtin(.thread("Builder::new"), arguments: []), .structure(Self.builderTypeName), span)
    case ["thread", "current"]:
      guard expectArguments(0, arguments, span: span) else { return invalid(span) }
      declareThreadLibraryTypes(at: span)
      return typed(.builtin(.thread("current"), arguments: []), .structure(Self.threadTypeName), span)
    case ["thread", "sleep"]:
      guard expectArguments(1, arguments, span: span) else { return invalid(span) }
      declareThreadLibraryTypes(at: span)
      let duration = coerce(checkExpression(arguments[0]), to: .structure(Self.durationTypeName))
      return typed(.builtin(.thread("sleep"), arguments: [duration]), .unit, span)
    case ["time", "Duration", "from_millis"], ["time", "Duration", "from_secs"]:
      guard expectArguments(1, arguments, span: span) else { return invalid(span) }
      declareThreadLibraryTypes(at: span)
      let count = coerce(checkExpression(arguments[0]), to: .integer(.u64))
      return typed(
        .builtin(.thread("Duration::\(path[2])"), arguments: [count]), .structure(Self.durationTypeName), span
      )
    default:
      return nil
    }
  }

  /// Methods of `Builder` (`name`, `stack_size`, `spawn`) and `Thread` (`name`, `id`); nil when
  /// the receiver is neither.
  func checkThreadObjectMethod(_ receiver: TypedExpr, method: String, arguments: [Expr], span: SourceSpan)
    -> TypedExpr?
  {
    var owned = receiver
    var isReference = false
    if case .reference(let inner, _) = table.shallow(receiver.type) {
      owned = typed(.deref(receiver), inner, receiver.span)
      isReference = true
    }
    guard case .structure(let name) = table.shallow(owned.type) else { return nil }
    switch (name, method) {
    case (Self.builderTypeName, "name"), (Self.builderTypeName, "stack_size"):
      guard expectArguments(1, arguments, span: span, isMethod: true) else { return invalid(span) }
      let argument = coerce(checkExpression(arguments[0]), to: method == "name" ? .string : .usize)
      return typed(
        .builtin(.thread("Builder::\(method)"), arguments: [owned, argument]),
        .structure(Self.builderTypeName),
        span)
    case (Self.builderTypeName, "spawn"):
      guard expectArguments(1, arguments, span: span, isMethod: true) else { return invalid(span) }
      guard let spawned = checkSpawnedClosure(arguments[0], span: span, mayBorrow: false),
        let handle = joinHandleType(result: spawned.signature.returnType, at: spawned.headSpan)
      else { return invalid(span) }
      return typed(
        .builtin(.threadSpawn(function: spawned.signature.functionIndex), arguments: [owned, spawned.value]),
        .result(handle, .structure(Self.ioErrorTypeName)), span)
    case (Self.threadTypeName, "name"), (Self.threadTypeName, "id"):
      guard expectArguments(0, arguments, span: span, isMethod: true) else { return invalid(span) }
      let reference =
        isReference
        ? receiver
        : typed(
          .addressOf(receiver, mutable: false), .reference(receiver.type, mutable: false), receiver.span)
      if method == "id" {
        return typed(
          .builtin(.thread("Thread::id"), arguments: [reference]), .structure(Self.threadIDTypeName), span)
      }
      // std names the main thread with a static "main"; the literal is that static.
      let mainName = typed(.string("main"), .reference(.str, mutable: false), span)
      return typed(
        .builtin(.thread("Thread::name"), arguments: [reference, mainName]),
        .option(.reference(.str, mutable: false)), span)
    case (Self.builderTypeName, _), (Self.threadTypeName, _), (Self.durationTypeName, _):
      unsupported("the method `\(name)::\(method)`", at: span)
      return invalid(span)
    default:
      return nil
    }
  }

  /// std's thread types print with a `Debug` of their own (`JoinHandle { .. }`) that memtutor
  /// does not model yet, nor a `Duration`'s (`1.5s`) with a width or precision: the name of
  /// such a type in `type` (behind references), or nil.
  func threadLibraryTypeWithoutDebug(_ type: TypeTerm, plain: Bool) -> String? {
    switch table.shallow(type) {
    case .reference(let inner, _): return threadLibraryTypeWithoutDebug(inner, plain: plain)
    case .library(let wrapper, _) where wrapper.isIterator:
      // `Iter([1, 2])`, `Chars(['a'])`: std's `Debug` of a kept iterator is not drawn yet.
      return table.displayName(type)
    case .option(let inner): return threadLibraryTypeWithoutDebug(inner, plain: plain)
    case .structure(Self.durationTypeName) where plain: return nil
    case .structure(let name):
      let plain: Set<String> = [
        Self.builderTypeName, Self.threadTypeName, Self.durationTypeName, Self.scopeTypeName,
      ]
      if plain.contains(name) { return name.replacing("time::", with: "") }
      if name.hasPrefix(Self.joinHandlePrefix) || name.hasPrefix(Self.scopedJoinHandlePrefix) { return name }
      return nil
    default: return nil
    }
  }

  private func expectArguments(_ count: Int, _ arguments: [Expr], span: SourceSpan, isMethod: Bool = false)
    -> Bool
  {
    guard arguments.count == count else {
      argumentCountError(expected: count, found: arguments.count, span: span, isMethod: isMethod)
      return false
    }
    return true
  }

  /// The library's types, with rustc's sizes: `Builder` 48 bytes (its name, stack size and a
  /// flag), `Thread` one word (an `Arc` in std), `ThreadId` 8, `Duration` 16.
  func declareThreadLibraryTypes(at span: SourceSpan) {
    guard structs[Self.builderTypeName] == nil else { return }
    structs[Self.builderTypeName] = StructInfo(
      name: Self.builderTypeName,
      fields: [("name", .option(.string)), ("stack_size", .option(.usize)), ("no_hooks", .bool)],
      shape: .named, derives: [], span: span)
    structs[Self.threadTypeName] = StructInfo(
      name: Self.threadTypeName, fields: [("inner", .usize)], shape: .named, derives: [], span: span)
    // A program's own `ThreadId` stays its own.
    if structs[Self.threadIDTypeName] == nil {
      structs[Self.threadIDTypeName] = StructInfo(
        name: Self.threadIDTypeName, fields: [("0", .integer(.u64))], shape: .tuple,
        derives: ["Debug", "Clone", "Copy", "PartialEq", "Eq"], span: span)
    }
    structs[Self.durationTypeName] = StructInfo(
      name: Self.durationTypeName, fields: [("secs", .integer(.u64)), ("nanos", .integer(.u32))],
      shape: .named,
      derives: ["Debug", "Clone", "Copy"], span: span)
    structs[Self.ioErrorTypeName] = StructInfo(
      name: Self.ioErrorTypeName, fields: [("repr", Self.ioErrorRepr)], shape: .named, derives: ["Debug"],
      span: span)
  }
}
