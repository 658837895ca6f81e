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
}
