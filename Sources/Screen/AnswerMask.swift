/// The answers of an open question, hidden wherever the screen would show them: each number is
/// matched as written (`112`), with separators (`16,777,232`) and in bytes (`16 MiB`), as a whole
/// number, and its digits are drawn as `?`.
package struct AnswerMask: Sendable, Equatable {
  /// The spellings to hide, longest first so `16,777,232` wins over `16`.
  package private(set) var spellings: [String] = []

  package init(answers: [String] = []) {
    var found: Set<String> = []
    for answer in answers {
      let trimmed = answer.filter { $0 != "," && $0 != "_" && $0 != " " }
      guard let number = Int(trimmed), number >= 0 else { continue }
      found.insert(String(number))
      found.insert(Format.grouped(number))
      if number >= 1024 { found.insert(Format.bytes(number)) }
    }
    spellings = found.sorted { ($0.count, $0) > ($1.count, $1) }
  }

  package var isEmpty: Bool { spellings.isEmpty }

  /// `text` with every whole-number occurrence of an answer's digits replaced by `?`.
  package func apply(to text: String) -> String {
    guard !isEmpty else { return text }
    var characters = Array(text)
    for range in matches(in: characters) {
      for index in range where characters[index].isNumber { characters[index] = "?" }
    }
    return String(characters)
  }

  /// Hides the answers in the rows of `area` of `buffer` (a number never wraps across rows there).
  package func apply(to buffer: inout ScreenBuffer, in area: Rect) {
    guard !isEmpty else { return }
    let columns = max(0, area.x)..<min(buffer.width, area.maxX)
    let rows = max(0, area.y)..<min(buffer.height, area.maxY)
    guard !columns.isEmpty else { return }
    for y in rows {
      // Continuation cells of wide graphemes hold nothing and are left out of the text.
      let positions = columns.filter { buffer[$0, y].width > 0 }
      let characters = positions.map {
        Character(buffer[$0, y].grapheme.isEmpty ? " " : buffer[$0, y].grapheme)
      }
      for range in matches(in: characters) {
        for index in range where characters[index].isNumber {
          let cell = buffer[positions[index], y]
          buffer.put("?", x: positions[index], y: y, style: cell.style)
        }
      }
    }
  }

  /// Ranges of `characters` that spell an answer and are not part of a longer number or word.
  private func matches(in characters: [Character]) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var start = 0
    while start < characters.count {
      var matched: Range<Int>?
      if start == 0 || !Self.continuesNumber(characters, before: start) {
        for spelling in spellings {
          let needle = Array(spelling)
          let end = start + needle.count
          guard end <= characters.count, Array(characters[start..<end]) == needle else { continue }
          if !Self.continuesNumber(characters, after: end),
            !Self.scaledByUnit(characters, after: end) || spelling.hasSuffix("iB")
          {
            matched = start..<end
            break
          }
        }
      }
      if let matched {
        found.append(matched)
        start = matched.upperBound
      } else {
        start += 1
      }
    }
    return found
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_"
  }

  /// Whether the character before `index` belongs to the same number or word (`a2`, `1,2`, `0.2`).
  private static func continuesNumber(_ characters: [Character], before index: Int) -> Bool {
    guard index > 0 else { return false }
    let previous = characters[index - 1]
    if isWordCharacter(previous) { return true }
    if previous == "," || previous == "." || previous == "_" {
      return index > 1 && characters[index - 2].isNumber
    }
    return false
  }

  /// Whether a bare number is followed by ` KiB`, ` MiB` or ` GiB`: `8 MiB` is not the answer 8.
  private static func scaledByUnit(_ characters: [Character], after index: Int) -> Bool {
    let rest = characters[index..<min(characters.count, index + 4)]
    return ["KiB", "MiB", "GiB"].contains { rest.elementsEqual(" " + $0) }
  }

  /// Whether the character at `index` carries the number on (`23`, `2,5`, `2.5`, `2px`).
  private static func continuesNumber(_ characters: [Character], after index: Int) -> Bool {
    guard index < characters.count else { return false }
    let next = characters[index]
    if isWordCharacter(next) { return true }
    if next == "," || next == "." || next == "_" {
      return index + 1 < characters.count && characters[index + 1].isNumber
    }
    return false
  }
}
