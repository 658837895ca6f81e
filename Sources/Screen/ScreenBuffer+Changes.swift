extension ScreenBuffer {
  /// The positions inside `width`×`height` whose cells differ from `previous` (from blank cells
  /// when there is none: a cleared screen), row by row. A wide cell and its continuation are
  /// drawn as one, so a change in either lists both. Outside a buffer every cell reads blank.
  ///
  /// Here, next to `Cell`, rather than in the terminal layer: it compares every cell of every
  /// frame, and in this module the comparison compiles to a few loads.
  package func changedPositions(since previous: ScreenBuffer?, width: Int, height: Int) -> [(x: Int, y: Int)]
  {
    let width = max(0, width)
    let height = max(0, height)
    if let previous, previous.width == self.width, previous.height == self.height, width <= self.width,
      height <= self.height
    {
      return sameSizeChanges(since: previous, width: width, height: height)
    }
    let before = previous ?? ScreenBuffer(width: 0, height: 0)
    var positions: [(x: Int, y: Int)] = []
    for y in 0..<height {
      for x in 0..<width {
        let cell = self[x, y]
        var dirty = cell != before[x, y]
        if !dirty, cell.width == 2 { dirty = self[x + 1, y] != before[x + 1, y] }
        if !dirty, cell.width == 0 { dirty = self[x - 1, y] != before[x - 1, y] }
        if dirty { positions.append((x, y)) }
      }
    }
    return positions
  }

  /// The common case, two frames of one size: compared in place, without copying cells.
  private func sameSizeChanges(since previous: ScreenBuffer, width: Int, height: Int) -> [(x: Int, y: Int)] {
    var positions: [(x: Int, y: Int)] = []
    cells.withUnsafeBufferPointer { now in
      previous.cells.withUnsafeBufferPointer { before in
        for y in 0..<height {
          let row = y * self.width
          for x in 0..<width {
            let index = row + x
            var dirty = now[index] != before[index]
            if !dirty, now[index].width == 2, x + 1 < self.width {
              dirty = now[index + 1] != before[index + 1]
            }
            if !dirty, now[index].width == 0, x > 0 { dirty = now[index - 1] != before[index - 1] }
            if dirty { positions.append((x, y)) }
          }
        }
      }
    }
    return positions
  }
}
