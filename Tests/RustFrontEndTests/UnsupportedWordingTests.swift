import RustFrontEnd
import Testing

/// "… is / are not supported by memtutor yet": the verb agrees with what is refused.
@Suite struct UnsupportedWordingTests {
  @Test(arguments: [
    ("closures", "are"),
    ("`impl` blocks for this kind of type", "are"),
    ("`Vec`s collected from a `map` over this kind of iterator", "are"),
    ("`Display` and `Debug` both written by hand for one type", "are"),
    ("the `?` operator on a value whose type is not known yet", "is"),
    ("`sum` of `u8`", "is"),
    ("`step_by` with a step that is not a positive number literal", "is"),
    ("`{:?}` on values that hold a type with a hand-written `Debug`", "is"),
    ("`lines()` of standard input outside a `for` loop", "is"),
    ("`collect` into types other than `Vec` and `String`", "is"),
    ("this number of generic arguments", "is"),
    ("calling closures or function values", "is"),
    ("a trait method written twice in one impl", "is"),
  ])
  func verbAgreesWithTheSubject(subject: String, verb: String) {
    let message = Diagnostic.unsupported(subject, at: .unknown).message
    #expect(message == "\(subject) \(verb) not supported by memtutor yet")
  }
}
