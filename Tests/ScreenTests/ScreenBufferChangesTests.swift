import Screen
import Testing

@Suite struct ScreenBufferChangesTests {
  @Test func anUnchangedFrameHasNoChanges() {
    var frame = ScreenBuffer(width: 6, height: 2)
    frame.put("abc", x: 0, y: 0)
    #expect(frame.changedPositions(since: frame, width: 6, height: 2).isEmpty)
  }

  @Test func onlyTheChangedCellsAreListed() {
    var before = ScreenBuffer(width: 6, height: 2)
    before.put("abc", x: 0, y: 0)
    var after = before
    after.put("X", x: 1, y: 0)
    after.put("y", x: 5, y: 1, style: Style(bold: true))
    let changes = after.changedPositions(since: before, width: 6, height: 2).map { [$0.x, $0.y] }
    #expect(changes == [[1, 0], [5, 1]])
  }

  @Test func aWideCharacterAndItsContinuationChangeTogether() {
    var before = ScreenBuffer(width: 4, height: 1)
    before.put("内", x: 0, y: 0)
    var after = before
    after[1, 0] = .continuation(Style(bold: true))
    let changes = after.changedPositions(since: before, width: 4, height: 1).map(\.x)
    #expect(changes == [0, 1])
  }

  @Test func withoutAPreviousFrameOnlyNonBlankCellsAreListed() {
    var frame = ScreenBuffer(width: 5, height: 2)
    frame.put("ab", x: 2, y: 1)
    let changes = frame.changedPositions(since: nil, width: 5, height: 2).map { [$0.x, $0.y] }
    #expect(changes == [[2, 1], [3, 1]])
  }

  @Test func framesOfDifferentSizesCompareCellByCell() {
    var small = ScreenBuffer(width: 2, height: 1)
    small.put("ab", x: 0, y: 0)
    var large = ScreenBuffer(width: 4, height: 1)
    large.put("abcd", x: 0, y: 0)
    let changes = large.changedPositions(since: small, width: 4, height: 1).map(\.x)
    #expect(changes == [2, 3])
  }
}
