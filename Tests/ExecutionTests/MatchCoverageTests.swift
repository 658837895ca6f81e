import Execution
import Foundation
import TestSupport
import Testing

/// A `match` that leaves a value uncovered is refused with E0004 and rustc's list of what is
/// missing; one whose arms cover everything, however they split it, runs.
struct MatchCoverageTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let body: String
    /// What rustc 1.95 says is missing, or nil when it accepts the match.
    let missing: String?
    var testDescription: String { missing ?? "exhaustive: \(body.prefix(60))" }
    var source: String { "#![allow(unused)]\n\(body)\n" }
  }

  static let cases: [Case] = [
    Case(
      body: """
        enum Dir { North, East(i32), South(i32, i32), West }
        fn main() {
            let d = Dir::North;
            match d {
                Dir::West => println!("west"),
            }
        }
        """, missing: "`Dir::North`, `Dir::East(_)` and `Dir::South(_, _)`"),
    Case(
      body: """
        fn main() {
            let pair = (true, false);
            match pair {
                (true, _) => println!("first"),
            }
        }
        """, missing: "`(false, _)`"),
    Case(
      body: """
        struct Light { on: bool, level: i32 }
        fn main() {
            let l = Light { on: true, level: 3 };
            match l {
                Light { on: true, .. } => println!("on"),
            }
        }
        """, missing: "`Light { on: false, .. }`"),
    Case(
      body: """
        fn main() {
            let age: u8 = 30;
            match age {
                0..=100 => println!("young"),
                200 => println!("old"),
            }
        }
        """, missing: "`101_u8..=199_u8` and `201_u8..=u8::MAX`"),
    Case(
      body: """
        fn main() {
            let n = 5;
            match n {
                0 => println!("zero"),
                1 => println!("one"),
            }
        }
        """, missing: "`i32::MIN..=-1_i32` and `2_i32..=i32::MAX`"),
    Case(
      body: """
        fn main() {
            let command = "go";
            match command {
                "go" => println!("going"),
                "stop" => println!("stopping"),
            }
        }
        """, missing: "`&_`"),
    Case(
      body: """
        fn main() {
            let o: Option<Option<bool>> = None;
            match o {
                None => println!("none"),
                Some(None) => println!("inner none"),
                Some(Some(true)) => println!("true"),
            }
        }
        """, missing: "`Some(Some(false))`"),
    Case(
      body: """
        fn main() {
            let o = Some(3);
            match &o {
                Some(n) => println!("{}", n),
            }
        }
        """, missing: "`&None`"),
    Case(
      body: """
        fn main() {
            let pair = (true, false);
            match pair {
                (true, true) => println!("both"),
                (true, false) => println!("first"),
                (false, _) => println!("not first"),
            }
        }
        """, missing: nil),
    Case(
      body: """
        fn main() {
            let byte: u8 = 200;
            match byte {
                0..=127 => println!("ascii"),
                128..=255 => println!("high"),
            }
        }
        """, missing: nil),
    Case(
      body: """
        fn main() {
            let o = Some(4);
            let flag = true;
            match (o, flag) {
                (None, _) => println!("nothing"),
                (Some(0), _) => println!("zero"),
                (Some(n), true) => println!("{} yes", n),
                (Some(n), false) => println!("{} no", n),
            }
        }
        """, missing: nil),
    Case(
      body: """
        enum Coin { Penny, Quarter(Option<bool>) }
        fn main() {
            let c = Coin::Quarter(Some(true));
            match c {
                Coin::Penny => println!("penny"),
                Coin::Quarter(None) => println!("plain"),
                Coin::Quarter(Some(true)) | Coin::Quarter(Some(false)) => println!("state"),
            }
        }
        """, missing: nil),
    Case(
      body: """
        fn count(v: &[i32]) -> usize {
            match v {
                [] => 0,
                [_] => 1,
            }
        }
        fn main() { println!("{}", count(&[1, 2])); }
        """, missing: "`&[_, _, ..]`"),
    Case(
      body: """
        fn ends(v: &[i32]) -> i32 {
            match v {
                [first, .., last] => first + last,
            }
        }
        fn main() { println!("{}", ends(&[1, 2])); }
        """, missing: "`&[]` and `&[_]`"),
    Case(
      body: """
        fn flags(v: &[bool]) -> u8 {
            match v {
                [true, ..] => 0,
                [.., false] => 1,
                [] => 2,
            }
        }
        fn main() { println!("{}", flags(&[false])); }
        """, missing: "`&[false, .., true]`"),
    Case(
      body: """
        fn sum(v: &[i32]) -> i32 {
            match v {
                [] => 0,
                [head, tail @ ..] => head + sum(tail),
            }
        }
        fn main() { println!("{}", sum(&[1, 2, 3])); }
        """, missing: nil),
    Case(
      body: """
        fn name(words: &mut [String]) -> usize {
            match words {
                [] | [_] => 0,
                [a, b] => a.len() + b.len(),
                [_, middle @ .., _] => middle.len(),
            }
        }
        fn main() { println!("{}", name(&mut [String::new()])); }
        """, missing: nil),
  ]

  @Test("memtutor's verdict", arguments: cases)
  func memtutorsVerdict(_ example: Case) {
    let report = CheckerErrorCodeTests.report(of: example.source)
    if let missing = example.missing {
      #expect(report.contains("error[E0004]: non-exhaustive patterns: \(missing) not covered"), "\(report)")
    } else {
      #expect(report.isEmpty, "\(report)")
    }
  }

  @Test(
    "rustc's verdict is the same",
    .enabled(if: Toolchain.rustcAvailable, "rustc is not installed: the matches cannot be cross-checked"),
    arguments: cases)
  func rustcsVerdict(_ example: Case) async throws {
    let rustc = try #require(Toolchain.rustc)
    let folder = try TemporaryDirectory()
    let file = folder.url.appendingPathComponent("main.rs")
    try example.source.write(to: file, atomically: true, encoding: .utf8)
    let verdict = try await RustcVerdict.firstError(of: file, rustc: rustc)
    #expect(verdict?.split(separator: " ").first.map(String.init) == (example.missing == nil ? nil : "E0004"))
  }
}
