import Execution
import TestSupport
import Testing

/// `retain` drops each rejected element as soon as the closure rejects it, before testing the
/// next, as Rust does, so a `Drop` that prints shows the same order.
struct RetainDropTests {
  @Test func retainDropsEachRejectedElementAtOnce() throws {
    let source = """
      struct Loud(i32);
      impl Drop for Loud {
          fn drop(&mut self) {
              println!("drop {}", self.0);
          }
      }
      fn main() {
          let mut v = vec![Loud(1), Loud(2), Loud(3)];
          v.retain(|l| {
              println!("test {}", l.0);
              l.0 != 2
          });
          println!("end");
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "test 1\ntest 2\ndrop 2\ntest 3\nend\ndrop 1\ndrop 3\n")
  }

  @Test func retainOnStringsRuns() {
    let source = """
      fn main() {
          let mut v = vec![String::from("a"), String::from("bb")];
          v.retain(|s| s.len() > 1);
          println!("{:?}", v);
      }
      """
    #expect(CheckerErrorCodeTests.report(of: source).isEmpty)
  }
}
