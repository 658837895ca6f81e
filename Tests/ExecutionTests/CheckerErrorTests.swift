import Execution
import Testing

/// What the checker says about programs it refuses: rustc-like messages at rustc's positions.
@Suite struct CheckerErrorTests {
  /// The first line of each diagnostic for `source`, or nil when the program runs.
  func headers(_ source: String) -> [String]? { EngineReports.headers(source) }

  @Test func unknownLibraryMethodIsUnsupported() {
    let source = """
      fn main() {
          let mut v = vec![3, 1, 2];
          v.select_nth_unstable(1);
      }
      """
    #expect(
      headers(source) == [
        "main.rs:3:7: error: the method `select_nth_unstable` on `Vec<i32>` is not supported by memtutor yet"
      ])
  }

  @Test func mismatchedTypesNameBothTypes() {
    let source = """
      fn main() {
          let x: i32 = "seven";
          println!("{}", x);
      }
      """
    #expect(headers(source) == ["main.rs:2:18: error[E0308]: mismatched types"])
  }

  @Test func borrowOfMovedValueIsE0382() {
    let source = """
      fn main() {
          let s = String::from("hi");
          let t = s;
          println!("{} {}", s, t);
      }
      """
    let rendered = headers(source)
    #expect(rendered == ["main.rs:4:23: error[E0382]: borrow of moved value: `s`"])
  }

  @Test func moveIntoAFunctionThenUseIsE0382() {
    let source = """
      fn take(v: Vec<i32>) -> usize {
          v.len()
      }

      fn main() {
          let v = vec![1];
          take(v);
          take(v);
      }
      """
    #expect(headers(source) == ["main.rs:8:10: error[E0382]: use of moved value: `v`"])
  }

  @Test func moveInALoopIsCaught() {
    let source = """
      fn consume(s: String) {}

      fn main() {
          let s = String::from("x");
          for _ in 0..2 {
              consume(s);
          }
      }
      """
    #expect(headers(source)?.first == "main.rs:6:17: error[E0382]: use of moved value: `s`")
  }

  @Test func conditionalMoveThenReturnIsAccepted() {
    let source = """
      fn main() {
          let s = String::from("x");
          if s.len() > 5 {
              drop(s);
              return;
          }
          println!("{}", s);
      }
      """
    #expect(headers(source) == nil)
  }

  @Test func copyTypesAreNotMoved() {
    let source = """
      #[derive(Clone, Copy)]
      struct P { x: i32 }

      fn main() {
          let a = P { x: 1 };
          let b = a;
          println!("{} {}", a.x, b.x);
      }
      """
    #expect(headers(source) == nil)
  }

  @Test func unsupportedLibraryPathsSayWhat() {
    let source = """
      use std::collections::LinkedList;

      fn main() {}
      """
    #expect(
      headers(source) == [
        "main.rs:1:5: error: the collections in `std::collections` is not supported by memtutor yet"
      ])
  }

  @Test func traitImplementationsOtherThanDropAreRefused() {
    let source = """
      struct P;
      impl AsMut<P> for P {
          fn as_mut(&mut self) -> &mut P { self }
      }
      fn main() {}
      """
    #expect(headers(source)?.first?.hasSuffix("are not supported by memtutor yet") == true)
  }

  @Test func assigningTwiceToAnImmutableBindingIsRefused() {
    let source = """
      fn main() {
          let x = 1;
          x = 2;
          println!("{}", x);
      }
      """
    #expect(headers(source) == ["main.rs:3:5: error[E0384]: cannot assign twice to immutable variable `x`"])
  }

  @Test func unknownNamesAreReported() {
    let source = """
      fn main() {
          println!("{}", missing);
      }
      """
    #expect(headers(source) == ["main.rs:2:20: error[E0425]: cannot find value `missing` in this scope"])
  }

  @Test func deeplyNestedExpressionsAreRefusedNotCrashed() {
    let depth = 5000
    let source =
      "fn main() {\n    let x = " + String(repeating: "(", count: depth) + "1"
      + String(repeating: ")", count: depth) + ";\n}\n"
    #expect(headers(source) != nil)
  }
}
