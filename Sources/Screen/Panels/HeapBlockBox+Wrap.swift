import MemoryModel

/// Values too wide for one heap row, broken after their commas instead of cut off.
extension HeapBlockBox {
  /// `lead` and `text` as rows that fit the block: the text is broken after a `,` where it
  /// would pass the edge, its continuation rows indented under the first (a struct's last
  /// fields stay readable at 80 columns). A piece wider than the row is still cut at the edge.
  func wrappedRows(lead: StyledRun, text: String, role: ThemeRole) -> [[StyledRun]] {
    let leadWidth = DisplayWidth.of(lead.text)
    let available = innerWidth - leadWidth
    guard DisplayWidth.of(text) > available else { return [[lead, StyledRun(text, style(role))]] }
    guard wrapsWideRows, available >= 8 else {
      return [
        [
          lead,
          StyledRun(Self.shortened(text, toFit: available, ellipsis: context.glyphs.ellipsis), style(role)),
        ]
      ]
    }
    let parts = text.split(separator: ", ", omittingEmptySubsequences: false)
    var lines: [String] = []
    var current = ""
    for (index, part) in parts.enumerated() {
      let piece = String(part) + (index < parts.count - 1 ? "," : "")
      let candidate = current.isEmpty ? piece : current + " " + piece
      if current.isEmpty || DisplayWidth.of(candidate) <= available {
        current = candidate
      } else {
        lines.append(current)
        current = piece
      }
    }
    lines.append(current)
    let indent = StyledRun(String(repeating: " ", count: leadWidth), style(role))
    return lines.enumerated().map { index, line in
      [index == 0 ? lead : indent, StyledRun(line, style(role))]
    }
  }

  /// A struct's text made to fit one row: without its type's name (the box's title names the
  /// element type), then with its collapsed fields as bare `{…}` (their blocks are drawn
  /// right below). Left as it is when neither is enough.
  static func shortened(_ text: String, toFit width: Int, ellipsis: String) -> String {
    guard let brace = text.firstIndex(of: "{"), brace != text.startIndex,
      text[..<brace].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == " " || $0 == ":" })
    else { return text }
    var shorter = String(text[brace...])
    if DisplayWidth.of(shorter) <= width { return shorter }
    for kind in BufferKind.allNames {
      shorter = shorter.replacing(kind + " {" + ellipsis + "}", with: "{" + ellipsis + "}")
    }
    return DisplayWidth.of(shorter) < DisplayWidth.of(text) ? shorter : text
  }
}

extension BufferKind {
  /// The names a collapsed buffer is shown with (`String {…}`).
  fileprivate static let allNames = [BufferKind.string.rawValue, BufferKind.vector.rawValue]
}
