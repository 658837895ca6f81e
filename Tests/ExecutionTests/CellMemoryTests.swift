import Execution
import MemoryModel
import TestSupport
import Testing

/// `Cell`, `RefCell` and `Weak` in memory: the borrow flag counted by live guards, rustc
/// 1.95's panic messages for a conflicting borrow, a `Weak` that keeps the block but not the
/// value, and an `Rc` cycle left allocated at exit.
@Suite struct CellMemoryTests {
  /// Each value the borrow flag of `cell` (main's first slot) takes, in order.
  private func flags(_ trace: Trace) -> [Int128] {
    var result: [Int128] = []
    for event in trace.events {
      guard case .slotWritten(_, 0, .structure("RefCell", let fields)) = event,
        case .integer(let flag, _) = fields.first, result.last != flag
      else { continue }
      result.append(flag)
    }
    return result
  }

  @Test func guardsCountTheFlagUpAndDownAndGiveItBackAtTheirDrop() throws {
    let source = """
      use std::cell::RefCell;

      fn main() {
          let cell = RefCell::new(vec![1, 2]);
          {
              let a = cell.borrow();
              let b = cell.borrow();
              println!("{} {}", a.len(), b[0]);
          }
          cell.borrow_mut().push(3);
          *cell.borrow_mut() = vec![7];
          println!("{:?}", cell);
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "2 1\nRefCell { value: [7] }\n")
    // Two readers: 1, 2; `b` drops first (1), then `a` (0); a `RefMut` made in passing: -1,
    // back to 0 at the `;`.
    #expect(flags(trace) == [0, 1, 2, 1, 0, -1, 0, -1, 0])
  }

  @Test func aGuardIsTwoPointersIntoItsRefCell() throws {
    let source = """
      use std::cell::RefCell;

      fn main() {
          let cell = RefCell::new(5u8);
          let guard = cell.borrow_mut();
          println!("{}", *guard);
      }
      """
    let trace = try #require(traceOf(source))
    let state = trace.state(after: 2)
    let main = try #require(state.frames.first)
    let cellAddress = main.slots[0]
    guard case .structure("RefMut", let fields) = main.slots[1].value,
      case .pointer(let value, .mutableReference) = fields[0], case .pointer(let flag, _) = fields[1]
    else {
      Issue.record("not a RefMut: \(main.slots[1].value)")
      return
    }
    // The flag is at the RefCell's start, the value 8 bytes in (rustc 1.95 puts them so).
    #expect(value == flag + 8)
    #expect(
      cellAddress.value
        == .structure(name: "RefCell", fields: [.integer(-1, type: "isize"), .integer(5, type: "u8")]))
  }

  @Test(
    "a conflicting borrow panics with rustc 1.95's message, at the method's name",
    arguments: [
      ("let _a = c.borrow_mut();\n    let _b = c.borrow_mut();", "main.rs:6:16:\nRefCell already borrowed"),
      ("let _a = c.borrow();\n    let _b = c.borrow_mut();", "main.rs:6:16:\nRefCell already borrowed"),
      (
        "let _a = c.borrow_mut();\n    let _b = c.borrow();",
        "main.rs:6:16:\nRefCell already mutably borrowed"
      ),
    ])
  func conflictingBorrowPanics(body: String, expected: String) throws {
    let source = "use std::cell::RefCell;\n\nfn main() {\n    let c = RefCell::new(1);\n    \(body)\n}\n"
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.exitStatus == 101)
    #expect(trace.outcome.stderr.contains("panicked at \(expected)\n"))
  }

  @Test func cellSetDropsTheOldValueThere() throws {
    let source = """
      use std::cell::Cell;

      fn main() {
          let name = Cell::new(String::from("first"));
          name.set(String::from("second"));
          println!("{}", name.take());
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "second\n")
    // The set step allocates "second" and frees "first" (5 bytes) before the next line.
    let setStep = trace.steps[2]
    let events = trace.events[Int(setStep.firstEvent)..<Int(setStep.endEvent)]
    let freed = events.compactMap { if case .heapFreed(let id) = $0 { id } else { nil } }
    let first = try #require(trace.finalState.heap.first { $0.size == 5 })
    #expect(freed == [first.id])
  }

  @Test func aWeakKeepsTheBlockButNotTheValue() throws {
    let source = """
      use std::rc::Rc;

      fn main() {
          let strong = Rc::new(String::from("hi"));
          let weak = Rc::downgrade(&strong);
          drop(strong);
          println!("{}", weak.upgrade().is_none());
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "true\n")
    let afterDrop = trace.state(after: 3)
    let text = try #require(afterDrop.heap.first { $0.size == 2 })
    let block = try #require(afterDrop.heap.first { $0.size == 40 })
    #expect(text.status == .freed)
    #expect(block.status == .live)
    #expect(block.contents == .counted(typeName: "String", strong: 0, weak: 1, value: .uninitialized))
    // The last `Weak` frees the block at the end of `main`.
    #expect(trace.finalState.heap.first { $0.id == block.id }?.status == .freed)
  }

  @Test func anRcCycleLeaksBothBlocks() throws {
    let source = """
      use std::cell::RefCell;
      use std::rc::Rc;

      struct Node {
          next: RefCell<Option<Rc<Node>>>,
      }

      fn main() {
          let a = Rc::new(Node { next: RefCell::new(None) });
          let b = Rc::new(Node { next: RefCell::new(Some(Rc::clone(&a))) });
          *a.next.borrow_mut() = Some(Rc::clone(&b));
          println!("{} {}", Rc::strong_count(&a), Rc::strong_count(&b));
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "2 2\n")
    let leaked = trace.finalState.heap.filter { $0.status == .leaked }
    #expect(leaked.map(\.size) == [32, 32])
    for block in leaked {
      guard case .counted(_, let strong, let weak, _) = block.contents else {
        Issue.record("not an Rc block")
        continue
      }
      #expect(strong == 1 && weak == 1)
    }
  }
}
