/// How Rust escapes a character in `{:?}` output and in its diagnostics.
package enum RustEscape {
  /// `char::escape_debug`: `\n`, `\t`, `\r`, `\0`, `\\`, quotes as asked, and `\u{…}` for
  /// grapheme extenders and characters Rust does not consider printable.
  package static func debug(_ scalar: Unicode.Scalar, singleQuote: Bool = true, doubleQuote: Bool = true)
    -> String
  {
    switch scalar {
    case "\0": return "\\0"
    case "\t": return "\\t"
    case "\r": return "\\r"
    case "\n": return "\\n"
    case "\\": return "\\\\"
    case "\"" where doubleQuote: return "\\\""
    case "'" where singleQuote: return "\\'"
    default: break
    }
    if scalar.properties.isGraphemeExtend || !isPrintable(scalar) {
      return "\\u{" + String(scalar.value, radix: 16) + "}"
    }
    return String(scalar)
  }

  /// `core::unicode::printable::is_printable`: everything except separators (other than
  /// the space), control, format, surrogate, private-use and unassigned characters.
  package static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == " " { return true }
    switch scalar.properties.generalCategory {
    case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format, .surrogate, .privateUse,
      .unassigned:
      return false
    default:
      return true
    }
  }
}
