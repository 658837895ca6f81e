import Execution
import Testing

/// A generic function or method that calls itself with a larger type each time has no end of
/// instances: rustc stops at its recursion limit, and memtutor refuses it at the call instead of
/// growing types until naming them overflows the stack.
@Suite struct EverLargerGenericTypesTests {
  static let wrappingFunction = """
    use std::fmt::Debug;
    fn wrap<T: Debug>(t: T, n: u32) {
        if n == 0 {
            println!("{:?}", t);
        } else {
            wrap(Some(t), n - 1);
        }
    }
    fn main() {
        wrap(1, 3);
    }
    """

  static let wrappingMethod = """
    use std::fmt::Debug;
    struct S;
    impl S {
        fn wrap<T: Debug>(&self, t: T, n: u32) {
            if n == 0 {
                println!("{:?}", t);
            } else {
                self.wrap(vec![t], n - 1);
            }
        }
    }
    fn main() {
        S.wrap(1, 3);
    }
    """

  @Test(arguments: [(wrappingFunction, "main.rs:6:9"), (wrappingMethod, "main.rs:8:18")])
  func refusedAtTheRecursiveCall(source: String, position: String) {
    let report = CheckerErrorCodeTests.report(of: source)
    #expect(
      report.hasPrefix(
        "\(position): error: generic functions that call themselves with ever larger types are not supported by memtutor yet"
      ), "\(report)")
  }
}
