import Execution
import MemoryModel
import TestSupport
import Testing

/// A run that records no steps (`run`) prints, exits and stops exactly as the recorded run,
/// and holds only its output, whatever the number of steps.
@Suite struct OutputOnlyRunTests {
  static func outputOnly(_ options: EngineOptions = EngineOptions()) -> EngineOptions {
    var options = options
    options.recordsSteps = false
    return options
  }

  /// The printed pieces, consecutive pieces for one stream merged.
  static func printed(_ events: some Sequence<Event>) -> [String] {
    var pieces: [(Event.Stream, String)] = []
    for case .printed(let stream, let text) in events {
      if let last = pieces.last, last.0 == stream {
        pieces[pieces.count - 1].1 += text
      } else {
        pieces.append((stream, text))
      }
    }
    return pieces.map { "\($0.0 == .stdout ? "out" : "err"): \($0.1)" }
  }

  func compare(_ source: String, path: String = "main.rs", options: EngineOptions = EngineOptions()) throws {
    let recorded = try #require(traceOf(source, path: path, options: options))
    let bare = try #require(traceOf(source, path: path, options: Self.outputOnly(options)))
    #expect(bare.outcome == recorded.outcome, "\(path)")
    #expect(Self.printed(bare.events) == Self.printed(recorded.events), "\(path)")
    #expect(bare.events.last == recorded.events.last, "\(path)")
    #expect(bare.steps.isEmpty)
  }

  @Test("every corpus program ends the same without steps", arguments: CorpusProgram.all)
  func corpusProgramsEndTheSame(program: CorpusProgram) throws {
    try compare(try program.source(), path: program.path, options: try program.engineOptions())
  }

  @Test func interleavedStreamsKeepTheirOrderInFewEvents() throws {
    let source = """
      fn main() {
          let mut i = 0;
          while i < 300 {
              print!("{} ", i);
              if i % 100 == 99 {
                  eprintln!("at {}", i);
              }
              i += 1;
          }
          println!();
      }
      """
    try compare(source)
    let bare = try #require(traceOf(source, options: Self.outputOnly()))
    // Three runs of stdout and three of stderr, the final newline, and the exit.
    #expect(bare.events.count == 8)
  }

  @Test func heldEventsDoNotGrowWithTheSteps() throws {
    var counts: [Int] = []
    for iterations in [1000, 20_000] {
      let source = """
        fn main() {
            let mut sum: u64 = 0;
            let mut i: u64 = 0;
            while i < \(iterations) {
                sum += i;
                i += 1;
            }
            println!("{}", sum);
        }
        """
      let trace = try #require(traceOf(source, options: Self.outputOnly()))
      #expect(trace.outcome.stdout == "\(iterations * (iterations - 1) / 2)\n")
      #expect(trace.stepCount == 0)
      counts.append(trace.events.count)
    }
    #expect(counts == [2, 2])
  }

  @Test func budgetsStopWithTheSameMessage() throws {
    let endless = """
      fn main() {
          let mut n: u64 = 0;
          loop {
              n = n.wrapping_add(1);
              if n % 1000 == 0 {
                  println!("{}", n);
              }
          }
      }
      """
    try compare(endless, options: EngineOptions(stepBudget: 5000))
    try compare(endless, options: EngineOptions(outputBudget: 100))
    let leaking = """
      fn main() {
          loop {
              let b: &mut [u8; 100000] = Box::leak(Box::new([0u8; 100000]));
              b[0] = 1;
          }
      }
      """
    try compare(leaking, options: EngineOptions(heapBudget: 1 << 30, memoryBudget: 32 << 20))
  }

  @Test func valuesFreedAtOnceDoNotCountAgainstTheMemoryBudget() throws {
    let source = """
      fn main() {
          let mut n: usize = 0;
          loop {
              let v = vec![0u8; 100000];
              n += v.len();
          }
      }
      """
    let options = EngineOptions(stepBudget: 300, heapBudget: 1 << 30, memoryBudget: 32 << 20)
    // The recorded run keeps every version of the buffer; the bare one holds one at a time.
    let recorded = try #require(traceOf(source, options: options))
    #expect(recorded.outcome.stderr.contains("(memory budget)"))
    let bare = try #require(traceOf(source, options: Self.outputOnly(options)))
    #expect(
      bare.outcome.stderr
        == "memtutor: stopped after 300 steps (--max-steps); the program may loop forever\n")
    #expect(bare.outcome.exitStatus == 3)
  }
}
