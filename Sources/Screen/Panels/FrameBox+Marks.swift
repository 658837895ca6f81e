import Execution
import MemoryModel

/// The marks a frame box adds to plain slot rows: dangling pointers, the slots of a popped
/// frame that something still points at, and the value a callee just handed back.
extension FrameBox {
  /// The header of a popped frame: `fn longer_label · popped · not ours any more`.
  func poppedTitle(maxWidth: Int) -> String {
    let separator = context.glyphs.separator
    let name = "fn " + frame.function
    let shortened = ModulePathText.shortenings(of: frame.function, ellipsis: context.glyphs.ellipsis)
    let variants =
      [name + separator + "popped" + separator + "not ours any more", name + separator + "popped"]
      + shortened.map { "fn " + $0 + separator + "popped" }
      + ["popped" + separator + frame.function] + shortened.map { "popped" + separator + $0 } + ["popped"]
    return variants.first { DisplayWidth.of($0) <= maxWidth } ?? "popped"
  }

  /// `← fact returned 120` on the caller's bottom edge, in the step its callee returned.
  func returnTag(maxWidth: Int) -> String? {
    guard let returned = scene.marks.returned,
      let callee = scene.state.poppedFrames.last(where: { $0.id == returned.frameID })
    else { return nil }
    let arrow = context.glyphs.returnedMark
    let value = ValueText.text(returned.value, addressForm: columns.addressForm, ellipsis: columns.ellipsis)
    let shortened = ModulePathText.shortenings(of: callee.function, ellipsis: context.glyphs.ellipsis)
    let variants =
      ["\(arrow) \(callee.function) returned \(value)"]
      + shortened.map { "\(arrow) \($0) returned \(value)" } + [
        "\(arrow) returned \(value)",
        "\(arrow) \(value)",
      ]
    return variants.first { DisplayWidth.of($0) + 2 <= maxWidth }
  }

  /// A type too wide for `width` split at its last space that fits (`[u8;` / `1024]`), the
  /// second part clipped at a word if it is still too wide; nil when there is no such space.
  package static func wrappedType(_ type: String, width: Int, ellipsis: String) -> (
    head: String, tail: String
  )? {
    guard DisplayWidth.of(type) > width else { return nil }
    var head = ""
    var splitAt: String.Index?
    for index in type.indices {
      if type[index] == " ", DisplayWidth.of(head) <= width, head.count >= 2 { splitAt = index }
      head.append(type[index])
      if DisplayWidth.of(head) > width { break }
    }
    guard let splitAt else { return nil }
    let tail = String(type[type.index(after: splitAt)...])
    return (String(type[..<splitAt]), clippedAtWord(tail, to: width, ellipsis: ellipsis))
  }

  /// `text` cut to `width` columns at a word boundary where one exists (`[u8; …`, not `[u8; 10…`).
  package static func clippedAtWord(_ text: String, to width: Int, ellipsis: String) -> String {
    guard DisplayWidth.of(text) > width else { return text }
    let clipped = Format.clipped(text, to: width, ellipsis: ellipsis)
    let kept = clipped.dropLast(ellipsis.count)
    guard let space = kept.lastIndex(of: " ") else { return clipped }
    let head = kept[...space]
    return head.count >= 2 ? String(head) + ellipsis : clipped
  }
}

extension Scene {
  /// `✗ dangling` for a live slot whose pointer leads to freed or popped memory, or to a
  /// value already dropped or moved away; nil for everything else.
  package func danglingMark(of slot: FrameState.Slot?, at ref: SlotRef, glyphs: BoxDrawing) -> String? {
    // A value an animation still shows from before the step is judged by that moment, not this state.
    guard let slot, slot.status == .live, animation.slotOverrides[ref] == nil,
      state.danglingTarget(of: slot, image: image) != nil
    else {
      return nil
    }
    // The what-if run stopped reading through this pointer: say what the read found.
    if let fault = state.whatIfFaultAddress, state.pointer(in: slot, leadsTo: fault, image: image) {
      let cross = glyphs.danglingMark.prefix { $0 != " " }
      switch state.liveness(of: fault, image: image) {
      case .poppedFrame: return cross + " reads a dead frame"
      case .freedBlock, .reusedBlock: return cross + " reads freed memory"
      default: return cross + " reads lost memory"
      }
    }
    return glyphs.danglingMark
  }
}

extension BoxDrawing {
  private var isPlainASCII: Bool { horizontal == "-" }
  /// Beside a pointer whose target is gone.
  package var danglingMark: String { isPlainASCII ? "x dangling" : "✗ dangling" }
  /// Beside a slot of a popped frame that a live pointer still names.
  package var pointedFromMark: String { isPlainASCII ? "<-" : "◄" }
  /// Before the value a returning call handed to its caller.
  package var returnedMark: String { isPlainASCII ? "<-" : "←" }
}
