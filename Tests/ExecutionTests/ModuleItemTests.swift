import Execution
import Testing

/// Re-exports, enum variants brought into a module, traits declared in modules and module
/// constants captured by a format string: what runs, and rustc's errors at rustc's positions
/// (each measured with rustc 1.95, edition 2024).
@Suite struct ModuleItemTests {
  func headers(_ source: String) -> [String]? { EngineReports.headers(source) }

  func output(_ source: String) throws -> String {
    try Engine.trace(source: source, path: "main.rs").outcome.stdout
  }

  static let kitchen = """
    mod kitchen {
        mod recipes {
            pub fn soup() -> u32 { 3 }
            pub fn bread() -> u32 { 2 }
        }
        pub use recipes::soup;
        use recipes::bread;
        pub fn meal() -> u32 { soup() + bread() }
    }

    """

  @Test func aUseAtTheRootMayNameAReexportOfALaterModule() throws {
    let source =
      "use kitchen::soup;\n" + Self.kitchen
      + "fn main() {\n    println!(\"{} {} {}\", soup(), kitchen::soup(), kitchen::meal());\n}"
    #expect(try output(source) == "3 3 5\n")
  }

  @Test func aGlobBringsInWhatAModuleReexports() throws {
    let source = Self.kitchen + "use kitchen::*;\nfn main() {\n    println!(\"{}\", soup() * meal());\n}"
    #expect(try output(source) == "15\n")
  }

  @Test func aPrivateImportIsE0603() {
    let source = Self.kitchen + "fn main() {\n    kitchen::bread();\n}"
    #expect(headers(source) == ["main.rs:11:14: error[E0603]: function import `bread` is private"])
  }

  @Test func variantsBroughtIntoAModuleNameTheVariants() throws {
    let source = """
      mod compass {
          #[derive(Debug, Clone, Copy)]
          pub enum Direction { North, East, Step(u32) }
          use Direction::*;
          pub fn go(d: Direction) -> u32 {
              match d { North => 1, Step(n) => n, East => 0 }
          }
          pub fn start() -> Direction { North }
      }
      fn main() {
          let d = compass::Direction::Step(4);
          println!("{} {} {:?}", compass::go(d), compass::go(compass::start()), compass::start());
      }
      """
    #expect(try output(source) == "4 1 North\n")
  }

  static let zoo = """
    mod zoo {
        pub trait Animal {
            fn name(&self) -> String;
            fn speak(&self) -> String { format!("{} speaks", self.name()) }
        }
        pub mod pets {
            use super::Animal;
            pub struct Dog;
            impl Animal for Dog { fn name(&self) -> String { "Dog".to_string() } }
        }
    }

    """

  @Test func aTraitDeclaredInAModuleIsUsedThroughItsPathOrItsUse() throws {
    let source =
      Self.zoo + "use zoo::Animal;\nfn loud<T: zoo::Animal>(a: &T) -> String { a.speak().to_uppercase() }\n"
      + "fn main() {\n    let d: Box<dyn Animal> = Box::new(zoo::pets::Dog);\n"
      + "    println!(\"{} {}\", d.speak(), loud(&zoo::pets::Dog));\n}"
    #expect(try output(source) == "Dog speaks DOG SPEAKS\n")
  }

  @Test func aTraitOutOfScopeIsE0405() {
    let source =
      Self.zoo + "struct Cat;\nimpl Animal for Cat { fn name(&self) -> String { String::new() } }\n"
      + "fn loud<T: Animal>(a: &T) -> String { a.speak() }\nfn main() {}"
    #expect(
      headers(source) == [
        "main.rs:13:6: error[E0405]: cannot find trait `Animal` in this scope",
        "main.rs:14:12: error[E0405]: cannot find trait `Animal` in this scope",
      ])
  }

  @Test func aPrivateTraitNamedByItsPathIsE0603() {
    let source =
      "mod shapes {\n    trait Area { fn area(&self) -> f64; }\n}\nstruct Sq(f64);\n"
      + "impl shapes::Area for Sq { fn area(&self) -> f64 { self.0 } }\nfn main() { let _ = Sq(1.0); }"
    #expect(headers(source)?.first == "main.rs:5:14: error[E0603]: trait `Area` is private")
  }

  @Test func aModuleConstantCapturedByAFormatStringIsTheConstant() throws {
    let source = """
      mod shop {
          pub const TAX: u32 = 8;
          pub static NAME: &str = "Corner";
          pub fn show(total: u32) {
              println!("{NAME} total {total:>4} tax {TAX}");
              assert!(TAX < 10, "tax {TAX} too high");
          }
      }
      fn main() {
          shop::show(12);
      }
      """
    #expect(try output(source) == "Corner total   12 tax 8\n")
  }

  @Test func theRootsConstantCapturedInsideAModuleIsE0425() {
    let source =
      "const MAX: u32 = 5;\nmod shop {\n    pub fn show() {\n        let n = 2;\n"
      + "        println!(\"{n} of {MAX}\");\n    }\n}\nfn main() { shop::show(); println!(\"{MAX}\"); }"
    #expect(headers(source) == ["main.rs:5:27: error[E0425]: cannot find value `MAX` in this scope"])
  }

  /// rustc finds a trait's methods through a bound or a trait object without a `use`.
  @Test func aBoundOrATraitObjectMakesTheMethodsCallableWithoutUse() throws {
    let source =
      Self.zoo + "fn loud<T: zoo::Animal>(a: &T) -> String { a.speak().to_uppercase() }\n"
      + "fn quiet(a: &impl zoo::Animal) -> String { a.name() }\n"
      + "fn boxed(a: &Box<dyn zoo::Animal>) -> String { a.speak() }\n"
      + "fn main() {\n    let b: Box<dyn zoo::Animal> = Box::new(zoo::pets::Dog);\n"
      + "    println!(\"{} {} {} {}\", loud(&zoo::pets::Dog), quiet(&zoo::pets::Dog), boxed(&b), b.name());\n}"
    #expect(try output(source) == "DOG SPEAKS Dog Dog speaks Dog\n")
  }

  @Test func superAtTheRootIsE0433() {
    let source =
      "mod m {\n    pub fn f() -> u32 { super::super::helper() }\n}\nfn helper() -> u32 { 1 }\n"
      + "fn main() {\n    println!(\"{}\", m::f());\n}"
    #expect(headers(source) == ["main.rs:2:32: error[E0433]: too many leading `super` keywords"])
  }

  /// rustc's E0583 positions (it looks for the file); memtutor refuses them there.
  @Test func modulesInOtherFilesAreRefusedWhereRustcLooksForThem() {
    let source =
      "use crate::garden::Plant;\n\npub mod garden;\nmod kitchen {\n    pub mod menu;\n}\nfn main() {}"
    #expect(
      headers(source) == [
        "main.rs:3:1: error: modules in other files (`mod garden;`) are not supported by memtutor yet",
        "main.rs:5:5: error: modules in other files (`mod menu;`) are not supported by memtutor yet",
      ])
  }

  /// A `mod tests`-style `use super::*;` brings in the parent's `use std::…` names too.
  @Test func aGlobOfTheParentBringsItsStandardImportsIn() throws {
    let source = """
      use std::collections::HashMap;
      use std::fmt;

      fn count(words: &[&str]) -> HashMap<String, u32> {
          let mut m = HashMap::new();
          for w in words { *m.entry(w.to_string()).or_insert(0) += 1; }
          m
      }

      mod report {
          use super::*;
          pub struct Tally(pub u32);
          impl fmt::Display for Tally {
              fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{} words", self.0) }
          }
          pub fn total(words: &[&str]) -> Tally {
              let m: HashMap<String, u32> = count(words);
              Tally(m.values().sum())
          }
      }

      fn main() {
          println!("{}", report::total(&["a", "b", "a"]));
      }
      """
    #expect(try output(source) == "3 words\n")
  }
}
