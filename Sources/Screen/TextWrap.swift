import MemoryModel

/// Word wrapping for styled text, aware of wide characters.
package enum TextWrap {
  /// Splits `runs` into lines of at most `width` columns. Breaks at spaces where it can and
  /// inside a word only when the word alone is wider than a line. `\n` starts a new line;
  /// other control characters are made inert first.
  package static func wrap(_ runs: [StyledRun], width: Int) -> [[StyledRun]] {
    guard width > 0 else { return [] }
    var lines: [[StyledRun]] = []
    var line: [StyledRun] = []
    var lineWidth = 0
    // A word is kept as runs so a styled span can sit inside it.
    var word: [StyledRun] = []
    var wordWidth = 0
    var pendingSpace: Style? = nil

    func appendToLine(_ text: String, _ style: Style) {
      if let last = line.last, last.style == style {
        line[line.count - 1].text += text
      } else {
        line.append(StyledRun(text, style))
      }
    }

    func finishLine() {
      lines.append(line)
      line = []
      lineWidth = 0
    }

    func flushWord() {
      guard !word.isEmpty else {
        return
      }
      let spaceWidth = (pendingSpace != nil && lineWidth > 0) ? 1 : 0
      if lineWidth > 0, lineWidth + spaceWidth + wordWidth > width {
        finishLine()
      } else if spaceWidth == 1, let style = pendingSpace {
        appendToLine(" ", style)
        lineWidth += 1
      }
      pendingSpace = nil
      for run in word {
        for character in run.text {
          let characterWidth = DisplayWidth.of(character)
          if lineWidth + characterWidth > width, lineWidth > 0 { finishLine() }
          appendToLine(String(character), run.style)
          lineWidth += characterWidth
        }
      }
      word = []
      wordWidth = 0
    }

    for run in runs {
      for character in run.text {
        if character == "\n" {
          flushWord()
          finishLine()
          pendingSpace = nil
        } else if character == " " {
          flushWord()
          pendingSpace = run.style
        } else {
          let text = String(character).inert
          if let last = word.last, last.style == run.style {
            word[word.count - 1].text += text
          } else {
            word.append(StyledRun(text, run.style))
          }
          wordWidth += DisplayWidth.of(text)
        }
      }
    }
    flushWord()
    if !line.isEmpty { finishLine() }
    return lines
  }

  /// Plain text wrapped in one style.
  package static func wrap(_ text: String, style: Style = .plain, width: Int) -> [[StyledRun]] {
    wrap([StyledRun(text, style)], width: width)
  }

  /// Turns `code` spans marked with backticks into `codeStyle` runs (the backticks dropped).
  package static func markup(_ text: String, normal: Style, code: Style) -> [StyledRun] {
    var runs: [StyledRun] = []
    var inCode = false
    var current = ""
    for character in text {
      if character == "`" {
        if !current.isEmpty { runs.append(StyledRun(current, inCode ? code : normal)) }
        current = ""
        inCode.toggle()
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { runs.append(StyledRun(current, inCode ? code : normal)) }
    return runs
  }
}
