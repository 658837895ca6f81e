import RustFrontEnd

/// A `builtin` instruction's operands, kept apart so that the dispatch loop reads them without
/// copying the whole `Instruction` (see `FastInstruction.builtin`). A class: the loop takes one
/// reference rather than copying the builtin's payload and the type list on every call.
final class BuiltinCall: Sendable {
  /// The calls a loop makes most, run without going through `builtinResult`'s switches.
  enum Direct {
    case vecPush
    case makeString
    case none
  }

  let builtin: Builtin
  let types: [Int]
  let point: SourcePoint
  let direct: Direct

  init(builtin: Builtin, types: [Int], point: SourcePoint) {
    self.builtin = builtin
    self.types = types
    self.point = point
    switch builtin {
    case .vecPush where types.count == 3: direct = .vecPush
    case .strToString where types.count == 2, .stringFrom where types.count == 2: direct = .makeString
    default: direct = .none
    }
  }
}
