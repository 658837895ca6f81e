/// A function's stack frame as the checker lays it out before the program runs.
///
/// memtutor's frame model: parameters and locals at fixed offsets below the frame's
/// top, plus 16 bytes for the return address and the saved frame pointer, the whole
/// rounded up to 16. Real debug builds add slots for temporaries; the screen says
/// this is a model.
struct FrameLayout: Sendable, Equatable {
  struct Slot: Sendable, Equatable {
    var name: String
    var typeName: String
    /// Bytes below the frame's top address (the slot occupies [top - offset - size, top - offset)).
    var offset: Int
    var size: Int
    var alignment: Int
    var isParameter: Bool
    /// Line where the binding is declared (the parameter list for parameters).
    var declaredLine: Int
  }

  var function: String
  var slots: [Slot]
  /// Total frame size in bytes, a multiple of 16.
  var size: Int
}
