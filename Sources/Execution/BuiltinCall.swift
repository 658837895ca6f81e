import RustFrontEnd

/// A `builtin` instruction's operands, kept apart so that the dispatch loop reads them without
/// copying the whole `Instruction` (see `FastInstruction.builtin`).
struct BuiltinCall {
  let builtin: Builtin
  let types: [Int]
  let point: SourcePoint
}
