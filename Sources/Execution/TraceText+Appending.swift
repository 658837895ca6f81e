import MemoryModel

/// The commonest pieces of a step written straight into the bytes, each exactly as
/// `describe` and `render` spell it: a long trace spends most of its printing here.
extension TraceText {
  var newline: UInt8 { 0x0A }

  /// `  name: type at 0x… = value` and its newline, as `describe` spells `slotWritten`.
  func appendSlotWritten(
    frameID: Int, slot: Int, value: Value, in state: MachineState, to out: inout TraceBytes
  ) {
    let (name, type, address) = slotDescription(frameID: frameID, slot: slot, in: state)
    out.append("  ")
    out.append(name)
    out.append(": ")
    out.append(type)
    out.append(" at 0x")
    out.append(hex: address)
    out.append(" = ")
    appendRendered(value, in: state, to: &out)
    out.append(byte: newline)
  }

  /// `value` as `render(_:in:)` spells it.
  func appendRendered(_ value: Value, in state: MachineState, to out: inout TraceBytes) {
    switch value {
    case .integer(let number, let type):
      if number < 0 && type == "u128" {
        out.append(String(UInt128(truncatingIfNeeded: number)))
      } else {
        out.append(decimal: number)
      }
    case .boolean(let flag):
      out.append(flag ? "true" : "false")
    case .unit:
      out.append("()")
    case .pointer(let address, let kind) where kind == .sharedReference || kind == .mutableReference:
      out.append(kind == .sharedReference ? "&0x" : "&mut 0x")
      out.append(hex: address)
    case .buffer(let pointer, let length, let capacity, let kind):
      out.append(kind.rawValue)
      out.append(" { ptr: 0x")
      out.append(hex: pointer)
      out.append(", len: ")
      out.append(decimal: length)
      out.append(", cap: ")
      out.append(decimal: capacity)
      out.append(" }")
    default:
      out.append(render(value, in: state))
    }
  }
}

extension TraceText.SummaryCache {
  /// Appends the summary line of `state` (without its newline), remade only when what it
  /// shows changed.
  package mutating func appendSummary(of state: MachineState, in text: TraceText, to out: inout TraceBytes) {
    out.append(bytes: summary(of: state, in: text))
  }
}
