import Execution
import Testing

/// A hand-written `impl fmt::Display`: accepted and run through the impl's own frame, or
/// refused with rustc 1.95's first error (code and position read off rustc's report).
@Suite struct DisplayImplCheckTests {
  func headers(_ source: String) -> [String]? { EngineReports.headers(source) }

  static let point = "use std::fmt;\n\nstruct Point {\n    x: i32,\n}\n\n"

  @Test func braceOnATypeWithoutDisplayIsE0277() {
    let source =
      "struct Point {\n    x: i32,\n}\n\nfn main() {\n    let p = Point { x: 1 };\n    println!(\"{}\", p);\n}\n"
    #expect(
      headers(source) == [
        "main.rs:7:20: error[E0277]: `Point` doesn't implement `std::fmt::Display` (use `{:?}` to print it with `Debug`)"
      ])
  }

  @Test func anImplWithoutFmtIsE0046() {
    let source = Self.point + "impl fmt::Display for Point {}\n\nfn main() {}\n"
    #expect(headers(source) == ["main.rs:7:1: error[E0046]: not all trait items implemented, missing: `fmt`"])
  }

  @Test func aWrongReturnTypeIsE0053() {
    let source =
      Self.point
      + "impl fmt::Display for Point {\n    fn fmt(&self, f: &mut fmt::Formatter) -> String {\n        format!(\"{}\", self.x)\n    }\n}\n\nfn main() {}\n"
    #expect(
      headers(source) == ["main.rs:8:46: error[E0053]: method `fmt` has an incompatible type for trait"])
  }

  @Test func displayWithoutItsImportIsE0405() {
    let source =
      "struct Point {\n    x: i32,\n}\n\nimpl Display for Point {\n    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {\n        write!(f, \"{}\", self.x)\n    }\n}\n\nfn main() {}\n"
    #expect(headers(source) == ["main.rs:5:6: error[E0405]: cannot find trait `Display` in this scope"])
  }

  @Test func aFmtEndingInASemicolonIsE0308() {
    let source =
      Self.point
      + "impl fmt::Display for Point {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        write!(f, \"{}\", self.x);\n    }\n}\n\nfn main() {}\n"
    #expect(headers(source) == ["main.rs:8:46: error[E0308]: mismatched types"])
  }

  @Test func theImplRunsInItsOwnFrameAndPadHonoursTheWidth() throws {
    let source =
      Self.point
      + "impl fmt::Display for Point {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        f.pad(&self.x.to_string())\n    }\n}\n\nfn main() {\n    let p = Point { x: 42 };\n    println!(\"[{:>5}] {}\", p, p.to_string().capacity());\n}\n"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "[   42] 8\n")
    #expect(TraceText(trace: trace).rendered().contains("push frame <Point as Display>::fmt"))
  }

  @Test func writeIntoAStringIsRefused() {
    let source =
      "use std::fmt::Write;\n\nfn main() {\n    let mut s = String::new();\n    write!(s, \"{}\", 1).unwrap();\n}\n"
    #expect(headers(source)?.isEmpty == false)
  }

  static let id =
    "use std::fmt;\n\n#[derive(PartialEq)]\nstruct Id(u32);\n\nimpl fmt::Debug for Id {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        write!(f, \"#{}\", self.0)\n    }\n}\n\n"

  @Test func aHandWrittenDebugRunsForItsOwnPlaceholder() throws {
    let source = Self.id + "fn main() {\n    println!(\"{:?} {:?}\", Id(1), &Id(2));\n}\n"
    #expect(try Engine.trace(source: source, path: "main.rs").outcome.stdout == "#1 #2\n")
  }

  /// memtutor prints a `Vec`'s elements itself, so it cannot call their own `Debug`: refused,
  /// never printed as if derived.
  @Test func aHandWrittenDebugInsideAVecIsRefused() {
    let source = Self.id + "fn main() {\n    println!(\"{:?}\", vec![Id(1)]);\n}\n"
    #expect(
      headers(source) == [
        "main.rs:13:22: error: `{:?}` on values that hold a type with a hand-written `Debug` is not supported by memtutor yet"
      ])
  }

  @Test func assertEqualOnAHandWrittenDebugIsRefused() {
    let source = Self.id + "fn main() {\n    assert_eq!(Id(1), Id(1));\n}\n"
    #expect(headers(source)?.count == 1)
  }

  @Test func deriveAndImplOfDebugIsE0119AtTheDerive() {
    let source =
      "use std::fmt;\n\n#[derive(Debug)]\nstruct Id(u32);\n\nimpl fmt::Debug for Id {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        write!(f, \"#{}\", self.0)\n    }\n}\n\nfn main() {}\n"
    #expect(
      headers(source) == [
        "main.rs:3:10: error[E0119]: conflicting implementations of trait `Debug` for type `Id`"
      ])
  }

  @Test func aFmtWithoutItsFormatterIsE0050() {
    let source =
      "use std::fmt;\n\nstruct P;\n\nimpl fmt::Display for P {\n    fn fmt(&self) -> fmt::Result {\n        Ok(())\n    }\n}\n\nfn main() {}\n"
    #expect(
      headers(source) == [
        "main.rs:6:12: error[E0050]: method `fmt` has 1 parameter but the declaration in trait `std::fmt::Display::fmt` has 2"
      ])
  }

  @Test func anImplBeforeItsTypeRuns() throws {
    let source =
      "use std::fmt;\n\nimpl fmt::Display for Unit {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        f.write_str(\"unit\")\n    }\n}\n\nstruct Unit;\n\nfn main() {\n    println!(\"{}\", Unit);\n}\n"
    #expect(try Engine.trace(source: source, path: "main.rs").outcome.stdout == "unit\n")
  }

  /// rustc calls `fmt` once per placeholder, also when placeholders share a value
  /// (output read off rustc 1.95).
  @Test func placeholdersSharingAValueEachCallFmt() throws {
    let source =
      "use std::fmt;\n\n#[derive(Debug)]\nstruct Name(String);\n\nimpl fmt::Display for Name {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        f.pad(&self.0)\n    }\n}\n\nfn main() {\n    let n = Name(String::from(\"Ann\"));\n    println!(\"{0} and [{0:>8}] and {0:?}\", n);\n    let s = format!(\"{n}{n}\");\n    println!(\"{s} {}\", s.capacity());\n}\n"
    #expect(
      try Engine.trace(source: source, path: "main.rs").outcome.stdout
        == "Ann and [     Ann] and Name(\"Ann\")\nAnnAnn 8\n")
  }

  /// rustc 1.95: a `Formatter` is 24 bytes (its options and a `&mut dyn Write`), `fmt::Result` 1.
  @Test func formatterAndResultHaveRustcsSizes() throws {
    let source =
      "use std::fmt;\nfn main() {\n    println!(\"{} {}\", std::mem::size_of::<fmt::Formatter>(), std::mem::size_of::<fmt::Result>());\n}\n"
    #expect(try Engine.trace(source: source, path: "main.rs").outcome.stdout == "24 1\n")
  }
}
