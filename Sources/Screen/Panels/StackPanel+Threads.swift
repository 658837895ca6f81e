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
    let animation = scene.animation
    let switching = animation.threadSwitch
    // Until the switch arrives, the threads are drawn as they were before it.
    var threads = scene.state.threads
    if let switching, !switching.arrived {
      for index in threads.indices where switching.states.indices.contains(index) {
        threads[index].runState = switching.states[index]
      }
    }
    for index in threads.indices
    where threads[index].isFinished && animation.finishingLater.contains(threads[index].number) {
      threads[index].runState = threads[index].number == scene.state.runningThread ? .running : .ready
    }
    // A finishing thread keeps its band while it shrinks.
    let live = threads.filter { !$0.isFinished || (animation.threadReveal[$0.number] ?? 0) > 0 }
    let finishedRows = threads.count - live.count
    let shared = max(0, area.height - finishedRows)
    var heights = bandHeights(
      needs: live.map { bandNeed(scene.focused(on: $0), width: area.width, glyphs: context.glyphs) },
      rows: shared,
      first: live.firstIndex { $0.runState == .running })
    revealBands(
      live.map { animation.threadReveal[$0.number] }, finishing: live.map(\.isFinished), in: &heights)
    var sources: [PointerSource] = []
    var row = area.y
    for thread in threads {
      guard row < area.maxY else { break }
      guard let liveIndex = live.firstIndex(where: { $0.number == thread.number }) else {
        let line = " " + threadHeading(thread, glyphs: context.glyphs)
        buffer.put(line, x: area.x, y: row, style: context[.modelLabel], maxWidth: area.width)
        row += 1
        continue
      }
      let height = min(heights.indices.contains(liveIndex) ? heights[liveIndex] : 3, area.maxY - row)
      guard height > 0 else { continue }
      let band = Rect(x: area.x, y: row, width: area.width, height: height)
      let notes = animationNotes(for: thread.number, scene, glyphs: context.glyphs)
      let heading = Self.heading(
        threadHeading(thread, glyphs: context.glyphs), notes: notes, width: band.width)
      let isActive = thread.runState == .running
      if height < 3 {
        buffer.drawTitleRule(
          heading, x: band.x, y: band.y, width: band.width, glyphs: context.glyphs,
          lineStyle: context[.panelBorder], titleStyle: isActive ? context[.panelTitle] : context[.modelLabel]
        )
      } else {
        sources += render(
          scene.focused(on: thread), context: context, in: band, into: &buffer, heading: heading,
          isActive: isActive)
      }
      if !notes.isEmpty {
        // The band the animation is about stands out while it plays.
        buffer.restyle(
          x: band.x + 1, y: band.y, width: min(band.width - 2, DisplayWidth.of(heading) + 2),
          style: context[.highlight])
      }
      row += height
    }
    return sources
  }

  /// Bands growing in (spawned) or shrinking away (finished) draw a fraction of their rows;
  /// the rows they do not use go to the band above (or below, for the first).
  static func revealBands(_ reveals: [Double?], finishing: [Bool], in heights: inout [Int]) {
    for index in heights.indices {
      guard reveals.indices.contains(index), let reveal = reveals[index] else { continue }
      let floor = finishing[index] ? 1 : 0
      let full = heights[index]
      let drawn = min(full, floor + Int((Double(max(0, full - floor)) * reveal).rounded()))
      heights[index] = drawn
      let neighbour = index > 0 ? index - 1 : index + 1
      if heights.indices.contains(neighbour) { heights[neighbour] += full - drawn }
    }
  }

  /// What a band's heading adds while an animation is about its thread (the switch that just
  /// reached it, the mutex it locks or unlocks), longest first; empty when nothing plays.
  static func animationNotes(for number: Int?, _ scene: Scene, glyphs: BoxDrawing) -> [String] {
    var notes: [String] = []
    if let switching = scene.animation.threadSwitch, switching.arrived, switching.to == number {
      let from = switching.from == 0 ? "main" : "thread \(switching.from)"
      notes = ["switched from " + from, "from " + from, "switched"]
    }
    if let lock = scene.animation.lockChange, lock.thread == number {
      let long = lock.locked ? "locks the mutex" : "unlocks the mutex"
      let short = lock.locked ? "locks" : "unlocks"
      notes = notes.isEmpty ? [long, short] : [notes[1] + glyphs.separator + short, short]
    }
    return notes.map { glyphs.separator + $0 }
  }

  /// `heading` with the longest of `notes` that fits a title rule `width` wide.
  static func heading(_ heading: String, notes: [String], width: Int) -> String {
    let fitting = notes.first { DisplayWidth.of(heading + $0) + 4 <= width } ?? notes.last ?? ""
    return heading + fitting
  }

  /// Rows a thread's band would like: heading, gauge, a note, and each of its newest frames
  /// whole, measured as the band will draw them.
  static func bandNeed(_ scene: Scene, width: Int, glyphs: BoxDrawing) -> Int {
    var frames = Array(scene.state.frames.suffix(4))
    // A frame being popped is still drawn at the bottom of its band.
    if let departing = scene.animation.departing { frames.append(departing.frame) }
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

extension MachineState {
  /// The running thread (the one a band shows) has finished.
  var runningThreadHasFinished: Bool {
    threads.indices.contains(runningThread) && threads[runningThread].isFinished
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
