/// The standard library's one-parameter wrappers around a value that memtutor models:
/// `std::cell::{Cell, RefCell, Ref, RefMut}` and `std::rc::Weak`.
package enum LibraryWrapper: String, Hashable, Sendable {
  /// `Cell<T>`: the value itself (same size), changed through `&self`.
  case cell = "Cell"
  /// `RefCell<T>`: `{ borrow: isize, value: T }`, the borrow flag counting the live guards.
  case refCell = "RefCell"
  /// `Ref<'_, T>`: a pointer to the value and one to its `RefCell`'s borrow flag.
  case ref = "Ref"
  /// `RefMut<'_, T>`: the same two pointers, for the one mutable borrow.
  case refMut = "RefMut"
  /// `Weak<T>`: a pointer to an `Rc`'s block that keeps the block, not the value, alive.
  case weak = "Weak"
  /// `mpsc::Sender<T>`: the channel's flavour and a pointer to its shared block (16 bytes).
  case sender = "Sender"
  /// `mpsc::Receiver<T>`: the same two words, for the receiving end.
  case receiver = "Receiver"

  /// The names of its fields, as std declares them (for the screen and owners' names).
  package var fieldNames: [String] {
    switch self {
    case .cell: ["value"]
    case .refCell: ["borrow", "value"]
    case .ref, .refMut: ["value", "borrow"]
    case .weak: []
    case .sender, .receiver: ["flavor", "counter"]
    }
  }

  /// Whether the type is a guard that borrows a `RefCell` (`Ref`, `RefMut`).
  package var isGuard: Bool { self == .ref || self == .refMut }

  /// Whether the type is one end of an `mpsc` channel.
  package var isChannelEnd: Bool { self == .sender || self == .receiver }
}
