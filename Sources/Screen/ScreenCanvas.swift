/// A screen drawn part by part, each part in an area of its own. Normally every part lands on
/// the screen. Asked for one part alone, the canvas draws the others off screen (so what a part
/// hands on, such as the rows pointers start from, is still worked out): a test can then check
/// that each part stays inside its area and that nothing drawn later covers it.
package struct ScreenCanvas {
  package enum Part: String, Sendable, CaseIterable {
    case header, code, output, stack, gutter, heap, statics, narration, counter, status
  }

  package private(set) var screen: ScreenBuffer
  /// Where the parts not asked for are drawn; nil when every part is wanted.
  private var offScreen: ScreenBuffer?
  package let only: Part?
  /// The area each part was given, in the order the parts were first drawn.
  package private(set) var areas: [(part: Part, area: Rect)] = []

  package init(width: Int, height: Int, only: Part? = nil) {
    screen = ScreenBuffer(width: width, height: height)
    self.only = only
    offScreen = only == nil ? nil : ScreenBuffer(width: width, height: height)
  }

  /// Draws one part with `body`, which must keep to `area`.
  @discardableResult
  package mutating func draw<Result>(
    _ part: Part, in area: Rect, _ body: (inout ScreenBuffer) -> Result
  ) -> Result {
    if !areas.contains(where: { $0.part == part }) { areas.append((part, area)) }
    if only == nil || only == part { return body(&screen) }
    var scratch = offScreen ?? ScreenBuffer(width: screen.width, height: screen.height)
    defer { offScreen = scratch }
    return body(&scratch)
  }

  /// Draws over the whole screen, whatever part was asked for (an overlay such as the help).
  package mutating func overlay(_ body: (inout ScreenBuffer) -> Void) {
    guard only == nil else { return }
    body(&screen)
  }
}
