import Execution
import MemoryModel
import Screen
import Testing

/// The Stack panel's marks: the value a call hands back, a frame cut by the panel's edge,
/// and a dangling reference in ASCII.
@Suite struct StackMarkTests {
  static func draw(_ trace: Trace, step: Int, width: Int, height: Int, ascii: Bool = false) -> [String] {
    var buffer = ScreenBuffer(width: width, height: height)
    let scene = Scene(
      image: trace.image, state: trace.state(after: step), marks: StepMarks(events: trace.events(of: step)))
    let context = RenderContext(glyphs: .make(ascii: ascii))
    StackPanel.render(
      scene, context: context, in: Rect(x: 0, y: 0, width: width, height: height), into: &buffer)
    return buffer.lines
  }

  @Test func theCallerShowsTheValueHandedBack() throws {
    let trace = try Engine.trace(
      source: """
        fn fact(n: u64) -> u64 {
            if n == 0 { return 1; }
            n * fact(n - 1)
        }
        fn main() {
            let r = fact(5);
            println!("{r}");
        }

        """, path: "fact.rs")
    let step = try #require(
      (0..<trace.stepCount).first { step in
        trace.events(of: step).contains { event in
          if case .framePopped(_, .integer(120, _)?) = event { return true }
          return false
        }
      })
    let lines = Self.draw(trace, step: step, width: 50, height: 16)
    #expect(lines.contains { $0.contains("← fact returned 120") })
    // Only in the step of the return: one step later the tag is gone.
    let later = Self.draw(trace, step: step + 1, width: 50, height: 16)
    #expect(!later.contains { $0.contains("returned") })
  }

  @Test func aFrameCutByThePanelSaysHowManySlotsAreHidden() throws {
    let trace = try Engine.trace(
      source: """
        fn main() {
            let a = 1;
            let b = 2;
            let c = 3;
            let d = 4;
            let e = 5;
            println!("{}", a + b + c + d + e);
        }

        """, path: "many.rs")
    let lines = Self.draw(trace, step: trace.stepCount - 2, width: 40, height: 6)
    // Title rule, frame header, two slots, the marker, the gauge: three slots are out of sight.
    #expect(lines[4].contains("↓ 3 more"), "\(lines)")
  }

  @Test func aDanglingReferenceIsMarkedInASCII() throws {
    var options = EngineOptions()
    options.whatIf = true
    let trace = try Engine.trace(
      source: """
        fn main() {
            let r: &String;
            {
                let s = String::from("gone");
                r = &s;
            }
            println!("{:p}", r);
        }

        """, path: "dangling.rs", options: options)
    let lines = Self.draw(trace, step: trace.stepCount - 2, width: 60, height: 10, ascii: true)
    #expect(lines.contains { $0.contains("x dangling") }, "\(lines)")
    #expect(!lines.joined().contains("✗"))
  }

  @Test func aLongTypeWrapsAtASpaceRatherThanMidWord() {
    let wrapped = FrameBox.wrappedType("[u8; 1024]", width: 7, ellipsis: "…")
    #expect(wrapped?.head == "[u8;")
    #expect(wrapped?.tail == "1024]")
    #expect(FrameBox.wrappedType("[u8; 1024]", width: 12, ellipsis: "…") == nil)
    // No space to wrap at: the type is clipped as before.
    #expect(FrameBox.wrappedType("HashMap<String,u64>", width: 7, ellipsis: "…") == nil)
    #expect(FrameBox.clippedAtWord("[u8; 1024]", to: 8, ellipsis: "…") == "[u8; …")
  }
}
