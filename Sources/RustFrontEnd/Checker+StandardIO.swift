import MemoryModel

/// `std::io`: `io::stdin()` with `read_line(&mut s)` and `for line in io::stdin().lines()`, and
/// `io::stdout()` with `flush()` (with `std::io::Write` in scope, as rustc requires). `Stdin`
/// and `Stdout` are one word each, as in rustc 1.95 (a reference to std's global stream).
extension Checker {
  package static let stdinTypeName = "io::Stdin"
  package static let stdoutTypeName = "io::Stdout"
  /// `io::Error`'s one field: in std a tagged pointer, never null, so `io::Result<()>` is 8 bytes.
  package static let ioErrorRepr = TypeTerm.reference(.u8, mutable: false)
  /// The hidden method a `for` loop over `io::stdin().lines()` calls for each line.
  static let nextInputLine = "(next line)"

  /// `io::stdin()` / `io::stdout()` (`path` expanded); nil when `path` is neither.
  func checkStandardIOCall(_ path: [String], arguments: [Expr], span: SourceSpan) -> TypedExpr? {
    guard path.count == 3, path[0] == "std", path[1] == "io", path[2] == "stdin" || path[2] == "stdout" else {
      return nil
    }
    guard arguments.isEmpty else {
      argumentCountError(expected: 0, found: arguments.count, span: span)
      return invalid(span)
    }
    declareStandardIOTypes(at: span)
    if path[2] == "stdin" { readsStandardInput = true }
    let type = TypeTerm.structure(path[2] == "stdin" ? Self.stdinTypeName : Self.stdoutTypeName)
    return typed(.builtin(.standardIO(path[2]), arguments: []), type, span)
  }

  /// Methods of `Stdin` and `Stdout`; nil when the receiver is neither.
  func checkStandardIOMethod(
    _ receiver: TypedExpr, method: String, arguments: [Expr], span: SourceSpan, methodSpan: SourceSpan
  ) -> TypedExpr? {
    var handle = receiver
    if case .reference(let inner, _) = table.shallow(receiver.type) {
      handle = typed(.deref(receiver), inner, receiver.span)
    }
    guard case .structure(let name) = table.shallow(handle.type),
      name == Self.stdinTypeName || name == Self.stdoutTypeName
    else { return nil }
    let reference =
      table.shallow(receiver.type).isReference
      ? receiver
      : typed(.addressOf(receiver, mutable: false), .reference(receiver.type, mutable: false), receiver.span)
    let ioError = TypeTerm.structure(Self.ioErrorTypeName)
    switch (name, method) {
    case (Self.stdinTypeName, "read_line"):
      guard arguments.count == 1 else {
        argumentCountError(expected: 1, found: arguments.count, span: span, isMethod: true)
        return invalid(span)
      }
      let buffer = coerce(checkExpression(arguments[0]), to: .reference(.string, mutable: true))
      return typed(
        .builtin(.standardIO("Stdin::read_line"), arguments: [reference, buffer]), .result(.usize, ioError),
        span)
    case (Self.stdinTypeName, Self.nextInputLine):
      return typed(
        .builtin(.standardIO("Stdin::next_line"), arguments: [reference]), .option(.result(.string, ioError)),
        span)
    case (Self.stdoutTypeName, "flush"):
      guard imports["Write"] == ["std", "io", "Write"] else {
        var diagnostic = Diagnostic(
          "no method named `flush` found for struct `Stdout` in the current scope", at: methodSpan)
        diagnostic.code = "E0599"
        diagnostics.append(diagnostic)
        return invalid(span)
      }
      guard arguments.isEmpty else {
        argumentCountError(expected: 0, found: arguments.count, span: span, isMethod: true)
        return invalid(span)
      }
      return typed(
        .builtin(.standardIO("Stdout::flush"), arguments: [reference]), .result(.unit, ioError), span)
    case (Self.stdinTypeName, "lines"):
      unsupported("`lines()` of standard input outside a `for` loop", at: methodSpan)
      return invalid(span)
    default:
      unsupported("the method `\(name.replacing("io::", with: ""))::\(method)`", at: methodSpan)
      return invalid(span)
    }
  }

  /// `for line in io::stdin().lines()` (also `stdin.lines()` on a local `Stdin`, and
  /// `io::stdin().lock().lines()` with `BufRead` in scope) runs as `while let Some(line) =
  /// <stdin>.(next line)() { … }`, each line an `io::Result<String>`. Nil for any other loop.
  func checkForOverStandardInput(
    pattern: Pattern, iterable: Expr, body: Block, label: String?, span: SourceSpan
  ) -> TypedExpr? {
    guard case .methodCall(var source, "lines", let generics, let arguments) = iterable.kind,
      generics.isEmpty,
      arguments.isEmpty
    else { return nil }
    if case .methodCall(let locked, "lock", let lockGenerics, let lockArguments) = source.kind,
      lockGenerics.isEmpty, lockArguments.isEmpty, readsStandardInput(locked)
    {
      guard imports["BufRead"] == ["std", "io", "BufRead"] else { return nil }
      source = locked
    }
    guard readsStandardInput(source) else { return nil }
    let base = -9_000_000 - iterable.id * 4
    let next = Expr(
      id: base - 1,
      kind: .methodCall(receiver: source, method: Self.nextInputLine, generics: [], arguments: []),
      span: iterable.span)
    let somePattern = Pattern(kind: .tupleStruct(path: ["Some"], elements: [pattern]), span: pattern.span)
    let loop = Expr(
      id: base - 2, kind: .whileLet(pattern: somePattern, scrutinee: next, body: body, label: label),
      span: span)
    return checkExpression(loop)
  }

  /// Whether `expr` is `io::stdin()` (however the path is written) or a local `Stdin`.
  private func readsStandardInput(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .call(let callee, let arguments):
      guard arguments.isEmpty, case .path(let path, _) = callee.kind else { return false }
      return expandPath(path) == ["std", "io", "stdin"]
    case .path(let path, _):
      guard path.count == 1, let slot = lookupLocal(path[0]) ?? resolveLocal(path[0]) else { return false }
      var type = table.shallow(locals[slot].type)
      if case .reference(let inner, _) = type { type = table.shallow(inner) }
      return type == .structure(Self.stdinTypeName)
    default:
      return false
    }
  }

  /// `Stdin` and `Stdout` (one pointer each) and `io::Error`.
  func declareStandardIOTypes(at span: SourceSpan) {
    guard structs[Self.stdinTypeName] == nil else { return }
    if structs[Self.ioErrorTypeName] == nil {
      structs[Self.ioErrorTypeName] = StructInfo(
        name: Self.ioErrorTypeName, fields: [("repr", Self.ioErrorRepr)], shape: .named, derives: ["Debug"],
        span: span)
    }
    for name in [Self.stdinTypeName, Self.stdoutTypeName] {
      structs[name] = StructInfo(
        name: name, fields: [("inner", .usize)], shape: .named, derives: [], span: span)
    }
  }
}
