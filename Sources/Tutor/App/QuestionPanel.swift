import Screen

/// Draws a question prompt as a box over the middle of whatever is on screen.
struct QuestionPanel: Sendable {
  var prompt: QuestionPrompt
  var styles = ClassroomStyles.standard
  var ascii = false
  /// Presenter mode: key hints hidden, more air around the text.
  var presenter = false
  /// The lesson's score so far ("2/3 right"), shown after an answer.
  var score: String?

  /// The lines inside the box, with their styles, for a box `innerWidth` columns wide.
  func contentLines(innerWidth: Int) -> [(text: String, style: Style)] {
    var lines: [(text: String, style: Style)] = []
    let question = prompt.question
    for line in TextFitting.wrap(CardPanel.withoutMarkup(question.text), width: innerWidth) {
      lines.append((line, styles.text))
    }
    lines.append(("", styles.text))
    switch question.kind {
    case .choice(let options, let correct):
      for (index, option) in options.enumerated() {
        let label = "\(index + 1)) "
        var style = styles.option
        if case .answered(let given, _) = prompt.phase {
          // After the answer the right option lights up, and a wrong pick is marked.
          if index == correct {
            style = styles.right
          } else if given == String(index + 1) {
            style = styles.wrong
          } else {
            style = styles.text
          }
        }
        let wrapped = TextFitting.wrap(
          CardPanel.withoutMarkup(option), width: max(1, innerWidth - label.count))
        for (row, line) in wrapped.enumerated() {
          let prefix = row == 0 ? label : String(repeating: " ", count: label.count)
          lines.append((prefix + line, style))
        }
      }
    case .number:
      if case .asking = prompt.phase {
        let unit = question.unit.map { " " + $0 } ?? ""
        lines.append(("Your answer: " + prompt.typed + "_" + unit, styles.option))
      }
    }
    switch prompt.phase {
    case .asking:
      if let hint = prompt.hint {
        lines.append(("", styles.text))
        lines.append((hint, styles.dim))
      }
    case .answered(let given, let correct):
      lines.append(("", styles.text))
      let verdict: String
      let style: Style
      if let given {
        // For a choice the options are on screen, lit up: their numbers are enough.
        let isChoice = if case .choice = question.kind { true } else { false }
        let right = isChoice ? question.answerNumber : question.answerText
        verdict =
          correct
          ? (ascii ? "Right: " : "✓ Right: ") + right
          : (ascii ? "Not quite: " : "✗ Not quite: ") + "you said \(given); the answer is " + right + "."
        style = correct ? styles.right : styles.wrong
      } else {
        verdict = "The answer: " + question.answerText
        style = styles.right
      }
      for line in TextFitting.wrap(verdict, width: innerWidth) { lines.append((line, style)) }
      if let score { lines.append(("Score in this lesson: " + score, styles.dim)) }
      if !question.explanation.isEmpty {
        lines.append(("", styles.text))
        for line in TextFitting.wrap(CardPanel.withoutMarkup(question.explanation), width: innerWidth) {
          lines.append((line, styles.text))
        }
      }
    }
    if !presenter {
      lines.append(("", styles.text))
      lines.append((keyHint, styles.dim))
    }
    return lines
  }

  /// The few keys that matter now.
  var keyHint: String {
    let dot = ascii ? " - " : " · "
    switch prompt.phase {
    case .answered: return "Enter continue" + dot + (ascii ? "Left" : "←") + " back"
    case .asking:
      switch prompt.question.kind {
      case .choice(let options, _): return "1–\(options.count) answer" + dot + "Esc back"
      case .number: return "digits, Enter answer" + dot + "Backspace fix" + dot + "Esc back"
      }
    }
  }

  /// Draws the box centred in `area` of `buffer`, clearing what is under it.
  func draw(
    into buffer: inout ScreenBuffer, x areaX: Int, y areaY: Int, width areaWidth: Int, height areaHeight: Int
  ) {
    let margin = presenter ? 3 : 1
    let boxWidth = min(areaWidth, presenter ? max(40, areaWidth * 2 / 3) : 72)
    let innerWidth = boxWidth - 2 - 2 * margin
    guard innerWidth >= 8, areaHeight >= 5 else { return }
    var lines = contentLines(innerWidth: innerWidth)
    let verticalPad = presenter ? 1 : 0
    let maxLines = areaHeight - 2 - 2 * verticalPad
    if lines.count > maxLines {
      // Keep the verdict and the hint in view: drop question lines from the middle first.
      let overflow = lines.count - maxLines
      let questionLines = lines.prefix { !$0.text.isEmpty }.count
      let cut = min(overflow, max(0, questionLines - 1))
      if cut > 0 {
        lines.removeSubrange((questionLines - cut)..<questionLines)
        lines[questionLines - cut - 1].text = TextFitting.truncate(
          lines[questionLines - cut - 1].text + " …", width: innerWidth)
      }
      if lines.count > maxLines { lines = Array(lines.prefix(maxLines)) }
    }
    let boxHeight = lines.count + 2 + 2 * verticalPad
    let left = areaX + (areaWidth - boxWidth) / 2
    // Low on the screen, so the code and the top of the memory panels stay in view while
    // the learner works out the answer.
    let top = areaY + max(0, presenter ? (areaHeight - boxHeight) / 2 : areaHeight - boxHeight)
    buffer.fill(x: left, y: top, width: boxWidth, height: boxHeight, style: styles.text)
    drawBorder(into: &buffer, left: left, top: top, width: boxWidth, height: boxHeight)
    for (index, line) in lines.enumerated() {
      buffer.put(
        line.text, x: left + 1 + margin, y: top + 1 + verticalPad + index, style: line.style,
        maxWidth: innerWidth)
    }
  }

  private func drawBorder(into buffer: inout ScreenBuffer, left: Int, top: Int, width: Int, height: Int) {
    let horizontal = ascii ? "-" : "─"
    let vertical = ascii ? "|" : "│"
    let corners = ascii ? ["+", "+", "+", "+"] : ["┌", "┐", "└", "┘"]
    let bottom = top + height - 1
    let right = left + width - 1
    for column in (left + 1)..<right {
      buffer.put(horizontal, x: column, y: top, style: styles.border)
      buffer.put(horizontal, x: column, y: bottom, style: styles.border)
    }
    for row in (top + 1)..<bottom {
      buffer.put(vertical, x: left, y: row, style: styles.border)
      buffer.put(vertical, x: right, y: row, style: styles.border)
    }
    buffer.put(corners[0], x: left, y: top, style: styles.border)
    buffer.put(corners[1], x: right, y: top, style: styles.border)
    buffer.put(corners[2], x: left, y: bottom, style: styles.border)
    buffer.put(corners[3], x: right, y: bottom, style: styles.border)
    let title = " Question "
    buffer.put(title, x: left + 2, y: top, style: styles.border, maxWidth: width - 4)
  }
}
