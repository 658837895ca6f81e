import Execution
import Testing

/// std's arithmetic takes a number or one reference to it on each side, and `PartialOrd`
/// compares references with references: the legal forms around the `&&i32` slips that
/// `FirstErrorTests` rejects run as rustc runs them (output checked with rustc 1.95).
struct ReferenceOperandTests {
  static let source = """
    fn main() {
        let numbers = vec![1, 2, 3, 4, 5, 6];
        let evens: Vec<&i32> = numbers.iter().filter(|x| *x % 2 == 0).collect();
        let odds: Vec<&i32> = numbers.iter().filter(|&&x| x % 2 == 1).collect();
        let big: Vec<&i32> = numbers.iter().filter(|x| **x > 3).collect();
        let doubled: Vec<i32> = numbers.iter().map(|x| x * 2).collect();
        let a = 7;
        let r = &a;
        let rr = &r;
        println!("{:?} {:?} {:?} {:?}", evens, odds, big, doubled);
        println!("{} {} {} {}", r + 1, 1 + r, r * r, *rr % 4);
        println!("{} {}", rr == &&7, **rr > 5);
    }

    """

  @Test func oneReferenceOnEachSideRuns() throws {
    let trace = try Engine.trace(source: Self.source, path: "main.rs")
    #expect(
      trace.outcome.stdout == "[2, 4, 6] [1, 3, 5] [4, 5, 6] [2, 4, 6, 8, 10, 12]\n8 8 49 3\ntrue true\n")
  }
}
