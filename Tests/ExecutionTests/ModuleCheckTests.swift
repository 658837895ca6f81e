import Execution
import RustFrontEnd
import Testing

/// Inline modules, their privacy and type aliases: what runs, and rustc's errors at rustc's
/// positions (each measured with rustc 1.95, edition 2024).
@Suite struct ModuleCheckTests {
  func headers(_ source: String) -> [String]? { EngineReports.headers(source) }

  func output(_ source: String) throws -> String {
    try Engine.trace(source: source, path: "main.rs").outcome.stdout
  }

  static let shapes = """
    mod shapes {
        pub struct Circle { pub r: f64, id: u32 }
        impl Circle {
            pub fn new(r: f64) -> Circle { Circle { r, id: helper() } }
            fn secret(&self) -> u32 { self.id }
        }
        fn helper() -> u32 { 7 }
        pub fn unit() -> Circle { Circle::new(1.0) }
        mod hidden { pub fn f() {} }
        pub struct Meters(f64);
        pub mod inner { pub fn twice(x: u32) -> u32 { super::helper() * x } }
    }

    """

  @Test func moduleFunctionsRunUnderTheirPath() throws {
    let source = Self.shapes + "fn main() {\n    let c = shapes::unit();\n    println!(\"{}\", c.r);\n}"
    let checked = try Checker.check(try Parser.parse(source: source), source: source)
    #expect(checked.functions.contains { $0.name == "shapes::unit" })
    #expect(checked.functions.contains { $0.name == "shapes::inner::twice" })
    #expect(try output(source) == "1\n")
  }

  @Test func usePathsBringItemsIn() throws {
    let source =
      Self.shapes
      + "use shapes::Circle;\nuse crate::shapes::inner::twice;\n"
      + "fn main() {\n    let c = Circle::new(2.0);\n    println!(\"{} {}\", c.r, twice(3));\n}"
    #expect(try output(source) == "2 21\n")
  }

  @Test func aPrivateFunctionIsE0603AtItsName() {
    let source = Self.shapes + "fn main() {\n    shapes::helper();\n}"
    #expect(headers(source) == ["main.rs:14:13: error[E0603]: function `helper` is private"])
  }

  @Test func aPrivateModuleIsE0603() {
    let source = Self.shapes + "fn main() {\n    shapes::hidden::f();\n}"
    #expect(headers(source) == ["main.rs:14:13: error[E0603]: module `hidden` is private"])
  }

  @Test func aTupleStructWithPrivateFieldsHasAPrivateConstructor() {
    let source = Self.shapes + "fn main() {\n    let m = shapes::Meters(1.0);\n}"
    #expect(headers(source) == ["main.rs:14:21: error[E0603]: tuple struct constructor `Meters` is private"])
  }

  @Test func privateFieldsAndMethodsAreRustcErrors() {
    let read = Self.shapes + "fn main() {\n    let c = shapes::unit();\n    println!(\"{}\", c.id);\n}"
    #expect(headers(read) == ["main.rs:15:22: error[E0616]: field `id` of struct `Circle` is private"])
    let call = Self.shapes + "fn main() {\n    let c = shapes::unit();\n    c.secret();\n}"
    #expect(headers(call) == ["main.rs:15:7: error[E0624]: method `secret` is private"])
    let literal = Self.shapes + "fn main() {\n    let c = shapes::Circle { r: 1.0, id: 2 };\n}"
    #expect(headers(literal) == ["main.rs:14:38: error[E0451]: field `id` of struct `Circle` is private"])
  }

  @Test func theRootsItemsNeedSuperInsideAModule() {
    let source =
      "fn helper() -> i32 { 1 }\nmod m {\n    pub fn f() -> i32 { helper() }\n}\nfn main() { m::f(); }"
    #expect(headers(source) == ["main.rs:3:25: error[E0425]: cannot find function `helper` in this scope"])
    let fixed = source.replacingOccurrences(of: "{ helper() }", with: "{ super::helper() }")
    #expect(headers(fixed) == nil)
  }

  @Test func aModuleTypeNeedsItsPathAtTheRoot() {
    let source = Self.shapes + "fn main() {\n    let c = Circle::new(1.0);\n}"
    #expect(headers(source) == ["main.rs:14:13: error[E0433]: cannot find type `Circle` in this scope"])
  }

  @Test func aLocalHidesTheModulesFunctionOfItsName() throws {
    let source =
      "mod m {\n    fn area(w: i32) -> i32 { w * w }\n    pub fn show() {\n        let area = area(3);\n"
      + "        println!(\"{}\", area + 1);\n    }\n}\nfn main() { m::show(); }"
    #expect(try output(source) == "10\n")
  }

  @Test func traitMethodsImplementedInAModuleArePublic() throws {
    let source =
      "mod m {\n    use std::fmt;\n    pub struct P;\n    impl fmt::Display for P {\n"
      + "        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, \"p\") }\n    }\n}\n"
      + "fn main() { println!(\"{}\", m::P); }"
    #expect(try output(source) == "p\n")
  }

  @Test func typesOfOneNameInTwoModulesAreRefused() {
    let source = "struct P;\nmod m {\n    pub struct P;\n}\nfn main() {}"
    #expect(
      headers(source) == [
        "main.rs:3:16: error: two types of the same name in different modules are not supported by memtutor yet"
      ])
  }

  @Test func genericAliasesAreExpandedWithTheirArguments() throws {
    let source =
      "#[derive(Debug)]\nstruct E;\ntype Result<T> = std::result::Result<T, E>;\ntype Pair = (u8, u8);\n"
      + "fn f(ok: bool) -> Result<Pair> { if ok { Ok((1, 2)) } else { Err(E) } }\n"
      + "fn main() { println!(\"{:?} {:?}\", f(true), f(false)); }"
    #expect(try output(source) == "Ok((1, 2)) Err(E)\n")
  }

  @Test func anAliasWithTheWrongArgumentsOrInAnExpressionIsRefused() {
    let arguments = "type Km = i32;\nfn main() {\n    let k: Km<u8> = 1;\n}"
    #expect(headers(arguments)?.first?.hasPrefix("main.rs:3:12: error: type aliases used with other") == true)
    let expression = "type Grid = Vec<i32>;\nfn main() {\n    let g = Grid::new();\n}"
    #expect(
      headers(expression) == [
        "main.rs:3:13: error: type aliases used in expressions or patterns (`Alias::new()`) are not supported by memtutor yet"
      ])
  }

  @Test func aGlobOfTheParentBringsItsItemsIn() throws {
    let source =
      "fn helper() -> i32 { 2 }\nmod m {\n    use super::*;\n    pub fn g() -> i32 { helper() + 1 }\n}\n"
      + "fn main() { println!(\"{}\", m::g()); }"
    #expect(try output(source) == "3\n")
  }

  /// rustc leaves a `#[cfg(test)]` module out of the program it builds.
  @Test func aTestsModuleIsLeftOut() throws {
    let source =
      "fn add(a: i32, b: i32) -> i32 { a + b }\nfn main() { println!(\"{}\", add(1, 2)); }\n"
      + "#[cfg(test)]\nmod tests {\n    use super::*;\n    #[test]\n    fn adds() { assert_eq!(add(1, 1), 2); }\n}"
    #expect(try output(source) == "3\n")
  }

  @Test func aPathThroughAReexportReachesTheItem() throws {
    let source =
      "mod m {\n    pub use self::inner::f;\n    mod inner { pub fn f() -> u8 { 4 } }\n}\n"
      + "fn main() {\n    println!(\"{}\", m::f());\n}"
    #expect(try output(source) == "4\n")
  }

  @Test func aPrivateFieldInAPatternIsE0451() {
    let source =
      "mod bank {\n    pub struct Account { pub owner: String, balance: i64 }\n"
      + "    pub fn open() -> Account { Account { owner: String::new(), balance: 1 } }\n}\n"
      + "fn main() {\n    let a = bank::open();\n    let bank::Account { owner, balance } = a;\n}"
    #expect(headers(source) == ["main.rs:7:32: error[E0451]: field `balance` of struct `Account` is private"])
  }

  @Test func aModuleTypeNamedLikeALibraryTypeIsRefused() {
    let source = "mod shapes {\n    pub struct Box { pub w: u32 }\n}\nfn main() {}"
    #expect(
      headers(source) == [
        "main.rs:2:16: error: module types named like a library type (`Box`) are not supported by memtutor yet"
      ])
  }
}
