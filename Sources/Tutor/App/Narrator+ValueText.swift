import Execution
import MemoryModel
import Screen

/// How a sentence names a value: like the panels, with struct and variant fields by name, and
/// a String or Vec held inside a bigger value by its kind (its own block has its own sentence).
extension Narrator {
  func valueText(_ value: Value, addressForm: Format.AddressForm = .short) -> String {
    ValueText.text(
      value, addressForm: addressForm, fieldNames: image.fieldNames,
      collapsing: Self.nestedBuffers(in: value, nested: false))
  }

  /// The pointers of the buffers inside `value` below its top level.
  static func nestedBuffers(in value: Value, nested: Bool) -> Set<UInt64> {
    switch value {
    case .buffer(let pointer, _, _, _):
      return nested ? [pointer] : []
    case .structure(_, let parts), .tuple(let parts), .array(let parts), .variant(_, _, let parts):
      return parts.reduce(into: Set<UInt64>()) { found, part in
        found.formUnion(nestedBuffers(in: part, nested: true))
      }
    default:
      return []
    }
  }

  /// A stop message as the end of a sentence: without the newline it was printed with, and
  /// without a period of its own (the sentence adds one).
  static func stopReason(_ reason: String) -> String {
    var text = Substring(reason)
    while let last = text.last, last.isWhitespace || last == "." { text.removeLast() }
    return String(text)
  }
}
