import Foundation
import RustFrontEnd
import TestSupport
import Testing

@Suite struct ParserErrorTests {
  /// Every diagnostic for `source`, rendered as the CLI prints it.
  static func rendered(_ source: String) -> String? {
    do {
      _ = try Parser.parse(source: source)
      return nil
    } catch {
      return error.rendered(file: "main.rs", source: source)
    }
  }

  static func messages(_ source: String) -> [String] {
    do {
      _ = try Parser.parse(source: source)
      return []
    } catch {
      return error.diagnostics.map(\.message)
    }
  }

  /// `(line, column, message)` for each diagnostic.
  static func locatedMessages(_ source: String) -> [String] {
    do {
      _ = try Parser.parse(source: source)
      return []
    } catch {
      return error.diagnostics.map { "\($0.span.start.line):\($0.span.start.column) \($0.message)" }
    }
  }

  @Test func staticClosureIsRefusedWithCaret() {
    let source = "fn main() {\n    let add = static |a, b| a + b;\n}"
    // Recovery may report more after it; the refusal comes first.
    #expect(
      Self.rendered(source)?.hasPrefix(
        """
        main.rs:2:15: error: closures are not supported by memtutor yet
          |
        2 |     let add = static |a, b| a + b;
          |               ^^^^^^^^^^^^^
        """) == true)
  }

  @Test func closuresParse() throws {
    let program = try Parser.parse(
      source: "fn main() { let f = move |a: i32, (b, c)| -> i32 { a }; let g = || 1; }")
    guard case .function(let main) = program.items.first else {
      Issue.record("no main")
      return
    }
    let dumped = main.body.statements.map { SyntaxDump.statement($0) }
    #expect(dumped.count == 2)
    #expect(dumped.first?.contains("(closure move [a: i32 (b, c)] -> i32") == true, "\(dumped)")
    #expect(dumped.last?.contains("(closure [] 1)") == true, "\(dumped)")
  }

  /// A refused `impl Fn(…) -> T` (a parameter's or the return type) is skipped whole: the
  /// recovery makes up no parse error inside it.
  @Test(arguments: [
    "fn compose(f: impl Fn(i32) -> i32, g: impl Fn(i32) -> i32) -> impl Fn(i32) -> i32 {\n    move |x| g(f(x))\n}\nfn main() {}",
    "fn add_one() -> impl Fn(i32) -> Vec<i32> {\n    |x| vec![x + 1]\n}\nfn main() {}",
  ])
  func refusedImplFnTypeAddsNoParseError(source: String) {
    let messages = Self.messages(source)
    #expect(!messages.contains { $0.hasPrefix("expected") }, "\(messages)")
  }

  @Test func genericParametersAreRefusedWithCaret() {
    let source = "trait Shape<T, U> {\n    fn area(&self) -> f64;\n}"
    #expect(
      Self.rendered(source) == """
        main.rs:1:12: error: generic parameters are not supported by memtutor yet
          |
        1 | trait Shape<T, U> {
          |            ^^^^^^
        """)
  }

  @Test(arguments: [
    (
      "struct W<T: Add<Output = T>> { v: T }",
      "1:13 generic trait bounds on a struct's or enum's type parameters are not supported by memtutor yet"
    ),
    (
      "enum E<const N: usize> { A }",
      "1:7 generic parameters other than types are not supported by memtutor yet"
    ),
    (
      "impl<T> Speak for W<T> {}",
      "1:19 the implementation of a trait for a generic type is not supported by memtutor yet"
    ),
    ("fn f(x: u8) where u8: Copy {}", "1:13 where clauses are not supported by memtutor yet"),
    ("trait Speak: Clone { fn speak(&self); }", "1:12 supertraits are not supported by memtutor yet"),
    ("trait Speak { type Out = i32; }", "1:24 associated type defaults are not supported by memtutor yet"),
    (
      "impl Hash for P {}",
      "1:6 implementations of the standard library's traits other than `Drop`, `Display`, `Debug`, `Clone`, `Iterator`, `From`, `TryFrom`, `FromStr`, `Default`, `Error`, the comparison traits and the operator traits are not supported by memtutor yet"
    ),
    ("fn f<'a: 'b, 'b>(s: &'a str) {}", "1:8 lifetime bounds are not supported by memtutor yet"),
    ("fn f<T, 'a>(s: &'a T) {}", "1:5 generic parameters other than types are not supported by memtutor yet"),
    ("fn main() { unsafe { COUNTER += 1; } }", "1:13 unsafe blocks are not supported by memtutor yet"),
    ("unsafe fn f() {}", "1:1 unsafe functions are not supported by memtutor yet"),
    ("mod util;", "1:1 modules in other files (`mod util;`) are not supported by memtutor yet"),
    ("extern \"C\" { fn abs(x: i32) -> i32; }", "1:1 extern items are not supported by memtutor yet"),
    ("async fn f() {}", "1:1 async functions are not supported by memtutor yet"),
    ("fn main() { f().await; }", "1:17 `.await` expressions are not supported by memtutor yet"),
    ("fn f(x: Box<dyn A + B>) {}", "1:13 trait objects of several traits are not supported by memtutor yet"),
    (
      "fn f() -> impl Iterator<Item = u32> + 'static { 0..3 }",
      "1:39 `impl Iterator` return types with other bounds are not supported by memtutor yet"
    ),
    (
      "fn f() -> Option<impl Copy> { None }",
      "1:18 `impl Trait` types outside parameters are not supported by memtutor yet"
    ),
    (
      "fn f<F: Fn(i32) + FnMut(i32)>(g: F) {}",
      "1:19 two closure trait bounds are not supported by memtutor yet"
    ),
    (
      "struct W<T: 'static> { v: T }",
      "1:13 bounds like `?Sized` and lifetimes are not supported by memtutor yet"
    ),
    (
      "trait S { fn b(self) where Self: Sized + 'static; }",
      "1:42 lifetime bounds on `Self` are not supported by memtutor yet"
    ),
    (
      "struct W<T: ?Sized> { v: Box<T> }",
      "1:10 `?Sized` bounds on a struct's or enum's type parameters are not supported by memtutor yet"
    ),
    ("macro_rules! m { () => {} }", "1:1 `macro_rules!` macros are not supported by memtutor yet"),
    ("fn main() { include_str!(x); }", "1:13 the `include_str!` macro is not supported by memtutor yet"),
    ("fn main() { let m = stringify!(x); }", "1:21 the `stringify!` macro is not supported by memtutor yet"),
    ("type Id<'a> = &'a u32;", "1:9 type aliases with lifetimes or bounds are not supported by memtutor yet"),
    ("fn f(p: *const u8) {}", "1:9 raw pointers are not supported by memtutor yet"),
    ("fn f(p: *mut u8) {}", "1:9 raw pointers are not supported by memtutor yet"),
    ("fn f(g: unsafe fn(u8) -> u8) {}", "1:9 function pointer types are not supported by memtutor yet"),
    ("impl T for P { type K = u8; }", "1:16 associated types are not supported by memtutor yet"),
    (
      "fn main() { if let Some(x) = a && x > 0 {} else { f(x) } }",
      "1:53 an `else` after a let chain that names one of the chain's bindings is not supported by memtutor yet"
    ),
    ("fn main() { let s = b\"\"; }", "1:21 empty byte string literals are not supported by memtutor yet"),
    (
      "fn main() { match x { b\"hi\" => {} _ => {} } }",
      "1:23 byte string patterns are not supported by memtutor yet"
    ),
  ])
  func unsupportedFeatures(source: String, expected: String) {
    #expect(Self.locatedMessages(source) == [expected])
  }

  @Test(arguments: [
    ("fn main() {\n    let x = 1\n    let y = 2;\n}", ["2:14 expected `;`, found keyword `let`"]),
    ("fn main() { let y = ; }", ["1:21 expected expression, found `;`"]),
    ("fn main() { f(1 2); }", ["1:16 expected `,`, found `2`"]),
    ("fn main() { let x = 1 < 2 < 3; }", ["1:27 comparison operators cannot be chained"]),
    ("fn main() { let s = \"abc; }", ["1:21 unterminated double quote string"]),
    ("fn main() { let v = (1; }", ["1:21 mismatched closing delimiter: `}`"]),
    ("fn main() {\n    let v = 1;\n", ["1:11 this file contains an unclosed delimiter"]),
    ("fn main() { } }", ["1:15 unexpected closing delimiter: `}`"]),
    ("fn main() { let = 5; }", ["1:17 expected pattern, found `=`"]),
    ("fn (x: u8) {}", ["1:4 expected identifier, found `(`"]),
    ("struct S { a: u8 b: u8 }", ["1:17 expected `,`, found `b`"]),
    ("let x = 5;", ["1:1 expected item, found keyword `let`"]),
    ("fn main() { if x == S { a: 1 }.a {} }", ["1:21 struct literals are not allowed here"]),
    ("fn main() { let r = 1...5; }", ["1:22 unexpected token: `...`"]),
    ("fn main() { let r = 1..=; }", ["1:22 inclusive range with no end"]),
    ("fn main() { x.; }", ["1:15 expected identifier, found `;`"]),
    ("fn main() { let t = x.0u8; }", ["1:23 expected identifier, found `0u8`"]),
    (
      "fn main() { if a as i64 < b {} }",
      ["1:25 `<` is interpreted as a start of generic arguments for `i64`, not a comparison"]
    ),
    (
      "fn main() { let y = x as u32 << 2; }",
      ["1:30 `<<` is interpreted as a start of generic arguments for `u32`, not a shift"]
    ),
    ("fn main() { let s = f(\"x\" 3); }", ["1:26 expected `,`, found `3`"]),
    (
      "fn main() { if let Some(x) = a || b {} }",
      ["1:32 `||` operators are not supported in let chain conditions"]
    ),
  ])
  func syntaxErrors(source: String, expected: [String]) {
    #expect(Self.locatedMessages(source) == expected)
  }

  /// Edition 2024 reserves `gen` (with `try`, `yield`, …): no name may be one unless written raw.
  @Test(arguments: [
    ("fn main() {\n    let gen = 1;\n}", ["2:9 expected identifier, found reserved keyword `gen`"]),
    ("fn gen() {}", ["1:4 expected identifier, found reserved keyword `gen`"]),
    ("fn main() { let x = gen; }", ["1:21 expected expression, found reserved keyword `gen`"]),
    ("fn main() { x.gen(); }", ["1:15 expected identifier, found reserved keyword `gen`"]),
    ("fn main() { let yield = 2; }", ["1:17 expected identifier, found reserved keyword `yield`"]),
    ("fn main() { for gen in 0..3 {} }", ["1:17 expected identifier, found reserved keyword `gen`"]),
    ("fn main() { let r#gen = 1; let r#try = r#gen; }", []),
  ])
  func reservedKeywordsAreNotNames(source: String, expected: [String]) {
    #expect(Self.locatedMessages(source) == expected)
  }

  @Test func severalErrorsAreReportedInSourceOrder() {
    let source = """
      fn main() {
          let a = ;
          let b = 2
          let c = 3;
          foo(1 2);
          let d = |x| x;
          ok();
      }

      fn broken(x: ) {}

      struct S<T: Add<Output = T>>(T);

      fn fine() -> u8 { 1 }
      """
    #expect(
      Self.locatedMessages(source) == [
        "2:13 expected expression, found `;`",
        "3:14 expected `;`, found keyword `let`",
        "5:10 expected `,`, found `2`",
        "10:14 expected type, found `)`",
        "12:13 generic trait bounds on a struct's or enum's type parameters are not supported by memtutor yet",
      ])
  }

  @Test func oneErrorPerStatement() {
    let source = "fn main() {\n    if a b c d e {}\n    let x = 1 + + + ;\n}"
    #expect(
      Self.locatedMessages(source) == [
        "2:10 expected `{`, found `b`",
        "3:17 expected expression, found `+`",
      ])
  }

  /// Each construct nested 10,000 deep: the parser stops at its nesting limit with one error,
  /// and does so on a thread with half the main thread's 8 MiB stack (debug builds use the most
  /// stack per level: about 16 KiB for each `vec![` in `vec![vec![…]]`, so 128 levels need 2 MiB).
  @Test func deepNestingIsAnErrorNotACrash() async {
    let depth = 10_000
    func nested(_ open: String, _ middle: String, _ close: String) -> String {
      String(repeating: open, count: depth) + middle + String(repeating: close, count: depth)
    }
    let sources = [
      "fn main() { let x = \(nested("(", "1", ")")); }",
      "fn main() { let x = \(nested("[", "1", "]")); }",
      "fn main() { let x = \(nested("f(", "1", ")")); }",
      "fn main() { let x = \(nested("v[", "1", "]")); }",
      "fn main() { let x = \(nested("match x { _ => ", "1", "}")); }",
      "fn main() { let x = \(nested("S { a: ", "1", "}")); }",
      "fn main() { let x = \(nested("vec![", "1", "]")); }",
      "fn main() { let x = \(nested("println!(\"{}\", ", "1", ")")); }",
      "fn main() { let x = \(nested("{ ", "1", "}")); }",
      "fn main() { let x = \(nested("if a { ", "1", "} else { 2 }")); }",
      "fn main() { let x = \(nested("loop { ", "1", "}")); }",
      "fn main() \(nested("{", "", "}"))",
      "fn main() { let x = \(String(repeating: "-", count: depth))1; }",
      "fn main() { let x = \(String(repeating: "&mut ", count: depth))1; }",
      "fn main() { let x = \(String(repeating: "a = ", count: depth))1; }",
      "fn main() { let x = \(String(repeating: "return ", count: depth))1; }",
      "fn main() { if a {} \(String(repeating: "else if a {} ", count: depth)) }",
      "fn main() { let x: \(String(repeating: "&", count: depth))u8 = 1; }",
      "fn main() { let x: \(nested("Vec<", "u8", ">")) = 1; }",
      "fn main() { let x: \(nested("(", "u8", ",)")) = 1; }",
      "fn main() { let \(nested("(", "x", ")")) = 1; }",
      "fn main() { let \(nested("Some(", "x", ")")) = 1; }",
      "fn main() { let \(String(repeating: "&", count: depth))x = 1; }",
      "use \(nested("a::{", "b", "}"));",
    ]
    let outcomes = await Self.onSmallStack {
      sources.map { source in Self.messages(source) }
    }
    for (source, messages) in zip(sources, outcomes) {
      #expect(messages == ["expression nested too deeply"], "\(source.prefix(40))")
    }
    let reasonable =
      "fn main() { let x = \(String(repeating: "(", count: 100))1\(String(repeating: ")", count: 100)); }"
    #expect(Self.messages(reasonable) == [])
  }

  /// Left-associative chains grow the tree without recursion in the parser; each link counts
  /// as a level, so 100,000 links stop with one error instead of a crash while the tree is freed.
  @Test func longChainsAreAnErrorNotACrash() async {
    let links = 100_000
    let sources = [
      "fn main() { let x = 1\(String(repeating: "+1", count: links)); }",
      "fn main() { let x = v\(String(repeating: "[0]", count: links)); }",
      "fn main() { let x = s\(String(repeating: ".a", count: links)); }",
      "fn main() { let x = s\(String(repeating: ".clone()", count: links)); }",
      "fn main() { let x = 1\(String(repeating: " as u8", count: links)); }",
    ]
    let outcomes = await Self.onSmallStack {
      sources.map { source in Self.messages(source) }
    }
    for (source, messages) in zip(sources, outcomes) {
      #expect(messages == ["expression nested too deeply"], "\(source.prefix(40))")
    }
    let reasonable = "fn main() { let x = 1\(String(repeating: " + 1", count: 100)) + v[0][0].a.b; }"
    #expect(Self.messages(reasonable) == [])
  }

  /// Runs `body` on a thread with a 4 MiB stack.
  private static func onSmallStack<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
      let thread = Thread { continuation.resume(returning: body()) }
      thread.stackSize = 4 << 20
      thread.start()
    }
  }

  static let sample = """
    use std::mem;
    #[derive(Debug)]
    struct Point { x: i32, y: i32 }
    enum Shape { Dot, Circle(f64) }
    impl Point {
        fn new(x: i32, y: i32) -> Self { Point { x, y } }
        fn len(&self) -> i32 { self.x.abs() + self.y.abs() }
    }
    impl Drop for Point { fn drop(&mut self) { println!("drop {:?}", self); } }
    const LIMIT: u64 = 0x10;
    fn main() {
        let mut v: Vec<i32> = vec![1, 2, 3];
        let t = ((1, 2), 'c', "s\\n", r"raw", b'a', 1.5e3f64);
        'outer: for i in 0..=10 {
            match i { 0 | 1 => continue, n @ 2..=4 if n > 2 => break 'outer, _ => {} }
        }
        while let Some(x) = v.pop() { if x > 1 { println!("{x:>4}"); } else { return; } }
        let s = String::from("hi"); let n = mem::size_of::<u64>() as i32;
        let p = Point::new(1, 2); let q = Point { x: 3, ..p };
        assert_eq!(t.0.1, 2, "msg");
        let Some(z) = v.first() else { panic!("empty") };
        /* block /* nested */ comment */
    }
    """

  @Test func everyPrefixReturnsOrThrows() {
    let scalars = Array(Self.sample.unicodeScalars)
    var parsed = 0
    for length in 0...scalars.count {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[0..<length])
      if (try? Parser.parse(source: String(view))) != nil { parsed += 1 }
    }
    #expect((try? Parser.parse(source: Self.sample)) != nil)
    #expect(parsed >= 2)
  }

  @Test func garbageReturnsOrThrows() {
    var generator = SplitMix(seed: 42)
    let pieces = [
      "fn", "main", "(", ")", "{", "}", "[", "]", "let", "=", ";", "x", "1", "'a", "'b'", "\"s\"", "if",
      "else",
      "match", "=>", ",", "|", "&", "::", "<", ">", ">>", ".", "..", "0.1", "#", "!", "?", "struct", "impl",
      "for",
      "in", "while", "loop", "break", "'l:", "r#\"", "/*", "*/", "//", "\n", "mut", "-", "+", "@", "_",
    ]
    for _ in 0..<400 {
      var source = ""
      for _ in 0..<Int(generator.next() % 40) {
        source += pieces[Int(generator.next() % UInt64(pieces.count))] + " "
      }
      do {
        _ = try Parser.parse(source: source)
      } catch {
        #expect(!error.diagnostics.isEmpty)
      }
    }
  }
}
