import MemoryModel

/// A primitive's method called by its path (`f64::max(a, b)`, `i32::abs(n)`,
/// `char::is_alphanumeric(c)`, and `fold(f64::MIN, f64::max)`): the method call on the first
/// argument, whose type the path fixes as rustc does.
extension Checker {
  private static let primitiveTypes: [String: TypeTerm] = [
    "i8": .integer(.i8), "i16": .integer(.i16), "i32": .integer(.i32), "i64": .integer(.i64),
    "i128": .integer(.i128), "isize": .integer(.isize), "u8": .integer(.u8), "u16": .integer(.u16),
    "u32": .integer(.u32), "u64": .integer(.u64), "u128": .integer(.u128), "usize": .integer(.usize),
    "f32": .float(.f32), "f64": .float(.f64), "char": .char,
  ]

  /// Methods taking `self` that read the same called either way.
  private static let selfMethods: Set<String> = [
    "max", "min", "abs", "pow", "powi", "powf", "sqrt", "floor", "ceil", "round", "trunc", "signum",
    "clamp", "is_alphabetic", "is_alphanumeric", "is_numeric", "is_whitespace", "is_uppercase",
    "is_lowercase", "is_ascii_digit", "is_ascii_alphabetic", "is_ascii_uppercase", "is_ascii_lowercase",
    "is_ascii_punctuation", "to_ascii_uppercase", "to_ascii_lowercase", "is_positive", "is_negative",
    "rem_euclid", "checked_add", "checked_sub", "checked_mul", "checked_div", "wrapping_add",
    "wrapping_sub", "wrapping_mul", "saturating_add", "saturating_sub", "saturating_mul", "count_ones",
    "count_zeros", "leading_zeros", "trailing_zeros", "is_power_of_two", "abs_diff", "div_euclid",
    "checked_rem", "checked_pow", "wrapping_pow", "saturating_pow", "overflowing_add", "overflowing_sub",
    "overflowing_mul", "wrapping_neg", "checked_neg", "unsigned_abs", "isqrt", "ilog2", "ilog10",
  ]

  /// The ASCII tests and mappings take `&self`: called by path, their argument is a reference
  /// (`char::is_ascii_digit(&c)`, and `filter(char::is_ascii_digit)` over `&char`s).
  private static let referenceMethods: Set<String> = [
    "is_ascii_digit", "is_ascii_alphabetic", "is_ascii_uppercase", "is_ascii_lowercase",
    "is_ascii_punctuation", "to_ascii_uppercase", "to_ascii_lowercase",
  ]

  /// `str`'s methods taking `&self` that are passed by name where a closure goes
  /// (`map(str::to_uppercase)`, `map(str::trim)`).
  private static let textMethods: Set<String> = [
    "to_uppercase", "to_lowercase", "trim", "trim_start", "trim_end", "len", "is_empty", "to_string",
    "to_owned",
  ]

  /// `String`'s own methods taking `&self` passed by name (`map(String::len)` over `&String`s);
  /// `str`'s methods are not found through a `String::` path.
  private static let stringMethods: Set<String> = ["len", "is_empty", "capacity", "as_str", "clone"]

  /// `str::to_uppercase(s)` with `s` a local `&str` (a closure's parameter, when the path was
  /// passed where a closure goes), or `String::len(s)` with `s` a local `&String`: the method
  /// call on it. Nil for any other call.
  private func checkTextMethodPath(_ path: [String], arguments: [Expr], span: SourceSpan) -> TypedExpr? {
    guard path.count == 2, arguments.count == 1,
      (path[0] == "str" && Self.textMethods.contains(path[1]))
        || (path[0] == "String" && Self.stringMethods.contains(path[1])),
      case .path(let name, let generics) = arguments[0].kind, name.count == 1, generics.isEmpty,
      let slot = resolveLocal(name[0], at: arguments[0].span)
    else { return nil }
    let wanted = TypeTerm.reference(path[0] == "str" ? .str : .string, mutable: false)
    if !table.unify(locals[slot].type, wanted) {
      // Only the forwarded closure's parameter is reported: a call written out may coerce
      // its argument (`str::len(&name)`), which this does not model.
      guard name[0].hasPrefix("(argument") else { return nil }
      let found = table.displayName(locals[slot].type)
      error(
        "type mismatch in function arguments: expected `\(table.displayName(wanted))`, found `\(found)`",
        at: arguments[0].span)
      diagnostics[diagnostics.count - 1].code = "E0631"
      return invalid(span)
    }
    return checkMethodCall(receiver: arguments[0], method: path[1], generics: [], arguments: [], span: span)
  }

  /// The call rewritten as a method call, or nil when `path` is not such a method.
  func checkPrimitiveMethodPath(_ path: [String], arguments: [Expr], span: SourceSpan) -> TypedExpr? {
    if let text = checkTextMethodPath(path, arguments: arguments, span: span) { return text }
    guard path.count == 2, var type = Self.primitiveTypes[path[0]], Self.selfMethods.contains(path[1]),
      var receiver = arguments.first
    else { return nil }
    if Self.referenceMethods.contains(path[1]) {
      if case .reference(false, let referent) = receiver.kind {
        receiver = referent
      } else {
        // Only a local can be a reference here; the method call reads through it.
        guard case .path(let name, _) = receiver.kind, name.count == 1 else { return nil }
        type = .reference(type, mutable: false)
      }
    }
    switch receiver.kind {
    case .integer(let value, nil):
      guard case .integer(let kind) = type else { return nil }
      receiver.kind = .integer(value, suffix: kind.rawValue)
    case .float(let value, nil):
      guard case .float(let kind) = type else { return nil }
      receiver.kind = .float(value, suffix: kind.rawValue)
    case .path(let name, _) where name.count == 1:
      guard let slot = resolveLocal(name[0], at: receiver.span) else { return nil }
      if !table.unify(locals[slot].type, type) {
        let expected = table.displayName(type)
        let found = table.displayName(locals[slot].type)
        if name[0].hasPrefix("(argument") {
          // A function passed where a closure goes (`filter(char::is_alphanumeric)`): rustc
          // compares the two signatures.
          error(
            "type mismatch in function arguments: expected `\(expected)`, found `\(found)`", at: receiver.span
          )
          diagnostics[diagnostics.count - 1].code = "E0631"
        } else {
          error("mismatched types: expected `\(expected)`, found `\(found)`", at: receiver.span)
        }
        return invalid(span)
      }
    case .character where path[0] == "char":
      break
    default:
      return nil
    }
    return checkMethodCall(
      receiver: receiver, method: path[1], generics: [], arguments: Array(arguments.dropFirst()), span: span)
  }
}
