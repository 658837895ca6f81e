/// Source text as rustc reads it: a leading UTF-8 byte-order mark dropped and every CRLF turned
/// into LF before lexing, so a file saved on Windows runs, reports lines and numbers them exactly
/// like the same file with LF endings (a CRLF inside a string literal is then `\n`, and `\` before
/// a CRLF continues the line, as in rustc). Everything that reads a Rust or lesson file passes it
/// through here, so the lines a diagnostic quotes are the lines the lexer saw.
package enum SourceText {
  package static func normalized(_ text: String) -> String {
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    if scalars.first == "\u{FEFF}" { start = scalars.index(after: start) }
    guard scalars[start...].contains("\r") || start != scalars.startIndex else { return text }
    var out = String.UnicodeScalarView()
    var index = start
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
        index = next
        continue
      }
      out.append(scalar)
      index = next
    }
    return String(out)
  }
}
