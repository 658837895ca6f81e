import Execution
import MemoryModel
import Screen
import Testing

@testable import Tutor

/// The threads' animations, as rendered moments: a band growing in at a spawn, the highlight
/// leaving one band for another at a switch, a mutex locked and unlocked, a finished thread's
/// band shrinking to its heading. At 80×24 and in presenter mode.
@Suite struct ThreadAnimationTests {
  static let source = """
    use std::sync::{Arc, Mutex};
    use std::thread;

    fn main() {
        let log = Arc::new(Mutex::new(Vec::new()));
        let mut handles = Vec::new();
        for id in 1..=2u32 {
            let log = Arc::clone(&log);
            handles.push(thread::spawn(move || {
                let mut entries = log.lock().unwrap();
                entries.push(id);
            }));
        }
        for handle in handles {
            handle.join().unwrap();
        }
        println!("{:?}", log.lock().unwrap().len());
    }
    """

  let trace: Trace

  init() throws {
    trace = try Engine.trace(source: Self.source, path: "threads.rs")
  }

  /// The first step (0-based, as `RenderCommand.render(trace:…)` counts) whose transition has
  /// an effect matching `wanted`.
  func firstStep(where wanted: (Transition.Effect) -> Bool) -> Int? {
    for step in 1..<trace.stepCount {
      let transition = Transition.step(from: trace.state(after: step - 1), events: trace.events(of: step))
      if transition?.effects.contains(where: wanted) == true { return step }
    }
    return nil
  }

  /// Where effect `wanted` of the step's transition starts and ends, as progress.
  func effectSpan(ofStep step: Int, where wanted: (Transition.Effect) -> Bool) -> ClosedRange<Double>? {
    guard
      let transition = Transition.step(from: trace.state(after: step - 1), events: trace.events(of: step))
    else { return nil }
    var start = 0.0
    for effect in transition.effects {
      let length = Transition.duration(of: effect)
      if wanted(effect) { return (start / transition.duration)...((start + length) / transition.duration) }
      start += length
    }
    return nil
  }

  func lines(step: Int, progress: Double, width: Int = 80, height: Int = 24) -> [String] {
    RenderCommand.render(
      trace: trace, title: "threads.rs", options: TutorOptions(), step: step, width: width, height: height,
      progress: progress
    ).lines
  }

  func presenterLines(step: Int, progress: Double) -> [String] {
    var state = TutorState(trace: trace, title: "threads.rs", options: TutorOptions(), startStep: step - 1)
    state.move(to: step)
    if let clock = state.session.animation {
      state.session.animation = AnimationClock(transition: clock.transition, progress: progress)
    }
    return state.parts(width: 120, height: 35, settings: PresenterSettings(presenting: true)).screen.lines
  }

  @Test func aSpawnedThreadsBandGrowsIn() throws {
    // The second spawn: main and thread 1 have bands already.
    let step = try #require(firstStep { if case .threadSpawn(2) = $0 { true } else { false } })
    let span = try #require(effectSpan(ofStep: step) { if case .threadSpawn(2) = $0 { true } else { false } })
    let before = lines(step: step, progress: span.lowerBound)
    let middle = lines(step: step, progress: (span.lowerBound + span.upperBound) / 2)
    let after = lines(step: step, progress: 1)
    #expect(!before.contains { $0.hasPrefix("─ thread 2 · ready") })
    #expect(middle.contains { $0.hasPrefix("─ thread 2 · ready") })
    #expect(!middle.contains { $0.hasPrefix(" no frames yet") && $0 == middle.last })
    #expect(after.contains { $0.hasPrefix("─ thread 2 · ready") })
    // While it grows, thread 2's band has fewer rows than it ends with.
    func bandRows(_ lines: [String]) -> Int {
      guard let top = lines.firstIndex(where: { $0.hasPrefix("─ thread 2") }),
        let bottom = lines[top...].firstIndex(where: { $0.hasPrefix("─ Output") })
      else { return 0 }
      return bottom - top
    }
    #expect(bandRows(middle) < bandRows(after))
    #expect(bandRows(middle) >= 1)
  }

  @Test func theHighlightLeavesOneBandThenReachesTheOther() throws {
    let step = try #require(firstStep { if case .threadSwitch(0, 1, _) = $0 { true } else { false } })
    let span = try #require(effectSpan(ofStep: step) { if case .threadSwitch = $0 { true } else { false } })
    let early = lines(step: step, progress: span.lowerBound + 0.01)
    let late = lines(step: step, progress: span.upperBound - 0.01)
    let still = lines(step: step, progress: 1)
    #expect(early.contains { $0.hasPrefix("─ main thread · running") })
    #expect(early.contains { $0.hasPrefix("─ thread 1 · ready") })
    #expect(late.contains { $0.hasPrefix("─ main thread · ready") })
    // At 80×24 the note is shortened to fit the band's heading; wider, it is whole.
    #expect(late.contains { $0.hasPrefix("─ thread 1 · running · from main") })
    let wide = lines(step: step, progress: span.upperBound - 0.01, width: 100, height: 30)
    #expect(wide.contains { $0.hasPrefix("─ thread 1 · running · switched from main") })
    #expect(!still.joined().contains("switched"))
    #expect(still.contains { $0.hasPrefix("─ thread 1 · running") })
  }

  @Test func takingTheLockMarksTheThreadAndItsGuard() throws {
    let step = try #require(
      firstStep { if case .lock(let change) = $0 { change.locked && change.thread == 1 } else { false } })
    let span = try #require(effectSpan(ofStep: step) { if case .lock = $0 { true } else { false } })
    let early = lines(step: step, progress: span.lowerBound + 0.01, width: 100, height: 30)
    let late = lines(step: step, progress: span.upperBound - 0.01, width: 100, height: 30)
    let still = lines(step: step, progress: 1, width: 100, height: 30)
    #expect(early.contains { $0.hasPrefix("─ thread 1 · running · locks the mutex") })
    // The guard is not there until the lock word turns.
    #expect(early.contains { $0.hasPrefix("│   ?? (uninit)") })
    #expect(late.contains { $0.hasPrefix("│   MutexGuard<'_, Vec<u32>> { lock: &") })
    #expect(!still.joined().contains("locks the mutex"))
    // At 80×24 the note is shortened to fit the band's heading.
    let small = lines(step: step, progress: span.lowerBound + 0.01)
    #expect(small.contains { $0.hasPrefix("─ thread 1 · running · locks") })
  }

  @Test func releasingTheLockAndFinishingShrinksTheBand() throws {
    let step = try #require(firstStep { if case .threadFinish(1) = $0 { true } else { false } })
    let unlock = try #require(
      effectSpan(ofStep: step) { if case .lock(let change) = $0 { !change.locked } else { false } })
    let finish = try #require(
      effectSpan(ofStep: step) { if case .threadFinish(1) = $0 { true } else { false } })
    let unlocking = lines(step: step, progress: unlock.lowerBound + 0.01, width: 100, height: 30)
    let shrinking = lines(
      step: step, progress: (finish.lowerBound + finish.upperBound) / 2, width: 100, height: 30)
    let still = lines(step: step, progress: 1, width: 100, height: 30)
    // The finishing thread still runs its last statement: its frame is there, its guard dropped.
    #expect(unlocking.contains { $0.hasPrefix("─ thread 1 · running · unlocks the mutex") })
    #expect(unlocking.contains { $0.hasPrefix("┌ fn main::{closure#0}") })
    #expect(shrinking.contains { $0.hasPrefix("─ thread 1 · finished") })
    #expect(still.contains { $0.hasPrefix(" thread 1 · finished") })
    #expect(!still.contains { $0.hasPrefix("─ thread 1") })
  }

  @Test func progressOneIsTheStillScreenForEveryThreadStep() {
    for step in 1..<trace.stepCount {
      let transition = Transition.step(from: trace.state(after: step - 1), events: trace.events(of: step))
      guard let transition else { continue }
      #expect(Animation.frame(for: transition, progress: 1) == .still)
      let animated = lines(step: step, progress: 1)
      let still = RenderCommand.render(
        trace: trace, title: "threads.rs", options: TutorOptions(), step: step, width: 80, height: 24
      ).lines
      #expect(animated == still, "step \(step)")
    }
  }

  @Test func presenterModeShowsTheSameMoments() throws {
    let step = try #require(firstStep { if case .threadSwitch(0, 1, _) = $0 { true } else { false } })
    let span = try #require(effectSpan(ofStep: step) { if case .threadSwitch = $0 { true } else { false } })
    let early = presenterLines(step: step, progress: span.lowerBound + 0.01).joined(separator: "\n")
    let late = presenterLines(step: step, progress: span.upperBound - 0.01).joined(separator: "\n")
    #expect(early.contains("main thread · running"))
    #expect(late.contains("switched from main"))
    let lock = try #require(
      firstStep { if case .lock(let change) = $0 { change.locked && change.thread == 1 } else { false } })
    let lockSpan = try #require(effectSpan(ofStep: lock) { if case .lock = $0 { true } else { false } })
    #expect(presenterLines(step: lock, progress: lockSpan.lowerBound + 0.01).joined().contains("locks"))
  }

  @Test func aMutexOnTheStackOfAProgramWithoutThreads() throws {
    let source = """
      use std::sync::Mutex;

      fn main() {
          let m = Mutex::new(5);
          {
              let mut g = m.lock().unwrap();
              *g += 1;
          }
          println!("{}", *m.lock().unwrap());
      }
      """
    let trace = try Engine.trace(source: source, path: "mutex.rs")
    func lines(_ step: Int, _ progress: Double) -> [String] {
      RenderCommand.render(
        trace: trace, title: "mutex.rs", options: TutorOptions(), step: step, width: 80, height: 24,
        progress: progress
      ).lines
    }
    // Step 2 (0-based) takes the lock, step 4 gives it back as `g` goes out of scope.
    #expect(lines(2, 0.2).contains { $0.hasPrefix("─ Stack · grows ↓ · locks the mutex") })
    #expect(lines(2, 0.2).contains { $0.hasPrefix("│   Mutex<i32> { futex: 0") })
    #expect(lines(2, 0.8).contains { $0.hasPrefix("│   Mutex<i32> { futex: 1") })
    #expect(lines(2, 0.8).contains { $0.hasPrefix("│   MutexGuard<'_, i32> { lock: &") })
    #expect(lines(4, 0.2).contains { $0.hasPrefix("─ Stack · grows ↓ · unlocks") })
    #expect(lines(4, 0.2).contains { $0.hasPrefix("│   Mutex<i32> { futex: 1") })
    #expect(lines(4, 0.8).contains { $0.hasPrefix("│   Mutex<i32> { futex: 0") })
    #expect(!lines(4, 1).joined().contains("unlocks"))
  }
}
