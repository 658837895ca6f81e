import Execution
import Testing

/// `name @ ..` in an array pattern (messages and positions checked with rustc 1.95).
@Suite struct ArrayRestPatternTests {
  @Test func restBindsTheMiddleAsAnArray() throws {
    let source = """
      fn main() {
          let arr = [1, 2, 3, 4, 5];
          let [head, mid @ .., tail] = arr;
          let m: [i32; 3] = mid;
          println!("{head} {:?} {tail} {}", m, mid.len());
      }
      """
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "1 [2, 3, 4] 5 3\n")
  }

  @Test func restMovesTheElementsItCovers() throws {
    let source = """
      fn main() {
          let names = [String::from("a"), String::from("b"), String::from("c")];
          match names {
              [first, others @ ..] => println!("{first} {:?}", others),
          }
      }
      """
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "a [\"b\", \"c\"]\n")
  }

  @Test(arguments: [
    (
      "fn main() { let [a, b, rest @ ..] = [1]; }",
      "main.rs:1:17: error[E0528]: pattern requires at least 2 elements but array has 1"
    ),
    (
      "fn main() { let [a, b] = [1, 2, 3]; }",
      "main.rs:1:17: error[E0527]: pattern requires 2 elements but array has 3"
    ),
    (
      "fn main() { let [.., rest @ ..] = [1, 2]; }",
      "main.rs:1:29: error: `..` can only be used once per slice pattern"
    ),
    (
      "fn main() { let arr = [1, 2, 3]; let [_, mid @ ..] = &arr; }",
      "main.rs:1:42: error: a rest binding `mid @ ..` by reference into an array is not supported by memtutor yet"
    ),
  ])
  func refusals(source: String, header: String) {
    #expect(EngineReports.headers(source)?.first == header)
  }
}
