import Execution
import MemoryModel
import TestSupport
import Testing

/// Types the checker infers, seen through the frame layouts it produces.
@Suite struct CheckerTypeTests {
  func layout(_ source: String, function: String = "main") throws -> FrameLayout {
    let trace = try #require(traceOf(source))
    return try #require(trace.image.layouts.first { $0.function == function })
  }

  func slot(_ name: String, in layout: FrameLayout) throws -> FrameLayout.Slot {
    try #require(layout.slots.first { $0.name == name })
  }

  @Test func integerLiteralsDefaultToI32AndFollowTheirUse() throws {
    let frame = try layout(
      """
      fn main() {
          let a = 5;
          let b = 7;
          let c: u64 = b;
          let v = Vec::new();
          let mut w = v;
          w.push(1u8);
          println!("{} {} {:?}", a, c, w);
      }
      """)
    #expect(try slot("a", in: frame).typeName == "i32")
    #expect(try slot("b", in: frame).typeName == "u64")
    #expect(try slot("v", in: frame).typeName == "Vec<u8>")
    #expect(try slot("w", in: frame).size == 24)
  }

  @Test func slotsHaveRealSizesAndTheModelFrameSize() throws {
    let frame = try layout(
      """
      fn main() {
          let s = String::from("x");
          let r: &str = "hi";
          let o: Option<i32> = Some(1);
          let b = Box::new(1u64);
          let t = (1u8, 2i32);
          let arr = [0u8; 100];
          println!("{} {} {:?} {} {:?} {}", s, r, o, b, t, arr.len());
      }
      """)
    #expect(try slot("s", in: frame).size == 24)
    #expect(try slot("r", in: frame).size == 16)
    #expect(try slot("o", in: frame).size == 8)
    #expect(try slot("b", in: frame).size == 8)
    #expect(try slot("t", in: frame).size == 8)
    #expect(try slot("arr", in: frame).size == 100)
    // Slots: 24 + 16 + 8 + 8 + 8 + 100 and the return address. The temporaries of a debug
    // build come on top (six `println!` arguments, the landing pads of `s` and `b`, …):
    // FrameTemporaries models 432 bytes in all, rustc 1.95 reserves 512.
    #expect(frame.size >= 24 + 16 + 8 + 8 + 8 + 100 + 8 + 6 * 32)
    #expect(frame.size == 432)
    #expect(frame.size % 16 == 0)
  }

  @Test func methodsResolveThroughReferencesAndDerefs() throws {
    let source = """
      struct Counter { n: u32 }

      impl Counter {
          fn bump(&mut self) -> u32 {
              self.n += 1;
              self.n
          }
      }

      fn twice(c: &mut Counter) -> u32 {
          c.bump();
          c.bump()
      }

      fn main() {
          let mut c = Counter { n: 0 };
          let boxed = Box::new(String::from("abc"));
          println!("{} {} {}", twice(&mut c), boxed.len(), c.n);
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "2 3 2\n")
    let bump = try layout(source, function: "Counter::bump")
    #expect(try slot("self", in: bump).typeName == "&mut Counter")
  }

  @Test func stringComparisonsWorkAcrossStringAndStr() throws {
    let trace = try #require(
      traceOf(
        """
        fn main() {
            let s = String::from("abc");
            let t = "abd";
            println!("{} {} {}", s == "abc", s.as_str() < t, &s == "abc");
        }
        """))
    #expect(trace.outcome.stdout == "true true true\n")
  }

  @Test func typeAnnotationsAreNeededForAnUnusedEmptyVec() {
    do {
      _ = try Engine.trace(source: "fn main() {\n    let v = Vec::new();\n}\n", path: "main.rs")
      Issue.record("accepted a Vec with no element type")
    } catch {
      #expect(error.diagnostics.first?.message.contains("type annotations needed") == true)
    }
  }
}
