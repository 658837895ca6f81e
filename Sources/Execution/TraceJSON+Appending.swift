import MemoryModel

extension TraceJSON {
  /// Appends `event` exactly as `event(_:)` spells it, without building a string for every
  /// field: a long trace spends most of its printing here.
  package static func appendEvent(_ event: Event, to out: inout String) {
    switch event {
    case .framePushed(let frameID, let layoutIndex, let topAddress, let callLine):
      out += "{\"kind\": \"framePushed\", \"frame\": "
      out += String(frameID)
      out += ", \"layout\": "
      out += String(layoutIndex)
      out += ", \"top\": "
      appendAddress(topAddress, to: &out)
      out += ", \"callLine\": "
      out += callLine.map { String($0) } ?? "null"
      out += "}"
    case .framePopped(let frameID, let returned):
      out += "{\"kind\": \"framePopped\", \"frame\": "
      out += String(frameID)
      out += ", \"returned\": "
      if let returned { appendValue(returned, to: &out) } else { out += "null" }
      out += "}"
    case .slotWritten(let frameID, let slot, let written):
      out += "{\"kind\": \"slotWritten\", \"frame\": "
      out += String(frameID)
      out += ", \"slot\": "
      out += String(slot)
      out += ", \"value\": "
      appendValue(written, to: &out)
      out += "}"
    case .slotMovedOut(let frameID, let slot), .slotDied(let frameID, let slot):
      if case .slotDied = event {
        out += "{\"kind\": \"slotDied\", \"frame\": "
      } else {
        out += "{\"kind\": \"slotMovedOut\", \"frame\": "
      }
      out += String(frameID)
      out += ", \"slot\": "
      out += String(slot)
      out += "}"
    case .heapElementsReplaced(let blockID, let range, let elements):
      out += "{\"kind\": \"heapElementsReplaced\", \"block\": "
      out += String(blockID)
      out += ", \"from\": "
      out += String(range.lowerBound)
      out += ", \"to\": "
      out += String(range.upperBound)
      out += ", \"elements\": ["
      appendValues(elements, to: &out)
      out += "]}"
    case .heapValueWritten(let blockID, let written):
      out += "{\"kind\": \"heapValueWritten\", \"block\": "
      out += String(blockID)
      out += ", \"value\": "
      appendValue(written, to: &out)
      out += "}"
    case .heapFreed(let blockID):
      out += "{\"kind\": \"heapFreed\", \"block\": "
      out += String(blockID)
      out += "}"
    default:
      out += Self.event(event)
    }
  }

  /// Appends `value` exactly as `value(_:)` spells it.
  package static func appendValue(_ value: Value, to out: inout String) {
    switch value {
    case .integer(let number, let type):
      out += "{\"kind\": \"integer\", \"type\": "
      out += string(type)
      out += ", \"value\": \""
      if type == "u128" && number < 0 {
        out += String(UInt128(truncatingIfNeeded: number))
      } else {
        out += String(number)
      }
      out += "\"}"
    case .boolean(let flag):
      out += flag ? "{\"kind\": \"bool\", \"value\": true}" : "{\"kind\": \"bool\", \"value\": false}"
    case .unit:
      out += "{\"kind\": \"unit\"}"
    case .uninitialized:
      out += "{\"kind\": \"uninitialized\"}"
    case .pointer(let target, let kind):
      out += "{\"kind\": \"pointer\", \"pointer\": "
      out += string(kind.rawValue)
      out += ", \"address\": "
      appendAddress(target, to: &out)
      out += "}"
    case .tuple(let items):
      out += "{\"kind\": \"tuple\", \"items\": ["
      appendValues(items, to: &out)
      out += "]}"
    case .structure(let name, let fields):
      out += "{\"kind\": \"struct\", \"name\": "
      out += string(name)
      out += ", \"fields\": ["
      appendValues(fields, to: &out)
      out += "]}"
    default:
      out += Self.value(value)
    }
  }

  private static func appendValues(_ values: [Value], to out: inout String) {
    var first = true
    for item in values {
      if !first { out += ", " }
      first = false
      appendValue(item, to: &out)
    }
  }

  private static func appendAddress(_ value: UInt64, to out: inout String) {
    out += "\"0x"
    out += String(value, radix: 16)
    out += "\""
  }
}
