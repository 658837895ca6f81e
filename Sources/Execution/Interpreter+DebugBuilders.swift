import MemoryModel
import RustFrontEnd

/// A hand-written `fmt`'s `f.debug_struct("P").field("x", &self.x)….finish()` chain
/// (`Checker+DebugBuilders`): the builder's writes are those of a derived `Debug` of the same
/// shape, so the chain's values become one `Formattable` written with `f`'s options.
extension Interpreter {
  func debugBuilderResult(_ plan: DebugBuilderPlan, _ arguments: [Value], types typeList: [Int]) throws
    -> Value
  {
    // The fields with a `Debug` of their own were written, in order, into the newest formatters.
    var rendered = takeRenderedTexts(plan.renderedCount)[...]
    var cursor = 1
    func next(rendered isRendered: Bool) throws -> Formattable {
      defer { cursor += 1 }
      if isRendered, let text = rendered.popFirst() { return text }
      guard cursor < arguments.count, cursor < typeList.count else { return .unit }
      return try formattable(arguments[cursor], type: typeList[cursor])
    }
    var fields: [(String, Formattable)] = []
    var entries: [Formattable] = []
    var pairs: [(Formattable, Formattable)] = []
    for step in plan.steps {
      switch step {
      case .field(let name, let isRendered):
        let value = try next(rendered: isRendered)
        fields.append((name ?? "", value))
        entries.append(value)
      case .mapEntry(let keyRendered, let valueRendered):
        let key = try next(rendered: keyRendered)
        pairs.append((key, try next(rendered: valueRendered)))
      case .entries:
        switch try next(rendered: false) {
        case .sequence(let items), .set(let items): entries += items
        case .map(let items): pairs += items
        default: break
        }
      }
    }
    let shown: Formattable
    switch plan.kind {
    case .structure(let name): shown = .structure(name: name, fields: fields)
    case .tuple(let name): shown = .tupleStructure(name: name, fields: entries)
    case .list: shown = .sequence(entries)
    case .set: shown = .set(entries)
    case .map: shown = .map(pairs)
    }
    let index = formatterIndex(arguments[0])
    let options = formatters[index].options
    if plan.nonExhaustive, case .structure(let name, let fields) = shown {
      RustFormatter.writeNonExhaustive(
        name: name, fields: fields, options: options, into: &formatters[index].writer)
    } else {
      RustFormatter.writeDebug(shown, options: options, into: &formatters[index].writer)
    }
    return Self.formatOk
  }
}
