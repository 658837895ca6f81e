/// memtutor's stack frame model.
extension LayoutCalculator {
  /// Bytes at the top of every frame for the return address and the saved frame pointer.
  package static let frameLinkageSize = 16

  /// Lays out a function's frame: the return address and saved frame pointer (16 bytes)
  /// at the top, then the parameters and then the locals in declaration order, each at the next
  /// offset below aligned for its type, the total rounded up to 16.
  ///
  /// This is a model. A real debug build gives every temporary its own slot and makes frames
  /// larger (FACTS §5: `f(n: u64)` is 48 bytes in debug, 32 here); release builds keep
  /// values in registers. Slots never share space, even when their scopes do not overlap.
  /// Offsets count down from the frame's top: a slot occupies `[top - offset - size, top - offset)`.
  /// The returned slots keep the order of `slots` (parameters are placed first whatever
  /// their position in the list), so slot indices stay the caller's.
  package func frameLayout(
    function: String, slots: [(name: String, type: RustType, isParameter: Bool, line: Int)]
  ) -> FrameLayout {
    var used = Self.frameLinkageSize
    var placed: [FrameLayout.Slot?] = Array(repeating: nil, count: slots.count)
    let placementOrder =
      slots.indices.filter { slots[$0].isParameter } + slots.indices.filter { !slots[$0].isParameter }
    for index in placementOrder {
      let slot = slots[index]
      let layout = layout(of: slot.type)
      let bottom = Self.aligned(used + layout.size, to: layout.alignment)
      placed[index] = FrameLayout.Slot(
        name: slot.name, typeName: slot.type.name, offset: bottom - layout.size, size: layout.size,
        alignment: layout.alignment, isParameter: slot.isParameter, declaredLine: slot.line)
      used = bottom
    }
    return FrameLayout(function: function, slots: placed.compactMap { $0 }, size: Self.aligned(used, to: 16))
  }
}
