import Course
import Foundation
import Screen
import Terminal
import Testing

@testable import Tutor

/// Every number question of the course, asked on a real lesson screen: its answer must not be
/// readable anywhere but in the question box (the code is left as written).
@Suite struct QuestionLeakTests {
  struct Leak: CustomStringConvertible {
    var lesson: String
    var step: Int
    var size: String
    var answer: String
    var line: String
    var description: String { "\(lesson) step \(step + 1) at \(size): \(answer) shows in \"\(line)\"" }
  }

  @Test func noLessonScreenShowsTheAnswerOfAnOpenQuestion() throws {
    let library = LessonLibrary.load(extraFolders: [])
    let launcher = LessonLauncher(options: TutorOptions(), settings: .learner)
    var asked = 0
    var leaks: [Leak] = []
    for lesson in library.lessons {
      guard case .session(let opened) = launcher.open(lesson, progress: nil) else {
        Issue.record("lesson \(lesson.number) did not open")
        continue
      }
      for question in opened.questions where question.step > 0 {
        guard case .number(let answer) = question.kind else { continue }
        var session = opened
        session.start(at: question.step - 1)
        // The introduction card of a question before the second step: any key closes it.
        if session.card != nil { _ = session.update(.key(.character("x"))) }
        _ = session.update(.key(.right))
        #expect(session.prompt?.question == question, "lesson \(lesson.number): question not asked")
        asked += 1
        for (width, height) in [(80, 24), (160, 48)] {
          let screen = session.view(width: width, height: height)
          let statics = session.tutor.session.image.statics.count
          let code = ScreenLayout.make(width: width, height: height, staticCount: statics)?.code ?? .zero
          let narrationTitle = ScreenLayout.make(width: width, height: height, staticCount: statics)?
            .narration.y
          for line in Self.visibleLines(of: screen, excluding: code, titleRow: narrationTitle)
          where Self.shows(answer, in: line) {
            leaks.append(
              Leak(
                lesson: lesson.slug, step: question.step, size: "\(width)x\(height)", answer: answer,
                line: line))
          }
        }
      }
    }
    #expect(asked >= 10, "the course should ask at least ten number questions, found \(asked)")
    #expect(leaks.isEmpty, "\(leaks.map(\.description).joined(separator: "\n"))")
  }

  @Test func theAnswerShowsAgainOnceAnswered() throws {
    let library = LessonLibrary.load(extraFolders: [])
    let lesson = try library.resolve("2")
    let launcher = LessonLauncher(options: TutorOptions(), settings: .learner)
    guard case .session(var session) = launcher.open(lesson, progress: nil) else {
      Issue.record("lesson 2 did not open")
      return
    }
    let question = try #require(
      session.questions.first { $0.text.contains("bytes of stack") })
    guard case .number(let answer) = question.kind else {
      Issue.record("not a number question")
      return
    }
    session.start(at: question.step - 1)
    let due = session.view(width: 100, height: 30)
    _ = session.update(.key(.right))
    let asking = session.view(width: 100, height: 30)
    for screen in [due, asking] {
      #expect(
        !Self.visibleLines(of: screen, excluding: .zero, titleRow: nil).contains {
          Self.shows(answer, in: $0)
        })
    }
    #expect(asking.text.contains("???"))
    for digit in answer { _ = session.update(.key(.character(digit))) }
    _ = session.update(.key(.enter))
    #expect(session.prompt?.isAnswered == true)
    _ = session.update(.key(.enter))
    #expect(session.prompt == nil)
    #expect(session.tutor.currentStep == question.step)
    _ = session.update(.key(.left))
    let answered = session.view(width: 100, height: 30)
    #expect(
      Self.visibleLines(of: answered, excluding: .zero, titleRow: nil).contains { Self.shows(answer, in: $0) }
    )
  }

  /// The rows of `screen` as text, without the question box, the code panel and the narration
  /// panel's title (which names the step and line, not an answer).
  static func visibleLines(of screen: ScreenBuffer, excluding code: Rect, titleRow: Int?) -> [String] {
    var box: Rect?
    for y in 0..<screen.height {
      guard let left = (0..<screen.width).first(where: { screen[$0, y].grapheme == "┌" }),
        screen.line(y).contains("┌─ Question ")
      else { continue }
      let right = (left..<screen.width).last { screen[$0, y].grapheme == "┐" } ?? screen.width - 1
      box = Rect(x: left, y: y, width: right - left + 1, height: screen.height - 1 - y)
      break
    }
    var lines: [String] = []
    for y in 0..<screen.height where y != titleRow {
      var text = ""
      for x in 0..<screen.width {
        let cell = screen[x, y]
        if cell.width == 0 { continue }
        let inBox = box.map { x >= $0.x && x < $0.maxX && y >= $0.y && y < $0.maxY } ?? false
        let inCode = x >= code.x && x < code.maxX && y >= code.y && y < code.maxY
        text += inBox || inCode ? " " : cell.grapheme
      }
      lines.append(text)
    }
    return lines
  }

  /// Whether `line` holds `answer` as typed, with separators, or in bytes, as a whole number.
  static func shows(_ answer: String, in line: String) -> Bool {
    guard let number = Int(answer) else { return false }
    var spellings = [answer, Format.grouped(number), "\(answer) B"]
    if number >= 1024 { spellings.append(Format.bytes(number)) }
    for spelling in spellings {
      let escaped = NSRegularExpression.escapedPattern(for: spelling)
      // `8 MiB` is not the answer 8; `16 MiB` is the answer 16777216 in bytes.
      let unit = spelling.hasSuffix("iB") ? "" : "|\\s[KMG]iB"
      let pattern = "(?<![\\w.,])" + escaped + "(?![\\w]|[.,]\\d" + unit + ")"
      guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
      let range = NSRange(line.startIndex..., in: line)
      if regex.firstMatch(in: line, range: range) != nil { return true }
    }
    return false
  }
}
