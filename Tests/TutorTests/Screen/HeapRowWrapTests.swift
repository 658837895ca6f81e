import Execution
import Testing

@testable import Tutor

/// A struct too wide for its heap row at 80×24 is broken after a comma, not cut mid-field.
@Suite struct HeapRowWrapTests {
  @Test func aStructElementKeepsItsLastFieldAt80x24() throws {
    let source = """
      struct Person {
          name: String,
          age: u32,
      }

      fn main() {
          let mut people: Vec<Person> = Vec::new();
          people.push(Person { name: String::from("Ann"), age: 41 });
          println!("{}", people.len());
      }
      """
    let trace = try Engine.trace(source: source, path: "people.rs")
    let text = RenderCommand.render(
      trace: trace, lesson: nil, title: "people.rs", narration: nil, options: TutorOptions(),
      step: 3, width: 80, height: 24
    ).text
    #expect(text.contains("[0] Person { name: String {…},"), "\(text)")
    #expect(text.contains("    age: 41 }"), "\(text)")
  }

  @Test func withNoRowToSpareItDropsTheTypeNameTheTitleAlreadyGives() throws {
    let source = """
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
      """
    let trace = try Engine.trace(source: source, path: "people.rs")
    let text = RenderCommand.render(
      trace: trace, lesson: nil, title: "people.rs", narration: nil, options: TutorOptions(),
      step: 4, width: 80, height: 24
    ).text
    #expect(text.contains("┌ Vec<Person> · 128 B"), "\(text)")
    #expect(text.contains("[0] { name: String {…}, age: 41 }"), "\(text)")
  }
}
