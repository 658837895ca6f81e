import Execution
import Foundation
import Testing

@testable import Tutor

/// Generated narration tells the frees of a scope's end in the order they happen: what a value
/// owns first, then its own block, as `memtutor trace` lists them.
@Suite struct NarratorDropOrderTests {
  static let programs: [(name: String, source: String)] = [
    (
      "Vec<String>",
      """
      fn main() {
          let mut v: Vec<String> = Vec::new();
          v.push(String::from("alpha"));
          v.push(String::from("beta"));
          println!("{}", v.len());
      }
      """
    ),
    (
      "Box<String>",
      """
      fn main() {
          let b = Box::new(String::from("boxed"));
          println!("{}", b.len());
      }
      """
    ),
    (
      "struct with String fields",
      """
      struct Person {
          first: String,
          last: String,
      }

      fn main() {
          let p = Person { first: String::from("Ada"), last: String::from("Lovelace") };
          println!("{} {}", p.first, p.last);
      }
      """
    ),
    (
      "nested scopes",
      """
      fn main() {
          let outer = String::from("outer");
          {
              let inner = vec![String::from("x")];
              let boxed = Box::new(5);
              println!("{} {}", inner.len(), boxed);
          }
          println!("{}", outer);
      }
      """
    ),
  ]

  @Test(arguments: programs.map(\.name))
  func sentencesFollowTheFreesOfTheTrace(name: String) throws {
    let source = try #require(Self.programs.first { $0.name == name }?.source)
    let trace = try Engine.trace(source: source, path: "drops.rs")
    // `free 5 B at 0x…` lines, in the order `memtutor trace` prints them.
    let traced = TraceText(trace: trace).rendered().split(separator: "\n").compactMap { line in
      line.contains("free ") ? Self.addresses(in: String(line)).first : nil
    }
    #expect(traced.count >= 2, "\(name): the program should free at least two blocks")
    var told: [String] = []
    for step in 0..<trace.stepCount {
      let text = Narrator.narrate(
        image: trace.image, step: step, before: step > 0 ? trace.state(after: step - 1) : MachineState(),
        events: trace.events(of: step))
      let freed = Set(traced)
      told += Self.addresses(in: text).filter { freed.contains($0) && Self.isFree(of: $0, in: text) }
    }
    #expect(told == traced, "\(name): narration tells the frees as \(told), the trace as \(traced)")
  }

  /// The `0x…` addresses in `text`, in order.
  static func addresses(in text: String) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: "0x[0-9a-f]{6,}") else { return [] }
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
      Range(match.range, in: text).map { String(text[$0]) }
    }
  }

  /// Whether the sentence naming `address` in `text` says its block was freed.
  static func isFree(of address: String, in text: String) -> Bool {
    text.components(separatedBy: ". ").contains { sentence in
      sentence.contains(address) && sentence.contains("freed")
        || sentence.hasPrefix("Freed") && sentence.contains(address)
    }
  }
}
