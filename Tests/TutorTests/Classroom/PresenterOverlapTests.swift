import Course
import Screen
import Testing

@testable import Tutor

/// Every lesson, stepped through in presenter mode on a projector (200×60) and on the smallest
/// presenter screen that keeps the usual layout (120×35): each part of the screen is drawn
/// alone and must stay inside its own area, and on the whole screen nothing drawn later may
/// change a cell of a part drawn before (a panel overwriting another, or text running over a
/// neighbour's border).
@Suite struct PresenterOverlapTests {
  struct Problem: CustomStringConvertible {
    var lesson: String
    var step: Int
    var size: String
    var what: String
    var description: String { "\(lesson) step \(step + 1) at \(size): \(what)" }
  }

  static let sizes = [(200, 60), (120, 35)]
  /// Steps looked at per lesson, spread over the run (the first and last always).
  static let stepsPerLesson = 8

  @Test func noPartLeavesItsAreaOrIsCoveredByAnother() throws {
    let library = LessonLibrary.load(extraFolders: [])
    let launcher = LessonLauncher(options: TutorOptions(animate: false), settings: .learner)
    let presenting = PresenterSettings(presenting: true)
    var problems: [Problem] = []
    var screens = 0
    for lesson in library.lessons {
      guard case .session(let opened) = launcher.open(lesson, progress: nil) else {
        Issue.record("lesson \(lesson.number) did not open")
        continue
      }
      var tutor = opened.tutor
      let last = tutor.stepCount - 1
      let steps = Set((0..<Self.stepsPerLesson).map { $0 * last / max(1, Self.stepsPerLesson - 1) })
      for step in steps.sorted() {
        tutor.jump(to: step)
        for (width, height) in Self.sizes {
          screens += 1
          let found = Self.problems(tutor, width: width, height: height, settings: presenting)
          problems += found.map {
            Problem(lesson: lesson.slug, step: step, size: "\(width)x\(height)", what: $0)
          }
        }
      }
    }
    #expect(screens >= 14 * 2 * 6)
    #expect(problems.isEmpty, "\(problems.prefix(20).map(\.description).joined(separator: "\n"))")
  }

  /// Zoomed panels keep to the body too.
  @Test func zoomedPanelsStayInTheirArea() throws {
    let library = LessonLibrary.load(extraFolders: [])
    let launcher = LessonLauncher(options: TutorOptions(animate: false), settings: .learner)
    let lesson = try library.resolve("6")
    guard case .session(let opened) = launcher.open(lesson, progress: nil) else {
      Issue.record("lesson 6 did not open")
      return
    }
    var tutor = opened.tutor
    tutor.jump(to: tutor.stepCount / 2)
    for zoom in PresenterSettings.Zoom.allCases {
      for (width, height) in Self.sizes {
        let settings = PresenterSettings(presenting: true, zoom: zoom)
        let found = Self.problems(tutor, width: width, height: height, settings: settings)
        #expect(found.isEmpty, "zoom \(zoom) at \(width)x\(height): \(found.prefix(5))")
      }
    }
  }

  /// The check itself catches a part drawn over another.
  @Test func theCheckSeesAnOverlap() {
    var whole = ScreenCanvas(width: 20, height: 4)
    whole.draw(.code, in: Rect(x: 0, y: 0, width: 10, height: 4)) { $0.put("code", x: 0, y: 0) }
    whole.draw(.stack, in: Rect(x: 10, y: 0, width: 10, height: 4)) {
      $0.put("a long stack line", x: 8, y: 1)
    }
    let found = Self.problems(in: whole) { part in
      var alone = ScreenCanvas(width: 20, height: 4, only: part)
      alone.draw(.code, in: Rect(x: 0, y: 0, width: 10, height: 4)) { $0.put("code", x: 0, y: 0) }
      alone.draw(.stack, in: Rect(x: 10, y: 0, width: 10, height: 4)) {
        $0.put("a long stack line", x: 8, y: 1)
      }
      return alone.screen
    }
    #expect(found.contains { $0.hasPrefix("stack draws outside its area") })
  }

  static func problems(
    _ tutor: TutorState, width: Int, height: Int, settings: PresenterSettings
  ) -> [String] {
    let whole = tutor.parts(width: width, height: height, settings: settings)
    return problems(in: whole) { part in
      tutor.parts(width: width, height: height, settings: settings, only: part).screen
    }
  }

  /// Compares the whole screen with each part drawn alone.
  static func problems(in whole: ScreenCanvas, alone: (ScreenCanvas.Part) -> ScreenBuffer) -> [String] {
    var problems: [String] = []
    let screen = whole.screen
    // The one thing a part may draw on another: a pointer line leaving a frame or reaching a
    // block turns the box's side next to the gutter into a tee.
    let gutter = whole.areas.first { $0.part == .gutter }?.area
    func isTee(x: Int, y: Int) -> Bool {
      guard let gutter, x == gutter.x - 1 || x == gutter.maxX, y >= gutter.y, y < gutter.maxY else {
        return false
      }
      return ["├", "┤", "┼", "+"].contains(screen[x, y].grapheme)
    }
    for (part, area) in whole.areas {
      let solo = alone(part)
      var outside: (Int, Int)?
      var covered: (Int, Int, String)?
      let width = screen.width
      for (index, cell) in solo.cells.enumerated() where outside == nil || covered == nil {
        let (x, y) = (index % width, index / width)
        let inside = area.contains(x: x, y: y)
        if !inside {
          if outside == nil, cell != .blank, !(part == .gutter && isTee(x: x, y: y)) { outside = (x, y) }
          continue
        }
        let shown = screen.cells[index]
        if covered == nil, cell != shown, !(["│", "|"].contains(cell.grapheme) && isTee(x: x, y: y)) {
          covered = (x, y, shown.grapheme + " over " + cell.grapheme)
        }
      }
      if let (x, y) = outside {
        problems.append(
          "\(part) draws outside its area \(area) at (\(x), \(y)): \"\(solo.line(y).trimmingCharacters(in: .whitespaces))\""
        )
      }
      if let (x, y, what) = covered {
        problems.append(
          "\(part) is covered at (\(x), \(y)) (\(what)) in \(area): \"\(screen.line(y).trimmingCharacters(in: .whitespaces))\""
        )
      }
    }
    return problems
  }
}
