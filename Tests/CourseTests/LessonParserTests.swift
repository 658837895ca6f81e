import Course
import CourseTestSupport
import RustFrontEnd
import Testing

@Suite struct LessonParserTests {
  @Test func readsHeaderIntroAndClosing() throws {
    let lesson = try LessonFixture.lesson()
    #expect(lesson.title == "Fixture")
    #expect(lesson.summary == "A Vec, a loop and a call.")
    #expect(lesson.intro == ["An introduction on two lines.", "- a list item"])
    #expect(lesson.closing == ["The end, in two lines."])
    #expect(lesson.number == 7)
    #expect(lesson.slug == "fixture")
    #expect(lesson.id == "fixture")
    #expect(lesson.stackLimit == nil)
    #expect(lesson.expectedError == nil)
  }

  @Test func attachesNarrationToTheNextCodeLine() throws {
    let lesson = try LessonFixture.lesson()
    let pushLine = LessonFixture.line(containing: "v.push(1)")
    let blocks = lesson.narrations(forLine: pushLine)
    #expect(blocks.map(\.selector) == [.nth(1), .every])
    #expect(
      blocks.map(\.text.source) == [
        "first push: cap {cap v} (was {cap v before}) at {heap v}", "len {len v}",
      ])
    #expect(lesson.narrations(forLine: LessonFixture.line(containing: "fn main")).count == 1)
    #expect(lesson.narrations(forLine: LessonFixture.line(containing: "f(7);")).map(\.selector) == [.last])
  }

  @Test func readsBothKindsOfQuestion() throws {
    let lesson = try LessonFixture.lesson()
    #expect(lesson.questions.count == 3)
    let pushLine = LessonFixture.line(containing: "v.push(1)")
    let first = lesson.questions[0]
    #expect(first.line == pushLine)
    #expect(first.selector == .nth(1))
    #expect(first.prompt.source == "Capacity after this push?")
    #expect(first.kind == .number(answer: TextTemplate(parts: [.placeholder(first.answerPlaceholder)])))
    let second = lesson.questions[1]
    #expect(second.selector == .nth(2))
    guard case .choice(let options, let correct) = second.kind else {
      Issue.record("expected a choice question")
      return
    }
    #expect(options.map(\.source) == ["another one", "the same one at {heap v}"])
    #expect(correct == 1)
    #expect(second.explanation.source == "Still {block v} bytes.")
    #expect(lesson.questions.map(\.index) == [0, 1, 2])
  }

  @Test func hidesMarkupLinesFromTheCode() throws {
    let lesson = try LessonFixture.lesson()
    let code = lesson.codeLines.map(\.text).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    #expect(code.first == "fn main() {")
    #expect(!code.contains { $0.contains("//") })
    let push = try #require(lesson.codeLines.first { $0.text.contains("v.push") })
    #expect(push.number == LessonFixture.line(containing: "v.push(1)"))
  }

  @Test func readsStackSizeAndExpectedError() throws {
    let source = """
      //! title: Rejected
      //! summary: Does not compile.
      //! stack: 64KiB
      //! expect-error: E0505

      fn main() {}

      //| error[E0505]: cannot move out of `s` because it is borrowed
      //|  --> 05-rejected.rs:12:10
      //|   |
      """
    let lesson = try LessonParser.parse(source: source, path: "05-rejected.rs")
    #expect(lesson.stackLimit == 65536)
    let expected = try #require(lesson.expectedError)
    #expect(expected.code == "E0505")
    #expect(expected.message == "cannot move out of `s` because it is borrowed")
    #expect(expected.primaryLocation == SourceLocation(line: 12, column: 10))
    #expect(expected.rustcText.count == 3)
    #expect(expected.rustcText[2] == "  |")
  }

  @Test func byteCounts() {
    #expect(HeaderReader.byteCount("64KiB") == 65536)
    #expect(HeaderReader.byteCount("8 MiB") == 8 * 1024 * 1024)
    #expect(HeaderReader.byteCount("4096") == 4096)
    #expect(HeaderReader.byteCount("1gib") == 1 << 30)
    #expect(HeaderReader.byteCount("12 parsecs") == nil)
    #expect(HeaderReader.byteCount("KiB") == nil)
  }

  @Test func numberAndSlugFromFileNames() {
    #expect(LessonParser.numberAndSlug(fromPath: "Lessons/04-stack-overflow.rs") == (4, "stack-overflow"))
    #expect(LessonParser.numberAndSlug(fromPath: "12_Invalid_Reference.rs") == (12, "invalid-reference"))
    #expect(LessonParser.numberAndSlug(fromPath: "/tmp/mine.rs") == (0, "mine"))
  }

  // MARK: - Broken lessons: every error at its exact place

  /// Parses `source` as `bad.rs` and returns each error as `line:col: message`.
  private func errors(_ source: String) -> [String] {
    do {
      _ = try LessonParser.parse(source: source, path: "bad.rs")
      return []
    } catch {
      return error.diagnostics.map { "\($0.span.start.line):\($0.span.start.column): \($0.message)" }
    }
  }

  private let header = "//! title: T\n//! summary: S\n\n"

  @Test func missingHeaderFields() {
    #expect(
      errors("//! title: Only a title\n\nfn main() {}\n") == [
        "1:1: the lesson header needs `//! summary: …`"
      ])
    #expect(
      errors("fn main() {}\n") == [
        "1:1: the lesson header needs `//! title: …`", "1:1: the lesson header needs `//! summary: …`",
      ])
  }

  @Test func unknownAndDuplicateHeaderFields() {
    #expect(
      errors("//! title: T\n//! summary: S\n//! level: hard\n//! title: U\n\nfn main() {}\n") == [
        "3:5: unknown lesson header field `level`", "4:5: `title` is given twice",
      ])
  }

  @Test func badFieldValues() {
    #expect(
      errors("//! title: T\n//! summary: S\n//! stack: lots\n//! expect-error: 505\n\nfn main() {}\n") == [
        "3:5: `stack` must be a size between 1KiB and 1GiB, like `64KiB` or `8MiB`; got `lots`",
        "4:5: `expect-error` takes rustc's error code, like `E0502`; got `505`",
      ])
  }

  @Test func headerAfterCode() {
    #expect(
      errors(header + "fn main() {}\n//! title: late\n") == [
        "5:1: `//!` header lines belong at the very top of the file, before any code"
      ])
  }

  @Test func narrationWithNothingAfterIt() {
    #expect(
      errors(header + "fn main() {}\n    // > dangling words\n") == [
        "5:5: this narration is not followed by a line of code to attach to"
      ])
  }

  @Test func unknownSelectors() {
    #expect(
      errors(
        header
          + "fn main() {\n    // >first hello\n    // ?0 number: n?\n    // + 1\n    // = e\n    f();\n}\n")
        == [
          "5:5: unknown narration selector `>first` (use `>` or `>*` for every run, `>1`, `>2`… for one run, "
            + "`>2..5`, `>2..` or `>2..-1` for several, `>last` for the last)",
          "6:5: unknown question selector `?0` (use `?` for the first run, `?2`… or `?last`)",
        ])
  }

  @Test func placeholderErrorsPointAtTheBrace() {
    let source = header + "fn main() {\n    // > a {colour v} b {len} c {frames x} d }\n    let v = 1;\n}\n"
    #expect(
      errors(source) == [
        "5:12: unknown placeholder `{colour v}`",
        "5:25: `{len}` needs one variable name, like `{len v}` or `{len main::v}`",
        "5:33: `{frames}` takes no name",
        "5:46: unmatched `}` in lesson text (write `}}` for a literal brace)",
      ])
  }

  @Test func unclosedBrace() {
    #expect(
      errors(header + "fn main() {\n    // > open {cap v\n    let v = 1;\n}\n") == [
        "5:15: unclosed `{` in lesson text (write `{{` for a literal brace)"
      ])
  }

  @Test func malformedQuestions() {
    let source =
      header + """
        fn main() {
            // ? which one?
            let a = 1;
            // ? choice: Pick.
            // - wrong
            // - also wrong
            let b = 2;
            // ? choice: Pick again.
            // + right
            // = because
            let c = 3;
            // ? number: How many?
            // - 3
            // + 4
            // = e
            let d = 4;
            // ? number: Which?
            // + about {cap v}
            // = e
            let e = 5;
        }

        """
    #expect(
      errors(source) == [
        "5:5: a question starts with `// ? choice: …` or `// ? number: …`",
        "7:5: the question needs an explanation line `// = …`, shown after it is answered",
        "7:5: a choice question needs exactly one right option marked `// +`; it has 0",
        "11:5: a choice question needs 2 to 4 options (`// - wrong`, `// + right`); it has 1",
        "16:5: a `number` question has no wrong options; give its answer with `// + {…}`",
        "21:5: a number answer is one placeholder such as `{cap v}` or a whole number",
      ])
  }

  @Test func rustcReportWithoutExpectedError() {
    #expect(
      errors(header + "fn main() {}\n//| error[E0382]: borrow of moved value\n") == [
        "5:1: `//|` lines hold rustc's report for a rejected program; add `//! expect-error: E….` to the header"
      ])
  }

  @Test func renderedLikeACompilerError() {
    let source = header + "fn main() {\n    // > {nope}\n    let v = 1;\n}\n"
    do {
      _ = try LessonParser.parse(source: source, path: "Lessons/bad.rs")
      Issue.record("expected an error")
    } catch {
      #expect(
        error.rendered(file: "Lessons/bad.rs", source: source) == """
          Lessons/bad.rs:5:10: error: unknown placeholder `{nope}`
            |
          5 |     // > {nope}
            |          ^^^^^^
            = note: known placeholders: \(TemplateParser.knownSpellings)
          """)
    }
  }

  @Test func selectors() {
    func selected(_ spelling: String, of total: Int) -> [Int]? {
      OccurrenceSelector(spelling: spelling, default: .every).map { selector in
        (1...total).filter { selector.selects(occurrence: $0, of: total) }
      }
    }
    #expect(selected("", of: 3) == [1, 2, 3])
    #expect(selected("2", of: 3) == [2])
    #expect(selected("last", of: 3) == [3])
    #expect(selected("2..", of: 4) == [2, 3, 4])
    #expect(selected("2..3", of: 4) == [2, 3])
    #expect(selected("..-1", of: 4) == [1, 2, 3])
    #expect(selected("2..-1", of: 4) == [2, 3])
    for spelling in ["0", "3..2", "x..", "1..-2", "-1"] {
      #expect(OccurrenceSelector(spelling: spelling, default: .every) == nil, "\(spelling)")
    }
    for spelling in ["*", "4", "last", "2..", "2..9", "3..-1"] {
      let selector = OccurrenceSelector(spelling: spelling, default: .every)
      for total in 0...6 {
        let byIndex = selector?.selectedIndices(of: total).map { $0 + 1 }
        let byTest = (0..<total).map { $0 + 1 }.filter {
          selector?.selects(occurrence: $0, of: total) == true
        }
        #expect(byIndex == byTest, "\(spelling) of \(total)")
      }
    }
  }

  @Test func bigCountsAreGroupedInText() {
    #expect(PlaceholderValue.number(16_777_232).readable == "16,777,232")
    #expect(PlaceholderValue.number(9_999).readable == "9999")
    #expect(PlaceholderValue.number(-65_536).readable == "-65,536")
    #expect(PlaceholderValue.address(0x7ffc_0000_1000).readable == "0x7ffc00001000")
  }

  @Test func literalBraces() throws {
    let template = try TemplateParser.parse("{{not}} {len v}", at: SourceLocation(line: 1, column: 1)).get()
    #expect(template.parts.count == 2)
    #expect(template.rendered { _ in "3" } == "{not} 3")
  }
}

extension LessonQuestion {
  /// The placeholder of a number question's answer (test helper).
  fileprivate var answerPlaceholder: Placeholder {
    if case .number(let answer) = kind, let placeholder = answer.placeholders.first { return placeholder }
    return Placeholder(kind: .len, location: SourceLocation(line: 0, column: 0))
  }
}
