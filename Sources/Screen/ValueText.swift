import Execution
import MemoryModel

/// How a `Value` reads on screen: `ptr …a2a0 len 11 cap 11`, `Some(5)`, `[1, 2, 3]`.
package enum ValueText {
  /// Field names by struct name or `Enum::Variant` (`ProgramImage.fieldNames`).
  package typealias FieldNames = [String: [String]]

  package static func text(
    _ value: Value, addressForm: Format.AddressForm = .short, ellipsis: String = "…",
    maxItems: Int = 6, fieldNames: FieldNames = [:], collapsing collapsed: Set<UInt64> = []
  ) -> String {
    func address(_ address: UInt64) -> String {
      Format.address(address, addressForm, ellipsis: ellipsis)
    }
    func list(_ values: [Value], names: [String]? = nil) -> String {
      var parts = values.prefix(maxItems).enumerated().map { index, item in
        let shown = text(
          item, addressForm: addressForm, ellipsis: ellipsis, maxItems: maxItems, fieldNames: fieldNames,
          collapsing: collapsed)
        guard let names, names.count == values.count else { return shown }
        return names[index] + ": " + shown
      }
      if values.count > maxItems { parts.append(ellipsis) }
      return parts.joined(separator: ", ")
    }
    switch value {
    case .uninitialized:
      return "??"
    case .unit:
      return "()"
    case .boolean(let flag):
      return flag ? "true" : "false"
    case .integer(let number, _):
      return String(number)
    case .float(let number, _):
      return floatText(number)
    case .character(let scalar):
      return "'" + String(Character(scalar)).inert + "'"
    case .pointer(let target, let kind):
      switch kind {
      case .sharedReference, .mutableReference: return "\(kind.rawValue) \(address(target))"
      case .box, .rc, .raw: return "ptr \(address(target))"
      case .weak: return target == UInt64.max ? "weak (dangling)" : "weak \(address(target))"
      case .function: return "fn \(address(target)) (.text)"
      }
    case .slicePointer(let target, let length, _):
      return "ptr \(address(target)) len \(length)"
    case .traitObject(let target, let vtable, _):
      return "ptr \(address(target)) vtable \(address(vtable))"
    case .buffer(let pointer, let length, let capacity, let kind):
      // A buffer whose block is drawn right below names only its kind.
      if collapsed.contains(pointer) { return kind.rawValue + " {" + ellipsis + "}" }
      return "ptr \(address(pointer)) len \(length) cap \(capacity)"
    case .tuple(let values):
      if let words = hashTableWords(values) {
        // hashbrown's `RawTable` and the `RandomState` after it, named as std names them.
        if collapsed.contains(words.control) { return "HashMap {" + ellipsis + "}" }
        return
          "ctrl \(address(words.control)) mask \(words.mask) left \(words.growthLeft) items \(words.items)"
          + " + keys"
      }
      return "(" + list(values) + (values.count == 1 ? ",)" : ")")
    case .array(let values):
      return "[" + list(values) + "]"
    case .structure(let name, let fields):
      guard !fields.isEmpty else { return name }
      if fields.count == 1, Interpreter.isAtomic(name) { return list(fields) }
      if name == LibraryWrapper.vecDeque.rawValue, fields.count == 4,
        case .pointer(let pointer, _) = fields[1]
      {
        // rustc's own order, as words like a `Vec`'s: `cap 8 ptr …a2f0 head 5 len 8`.
        if collapsed.contains(pointer) { return name + " {" + ellipsis + "}" }
        return "cap \(text(fields[0])) ptr \(address(pointer)) head \(text(fields[2])) len \(text(fields[3]))"
      }
      if let thread = joinedThread(name: name, fields: fields) {
        // The handle's three words mean nothing to a learner; the thread it joins does.
        return "JoinHandle \(ellipsis == "…" ? "→" : "->") thread \(thread)"
      }
      guard let names = fieldNames[name] else { return "\(name) { \(list(fields)) }" }
      return "\(name) { \(list(fields, names: names)) }"
    case .variant(let enumName, let variant, let payload):
      let prefix = (enumName == "Option" || enumName == "Result") ? variant : "\(enumName)::\(variant)"
      if let names = fieldNames[enumName + "::" + variant], !payload.isEmpty {
        return "\(prefix) { \(list(payload, names: names)) }"
      }
      return payload.isEmpty ? prefix : "\(prefix)(\(list(payload)))"
    }
  }

  /// A hash table's six words (`HashMap` and `HashSet`: control pointer, bucket mask, growth left,
  /// items, then the two `RandomState` keys), which no tuple of the program's own has: its first
  /// word is a raw pointer.
  static func hashTableWords(_ values: [Value]) -> (
    control: UInt64, mask: Int128, growthLeft: Int128, items: Int128
  )? {
    guard values.count == 6, case .pointer(let control, .raw) = values[0],
      case .integer(let mask, "usize") = values[1], case .integer(let left, "usize") = values[2],
      case .integer(let items, "usize") = values[3], case .integer(_, "u64") = values[4],
      case .integer(_, "u64") = values[5]
    else { return nil }
    return (control, mask, left, items)
  }

  /// The thread a `JoinHandle` (`{ native, thread, packet }`, the thread's id in the middle:
  /// main's is 1, so thread 1's is 2) waits for.
  static func joinedThread(name: String, fields: [Value]) -> Int? {
    guard name.hasPrefix("JoinHandle<"), fields.count == 3, case .integer(let id, _) = fields[1], id > 1
    else {
      return nil
    }
    return Int(id) - 1
  }

  /// Rust's `{:?}` form for floats: integral values keep a `.0`.
  package static func floatText(_ number: Double) -> String {
    if number.isNaN { return "NaN" }
    if number.isInfinite { return number < 0 ? "-inf" : "inf" }
    if number == number.rounded(), abs(number) < 1e16 {
      return String(Int64(number)) + ".0"
    }
    return String(number)
  }
}

extension Value {
  /// Every address this value holds that could point into the heap or static data,
  /// outermost first (a `String`'s buffer, a `Box`'s payload, a struct's fields).
  package var pointerTargets: [UInt64] { heldAddresses }

  /// Simple values fit in one short cell (`5`, `true`, `'a'`); others get a row each.
  package var isScalar: Bool {
    switch self {
    case .unit, .boolean, .integer, .float, .character, .uninitialized: true
    default: false
    }
  }
}
