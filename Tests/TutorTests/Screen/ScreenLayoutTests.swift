import Screen
import TestSupport
import Testing

@testable import Tutor

@Suite struct ScreenLayoutTests {
  func panels(_ layout: ScreenLayout) -> [Rect] {
    [layout.code, layout.narration, layout.stack, layout.gutter, layout.heap, layout.output, layout.status]
      + (layout.statics.map { [$0] } ?? [])
  }

  func overlaps(_ a: Rect, _ b: Rect) -> Bool {
    a.x < b.maxX && b.x < a.maxX && a.y < b.maxY && b.y < a.maxY
  }

  @Test(arguments: [(80, 24), (100, 30), (120, 40), (160, 48), (200, 60), (139, 35), (140, 36)])
  func panelsFitAndDoNotOverlap(width: Int, height: Int) throws {
    let layout = try #require(ScreenLayout.make(width: width, height: height, staticCount: 2))
    let all = panels(layout)
    for rect in all {
      #expect(
        rect.x >= 0 && rect.y >= 0 && rect.maxX <= width && rect.maxY <= height, "\(rect) leaves the screen")
    }
    for (index, a) in all.enumerated() {
      for b in all[(index + 1)...] { #expect(!overlaps(a, b), "\(a) overlaps \(b)") }
    }
    #expect(layout.status == Rect(x: 0, y: height - 1, width: width, height: 1))
    #expect(layout.stack.width >= 34, "stack too narrow at \(width)×\(height)")
    #expect(layout.heap.width >= 30)
    #expect(layout.stack.height >= 10)
    #expect(layout.code.height >= 7 && layout.narration.height >= 7)
  }

  @Test func largeScreensUseTheRoom() throws {
    let small = try #require(ScreenLayout.make(width: 80, height: 24))
    let large = try #require(ScreenLayout.make(width: 160, height: 48))
    #expect(large.isWide && !small.isWide)
    #expect(large.stack.height > 2 * small.stack.height)
    #expect(large.code.height > small.code.height)
  }

  @Test func tooSmallHasNoLayout() {
    #expect(ScreenLayout.make(width: 79, height: 24) == nil)
    #expect(ScreenLayout.make(width: 80, height: 23) == nil)
  }

  @Test func tooSmallScreenSaysSo() {
    let state = TutorState(trace: SampleTraces.hello(), title: "hello.rs")
    let screen = state.view(width: 60, height: 10)
    #expect(screen.lines.contains { $0.contains("terminal too small: need 80×24, have 60×10") })
    let tiny = state.view(width: 20, height: 5)
    #expect(tiny.text.contains("too small"))
    #expect(tiny.text.contains("20×5"))
  }
}
