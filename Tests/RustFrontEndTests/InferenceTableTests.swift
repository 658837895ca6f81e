import Testing

@testable import RustFrontEnd

/// Unification binds variables, and a failed one leaves the table as it was.
@Suite struct InferenceTableTests {
  @Test func aFailedUnificationUndoesItsPartialBindings() {
    var table = InferenceTable()
    let a = table.fresh()
    let b = table.fresh(.integer)
    // `a` would be bound to `b` before the second items fail to unify.
    let unified = table.unify(.tuple([a, .bool]), .tuple([b, .char]))
    #expect(!unified)
    #expect(table.shallow(a) == a)
    #expect(table.kind(of: a) == .general)
    let joined = table.unify(a, b)
    #expect(joined)
    #expect(table.kind(of: a) == .integer)
    let pinned = table.unify(a, .integer(.u8))
    #expect(pinned)
    #expect(table.resolve(b) == .integer(.u8))
  }

  @Test func manyLetsInOneFunctionCheckQuickly() throws {
    // Each `let` unifies; a table copied on every unification made this quadratic
    // (about 16 seconds for 40,000 lets in a release build).
    let count = 40_000
    var source = "fn main() {\n"
    for index in 0..<count { source += "    let x\(index) = \(index % 100);\n" }
    source += "    println!(\"{}\", x0 + x\(count - 1));\n}\n"
    let program = try Parser.parse(source: source)
    let clock = ContinuousClock()
    let elapsed = try clock.measure { _ = try Checker.check(program, source: source) }
    // About 3 s alone in a debug build, 10 s beside other suites on 2 cores; quadratic is minutes.
    #expect(elapsed < .seconds(40))
  }
}
