import Foundation
import TestSupport
import Testing

/// rustc's deny-by-default `arithmetic_overflow` and `unconditional_panic` lints: an operation
/// on values rustc knows while compiling that is sure to fail stops the build. Each case says
/// what rustc 1.95 does with the body of `main`; memtutor must agree, both ways.
struct KnownPanicLintTests {
  static let overflow = "error: this arithmetic operation will overflow"
  static let panic = "error: this operation will panic at runtime"

  /// (body of main, rustc's header or nil when it compiles, rustc's caret label).
  static let cases: [(String, String?, String?)] = [
    ("let y = 0; println!(\"{}\", 7 / y);", panic, "attempt to divide `7_i32` by zero"),
    ("let y = 0; println!(\"{}\", y); println!(\"{}\", 7 / y);", nil, nil),
    (
      "let x: u8 = 255; let z = x + 1; println!(\"{}\", z);", overflow,
      "attempt to compute `u8::MAX + 1_u8`, which would overflow"
    ),
    ("let x: u8 = 255; println!(\"{}\", x); let z = x + 1; println!(\"{}\", z);", nil, nil),
    (
      "let a = [1, 2, 3]; let i = 5; println!(\"{}\", a[i]);", panic,
      "index out of bounds: the length is 3 but the index is 5"
    ),
    ("let v = vec![1, 2, 3]; println!(\"{}\", v[5]);", nil, nil),
    (
      "let x: i32 = 7; let r = x % 0; println!(\"{}\", r);", panic,
      "attempt to calculate the remainder of `7_i32` with a divisor of zero"
    ),
    ("let mut x: u8 = 250; for _ in 0..10 { x += 1; } println!(\"{}\", x);", nil, nil),
    (
      "let n: u32 = 0; let m = n - 1; println!(\"{}\", m);", overflow,
      "attempt to compute `0_u32 - 1_u32`, which would overflow"
    ),
    (
      "let x = i32::MIN; let z = -x; println!(\"{}\", z);", overflow,
      "attempt to negate `i32::MIN`, which would overflow"
    ),
    (
      "let s = 1u8 << 9; println!(\"{}\", s);", overflow,
      "attempt to shift left by `9_i32`, which would overflow"
    ),
    (
      "let x = i32::MIN; let z = x / -1; println!(\"{}\", z);", panic,
      "attempt to compute `i32::MIN / -1_i32`, which would overflow"
    ),
    ("let x = 5; let r = &x; let y = x + i32::MAX; println!(\"{} {}\", y, r);", nil, nil),
    ("let d = 0; if d != 0 { println!(\"{}\", 10 / d); }", nil, nil),
    ("let d = 0; let r = if d == 0 { 0 } else { 100 / d }; println!(\"{}\", r);", nil, nil),
    ("let d = 0; loop { if d == 0 { break; } println!(\"{}\", 1 / d); }", nil, nil),
    ("let d = 0; if d > 0 && 10 / d > 1 { println!(\"x\"); }", nil, nil),
    ("let d = 0; if d == 1 { return; } println!(\"{}\", 1 / d);", panic, "attempt to divide `1_i32` by zero"),
    (
      "let n: usize = 0; for i in 0..n { println!(\"{}\", 10 / n + i); }", panic,
      "attempt to divide `10_usize` by zero"
    ),
    (
      "let a = [1, 2]; let i = 3; if i < a.len() { println!(\"{}\", a[i]); }", panic,
      "index out of bounds: the length is 2 but the index is 3"
    ),
    ("let n = 3; let f = |k: i32| k / (n - 3); println!(\"{}\", f(1));", nil, nil),
  ]

  static func source(_ body: String) -> String { "fn main() {\n    \(body)\n}\n" }

  @Test("memtutor refuses what rustc's lints refuse, and only that", arguments: cases)
  func memtutorAgrees(body: String, header: String?, label: String?) {
    let report = CheckerErrorCodeTests.report(of: Self.source(body))
    if let header, let label {
      #expect(report.contains(header), "\(report)")
      #expect(report.contains(label), "\(report)")
    } else {
      #expect(report.isEmpty, "\(report)")
    }
  }

  @Test(
    "the table is what rustc does", .enabled(if: RustcCrossCheck.isAvailable, "rustc not installed"),
    arguments: cases)
  func rustcAgrees(body: String, header: String?, label: String?) throws {
    do {
      let name = "lint-\(UInt(bitPattern: body.hashValue))"
      let binary = try RustcCrossCheck.build(Self.source(body), name: name)
      RustcCrossCheck.remove(binary)
      #expect(header == nil, "rustc compiled it")
    } catch RustcCrossCheck.Failure.compile(let text) {
      #expect(header.map { text.contains($0) } == true, "\(text)")
      #expect(label.map { text.contains($0) } == true, "\(text)")
    }
  }
}
