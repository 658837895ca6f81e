import MemoryModel

/// std's `Error` trait: `impl Error for ParseError {}` (the trait's methods all have defaults;
/// `Display` and `Debug` are its supertraits) and `Box<dyn Error>`, a fat pointer to a boxed
/// error and the vtable of its type. `{}` on one calls the vtable's `Display::fmt` (the
/// program's own, or std's for its error types, which the interpreter writes), `{:?}` prints
/// the boxed value's `Debug`, and `?` boxes any error that implements `Error` (a `&str` or
/// `String` as std's private `StringError`).
extension Checker {
  /// std's `struct StringError(String)`, what `Box<dyn Error>::from("text")` boxes; a name no
  /// program can declare.
  package static let stringErrorName = "boxed::StringError"

  /// `impl Error for ParseError {}`: the trait's methods are provided, so the impl writes none.
  func collectErrorImpl(_ block: ImplBlock) {
    guard expandPath(block.traitPath) == ["std", "error", "Error"] else {
      error("cannot find trait `Error` in this scope", at: block.traitSpan ?? block.span)
      return
    }
    guard let owner = ownTypeName(of: block) else { return }
    for method in block.methods {
      if ["source", "description", "cause", "provide"].contains(method.name) {
        unsupported("writing `\(method.name)` in an `Error` impl", at: method.nameSpan)
      } else {
        reportNotATraitMember(method, trait: "Error")
      }
    }
    guard errorImpls[owner] == nil else {
      error("conflicting implementations of trait `Error` for type `\(owner)`", at: block.span)
      diagnostics[diagnostics.count - 1].code = "E0119"
      return
    }
    errorImpls[owner] = block.typeSpan
    implementedTraits[owner, default: []].insert("Error")
  }

  /// `Error: Debug + Display`: rustc's E0277 at the impl's type when either is missing.
  func checkErrorImplBounds() {
    let ordered = errorImpls.sorted {
      ($0.value.start.line, $0.value.start.column) < ($1.value.start.line, $1.value.start.column)
    }
    for (owner, span) in ordered {
      if displayFunctions[owner] == nil {
        error("`\(owner)` doesn't implement `std::fmt::Display`", at: span)
        diagnostics[diagnostics.count - 1].code = "E0277"
      }
      if !hasDebug(namedType(owner)) {
        error("`\(owner)` doesn't implement `Debug`", at: span)
        diagnostics[diagnostics.count - 1].code = "E0277"
      }
    }
  }

  /// `dyn Error` where it names std's trait (imported, or written as `dyn std::error::Error`);
  /// nil when the program declares a trait `Error` of its own or std's is not in scope.
  func standardErrorObject(at span: SourceSpan) -> TypeTerm? {
    guard traits["Error"] == nil else { return nil }
    var written = ""
    if span.start.line >= 1, span.start.line <= sourceLines.count {
      written = String(String.UnicodeScalarView(sourceLines[span.start.line - 1]))
    }
    guard imports["Error"] == ["std", "error", "Error"] || written.contains("error::Error") else {
      return nil
    }
    guard usesStandardFormatter else {
      unsupported("`dyn Error` in a program with a type of its own named `Formatter`", at: span)
      return .unit
    }
    if errorDisplayDispatcher == nil {
      let selfType = TypeTerm.reference(.dynTrait("Error"), mutable: false)
      let formatter = TypeTerm.reference(.structure(Self.formatterName), mutable: true)
      let stub = FunctionDecl(
        name: "fmt", nameSpan: span, selfParameter: nil, parameters: [], returnType: nil,
        body: Block(statements: [], tail: nil, span: span), attributes: [], span: span)
      let index = signatures.count
      signatures.append(
        FunctionSignature(
          name: "<dyn Error>::fmt", declaration: stub, owner: nil, parameterTypes: [selfType, formatter],
          selfType: nil, returnType: .result(.unit, .structure(Self.formatErrorName))))
      bodilessSignatures.insert(index)
      dynamicMethods[index] = DynamicMethod(trait: "Error", slot: 0)
      errorDisplayDispatcher = index
      methods["dyn Error"] = [:]
    }
    return .dynTrait("Error")
  }

  /// Whether `Box<dyn Error>` can hold a value of the type named `name`.
  func implementsStandardError(_ name: String) -> Bool {
    errorImpls[name] != nil || Self.parseErrorKinds[name] != nil || name == Self.parseBoolError
      || name == Self.stringErrorName
      || (Self.utf8ErrorModules[name] != nil && structs[name]?.derives.contains("Display") == true)
  }

  /// `Box<ParseError>` → `Box<dyn Error>`: the box paired with the vtable of `ParseError as
  /// Error`, whose one method is its `Display::fmt` (-1 for std's types, written natively).
  func errorObjectCoercion(_ expr: TypedExpr, concrete: String, wanted: TypeTerm, mutable: Bool) -> TypedExpr
  {
    guard implementsStandardError(concrete) else {
      error("the trait bound `\(concrete): std::error::Error` is not satisfied", at: expr.span)
      diagnostics[diagnostics.count - 1].code = "E0277"
      return typed(.coerce(.never, expr), wanted, expr.span)
    }
    if let autoTraits = errorObjectAutoTraits, !autoTraits.isEmpty,
      firstNonSend(in: namedType(concrete)) != nil || firstNonSync(in: namedType(concrete)) != nil
        || firstUnsharedInArc(in: namedType(concrete)) != nil
    {
      unsupported("a `dyn Error` with auto traits made from a type without them", at: expr.span)
      return typed(.coerce(.never, expr), wanted, expr.span)
    }
    let key = "<\(concrete) as Error>"
    if vtables[key] == nil {
      vtables[key] = VTable(trait: "Error", concrete: concrete, methods: [displayFunctions[concrete] ?? -1])
    }
    return typed(.coerce(.traitObject(vtable: key, mutable: mutable), expr), wanted, expr.span)
  }

  /// Whether `type` is `Box<dyn Error>` (std's trait).
  func isBoxedStandardError(_ type: TypeTerm) -> Bool {
    guard traits["Error"] == nil, case .box(let inner) = table.shallow(type),
      case .dynTrait("Error") = table.shallow(inner)
    else { return false }
    return true
  }

  /// `Box::<dyn Error>::from(text)`: the text as a `String` in std's `StringError`, boxed.
  func boxedStringError(_ text: TypedExpr, span: SourceSpan) -> TypedExpr {
    if structs[Self.stringErrorName] == nil {
      structs[Self.stringErrorName] = StructInfo(
        name: Self.stringErrorName, fields: [("0", .string)], shape: .tuple, derives: ["Debug"],
        span: .unknown)
    }
    let string =
      table.resolve(text.type) == .string
      ? text : typed(.builtin(.strToString, arguments: [text]), .string, span)
    let errorType = TypeTerm.structure(Self.stringErrorName)
    let value = typed(
      .structLiteral(name: Self.stringErrorName, fields: [(0, string)], base: nil), errorType, span)
    let boxed = typed(.builtin(.boxNew, arguments: [value]), .box(errorType), span)
    return errorObjectCoercion(
      boxed, concrete: Self.stringErrorName, wanted: .box(.dynTrait("Error")), mutable: false)
  }

  /// The error `e` as a `Box<dyn Error>`, as std's `From` impls make it; nil (not reported)
  /// when no such impl exists.
  func boxedError(_ value: TypedExpr, span: SourceSpan) -> TypedExpr? {
    switch table.resolve(value.type) {
    case .box(.dynTrait("Error")): return value
    case .reference(.str, mutable: false), .string: return boxedStringError(value, span: span)
    case .structure(let name) where implementsStandardError(name),
      .enumeration(let name) where implementsStandardError(name):
      let boxed = typed(.builtin(.boxNew, arguments: [value]), .box(value.type), span)
      return errorObjectCoercion(boxed, concrete: name, wanted: .box(.dynTrait("Error")), mutable: false)
    default: return nil
    }
  }

  /// Each `"text".into()` of the body: a `String` or a `Box<dyn Error>` (whose `StringError`
  /// and vtable are declared now, for the compiler), as the rest of the body settles it; any
  /// other type (`Vec<u8>`, `Rc<str>`) is refused. One nothing settles stays unknown, for
  /// `reportUninferred` (rustc's E0283: many types implement `From<&str>`).
  func settleTextIntos() {
    for pending in pendingTextIntos {
      switch table.resolve(pending.type) {
      case .string, .variable: continue
      case .box(.dynTrait("Error")) where traits["Error"] == nil:
        _ = boxedStringError(
          typed(.local(-1), .reference(.str, mutable: false), pending.span), span: pending.span)
      case .never: continue
      default:
        unsupported("`into` from text into `\(table.displayName(pending.type))`", at: pending.span)
      }
    }
  }

  /// Whether `type` certainly does not implement std's `Error` (a number, a collection, a type
  /// of the program's own without the impl), so no `From` boxes it.
  func certainlyNoError(_ type: TypeTerm) -> Bool {
    switch table.resolve(type) {
    case .integer, .float, .bool, .char, .unit, .vec, .tuple, .option, .array: return true
    case .structure(let name), .enumeration(let name):
      guard !implementsStandardError(name) else { return false }
      return program.items.contains { item in
        switch item {
        case .structure(let decl): decl.name == name
        case .enumeration(let decl): decl.name == name
        default: false
        }
      }
    default: return false
    }
  }
}

/// `Box<dyn Error + Send + Sync>`: std's `dyn Error` with auto traits. Every type that boxes
/// into it here (std's errors, `StringError`, a program's error type of plain data) has them,
/// so the object is std's `dyn Error` as memtutor runs it, with the auto traits remembered for
/// the threads' checks; a program that writes `dyn Error` with two sets of them is refused, as
/// the two would be one type here.
extension Checker {
  func errorObject(_ object: TypeTerm, autoTraits: Set<String>, at span: SourceSpan) -> TypeTerm {
    guard case .dynTrait = object else { return object }
    // std's `From` impls box into `dyn Error` and `dyn Error + Send + Sync` only.
    if !autoTraits.isEmpty, autoTraits != ["Send", "Sync"] {
      unsupported("`dyn Error` with only one of `Send` and `Sync`", at: span)
      return .unit
    }
    if let seen = errorObjectAutoTraits, seen != autoTraits {
      unsupported("a `dyn Error` written with two sets of auto traits in one program", at: span)
      return .unit
    }
    errorObjectAutoTraits = autoTraits
    return object
  }

  /// Whether the trait object `name` is std's `dyn Error` written with `autoTrait`.
  func errorObjectCarries(_ name: String, _ autoTrait: String) -> Bool {
    name == "Error" && traits["Error"] == nil && errorObjectAutoTraits?.contains(autoTrait) == true
  }
}
