import Screen
import Terminal
import Testing

extension TerminalTests {
  /// The ncurses backend in this process, drawing into /dev/null (no terminal is opened): what
  /// ncurses holds after each frame, and the loop's pacing, input and ending.
  @Suite struct TerminalScreenTests {
    @Test func drawsWhatTheBufferHoldsAndSendsNothingWhenUnchanged() throws {
      let screen = try TerminalScreen.openHeadless(width: 20, height: 4)
      defer { screen.close() }
      var frame = ScreenBuffer(width: 20, height: 4)
      frame.put("内存 memory", x: 0, y: 0)
      frame.put("┌─┐", x: 2, y: 2, style: Style(foreground: .red, bold: true))
      frame.put("é", x: 19, y: 3, style: Style(background: .brightBlue))
      #expect(screen.draw(frame))
      #expect(screen.windowLines() == frame.lines)
      #expect(!screen.draw(frame))
      var next = frame
      next.put("存", x: 5, y: 1)
      next.put("x", x: 1, y: 0)
      #expect(screen.draw(next))
      // x covers the right half of 内, so the left half is blank too.
      #expect(screen.windowLines() == [" x存 memory", "     存", "  ┌─┐", "                   é"])
      #expect(screen.windowLines() == next.lines)
    }

    @Test func aWideCharacterWithoutItsSecondHalfIsDrawnBlank() throws {
      let screen = try TerminalScreen.openHeadless(width: 10, height: 1)
      defer { screen.close() }
      var frame = ScreenBuffer(width: 10, height: 1)
      frame.put("内存", x: 0, y: 0)
      // Overwrites the second half of 内 and the first of 存.
      frame.put("ab", x: 1, y: 0)
      frame[9, 0] = Cell(grapheme: "字", width: 2, style: .plain)
      screen.draw(frame)
      #expect(screen.windowLines() == [" ab"])
      // A buffer assembled cell by cell, with no continuation after a wide cell.
      var raw = ScreenBuffer(width: 4, height: 1)
      raw[0, 0] = Cell(grapheme: "内", width: 2, style: .plain)
      raw[2, 0] = Cell.continuation(.plain)
      screen.invalidate()
      screen.draw(raw)
      #expect(screen.windowLines() == [""])
    }

    @Test func controlCharactersInCellsNeverReachTheTerminal() throws {
      let screen = try TerminalScreen.openHeadless(width: 6, height: 1)
      defer { screen.close() }
      var frame = ScreenBuffer(width: 6, height: 1)
      frame[0, 0] = Cell(grapheme: "\u{1b}", width: 1, style: .plain)
      frame[1, 0] = Cell(grapheme: "A", width: 1, style: .plain)
      screen.draw(frame)
      #expect(screen.windowLines() == ["?A"])
    }

    @Test func keysArriveDecoded() throws {
      let screen = try TerminalScreen.openHeadless(width: 40, height: 10)
      defer { screen.close() }
      // xterm-256color in keypad mode: Up is ESC O A, F5 ESC [ 1 5 ~, Delete ESC [ 3 ~.
      screen.injectInput(Array("\u{1b}OA\u{1b}[15~\u{1b}[3~\u{1b}[1~é\r\u{7f}".utf8))
      var decoded: [TerminalInput] = []
      for _ in 0..<7 { decoded.append(screen.readInput(timeoutMilliseconds: 500)) }
      #expect(
        decoded == [
          .key(.up), .key(.function(5)), .key(.delete), .key(.home), .key(.character("é")), .key(.enter),
          .key(.backspace),
        ])
      #expect(screen.readInput(timeoutMilliseconds: 0) == .timedOut)
    }

    @Test func runsTicksAtThirtyPerSecondAndStopsWhenTheModelQuits() throws {
      let screen = try TerminalScreen.openHeadless(width: 80, height: 24)
      defer { screen.close() }
      var model = CountingModel(quitAfterTicks: 15)
      // The loop runs on this thread; its CPU time is not inflated by tests running beside it.
      let startedCPU = TerminalClock.threadCPUTime()
      let stats = TerminalRunner.drive(&model, on: screen, options: TerminalOptions())
      let loopCPU = TerminalClock.threadCPUTime() - startedCPU
      #expect(stats.endReason == .quit)
      #expect(stats.exitStatus == 7)
      #expect(stats.ticks == 15)
      // The first frame, then one after each tick but the last (which quit).
      #expect(stats.frames == 15)
      #expect(model.resizes == [CountingModel.Size(width: 80, height: 24)])
      let intervals = zip(model.tickTimes.dropFirst(), model.tickTimes).map { $0 - $1 }
      let mean = intervals.reduce(0, +) / Double(intervals.count)
      let median = intervals.sorted()[intervals.count / 2]
      // 1/30 s: no burst after a stall (the cadence restarts, so the mean stays above 30 ms),
      // and the typical interval on time; the median, as a loaded machine stalls a few ticks.
      #expect(mean > 0.03, "mean tick interval \(mean) s")
      #expect(median > 0.03 && median < 0.05, "median tick interval \(median) s")
      #expect(loopCPU < stats.wallSeconds * 0.5, "\(loopCPU) s CPU in \(stats.wallSeconds) s")
    }

    @Test func keysReachTheModelAndQuitIt() throws {
      let screen = try TerminalScreen.openHeadless(width: 80, height: 24)
      defer { screen.close() }
      screen.injectInput(Array("ab\u{1b}[6~q".utf8))
      var model = CountingModel(quitAfterTicks: nil)
      let stats = TerminalRunner.drive(&model, on: screen, options: TerminalOptions())
      #expect(model.keys == [.character("a"), .character("b"), .pageDown, .character("q")])
      #expect(stats.endReason == .quit)
      #expect(stats.keys == 4)
    }

    @Test func theEndOfInputEndsTheRunWithoutSpinning() throws {
      let screen = try TerminalScreen.openHeadless(width: 80, height: 24)
      defer { screen.close() }
      screen.endInput()
      var model = CountingModel(quitAfterTicks: nil)
      // This thread's CPU time: the process's includes whatever other tests run meanwhile.
      let startedCPU = TerminalClock.threadCPUTime()
      let stats = TerminalRunner.drive(&model, on: screen, options: TerminalOptions())
      let loopCPU = TerminalClock.threadCPUTime() - startedCPU
      #expect(stats.endReason == .inputClosed)
      #expect(stats.exitStatus == 7)
      #expect(stats.wallSeconds < 3)
      #expect(loopCPU < 0.3, "\(loopCPU) s CPU")
    }

    @Test func aTimeLimitEndsTheRun() throws {
      let screen = try TerminalScreen.openHeadless(width: 80, height: 24)
      defer { screen.close() }
      var model = CountingModel(quitAfterTicks: nil)
      var options = TerminalOptions()
      options.exitAfterSeconds = 0.3
      let stats = TerminalRunner.drive(&model, on: screen, options: options)
      #expect(stats.endReason == .timeLimit)
      #expect(stats.wallSeconds >= 0.3)
      #expect(stats.wallSeconds < 1)
    }

    @Test func exitingWhenIdleWaitsForTheTicksTheModelWants() throws {
      let screen = try TerminalScreen.openHeadless(width: 80, height: 24)
      defer { screen.close() }
      var model = BusyThenIdleModel(ticksWanted: 4)
      var options = TerminalOptions()
      options.exitWhenIdle = true
      let stats = TerminalRunner.drive(&model, on: screen, options: options)
      #expect(stats.endReason == .idle)
      #expect(model.ticks == 4)
      #expect(stats.frames == 5, "the first frame, then one after each tick")
      #expect(stats.wallSeconds < 2)
    }
  }
}

/// A model that records what the loop sends it; it wants ticks until it has had
/// `quitAfterTicks` of them, and quits on `q`.
struct CountingModel: AppModel {
  struct Size: Equatable, Sendable {
    var width: Int
    var height: Int
  }

  var quitAfterTicks: Int?
  var tickTimes: [Double] = []
  var keys: [Key] = []
  var resizes: [Size] = []

  var wantsTicks: Bool { quitAfterTicks.map { tickTimes.count < $0 } ?? false }
  var exitStatus: Int32 { 7 }

  mutating func update(_ message: Message) -> Bool {
    switch message {
    case .tick(let time):
      tickTimes.append(time)
      if let limit = quitAfterTicks, tickTimes.count >= limit { return false }
    case .key(let key):
      keys.append(key)
      if key == .character("q") { return false }
    case .resize(let width, let height):
      resizes.append(Size(width: width, height: height))
    }
    return true
  }

  func view(width: Int, height: Int) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    buffer.put("ticks \(tickTimes.count) keys \(keys.count)", x: 0, y: 0)
    return buffer
  }
}

/// A model that wants `ticksWanted` ticks (background work), then nothing; it never quits.
struct BusyThenIdleModel: AppModel {
  var ticksWanted: Int
  var ticks = 0

  var wantsTicks: Bool { ticks < ticksWanted }
  var exitStatus: Int32 { 0 }

  mutating func update(_ message: Message) -> Bool {
    if case .tick = message { ticks += 1 }
    return true
  }

  func view(width: Int, height: Int) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    buffer.put("ticks \(ticks)", x: 0, y: 0)
    return buffer
  }
}
