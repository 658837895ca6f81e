import Execution
import MemoryModel

/// Once a program has spawned a thread, the Stack panel is one band per thread, main first:
/// each thread's own frames and its own gauge against its own stack (8 MiB for main, 2 MiB for
/// a spawned thread), under a heading that says whether it runs, waits or has finished.
/// Finished threads keep one line; the live ones share the rest, the running one drawn
/// with the panel's title style.
extension StackPanel {
  static func renderThreads(
    _ scene: Scene, context: RenderContext, in area: Rect, into buffer: inout ScreenBuffer
  ) -> [PointerSource] {
    let threads = scene.state.threads
    let live = threads.filter { !$0.isFinished }
    let finishedRows = threads.count - live.count
    let shared = max(0, area.height - finishedRows)
    let heights = bandHeights(
      needs: live.map { bandNeed(scene.focused(on: $0), width: area.width, glyphs: context.glyphs) },
      rows: shared,
      first: live.firstIndex { $0.runState == .running })
    var sources: [PointerSource] = []
    var row = area.y
    for thread in threads {
      guard row < area.maxY else { break }
      if thread.isFinished {
        let line = " " + threadHeading(thread, glyphs: context.glyphs)
        buffer.put(line, x: area.x, y: row, style: context[.modelLabel], maxWidth: area.width)
        row += 1
        continue
      }
      let liveIndex = live.firstIndex { $0.number == thread.number } ?? 0
      let height = min(heights.indices.contains(liveIndex) ? heights[liveIndex] : 3, area.maxY - row)
      let band = Rect(x: area.x, y: row, width: area.width, height: height)
      sources += render(
        scene.focused(on: thread), context: context, in: band, into: &buffer,
        heading: threadHeading(thread, glyphs: context.glyphs), isActive: thread.runState == .running)
      row += height
    }
    return sources
  }

  /// Rows a thread's band would like: heading, gauge, a note, and each of its newest frames
  /// whole, measured as the band will draw them.
  static func bandNeed(_ scene: Scene, width: Int, glyphs: BoxDrawing) -> Int {
    let frames = Array(scene.state.frames.suffix(4))
    var columns = SlotColumns.fit(
      frames.compactMap { scene.layout(of: $0) }, innerWidth: width - 4, glyphs: glyphs)
    columns.fieldNames = scene.image.fieldNames
    var rows = 3
    for frame in frames {
      rows += 2 + slotRowCount(frame, scene: scene, columns: columns)
    }
    return rows
  }

  /// Shares `rows` among bands: the band at `first` (the running thread's) gets what it
  /// needs, leaving 3 rows to each other band; the others then get what they need while it
  /// fits a fair share. Rows nobody needs go to the last band, so the panel fills to its gauge.
  package static func bandHeights(needs: [Int], rows: Int, first: Int? = nil) -> [Int] {
    guard !needs.isEmpty else { return [] }
    var heights = needs.map { _ in 3 }
    var left = rows - 3 * needs.count
    if let first, needs.indices.contains(first), left > 0 {
      let give = min(max(0, needs[first] - 3), left)
      heights[first] += give
      left -= give
    }
    var wanting = Set(needs.indices.filter { needs[$0] > heights[$0] })
    while left > 0, !wanting.isEmpty {
      let share = max(1, left / wanting.count)
      for index in wanting.sorted() where left > 0 {
        let give = min(share, needs[index] - heights[index], left)
        heights[index] += give
        left -= give
        if heights[index] >= needs[index] { wanting.remove(index) }
      }
    }
    if left > 0 { heights[heights.count - 1] += left }
    return heights
  }

  /// `main · running`, `thread 1 · waits for thread 2 (join)`, `thread 2 "worker" · finished`.
  static func threadHeading(_ thread: ThreadState, glyphs: BoxDrawing) -> String {
    let name: String
    if thread.number == 0 {
      name = "main thread"
    } else if let given = thread.name {
      name = "thread \(thread.number) \"\(given)\""
    } else {
      name = "thread \(thread.number)"
    }
    let state: String
    switch thread.runState {
    case .running: state = "running"
    case .ready: state = "ready"
    case .joining(let number):
      state = number == 0 ? "waits for main (join)" : "waits for thread \(number) (join)"
    case .locking: state = "waits for the lock"
    case .receiving: state = "waits for a message (recv)"
    case .finished(let panicked): state = panicked ? "panicked, finished" : "finished"
    }
    return name + glyphs.separator + state
  }
}

extension ThreadState {
  var isFinished: Bool {
    if case .finished = runState { return true }
    return false
  }
}

extension Scene {
  /// The scene as thread `thread`'s band shows it: its frames, its own stack region, and the
  /// running animation only when it is the running thread.
  func focused(on thread: ThreadState) -> Scene {
    var scene = self
    if thread.number != state.runningThread {
      scene.state.frames = state.frames(ofThread: thread.number)
      scene.state.forgetPoppedFrames()
      scene.animation = .still
    }
    scene.state.runningThread = thread.number
    scene.image.stackTop = thread.stackTop
    scene.image.stackRegionEnd = thread.stackTop
    if thread.number != 0 { scene.image.stackLimit = thread.stackSize }
    return scene
  }
}
