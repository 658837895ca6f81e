import Course
import Execution
import Foundation
import ScreenTestSupport
import TestSupport
import Testing

@testable import Tutor

/// Whole screens of the heap's key pictures at 80×24 and 160×48: a freed block still pointed
/// at (lessons 9, 10 and 12), and blocks owned by other blocks drawn inside their owner.
@Suite struct HeapPictureScreenTests {
  static let programs: [(name: String, source: String, step: Int)] = [
    (
      "vec-of-strings",
      """
      fn main() {
          let mut names: Vec<String> = Vec::new();
          names.push(String::from("student1"));
          names.push(String::from("student2"));
          names.push(String::from("ada"));
          println!("{}", names.len());
      }
      """, 6
    ),
    (
      "struct-with-strings",
      """
      struct Person {
          name: String,
          age: u32,
      }

      fn main() {
          let alice = Person { name: String::from("Alice Liddell"), age: 36 };
          let mut people = Vec::new();
          people.push(Person { name: String::from("Bob"), age: 41 });
          println!("{} {} {}", alice.name, alice.age, people.len());
      }
      """, 4
    ),
    (
      "box-of-string",
      """
      fn main() {
          let greeting: Box<String> = Box::new(String::from("hello"));
          println!("{}", greeting);
      }
      """, 3
    ),
    (
      "rc-of-string",
      """
      use std::rc::Rc;

      fn main() {
          let shared = Rc::new(String::from("shared text"));
          let other = Rc::clone(&shared);
          println!("{} {}", other, Rc::strong_count(&shared));
      }
      """, 4
    ),
  ]

  /// Lesson file, step (from 1) where a freed block is still pointed at.
  static let lessons: [(file: String, step: Int)] = [
    ("09-dangling-reference.rs", 6),
    ("10-move-while-borrowed.rs", 5),
    ("12-invalidated-reference.rs", 9),
    ("12-invalidated-reference.rs", 10),
    // A step later nothing on the heap changes: the reused block still says so, boxed.
    ("12-invalidated-reference.rs", 11),
  ]

  @Test(arguments: [(80, 24), (160, 48)])
  func ownedBlocksSitInsideTheirOwner(width: Int, height: Int) throws {
    for program in Self.programs {
      let trace = try Engine.trace(source: program.source, path: "\(program.name).rs")
      let screen = RenderCommand.render(
        trace: trace, lesson: nil, title: "\(program.name).rs", narration: nil, options: TutorOptions(),
        step: program.step, width: width, height: height)
      let text = screen.text
      #expect(text.contains("└►"), "\(program.name): no block drawn inside its owner")
      Snapshot.check(text, named: "\(program.name)-step\(program.step)-\(width)x\(height)")
    }
  }

  static func lessonScreen(
    _ file: String, step: Int, width: Int, height: Int, progress: Double? = nil
  ) throws -> String {
    let lesson = try LessonParser.parse(contentsOf: TestPaths.lessons.appendingPathComponent(file).path)
    let trace = try Engine.trace(source: lesson.source, path: lesson.path, options: lesson.engineOptions)
    let narrator = LessonNarrator(lesson: lesson, trace: trace)
    let narration = NarrationSource(title: lesson.title, hiddenLines: lesson.markupLines) { step in
      narrator.narration(forStep: step)
    }
    return RenderCommand.render(
      trace: trace, lesson: lesson, title: "\(lesson.number) \(lesson.title)", narration: narration,
      options: TutorOptions(), step: step, width: width, height: height, progress: progress
    ).text
  }

  /// Lesson 6's push that moves the Vec: both buffers stay boxed from the start of the copy
  /// to its end, at the smallest screen too.
  @Test(arguments: [(80, 24), (100, 30)])
  func aReallocationKeepsOneLayout(width: Int, height: Int) throws {
    let moments: [Double?] = [0.1, 0.4, 0.7, 0.95, nil]
    for progress in moments {
      let text = try Self.lessonScreen(
        "06-heap-growth.rs", step: 9, width: width, height: height, progress: progress)
      let moment = "\(width)x\(height) at " + (progress.map { "\($0)" } ?? "the end")
      #expect(text.contains("┌ Vec<i32> · 16 B"), "old buffer not boxed, \(moment)")
      #expect(text.contains("┌ Vec<i32> · 32 B"), "new buffer not boxed, \(moment)")
    }
  }

  @Test(arguments: [(80, 24), (160, 48)])
  func freedBlocksStillPointedAtStayAsGhosts(width: Int, height: Int) throws {
    for entry in Self.lessons {
      let text = try Self.lessonScreen(entry.file, step: entry.step, width: width, height: height)
      #expect(!text.contains("no live blocks"), "\(entry.file) step \(entry.step)")
      #expect(text.contains("freed") || text.contains("reused"), "\(entry.file) step \(entry.step)")
      let name = String(entry.file.prefix(2))
      Snapshot.check(text, named: "lesson\(name)-step\(entry.step)-\(width)x\(height)")
    }
  }
}
