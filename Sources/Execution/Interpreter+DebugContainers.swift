import MemoryModel
import RustFrontEnd

/// A container's `{:?}` whose elements have a hand-written `Debug` (`Checker+DebugContainers`):
/// the walk's `fmt` calls left one formatter each since `debugRenderedBegin`; their texts stand
/// in for those elements while the container is written as std's `Debug` writes it, into a
/// formatter of the placeholder's options that the format then takes as a rendered value.
extension Interpreter {
  func debugRenderedResult(
    spec: FormatString.Spec, leafNames: [String], _ arguments: [Value], types typeList: [Int]
  )
    throws -> Value
  {
    let base = min(debugWalkBases.popLast() ?? formatters.count, formatters.count)
    let texts = takeRenderedTexts(formatters.count - base)
    guard let value = arguments.first, let type = typeList.first else { return Self.formatOk }
    debugWalkTexts = texts[...]
    debugWalkLeafNames = Set(leafNames)
    defer {
      debugWalkTexts = []
      debugWalkLeafNames = []
    }
    let shown = try formattable(value, type: type)
    var state = FormatterState()
    state.options = FormatOptions(
      spec: spec, width: RustFormatter.resolve(spec.width, arguments: [], named: [:]),
      precision: RustFormatter.resolve(spec.precision, arguments: [], named: [:]))
    RustFormatter.writeDebug(shown, options: state.options, into: &state.writer)
    formatters.append(state)
    return Self.formatOk
  }
}
