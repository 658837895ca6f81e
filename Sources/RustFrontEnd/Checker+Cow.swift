import MemoryModel

/// `std::borrow::Cow<'_, str>`, what `String::from_utf8_lossy(&bytes)` returns: an enum of
/// `Borrowed(&str)` (the bytes were UTF-8, nothing is allocated) and `Owned(String)` (a copy
/// with U+FFFD for each bad sequence). Declared here as that enum, so its layout (24 bytes,
/// `Borrowed` in the `String`'s capacity niche), moves and drop are an enum's; it prints as
/// its text, as std's `Display` and `Debug` for it do. Only `Cow<str>` is known.
extension Checker {
  package static let cowName = "Cow"

  /// Declares the enum the first time it is needed. False when the program declares a type
  /// of that name itself.
  func declareCow() -> Bool {
    if let existing = enums[Self.cowName] { return existing.derives.contains("Display") }
    if structs[Self.cowName] != nil { return false }
    enums[Self.cowName] = EnumInfo(
      name: Self.cowName,
      variants: [
        ("Borrowed", [.reference(.str, mutable: false)], nil), ("Owned", [.string], nil),
      ],
      // "Display" marks the std type, whose `Display` and `Debug` the formatter writes.
      derives: ["Debug", "Clone", "Display"], span: .unknown)
    layoutCalculator = LayoutCalculator(declarations: typeDeclarations())
    return true
  }

  /// `Cow::Borrowed` (written out as `std::borrow::Cow::Borrowed`) names the declared enum's variant.
  func shortenedCowVariantPath(_ path: [String]) -> [String] {
    guard path.count == 4, path[0] == "std", path[1] == "borrow", path[2] == Self.cowName, declareCow() else {
      return path
    }
    return Array(path.dropFirst(2))
  }

  /// Whether the type is std's `Cow<str>` as declared here.
  func isStandardCow(_ type: TypeTerm) -> Bool {
    guard case .enumeration(Self.cowName) = table.shallow(type) else { return false }
    return enums[Self.cowName]?.derives.contains("Display") == true
  }

  /// Whether the type is a `Cow<str>` or a reference (to a reference…) to one.
  func holdsStandardCow(_ type: TypeTerm) -> Bool {
    var current = table.shallow(type)
    while case .reference(let inner, _) = current { current = table.shallow(inner) }
    return isStandardCow(current)
  }

  /// `Cow<str>`, `Cow<'_, str>`, `std::borrow::Cow<str>` written as a type; nil for any other.
  func cowType(_ path: [String], generics: [TypeExpr], span: SourceSpan) -> TypeTerm? {
    guard path == ["std", "borrow", Self.cowName] else { return nil }
    let types = generics.map { resolveType($0, selfType: nil) }
    guard types.count == 1, types[0] == .str, declareCow() else {
      unsupported("`Cow` of anything but `str`", at: span)
      return .unit
    }
    return .enumeration(Self.cowName)
  }

  /// `&cow` where a `&str` is wanted: std's `Deref` of `Cow<str>` (deref coercion).
  func cowAsText(_ expr: TypedExpr, to wanted: TypeTerm) -> TypedExpr? {
    guard case .reference(let inner, _) = table.shallow(expr.type), isStandardCow(inner),
      case .reference(let wantedInner, false) = wanted, table.shallow(wantedInner) == .str
    else { return nil }
    return typed(
      .builtin(.textMethod("Cow::deref"), arguments: [expr]), .reference(.str, mutable: false), expr.span)
  }

  /// A `str` method called on a `Cow<str>` (or a reference to one): the receiver as the `&str`
  /// std's `Deref` gives. `.some(nil)` when the method is refused, nil when the receiver is no
  /// `Cow` or the method is `Cow`'s own.
  func cowReceiverAsText(_ receiver: TypedExpr, method: String, span: SourceSpan) -> TypedExpr?? {
    var reference = receiver
    var own = table.shallow(receiver.type)
    if case .reference(let inner, _) = own {
      own = table.shallow(inner)
      if case .reference = own { return nil }
    } else {
      reference = typed(.addressOf(receiver, mutable: false), .reference(own, mutable: false), receiver.span)
    }
    guard isStandardCow(own), cowMethod(on: own, method) == nil, method != "clone" else { return nil }
    guard StandardMethodNames.str.contains(method) else {
      unsupported("the method `\(method)` on a `Cow<str>`", at: span)
      return .some(nil)
    }
    return typed(
      .builtin(.textMethod("Cow::deref"), arguments: [reference]), .reference(.str, mutable: false),
      receiver.span)
  }

  /// `String::from_utf8_lossy(&bytes)`; nil for any other path.
  func checkLossyConversion(_ path: [String], arguments: [Expr], span: SourceSpan) -> TypedExpr? {
    guard path == ["String", "from_utf8_lossy"] else { return nil }
    guard arguments.count == 1 else {
      argumentCountError(expected: 1, found: arguments.count, span: span)
      return invalid(span)
    }
    guard declareCow() else {
      unsupported("`String::from_utf8_lossy` next to a type of your own named `Cow`", at: span)
      return invalid(span)
    }
    let bytes = coerce(checkExpression(arguments[0]), to: .reference(.slice(.u8), mutable: false))
    return typed(
      .builtin(.textMethod("String::from_utf8_lossy"), arguments: [bytes]), .enumeration(Self.cowName), span)
  }

  /// `into_owned`, `to_string`, `len` and `is_empty` on a `Cow<str>`; nil for the rest.
  func cowMethod(on type: TypeTerm, _ name: String) -> LibraryMethod? {
    guard isStandardCow(type) else { return nil }
    func method(_ mode: SelfMode, _ result: TypeTerm) -> LibraryMethod {
      LibraryMethod(builtin: .textMethod("Cow::\(name)"), selfMode: mode, parameters: [], result: result)
    }
    switch name {
    case "into_owned": return method(.value, .string)
    // std's `ToString` for `Cow<str>` copies the text exactly (`self[..].to_owned()`).
    case "to_string": return method(.reference, .string)
    case "len": return method(.reference, .usize)
    case "is_empty": return method(.reference, .bool)
    default: return nil
    }
  }
}
