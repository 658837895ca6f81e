/// A readable line diff for test failures: `-` lines are expected, `+` lines are actual.
package enum TextDiff {
  /// nil when the texts are equal; otherwise the differing lines with a little context.
  package static func describe(expected: String, actual: String, context: Int = 2) -> String? {
    guard expected != actual else { return nil }
    let old = lines(expected)
    let new = lines(actual)
    let script = editScript(old, new)
    let changed = Set(script.indices.filter { script[$0].mark != " " })
    var out: [String] = []
    var lastShown = -1
    for index in script.indices {
      let near = changed.contains { abs($0 - index) <= context }
      guard near else { continue }
      if lastShown >= 0, index > lastShown + 1 { out.append("  …") }
      out.append("\(script[index].mark) \(script[index].text)")
      lastShown = index
    }
    if out.isEmpty {
      // Same lines, different endings: only the trailing newline differs.
      out.append("(the texts differ only in their final newline)")
    }
    return out.joined(separator: "\n")
  }

  /// Lines with visible line ends, so a missing final newline shows up.
  private static func lines(_ text: String) -> [String] {
    var result = text.split(separator: "\n", omittingEmptySubsequences: false).map { visible(String($0)) }
    if result.last == "" {
      result.removeLast()
    } else if !result.isEmpty {
      result[result.count - 1] += "⟨no newline at end⟩"
    }
    return result
  }

  /// Control characters (tabs, carriage returns, escapes) drawn as their Unicode control
  /// pictures (␉, ␍, ␛ …) so they can be seen and are not confused with printed backslashes.
  private static func visible(_ line: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in line.unicodeScalars {
      if scalar.value < 0x20, let picture = Unicode.Scalar(0x2400 + scalar.value) {
        out.append(picture)
      } else if scalar.value == 0x7f, let picture = Unicode.Scalar(0x2421) {
        out.append(picture)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  private static func editScript(_ old: [String], _ new: [String]) -> [(mark: Character, text: String)] {
    // Longest common subsequence by dynamic programming; corpus outputs are small.
    let n = old.count
    let m = new.count
    var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var script: [(mark: Character, text: String)] = []
    var i = 0
    var j = 0
    while i < n || j < m {
      if i < n, j < m, old[i] == new[j] {
        script.append((" ", old[i]))
        i += 1
        j += 1
      } else if j < m, i == n || table[i][j + 1] > table[i + 1][j] {
        script.append(("+", new[j]))
        j += 1
      } else {
        script.append(("-", old[i]))
        i += 1
      }
    }
    return script
  }
}
