import Execution
import Testing

/// Lifetime annotations are checked, not skipped: each refusal here is rustc's (code and
/// position checked with rustc 1.95), and the accepted programs are ones rustc accepts.
@Suite struct LifetimeCheckTests {
  /// The first line of each diagnostic for `source`, or nil when the program runs.
  func headers(_ source: String) -> [String]? { EngineReports.headers(source) }

  /// rustc checks a generic body once: a `T` that a caller makes `&str` is no borrow of the
  /// parameter the body took it out of.
  @Test(arguments: [
    "fn pop_it<T>(v: &mut Vec<T>) -> Option<T> { v.pop() }\nfn main() { let mut v = vec![\"a\"]; println!(\"{:?}\", pop_it(&mut v)); }\n",
    "fn first<T: Copy>(v: &Vec<T>) -> T { v[0] }\nfn main() { let v = vec![\"a\"]; println!(\"{}\", first(&v)); }\n",
    """
    struct Holder<T> { item: T }
    impl<T: Copy> Holder<T> { fn get(&self) -> T { self.item } }
    fn main() { let h = Holder { item: "hi" }; println!("{}", h.get()); }
    """,
  ])
  func genericBodyReturningItsParameterTypeIsAccepted(source: String) {
    #expect(headers(source) == nil)
  }

  @Test func genericBodyReturningItsOwnLocalIsStillE0515() {
    let source = """
      fn keep<T: Copy>(v: &[T]) -> &T { let c = v[0]; &c }
      fn main() { let w = ["a"]; println!("{}", keep(&w)); }
      """
    #expect(headers(source) == ["main.rs:1:49: error[E0515]: cannot return reference to local variable `c`"])
  }

  @Test func undeclaredLifetimeIsE0261() {
    let source = "fn f(x: &'a str) -> &'a str { x }\nfn main() { println!(\"{}\", f(\"a\")); }\n"
    #expect(
      headers(source) == [
        "main.rs:1:10: error[E0261]: use of undeclared lifetime name `'a`",
        "main.rs:1:22: error[E0261]: use of undeclared lifetime name `'a`",
      ])
  }

  @Test func unusedStructLifetimeIsE0392() {
    let source = "struct E<'a> { n: i32 }\nfn main() { let e = E { n: 1 }; println!(\"{}\", e.n); }\n"
    #expect(headers(source) == ["main.rs:1:10: error[E0392]: lifetime parameter `'a` is never used"])
  }

  @Test func returningTheOtherNamedLifetimeIsRefused() {
    let source = """
      fn f<'a, 'b>(x: &'a str, y: &'b str) -> &'a str { if x.len() > 1 { x } else { y } }
      fn main() { println!("{}", f("a", "b")); }
      """
    #expect(headers(source) == ["main.rs:1:79: error: lifetime may not live long enough"])
  }

  @Test func returningAnElidedParameterIsE0621() {
    let source = """
      fn f<'a>(x: &'a str, y: &str) -> &'a str { if x.len() > 1 { x } else { y } }
      fn main() { println!("{}", f("a", "b")); }
      """
    #expect(headers(source) == ["main.rs:1:72: error[E0621]: explicit lifetime required in the type of `y`"])
  }

  @Test func elidedReturnWithTwoNamedInputsIsE0106() {
    let source =
      "fn f<'a>(x: &'a str, y: &'a str) -> &str { x }\nfn main() { println!(\"{}\", f(\"a\", \"b\")); }\n"
    #expect(headers(source) == ["main.rs:1:37: error[E0106]: missing lifetime specifier"])
  }

  @Test func structWithoutItsLifetimeInAFieldIsE0106() {
    let source = "struct E<'a> { p: &'a str }\nstruct H { e: E }\nfn main() {}\n"
    #expect(headers(source) == ["main.rs:2:15: error[E0106]: missing lifetime specifier"])
  }

  /// Only the first argument's loans reach the result, so the second may die first.
  @Test func resultBorrowsOnlyWhatItsLifetimeNames() throws {
    let source = """
      fn first<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
          println!("{}", y);
          x
      }
      fn main() {
          let outer = String::from("outer");
          let result;
          {
              let inner = String::from("inner");
              result = first(&outer, &inner);
          }
          println!("{}", result);
      }
      """
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "inner\nouter\n")
  }

  /// A method returning the struct's own `'a` data outlives the borrow of the struct.
  @Test func methodReturningImplLifetimeOutlivesTheReceiver() throws {
    let source = """
      struct Excerpt<'a> {
          part: &'a str,
      }
      impl<'a> Excerpt<'a> {
          fn part(&self) -> &'a str {
              self.part
          }
      }
      fn main() {
          let novel = String::from("Call me Ishmael.");
          let kept;
          {
              let e = Excerpt { part: &novel };
              kept = e.part();
          }
          println!("{}", kept);
      }
      """
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "Call me Ishmael.\n")
  }

  @Test func elidedMethodReturnFromAnotherArgumentIsRefused() {
    let source = """
      struct S { name: String }
      impl S { fn get(&self, o: &str) -> &str { o } }
      fn main() { let s = S { name: String::new() }; println!("{}{}", s.get("x"), s.name); }
      """
    #expect(headers(source) == ["main.rs:2:43: error: lifetime may not live long enough"])
  }
}

/// `use Enum::*`, `use Enum::{A, B}` and labeled blocks, each against rustc's verdict.
@Suite struct EnumImportAndLabeledBlockTests {
  func headers(_ source: String) -> [String]? {
    LifetimeCheckTests().headers(source)
  }

  @Test func globImportOutsideAnEnumIsRefusedAtTheStar() {
    #expect(
      headers("use std::io::*;\nfn main() {}\n") == [
        "main.rs:1:14: error: glob imports are not supported by memtutor yet"
      ])
  }

  @Test func enumGlobAndListImportsNameVariants() throws {
    let source = """
      #[derive(Debug)]
      enum Light { Red, Green }
      use Light::*;
      fn next(l: Light) -> Light {
          use Light::{Green as _G};
          match l { Red => Green, Green => Red }
      }
      fn main() { println!("{:?}", next(Red)); }
      """
    // `as` renames inside a function stay outside the subset; without it the same program runs.
    #expect(headers(source)?.first?.contains("renamed imports") == true)
    let plain = source.replacingOccurrences(of: "use Light::{Green as _G};", with: "use Light::{Green, Red};")
    let trace = try Engine.trace(source: plain, path: "main.rs")
    #expect(trace.outcome.stdout == "Green\n")
  }

  @Test func labeledBlockValueComesFromItsBreak() throws {
    let source = """
      fn main() {
          let x = 4;
          let kind = 'check: {
              if x % 2 == 0 {
                  break 'check "even";
              }
              "odd"
          };
          println!("{kind}");
      }
      """
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "even\n")
  }

  @Test func unlabeledJumpsOutOfALabeledBlockAreRefused() {
    let breakSource =
      "fn main() {\n    let v = 'a: {\n        if true { break; }\n        5\n    };\n    println!(\"{v}\");\n}\n"
    #expect(
      headers(breakSource) == ["main.rs:3:19: error[E0695]: unlabeled `break` inside of a labeled block"])
    let continueSource = "fn main() {\n    let v: i32 = 'a: {\n        continue 'a;\n    };\n}\n"
    #expect(headers(continueSource) == ["main.rs:3:9: error[E0696]: `continue` pointing to a labeled block"])
  }
}

/// `Result`, `?` and `main` returning `Result`, against rustc's verdicts and output.
@Suite struct ResultTests {
  func headers(_ source: String) -> [String]? {
    LifetimeCheckTests().headers(source)
  }

  @Test func questionMarkInAFunctionReturningUnitIsE0277() {
    let source = """
      fn level(s: &str) -> Result<u8, String> { if s == "high" { Ok(3) } else { Err(String::from("no")) } }
      fn main() {
          let n = level("low")?;
          println!("{n}");
      }
      """
    #expect(
      headers(source) == [
        "main.rs:3:25: error[E0277]: the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)"
      ])
  }

  @Test func questionMarkWithAnotherErrorTypeIsE0277() {
    let source = """
      fn a() -> Result<i32, u8> { Err(1) }
      fn b() -> Result<i32, String> {
          let x = a()?;
          Ok(x)
      }
      fn main() { println!("{:?}", b()); }
      """
    #expect(headers(source) == ["main.rs:3:16: error[E0277]: `?` couldn't convert the error to `String`"])
  }

  /// std converts `i32` into `i64`: memtutor does not, so it refuses rather than rejects.
  @Test func questionMarkNeedingFromIsRefusedNotRejected() {
    let source = """
      fn a() -> Result<i32, i32> { Err(7) }
      fn b() -> Result<i32, i64> {
          let x = a()?;
          Ok(x)
      }
      fn main() { println!("{:?}", b()); }
      """
    #expect(headers(source)?.first?.hasSuffix("is not supported by memtutor yet") == true)
  }

  /// std's `From<&str> for String`: `?` copies the text into a new `String` on the way out.
  @Test func questionMarkTurnsAStrErrorIntoAString() throws {
    let source = """
      fn a() -> Result<i32, &'static str> { Err("no") }
      fn b() -> Result<i32, String> {
          let x = a()?;
          Ok(x)
      }
      fn main() { println!("{:?}", b()); }
      """
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "Err(\"no\")\n")
  }

  @Test func mainReturningErrPrintsDebugAndExitsWithOne() throws {
    let source = """
      fn check(n: u32) -> Result<u32, String> {
          if n > 100 { Err(format!("{} is too large", n)) } else { Ok(n * 2) }
      }
      fn main() -> Result<(), String> {
          let a = check(10)?;
          println!("a = {a}");
          let b = check(500)?;
          println!("b = {b}");
          Ok(())
      }
      """
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "a = 20\n")
    #expect(trace.outcome.stderr == "Error: \"500 is too large\"\n")
    #expect(trace.outcome.exitStatus == 1)
  }

  @Test func resultSizesMatchRustc() throws {
    let source = """
      fn main() {
          println!("{}", std::mem::size_of::<Result<i32, String>>());
          println!("{}", std::mem::size_of::<Result<u8, u8>>());
          println!("{}", std::mem::size_of::<Result<(), String>>());
          println!("{}", std::mem::size_of::<Result<Box<i32>, ()>>());
      }
      """
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "24\n2\n24\n8\n")
  }
}

/// Struct-like enum variants: built, matched and printed as rustc does.
@Suite struct StructLikeVariantTests {
  @Test func debugPrintsFieldNames() throws {
    let source = """
      #[derive(Debug)]
      enum Shape { Rect { w: u32, h: u32 }, Dot }
      fn main() {
          let s = Shape::Rect { h: 2, w: 3 };
          if let Shape::Rect { w, .. } = s { println!("{w}"); }
          println!("{:?} {:?}", s, Shape::Dot);
      }
      """
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "3\nRect { w: 3, h: 2 } Dot\n")
  }

  @Test func tupleSyntaxOnAStructVariantIsE0533() {
    let source = """
      enum Shape { Rect { w: u32, h: u32 } }
      fn main() { let s = Shape::Rect(1, 2); }
      """
    #expect(
      LifetimeCheckTests().headers(source)?.first
        == "main.rs:2:21: error[E0533]: expected value, found struct variant `Shape::Rect`")
  }
}
