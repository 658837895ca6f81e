import MemoryModel

/// `std::sync::mpsc`: `channel()`, `Sender<T>` (`send`, `clone`) and `Receiver<T>` (`recv`,
/// `try_recv`, and `for msg in rx` / `rx.iter()` / `&rx`, which run as `while let Ok(msg) =
/// rx.recv()`). Both ends are library wrappers of 16 bytes, as rustc 1.95 lays them out: the
/// channel's flavour and a pointer to the shared block.
extension Checker {
  package static let recvErrorName = "RecvError"
  package static let sendErrorName = "SendError"
  package static let tryRecvErrorName = "TryRecvError"

  /// The `use` paths of `std::sync::atomic` and `std::sync::mpsc` memtutor understands.
  package static let syncPaths: [[String]] =
    [
      ["std", "sync", "mpsc"], ["std", "sync", "mpsc", "channel"], ["std", "sync", "mpsc", "Sender"],
      ["std", "sync", "mpsc", "Receiver"], ["std", "sync", "mpsc", "RecvError"],
      ["std", "sync", "mpsc", "TryRecvError"], ["std", "sync", "atomic"],
      ["std", "sync", "atomic", "Ordering"],
    ] + atomicValueTypes.keys.sorted().map { ["std", "sync", "atomic", $0] }

  /// `mpsc::channel()` (also `channel::<T>()`); nil for another path.
  func checkChannelCall(
    _ path: [String], generics: [TypeExpr], arguments: [Expr], span: SourceSpan, calleeSpan: SourceSpan
  ) -> TypedExpr? {
    var path = path
    if path.first == "std" { path.removeFirst() }
    guard path.count == 3, path[0] == "sync", path[1] == "mpsc" else { return nil }
    guard path[2] == "channel" else {
      unsupported("the function `mpsc::\(path[2])`", at: calleeSpan)
      return invalid(span)
    }
    guard arguments.isEmpty else {
      argumentCountError(expected: 0, found: arguments.count, span: span)
      return invalid(span)
    }
    let value = generics.first.map { resolveType($0, selfType: nil) } ?? table.fresh()
    let ends = TypeTerm.tuple([.library(.sender, value), .library(.receiver, value)])
    return typed(.builtin(.channel("channel"), arguments: []), ends, span)
  }

  /// The methods of `Sender<T>` and `Receiver<T>` (`clone` is found with the other clones).
  func channelMethod(_ wrapper: LibraryWrapper, _ inner: TypeTerm, _ name: String) -> LibraryMethod? {
    func method(_ parameters: [TypeTerm], _ result: TypeTerm) -> LibraryMethod {
      LibraryMethod(builtin: .channel(name), selfMode: .reference, parameters: parameters, result: result)
    }
    switch (wrapper, name) {
    case (.sender, "send"): return method([inner], .result(.unit, declareChannelError(Self.sendErrorName)))
    case (.receiver, "recv"): return method([], .result(inner, declareChannelError(Self.recvErrorName)))
    case (.receiver, "try_recv"): return method([], .result(inner, declareTryRecvError()))
    default: return nil
    }
  }

  /// std's `RecvError` (zero-sized) and memtutor's `SendError`: the value a send to a closed
  /// channel gives back is dropped with it, so it prints as std's `SendError { .. }`.
  func declareChannelError(_ name: String) -> TypeTerm {
    if structs[name] == nil {
      structs[name] = StructInfo(name: name, fields: [], shape: .unit, derives: ["Debug"], span: .unknown)
    }
    return .structure(name)
  }

  /// `TryRecvError::{Empty, Disconnected}`, as std declares it.
  func declareTryRecvError() -> TypeTerm {
    if enums[Self.tryRecvErrorName] == nil {
      enums[Self.tryRecvErrorName] = EnumInfo(
        name: Self.tryRecvErrorName, variants: [("Empty", [], 0), ("Disconnected", [], 1)],
        derives: ["Debug", "Clone", "Copy", "PartialEq", "Eq"], span: .unknown)
    }
    return .enumeration(Self.tryRecvErrorName)
  }

  /// `for msg in rx`, `for msg in rx.iter()` and `for msg in &rx` run as `while let Ok(msg) =
  /// rx.recv() { … }`; an owned receiver is first moved into a hidden local, as the loop's
  /// iterator takes it. Nil when the iterable is not a receiver named by a local.
  func checkForOverReceiver(pattern: Pattern, iterable: Expr, body: Block, label: String?, span: SourceSpan)
    -> TypedExpr?
  {
    var borrowed = false
    var receiverExpr = iterable
    switch iterable.kind {
    case .methodCall(let receiver, "iter", _, let arguments) where arguments.isEmpty:
      borrowed = true
      receiverExpr = receiver
    case .reference(false, let receiver):
      borrowed = true
      receiverExpr = receiver
    default: break
    }
    guard case .path(let path, _) = receiverExpr.kind, path.count == 1,
      let slot = lookupLocal(path[0])
        ?? resolveLocal(path[0]),
      case .library(.receiver, _) = table.shallow(locals[slot].type)
    else { return nil }
    // Inside a closure the receiver is usually a capture, which memtutor cannot move out of
    // the closure: the loop borrows it instead, and it drops with the closure's captures.
    if closureState.enclosing != nil { borrowed = true }
    let base = -3_000_000 - iterable.id * 8
    var source = receiverExpr
    var statements: [Statement] = []
    if !borrowed {
      let hidden = "(\(path[0]) iterator)"
      let binding = Pattern(
        kind: .identifier(name: hidden, mutable: false, byReference: false, subpattern: nil),
        span: iterable.span)
      statements.append(
        Statement(
          kind: .binding(pattern: binding, type: nil, initializer: receiverExpr, elseBlock: nil),
          span: iterable.span))
      source = Expr(id: base - 1, kind: .path([hidden], generics: []), span: iterable.span)
    }
    let recv = Expr(
      id: base - 2, kind: .methodCall(receiver: source, method: "recv", generics: [], arguments: []),
      span: iterable.span)
    let okPattern = Pattern(kind: .tupleStruct(path: ["Ok"], elements: [pattern]), span: pattern.span)
    let loop = Expr(
      id: base - 3, kind: .whileLet(pattern: okPattern, scrutinee: recv, body: body, label: label), span: span
    )
    if borrowed { return checkExpression(loop) }
    statements.append(Statement(kind: .expression(loop, hasSemicolon: true), span: span))
    let block = Expr(
      id: base - 4, kind: .block(Block(statements: statements, tail: nil, span: span)), span: span)
    return checkExpression(block)
  }

  /// `rx.iter().collect::<Vec<_>>()`: every message until the senders are gone, pushed in
  /// order. std's `Vec` from this iterator (which knows no length) reserves room for four
  /// after the first item and doubles from there, as `push` does. Nil for any other collect.
  func checkCollectFromReceiver(_ source: Expr, generics: [TypeExpr], id: Int, span: SourceSpan) -> TypedExpr?
  {
    guard case .methodCall(let receiverExpr, "iter", _, let none) = source.kind, none.isEmpty,
      case .path(let path, _) = receiverExpr.kind, path.count == 1,
      let slot = lookupLocal(path[0]) ?? resolveLocal(path[0]),
      case .library(.receiver, _) = table.shallow(locals[slot].type)
    else { return nil }
    let target: TypeTerm
    if let written = generics.first {
      target = resolveType(written, selfType: currentOwner)
    } else if let annotated = annotatedInitializer, annotated.id == id {
      target = annotated.type
    } else {
      return nil
    }
    guard case .vec = table.shallow(target) else { return nil }
    let base = -12_000_000 - id * 8
    let hidden = "(\(path[0]) collected)"
    let item = "(\(path[0]) message)"
    func expression(_ offset: Int, _ kind: Expr.Kind) -> Expr {
      Expr(id: base - offset, kind: kind, span: span)
    }
    let made = Statement(
      kind: .binding(
        pattern: Pattern(
          kind: .identifier(name: hidden, mutable: true, byReference: false, subpattern: nil), span: span),
        type: nil,
        initializer: expression(
          1, .call(callee: expression(2, .path(["Vec", "new"], generics: [])), arguments: [])),
        elseBlock: nil),
      span: span)
    let recv = expression(3, .methodCall(receiver: receiverExpr, method: "recv", generics: [], arguments: []))
    let push = expression(
      4,
      .methodCall(
        receiver: expression(5, .path([hidden], generics: [])), method: "push", generics: [],
        arguments: [expression(6, .path([item], generics: []))]))
    let itemPattern = Pattern(
      kind: .identifier(name: item, mutable: false, byReference: false, subpattern: nil), span: span)
    let loop = expression(
      7,
      .whileLet(
        pattern: Pattern(kind: .tupleStruct(path: ["Ok"], elements: [itemPattern]), span: span),
        scrutinee: recv,
        body: Block(
          statements: [Statement(kind: .expression(push, hasSemicolon: true), span: span)], tail: nil,
          span: span),
        label: nil))
    let block = Block(
      statements: [made, Statement(kind: .expression(loop, hasSemicolon: true), span: span)],
      tail: Expr(id: base - 8, kind: .path([hidden], generics: []), span: span), span: span)
    let checked = checkExpression(Expr(id: base - 9, kind: .block(block), span: span))
    return coerce(checked, to: target)
  }
}
