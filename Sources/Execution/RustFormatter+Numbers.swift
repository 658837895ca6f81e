import MemoryModel
import RustFrontEnd

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Integers and floats, following `core::fmt::num` and `core::fmt::float`.
extension RustFormatter {
  /// An integer's value and the bit width that hex/octal/binary show negatives in.
  private static func integerParts(_ value: Formattable) -> (value: Int128, bits: Int, unsigned: UInt128?)? {
    switch value {
    case .integer(let number, let kind): (number, LayoutCalculator.integerSize(kind) * 8, nil)
    case .signed(let number): (number, 32, nil)
    case .unsigned(let number): (0, 128, number)
    default: nil
    }
  }

  package static func writeInteger(
    _ value: Formattable, options: FormatOptions, into writer: inout FormatWriter
  ) {
    guard let (number, _, unsigned) = integerParts(value) else { return }
    if let unsigned {
      writer.padIntegral(isNonNegative: true, prefix: "", digits: String(unsigned), options: options)
    } else {
      writer.padIntegral(
        isNonNegative: number >= 0, prefix: "", digits: String(number.magnitude), options: options)
    }
  }

  /// `{:x}`, `{:X}`, `{:o}`, `{:b}`: the two's-complement bits of the value's type.
  package static func writeRadix(
    _ value: Formattable, kind: FormatString.Kind, options: FormatOptions, into writer: inout FormatWriter
  ) -> Bool {
    guard let (number, bits, unsigned) = integerParts(value) else { return false }
    let pattern: UInt128
    if let unsigned {
      pattern = unsigned
    } else {
      let mask: UInt128 = bits >= 128 ? .max : (UInt128(1) << bits) - 1
      pattern = UInt128(truncatingIfNeeded: number) & mask
    }
    let (radix, prefix, uppercase): (Int, String, Bool) =
      switch kind {
      case .upperHex: (16, "0x", true)
      case .binary: (2, "0b", false)
      case .octal: (8, "0o", false)
      default: (16, "0x", false)
      }
    writer.padIntegral(
      isNonNegative: true, prefix: prefix, digits: String(pattern, radix: radix, uppercase: uppercase),
      options: options)
    return true
  }

  /// `{:e}` / `{:E}` for integers and floats.
  package static func writeExponent(
    _ value: Formattable, upper: Bool, options: FormatOptions, into writer: inout FormatWriter
  ) {
    if case .float(let number, let isF32) = value {
      writeFloatExponent(number, isF32: isF32, upper: upper, options: options, into: &writer)
      return
    }
    guard let (number, _, unsigned) = integerParts(value) else {
      writeDisplay(value, options: options, into: &writer)
      return
    }
    let isNonNegative = unsigned != nil || number >= 0
    var mantissa = unsigned ?? number.magnitude
    var exponent = 0
    // Trailing zeros are dropped only without a precision; with one, the digits are kept
    // and rounded to it (rustc 1.95 writes `{:.6e}` of 200 as "2.00" + four zeros).
    while options.precision == nil && mantissa % 10 == 0 && mantissa >= 10 {
      mantissa /= 10
      exponent += 1
    }
    var addedPrecision = 0
    if let precision = options.precision {
      let digits = String(mantissa).count - 1
      addedPrecision = max(0, precision - digits)
      let subtracted = max(0, digits - precision)
      if subtracted > 0 {
        // Round the dropped digits to nearest, ties to even.
        var scale: UInt128 = 1
        for _ in 0..<subtracted { scale *= 10 }
        let dropped = mantissa % scale
        let half = scale / 2
        mantissa /= scale
        exponent += subtracted
        if dropped > half || (dropped == half && mantissa % 2 != 0) {
          let before = String(mantissa).count
          mantissa += 1
          if String(mantissa).count > before {
            mantissa /= 10
            exponent += 1
          }
        }
      }
    }
    // Rust counts as "trailing zeros" everything removed so far, rounding included.
    let trailingZeros = exponent
    let digits = String(mantissa)
    exponent += digits.count - 1
    var text = String(digits.prefix(1))
    if exponent != trailingZeros || addedPrecision != 0 { text += "." + digits.dropFirst() }
    let sign = !isNonNegative ? "-" : (options.signPlus ? "+" : "")
    let exponentText = (upper ? "E" : "e") + String(exponent)
    // Without added zeros the standard library writes mantissa and exponent in one piece.
    let parts: [NumberPart] =
      addedPrecision == 0
      ? [.copy(text + exponentText)] : [.copy(text), .zeros(addedPrecision), .copy(exponentText)]
    writer.padFormattedParts(sign: sign, parts: parts, options: options)
  }

  // MARK: - Floats

  private static func floatSign(_ number: Double, options: FormatOptions) -> String {
    if number.isNaN { return "" }
    if number.sign == .minus { return "-" }
    return options.signPlus ? "+" : ""
  }

  /// `Display` (`debug: false`) and `Debug` of `f32`/`f64`.
  package static func writeFloat(
    _ number: Double, isF32: Bool, debug: Bool, options: FormatOptions, into writer: inout FormatWriter
  ) {
    let sign = floatSign(number, options: options)
    if let precision = options.precision {
      writer.padFormattedParts(
        sign: sign, parts: exactDecimalParts(number, fractionDigits: precision), options: options)
      return
    }
    if debug && number.isFinite && number != 0 {
      let magnitude = abs(number)
      if magnitude >= 1e16 || magnitude < 1e-4 {
        writer.padFormattedParts(
          sign: sign, parts: shortestExponentParts(number, isF32: isF32, upper: false), options: options)
        return
      }
    }
    writer.padFormattedParts(
      sign: sign, parts: shortestDecimalParts(number, isF32: isF32, minimumFractionDigits: debug ? 1 : 0),
      options: options)
  }

  private static func writeFloatExponent(
    _ number: Double, isF32: Bool, upper: Bool, options: FormatOptions, into writer: inout FormatWriter
  ) {
    let sign = floatSign(number, options: options)
    let parts: [NumberPart]
    if let precision = options.precision {
      parts = exactExponentParts(number, significantDigits: precision + 1, upper: upper)
    } else {
      parts = shortestExponentParts(number, isF32: isF32, upper: upper)
    }
    writer.padFormattedParts(sign: sign, parts: parts, options: options)
  }

  private static func special(_ number: Double) -> [NumberPart]? {
    if number.isNaN { return [.copy("NaN")] }
    if number.isInfinite { return [.copy("inf")] }
    return nil
  }

  /// The shortest digits that read back as `number` (as `f32` when `isF32`), with the
  /// decimal exponent: number = 0.d₁d₂… × 10^exponent.
  package static func shortestDigits(_ number: Double, isF32: Bool) -> (digits: [UInt8], exponent: Int) {
    let description = isF32 ? Float(number).magnitude.description : number.magnitude.description
    var mantissa = Substring(description)
    var exponent = 0
    if let e = description.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = description[..<e]
      exponent = Int(description[description.index(after: e)...]) ?? 0
    }
    var digits: [UInt8] = []
    var integerDigits = 0
    var seenPoint = false
    for character in mantissa {
      if character == "." {
        seenPoint = true
      } else if let ascii = character.asciiValue, ascii >= 48, ascii <= 57 {
        digits.append(ascii - 48)
        if !seenPoint { integerDigits += 1 }
      }
    }
    exponent += integerDigits
    while let first = digits.first, first == 0 {
      digits.removeFirst()
      exponent -= 1
    }
    while let last = digits.last, last == 0 { digits.removeLast() }
    return roundingTiesUp(digits: digits, exponent: exponent, number: number, isF32: isF32)
  }

  /// Swift breaks an exact tie between two equally short candidates towards the even digit;
  /// Rust's `flt2dec` rounds it up. When the exact binary value is the shorter digits
  /// followed by a single 5, take the upper candidate if it reads back the same.
  private static func roundingTiesUp(
    digits: [UInt8], exponent: Int, number: Double, isF32: Bool
  ) -> (digits: [UInt8], exponent: Int) {
    // A tie needs an exact value only one digit longer than the shortest form, which takes at
    // least 15 digits for an f64 (6 for an f32); skip the exact expansion otherwise.
    guard digits.count >= (isF32 ? 6 : 15), number.isFinite, number != 0 else { return (digits, exponent) }
    let exact = cFormat(number.magnitude, precision: 800, conversion: "e")
    guard let e = exact.firstIndex(of: "e") else { return (digits, exponent) }
    var exactDigits = exact[..<e].utf8.filter { $0 >= 48 && $0 <= 57 }.map { $0 - 48 }
    while let last = exactDigits.last, last == 0 { exactDigits.removeLast() }
    guard exactDigits.count == digits.count + 1, exactDigits.last == 5,
      Array(exactDigits.prefix(digits.count)) == digits
    else { return (digits, exponent) }
    var upper = digits
    var index = upper.count - 1
    while index >= 0 {
      if upper[index] == 9 {
        upper[index] = 0
        index -= 1
      } else {
        upper[index] += 1
        break
      }
    }
    var upperExponent = exponent
    if index < 0 {
      upper.insert(1, at: 0)
      upperExponent += 1
    }
    while let last = upper.last, last == 0 { upper.removeLast() }
    let literal = "0." + text(upper) + "e\(upperExponent)"
    let readsBack =
      isF32
      ? Float(literal).map { Double($0) == number.magnitude } : Double(literal).map { $0 == number.magnitude }
    return readsBack == true ? (upper, upperExponent) : (digits, exponent)
  }

  private static func text(_ digits: some Sequence<UInt8>) -> String {
    String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
  }

  /// `digits_to_dec_str`.
  private static func decimalParts(digits: [UInt8], exponent: Int, fractionDigits: Int) -> [NumberPart] {
    if exponent <= 0 {
      let leadingZeros = -exponent
      var parts: [NumberPart] = [.copy("0."), .zeros(leadingZeros), .copy(text(digits))]
      if fractionDigits > digits.count && fractionDigits - digits.count > leadingZeros {
        parts.append(.zeros(fractionDigits - digits.count - leadingZeros))
      }
      return parts
    }
    if exponent < digits.count {
      var parts: [NumberPart] = [
        .copy(text(digits[..<exponent])), .copy("."), .copy(text(digits[exponent...])),
      ]
      if fractionDigits > digits.count - exponent {
        parts.append(.zeros(fractionDigits - (digits.count - exponent)))
      }
      return parts
    }
    var parts: [NumberPart] = [.copy(text(digits)), .zeros(exponent - digits.count)]
    if fractionDigits > 0 { parts += [.copy("."), .zeros(fractionDigits)] }
    return parts
  }

  /// `digits_to_exp_str`.
  private static func exponentParts(digits: [UInt8], exponent: Int, minimumDigits: Int, upper: Bool)
    -> [NumberPart]
  {
    var parts: [NumberPart] = [.copy(text(digits.prefix(1)))]
    if digits.count > 1 || minimumDigits > 1 {
      parts += [.copy("."), .copy(text(digits.dropFirst()))]
      if minimumDigits > digits.count { parts.append(.zeros(minimumDigits - digits.count)) }
    }
    let shown = exponent - 1
    if shown < 0 {
      parts += [.copy(upper ? "E-" : "e-"), .copy(String(-shown))]
    } else {
      parts += [.copy(upper ? "E" : "e"), .copy(String(shown))]
    }
    return parts
  }

  package static func shortestDecimalParts(_ number: Double, isF32: Bool, minimumFractionDigits: Int)
    -> [NumberPart]
  {
    if let special = special(number) { return special }
    if number == 0 {
      return minimumFractionDigits > 0 ? [.copy("0."), .zeros(minimumFractionDigits)] : [.copy("0")]
    }
    let (digits, exponent) = shortestDigits(number, isF32: isF32)
    return decimalParts(digits: digits, exponent: exponent, fractionDigits: minimumFractionDigits)
  }

  package static func shortestExponentParts(_ number: Double, isF32: Bool, upper: Bool) -> [NumberPart] {
    if let special = special(number) { return special }
    if number == 0 { return [.copy(upper ? "0E0" : "0e0")] }
    let (digits, exponent) = shortestDigits(number, isF32: isF32)
    return exponentParts(digits: digits, exponent: exponent, minimumDigits: 0, upper: upper)
  }

  /// `{:.N}`: the exact binary value rounded to N fraction digits (ties to even), which is
  /// what C's `%.*f` computes too.
  package static func exactDecimalParts(_ number: Double, fractionDigits: Int) -> [NumberPart] {
    if let special = special(number) { return special }
    let zero: [NumberPart] = fractionDigits > 0 ? [.copy("0."), .zeros(fractionDigits)] : [.copy("0")]
    if number == 0 { return zero }
    let printed = cFormat(number.magnitude, precision: fractionDigits, conversion: "f")
    var digits: [UInt8] = []
    var integerDigits = 0
    var seenPoint = false
    for byte in printed.utf8 {
      if byte == UInt8(ascii: ".") {
        seenPoint = true
      } else if byte >= 48 && byte <= 57 {
        digits.append(byte - 48)
        if !seenPoint { integerDigits += 1 }
      }
    }
    var exponent = integerDigits
    while let first = digits.first, first == 0 {
      digits.removeFirst()
      exponent -= 1
    }
    if digits.isEmpty { return zero }
    return decimalParts(digits: digits, exponent: exponent, fractionDigits: fractionDigits)
  }

  /// `{:.Ne}`: N+1 significant digits, rounded exactly (ties to even).
  package static func exactExponentParts(_ number: Double, significantDigits: Int, upper: Bool)
    -> [NumberPart]
  {
    if let special = special(number) { return special }
    if number == 0 {
      if significantDigits > 1 {
        return [.copy("0."), .zeros(significantDigits - 1), .copy(upper ? "E0" : "e0")]
      }
      return [.copy(upper ? "0E0" : "0e0")]
    }
    let printed = cFormat(number.magnitude, precision: significantDigits - 1, conversion: "e")
    guard let e = printed.firstIndex(of: "e") else { return [.copy(printed)] }
    let digits = printed[..<e].utf8.filter { $0 >= 48 && $0 <= 57 }.map { $0 - 48 }
    let exponent = (Int(printed[printed.index(after: e)...]) ?? 0) + 1
    return exponentParts(digits: digits, exponent: exponent, minimumDigits: significantDigits, upper: upper)
  }

  /// C's `printf("%.*f")` / `"%.*e"` of a non-negative finite number.
  private static func cFormat(_ number: Double, precision: Int, conversion: String) -> String {
    let precision = Int32(clamping: min(precision, 2000))
    let format = "%.*" + conversion
    var capacity = 512
    while true {
      var buffer = [CChar](repeating: 0, count: capacity)
      let written = withVaList([precision, number]) { arguments in
        buffer.withUnsafeMutableBufferPointer { pointer in
          vsnprintf(pointer.baseAddress, capacity, format, arguments)
        }
      }
      if written < 0 { return "0" }
      if Int(written) < capacity {
        return String(decoding: buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
      }
      capacity = Int(written) + 1
    }
  }
}
