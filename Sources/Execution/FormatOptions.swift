import RustFrontEnd

/// The state of a `core::fmt::Formatter` while one value is formatted: the placeholder's
/// spec with widths and precisions resolved to numbers.
package struct FormatOptions: Sendable, Equatable {
  package var fill: Unicode.Scalar = " "
  package var alignment: FormatString.Alignment?
  package var signPlus = false
  package var signMinus = false
  /// `#`: `{:#?}` pretty-prints, `{:#x}` adds `0x`.
  package var alternate = false
  /// `0`: pad numbers with zeros after the sign.
  package var zeroPad = false
  package var width: Int?
  package var precision: Int?
  package var debugHex: FormatString.DebugHex?

  package init() {}

  package init(spec: FormatString.Spec, width: Int?, precision: Int?) {
    fill = spec.fill.unicodeScalars.first ?? " "
    alignment = spec.alignment
    signPlus = spec.sign == .plus
    signMinus = spec.sign == .minus
    alternate = spec.alternate
    zeroPad = spec.zeroPad
    self.width = width
    self.precision = precision
    debugHex = spec.debugHex
  }
}

extension FormatWriter {
  /// `Formatter::padding`: writes the fill before the text (one `write_char` each) and
  /// returns how many fill characters go after it.
  package mutating func prePad(
    _ count: Int, options: FormatOptions, default alignment: FormatString.Alignment
  ) -> Int {
    let (before, after): (Int, Int)
    switch options.alignment ?? alignment {
    case .left: (before, after) = (0, count)
    case .right: (before, after) = (count, 0)
    case .center: (before, after) = (count / 2, (count + 1) / 2)
    }
    for _ in 0..<before { write(options.fill) }
    return after
  }

  package mutating func postPad(_ count: Int, options: FormatOptions) {
    for _ in 0..<count { write(options.fill) }
  }

  /// `Formatter::pad`: a string with width (minimum, counted in chars), precision
  /// (maximum chars) and alignment (left by default).
  package mutating func pad(_ string: String, options: FormatOptions) {
    if options.width == nil && options.precision == nil {
      write(string)
      return
    }
    var text = string
    var count = string.unicodeScalars.count
    if let maximum = options.precision, count > maximum {
      text = String(String.UnicodeScalarView(string.unicodeScalars.prefix(maximum)))
      count = maximum
    }
    if let width = options.width, count < width {
      let after = prePad(width - count, options: options, default: .left)
      write(text)
      postPad(after, options: options)
    } else {
      write(text)
    }
  }

  /// `Formatter::pad_integral`: sign, optional prefix (`0x` with `#`), digits; zero padding
  /// goes between the prefix and the digits; right-aligned by default.
  package mutating func padIntegral(
    isNonNegative: Bool, prefix: String, digits: String, options: FormatOptions
  ) {
    var width = digits.utf8.count
    var sign: String?
    if !isNonNegative {
      sign = "-"
      width += 1
    } else if options.signPlus {
      sign = "+"
      width += 1
    }
    let usedPrefix = options.alternate ? prefix : nil
    width += usedPrefix?.unicodeScalars.count ?? 0
    func writePrefix(_ writer: inout FormatWriter) {
      if let sign { writer.write(sign) }
      if let usedPrefix { writer.write(usedPrefix) }
    }
    guard let minimum = options.width, width < minimum else {
      writePrefix(&self)
      write(digits)
      return
    }
    if options.zeroPad {
      var zeroOptions = options
      zeroOptions.fill = "0"
      zeroOptions.alignment = .right
      writePrefix(&self)
      let after = prePad(minimum - width, options: zeroOptions, default: .right)
      write(digits)
      postPad(after, options: zeroOptions)
    } else {
      let after = prePad(minimum - width, options: options, default: .right)
      writePrefix(&self)
      write(digits)
      postPad(after, options: options)
    }
  }

  /// `Formatter::pad_formatted_parts`: a number already split into sign and parts.
  package mutating func padFormattedParts(sign: String, parts: [NumberPart], options: FormatOptions) {
    guard var width = options.width else {
      writeParts(sign: sign, parts: parts)
      return
    }
    var padOptions = options
    var remainingSign = sign
    if options.zeroPad {
      write(sign)
      remainingSign = ""
      width = max(0, width - sign.utf8.count)
      padOptions.fill = "0"
      padOptions.alignment = .right
    }
    let length = remainingSign.utf8.count + parts.reduce(0) { $0 + $1.length }
    if width <= length {
      writeParts(sign: remainingSign, parts: parts)
    } else {
      let after = prePad(width - length, options: padOptions, default: .right)
      writeParts(sign: remainingSign, parts: parts)
      postPad(after, options: padOptions)
    }
  }

  private mutating func writeParts(sign: String, parts: [NumberPart]) {
    write(sign)
    for part in parts {
      switch part {
      case .copy(let text):
        write(text)
      case .zeros(var count):
        // core::fmt writes zeros 64 at a time.
        while count > 64 {
          write(String(repeating: "0", count: 64))
          count -= 64
        }
        if count > 0 { write(String(repeating: "0", count: count)) }
      }
    }
  }
}

/// A piece of a formatted number, as `core::num::fmt::Part` (numbers are copied as text).
package enum NumberPart: Sendable, Equatable {
  case copy(String)
  case zeros(Int)

  package var length: Int {
    switch self {
    case .copy(let text): text.utf8.count
    case .zeros(let count): count
    }
  }
}
