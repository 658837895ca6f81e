/// A parsed `format!` string: literal text and `{…}` placeholders, following rustc's
/// `rustc_parse_format` (the grammar in `std::fmt`'s documentation).
package struct FormatString: Sendable, Equatable {
  package enum Piece: Sendable, Equatable {
    case literal(String)
    case placeholder(Placeholder)
  }

  package enum Argument: Sendable, Equatable {
    /// `{}`: the next positional argument (`Placeholder.position` says which).
    case next
    /// `{0}`
    case index(Int)
    /// `{name}`: a named argument or a captured variable.
    case named(String)
  }

  /// A width or precision.
  package enum Count: Sendable, Hashable {
    /// `{:5}`
    case literal(Int)
    /// `{:1$}`
    case index(Int)
    /// `{:w$}`
    case named(String)
    /// `{:.*}`: the positional argument at this index (taken before the value's own).
    case star(Int)
  }

  package enum Alignment: Sendable, Hashable {
    case left, center, right
  }

  package enum Sign: Sendable, Hashable {
    case plus, minus
  }

  package enum Kind: String, Sendable, Hashable {
    case display = ""
    case debug = "?"
    case pointer = "p"
    case lowerHex = "x"
    case upperHex = "X"
    case binary = "b"
    case octal = "o"
    case lowerExponent = "e"
    case upperExponent = "E"
  }

  package enum DebugHex: Sendable, Hashable {
    case lower, upper
  }

  package struct Spec: Sendable, Hashable {
    package var fill: Character = " "
    package var alignment: Alignment?
    package var sign: Sign?
    package var alternate = false
    package var zeroPad = false
    package var width: Count?
    package var precision: Count?
    package var kind: Kind = .display
    /// `{:x?}` / `{:X?}`: Debug with integers in hex.
    package var debugHex: DebugHex?

    /// True when nothing but the trait was given (what rustc can inline literals into).
    package var isDefault: Bool {
      fill == " " && alignment == nil && sign == nil && !alternate && !zeroPad && width == nil
        && precision == nil && debugHex == nil
    }
  }

  package struct Placeholder: Sendable, Equatable {
    package var argument: Argument
    /// The positional argument this placeholder formats (nil for named arguments).
    package var position: Int?
    package var spec: Spec
    /// Where the placeholder's `{` is, in Unicode scalars into the literal.
    package var offset: Int
  }

  package var pieces: [Piece]

  /// Positional arguments the string uses (its highest index + 1).
  package var positionalArgumentCount: Int {
    var count = 0
    for case .placeholder(let placeholder) in pieces {
      if let position = placeholder.position { count = max(count, position + 1) }
      for countValue in [placeholder.spec.width, placeholder.spec.precision] {
        switch countValue {
        case .index(let index), .star(let index): count = max(count, index + 1)
        default: break
        }
      }
    }
    return count
  }

  /// Named arguments (and captured variables) the string mentions, in order of first use.
  package var namedArguments: [String] {
    var names: [String] = []
    func note(_ name: String) { if !names.contains(name) { names.append(name) } }
    for case .placeholder(let placeholder) in pieces {
      if case .named(let name) = placeholder.argument { note(name) }
      if case .named(let name) = placeholder.spec.width { note(name) }
      if case .named(let name) = placeholder.spec.precision { note(name) }
    }
    return names
  }

  package var placeholders: [Placeholder] {
    pieces.compactMap { piece in
      if case .placeholder(let placeholder) = piece { return placeholder }
      return nil
    }
  }

  package static func parse(_ literal: String) throws(FormatStringError) -> FormatString {
    var parser = FormatStringParser(literal)
    return FormatString(pieces: try parser.parse())
  }

  package init(pieces: [Piece]) {
    self.pieces = pieces
  }
}

/// The scanner behind `FormatString.parse`, one Unicode scalar at a time.
private struct FormatStringParser {
  let scalars: [Unicode.Scalar]
  var index = 0
  var nextArgument = 0

  init(_ literal: String) { scalars = Array(literal.unicodeScalars) }

  private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    index + ahead < scalars.count ? scalars[index + ahead] : nil
  }

  private mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
    guard peek() == scalar else { return false }
    index += 1
    return true
  }

  mutating func parse() throws(FormatStringError) -> [FormatString.Piece] {
    var pieces: [FormatString.Piece] = []
    var text = String.UnicodeScalarView()
    func flush() {
      if !text.isEmpty { pieces.append(.literal(String(text))) }
      text = String.UnicodeScalarView()
    }
    while let scalar = peek() {
      if scalar == "{" {
        if peek(1) == "{" {
          text.append("{")
          index += 2
          continue
        }
        let start = index
        index += 1
        flush()
        pieces.append(.placeholder(try placeholder(start: start)))
      } else if scalar == "}" {
        if peek(1) == "}" {
          text.append("}")
          index += 2
          continue
        }
        throw FormatStringError(
          message: "invalid format string: unmatched `}` found", offset: index,
          label: "unmatched `}` in format string",
          note: "if you intended to print `}`, you can escape it using `}}`")
      } else {
        text.append(scalar)
        index += 1
      }
    }
    flush()
    return pieces
  }

  private mutating func placeholder(start: Int) throws(FormatStringError) -> FormatString.Placeholder {
    var argument = FormatString.Argument.next
    if let number = integer() {
      argument = .index(number)
    } else if let scalar = peek(), Self.isIdentifierStart(scalar) {
      argument = .named(word())
    }
    let spec = try format()
    var position: Int?
    switch argument {
    case .next:
      position = nextArgument
      nextArgument += 1
    case .index(let number): position = number
    case .named: position = nil
    }
    while let scalar = peek(), scalar.properties.isWhitespace { index += 1 }
    guard let closing = peek() else {
      throw FormatStringError(
        message: "invalid format string: expected `}` but string was terminated", offset: scalars.count,
        label: "expected `}` in format string",
        note: "if you intended to print `{`, you can escape it using `{{`")
    }
    guard closing == "}" else {
      throw FormatStringError(
        message: "invalid format string: expected `}`, found `\(RustEscape.debug(closing))`",
        offset: index, label: "expected `}` in format string",
        note: "if you intended to print `{`, you can escape it using `{{`")
    }
    index += 1
    return FormatString.Placeholder(argument: argument, position: position, spec: spec, offset: start)
  }

  private mutating func format() throws(FormatStringError) -> FormatString.Spec {
    var spec = FormatString.Spec()
    guard consume(":") else { return spec }
    if let fill = peek(), let next = peek(1), "<>^".unicodeScalars.contains(next) {
      spec.fill = Character(fill)
      index += 1
    }
    if consume("<") {
      spec.alignment = .left
    } else if consume(">") {
      spec.alignment = .right
    } else if consume("^") {
      spec.alignment = .center
    }
    if consume("+") {
      spec.sign = .plus
    } else if consume("-") {
      spec.sign = .minus
    }
    if consume("#") { spec.alternate = true }
    var haveWidth = false
    if consume("0") {
      // `{:0$}` is width from argument 0, not the zero flag.
      if consume("$") {
        spec.width = .index(0)
        haveWidth = true
      } else {
        spec.zeroPad = true
      }
    }
    if !haveWidth { spec.width = count() }
    if consume(".") {
      if consume("*") {
        spec.precision = .star(nextArgument)
        nextArgument += 1
      } else {
        spec.precision = count()
      }
    }
    let kindStart = index
    if consume("x") {
      if consume("?") {
        spec.kind = .debug
        spec.debugHex = .lower
      } else {
        spec.kind = .lowerHex
      }
    } else if consume("X") {
      if consume("?") {
        spec.kind = .debug
        spec.debugHex = .upper
      } else {
        spec.kind = .upperHex
      }
    } else if consume("?") {
      spec.kind = .debug
    } else {
      let name = word()
      guard let kind = FormatString.Kind(rawValue: name) else {
        throw FormatStringError(
          message: "unknown format trait `\(name)`", offset: kindStart, label: "",
          note: "the only appropriate formatting traits are:\n"
            + "- ``, which uses the `Display` trait\n- `?`, which uses the `Debug` trait\n"
            + "- `e`, which uses the `LowerExp` trait\n- `E`, which uses the `UpperExp` trait\n"
            + "- `o`, which uses the `Octal` trait\n- `p`, which uses the `Pointer` trait\n"
            + "- `b`, which uses the `Binary` trait\n- `x`, which uses the `LowerHex` trait\n"
            + "- `X`, which uses the `UpperHex` trait")
      }
      spec.kind = kind
    }
    return spec
  }

  private mutating func count() -> FormatString.Count? {
    if let number = integer() {
      return consume("$") ? .index(number) : .literal(number)
    }
    let start = index
    let name = word()
    if name.isEmpty { return nil }
    if consume("$") { return .named(name) }
    index = start
    return nil
  }

  private mutating func integer() -> Int? {
    var value: Int?
    while let scalar = peek(),
      let digit = scalar.properties.numericType == .decimal ? Int(String(scalar)) : nil,
      scalar.isASCII
    {
      let (product, overflow) = (value ?? 0).multipliedReportingOverflow(by: 10)
      value = overflow ? Int.max : min(Int.max, product &+ digit)
      index += 1
    }
    return value
  }

  private mutating func word() -> String {
    guard let first = peek(), Self.isIdentifierStart(first) else { return "" }
    var name = String.UnicodeScalarView()
    while let scalar = peek(), Self.isIdentifierContinue(scalar) {
      name.append(scalar)
      index += 1
    }
    return String(name)
  }

  private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isXIDStart
  }

  private static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isXIDContinue
  }
}
