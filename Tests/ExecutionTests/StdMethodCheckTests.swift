import Execution
import RustFrontEnd
import Testing

/// `std::cmp::Ordering` and the library methods that view or reorder their receiver: what
/// memtutor refuses, what it reports as rustc does, and a few runs checked against rustc's
/// output (each program below was run with rustc 1.95).
@Suite struct StdMethodCheckTests {
  /// The first line of each diagnostic for `source`, or nil when the program runs.
  func headers(_ source: String) -> [String]? { EngineReports.headers(source) }

  func output(_ source: String) throws -> String {
    try Engine.trace(source: source, path: "main.rs").outcome.stdout
  }

  @Test func orderingWithoutItsImportIsRustcsE0433() {
    let source =
      "fn main() {\n    match 1.cmp(&2) {\n        Ordering::Less => println!(\"l\"),\n        _ => {}\n    }\n}"
    #expect(headers(source) == ["main.rs:3:9: error[E0433]: cannot find type `Ordering` in this scope"])
  }

  @Test func orderingIsOneByteAndPrintsItsVariant() throws {
    let source = """
      use std::cmp::Ordering;
      fn main() {
          println!("{} {:?} {:?}", std::mem::size_of::<Ordering>(), 'b'.cmp(&'a'), 2.0f64.partial_cmp(&f64::NAN));
      }
      """
    #expect(try output(source) == "1 Greater None\n")
  }

  @Test func aProgramsOwnOrderingIsKeptAndSortByIsRefused() {
    let source = """
      #[derive(Debug)]
      enum Ordering { Up }
      fn main() {
          let mut v = vec![2, 1];
          v.sort_by(|a, b| a.cmp(b));
          println!("{:?}", Ordering::Up);
      }
      """
    #expect(
      headers(source)?.first
        == "main.rs:5:5: error: calls of `sort_by` in a program that declares its own `Ordering` are not supported by memtutor yet"
    )
  }

  @Test func reversingASplitOnTextIsRefused() {
    // rustc rejects it (a `&str` pattern's `Split` is not double-ended); memtutor never runs it.
    let source =
      "fn main() {\n    for w in \"a,b\".split(\",\").rev() {\n        println!(\"{}\", w);\n    }\n}"
    #expect(headers(source) != nil)
  }

  @Test func stableSortKeepsEqualKeysInOrder() throws {
    let source = """
      fn main() {
          let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (1, 'd'), (2, 'e')];
          v.sort_by_key(|p| p.0);
          println!("{:?}", v);
      }
      """
    #expect(try output(source) == "[(1, 'b'), (1, 'd'), (2, 'e'), (3, 'a'), (3, 'c')]\n")
  }

  @Test func zipStopsAtTheShorterSlice() throws {
    let source = """
      fn main() {
          let names = vec![String::from("ann"), String::from("bob"), String::from("cy")];
          let scores = [90u8, 72];
          for (name, score) in names.iter().zip(scores.iter()) {
              println!("{} {}", name, score);
          }
          let ids = [1i64, 2];
          let tags = ['x', 'y', 'z'];
          let pairs: Vec<(&i64, &char)> = ids.iter().zip(tags.iter()).collect();
          println!("{:?} {}", pairs, pairs.capacity());
      }
      """
    #expect(try output(source) == "ann 90\nbob 72\n[(1, 'x'), (2, 'y')] 2\n")
  }

  @Test func splitKeepsEmptyPiecesAndLinesDropCarriageReturns() throws {
    let source = """
      fn main() {
          let s = String::from("ab,,c,");
          let parts: Vec<&str> = s.split(',').collect();
          println!("{:?} {}", parts, parts.capacity());
          let lines: Vec<&str> = "x\\r\\ny\\n\\nz".lines().collect();
          println!("{:?}", lines);
      }
      """
    #expect(try output(source) == "[\"ab\", \"\", \"c\", \"\"] 4\n[\"x\", \"y\", \"\", \"z\"]\n")
  }
}
