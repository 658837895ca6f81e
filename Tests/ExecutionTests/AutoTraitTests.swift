import Execution
import Testing

/// `Send` and `Sync` as rustc demands them of what a thread takes with it: a shared reference
/// needs its referent to be `Sync`, a trait object is `Send` or `Sync` only when it says so
/// (`dyn Job + Send`), and rustc names std's `Error` object by its path.
@Suite struct AutoTraitTests {
  static let cases: [(name: String, source: String, header: String)] = [
    (
      "a scoped thread borrowing a Cell",
      """
      use std::cell::Cell;
      use std::thread;

      fn main() {
          let total = Cell::new(0);
          thread::scope(|s| {
              s.spawn(|| {
                  total.set(5);
              });
          });
          println!("{}", total.get());
      }
      """,
      "main.rs:7:17: error[E0277]: `Cell<i32>` cannot be shared between threads safely"
    ),
    (
      "a thread borrowing an Rc",
      """
      use std::rc::Rc;
      use std::thread;

      fn main() {
          let rc = Rc::new(5);
          let h = thread::spawn(|| println!("{}", rc));
          h.join().unwrap();
      }
      """,
      "main.rs:6:27: error[E0277]: `Rc<i32>` cannot be shared between threads safely"
    ),
    (
      "a boxed std error moved into a thread",
      """
      use std::error::Error;
      use std::thread;

      fn main() {
          let e: Box<dyn Error> = "bad".into();
          let h = thread::spawn(move || println!("{}", e));
          h.join().unwrap();
      }
      """,
      "main.rs:6:27: error[E0277]: `dyn std::error::Error` cannot be sent between threads safely"
    ),
    (
      "a Sync-only trait object moved into a thread",
      """
      use std::thread;

      trait Job {
          fn run(&self) -> i32;
      }

      struct A;

      impl Job for A {
          fn run(&self) -> i32 {
              1
          }
      }

      fn main() {
          let jobs: Vec<Box<dyn Job + Sync>> = vec![Box::new(A)];
          let h = thread::spawn(move || jobs.len());
          println!("{}", h.join().unwrap());
      }
      """,
      "main.rs:17:27: error[E0277]: `dyn Job + Sync` cannot be sent between threads safely"
    ),
    (
      "an Rc in a Send and Sync trait object, Sync reported first",
      """
      use std::rc::Rc;

      trait Job {
          fn run(&self) -> i32;
      }

      struct C {
          c: Rc<i32>,
      }

      impl Job for C {
          fn run(&self) -> i32 {
              *self.c
          }
      }

      fn main() {
          let a: Box<dyn Job + Sync + Send> = Box::new(C { c: Rc::new(1) });
          println!("{}", a.run());
      }
      """,
      "main.rs:18:41: error[E0277]: `Rc<i32>` cannot be shared between threads safely"
    ),
  ]

  @Test(arguments: cases.indices) func refusedAsRustcRefusesIt(_ index: Int) {
    let example = Self.cases[index]
    #expect(EngineReports.headers(example.source)?.first == example.header, "\(example.name)")
  }
}
