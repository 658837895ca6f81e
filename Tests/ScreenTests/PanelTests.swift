import Execution
import MemoryModel
import Screen
import TestSupport
import Testing

/// Each panel drawn alone into a buffer and compared with the text it must show.
@Suite struct PanelTests {
  let context = RenderContext()

  func draw(width: Int, height: Int, _ body: (inout ScreenBuffer, Rect) -> Void) -> [String] {
    var buffer = ScreenBuffer(width: width, height: height)
    body(&buffer, Rect(x: 0, y: 0, width: width, height: height))
    return buffer.lines
  }

  func scene(_ trace: Trace, step: Int) -> Scene {
    Scene(
      image: trace.image, state: trace.state(after: step), marks: StepMarks(events: trace.events(of: step)))
  }

  @Test func stackShowsAStringAsThreeWords() {
    let hello = SampleTraces.hello()
    let lines = draw(width: 40, height: 8) { buffer, area in
      StackPanel.render(scene(hello, step: 1), context: context, in: area, into: &buffer)
    }
    #expect(
      lines == [
        "─ Stack · grows ↓ ──────────────────────",
        "┌ fn main · 48 B (model) · at …dfd0 ───┐",
        "│ s    String 24 B …dfd8               │",
        "│   ptr …a2a0 len 11 cap 11            │",
        "└──────────────────────────────────────┘",
        "",
        " ptr len cap (rustc: cap ptr len)",
        "▕░░░░░░░░░░░░░░░░░░░░░░░░▏ 48 B of 8 MiB",
      ])
  }

  @Test func stackSlotsAreUninitialisedUntilTheirLet() {
    let hello = SampleTraces.hello()
    let lines = draw(width: 40, height: 6) { buffer, area in
      StackPanel.render(scene(hello, step: 0), context: context, in: area, into: &buffer)
    }
    #expect(lines[2] == "│ s    String 24 B …dfd8 ?? (uninit)   │")
  }

  @Test func stackReportsWherePointersStart() {
    let hello = SampleTraces.hello()
    var buffer = ScreenBuffer(width: 40, height: 8)
    let sources = StackPanel.render(
      scene(hello, step: 1), context: context, in: Rect(x: 0, y: 0, width: 40, height: 8), into: &buffer)
    #expect(
      sources == [
        PointerSource(row: 3, x: 40, address: SampleTraces.heap, slot: SlotRef(frameID: 0, slot: 0))
      ])
  }

  @Test func stackWithCalleeBelowCaller() {
    let calls = SampleTraces.twoCalls()
    let lines = draw(width: 44, height: 12) { buffer, area in
      StackPanel.render(scene(calls, step: 3), context: context, in: area, into: &buffer)
    }
    #expect(
      Array(lines.prefix(10)) == [
        "─ Stack · grows ↓ ──────────────────────────",
        "┌ fn main · 32 B (model) · at …dfe0 ───────┐",
        "│ x    i32  4 B 0x7fff…dfec 2              │",
        "│ y    i32  4 B 0x7fff…dfe8 ?? (uninit)    │",
        "└──────────────────────────────────────────┘",
        "┌ fn add · 32 B (model) · at …dfc0 ────────┐",
        "│ a    i32  4 B 0x7fff…dfcc 2              │",
        "│ b    i32  4 B 0x7fff…dfc8 3              │",
        "│ c    i32  4 B 0x7fff…dfc4 5              │",
        "└──────────────────────────────────────────┘",
      ])
  }

  @Test func deepStackCompressesTheMiddle() {
    let recursion = SampleTraces.recursion()
    let last = recursion.stepCount - 1
    let lines = draw(width: 44, height: 12) { buffer, area in
      StackPanel.render(scene(recursion, step: last), context: context, in: area, into: &buffer)
    }
    #expect(
      lines == [
        "─ Stack · grows ↓ ──────────────────────────",
        "┌ fn main · 16 B (model) · at …dff0 ───────┐",
        "└──────────────────────────────────────────┘",
        "              … 1,916 frames …",
        "┌ fn f · n = 998084 · 32 B · at …f050 ─────┐",
        "┌ fn f · n = 998083 · 32 B · at …f030 ─────┐",
        "┌ fn f · 32 B (model) · at 0x7ffffffef010 ─┐",
        "│ n    u64  8 B 0x7fff…f018 998082         │",
        "└──────────────────────────────────────────┘",
        "┌ fn f · 32 B · does not fit ──────────────┐",
        "██████ the stack ends here: guard gap ██████",
        "▕█████████░▏ 60 KiB of 64 KiB · 1,920 frames",
      ])
  }

  @Test func movedAndDeadSlotsAreGreyed() {
    var builder = TraceBuilder(
      source: "fn main() {\n    let s = String::new();\n    let t = s;\n}\n",
      layouts: [TraceBuilder.layout("main", [("s", "String", 24, 8), ("t", "String", 24, 8)])])
    let empty = Value.buffer(pointer: 1, length: 0, capacity: 0, kind: .string)
    builder.step(
      line: 1, .framePushed(frameID: 0, layoutIndex: 0, topAddress: TraceBuilder.stackTop, callLine: nil))
    builder.step(line: 2, .slotWritten(frameID: 0, slot: 0, value: empty))
    builder.step(line: 3, .slotMovedOut(frameID: 0, slot: 0), .slotWritten(frameID: 0, slot: 1, value: empty))
    builder.step(line: 4, .slotDied(frameID: 0, slot: 1))
    let trace = builder.build()
    var buffer = ScreenBuffer(width: 44, height: 8)
    StackPanel.render(
      scene(trace, step: 2), context: context, in: Rect(x: 0, y: 0, width: 44, height: 8), into: &buffer)
    let moved = buffer.lines
    #expect(
      moved[2...6].joined(separator: "\n") == """
        │ s    String 24 B …dfd8                   │
        │   ptr 0x1 len 0 cap 0 (moved)            │
        │ t    String 24 B …dfc0                   │
        │   ptr 0x1 len 0 cap 0                    │
        └──────────────────────────────────────────┘
        """)
    #expect(buffer[4, 3].style == context[.movedOut])
    #expect(buffer[4, 5].style == context[.changedValue])
    let dead = draw(width: 44, height: 8) { buffer, area in
      StackPanel.render(scene(trace, step: 3), context: context, in: area, into: &buffer)
    }
    #expect(dead[4] == "│ t    String 24 B …dfc0 (out of scope)    │")
  }

  @Test func heapShowsStringBytesAsTextAndHex() {
    let hello = SampleTraces.hello()
    let lines = draw(width: 40, height: 7) { buffer, area in
      HeapPanel.render(scene(hello, step: 1), context: context, in: area, into: &buffer)
    }
    #expect(
      lines == [
        "─ Heap · 1 block · 11 B ────────────────",
        "┌ String · 11 B · 0x5555555da2a0 ──────┐",
        "│ len 11 cap 11 · owner main::s        │",
        "│ \"hello world\"                        │",
        "│ 68 65 6c 6c 6f 20 77 6f 72 6c 64     │",
        "└──────────────────────────────────────┘",
        "",
      ])
  }

  @Test func heapShowsCapacityAndTheFreedOldBlock() {
    let vec = SampleTraces.vecGrowth()
    let lines = draw(width: 36, height: 10) { buffer, area in
      HeapPanel.render(scene(vec, step: 6), context: context, in: area, into: &buffer)
    }
    #expect(
      lines == [
        "─ Heap · 1 block · 32 B ────────────",
        "┌ Vec<i32> · 16 B · 0x5555555da2a0 ┐",
        "│ freed len 4 cap 4 · was main::v  │",
        "│ [1|2|3|4]                        │",
        "└──────────────────────────────────┘",
        "┌ Vec<i32> · 32 B · 0x5555555da2c0 ┐",
        "│ len 5 cap 8 · owner main::v      │",
        "│ [1|2|3|4|5|·|·|·]                │",
        "└──────────────────────────────────┘",
        "",
      ])
    // One step later the freed block is gone.
    let later = draw(width: 36, height: 10) { buffer, area in
      HeapPanel.render(scene(vec, step: 7), context: context, in: area, into: &buffer)
    }
    #expect(!later.joined().contains("freed"))
    #expect(later[1] == "┌ Vec<i32> · 32 B · 0x5555555da2c0 ┐")
  }

  @Test func leakedBlocksAreFlagged() {
    var builder = TraceBuilder(source: "fn main() {}\n", layouts: [TraceBuilder.layout("main", [])])
    let block = SampleTraces.stringBlock(id: 0, at: TraceBuilder.heapBase, "leak", owner: "Box::leak")
    builder.step(
      line: 1, .framePushed(frameID: 0, layoutIndex: 0, topAddress: TraceBuilder.stackTop, callLine: nil))
    builder.step(line: 1, .heapAllocated(block), .heapLeaked(blockID: 0), .exited(status: 0))
    let trace = builder.build()
    var buffer = ScreenBuffer(width: 40, height: 6)
    HeapPanel.render(
      scene(trace, step: 1), context: context, in: Rect(x: 0, y: 0, width: 40, height: 6), into: &buffer)
    #expect(buffer.lines[2].contains("LEAKED"))
    #expect(buffer[0, 1].style == context[.leakedBlock])
  }

  @Test func manyHeapBlocksFoldToOneLineEach() {
    var builder = TraceBuilder(source: "fn main() {}\n", layouts: [TraceBuilder.layout("main", [])])
    builder.step(
      line: 1, .framePushed(frameID: 0, layoutIndex: 0, topAddress: TraceBuilder.stackTop, callLine: nil))
    for index in 0..<12 {
      builder.step(
        line: 1,
        .heapAllocated(
          SampleTraces.stringBlock(
            id: index, at: TraceBuilder.heapBase + UInt64(32 * index), "s\(index)", owner: "v")))
    }
    let trace = builder.build()
    let lines = draw(width: 40, height: 10) { buffer, area in
      HeapPanel.render(scene(trace, step: 12), context: context, in: area, into: &buffer)
    }
    #expect(lines[0].hasPrefix("─ Heap · 12 blocks · 26 B"))
    #expect(lines.contains(" String 2 B …a2a0 \"s0\""))
    #expect(lines.contains { $0.contains("more blocks") })
  }

  @Test func staticDataWithAddresses() {
    let lines = draw(width: 50, height: 3) { buffer, area in
      StaticPanel.render(SampleTraces.hello().image, context: context, in: area, into: &buffer)
    }
    #expect(
      lines == [
        "─ Static · in the binary ─────────────────────────", " 0x555555562000 .rodata 11 B \"hello world\"",
        "",
      ])
  }

  @Test func codeMarksTheLineAboutToRunAndLinesRun() {
    let code = CodeView(
      title: "Code · add.rs", source: SampleTraces.addSource, nextLine: 3, justRunLine: 2,
      hasRun: [true, true, false, false, false, true, true, true, false, false])
    var buffer = ScreenBuffer(width: 36, height: 6)
    CodePanel.render(code, context: context, in: Rect(x: 0, y: 0, width: 36, height: 6), into: &buffer)
    #expect(
      buffer.lines == [
        "─ Code · add.rs ───────────────────",
        "  2 ✓     let c = a + b;",
        "  3 ▶     c",
        "  4   }",
        "  5",
        "  6 · fn main() {",
      ])
    #expect(buffer[20, 2].style == context[.currentLine])
    #expect(buffer[20, 1].style != context[.currentLine])
  }

  @Test func codeScrollsToKeepTheCurrentLineVisible() {
    let source = (1...40).map { "line \($0)" }.joined(separator: "\n")
    let code = CodeView(title: "Code", source: source, nextLine: 30, justRunLine: 29, hasRun: [])
    var buffer = ScreenBuffer(width: 30, height: 7)
    CodePanel.render(code, context: context, in: Rect(x: 0, y: 0, width: 30, height: 7), into: &buffer)
    #expect(buffer.lines.contains(" 30 ▶ line 30"))
    #expect(buffer.lines[1] == " 28   line 28")
  }

  @Test func outputShowsTheLastLinesAndStderrInWarningColour() {
    let output: [(Event.Stream, String)] = [
      (.stdout, "one\ntwo\n"), (.stdout, "three\n"), (.stderr, "oops\n"),
    ]
    var buffer = ScreenBuffer(width: 20, height: 3)
    OutputPanel.render(
      output[...], context: context, in: Rect(x: 0, y: 0, width: 20, height: 3), into: &buffer)
    #expect(buffer.lines == ["─ Output ───────────", " three", " oops"])
    #expect(buffer[1, 2].style == context[.stderr])
    #expect(buffer[1, 1].style == context[.output])
  }

  @Test func outputControlCharactersAreInert() {
    let output: [(Event.Stream, String)] = [(.stdout, "bell\u{07} \u{1b}[31mred\n")]
    var buffer = ScreenBuffer(width: 30, height: 2)
    OutputPanel.render(
      output[...], context: context, in: Rect(x: 0, y: 0, width: 30, height: 2), into: &buffer)
    #expect(buffer.lines[1] == " bell\\x07 \\x1b[31mred")
    #expect(!buffer.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value < 0x20 } })
  }

  @Test func outputBidirectionalOverridesAreInert() {
    let output: [(Event.Stream, String)] = [(.stdout, "abc\u{202e}def\u{2066}g\n")]
    var buffer = ScreenBuffer(width: 30, height: 2)
    OutputPanel.render(
      output[...], context: context, in: Rect(x: 0, y: 0, width: 30, height: 2), into: &buffer)
    #expect(buffer.lines[1] == " abc\\u{202e}def\\u{2066}g")
    #expect(
      !buffer.cells.contains { $0.grapheme.unicodeScalars.contains { (0x202A...0x2069).contains($0.value) } })
  }

  @Test func outputWithoutTrailingNewlineShowsThePartialLine() {
    let output: [(Event.Stream, String)] = [(.stdout, "a\n"), (.stdout, "b")]
    let lines = OutputPanel.lastLines(output[...], count: 5, width: 10, context: context)
    #expect(lines.map(\.plainText) == ["a", "b"])
  }

  @Test func narrationWrapsAndKeepsWideCharactersAligned() {
    var buffer = ScreenBuffer(width: 16, height: 4)
    NarrationPanel.render(
      "`s` 内存 on the 堆 heap", title: "Step 2", context: context, in: Rect(x: 0, y: 0, width: 16, height: 4),
      into: &buffer)
    #expect(buffer.lines == ["─ Step 2 ───────", " s 内存 on the", " 堆 heap", ""])
    // The code span is styled, the backticks are gone.
    #expect(buffer[1, 1].style == context[.narrationCode])
    // The wide characters take two cells each, so "on" sits in the same column as in plain text.
    #expect(buffer[3, 1].grapheme == "内" && buffer[4, 1].width == 0 && buffer[8, 1].grapheme == "o")
  }

  @Test func narrationTooLongEndsWithAnEllipsis() {
    var buffer = ScreenBuffer(width: 12, height: 3)
    NarrationPanel.render(
      "one two three four five six seven", context: context, in: Rect(x: 0, y: 0, width: 12, height: 3),
      into: &buffer)
    #expect(buffer.lines[2].hasSuffix("…"))
  }

  @Test func statusLineCountsFromOneAndDropsHintsThatDoNotFit() {
    let line = StatusLine(
      title: "vec.rs", position: 4, stepCount: 9,
      hints: [.init(key: "→", label: "next"), .init(key: "?", label: "help")])
    var buffer = ScreenBuffer(width: 40, height: 1)
    StatusBar.render(line, context: context, in: Rect(x: 0, y: 0, width: 40, height: 1), into: &buffer)
    #expect(buffer.lines == [" vec.rs · step 5/9      → next  ? help"])
    var narrow = ScreenBuffer(width: 28, height: 1)
    StatusBar.render(line, context: context, in: Rect(x: 0, y: 0, width: 28, height: 1), into: &narrow)
    #expect(narrow.lines == [" vec.rs · step 5/9  → next"])
  }

  @Test func aLongTitleGivesWayToTheStepAndTheOutcome() {
    let line = StatusLine(
      title: "10 Freeing a value still borrowed", position: 5, stepCount: 6,
      outcome: "what if (rustc rejects this program)", hints: [.init(key: "→", label: "next")])
    var buffer = ScreenBuffer(width: 80, height: 1)
    StatusBar.render(line, context: context, in: Rect(x: 0, y: 0, width: 80, height: 1), into: &buffer)
    #expect(buffer.lines[0].hasSuffix("· step 6/6 · what if (rustc rejects this program)"))
    #expect(buffer.lines[0].hasPrefix(" 10 Freeing a value still bor…"))
  }
}
