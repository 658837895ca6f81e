import Course
import Screen
import Testing

@testable import Tutor

@Suite struct MenuStateTests {
  static func entries() -> [MenuEntry] {
    var started = LessonProgress(lessonID: "frames")
    started.lastStep = 4
    started.record(.init(step: 3, given: "2", correct: true))
    var finished = LessonProgress(lessonID: "where-a-value-lives")
    finished.done = true
    finished.lastStep = 11
    finished.record(.init(step: 2, given: "24", correct: true))
    finished.record(.init(step: 6, given: "3", correct: false))
    return [
      MenuEntry(
        id: "where-a-value-lives", number: 1, title: "Where a value lives",
        summary: "A literal in .rodata, its bytes copied to the heap, 24 bytes on the stack.",
        stepCount: 12, progress: finished),
      MenuEntry(
        id: "frames", number: 2, title: "Frames", summary: "Calls push frames; returns pop them.",
        stepCount: 20, progress: started),
      MenuEntry(
        id: "sizes", number: 3, title: "Sizes known at compile time",
        summary: "Every parameter has a size fixed before the program runs.", stepCount: 15,
        progress: nil),
    ]
  }

  @Test func preselectsTheLessonToResume() {
    let menu = MenuState(entries: Self.entries(), resume: "frames")
    #expect(menu.selectedEntry?.id == "frames")
    let fresh = MenuState(entries: Self.entries(), resume: "gone")
    #expect(fresh.selectedEntry?.id == "where-a-value-lives")
    // A finished lesson hands on to the next one.
    let next = MenuState(entries: Self.entries(), resume: "where-a-value-lives")
    #expect(next.selectedEntry?.id == "frames")
  }

  @Test func arrowsAndVimKeysMoveEnterChooses() {
    var menu = MenuState(entries: Self.entries())
    _ = menu.update(.key(.down))
    _ = menu.update(.key(.character("j")))
    _ = menu.update(.key(.character("j")))
    #expect(menu.selectedEntry?.id == "sizes")
    _ = menu.update(.key(.character("k")))
    _ = menu.update(.key(.up))
    _ = menu.update(.key(.up))
    #expect(menu.selectedEntry?.id == "where-a-value-lives")
    _ = menu.update(.key(.end))
    _ = menu.update(.key(.enter))
    #expect(menu.takeChoice() == "sizes")
    #expect(menu.takeChoice() == nil)
  }

  @Test func digitsPickALessonByNumber() {
    var menu = MenuState(entries: Self.entries())
    _ = menu.update(.key(.character("2")))
    #expect(menu.selectedEntry?.id == "frames")
    _ = menu.update(.key(.character("9")))
    #expect(menu.notice == "no lesson 9")
    #expect(menu.selectedEntry?.id == "frames")
    _ = menu.update(.key(.character("3")))
    _ = menu.update(.key(.enter))
    #expect(menu.takeChoice() == "sizes")
  }

  @Test func quitKeysEndTheApp() {
    var menu = MenuState(entries: Self.entries())
    let quit = menu.update(.key(.character("q")))
    #expect(quit == false)
    var other = MenuState(entries: Self.entries())
    let quitByEscape = other.update(.key(.escape))
    #expect(quitByEscape == false)
    #expect(other.exitStatus == 0)
  }

  @Test func rendersEveryLessonWithProgressAt80x24() {
    let menu = MenuState(entries: Self.entries(), resume: "frames")
    let screen = menu.view(width: 80, height: 24)
    let lines = screen.lines
    #expect(lines[0].hasPrefix(" memtutor · how Rust uses memory"))
    #expect(lines[0].hasSuffix("3 lessons"))
    #expect(lines[1] == " Continue: 2 Frames, at step 5 of 20, 1/1 right. Enter resumes.")
    let first = try? #require(lines.first { $0.contains("Where a value lives") })
    #expect(first?.contains("12  done · 1/2 right") == true)
    #expect(
      lines.contains { $0.hasPrefix("▶   2  Frames") && $0.contains("20  at step 5 of 20 · 1/1 right") })
    #expect(lines.contains { $0.contains("Sizes known at compile time") && $0.hasSuffix("15  not started") })
    #expect(lines.contains { $0.contains("Every parameter has a size fixed before the program runs.") })
    #expect(lines[23].contains("Enter open"))
    // The selected row is drawn in the selection style across the whole width.
    let selectedRow = try? #require(lines.firstIndex { $0.hasPrefix("▶") })
    if let selectedRow {
      #expect(screen[79, selectedRow].style == ClassroomStyles.standard.selected)
      #expect(screen[5, selectedRow + 1].style != ClassroomStyles.standard.selected)
    }
  }

  @Test func longListsScrollToKeepTheSelectionVisible() {
    let many = (1...30).map { (number: Int) in
      MenuEntry(
        id: "l\(number)", number: number, title: "Lesson \(number)", summary: "s", stepCount: 3, progress: nil
      )
    }
    var menu = MenuState(entries: many)
    for _ in 0..<25 { _ = menu.update(.key(.down)) }
    let lines = menu.view(width: 80, height: 24).lines
    #expect(lines.contains { $0.hasPrefix("▶  26  Lesson 26") })
    #expect(!lines.contains { $0.contains("Lesson 1 ") })
    #expect(lines[2].hasSuffix("↑ more"))
    #expect(!lines[22].hasSuffix("↓ more"))
    for _ in 0..<15 { _ = menu.update(.key(.up)) }
    let middle = menu.view(width: 80, height: 24).lines
    #expect(middle.contains { $0.hasPrefix("▶  11  Lesson 11") })
    #expect(middle[2].hasSuffix("↑ more"))
    #expect(middle[22].hasSuffix("↓ more"))
  }

  @Test func helpOverlayListsTheKeysAndAnyKeyClosesIt() {
    var menu = MenuState(entries: Self.entries())
    _ = menu.update(.key(.character("?")))
    #expect(menu.view(width: 80, height: 24).text.contains("pick a lesson by number"))
    _ = menu.update(.key(.down))
    #expect(!menu.showingHelp)
    #expect(menu.selectedEntry?.id == "where-a-value-lives")
  }

  @Test func largeScreenGivesEachLessonMoreAir() {
    let menu = MenuState(entries: Self.entries())
    let lines = menu.view(width: 200, height: 60).lines
    let rows = lines.indices.filter { lines[$0].contains("Frames") || lines[$0].contains("Where a value") }
    #expect(rows.count == 2)
    #expect(rows[1] - rows[0] == 3)
  }
}
