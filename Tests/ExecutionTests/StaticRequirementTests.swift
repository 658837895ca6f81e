import Execution
import Testing

/// What must be `'static` beyond a thread's closure and a `let`'s annotation: a field or variant
/// payload declared `&'static str`, a `Vec<&'static str>` filled through a `&mut` parameter, and
/// the same from a parameter's borrow. Each first report is rustc 1.95's (code and position).
@Suite struct StaticRequirementTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let source: String
    let header: String
    var testDescription: String { header }
  }

  static let cases: [Case] = [
    .init(
      source: """
        fn f(s: &str) {
            let x: &'static str = s;
            println!("{}", x);
        }
        fn main() { f("a"); }
        """,
      header: "main.rs:2:12: error: lifetime may not live long enough"),
    .init(
      source: """
        struct Config { name: &'static str }
        fn main() {
            let input = String::from("debug");
            let c = Config { name: &input };
            println!("{}", c.name);
        }
        """,
      header: "main.rs:4:28: error[E0597]: `input` does not live long enough"),
    .init(
      source: """
        struct Config { name: &'static str }
        fn make(s: &str) -> Config {
            Config { name: s }
        }
        fn main() { println!("{}", make("a").name); }
        """,
      header: "main.rs:3:20: error: lifetime may not live long enough"),
    .init(
      source: """
        struct Config { name: &'static str }
        fn main() {
            let mut c = Config { name: "x" };
            let input = String::from("debug");
            c.name = &input;
            println!("{}", c.name);
        }
        """,
      header: "main.rs:5:14: error[E0597]: `input` does not live long enough"),
    .init(
      source: """
        struct Config { name: &'static str }
        impl Config {
            fn rename(&mut self, s: &str) {
                self.name = s;
            }
        }
        fn main() { let mut c = Config { name: "x" }; c.rename("y"); println!("{}", c.name); }
        """,
      header: "main.rs:4:9: error: lifetime may not live long enough"),
    .init(
      source: """
        enum Msg { Text(&'static str), Quit }
        fn main() {
            let s = String::from("hi");
            let m = Msg::Text(&s);
            if let Msg::Text(t) = m { println!("{}", t); }
            let _q = Msg::Quit;
        }
        """,
      header: "main.rs:4:23: error[E0597]: `s` does not live long enough"),
    .init(
      source: """
        fn remember(list: &mut Vec<&'static str>, item: &str) {
            list.push(item);
        }
        fn main() { let mut list = Vec::new(); remember(&mut list, "a"); println!("{:?}", list); }
        """,
      header: "main.rs:2:5: error[E0521]: borrowed data escapes outside of function"),
    .init(
      source: """
        struct Log { entries: Vec<&'static str> }
        impl Log {
            fn add(&mut self, e: &str) {
                self.entries.push(e);
            }
        }
        fn main() { let mut l = Log { entries: Vec::new() }; l.add("a"); println!("{}", l.entries.len()); }
        """,
      header: "main.rs:4:9: error[E0521]: borrowed data escapes outside of method"),
    .init(
      source: """
        use std::thread;
        fn main() {
            let nums = vec![1, 2, 3];
            let maximum = nums.iter().max().unwrap();
            let h = thread::spawn(move || *maximum + 1);
            println!("{}", h.join().unwrap());
        }
        """,
      header: "main.rs:4:19: error[E0597]: `nums` does not live long enough"),
  ]

  @Test(arguments: cases)
  func firstReportIsRustcs(_ mistake: Case) {
    #expect(EngineReports.headers(mistake.source)?.first == mistake.header)
  }

  /// The legal neighbours: literals and `'static` parameters stored in `'static` fields and
  /// payloads, and moved into a thread.
  @Test func staticDataInStaticFieldsIsAccepted() {
    let source = """
      use std::thread;

      struct Config {
          name: &'static str,
          level: u8,
      }

      enum Msg {
          Text(&'static str),
          Count(u32),
      }

      fn make(name: &'static str, extra: &str) -> Config {
          Config { name, level: extra.len() as u8 }
      }

      impl Config {
          fn rename(&mut self, name: &'static str) {
              self.name = name;
          }
      }

      fn main() {
          let mut c = make("base", "xyz");
          c.rename("renamed");
          let mut log: Vec<&'static str> = Vec::new();
          log.push(c.name);
          let msgs = vec![Msg::Text("hi"), Msg::Count(3), Msg::Text(c.name)];
          let h = thread::spawn(move || {
              for m in &msgs {
                  match m {
                      Msg::Text(t) => println!("text {}", t),
                      Msg::Count(n) => println!("count {}", n),
                  }
              }
              msgs.len()
          });
          println!("{} {} {:?} {}", c.name, c.level, log, h.join().unwrap());
      }
      """
    #expect(EngineReports.headers(source) == nil)
  }
}
