import Execution
import TestSupport
import Testing

/// A key closure that returns a borrow of its element (`|p| &p.name`): rustc refuses it
/// ("lifetime may not live long enough", no code), which memtutor does not check, so the
/// keyed methods refuse it as not supported rather than run it.
@Suite struct BorrowedKeyTests {
  @Test(
    "keyed sorts and dedup refuse a key borrowed from the element",
    arguments: ["sort_by_key(|s| &s.0)", "sort_unstable_by_key(|s| s.0.as_str())", "dedup_by_key(|s| &s.0)"])
  func refused(call: String) {
    let source =
      "fn main() {\n    let mut v = vec![(String::from(\"b\"), 1), (String::from(\"a\"), 2)];\n"
      + "    v.\(call);\n    println!(\"{}\", v.len());\n}\n"
    do {
      _ = try Engine.check(source: source)
      Issue.record("accepted: \(call)")
    } catch {
      #expect(error.diagnostics.contains { $0.message.contains("not supported by memtutor yet") })
      #expect(error.diagnostics.allSatisfy { $0.code == nil })
    }
  }
}
