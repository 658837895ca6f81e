/// Where each panel goes for a terminal size.
///
/// Compact (80×24 up to about 140 columns): Code and Narration on top, Stack, the pointer
/// gutter and Heap in the middle, Output and the status line below. Wide (140×36 and up):
/// Code, Narration and Output in a left column, the memory panels filling the right.
/// Static data sits under the Heap when there is room for it.
package struct ScreenLayout: Sendable, Equatable {
  package static let minimumWidth = 80
  package static let minimumHeight = 24

  package var code: Rect
  package var narration: Rect
  package var stack: Rect
  package var gutter: Rect
  package var heap: Rect
  /// nil when there is no room (or nothing to show) for the Static panel.
  package var statics: Rect?
  package var output: Rect
  package var status: Rect
  package var isWide: Bool

  package static func fits(width: Int, height: Int) -> Bool {
    width >= minimumWidth && height >= minimumHeight
  }

  /// The layout for a `width`×`height` screen, or nil when it is too small.
  /// `staticCount` is how many static items the program has.
  package static func make(width: Int, height: Int, staticCount: Int = 0) -> ScreenLayout? {
    guard fits(width: width, height: height) else { return nil }
    let screen = Rect(x: 0, y: 0, width: width, height: height)
    let (main, status) = screen.splitBottom(1)
    if width >= 140, height >= 36 {
      return wide(main, status: status, staticCount: staticCount)
    }
    return compact(main, status: status, staticCount: staticCount)
  }

  private static func compact(_ main: Rect, status: Rect, staticCount: Int) -> ScreenLayout {
    let topHeight = max(8, main.height * 3 / 10)
    let outputHeight = max(4, main.height * 3 / 20)
    let (top, rest) = main.splitTop(topHeight)
    let (memory, output) = rest.splitBottom(outputHeight)
    let codeWidth = max(40, top.width * 11 / 20)
    let (code, narration) = top.splitLeft(codeWidth)
    let gutterWidth = main.width >= 120 ? 8 : 6
    let (stack, right) = memory.splitLeft((memory.width - gutterWidth) / 2)
    let (gutter, heapColumn) = right.splitLeft(gutterWidth)
    let (heap, statics) = splitStatics(heapColumn, staticCount: staticCount, minimumHeap: 8)
    return ScreenLayout(
      code: code, narration: narration, stack: stack, gutter: gutter, heap: heap, statics: statics,
      output: output, status: status, isWide: false)
  }

  private static func wide(_ main: Rect, status: Rect, staticCount: Int) -> ScreenLayout {
    let (left, rest) = main.splitLeft(max(50, main.width * 9 / 25))
    let memory = Rect(x: rest.x + 1, y: rest.y, width: rest.width - 1, height: rest.height)
    let (code, below) = left.splitTop(left.height / 2)
    let (narration, output) = below.splitTop(below.height / 2)
    let gutterWidth = 8
    let (stack, right) = memory.splitLeft((memory.width - gutterWidth) / 2 + 1)
    let (gutter, heapColumn) = right.splitLeft(gutterWidth)
    let (heap, statics) = splitStatics(heapColumn, staticCount: staticCount, minimumHeap: 16)
    return ScreenLayout(
      code: code, narration: narration, stack: stack, gutter: gutter,
      heap: heap, statics: statics, output: output, status: status, isWide: true)
  }

  /// Gives the Static panel the bottom of the heap column when the heap keeps enough rows.
  private static func splitStatics(_ column: Rect, staticCount: Int, minimumHeap: Int) -> (Rect, Rect?) {
    guard staticCount > 0 else { return (column, nil) }
    let wanted = min(staticCount, 5) + 1
    guard column.height - wanted >= minimumHeap else { return (column, nil) }
    let (heap, statics) = column.splitBottom(wanted)
    return (heap, statics)
  }
}
