import MemoryModel

/// `std::cell::{Cell, RefCell}` and `std::rc::Weak`: their constructors, methods and
/// `Rc::downgrade`.
extension Checker {
  /// `Cell::new`, `RefCell::new`, `Weak::new` and `Rc::downgrade` (path without `std`); nil
  /// for any other path.
  func checkCellCall(_ path: [String], arguments: [Expr], span: SourceSpan) -> TypedExpr? {
    if path.count == 2, ["Cell", "RefCell", "Weak"].contains(path[0]), structs[path[0]] == nil,
      enums[path[0]] == nil
    {
      // Written without its `use`: rustc cannot resolve the name.
      let module = path[0] == "Weak" ? "rc" : "cell"
      error("cannot find type `\(path[0])` in this scope (add `use std::\(module)::\(path[0]);`)", at: span)
      return invalid(span)
    }
    let name: String
    switch path {
    case ["cell", "Cell", "new"], ["cell", "RefCell", "new"], ["rc", "Weak", "new"], ["Rc", "downgrade"]:
      name = path.suffix(2).joined(separator: "::")
    default:
      return nil
    }
    let expected = name == "Weak::new" ? 0 : 1
    guard arguments.count == expected else {
      argumentCountError(expected: expected, found: arguments.count, span: span)
      return invalid(span)
    }
    let checked = arguments.map { checkExpression($0) }
    switch name {
    case "Cell::new":
      return typed(.builtin(.cell(name), arguments: checked), .library(.cell, checked[0].type), span)
    case "RefCell::new":
      return typed(.builtin(.cell(name), arguments: checked), .library(.refCell, checked[0].type), span)
    case "Weak::new":
      return typed(.builtin(.cell(name), arguments: []), .library(.weak, table.fresh()), span)
    default:
      let inner = table.fresh()
      let rc = coerce(checked[0], to: .reference(.rc(inner), mutable: false))
      return typed(.builtin(.cell(name), arguments: [rc]), .library(.weak, inner), span)
    }
  }

  /// The methods of `Cell<T>`, `RefCell<T>` and `Weak<T>`; the guards have none of their own
  /// (a call goes on to the value they point at).
  func cellMethod(_ wrapper: LibraryWrapper, _ inner: TypeTerm, _ name: String) -> LibraryMethod? {
    func method(_ mode: SelfMode, _ parameters: [TypeTerm], _ result: TypeTerm) -> LibraryMethod {
      LibraryMethod(
        builtin: .cell("\(wrapper.rawValue)::\(name)"), selfMode: mode, parameters: parameters, result: result
      )
    }
    if wrapper.isChannelEnd { return channelMethod(wrapper, inner, name) }
    if wrapper.isIterator { return libraryIteratorMethod(wrapper, inner, name) }
    switch (wrapper, name) {
    case (.cell, "get") where isCopy(inner): return method(.reference, [], inner)
    case (.cell, "set"): return method(.reference, [inner], .unit)
    case (.cell, "replace"), (.refCell, "replace"): return method(.reference, [inner], inner)
    case (.cell, "take"): return method(.reference, [], inner)
    case (.cell, "swap"), (.refCell, "swap"):
      return method(.reference, [.reference(.library(wrapper, inner), mutable: false)], .unit)
    case (.cell, "into_inner"), (.refCell, "into_inner"): return method(.value, [], inner)
    case (.refCell, "borrow"): return method(.reference, [], .library(.ref, inner))
    case (.refCell, "borrow_mut"): return method(.reference, [], .library(.refMut, inner))
    case (.refCell, "try_borrow"):
      return method(.reference, [], .result(.library(.ref, inner), declareBorrowError("BorrowError")))
    case (.refCell, "try_borrow_mut"):
      return method(.reference, [], .result(.library(.refMut, inner), declareBorrowError("BorrowMutError")))
    case (.weak, "upgrade"): return method(.reference, [], .option(.rc(inner)))
    case (.weak, "strong_count"), (.weak, "weak_count"): return method(.reference, [], .usize)
    default: return nil
    }
  }

  /// std's zero-sized `BorrowError` / `BorrowMutError`, declared the first time a `try_borrow`
  /// needs it ("Display" marks a std type whose `Display` the formatter writes).
  func declareBorrowError(_ name: String) -> TypeTerm {
    if structs[name] == nil {
      let nowhere = SourceSpan(
        start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))
      structs[name] = StructInfo(
        name: name, fields: [], shape: .unit, derives: ["Debug", "Display"], span: nowhere)
    }
    return .structure(name)
  }

  /// rustc's report for writing (or borrowing `&mut`) through a guard: a `Ref` has no
  /// `DerefMut` (E0594 / E0596), and a `RefMut` must be held in a `mut` binding (E0596).
  /// False when the place is not reached through a guard.
  func reportWriteThroughGuard(_ place: TypedExpr, at span: SourceSpan, borrowing: Bool) -> Bool {
    var current = place
    while case .field(let base, _) = current.kind { current = base }
    guard case .deref(let pointer) = current.kind,
      case .library(let wrapper, let inner) = table.shallow(pointer.type), wrapper.isGuard
    else { return false }
    if wrapper == .ref {
      let innerName = table.displayName(inner).replacing("{integer}", with: "i32").replacing(
        "{float}", with: "f64")
      let guardName = "`Ref<'_, \(innerName)>`"
      if borrowing {
        ownershipError(
          "cannot borrow data in dereference of \(guardName) as mutable", at: span, code: "E0596",
          label: "cannot borrow as mutable")
      } else {
        ownershipError(
          "cannot assign to data in dereference of \(guardName)", at: span, code: "E0594",
          label: "cannot assign")
      }
      return true
    }
    guard case .local(let slot) = pointer.kind else { return false }
    ownershipError(
      "cannot borrow `\(locals[slot].name)` as mutable, as it is not declared as mutable", at: pointer.span,
      code: "E0596", label: "cannot borrow as mutable")
    return true
  }
}
