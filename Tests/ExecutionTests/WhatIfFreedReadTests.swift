import Execution
import Testing

/// A what-if run stops where it reads the text of a String that has been dropped: the
/// use-after-free rustc's E0597 rules out.
@Suite struct WhatIfFreedReadTests {
  static func whatIf(_ source: String) throws -> Trace {
    var options = EngineOptions()
    options.whatIf = true
    return try Engine.trace(source: source, path: "main.rs", options: options)
  }

  @Test func printingThroughAReferenceToADroppedStringStops() throws {
    let trace = try Self.whatIf(
      """
      fn main() {
          let r: &String;
          {
              let s = String::from("hello");
              r = &s;
          }
          println!("{}", r);
      }

      """)
    #expect(trace.outcome.exitStatus == Interpreter.whatIfStopStatus)
    #expect(trace.outcome.stdout.isEmpty, "nothing may be printed from freed memory")
    #expect(trace.outcome.stderr.contains("what if: line 7 reads freed heap memory (the 5 B block"))
    #expect(WhatIfFault.address(in: trace.outcome.stderr) == 0x5555_555d_a2a0)
  }

  @Test func aStrSliceOfADroppedStringStopsToo() throws {
    let trace = try Self.whatIf(
      """
      fn main() {
          let r: &str;
          {
              let s = String::from("hello");
              r = s.as_str();
          }
          println!("{}", r);
      }

      """)
    #expect(trace.outcome.exitStatus == Interpreter.whatIfStopStatus)
    #expect(trace.outcome.stderr.contains("reads freed heap memory"))
  }

  @Test func onlyTheAddressIsPrintedWithoutAStop() throws {
    // `{:p}` prints the reference itself and reads nothing behind it.
    let trace = try Self.whatIf(
      """
      fn main() {
          let r: &String;
          {
              let s = String::from("hello");
              r = &s;
          }
          println!("{:p}", r);
      }

      """)
    #expect(trace.outcome.exitStatus == 0)
  }

  @Test func aRealRunReadingALiveStringIsUnchanged() throws {
    let trace = try Self.whatIf(
      "fn main() {\n    let s = String::from(\"hi\");\n    let r = &s;\n    println!(\"{}\", r);\n}\n")
    #expect(trace.outcome.stdout == "hi\n")
    #expect(trace.outcome.exitStatus == 0)
  }
}
