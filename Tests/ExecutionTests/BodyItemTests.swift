import Execution
import Testing

/// Functions, types and `use` written inside a function's body: they run as items of that body,
/// unseen outside it, and a function among them that names a local of the function around it is
/// rustc's E0434 (each header measured with rustc 1.95, edition 2024).
@Suite struct BodyItemTests {
  struct Mistake: Sendable, CustomTestStringConvertible {
    let header: String
    let source: String
    var testDescription: String { header }
  }

  static let mistakes: [Mistake] = [
    .init(
      header: "main.rs:3:33: error[E0434]: can't capture dynamic environment in a fn item",
      source:
        "fn main() {\n    let base = 10;\n    fn add(x: i32) -> i32 { x + base }\n    println!(\"{}\", add(1));\n}\n"
    ),
    .init(
      header: "main.rs:4:41: error[E0434]: can't capture dynamic environment in a fn item",
      source:
        "fn main() {\n    let limit = 3;\n    fn check(v: i32) -> bool {\n        fn deeper(w: i32) -> bool { w > limit }\n        deeper(v)\n    }\n    println!(\"{}\", check(5));\n}\n"
    ),
    .init(
      header: "main.rs:4:20: error[E0434]: can't capture dynamic environment in a fn item",
      source:
        "fn main() {\n    let name = String::from(\"x\");\n    fn show() {\n        println!(\"{name}\");\n    }\n    show();\n}\n"
    ),
    .init(
      header: "main.rs:7:20: error[E0425]: cannot find function `helper` in this scope",
      source:
        "fn main() {\n    fn helper() -> i32 { 5 }\n    println!(\"{}\", helper());\n    other();\n}\nfn other() {\n    println!(\"{}\", helper());\n}\n"
    ),
    .init(
      header: "main.rs:2:21: error[E0425]: cannot find value `later` in this scope",
      source:
        "fn main() {\n    fn g() -> i32 { later }\n    let later = 1;\n    println!(\"{} {}\", g(), later);\n}\n"
    ),
    .init(
      header: "main.rs:2:17: error[E0401]: can't use generic parameters from outer item",
      source:
        "fn wrap<T: Copy>(x: T) -> T {\n    fn inner(y: T) -> T { y }\n    inner(x)\n}\nfn main() { println!(\"{}\", wrap(3)); }\n"
    ),
    .init(
      header: "main.rs:4:39: error[E0434]: can't capture dynamic environment in a fn item",
      source:
        "fn main() {\n    let limit = 3;\n    for i in 0..2 {\n        fn over(x: i32) -> bool { x > limit }\n        println!(\"{}\", over(i));\n    }\n}\n"
    ),
  ]

  /// A nested block's item that joining the body's module would change: named outside its
  /// block (rustc's E0425 there) or declared twice in one function (two blocks' own items).
  static let refusedNestedItems: [String] = [
    "fn main() {\n    if true {\n        fn helper() -> i32 { 1 }\n        println!(\"{}\", helper());\n    }\n    println!(\"{}\", helper());\n}\n",
    "fn main() {\n    for i in 0..2 {\n        fn f() -> i32 { 1 }\n        println!(\"{}\", f() + i);\n    }\n    loop {\n        fn f() -> i32 { 2 }\n        println!(\"{}\", f());\n        break;\n    }\n}\n",
  ]

  @Test(arguments: refusedNestedItems) func aNestedItemThatWouldChangeMeaningIsRefused(_ source: String) {
    let headers = EngineReports.headers(source) ?? []
    #expect(headers.first?.hasPrefix("main.rs:3:9: error: an item of a nested block") == true)
    #expect(headers.first?.hasSuffix("not supported by memtutor yet") == true)
  }

  @Test func itemsOfNestedBlocksRunWhereTheyAreWritten() throws {
    let source = """
      struct P { x: i32 }
      fn main() {
          let p = P { x: 3 };
          let mut n = 0;
          loop {
              fn bump(v: i32) -> i32 { v + 1 }
              n = bump(n);
              if n == 2 {
                  impl P { fn double(&self) -> i32 { self.x * 2 } }
                  enum Size { Small, Big(i32) }
                  let s = if p.double() > 5 { Size::Big(p.double()) } else { Size::Small };
                  if let Size::Big(v) = s { println!("big {v}"); }
                  break;
              }
          }
          println!("{}", p.double());
      }
      """
    #expect(try Engine.trace(source: source, path: "main.rs").outcome.stdout == "big 6\n6\n")
  }

  @Test(arguments: mistakes) func aMistakeIsReportedAsRustcReportsIt(_ mistake: Mistake) {
    #expect(EngineReports.headers(mistake.source)?.first == mistake.header)
  }

  @Test func aBodysFunctionHidesTheFilesFunctionOfTheSameNameOnlyInThatBody() throws {
    let source = """
      fn helper() -> i32 { 1 }
      fn main() {
          println!("{}", helper());
          fn helper() -> i32 { 2 }
          fn other() -> i32 { helper() + 10 }
          println!("{}", other());
          show();
      }
      fn show() { println!("{}", helper()); }
      """
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "2\n12\n1\n")
  }

  @Test func aBodysFunctionIsCalledInAFrameNamedByItsPath() throws {
    let source = """
      fn main() {
          fn twice(x: u32) -> u32 { x * 2 }
          println!("{}", twice(4));
      }
      """
    let text = TraceText(trace: try Engine.trace(source: source, path: "main.rs")).rendered()
    #expect(text.contains("push frame main::twice"))
  }
}
