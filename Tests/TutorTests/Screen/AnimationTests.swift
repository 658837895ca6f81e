import Execution
import MemoryModel
import Screen
import TestSupport
import Testing

@testable import Tutor

/// Animation frames are pure functions of (transition, progress): render chosen moments.
@Suite struct AnimationTests {
  func screen(_ trace: Trace, step: Int, progress: Double, width: Int = 80, height: Int = 24) -> ScreenBuffer
  {
    RenderCommand.render(
      trace: trace, title: "demo.rs", options: TutorOptions(), step: step, width: width, height: height,
      progress: progress)
  }

  /// The memory panels and the output: everything below the Code and Narration panels.
  func memory(_ buffer: ScreenBuffer) -> [String] { Array(buffer.lines[8...]) }

  func still(_ trace: Trace, step: Int, width: Int = 80, height: Int = 24) -> ScreenBuffer {
    RenderCommand.render(
      trace: trace, title: "demo.rs", options: TutorOptions(), step: step, width: width, height: height)
  }

  @Test func progressOneIsTheStillScreen() {
    for (trace, step) in [
      (SampleTraces.twoCalls(), 2), (SampleTraces.twoCalls(), 4), (SampleTraces.vecGrowth(), 6),
      (SampleTraces.hello(), 3),
    ] {
      #expect(screen(trace, step: step, progress: 1) == still(trace, step: step))
      let transition = Transition.step(from: trace.state(after: step - 1), events: trace.events(of: step))
      #expect(transition != nil)
      if let transition { #expect(Animation.frame(for: transition, progress: 1) == .still) }
    }
  }

  @Test func framePushSlidesInBelowTheCaller() {
    let calls = SampleTraces.twoCalls()
    let start = memory(screen(calls, step: 2, progress: 0)).joined(separator: "\n")
    let middle = screen(calls, step: 2, progress: 0.5).lines
    let end = screen(calls, step: 2, progress: 1).lines
    #expect(!start.contains("fn add"))
    #expect(start.contains("32 B of 8 MiB"))
    #expect(
      middle.contains("┌ fn add · 32 B (model) · at …dfc0 ─┐      ─ Static · in the binary ────────────")
        == false)
    #expect(middle.contains { $0.hasPrefix("┌ fn add · 32 B (model) · at …dfc0") })
    // Half the slots are in, the last not yet.
    #expect(middle.contains { $0.hasPrefix("│ b    i32  4 B …dfc8") })
    #expect(!middle.contains { $0.hasPrefix("│ c    i32") })
    #expect(end.contains { $0.hasPrefix("│ c    i32  4 B …dfc4 ?? (uninit)") })
    #expect(end.contains { $0.hasPrefix("│ a    i32  4 B …dfcc 2") })
  }

  @Test func framePopDrainsAndTheReturnValueLands() {
    let calls = SampleTraces.twoCalls()
    let start = screen(calls, step: 4, progress: 0).lines
    let middle = screen(calls, step: 4, progress: 0.5).lines
    let end = screen(calls, step: 4, progress: 1).lines
    #expect(start.contains { $0.hasPrefix("│ c    i32  4 B …dfc4 5") })
    #expect(start.contains { $0.hasPrefix("│ y    i32  4 B …dfe8 ?? (uninit)") })
    #expect(middle.contains { $0.hasPrefix("┌ fn add") })
    #expect(!middle.contains { $0.hasPrefix("│ c    i32") })
    #expect(!end.contains { $0.hasPrefix("┌ fn add") })
    #expect(end.contains { $0.hasPrefix("│ y    i32  4 B …dfe8 5") })
  }

  @Test func reallocationCopiesThenSwingsThePointerThenFrees() {
    let vec = SampleTraces.vecGrowth()
    let start = memory(screen(vec, step: 6, progress: 0))
    let middle = memory(screen(vec, step: 6, progress: 0.5))
    let end = screen(vec, step: 6, progress: 1).lines
    // Before: one block, the slot still points at it.
    #expect(start.contains { $0.contains("ptr …a2a0 len 4 cap 4") })
    #expect(!start.joined().contains("0x5555555da2c0"))
    // Halfway: the new block of capacity 8 is there with 3 of 4 elements copied; the
    // pointer has not moved yet and the old block is not freed.
    #expect(middle.contains { $0.contains("[1|2|3|·|·|·|·|·]") })
    #expect(middle.contains { $0.contains("len 3 cap 8") })
    #expect(middle.contains { $0.contains("ptr …a2a0 len 4 cap 4") })
    #expect(!middle.joined().contains("freed"))
    // After: the slot points at the new block and the old one is freed.
    #expect(end.contains { $0.contains("ptr …a2c0 len 5 cap 8") })
    #expect(end.contains { $0.contains("[1|2|3|4|5|·|·|·]") })
    #expect(end.joined().contains("freed len 4 cap 4"))
  }

  @Test func reallocationElementsArriveOneByOne() {
    let vec = SampleTraces.vecGrowth()
    guard let transition = Transition.step(from: vec.state(after: 5), events: vec.events(of: 6)) else {
      Issue.record("no transition")
      return
    }
    let counts = stride(from: 0.0, through: 0.99, by: 0.02).compactMap {
      Animation.frame(for: transition, progress: $0).copiedCount[1]
    }
    #expect(counts.first == 0)
    #expect(counts.last == 4)
    #expect(Set(counts) == [0, 1, 2, 3, 4])
    #expect(zip(counts, counts.dropFirst()).allSatisfy { $0 <= $1 })
  }

  @Test func growingInPlaceStretchesTheBlock() {
    var builder = TraceBuilder(
      source: "fn main() {\n    v.push(5);\n}\n",
      layouts: [TraceBuilder.layout("main", [("v", "Vec<i32>", 24, 8)])])
    let block = HeapBlock(
      id: 0, address: TraceBuilder.heapBase, size: 16, alignment: 4,
      contents: SampleTraces.vecContents([1, 2, 3, 4], capacity: 4), status: .live, owner: "main::v")
    builder.step(
      line: 1, .framePushed(frameID: 0, layoutIndex: 0, topAddress: TraceBuilder.stackTop, callLine: nil),
      .heapAllocated(block))
    builder.step(
      line: 2,
      .heapReallocated(
        blockID: 0, newSize: 32, newContents: SampleTraces.vecContents([1, 2, 3, 4], capacity: 8),
        movedTo: nil))
    let trace = builder.build()
    guard let transition = Transition.step(from: trace.state(after: 0), events: trace.events(of: 1)) else {
      Issue.record("no transition")
      return
    }
    #expect(transition.effects == [.resizeInPlace(blockID: 0, fromCapacity: 4, toCapacity: 8)])
    #expect(Animation.frame(for: transition, progress: 0).capacityOverride[0] == 4)
    #expect(Animation.frame(for: transition, progress: 0.5).capacityOverride[0] == 6)
    let middle = screen(trace, step: 1, progress: 0.5).text
    #expect(middle.contains("[1|2|3|4|·|·]"))
  }

  @Test func allocationAppearsAndFreeFades() {
    let vec = SampleTraces.vecGrowth()
    let before = memory(screen(vec, step: 2, progress: 0)).joined()
    #expect(before.contains("nothing allocated yet"))
    #expect(!before.contains("0x5555555da2a0"))
    #expect(screen(vec, step: 2, progress: 1).text.contains("Vec<i32> · 16 B · 0x5555555da2a0"))
    let hello = SampleTraces.hello()
    let fading = memory(screen(hello, step: 3, progress: 0.1)).joined()
    #expect(fading.contains("len 11 cap 11"))
    #expect(!fading.contains("freed len 11"))
    #expect(screen(hello, step: 3, progress: 1).text.contains("freed len 11 cap 11"))
  }

  @Test func overflowMontagePilesUpFramesFlashesThenPrints() {
    let recursion = SampleTraces.recursion()
    var state = TutorState(trace: recursion, title: "recursion.rs", options: TutorOptions(animate: true))
    _ = state.update(.key(.right))
    // End finishes the first step's animation, then jumps into the overflow.
    _ = state.update(.key(.end))
    guard let clock = state.session.animation else {
      Issue.record("jumping into the overflow should animate")
      return
    }
    let depths = stride(from: 0.0, to: Animation.overflowPileEnd, by: 0.05).compactMap {
      Animation.frame(for: clock.transition, progress: $0).stackDepth
    }
    #expect(depths.first == 2)
    #expect(zip(depths, depths.dropFirst()).allSatisfy { $0 <= $1 })
    #expect(depths.contains { $0 > 100 && $0 < 1_900 })
    func view(at progress: Double) -> ScreenBuffer {
      var copy = state
      copy.session.animation = AnimationClock(transition: clock.transition, progress: progress)
      return copy.view(width: 80, height: 24)
    }
    let piling = view(at: 0.6).text
    #expect(piling.contains("frames …"))
    #expect(!piling.contains("has overflowed its stack"))
    let flashing = Animation.frame(for: clock.transition, progress: 0.72)
    #expect(flashing.flash)
    #expect(view(at: 0.72).cells.contains { $0.style == state.context[.flash] })
    #expect(!view(at: 0.6).cells.contains { $0.style == state.context[.flash] })
    #expect(view(at: 0.95).text.contains("thread 'main' (4242) has overflowed its stack"))
    var finished = state
    finished.session.animation = nil
    #expect(view(at: 1) == finished.view(width: 80, height: 24))
  }

  @Test func steppingBackNeverAnimates() {
    var state = TutorState(
      trace: SampleTraces.twoCalls(), title: "add.rs", options: TutorOptions(animate: true))
    _ = state.update(.key(.end))
    #expect(state.session.animation == nil)
    _ = state.update(.key(.left))
    #expect(state.session.animation == nil)
    _ = state.update(.key(.right))
    #expect(state.session.animation != nil)
  }

  @Test func noAnimationOptionMovesAtOnce() {
    var state = TutorState(
      trace: SampleTraces.twoCalls(), title: "add.rs", options: TutorOptions(animate: false))
    _ = state.update(.key(.right))
    _ = state.update(.key(.right))
    #expect(state.session.animation == nil)
    #expect(!state.wantsTicks)
    #expect(state.currentStep == 2)
  }

  @Test func durationsSuitAClassroom() {
    let calls = SampleTraces.twoCalls()
    let vec = SampleTraces.vecGrowth()
    for (trace, step) in [(calls, 2), (calls, 4), (vec, 2), (vec, 6)] {
      let transition = Transition.step(from: trace.state(after: step - 1), events: trace.events(of: step))
      let duration = transition?.duration ?? 0
      #expect(duration >= 0.3 && duration <= 1.0, "step \(step) lasts \(duration) s")
    }
  }

  @Test func aCopiedLiteralArrivesByteByByte() {
    let hello = SampleTraces.hello()
    let early = memory(screen(hello, step: 1, progress: 0.5)).joined(separator: "\n")
    let late = memory(screen(hello, step: 1, progress: 0.8)).joined(separator: "\n")
    #expect(early.contains("\"hel\"········"))
    #expect(early.contains("68 65 6c ·· ·· ··"))
    #expect(late.contains("\"hello wor\"··"))
    #expect(memory(screen(hello, step: 1, progress: 1)).joined().contains("\"hello world\""))
  }

  @Test func aPoppedFrameLeavesWithItsLocalsOutOfScope() {
    let calls = SampleTraces.sayName()
    let middle = memory(screen(calls, step: 2, progress: 0.6)).joined(separator: "\n")
    #expect(middle.contains("┌ fn say_name"))
    #expect(middle.contains("(out of scope)"))
    #expect(!middle.contains("ptr …a2a0 len 7 cap 7"))
  }
}
