import MemoryModel

extension TraceJSON {
  /// Appends `event` exactly as `event(_:)` spells it, without building a string for every
  /// field: a long trace spends most of its printing here.
  package static func appendEvent(_ event: Event, to out: inout TraceBytes) {
    switch event {
    case .framePushed(let frameID, let layoutIndex, let topAddress, let callLine):
      out.append("{\"kind\": \"framePushed\", \"frame\": ")
      out.append(decimal: frameID)
      out.append(", \"layout\": ")
      out.append(decimal: layoutIndex)
      out.append(", \"top\": ")
      appendAddress(topAddress, to: &out)
      out.append(", \"callLine\": ")
      if let callLine { out.append(decimal: callLine) } else { out.append("null") }
      out.append("}")
    case .framePopped(let frameID, let returned):
      out.append("{\"kind\": \"framePopped\", \"frame\": ")
      out.append(decimal: frameID)
      out.append(", \"returned\": ")
      if let returned { appendValue(returned, to: &out) } else { out.append("null") }
      out.append("}")
    case .slotWritten(let frameID, let slot, let written):
      out.append("{\"kind\": \"slotWritten\", \"frame\": ")
      out.append(decimal: frameID)
      out.append(", \"slot\": ")
      out.append(decimal: slot)
      out.append(", \"value\": ")
      appendValue(written, to: &out)
      out.append("}")
    case .slotMovedOut(let frameID, let slot), .slotDied(let frameID, let slot):
      if case .slotDied = event {
        out.append("{\"kind\": \"slotDied\", \"frame\": ")
      } else {
        out.append("{\"kind\": \"slotMovedOut\", \"frame\": ")
      }
      out.append(decimal: frameID)
      out.append(", \"slot\": ")
      out.append(decimal: slot)
      out.append("}")
    case .heapElementsReplaced(let blockID, let range, let elements):
      out.append("{\"kind\": \"heapElementsReplaced\", \"block\": ")
      out.append(decimal: blockID)
      out.append(", \"from\": ")
      out.append(decimal: range.lowerBound)
      out.append(", \"to\": ")
      out.append(decimal: range.upperBound)
      out.append(", \"elements\": [")
      appendValues(elements, to: &out)
      out.append("]}")
    case .heapValueWritten(let blockID, let written):
      out.append("{\"kind\": \"heapValueWritten\", \"block\": ")
      out.append(decimal: blockID)
      out.append(", \"value\": ")
      appendValue(written, to: &out)
      out.append("}")
    case .heapFreed(let blockID):
      out.append("{\"kind\": \"heapFreed\", \"block\": ")
      out.append(decimal: blockID)
      out.append("}")
    default:
      out.append(Self.event(event))
    }
  }

  /// Appends `value` exactly as `value(_:)` spells it.
  package static func appendValue(_ value: Value, to out: inout TraceBytes) {
    switch value {
    case .integer(let number, let type):
      out.append("{\"kind\": \"integer\", \"type\": ")
      appendString(type, to: &out)
      out.append(", \"value\": \"")
      if type == "u128" && number < 0 {
        out.append(String(UInt128(truncatingIfNeeded: number)))
      } else {
        out.append(decimal: number)
      }
      out.append("\"}")
    case .boolean(let flag):
      out.append(flag ? "{\"kind\": \"bool\", \"value\": true}" : "{\"kind\": \"bool\", \"value\": false}")
    case .unit:
      out.append("{\"kind\": \"unit\"}")
    case .uninitialized:
      out.append("{\"kind\": \"uninitialized\"}")
    case .pointer(let target, let kind):
      out.append("{\"kind\": \"pointer\", \"pointer\": ")
      appendString(kind.rawValue, to: &out)
      out.append(", \"address\": ")
      appendAddress(target, to: &out)
      out.append("}")
    case .tuple(let items):
      out.append("{\"kind\": \"tuple\", \"items\": [")
      appendValues(items, to: &out)
      out.append("]}")
    case .structure(let name, let fields):
      out.append("{\"kind\": \"struct\", \"name\": ")
      appendString(name, to: &out)
      out.append(", \"fields\": [")
      appendValues(fields, to: &out)
      out.append("]}")
    default:
      out.append(Self.value(value))
    }
  }

  private static func appendValues(_ values: [Value], to out: inout TraceBytes) {
    var first = true
    for item in values {
      if !first { out.append(", ") }
      first = false
      appendValue(item, to: &out)
    }
  }

  /// `text` as `string(_:)` spells it: quoted as it is when it is plain printable ASCII.
  static func appendString(_ text: String, to out: inout TraceBytes) {
    var text = text
    let isPlain = text.withUTF8 { bytes in
      bytes.allSatisfy { byte in
        byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
      }
    }
    guard isPlain else { return out.append(string(text)) }
    out.append(byte: UInt8(ascii: "\""))
    out.append(text)
    out.append(byte: UInt8(ascii: "\""))
  }

  private static func appendAddress(_ value: UInt64, to out: inout TraceBytes) {
    out.append("\"0x")
    out.append(hex: value)
    out.append(byte: UInt8(ascii: "\""))
  }
}
