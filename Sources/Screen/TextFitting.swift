/// Fitting text into columns: cutting with an ellipsis, padding, and word wrapping, all by
/// display width so wide characters keep columns aligned.
package enum TextFitting {
  /// `text` cut (ending in `…`) or padded with spaces to exactly `width` columns.
  package static func fit(_ text: String, width: Int) -> String {
    guard width > 0 else { return "" }
    let cut = truncate(text, width: width)
    return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
  }

  /// `text` if it fits in `width` columns, otherwise its start and `…`.
  package static func truncate(_ text: String, width: Int) -> String {
    guard width > 0 else { return "" }
    if DisplayWidth.of(text) <= width { return text }
    var result = ""
    var used = 0
    for character in text {
      let characterWidth = DisplayWidth.of(character)
      if used + characterWidth > width - 1 { break }
      result.append(character)
      used += characterWidth
    }
    return result + "…"
  }

  /// Splits `text` into lines of at most `width` columns, breaking at spaces where it can.
  /// Newlines in `text` start new lines; a word longer than the width is cut across lines.
  package static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        var word = String(word)
        var wordWidth = DisplayWidth.of(word)
        if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
          line += " " + word
          lineWidth += 1 + wordWidth
          continue
        }
        if lineWidth > 0 {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        while wordWidth > width {
          var head = ""
          var headWidth = 0
          var rest = Substring(word)
          while let first = rest.first, headWidth + DisplayWidth.of(first) <= width {
            head.append(first)
            headWidth += DisplayWidth.of(first)
            rest = rest.dropFirst()
          }
          if head.isEmpty, let first = rest.first {
            // A character wider than the whole line: give it a line of its own.
            head = String(first)
            rest = rest.dropFirst()
          }
          lines.append(head)
          word = String(rest)
          wordWidth = DisplayWidth.of(word)
        }
        line = word
        lineWidth = wordWidth
      }
      lines.append(line)
    }
    return lines
  }
}
