import Testing

/// A literal that does not fit its inferred type is refused, as rustc's deny-by-default
/// `overflowing_literals` lint refuses it.
struct LiteralRangeTests {
  @Test(
    "out of range",
    arguments: [
      ("let x: u8 = 300;", "error: literal out of range for `u8`"),
      ("let x: i8 = -129;", "error: literal out of range for `i8`"),
      ("let v: Vec<u16> = vec![1, 70000];", "error: literal out of range for `u16`"),
    ])
  func refused(statement: String, header: String) {
    let report = CheckerErrorCodeTests.report(of: "fn main() {\n    \(statement)\n}\n")
    #expect(report.contains(header), "\(report)")
  }

  @Test(
    "in range",
    arguments: [
      "let x: u8 = 255;", "let x: i8 = -128;", "let x: u64 = 18446744073709551615;",
      "let x: i64 = -9223372036854775808;", "let x = 2147483647;",
    ])
  func accepted(statement: String) {
    #expect(CheckerErrorCodeTests.report(of: "fn main() {\n    \(statement)\n}\n").isEmpty)
  }
}
