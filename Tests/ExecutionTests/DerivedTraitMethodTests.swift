import Execution
import Testing

/// `max`, `min`, `cmp` and `Default::default()` on a program's own types: accepted when the
/// derives provide them, refused with rustc 1.95's code and message when they do not.
@Suite struct DerivedTraitMethodTests {
  func headers(_ source: String) -> [String]? { EngineReports.headers(source) }

  @Test func maxAndCmpRunOnATypeThatDerivesOrd() {
    let source = """
      #[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
      struct Version {
          major: u32,
      }

      fn main() {
          let a = Version { major: 1 };
          let b = Version { major: 2 };
          let _ = a.cmp(&b);
          let _ = a.max(b);
      }
      """
    #expect(headers(source) == nil)
  }

  @Test func maxOnATypeThatDerivesOnlyPartialOrdIsE0599() {
    let source = """
      #[derive(Debug, PartialEq, PartialOrd)]
      struct Point {
          x: i32,
      }

      fn main() {
          let a = Point { x: 1 };
          let b = Point { x: 2 };
          println!("{:?}", a.max(b));
      }
      """
    #expect(
      headers(source) == [
        "main.rs:9:24: error[E0599]: the method `max` exists for struct `Point`, but its trait bounds were not satisfied"
      ])
  }

  @Test func defaultTraitCallTakesItsTypeFromTheAnnotation() {
    let source = """
      #[derive(Debug, Default)]
      struct Point {
          x: i32,
      }

      fn main() {
          let p: Point = Default::default();
          let n: u8 = Default::default();
          println!("{:?} {}", p, n);
      }
      """
    #expect(headers(source) == nil)
  }

  @Test func defaultOfATypeWithoutTheDeriveIsE0277() {
    let source = """
      #[derive(Debug)]
      struct Point {
          x: i32,
      }

      fn main() {
          let p: Point = Default::default();
          println!("{:?}", p);
      }
      """
    #expect(
      headers(source) == ["main.rs:7:20: error[E0277]: the trait bound `Point: Default` is not satisfied"])
  }
}
