import MemoryModel

/// A trace as a stable JSON document for tools (`memtutor trace --json`).
///
/// Shape: `{"format": 1, "path", "exitStatus", "stdout", "stderr", "stackTop", "stackLimit",
/// "layouts": [...], "statics": [...], "steps": [{"step", "line", "column", "events": [...]}]}`.
/// Every event is an object with a `kind` (the `Event` case name) and its fields; addresses
/// are hex strings, values are `{"kind": ..., ...}` objects.
package struct TraceJSON {
  package let trace: Trace

  package func rendered() -> String { rendered(budget: .max).text }

  /// The document, leaving out the steps that start past `budget` bytes (it stays valid JSON);
  /// `isComplete` says whether every step made it in.
  package func rendered(budget: Int) -> (text: String, isComplete: Bool) {
    var isComplete = true
    var out = TraceBytes()
    out.append(header(outcome: trace.outcome))
    for index in 0..<trace.stepCount {
      if out.count > budget {
        isComplete = false
        break
      }
      let step = trace.steps[index]
      appendStep(
        index: index, line: step.line, column: step.column, events: trace.events(of: index), to: &out)
    }
    out.append(Self.footer)
    return (out.text, isComplete)
  }

  /// Everything before the first step: the outcome, the layouts and the statics, and the
  /// opening of `"steps"`.
  package func header(outcome: Trace.Outcome) -> String {
    let image = trace.image
    var out = "{\n"
    out += "  \"format\": 1,\n"
    out += "  \"path\": \(Self.string(image.path)),\n"
    out += "  \"exitStatus\": \(outcome.exitStatus),\n"
    out += "  \"stdout\": \(Self.string(outcome.stdout)),\n"
    out += "  \"stderr\": \(Self.string(outcome.stderr)),\n"
    out += "  \"stackTop\": \(Self.address(image.stackTop)),\n"
    out += "  \"stackLimit\": \(image.stackLimit),\n"
    out += "  \"layouts\": [\n"
    out += image.layouts.map { layout in
      let slots = layout.slots.map { slot in
        "{\"name\": \(Self.string(slot.name)), \"type\": \(Self.string(slot.typeName)), \"offset\": \(slot.offset), \"size\": \(slot.size), \"alignment\": \(slot.alignment), \"parameter\": \(slot.isParameter), \"line\": \(slot.declaredLine)}"
      }
      return
        "    {\"function\": \(Self.string(layout.function)), \"size\": \(layout.size), \"slots\": [\(slots.joined(separator: ", "))]}"
    }.joined(separator: ",\n")
    out += "\n  ],\n"
    out += "  \"statics\": [\n"
    out += image.statics.map { item in
      "    {\"address\": \(Self.address(item.address)), \"section\": \(Self.string(item.section.rawValue)), \"label\": \(Self.string(item.label)), \"size\": \(item.bytes.count), \"line\": \(item.line)}"
    }.joined(separator: ",\n")
    out += "\n  ],\n"
    out += "  \"steps\": [\n"
    return out
  }

  /// What closes the document after the last step.
  package static let footer = "\n  ]\n}\n"

  /// Appends step `index` (with the comma before it, after the first).
  package func appendStep(
    index: Int, line: Int32, column: Int32, events: some Collection<Event>, to out: inout TraceBytes
  ) {
    if index > 0 { out.append(",\n") }
    out.append("    {\"step\": ")
    out.append(decimal: index)
    out.append(", \"line\": ")
    out.append(decimal: line)
    out.append(", \"column\": ")
    out.append(decimal: column)
    out.append(", \"events\": [")
    var first = true
    for event in events {
      if !first { out.append(", ") }
      first = false
      Self.appendEvent(event, to: &out)
    }
    out.append("]}")
  }

  package static func string(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        // C1 and bidirectional controls too: valid JSON either way, but harmless when a
        // terminal shows the document.
        if InertText.needsEscape(scalar.value) {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  package static func address(_ value: UInt64) -> String {
    "\"0x" + String(value, radix: 16) + "\""
  }

  package static func object(_ fields: [(String, String)]) -> String {
    "{" + fields.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
  }

  package static func value(_ value: Value) -> String {
    switch value {
    case .uninitialized: return object([("kind", string("uninitialized"))])
    case .unit: return object([("kind", string("unit"))])
    case .boolean(let flag): return object([("kind", string("bool")), ("value", "\(flag)")])
    case .integer(let number, let type):
      let text = type == "u128" && number < 0 ? String(UInt128(truncatingIfNeeded: number)) : String(number)
      return object([("kind", string("integer")), ("type", string(type)), ("value", string(text))])
    case .float(let number, let type):
      return object([
        ("kind", string("float")), ("type", string(type)),
        ("value", string(TraceText.render(.float(number, type: type)))),
      ])
    case .character(let scalar): return object([("kind", string("char")), ("value", string(String(scalar)))])
    case .pointer(let target, let kind):
      return object([
        ("kind", string("pointer")), ("pointer", string(kind.rawValue)), ("address", address(target)),
      ])
    case .traitObject(let target, let vtable, let kind):
      return object([
        ("kind", string("traitObject")), ("pointer", string(kind.rawValue)), ("address", address(target)),
        ("vtable", address(vtable)),
      ])
    case .slicePointer(let target, let length, let kind):
      return object([
        ("kind", string("slicePointer")), ("pointer", string(kind.rawValue)), ("address", address(target)),
        ("length", "\(length)"),
      ])
    case .buffer(let pointer, let length, let capacity, let kind):
      return object([
        ("kind", string("buffer")), ("buffer", string(kind.rawValue)), ("pointer", address(pointer)),
        ("length", "\(length)"), ("capacity", "\(capacity)"),
      ])
    case .tuple(let items):
      return object([
        ("kind", string("tuple")), ("items", "[" + items.map(self.value).joined(separator: ", ") + "]"),
      ])
    case .array(let items):
      return object([
        ("kind", string("array")), ("items", "[" + items.map(self.value).joined(separator: ", ") + "]"),
      ])
    case .structure(let name, let fields):
      return object([
        ("kind", string("struct")), ("name", string(name)),
        ("fields", "[" + fields.map(self.value).joined(separator: ", ") + "]"),
      ])
    case .variant(let enumName, let variant, let payload):
      return object([
        ("kind", string("variant")), ("enum", string(enumName)), ("variant", string(variant)),
        ("payload", "[" + payload.map(self.value).joined(separator: ", ") + "]"),
      ])
    }
  }

  package static func contents(_ contents: HeapBlock.Contents) -> String {
    switch contents {
    case .elements(let type, let size, let capacity, let elements):
      return object([
        ("kind", string("elements")), ("elementType", string(type)), ("elementSize", "\(size)"),
        ("capacity", "\(capacity)"), ("elements", "[" + elements.map(value).joined(separator: ", ") + "]"),
      ])
    case .bytes(let capacity, let bytes):
      return object([
        ("kind", string("bytes")), ("capacity", "\(capacity)"),
        ("text", string(String(decoding: bytes, as: UTF8.self))),
        ("length", "\(bytes.count)"),
      ])
    case .boxed(let type, let boxed):
      return object([("kind", string("boxed")), ("type", string(type)), ("value", value(boxed))])
    case .counted(let type, let strong, let weak, let counted):
      return object([
        ("kind", string("counted")), ("type", string(type)), ("strong", "\(strong)"), ("weak", "\(weak)"),
        ("value", value(counted)),
      ])
    }
  }

  package static func block(_ block: HeapBlock) -> String {
    object([
      ("id", "\(block.id)"), ("address", address(block.address)), ("size", "\(block.size)"),
      ("alignment", "\(block.alignment)"), ("owner", block.owner.map(string) ?? "null"),
      ("contents", contents(block.contents)),
    ])
  }

  package static func event(_ event: Event) -> String {
    func kind(_ name: String, _ fields: [(String, String)] = []) -> String {
      object([("kind", string(name))] + fields)
    }
    switch event {
    case .framePushed(let frameID, let layoutIndex, let topAddress, let callLine):
      return kind(
        "framePushed",
        [
          ("frame", "\(frameID)"), ("layout", "\(layoutIndex)"), ("top", address(topAddress)),
          ("callLine", callLine.map { "\($0)" } ?? "null"),
        ])
    case .framePopped(let frameID, let returned):
      return kind("framePopped", [("frame", "\(frameID)"), ("returned", returned.map(value) ?? "null")])
    case .slotWritten(let frameID, let slot, let written):
      return kind("slotWritten", [("frame", "\(frameID)"), ("slot", "\(slot)"), ("value", value(written))])
    case .slotMovedOut(let frameID, let slot):
      return kind("slotMovedOut", [("frame", "\(frameID)"), ("slot", "\(slot)")])
    case .slotDied(let frameID, let slot):
      return kind("slotDied", [("frame", "\(frameID)"), ("slot", "\(slot)")])
    case .dropRan(let typeName, let label):
      return kind("dropRan", [("type", string(typeName)), ("label", string(label))])
    case .inputRead(let text):
      return kind("inputRead", [("text", string(text))])
    case .heapAllocated(let allocated):
      return kind("heapAllocated", [("block", block(allocated))])
    case .heapWritten(let blockID, let written):
      return kind("heapWritten", [("block", "\(blockID)"), ("contents", contents(written))])
    case .heapReallocated(let blockID, let newSize, let newContents, let movedTo):
      return kind(
        "heapReallocated",
        [
          ("block", "\(blockID)"), ("newSize", "\(newSize)"), ("contents", contents(newContents)),
          ("movedTo", movedTo.map(block) ?? "null"),
        ])
    case .heapElementsReplaced(let blockID, let range, let elements):
      return kind(
        "heapElementsReplaced",
        [
          ("block", "\(blockID)"), ("from", "\(range.lowerBound)"), ("to", "\(range.upperBound)"),
          ("elements", "[" + elements.map(value).joined(separator: ", ") + "]"),
        ])
    case .heapBytesReplaced(let blockID, let range, let bytes):
      return kind(
        "heapBytesReplaced",
        [
          ("block", "\(blockID)"), ("from", "\(range.lowerBound)"), ("to", "\(range.upperBound)"),
          ("bytes", "[" + bytes.map { "\($0)" }.joined(separator: ", ") + "]"),
        ])
    case .heapValueWritten(let blockID, let written):
      return kind("heapValueWritten", [("block", "\(blockID)"), ("value", value(written))])
    case .heapCountsChanged(let blockID, let strong, let weak):
      return kind(
        "heapCountsChanged", [("block", "\(blockID)"), ("strong", "\(strong)"), ("weak", "\(weak)")])
    case .heapOwnerChanged(let blockID, let owner):
      return kind("heapOwnerChanged", [("block", "\(blockID)"), ("owner", owner.map(string) ?? "null")])
    case .heapFreed(let blockID):
      return kind("heapFreed", [("block", "\(blockID)")])
    case .heapLeaked(let blockID):
      return kind("heapLeaked", [("block", "\(blockID)")])
    case .printed(let stream, let text):
      return kind("printed", [("stream", string(stream.rawValue)), ("text", string(text))])
    case .panicked(let message, let line, let column):
      return kind("panicked", [("message", string(message)), ("line", "\(line)"), ("column", "\(column)")])
    case .stackOverflowed(let frameSize, let depth):
      return kind("stackOverflowed", [("frameSize", "\(frameSize)"), ("depth", "\(depth)")])
    case .exited(let status):
      return kind("exited", [("status", "\(status)")])
    case .stopped(let reason):
      return kind("stopped", [("reason", string(reason))])
    case .threadSpawned(let thread):
      return kind(
        "threadSpawned",
        [
          ("thread", "\(thread.number)"), ("name", thread.name.map(string) ?? "null"),
          ("stackTop", address(thread.stackTop)), ("stackSize", "\(thread.stackSize)"),
        ])
    case .threadSwitched(let number):
      return kind("threadSwitched", [("thread", "\(number)")])
    case .threadStateChanged(let number, let runState):
      var fields = [("thread", "\(number)")]
      switch runState {
      case .running: fields.append(("state", string("running")))
      case .ready: fields.append(("state", string("ready")))
      case .joining(let other): fields += [("state", string("joining")), ("joining", "\(other)")]
      case .locking(let lock): fields += [("state", string("locking")), ("mutex", address(lock))]
      case .receiving(let channel): fields += [("state", string("receiving")), ("channel", address(channel))]
      case .finished(let panicked): fields += [("state", string("finished")), ("panicked", "\(panicked)")]
      }
      return kind("threadStateChanged", fields)
    }
  }

  package init(trace: Trace) {
    self.trace = trace
  }
}
