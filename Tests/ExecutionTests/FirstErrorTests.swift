import Execution
import Foundation
import TestSupport
import Testing

/// Whole programs whose first error is easy to get wrong: an `if` without `else` used as a
/// value, names rustc resolves before it checks types, bindings whose type nothing settles.
/// memtutor's first report must be rustc's code at rustc's place, with nothing made up after it.
struct FirstErrorTests {
  struct Program: Sendable, CustomTestStringConvertible {
    let name: String
    /// `CODE line:col message`, as memtutor and rustc 1.95 report it.
    let expected: String
    let source: String
    /// How many errors memtutor reports (rustc's count: no follow-on errors).
    var errorCount = 1
    var testDescription: String { name }
  }

  static let programs: [Program] = [
    .init(
      name: "let x = if c { 1 };",
      expected: "E0317 3:13 `if` may be missing an `else` clause",
      source: "fn main() {\n    let c = true;\n    let x = if c { 1 };\n    println!(\"{}\", x);\n}\n"),
    .init(
      name: "an else-if chain with no final else as a function's value",
      expected: "E0317 4:12 `if` may be missing an `else` clause",
      source: """
        fn sign(n: i32) -> &'static str {
            if n < 0 {
                "negative"
            } else if n > 0 {
                "positive"
            }
        }

        fn main() {
            println!("{}", sign(3));
        }

        """),
    .init(
      name: "if c { 1 }; as a statement",
      expected: "E0317 3:5 `if` may be missing an `else` clause",
      source: "fn main() {\n    let c = true;\n    if c { 1 };\n    println!(\"x\");\n}\n"),
    .init(
      name: "if c { 1 } as a statement without ;",
      expected: "E0308 3:12 mismatched types",
      source: "fn main() {\n    let c = true;\n    if c { 1 }\n    println!(\"x\");\n}\n"),
    .init(
      name: "a function's tail if that returns early with no else",
      expected: "E0317 2:5 `if` may be missing an `else` clause",
      source:
        "fn f(c: bool) -> i32 {\n    if c {\n        return 1;\n    }\n}\n\nfn main() {\n    println!(\"{}\", f(true));\n}\n"
    ),
    .init(
      name: "let y = if let Some(v) = … { v };",
      expected: "E0317 3:13 `if` may be missing an `else` clause",
      source:
        "fn main() {\n    let o = Some(3);\n    let y = if let Some(v) = o { v };\n    println!(\"{}\", y);\n}\n"
    ),
    .init(
      name: "an annotated let of an else-if chain",
      expected: "E0317 3:34 `if` may be missing an `else` clause",
      source:
        "fn main() {\n    let c = true;\n    let x: i32 = if c { 1 } else if !c { 2 };\n    println!(\"{}\", x);\n}\n"
    ),
    .init(
      name: "an unknown name is reported before an earlier wrong argument count",
      expected: "E0425 7:20 cannot find value `totl` in this scope",
      source: """
        fn add(a: i32, b: i32) -> i32 {
            a + b
        }

        fn main() {
            let total = add(1, 2, 3);
            println!("{}", totl);
        }

        """,
      errorCount: 2),
    .init(
      name: "unknown names and types before type errors, an unknown function's call among them",
      expected: "E0425 4:13 cannot find value `nothere` in this scope",
      source: """
        fn main() {
            let x: i32 = "s";
            undefined_fn();
            let y = nothere;
        }

        """,
      errorCount: 3),
    .init(
      name: "let total = v.iter().sum(); printed",
      expected: "E0283 3:9 type annotations needed",
      source:
        "fn main() {\n    let v = vec![1, 2, 3];\n    let total = v.iter().sum();\n    println!(\"{}\", total);\n}\n"
    ),
    .init(
      name: "let w = v.iter().collect(); printed",
      expected: "E0283 3:9 type annotations needed",
      source:
        "fn main() {\n    let v = vec![1, 2, 3];\n    let w = v.iter().collect();\n    println!(\"{:?}\", w);\n}\n"
    ),
    .init(
      name: "a sum of a map, printed",
      expected: "E0283 3:9 type annotations needed",
      source:
        "fn main() {\n    let v = vec![1, 2, 3];\n    let q = v.iter().map(|x| x * 2).sum();\n    println!(\"{}\", q);\n}\n"
    ),
    .init(
      name: "a sum printed where it is made",
      expected: "E0283 3:29 type annotations needed",
      source: "fn main() {\n    let v = vec![1, 2, 3];\n    println!(\"{}\", v.iter().sum());\n}\n"),
    .init(
      name: "a sum added to",
      expected: "E0283 3:9 type annotations needed",
      source:
        "fn main() {\n    let v = vec![1, 2, 3];\n    let total = v.iter().sum();\n    println!(\"{}\", total + 1);\n}\n"
    ),
    .init(
      name: "a sum compared",
      expected: "E0283 3:9 type annotations needed",
      source:
        "fn main() {\n    let v = vec![1, 2, 3];\n    let total = v.iter().sum();\n    if total > 5 {\n        println!(\"big\");\n    }\n}\n"
    ),
    .init(
      name: "a partition of references to Copy items into Vec<_>",
      expected: "E0283 3:45 type annotations needed",
      source:
        "fn main() {\n    let v = vec![1, 2, 3, 4];\n    let (a, b): (Vec<_>, Vec<_>) = v.iter().partition(|x| **x > 2);\n    println!(\"{:?} {:?}\", a, b);\n}\n"
    ),
    .init(
      name: "a collected value's method called",
      expected: "E0282 3:9 type annotations needed",
      source:
        "fn main() {\n    let v = vec![1, 2, 3];\n    let w = v.iter().collect();\n    println!(\"{}\", w.len());\n}\n"
    ),
    .init(
      name: "let n = \"5\".parse().unwrap();",
      expected: "E0284 2:9 type annotations needed",
      source: "fn main() {\n    let n = \"5\".parse().unwrap();\n    println!(\"{}\", n);\n}\n"),
    .init(
      name: "a parsed value added to",
      expected: "E0284 2:9 type annotations needed",
      source: "fn main() {\n    let n = \"5\".parse().unwrap();\n    println!(\"{}\", n + 1);\n}\n"),
    .init(
      name: "let n = \"5\".parse();",
      expected: "E0284 2:9 type annotations needed for `Result<_, _>`",
      source: "fn main() {\n    let n = \"5\".parse();\n    println!(\"{:?}\", n);\n}\n"),
    .init(
      name: "let mut v = Vec::new(); with only its length used",
      expected: "E0282 2:9 type annotations needed for `Vec<_>`",
      source: "fn main() {\n    let mut v = Vec::new();\n    println!(\"{}\", v.len());\n}\n"),
    .init(
      name: "let x = None;",
      expected: "E0282 2:9 type annotations needed for `Option<_>`",
      source: "fn main() {\n    let x = None;\n    println!(\"{:?}\", x);\n}\n"),
    .init(
      name: "let x; never given a value",
      expected: "E0282 2:9 type annotations needed",
      source: "fn main() {\n    let x;\n    println!(\"done\");\n}\n"),
    .init(
      name: "a method called with an argument missing",
      expected: "E0061 9:7 this method takes 1 argument but 0 arguments were supplied",
      source: """
        struct Counter;

        impl Counter {
            fn add(&self, _n: u32) {}
        }

        fn main() {
            let c = Counter;
            c.add();
        }

        """),
    .init(
      name: "a library method called with one argument too many",
      expected: "E0061 3:22 this method takes 0 arguments but 1 argument was supplied",
      source: "fn main() {\n    let v = vec![1, 2];\n    println!(\"{}\", v.len(3));\n}\n"),
    .init(
      name: "a match whose first arm differs from the return type",
      expected: "E0308 3:14 mismatched types",
      source: """
        fn f(n: i32) -> String {
            match n {
                0 => "zero",
                _ => String::from("many"),
            }
        }
        fn main() {
            println!("{}", f(1));
        }

        """),
    .init(
      name: "a parse whose error `?` fixed to the function's, annotated with another target",
      expected: "E0271 4:20 type mismatch resolving `<f64 as FromStr>::Err == ParseIntError`",
      source: """
        use std::num::ParseIntError;

        fn half(t: &str) -> Result<i32, ParseIntError> {
            let v: f64 = t.parse()?;
            Ok((v / 2.0) as i32)
        }
        fn main() {
            println!("{:?}", half("8"));
        }

        """),
    .init(
      name: "a parse annotated with a Result whose error is not the target's",
      expected: "E0271 2:38 type mismatch resolving `<i32 as FromStr>::Err == String`",
      source: "fn main() {\n    let r: Result<i32, String> = \"5\".parse();\n    println!(\"{:?}\", r);\n}\n"),
    .init(
      name: "a trait returning Self as a parameter's &dyn",
      expected: "E0038 5:13 the trait `Shape` is not dyn compatible",
      source: Self.notDynCompatible
        + "fn show(s: &dyn Shape) {\n    println!(\"{}\", s.area());\n}\nfn main() {}\n"),
    .init(
      name: "a trait returning Self in a function's Box<dyn> result",
      expected: "E0038 5:18 the trait `Shape` is not dyn compatible",
      source: Self.notDynCompatible + "fn make() -> Box<dyn Shape> {\n    todo!()\n}\nfn main() {}\n"),
    .init(
      name: "a trait returning Self in a field's Vec<Box<dyn>>",
      expected: "E0038 5:31 the trait `Shape` is not dyn compatible",
      source: Self.notDynCompatible + "struct Scene { items: Vec<Box<dyn Shape>> }\nfn main() {}\n"),
    .init(
      name: "a trait returning Self in a let's Vec<Box<dyn>>",
      expected: "E0038 6:29 the trait `Shape` is not dyn compatible",
      source: Self.notDynCompatible
        + "fn main() {\n    let shapes: Vec<Box<dyn Shape>> = Vec::new();\n    for s in &shapes {\n        println!(\"{}\", s.area());\n    }\n}\n"
    ),
    .init(
      name: "a trait returning Self in a let's &dyn",
      expected: "E0038 6:17 the trait `Shape` is not dyn compatible",
      source: Self.notDynCompatible
        + "fn main() {\n    let s: &dyn Shape = todo!();\n    println!(\"{}\", s.area());\n}\n"),
    .init(
      name: "clone of a &T whose T has no Clone bound",
      expected: "E0308 2:6 mismatched types",
      source:
        "fn dup<T>(x: &T) -> (T, T) {\n    (x.clone(), x.clone())\n}\nfn main() {\n    println!(\"{:?}\", dup(&1));\n}\n",
      errorCount: 2),
    .init(
      name: "a written tuple's second element of the wrong type",
      expected: "E0308 2:31 mismatched types",
      source: "fn main() {\n    let t: (u8, String) = (1, 2);\n    println!(\"{:?}\", t);\n}\n"),
    .init(
      name: "an impl of a generic struct that forgot to declare its parameter",
      expected: "E0425 2:12 cannot find type `T` in this scope",
      source: """
        struct Stack<T> { items: Vec<T> }
        impl Stack<T> {
            fn size(&self) -> usize { self.items.len() }
        }
        fn main() {
            let s: Stack<i32> = Stack { items: vec![1, 2] };
            println!("{}", s.items.len());
        }

        """,
      // memtutor then leaves the impl's methods without an owner, and reports their `self`
      // (rustc reports only the `T`).
      errorCount: 2),
    .init(
      name: "an impl of a struct with a lifetime that leaves the lifetime out",
      expected: "E0726 2:6 implicit elided lifetime not allowed here",
      source:
        "struct Parser<'a> { s: &'a str }\nimpl Parser {\n    fn first(&self) -> usize { self.s.len() }\n}\nfn main() {\n    let p = Parser { s: \"x\" };\n    println!(\"{}\", p.first());\n}\n"
    ),
    .init(
      name: "arithmetic on a reference to a reference",
      expected: "E0369 4:22 cannot multiply `&&{integer}` by `{integer}`",
      source:
        "fn main() {\n    let v = vec![1, 2, 3];\n    let r = &&v[0];\n    println!(\"{}\", r * 2);\n}\n"),
    .init(
      name: "a filter closure comparing its &&i32 with a literal",
      expected: "E0308 3:50 mismatched types",
      source:
        "fn main() {\n    let v = vec![1, 2, 3];\n    let big: Vec<&i32> = v.iter().filter(|x| x > 1).collect();\n    println!(\"{:?}\", big);\n}\n"
    ),
    .init(
      name: "a bounded generic call nothing settles, bound to a name",
      expected: "E0283 10:9 type annotations needed",
      source:
        "fn make<T: Default>() -> T {\n    T::default()\n}\n\nfn empty<T>() -> Option<T> {\n    None\n}\n\nfn main() {\n    let x = make();\n}\n"
    ),
    .init(
      name: "a bounded generic call nothing settles, bound to _",
      expected: "E0283 10:9 type annotations needed",
      source:
        "fn make<T: Default>() -> T {\n    T::default()\n}\n\nfn empty<T>() -> Option<T> {\n    None\n}\n\nfn main() {\n    let _ = make();\n}\n"
    ),
    .init(
      name: "a bounded generic call nothing settles, as a statement",
      expected: "E0283 10:5 type annotations needed",
      source:
        "fn make<T: Default>() -> T {\n    T::default()\n}\n\nfn empty<T>() -> Option<T> {\n    None\n}\n\nfn main() {\n    make();\n}\n"
    ),
    .init(
      name: "a bounded generic call nothing settles, inside a tuple",
      expected: "E0283 10:9 type annotations needed for `(_, i32)`",
      source:
        "fn make<T: Default>() -> T {\n    T::default()\n}\n\nfn empty<T>() -> Option<T> {\n    None\n}\n\nfn main() {\n    let pair = (make(), 1);\n}\n"
    ),
    .init(
      name: "an unbounded generic call nothing settles",
      expected: "E0282 10:9 type annotations needed for `Option<_>`",
      source:
        "fn make<T: Default>() -> T {\n    T::default()\n}\n\nfn empty<T>() -> Option<T> {\n    None\n}\n\nfn main() {\n    let nothing = empty();\n}\n"
    ),
    .init(
      name: "a bounded generic call nothing settles, after a type error",
      expected: "E0308 10:18 mismatched types",
      source:
        "fn make<T: Default>() -> T {\n    T::default()\n}\n\nfn empty<T>() -> Option<T> {\n    None\n}\n\nfn main() {\n    let n: i32 = \"1\";\n    let x = make();\n}\n"
    ),
    .init(
      name: "a borrow stored into a 'static list through last_mut",
      expected: "E0521 2:6 borrowed data escapes outside of function",
      source:
        "fn remember(list: &mut Vec<&'static str>, item: &str) {\n    *list.last_mut().unwrap() = item;\n}\nfn main() {\n    let mut v = vec![\"a\"];\n    remember(&mut v, \"b\");\n    println!(\"{:?}\", v);\n}\n"
    ),
    .init(
      name: "a borrow stored through last_mut into a list of a named lifetime",
      expected: "E0621 2:6 explicit lifetime required in the type of `item`",
      source:
        "fn remember<'a>(list: &mut Vec<&'a str>, item: &str) {\n    *list.last_mut().unwrap() = item;\n}\nfn main() {\n    let mut v = vec![\"a\"];\n    remember(&mut v, \"b\");\n    println!(\"{:?}\", v);\n}\n"
    ),
    .init(
      name: "a sum nothing settles, bound to _",
      expected: "E0283 3:9 type annotations needed",
      source: "fn main() {\n    let v = vec![1, 2, 3];\n    let _ = v.iter().sum();\n}\n"),
  ]

  /// A trait with a method returning `Self`, which keeps it from being used as `dyn Shape`.
  static let notDynCompatible =
    "trait Shape {\n    fn area(&self) -> f64;\n    fn copy_me(&self) -> Self;\n}\n"

  /// Programs rustc accepts because something after the call settles what it makes.
  static let settledLater: [(name: String, source: String, output: String)] = [
    (
      "a sum passed to a function taking i32",
      "fn takes(n: i32) -> i32 {\n    n\n}\n\nfn main() {\n    let v = vec![1, 2, 3];\n    let total = v.iter().sum();\n    println!(\"{}\", takes(total));\n}\n",
      "6\n"
    ),
    (
      "a sum returned as the function's i32",
      "fn total(v: &Vec<i32>) -> i32 {\n    let t = v.iter().sum();\n    t\n}\n\nfn main() {\n    println!(\"{}\", total(&vec![1, 2, 3]));\n}\n",
      "6\n"
    ),
    (
      "a collect moved into an annotated binding",
      "fn main() {\n    let v = vec![1, 2, 3];\n    let w = v.iter().map(|x| x * 2).collect();\n    let n: Vec<i32> = w;\n    println!(\"{:?}\", n);\n}\n",
      "[2, 4, 6]\n"
    ),
    (
      "a sum assigned to an integer variable",
      "fn main() {\n    let v = vec![1, 2, 3];\n    let mut total = 0;\n    println!(\"{}\", total);\n    total = v.iter().sum();\n    println!(\"{}\", total);\n}\n",
      "0\n6\n"
    ),
  ]

  @Test(arguments: settledLater.indices)
  func aTypeSettledAfterTheCallRuns(index: Int) throws {
    let program = Self.settledLater[index]
    let trace = try Engine.trace(source: program.source, path: "main.rs")
    #expect(trace.outcome.stdout == program.output, "\(program.name)")
  }

  @Test("memtutor's first error: code, position and words", arguments: programs)
  func memtutorsReport(program: Program) throws {
    let report = CheckerErrorCodeTests.report(of: program.source)
    let parts = program.expected.split(separator: " ", maxSplits: 2).map(String.init)
    try #require(parts.count == 3)
    #expect(report.hasPrefix("main.rs:\(parts[1]): error[\(parts[0])]: \(parts[2])\n"), "\(report)")
    let errors = report.split(separator: "\n").filter { $0.hasPrefix("main.rs:") && $0.contains(": error") }
    #expect(errors.count == program.errorCount, "\(report)")
  }

  @Test(
    "rustc's first error has the same code and position",
    .enabled(if: Toolchain.rustcAvailable, "rustc is not installed: the reports cannot be cross-checked"),
    arguments: programs)
  func rustcsVerdict(program: Program) async throws {
    let rustc = try #require(Toolchain.rustc)
    let folder = try TemporaryDirectory()
    let file = folder.url.appendingPathComponent("main.rs")
    try program.source.write(to: file, atomically: true, encoding: .utf8)
    let verdict = try await RustcVerdict.firstError(of: file, rustc: rustc)
    let codeAndPosition = program.expected.split(separator: " ").prefix(2).joined(separator: " ")
    #expect(verdict == codeAndPosition)
  }

  /// What memtutor refuses is the whole report: the errors found around it may follow from it
  /// (here a `use` it does not follow leaves `IntoIter` unknown), and rustc accepts both.
  @Test(arguments: [
    "use std::vec::IntoIter;\n\nfn evens() -> IntoIter<u32> {\n    vec![2, 4].into_iter()\n}\n",
    "fn evens() -> std::vec::IntoIter<u32> {\n    vec![2, 4].into_iter()\n}\n",
  ])
  func aRefusalComesWithoutFollowOnErrors(items: String) {
    let source = items + "\nfn main() {\n    for x in evens() {\n        println!(\"{}\", x);\n    }\n}\n"
    let report = CheckerErrorCodeTests.report(of: source)
    #expect(report.contains("is not supported by memtutor yet"), "\(report)")
    #expect(!report.contains("error["), "\(report)")
  }

  /// A refusal is the whole report: the parser's recovery does not read `*const i32` as the
  /// start of a `const` item and make up a syntax error after it.
  @Test(arguments: ["&x as *const i32", "&x as *const i32 as usize", "&mut y as *mut i32"])
  func aRawPointerCastIsRefusedAlone(cast: String) {
    let source =
      "fn main() {\n    let x = 5;\n    let mut y = 6;\n    let p = \(cast);\n    println!(\"{:?}\", p);\n}\n"
    let report = CheckerErrorCodeTests.report(of: source)
    let star = cast.firstIndex(of: "*").map { cast.distance(from: cast.startIndex, to: $0) } ?? 0
    #expect(
      report.hasPrefix("main.rs:4:\(13 + star): error: raw pointers are not supported by memtutor yet\n"),
      "\(report)")
    #expect(report.components(separatedBy: ": error").count == 2, "\(report)")
  }
}
