import MemoryModel
import RustFrontEnd

/// Rust's `{}` / `{:?}` formatting, character for character: `format!`, `println!`,
/// `to_string()`, with widths, fills, precisions, signs, `#`, radixes, exponents, pointers
/// and `{:#?}` pretty-printing, and the capacity of the `String` that `format!` and
/// `to_string()` return.
package enum RustFormatter {
  /// The text `format!(format, arguments…)` produces. Named arguments and captured
  /// variables (`{x}`) are looked up in `named`.
  package static func format(
    _ format: FormatString, arguments: [Formattable], named: [String: Formattable] = [:]
  ) -> String {
    write(format, arguments: arguments, named: named).text
  }

  /// The text and the capacity of the `String` that `format!` returns.
  ///
  /// rustc first inlines arguments that are plain string or integer literals formatted with
  /// `{}` (`inlinedLiterals` lists their positional indices); with nothing left to format the
  /// result is an exact copy of the text. Otherwise the `String` starts at
  /// `Arguments::estimated_capacity` and grows with each write.
  package static func formatWithCapacity(
    _ format: FormatString, arguments: [Formattable], named: [String: Formattable] = [:],
    inlinedLiterals: Set<Int> = []
  ) -> (text: String, capacity: Int) {
    var pieces: [FormatString.Piece] = []
    for piece in format.pieces {
      if case .placeholder(let placeholder) = piece, placeholder.spec.kind == .display,
        placeholder.spec.isDefault, let position = placeholder.position, inlinedLiterals.contains(position),
        arguments.indices.contains(position)
      {
        pieces.append(.literal(display(arguments[position])))
      } else {
        pieces.append(piece)
      }
    }
    // The literal text before each remaining placeholder, and after the last one.
    var literals: [String] = [""]
    var placeholderCount = 0
    for piece in pieces {
      switch piece {
      case .literal(let text): literals[literals.count - 1] += text
      case .placeholder:
        placeholderCount += 1
        literals.append("")
      }
    }
    let writer = write(FormatString(pieces: pieces), arguments: arguments, named: named)
    if placeholderCount == 0 { return (writer.text, writer.text.utf8.count) }
    let estimate = GrowthPolicy.formatCapacity(
      literalPieces: literals.reduce(0) { $0 + $1.utf8.count }, argumentCount: placeholderCount,
      firstPieceEmpty: literals[0].isEmpty)
    return (writer.text, writer.capacity(startingAt: estimate))
  }

  /// `format!("{}", value)`.
  package static func display(_ value: Formattable) -> String {
    var writer = FormatWriter()
    writeDisplay(value, options: FormatOptions(), into: &writer)
    return writer.text
  }

  /// `format!("{:?}", value)`, or `{:#?}` when `pretty`.
  package static func debug(_ value: Formattable, pretty: Bool = false) -> String {
    var writer = FormatWriter()
    var options = FormatOptions()
    options.alternate = pretty
    writeDebug(value, options: options, into: &writer)
    return writer.text
  }

  /// The capacity of `value.to_string()`. Strings, chars and bools are copied exactly;
  /// integers use the standard library's specialisation; everything else (floats) is written
  /// into `String::new()` and grows with each write.
  package static func toStringCapacity(_ value: Formattable) -> Int {
    switch value {
    case .text(let text): return text.utf8.count
    case .character(let scalar): return String(scalar).utf8.count
    case .boolean(let flag): return flag ? 4 : 5
    case .integer(let number, let kind): return GrowthPolicy.integerToStringCapacity(number, kind: kind)
    case .signed(let number): return GrowthPolicy.integerToStringCapacity(number, kind: .i32)
    case .unsigned(let number): return String(number).utf8.count
    default:
      var writer = FormatWriter()
      writeDisplay(value, options: FormatOptions(), into: &writer)
      return writer.capacity(startingAt: 0)
    }
  }

  /// Formats every piece into a writer that records Rust's individual writes.
  package static func write(
    _ format: FormatString, arguments: [Formattable], named: [String: Formattable]
  ) -> FormatWriter {
    var writer = FormatWriter()
    for piece in format.pieces {
      switch piece {
      case .literal(let text):
        writer.write(text)
      case .placeholder(let placeholder):
        let value: Formattable
        switch placeholder.argument {
        case .named(let name): value = named[name] ?? .text("")
        case .next, .index:
          let position = placeholder.position ?? 0
          value = arguments.indices.contains(position) ? arguments[position] : .text("")
        }
        let options = FormatOptions(
          spec: placeholder.spec,
          width: resolve(placeholder.spec.width, arguments: arguments, named: named),
          precision: resolve(placeholder.spec.precision, arguments: arguments, named: named))
        writeValue(value, kind: placeholder.spec.kind, options: options, into: &writer)
      }
    }
    return writer
  }

  package static func resolve(
    _ count: FormatString.Count?, arguments: [Formattable], named: [String: Formattable]
  ) -> Int? {
    let value: Formattable?
    switch count {
    case nil: return nil
    case .literal(let number): return number
    case .index(let index), .star(let index):
      value = arguments.indices.contains(index) ? arguments[index] : nil
    case .named(let name): value = named[name]
    }
    switch value {
    case .integer(let number, _), .signed(let number): return Int(clamping: number)
    case .unsigned(let number): return Int(clamping: number)
    default: return nil
    }
  }

  package static func writeValue(
    _ value: Formattable, kind: FormatString.Kind, options: FormatOptions, into writer: inout FormatWriter
  ) {
    switch kind {
    case .display: writeDisplay(value, options: options, into: &writer)
    case .debug: writeDebug(value, options: options, into: &writer)
    case .pointer: writePointer(value, options: options, into: &writer)
    case .lowerHex, .upperHex, .binary, .octal:
      if !writeRadix(value, kind: kind, options: options, into: &writer) {
        writeDisplay(value, options: options, into: &writer)
      }
    case .lowerExponent, .upperExponent:
      writeExponent(value, upper: kind == .upperExponent, options: options, into: &writer)
    }
  }

  /// `Display`. Types without a `Display` impl in Rust (which the checker rejects) fall back
  /// to `Debug`.
  package static func writeDisplay(
    _ value: Formattable, options: FormatOptions, into writer: inout FormatWriter
  ) {
    switch value {
    case .rendered(let text, let chunks):
      // The impl applied the options itself (with `f.pad`) or ignored them, as rustc does.
      writer.replay(text, chunks: chunks)
    case .integer, .signed, .unsigned:
      writeInteger(value, options: options, into: &writer)
    case .float(let number, let isF32):
      writeFloat(number, isF32: isF32, debug: false, options: options, into: &writer)
    case .boolean(let flag):
      writer.pad(flag ? "true" : "false", options: options)
    case .character(let scalar):
      if options.width == nil && options.precision == nil {
        writer.write(scalar)
      } else {
        writer.pad(String(scalar), options: options)
      }
    case .text(let text):
      writer.pad(text, options: options)
    case .pointer:
      writePointer(value, options: options, into: &writer)
    case .unitStructure("BorrowError"):
      writer.pad("RefCell already mutably borrowed", options: options)
    case .unitStructure("BorrowMutError"):
      writer.pad("RefCell already borrowed", options: options)
    case .unitStructure("ParseBoolError"):
      writer.pad("provided string was not `true` or `false`", options: options)
    case .tupleStructure("TryFromIntError", _):
      writer.pad("out of range integral type conversion attempted", options: options)
    case .structure(let name, let fields):
      // Only std's parse errors reach here: the checker refuses `{}` on other structs.
      if let message = parseErrorMessage(name, fields) {
        writer.pad(message, options: options)
      } else if let message = utf8ErrorMessage(name, fields) {
        // std's impl writes with `write!`, which ignores width and precision.
        writer.write(message)
      } else {
        writeDebug(value, options: options, into: &writer)
      }
    default:
      writeDebug(value, options: options, into: &writer)
    }
  }

  /// `{:p}`: the address in hex with `0x`; `{:#p}` zero-extends to 18 characters.
  /// The struct `{:p}` of a wide pointer prints (`Interpreter.pointerFormattable`).
  package static let fatPointerName = "Pointer"

  package static func writePointer(
    _ value: Formattable, options: FormatOptions, into writer: inout FormatWriter
  ) {
    if case .structure(fatPointerName, _) = value {
      writeDebug(value, options: options, into: &writer)
      return
    }
    let address: UInt128
    switch value {
    case .pointer(let pointer): address = UInt128(pointer)
    case .unsigned(let number): address = number
    case .integer(let number, _), .signed(let number):
      address = UInt128(truncatingIfNeeded: UInt64(truncatingIfNeeded: number))
    default: address = 0
    }
    var pointerOptions = options
    if options.alternate {
      pointerOptions.zeroPad = true
      if options.width == nil { pointerOptions.width = 18 }
    }
    pointerOptions.alternate = true
    writer.padIntegral(
      isNonNegative: true, prefix: "0x", digits: String(address, radix: 16), options: pointerOptions)
  }
}
