/// What the Code panel shows: the source, the line about to run, and which lines have run.
package struct CodeView: Sendable {
  package var title: String
  package var lines: [String]
  /// The line the next step runs (1-based); nil once the program has ended.
  package var nextLine: Int?
  /// The line the current step ran.
  package var justRunLine: Int?
  /// For each line (index 0 is line 1), whether it has run by the current step.
  package var hasRun: [Bool]
  /// Lines (1-based) the panel leaves out: a lesson's markup comments.
  package var hiddenLines: Set<Int> = []
  /// Rows per line: 2 leaves a blank row under each line, for a room reading from afar.
  package var lineSpacing = 1

  /// How many lines the panel shows (all but the hidden ones).
  package var shownLineCount: Int { max(lines.count, 1) - hiddenLines.filter { $0 <= lines.count }.count }

  package init(title: String, source: String, nextLine: Int?, justRunLine: Int?, hasRun: [Bool]) {
    self.title = title
    self.lines = CodeView.split(source)
    self.nextLine = nextLine
    self.justRunLine = justRunLine
    self.hasRun = hasRun
  }

  package init(title: String, lines: [String], nextLine: Int?, justRunLine: Int?, hasRun: [Bool]) {
    self.title = title
    self.lines = lines
    self.nextLine = nextLine
    self.justRunLine = justRunLine
    self.hasRun = hasRun
  }

  /// Source lines with tabs expanded to four spaces.
  package static func split(_ source: String) -> [String] {
    var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0).replacingOccurrences(of: "\t", with: "    ").replacingOccurrences(of: "\r", with: "")
    }
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: Character, with replacement: String) -> String {
    guard contains(target) else { return self }
    var out = ""
    for character in self {
      if character == target { out += replacement } else { out.append(character) }
    }
    return out
  }
}
