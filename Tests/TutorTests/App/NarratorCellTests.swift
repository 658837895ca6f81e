import Execution
import TestSupport
import Testing

@testable import Tutor

/// Generated narration for a `RefCell`'s borrow flag and its guards.
@Suite struct NarratorCellTests {
  @Test func theFlagCountsGuardsInAndOut() throws {
    let source = """
      use std::cell::RefCell;

      fn main() {
          let cell = RefCell::new(1);
          let reader = cell.borrow();
          println!("{}", reader);
          drop(reader);
          let writer = cell.borrow_mut();
          println!("{}", writer);
      }
      """
    let trace = try #require(traceOf(source))
    func narration(_ step: Int) -> String {
      Narrator.narrate(
        image: trace.image, step: step, before: trace.state(after: step - 1), events: trace.events(of: step))
    }
    #expect(
      narration(2)
        == "`cell`'s borrow flag is now 1: one `Ref` reads its value. `reader` is a `Ref<i32>` (16 B), a shared borrow: a pointer to the value and one to its `RefCell`'s borrow flag, counted back when `reader` drops."
    )
    #expect(narration(4).contains("`cell`'s borrow flag is back to 0: no guard borrows its value."))
    #expect(narration(5).hasPrefix("`cell`'s borrow flag is now -1: one `RefMut` may change its value."))
  }
}
