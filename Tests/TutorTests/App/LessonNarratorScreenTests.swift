import Course
import CourseTestSupport
import Testing

@testable import Tutor

@Suite struct LessonNarratorScreenTests {
  @Test func narrationSourceGivesTheLessonsWords() throws {
    let narrator = LessonNarrator(lesson: try LessonFixture.lesson(), trace: LessonFixture.trace())
    let source = narrator.narrationSource
    #expect(source.title == "Fixture")
    #expect(source.text(1) == "empty: cap 0")
    #expect(source.text(7) == nil)
  }

  @Test func menuEntryCarriesTheLesson() throws {
    let entry = try LessonFixture.lesson().menuEntry(stepCount: 8, progress: nil)
    #expect(entry.id == "fixture")
    #expect(entry.number == 7)
    #expect(entry.title == "Fixture")
    #expect(entry.stepCount == 8)
    #expect(entry.statusText == "not started")
  }
}
