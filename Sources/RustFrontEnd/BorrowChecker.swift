import MemoryModel

/// Rust's borrow check for the supported subset: each function is lowered to a `BorrowGraph`
/// and every access is checked against the loans live at that point (non-lexical lifetimes:
/// a borrow lasts until its last use; a method's `&mut self` receiver is a two-phase borrow).
package struct BorrowChecker {
  package let program: CheckedProgram
  package let layout: LayoutCalculator

  package init(program: CheckedProgram, layout: LayoutCalculator) {
    self.program = program
    self.layout = layout
  }

  package func check() -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for function in program.functions {
      var lowering = BorrowLowering(function: function, program: program, layout: layout)
      lowering.lowerFunction()
      var graph = lowering.graph
      graph.resolveReferentFlows(parameters: Set(function.parameterSlots))
      graph.propagateLoans()
      var analysis = BorrowAnalysis(
        graph: graph, names: function.locals.map(\.name), parameters: Set(function.parameterSlots),
        declarations: lowering.declarations)
      analysis.run()
      analysis.checkPartialMoves()
      analysis.checkInitialization(
        mutableLocals: Set(function.locals.indices.filter { function.locals[$0].isMutable }))
      diagnostics += lowering.diagnostics + analysis.diagnostics
      // The generic body was checked with opaque parameters; its instance would read the
      // borrows inside a `T = &str` as borrows of the parameters.
      guard !function.isGenericInstance else { continue }
      var lifetimes = ReturnLifetimeCheck(graph: graph, function: function)
      // A `'static` requirement is where rustc finds a parameter's borrow too short, before
      // the function's end returns it.
      lifetimes.checkStaticRequirements()
      lifetimes.check(lowering.returnedValues)
      lifetimes.checkCallOnlyParameters(lowering.returnedValues)
      lifetimes.checkStores(lowering.storesThroughReferences)
      diagnostics += lifetimes.diagnostics
    }
    return diagnostics
  }
}
