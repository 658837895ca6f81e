import Testing

/// `&'a self` and `&'a mut self` where memtutor cannot follow rustc exactly: refused at the
/// place named, never run or reported with a made-up error.
struct SelfLifetimeRefusalTests {
  static let parser = """
    struct Parser<'a> {
        text: &'a str,
        pos: usize,
    }


    """

  static let cases: [(String, String)] = [
    // `&'a mut Vec<&'a str>` makes `Words` invariant in `'a`.
    (
      """
      struct Words<'a> {
          list: &'a mut Vec<&'a str>,
      }
      impl<'a> Words<'a> {
          fn first(&'a self) -> &'a str {
              self.list[0]
          }
      }
      fn main() {}
      """,
      "main.rs:5:15: error: `&'a self` on a type invariant in `'a` is not supported by memtutor yet"
    ),
    // Through a `&mut` the borrow's length depends on the reference's own lifetime.
    (
      parser + """
        impl<'a> Parser<'a> {
            fn step(&'a mut self) {
                self.pos += 1;
            }
        }
        fn main() {
            let s = String::from("hi");
            let mut p = Parser { text: &s, pos: 0 };
            let r = &mut p;
            r.step();
        }
        """,
      "main.rs:15:5: error: calling a `&'a mut self` method this way is not supported by memtutor yet"
    ),
    // Dropping the value at its scope's end would use the borrow again (rustc's drop check).
    (
      parser + """
        impl<'a> Drop for Parser<'a> {
            fn drop(&mut self) {}
        }
        impl<'a> Parser<'a> {
            fn step(&'a mut self) {
                self.pos += 1;
            }
        }
        fn main() {
            let s = String::from("hi");
            let mut p = Parser { text: &s, pos: 0 };
            p.step();
        }
        """,
      "main.rs:17:5: error: a `&'a mut self` method in a program with a `Drop` impl is not supported by memtutor yet"
    ),
  ]

  @Test(arguments: cases)
  func refusedWhereNamed(source: String, expected: String) {
    let report = CheckerErrorCodeTests.report(of: source)
    #expect(report.hasPrefix(expected), "\(report)")
  }
}
