import Course
import Screen
import Testing

@testable import Tutor

/// On a projector's 200×60 the presenter screen uses the width: the whole of every code line
/// is shown while Stack and Heap keep room for their boxes; on 120×36 the code keeps its
/// usual share so the memory panels are not squeezed.
@Suite struct PresenterScalingTests {
  @Test func wideScreenShowsWholeCodeLinesAndRoomyMemoryPanels() throws {
    let library = LessonLibrary.load(extraFolders: [])
    let launcher = LessonLauncher(options: TutorOptions(animate: false), settings: .learner)
    for number in ["1", "6", "13", "14"] {
      let lesson = try library.resolve(number)
      guard case .session(let opened) = launcher.open(lesson, progress: nil) else {
        Issue.record("lesson \(number) did not open")
        continue
      }
      let canvas = opened.tutor.parts(width: 200, height: 60, settings: PresenterSettings(presenting: true))
      let area = { (part: ScreenCanvas.Part) in canvas.areas.first { $0.part == part }?.area ?? .zero }
      let code = area(.code)
      let codeRows = (code.y + 1..<code.maxY).map { y in
        (code.x..<code.maxX).map { canvas.screen[$0, y].grapheme }.joined()
      }
      #expect(!codeRows.contains { $0.contains("…") }, "lesson \(number): a code line is cut at 200x60")
      #expect(area(.stack).width >= 38 && area(.heap).width >= 38, "lesson \(number)")
      #expect(code.width > 196 * 3 / 10, "lesson \(number): the code column did not widen")
      // The narration keeps to 12 rows; the panels get the rest.
      #expect(area(.narration).height == 12)
      #expect(area(.stack).height >= 38)
    }
  }

  @Test func theSmallestPresenterScreenKeepsTheUsualCodeShare() {
    let wide = PresenterLayout(width: 120, height: 36, hasOutput: false, staticCount: 0, codeWidth: 70)
    let usual = PresenterLayout(width: 120, height: 36, hasOutput: false, staticCount: 0)
    #expect(wide.code == usual.code)
    #expect(wide.stack.width >= 30)
    let large = PresenterLayout(width: 200, height: 60, hasOutput: false, staticCount: 0, codeWidth: 70)
    #expect(large.code.width == 70)
    let huge = PresenterLayout(width: 200, height: 60, hasOutput: false, staticCount: 0, codeWidth: 180)
    #expect(huge.code.width == 196 / 2, "the code never takes more than half")
    #expect(huge.stack.width + huge.gutter.width + huge.heap.width >= PresenterLayout.memoryMinimumWidth - 2)
  }

  @Test func aShortProgramIsDoubleSpacedOnAProjector() throws {
    let library = LessonLibrary.load(extraFolders: [])
    let launcher = LessonLauncher(options: TutorOptions(animate: false), settings: .learner)
    guard case .session(let opened) = launcher.open(try library.resolve("3"), progress: nil) else {
      Issue.record("lesson 3 did not open")
      return
    }
    let settings = PresenterSettings(presenting: true)
    let rows = { (width: Int, height: Int) -> [Int] in
      let canvas = opened.tutor.parts(width: width, height: height, settings: settings)
      let code = canvas.areas.first { $0.part == .code }?.area ?? .zero
      return (code.y + 1..<code.maxY).filter { y in
        let text = (code.x..<code.maxX).map { canvas.screen[$0, y].grapheme }.joined()
        return text.trimmingCharacters(in: .whitespaces).first?.isNumber == true
      }
    }
    let large = rows(200, 60)
    #expect(large.count >= 10)
    #expect(zip(large, large.dropFirst()).allSatisfy { $1 - $0 == 2 }, "\(large)")
    // Where the program does not fit double-spaced, it stays single-spaced.
    let small = rows(120, 36)
    #expect(zip(small, small.dropFirst()).allSatisfy { $1 - $0 == 1 }, "\(small)")
  }
}
