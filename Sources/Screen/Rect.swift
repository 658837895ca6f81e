/// A rectangle of cells on the screen.
package struct Rect: Sendable, Equatable {
  package var x: Int
  package var y: Int
  package var width: Int
  package var height: Int

  package static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

  package var maxX: Int { x + width }
  package var maxY: Int { y + height }
  package var isEmpty: Bool { width <= 0 || height <= 0 }

  /// The rectangle shrunk by `amount` on every side (never negative).
  package func inset(by amount: Int) -> Rect {
    inset(horizontal: amount, vertical: amount)
  }

  package func inset(horizontal: Int, vertical: Int) -> Rect {
    Rect(
      x: x + horizontal, y: y + vertical, width: max(0, width - 2 * horizontal),
      height: max(0, height - 2 * vertical))
  }

  /// Splits off `amount` columns on the left; the rest is the second rectangle.
  package func splitLeft(_ amount: Int) -> (Rect, Rect) {
    let left = min(max(0, amount), width)
    return (
      Rect(x: x, y: y, width: left, height: height),
      Rect(x: x + left, y: y, width: width - left, height: height)
    )
  }

  /// Splits off `amount` rows at the top; the rest is the second rectangle.
  package func splitTop(_ amount: Int) -> (Rect, Rect) {
    let top = min(max(0, amount), height)
    return (
      Rect(x: x, y: y, width: width, height: top),
      Rect(x: x, y: y + top, width: width, height: height - top)
    )
  }

  /// Splits off `amount` rows at the bottom; the first rectangle is what stays on top.
  package func splitBottom(_ amount: Int) -> (Rect, Rect) {
    let bottom = min(max(0, amount), height)
    return (
      Rect(x: x, y: y, width: width, height: height - bottom),
      Rect(x: x, y: y + height - bottom, width: width, height: bottom)
    )
  }

  package func contains(x column: Int, y row: Int) -> Bool {
    column >= x && column < maxX && row >= y && row < maxY
  }

  package init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }
}
