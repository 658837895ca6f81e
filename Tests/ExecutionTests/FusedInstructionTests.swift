import Execution
import TestSupport
import Testing

/// The dispatch loop runs `i < n` with its branch, `x += y` and `n - 1` as fused instructions
/// (`FastCode+Fusion`): they must print, overflow and panic exactly as the instructions they
/// replace, recorded or not, at the integer types' edges too. The expected output is rustc
/// 1.95's for the same program (`rustc --edition 2024 x.rs && ./x`).
@Suite struct FusedInstructionTests {
  static let source = """
    fn step(n: i64) -> i64 {
        if n % 2 == 0 { n / 2 } else { 3 * n + 1 }
    }

    fn main() {
        let big: u128 = 170141183460469231731687303715884105727;
        let bigger = big + 1;
        let top = bigger + (bigger - 1);
        println!("{} {}", bigger, top);
        let low: i128 = -170141183460469231731687303715884105727;
        println!("{}", low - 1);
        let mut n = 27;
        let mut steps = 0;
        while n != 1 {
            n = step(n);
            steps += 1;
        }
        println!("{} {}", n, steps);
        let mut small: i8 = -100;
        small = small - 28;
        println!("{}", small);
        let mut count: u8 = 250;
        while count > 0 {
            count += 1;
        }
    }

    """

  static let expectedStdout = """
    170141183460469231731687303715884105728 340282366920938463463374607431768211455
    -170141183460469231731687303715884105728
    1 111
    -128

    """

  @Test(arguments: [true, false])
  func edgesOfTheIntegerTypesMatchRustc(recordsSteps: Bool) throws {
    var options = EngineOptions()
    options.recordsSteps = recordsSteps
    let trace = try #require(traceOf(Self.source, path: "fused.rs", options: options))
    #expect(trace.outcome.stdout == Self.expectedStdout)
    #expect(trace.outcome.stderr.contains("panicked at fused.rs:24:9:\nattempt to add with overflow\n"))
    #expect(trace.outcome.exitStatus == 101)
  }

  /// A run that records no step writes an integer result in place when the slot holds an
  /// integer of the same type (from its own value, `x = x + 10`, or another slot's, `x = a + 35`),
  /// and skips the statement's end after the write: the same output and panic as rustc 1.95.
  static let inPlaceSource = """
    fn main() {
        let a: u16 = 300;
        let b: u16 = 65000;
        let mut x: u16 = 1;
        x = a + 35;
        println!("{}", x);
        let mut y: i64 = -5;
        y = y * 3;
        println!("{}", y);
        x = b + a;
        println!("{}", x);
        let mut i = 0;
        while i < 3 {
            i += 1;
            x = x + 10;
        }
        println!("{} {}", i, x);
        x = x + 300;
        println!("{}", x);
    }

    """

  @Test(arguments: [true, false])
  func integerWritesInPlaceMatchRustc(recordsSteps: Bool) throws {
    var options = EngineOptions()
    options.recordsSteps = recordsSteps
    let trace = try #require(traceOf(Self.inPlaceSource, path: "inplace.rs", options: options))
    #expect(trace.outcome.stdout == "335\n-15\n65300\n3 65330\n")
    #expect(trace.outcome.stderr.contains("panicked at inplace.rs:18:9:\nattempt to add with overflow\n"))
    #expect(trace.outcome.exitStatus == 101)
  }

  /// A statement's `mark` runs in one dispatch with the fused run after it (`sum += i;`,
  /// `if sum < 5`), and a `while` loop's way back with its condition: every line is still its
  /// own step, in order, and each step holds its line's own write.
  static let markedSource = """
    fn main() {
        let mut sum: u64 = 0;
        let mut i: u64 = 0;
        while i < 2 {
            sum += i;
            i += 1;
        }
        if sum < 5 { sum += 10; }
        println!("{}", sum);
    }

    """

  @Test func markedRunsKeepEveryLineAsItsOwnStep() throws {
    let trace = try #require(traceOf(Self.markedSource, path: "marked.rs"))
    #expect(trace.steps.map(\.line) == [1, 2, 3, 4, 5, 6, 4, 5, 6, 4, 8, 9, 10])
    #expect(trace.outcome.stdout == "11\n")
    // The `sum += i;` and `i += 1;` steps each write one slot.
    for index in [4, 5, 7, 8] {
      let step = trace.steps[index]
      #expect(step.endEvent - step.firstEvent == 1, "step \(index + 1), line \(step.line)")
    }
  }
}
