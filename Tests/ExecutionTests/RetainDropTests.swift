import Testing

/// `retain` on elements whose `Drop` prints would drop them in another order than Rust: it is
/// refused there, and runs where nothing can tell.
struct RetainDropTests {
  @Test func retainOnElementsWithAPrintingDropIsRefused() {
    let source = """
      struct Loud(i32);
      impl Drop for Loud {
          fn drop(&mut self) {
              println!("drop {}", self.0);
          }
      }
      fn main() {
          let mut v = vec![Loud(1), Loud(2)];
          v.retain(|l| l.0 != 2);
      }
      """
    let report = CheckerErrorCodeTests.report(of: source)
    #expect(report.contains("main.rs:9:5: error: calls of `retain` on elements with a `Drop` implementation"))
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
