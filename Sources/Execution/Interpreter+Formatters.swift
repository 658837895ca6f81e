import MemoryModel
import RustFrontEnd

/// One `core::fmt::Formatter` a program's own `Display::fmt` writes into: what it wrote, write
/// by write, and the options of the placeholder that made it (what `f.pad` applies).
package struct FormatterState: Sendable {
  package var writer = FormatWriter()
  package var options = FormatOptions()
}

extension Interpreter {
  /// Where the `&mut Formatter` values point: std builds each `Formatter` in its own frames,
  /// which the model leaves out, so the address is outside the modelled stack and heap.
  static let formatterBase: UInt64 = 0x7fff_ffff_f000
  static let formatterStride: UInt64 = 64
  static let formatOk = Value.variant(enumName: "Result", variant: "Ok", payload: [.unit])

  func formatterResult(_ builtin: Builtin, _ arguments: [Value], types typeList: [Int]) throws -> Value {
    switch builtin {
    case .formatterNew(let spec):
      var state = FormatterState()
      state.options = FormatOptions(
        spec: spec, width: RustFormatter.resolve(spec.width, arguments: [], named: [:]),
        precision: RustFormatter.resolve(spec.precision, arguments: [], named: [:]))
      formatters.append(state)
      return .pointer(
        address: Self.formatterBase &+ UInt64(formatters.count - 1) &* Self.formatterStride,
        kind: .mutableReference)
    case .formatterDerived:
      var state = FormatterState()
      state.options = formatters.last?.options ?? FormatOptions()
      formatters.append(state)
      return .pointer(
        address: Self.formatterBase &+ UInt64(formatters.count - 1) &* Self.formatterStride,
        kind: .mutableReference)
    case .formatterFinishString:
      let state = formatters.popLast() ?? FormatterState()
      return try makeString(Array(state.writer.text.utf8), capacity: state.writer.capacity(startingAt: 0))
    case .formatterMethod(let name):
      let index = formatterIndex(arguments[0])
      let options = formatters[index].options
      switch name {
      case "write_str", "pad":
        guard case .text(let text) = try formattable(arguments[1], type: typeList[1]) else {
          return Self.formatOk
        }
        if name == "pad" {
          formatters[index].writer.pad(text, options: options)
        } else {
          formatters[index].writer.write(text)
        }
        return Self.formatOk
      case "width": return options.width.map { Self.some(.integer(Int128($0), type: "usize")) } ?? Self.none
      case "precision":
        return options.precision.map { Self.some(.integer(Int128($0), type: "usize")) } ?? Self.none
      case "alternate": return .boolean(options.alternate)
      default: throw MisroutedBuiltin(builtin: builtin)
      }
    default:
      throw MisroutedBuiltin(builtin: builtin)
    }
  }

  /// `<ParseIntError as Display>::fmt` reached through a `dyn Error`'s vtable: std writes the
  /// message with `f.pad` (a `StringError` its `String`; a `Utf8Error` with `write!`).
  func standardErrorDisplay(_ object: Value, into formatter: Value, concreteType: Int) throws -> Value {
    let value = try read(address: address(of: object), type: concreteType)
    var shown = try formattable(value, type: concreteType)
    if types[concreteType].valueName == Checker.stringErrorName, case .structure(_, let fields) = value,
      let text = fields.first, let part = types[concreteType].parts.first
    {
      shown = try formattable(text, type: part)
    }
    let index = formatterIndex(formatter)
    if Checker.utf8ErrorModules[types[concreteType].valueName] != nil {
      // std's `Utf8Error` writes with `write!`, ignoring width and precision.
      formatters[index].writer.write(RustFormatter.display(shown))
    } else {
      formatters[index].writer.pad(RustFormatter.display(shown), options: formatters[index].options)
    }
    return Self.formatOk
  }

  /// The formatter a `&mut Formatter` value stands for.
  func formatterIndex(_ pointer: Value) -> Int {
    let address = address(of: pointer)
    let index = Int(clamping: (address &- Self.formatterBase) / Self.formatterStride)
    if formatters.indices.contains(index) { return index }
    if formatters.isEmpty { formatters.append(FormatterState()) }
    return formatters.count - 1
  }

  /// `write!(f, …)`: the formatted text goes into `f`'s formatter, write by write.
  func writeIntoFormatter(_ target: Value, _ template: FormatTemplate, values: [Value], types typeList: [Int])
    throws -> Value
  {
    let (positional, named) = try formatArguments(template, values: values, types: typeList)
    let written = RustFormatter.write(template.format, arguments: positional, named: named)
    let index = formatterIndex(target)
    formatters[index].writer.append(written)
    return Self.formatOk
  }

  /// The texts the last `count` formatters hold, oldest first, and the formatters removed: the
  /// placeholders of the format being run, whose `fmt` calls ran while its arguments were built.
  func takeRenderedTexts(_ count: Int) -> [Formattable] {
    let taken = formatters.suffix(count)
    formatters.removeLast(min(count, formatters.count))
    return taken.map { .rendered(text: $0.writer.text, chunks: $0.writer.chunks) }
  }
}
