import Execution
import TestSupport
import Testing

/// A destructuring parameter (`fn f((a, b): (D, D))`, `|(k, v)| …`) moves its parts into its
/// bindings, which own them: they drop where the parameter drops, last bound first, before
/// what is left of the parameter (rustc 1.95's order, measured).
@Suite struct ParameterPatternDropTests {
  @Test func bindingsDropInTheParametersPlace() throws {
    let source = """
      struct D(&'static str);
      impl Drop for D {
          fn drop(&mut self) {
              println!("drop {}", self.0);
          }
      }
      fn take(x: D, (a, b): (D, D), y: D) {
          println!("body {} {} {} {}", x.0, a.0, b.0, y.0);
          let _l = D("local");
      }
      fn part((a, _): (D, D)) {
          println!("part {}", a.0);
      }
      fn main() {
          take(D("x"), (D("a"), D("b")), D("y"));
          part((D("p"), D("q")));
          let f = |(a, b): (D, D)| println!("closure {} {}", a.0, b.0);
          f((D("c1"), D("c2")));
          println!("end");
      }
      """
    let trace = try #require(traceOf(source))
    #expect(
      trace.outcome.stdout
        == """
        body x a b y
        drop local
        drop y
        drop b
        drop a
        drop x
        part p
        drop p
        drop q
        closure c1 c2
        drop c2
        drop c1
        end

        """)
  }

  @Test func aClosureTakingAPairFreesTheStringItMovedIn() throws {
    let source = """
      fn main() {
          let pairs = vec![(String::from("ab"), 1), (String::from("cde"), 2)];
          let mut total = 0;
          for n in pairs.into_iter().map(|(s, n)| s.len() + n) {
              total += n;
          }
          println!("{total}");
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "8\n")
    #expect(trace.finalState.heap.allSatisfy { $0.status == .freed })
  }
}
