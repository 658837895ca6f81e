import Execution
import Screen
import Testing

/// A function inside a module heads its frame with its path, as rustc's backtraces name it,
/// and keeps its own name in sight when the path does not fit.
@Suite struct ModuleFrameTitleTests {
  @Test func aPathLosesModulesFromItsFront() {
    #expect(
      ModulePathText.shortenings(of: "front_of_house::hosting::seat", ellipsis: "…") == [
        "…hosting::seat", "…seat",
      ])
    #expect(ModulePathText.shortenings(of: "main", ellipsis: "…").isEmpty)
    #expect(
      ModulePathText.shortenings(of: "Wrapper<std::string::String>::fmt", ellipsis: "...") == ["...fmt"])
  }

  @Test func aNarrowStackKeepsTheFunctionsOwnName() throws {
    let trace = try Engine.trace(
      source: """
        mod garden {
            pub mod beds {
                pub fn plant_tomatoes(rows: u32) -> u32 {
                    let seeds = rows * 12;
                    seeds
                }
            }
        }
        fn main() {
            let n = garden::beds::plant_tomatoes(3);
            println!("{n}");
        }

        """, path: "garden.rs")
    let step = try #require(
      (0..<trace.stepCount).first { step in
        trace.state(after: step).frames.last?.function == "garden::beds::plant_tomatoes"
      })
    let wide = StackMarkTests.draw(trace, step: step, width: 70, height: 14)
    #expect(wide.contains { $0.contains("fn garden::beds::plant_tomatoes · ") })
    let narrow = StackMarkTests.draw(trace, step: step, width: 34, height: 14)
    // Cut from the front: `fn …beds::plant_tomatoes` or `fn …plant_tomatoes`, with the frame's size.
    #expect(narrow.contains { $0.contains("fn …") && $0.contains("plant_tomatoes · ") })
    #expect(!narrow.contains { $0.contains("garden::") })
  }
}
