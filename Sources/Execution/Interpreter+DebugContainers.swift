import MemoryModel
import RustFrontEnd

/// A container's `{:?}` whose elements have a hand-written `Debug` (`Checker+DebugContainers`):
/// the walk's `fmt` calls left one formatter each since `debugRenderedBegin`; their texts stand
/// in for those elements while the container is written as std's `Debug` writes it, into a
/// formatter of the placeholder's options that the format then takes as a rendered value.
extension Interpreter {
  func debugRenderedResult(
    spec: FormatString.Spec, leafNames: [String], _ arguments: [Value], types typeList: [Int],
    at point: SourcePoint
  ) throws -> Value {
    let base = min(debugWalkBases.popLast() ?? formatters.count, formatters.count)
    let texts = takeRenderedTexts(formatters.count - base)
    guard let value = arguments.first, let type = typeList.first else { return Self.formatOk }
    debugWalkTexts = texts[...]
    debugWalkLeafNames = Set(leafNames)
    defer {
      debugWalkTexts = []
      debugWalkLeafNames = []
    }
    // The walk and the value meet element for element; if they ever did not, the run stops
    // rather than print a text std would not.
    var shown = Formattable.unit
    var matched = true
    do {
      shown = try formattable(value, type: type)
    } catch is DebugWalkMismatch {
      matched = false
    }
    guard matched, debugWalkTexts.isEmpty else {
      try stop(
        "memtutor: stopped: \(image.path):\(point.line):\(point.column): this `{:?}` of values with a "
          + "hand-written `Debug` is not supported by memtutor yet")
    }
    var state = FormatterState()
    state.options = FormatOptions(
      spec: spec, width: RustFormatter.resolve(spec.width, arguments: [], named: [:]),
      precision: RustFormatter.resolve(spec.precision, arguments: [], named: [:]))
    RustFormatter.writeDebug(shown, options: state.options, into: &state.writer)
    formatters.append(state)
    return Self.formatOk
  }
}

/// The value held more elements with a hand-written `Debug` than the walk called `fmt` for.
struct DebugWalkMismatch: Error {}
