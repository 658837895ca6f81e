import Execution
import MemoryModel
import TestSupport
import Testing

/// The owner a heap block is named after: a path for a variable and its fields, and for what
/// a vector's elements own, a name that cannot be read as a field of the vector itself.
@Suite struct HeapOwnerNameTests {
  /// The last owner each block was given, by block id.
  static func owners(_ trace: Trace) -> [Int: String] {
    var owners: [Int: String] = [:]
    for event in trace.events {
      if case .heapOwnerChanged(let id, let owner?) = event { owners[id] = owner }
    }
    return owners
  }

  @Test(arguments: [
    (
      """
      struct Account {
          owner: String,
          balance: i64,
      }

      fn main() {
          let mut accounts: Vec<Account> = Vec::new();
          accounts.push(Account { owner: String::from("ann"), balance: 1 });
          let v = accounts.len();
          println!("{}", v);
      }
      """,
      ["main::accounts", "the .owner of an element of main::accounts"]
    ),
    (
      """
      struct Pair {
          name: String,
          tags: (String, Vec<u8>),
      }

      fn main() {
          let p = Pair { name: String::from("a"), tags: (String::from("b"), vec![1]) };
          println!("{}", p.name);
      }
      """,
      ["main::p.name", "main::p.tags.0", "main::p.tags.1"]
    ),
    (
      """
      fn main() {
          let grid: Vec<[String; 2]> = vec![[String::from("a"), String::from("b")]];
          println!("{}", grid.len());
      }
      """,
      ["main::grid", "the [0] of an element of main::grid", "the [1] of an element of main::grid"]
    ),
  ])
  func ownersAreNamedReadably(source: String, expected: [String]) throws {
    let trace = try #require(traceOf(source))
    #expect(Set(Self.owners(trace).values) == Set(expected))
  }
}
