import MemoryModel

/// `std::cmp::Ordering`, the result of `cmp`: a library enum of three unit variants with
/// the discriminants the standard library gives them (`#[repr(i8)]`, -1, 0, 1), so it is
/// one byte on the stack and prints `Less`, `Equal`, `Greater` with `{:?}`.
extension Checker {
  package static let orderingName = "Ordering"

  /// Declares the library's `Ordering` unless the program declares a type of that name.
  func registerStandardOrdering() {
    for item in program.items {
      switch item {
      case .structure(let decl) where decl.name == Self.orderingName: return
      case .enumeration(let decl) where decl.name == Self.orderingName: return
      default: continue
      }
    }
    enums[Self.orderingName] = EnumInfo(
      name: Self.orderingName,
      variants: [("Less", [], -1), ("Equal", [], 0), ("Greater", [], 1)],
      derives: ["Debug", "Clone", "Copy", "PartialEq", "Eq", "PartialOrd", "Ord", "Hash"], span: .unknown)
    usesStandardOrdering = true
  }

  /// `std::cmp::Ordering::Less` (also through `use std::cmp;`) names the library enum.
  func shortenedOrderingPath(_ path: [String]) -> [String] {
    guard usesStandardOrdering, path.count >= 3, path[0] == "std", path[1] == "cmp",
      path[2] == Self.orderingName
    else { return path }
    return Array(path.dropFirst(2))
  }

  /// `Ordering::Less` without `use std::cmp::Ordering;`: rustc's E0433, at the type's name.
  /// True when the path was refused.
  func refuseUnimportedOrdering(_ rawPath: [String], span: SourceSpan) -> Bool {
    guard usesStandardOrdering, rawPath.count == 2, rawPath[0] == Self.orderingName,
      imports[Self.orderingName] == nil
    else { return false }
    let end = SourceLocation(line: span.start.line, column: span.start.column + Self.orderingName.count)
    var diagnostic = Diagnostic(
      "cannot find type `\(Self.orderingName)` in this scope", at: SourceSpan(start: span.start, end: end))
    diagnostic.code = "E0433"
    diagnostics.append(diagnostic)
    return true
  }

  /// `a.cmp(&b)` on integers, chars, bools and text; `partial_cmp` also on floats.
  func orderingMethod(on type: TypeTerm, _ name: String) -> LibraryMethod? {
    guard usesStandardOrdering else { return nil }
    let ordering = TypeTerm.enumeration(Self.orderingName)
    if case .enumeration(Self.orderingName) = type {
      func method(_ parameters: [TypeTerm], _ result: TypeTerm) -> LibraryMethod {
        LibraryMethod(
          builtin: .orderingMethod(name), selfMode: .value, parameters: parameters, result: result)
      }
      switch name {
      case "then": return method([ordering], ordering)
      case "max", "min": return method([ordering], ordering)
      case "reverse": return method([], ordering)
      case "is_lt", "is_le", "is_gt", "is_ge", "is_eq", "is_ne": return method([], .bool)
      default: return nil
      }
    }
    if let derived = derivedOrderingMethod(on: type, name) { return derived }
    guard name == "cmp" || name == "partial_cmp" || name == "total_cmp" else { return nil }
    var type = type
    if case .variable = type {
      // An unsuffixed literal's type falls back to `i32` / `f64`, as for `max` and `min`;
      // not for `total_cmp`, an inherent method rustc looks up only on a settled float (E0689,
      // or E0599 through a reference: `sort_by(|a, b| a.total_cmp(b))` on a `vec![2.0, 1.0]`).
      switch table.kind(of: type) {
      case .integer: guard table.unify(type, .i32) else { return nil }
      case .float: guard name != "total_cmp", table.unify(type, .float(.f64)) else { return nil }
      default: return nil
      }
      type = table.shallow(type)
    }
    switch type {
    case .integer, .char, .bool, .str, .string: break
    case .float where name == "partial_cmp" || name == "total_cmp": break
    default: return nil
    }
    // `total_cmp` is the floats' own total order.
    if name == "total_cmp" {
      guard case .float = type else { return nil }
    }
    return LibraryMethod(
      builtin: .orderingMethod(name), selfMode: .reference, parameters: [.reference(type, mutable: false)],
      result: name == "partial_cmp" ? .option(ordering) : ordering)
  }

  /// `cmp`, `partial_cmp`, `max` and `min` on a type of the program's own that derives
  /// `Ord` (`PartialOrd` for `partial_cmp`): compared field by field, or by variant order.
  private func derivedOrderingMethod(on type: TypeTerm, _ name: String) -> LibraryMethod? {
    let derives: Set<String>
    switch type {
    case .structure(let typeName): derives = structs[typeName]?.derives ?? []
    case .enumeration(let typeName): derives = enums[typeName]?.derives ?? []
    default: return nil
    }
    let ordering = TypeTerm.enumeration(Self.orderingName)
    switch name {
    case "cmp" where derives.contains("Ord"):
      return LibraryMethod(
        builtin: .orderingMethod(name), selfMode: .reference, parameters: [.reference(type, mutable: false)],
        result: ordering)
    case "partial_cmp" where derives.contains("PartialOrd"):
      return LibraryMethod(
        builtin: .orderingMethod(name), selfMode: .reference, parameters: [.reference(type, mutable: false)],
        result: .option(ordering))
    case "max" where derives.contains("Ord"), "min" where derives.contains("Ord"):
      return LibraryMethod(
        builtin: .orderingMethod(name), selfMode: .value, parameters: [type], result: type)
    default:
      return nil
    }
  }
}
