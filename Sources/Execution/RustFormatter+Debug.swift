import RustFrontEnd

/// `Debug`, following `#[derive(Debug)]` and `core::fmt::builders`: the same formatter
/// options reach every leaf (so `{:5?}` pads each number of a `Vec`), and `{:#?}` writes one
/// entry per line through an indenting adapter, with trailing commas.
extension RustFormatter {
  package static func writeDebug(
    _ value: Formattable, options: FormatOptions, into writer: inout FormatWriter
  ) {
    switch value {
    case .rendered(let text, let chunks):
      writer.replay(text, chunks: chunks)
    case .integer, .signed, .unsigned:
      switch options.debugHex {
      case .lower: _ = writeRadix(value, kind: .lowerHex, options: options, into: &writer)
      case .upper: _ = writeRadix(value, kind: .upperHex, options: options, into: &writer)
      case nil: writeInteger(value, options: options, into: &writer)
      }
    case .float(let number, let isF32):
      writeFloat(number, isF32: isF32, debug: true, options: options, into: &writer)
    case .boolean(let flag):
      writer.pad(flag ? "true" : "false", options: options)
    case .character(let scalar):
      writer.write("'")
      let escaped = RustEscape.debug(scalar, singleQuote: true, doubleQuote: false)
      writer.write(escaped)
      writer.write("'")
    case .text(let text):
      writeDebugString(text, into: &writer)
    case .unit:
      writer.pad("()", options: options)
    case .pointer:
      writePointer(value, options: options, into: &writer)
    case .sequence(let elements):
      writer.write("[")
      for (index, element) in elements.enumerated() {
        if options.alternate {
          if index == 0 { writer.write("\n") }
          writer.beginIndented()
          writeDebug(element, options: options, into: &writer)
          writer.write(",\n")
          writer.endIndented()
        } else {
          if index > 0 { writer.write(", ") }
          writeDebug(element, options: options, into: &writer)
        }
      }
      writer.write("]")
    case .set(let elements):
      writeDebugEntries(elements.map { ($0, nil) }, options: options, into: &writer)
    case .map(let entries):
      writeDebugEntries(entries.map { ($0.0, $0.1) }, options: options, into: &writer)
    case .tuple(let elements):
      writeDebugTuple(name: "", fields: elements, options: options, into: &writer)
    case .tupleStructure(let name, let fields), .variant(let name, let fields):
      if fields.isEmpty {
        writer.write(name)
      } else {
        writeDebugTuple(name: name, fields: fields, options: options, into: &writer)
      }
    case .unitStructure(let name):
      writer.write(name)
    case .nonExhaustiveStructure(let name, let fields):
      writeNonExhaustive(name: name, fields: fields, options: options, into: &writer)
    case .structure(let name, let fields):
      writer.write(name)
      for (index, field) in fields.enumerated() {
        // `..` (no field can be named so): `finish_non_exhaustive`'s mark, std's `Mutex`.
        let isRest = field.0 == Formattable.nonExhaustiveMark
        if options.alternate {
          if index == 0 { writer.write(" {\n") }
          writer.beginIndented()
          writer.write(field.0)
          if !isRest {
            writer.write(": ")
            writeDebug(field.1, options: options, into: &writer)
          }
          writer.write(isRest ? "\n" : ",\n")
          writer.endIndented()
        } else {
          writer.write(index == 0 ? " { " : ", ")
          writer.write(field.0)
          if !isRest {
            writer.write(": ")
            writeDebug(field.1, options: options, into: &writer)
          }
        }
      }
      if !fields.isEmpty { writer.write(options.alternate ? "}" : " }") }
    case .range(let start, let end, let inclusive):
      writeDebug(start, options: options, into: &writer)
      writer.write(inclusive ? "..=" : "..")
      writeDebug(end, options: options, into: &writer)
    }
  }

  /// `DebugStruct::finish_non_exhaustive`: the fields, then `..` where more would be.
  package static func writeNonExhaustive(
    name: String, fields: [(String, Formattable)], options: FormatOptions, into writer: inout FormatWriter
  ) {
    writer.write(name)
    guard !fields.isEmpty else {
      writer.write(" { .. }")
      return
    }
    for (index, field) in fields.enumerated() {
      if options.alternate {
        if index == 0 { writer.write(" {\n") }
        writer.beginIndented()
        writer.write(field.0)
        writer.write(": ")
        writeDebug(field.1, options: options, into: &writer)
        writer.write(",\n")
        writer.endIndented()
      } else {
        writer.write(index == 0 ? " { " : ", ")
        writer.write(field.0)
        writer.write(": ")
        writeDebug(field.1, options: options, into: &writer)
      }
    }
    if options.alternate {
      writer.beginIndented()
      writer.write("..\n")
      writer.endIndented()
      writer.write("}")
    } else {
      writer.write(", .. }")
    }
  }

  /// `DebugSet` (`{1, 2}`) and `DebugMap` (`{"a": 1}`): a value per entry when it has one.
  private static func writeDebugEntries(
    _ entries: [(Formattable, Formattable?)], options: FormatOptions, into writer: inout FormatWriter
  ) {
    writer.write("{")
    for (index, entry) in entries.enumerated() {
      if options.alternate {
        if index == 0 { writer.write("\n") }
        writer.beginIndented()
      } else if index > 0 {
        writer.write(", ")
      }
      writeDebug(entry.0, options: options, into: &writer)
      if let value = entry.1 {
        writer.write(": ")
        writeDebug(value, options: options, into: &writer)
      }
      if options.alternate {
        writer.write(",\n")
        writer.endIndented()
      }
    }
    writer.write("}")
  }

  /// `DebugTuple`: `Name(a, b)`; an unnamed one-element tuple gets its comma: `(1,)`.
  private static func writeDebugTuple(
    name: String, fields: [Formattable], options: FormatOptions, into writer: inout FormatWriter
  ) {
    writer.write(name)
    for (index, field) in fields.enumerated() {
      if options.alternate {
        if index == 0 { writer.write("(\n") }
        writer.beginIndented()
        writeDebug(field, options: options, into: &writer)
        writer.write(",\n")
        writer.endIndented()
      } else {
        writer.write(index == 0 ? "(" : ", ")
        writeDebug(field, options: options, into: &writer)
      }
    }
    if fields.isEmpty {
      // `()` as a tuple struct payload never happens; an empty tuple is `.unit`.
      writer.write("()")
      return
    }
    if fields.count == 1 && name.isEmpty && !options.alternate { writer.write(",") }
    writer.write(")")
  }

  /// `<str as Debug>::fmt`: quoted, printable runs written whole, each escaped character
  /// written as its escape sequence. Width and precision do not apply.
  package static func writeDebugString(_ text: String, into writer: inout FormatWriter) {
    writer.write("\"")
    var run = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let escaped = RustEscape.debug(scalar, singleQuote: false, doubleQuote: true)
      if escaped.unicodeScalars.count == 1 {
        run.append(scalar)
      } else {
        writer.write(String(run))
        run = String.UnicodeScalarView()
        writer.write(escaped)
      }
    }
    writer.write(String(run))
    writer.write("\"")
  }

}
