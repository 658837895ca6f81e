import Execution
import MemoryModel
import TestSupport
import Testing

/// An `Rc` whose value, as it drops, drops a `Weak` pointing back at that same block (a
/// doubly linked list's `prev`): the strong owners' implicit weak reference keeps the block
/// until the value is gone, as std's `drop_slow` does, so nothing reads a freed block.
@Suite struct WeakBackLinkDropTests {
  private static let node = """
    use std::cell::RefCell;
    use std::rc::{Rc, Weak};

    struct Node {
        val: i32,
        next: Option<Rc<RefCell<Node>>>,
        prev: Option<Weak<RefCell<Node>>>,
    }

    impl Drop for Node {
        fn drop(&mut self) {
            println!("drop {}", self.val);
        }
    }

    fn node(val: i32) -> Rc<RefCell<Node>> {
        Rc::new(RefCell::new(Node { val, next: None, prev: None }))
    }

    """

  @Test(arguments: [
    (
      """
      fn main() {
          let b = node(2);
          let a = node(1);
          a.borrow_mut().next = Some(Rc::clone(&b));
          b.borrow_mut().prev = Some(Rc::downgrade(&a));
          drop(b);
          drop(a);
          println!("done");
      }
      """, "drop 1\ndrop 2\ndone\n"
    ),
    (
      """
      fn main() {
          let c = node(3);
          let b = node(2);
          let a = node(1);
          a.borrow_mut().next = Some(Rc::clone(&b));
          b.borrow_mut().next = Some(Rc::clone(&c));
          b.borrow_mut().prev = Some(Rc::downgrade(&a));
          c.borrow_mut().prev = Some(Rc::downgrade(&b));
          drop(c);
          drop(b);
          println!("a holds the chain");
      }
      """, "a holds the chain\ndrop 1\ndrop 2\ndrop 3\n"
    ),
    (
      """
      fn main() {
          let b = node(2);
          let a = node(1);
          a.borrow_mut().next = Some(Rc::clone(&b));
          b.borrow_mut().prev = Some(Rc::downgrade(&a));
          let kept = Rc::downgrade(&a);
          drop(b);
          drop(a);
          println!("{}", kept.upgrade().is_none());
      }
      """, "drop 1\ndrop 2\ntrue\n"
    ),
  ])
  func droppingTheChainFreesEveryBlock(main: String, expected: String) throws {
    let trace = try #require(traceOf(Self.node + main))
    #expect(trace.outcome.exitStatus == 0)
    #expect(trace.outcome.stdout == expected)
    #expect(trace.outcome.stderr.isEmpty)
    let counted = trace.finalState.heap.filter {
      if case .counted = $0.contents { true } else { false }
    }
    #expect(!counted.isEmpty)
    #expect(counted.allSatisfy { $0.status == .freed })
  }

  @Test func theImplicitWeakHoldsTheBlockWhileItsValueDrops() throws {
    let main = """
      fn main() {
          let b = node(2);
          let a = node(1);
          a.borrow_mut().next = Some(Rc::clone(&b));
          b.borrow_mut().prev = Some(Rc::downgrade(&a));
          drop(b);
          drop(a);
      }
      """
    let trace = try #require(traceOf(Self.node + main))
    let blockOfA = try #require(
      trace.finalState.heap.last { block in
        if case .counted = block.contents { true } else { false }
      })
    var counts: [[Int]] = []
    var freedAfterCounts = false
    for event in trace.allEvents {
      if case .heapCountsChanged(let id, let strong, let weak) = event, id == blockOfA.id {
        counts.append([strong, weak])
      }
      if case .heapFreed(let id) = event, id == blockOfA.id { freedAfterCounts = counts.last == [0, 0] }
    }
    // The back-link's `Weak` drops while the value drops (strong 0, the implicit weak still
    // counted), then the implicit weak goes and the block with it.
    #expect(counts.suffix(3) == [[0, 2], [0, 1], [0, 0]])
    #expect(freedAfterCounts)
  }
}
