import Execution
import MemoryModel
import Screen

/// The sentences about `RefCell` borrow flags and the `Ref` / `RefMut` guards that count in them.
extension Narrator {
  /// A sentence for a cell or guard written to a slot, or nil to describe it as any value.
  func cellSentence(name: String, slot: FrameLayout.Slot, value: Value, previous: Value?) -> String? {
    guard case .structure(let kind, let fields) = value else { return nil }
    switch kind {
    case "RefCell":
      guard case .structure("RefCell", let old)? = previous, old.count == 2, fields.count == 2,
        old[1] == fields[1], case .integer(let flag, _) = fields[0], old[0] != fields[0]
      else { return nil }
      // Only the flag changed: a guard was made or dropped.
      if flag > 0 {
        let readers = flag == 1 ? "one `Ref` reads" : "\(flag) `Ref`s read"
        return "\(name)'s borrow flag is now \(flag): \(readers) its value."
      }
      if flag < 0 { return "\(name)'s borrow flag is now -1: one `RefMut` may change its value." }
      return "\(name)'s borrow flag is back to 0: no guard borrows its value."
    case "Ref", "RefMut":
      guard fields.count == 2 else { return nil }
      let guardKind = kind == "Ref" ? "a shared borrow" : "the one mutable borrow"
      return
        "\(name) is a `\(slot.typeName)` (\(Format.bytes(slot.size))), \(guardKind): a pointer to the value and one to its `RefCell`'s borrow flag, counted back when \(name) drops."
    default:
      return nil
    }
  }
}
