/// A function's stack frame as the checker lays it out before the program runs.
///
/// memtutor's frame model: the return address at the top, parameters and locals at fixed
/// offsets below it, then room for the temporaries a debug build spills, the whole rounded
/// up to 16 (`LayoutCalculator.frameLayout`). The screen says this is a model.
package struct FrameLayout: Sendable, Equatable {
  package struct Slot: Sendable, Equatable {
    package var name: String
    package var typeName: String
    /// Bytes below the frame's top address (the slot occupies [top - offset - size, top - offset)).
    package var offset: Int
    package var size: Int
    package var alignment: Int
    package var isParameter: Bool
    /// Line where the binding is declared (the parameter list for parameters).
    package var declaredLine: Int

    /// A slot the compiler keeps for itself (an adapter's `(item)`, an `Option::map`'s
    /// `(receiver)`): its bytes count in the frame, but the Stack panel and the narration
    /// leave it out, since the program never names it. A closure's environment pointer and
    /// a destructured parameter are its real arguments and stay.
    package var isCompilerTemporary: Bool {
      name.hasPrefix("(") && name != "(captures)" && !name.hasPrefix("(parameter ")
    }

    package init(
      name: String, typeName: String, offset: Int, size: Int, alignment: Int, isParameter: Bool,
      declaredLine: Int
    ) {
      self.name = name
      self.typeName = typeName
      self.offset = offset
      self.size = size
      self.alignment = alignment
      self.isParameter = isParameter
      self.declaredLine = declaredLine
    }
  }

  package var function: String
  package var slots: [Slot]
  /// Total frame size in bytes, a multiple of 16.
  package var size: Int

  package init(function: String, slots: [Slot], size: Int) {
    self.function = function
    self.slots = slots
    self.size = size
  }
}
