import Execution
import Testing

/// `memtutor trace` names an `Arc` `Arc(0x…)` and an `Rc` `Rc(0x…)`: both are one pointer to a
/// block of counts and value, but only the `Arc`'s counts are atomic.
@Suite struct TraceTextArcTests {
  func text(_ source: String) throws -> String {
    TraceText(trace: try Engine.trace(source: source, path: "main.rs")).rendered()
  }

  @Test func anArcIsNamedArcAndAnRcRc() throws {
    let shared = try text(
      """
      use std::sync::Arc;
      use std::thread;

      fn main() {
          let data = Arc::new(5u64);
          let copy = Arc::clone(&data);
          let handle = thread::spawn(move || *copy + 1);
          println!("{} {}", data, handle.join().unwrap());
      }
      """)
    #expect(shared.contains("data: Arc<u64> at 0x7fffffffdff0 = Arc(0x5555555da2a0)"))
    // Inside the boxed closure's captures too.
    #expect(shared.contains("holding main::{closure#0} { Arc(0x5555555da2a0) }"))
    #expect(!shared.contains("Rc(0x"))
    let counted = try text(
      """
      use std::rc::Rc;

      fn main() {
          let a = Rc::new(5);
          let b = Rc::clone(&a);
          println!("{}", b);
      }
      """)
    #expect(counted.contains("a: Rc<i32> at 0x7fffffffdff0 = Rc(0x5555555da2a0)"))
    #expect(!counted.contains("Arc(0x"))
  }
}
