/// memtutor's stack frame model.
extension LayoutCalculator {
  /// Bytes at the top of every frame for the return address (rustc keeps no frame pointer
  /// on x86_64 Linux).
  package static let frameLinkageSize = 8

  /// Lays out a function's frame: the return address (8 bytes) at the top, then the
  /// parameters and then the locals in declaration order, each at the next offset below
  /// aligned for its type, then `temporaryBytes` for the temporaries a debug build spills
  /// (estimated by the compiler), the total rounded up to 16 as the ABI keeps it.
  ///
  /// This is a model of a debug build (`rustc`, no `-O`): rustc's own order of slots differs,
  /// but the sizes come within 10 % of the real frames (FACTS §5: `f(n: u64)` is 48 bytes
  /// in both). Release builds keep values in registers. Slots never share space, even when
  /// their scopes do not overlap.
  /// Offsets count down from the frame's top: a slot occupies `[top - offset - size, top - offset)`.
  /// The returned slots keep the order of `slots` (parameters are placed first whatever
  /// their position in the list), so slot indices stay the caller's.
  package func frameLayout(
    function: String, slots: [(name: String, type: RustType, isParameter: Bool, line: Int)],
    temporaryBytes: Int = 0
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
    return FrameLayout(
      function: function, slots: placed.compactMap { $0 }, size: Self.aligned(used + temporaryBytes, to: 16))
  }
}
