import Execution
import MemoryModel

/// Hand-built traces of the seed article's snippets, with the numbers real Rust gives
/// (sizes, lengths, capacities, output) and addresses in memtutor's model.
package enum SampleTraces {
  package static let stackTop = TraceBuilder.stackTop
  package static let heap = TraceBuilder.heapBase
  package static let rodata = TraceBuilder.rodataBase

  package static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  package static func literal(_ text: String, at address: UInt64, line: Int) -> StaticItem {
    StaticItem(address: address, bytes: bytes(text), section: .rodata, label: text, line: line)
  }

  package static func int(_ value: Int, _ type: String = "i32") -> Value {
    .integer(Int128(value), type: type)
  }

  package static func stringBlock(
    id: Int, at address: UInt64, _ text: String, capacity: Int? = nil, owner: String
  )
    -> HeapBlock
  {
    let data = bytes(text)
    let cap = capacity ?? data.count
    return HeapBlock(
      id: id, address: address, size: cap, alignment: 1, contents: .bytes(capacity: cap, bytes: data),
      status: .live, owner: owner)
  }

  package static func vecContents(_ values: [Int], capacity: Int) -> HeapBlock.Contents {
    .elements(elementType: "i32", elementSize: 4, capacity: capacity, elements: values.map { int($0) })
  }

  /// `let s = "hello world".to_string();` then printing it.
  package static let helloSource = """
    fn main() {
        let s = "hello world".to_string();
        println!("{}", s);
    }
    """

  package static func hello() -> Trace {
    var builder = TraceBuilder(
      source: helloSource, path: "hello.rs",
      layouts: [TraceBuilder.layout("main", [("s", "String", 24, 8)])],
      statics: [literal("hello world", at: rodata, line: 2)])
    builder.step(line: 1, .framePushed(frameID: 0, layoutIndex: 0, topAddress: stackTop, callLine: nil))
    builder.step(
      line: 2, .heapAllocated(stringBlock(id: 0, at: heap, "hello world", owner: "main::s")),
      .slotWritten(
        frameID: 0, slot: 0, value: .buffer(pointer: heap, length: 11, capacity: 11, kind: .string)))
    builder.step(line: 3, .printed(.stdout, "hello world\n"))
    builder.step(
      line: 4, .slotDied(frameID: 0, slot: 0), .heapFreed(blockID: 0),
      .framePopped(frameID: 0, returned: nil),
      .exited(status: 0))
    return builder.build()
  }

  package static let sayNameSource = """
    fn say_name(name: String) {}

    fn main() {
        say_name("Lindsey".to_string());
        say_name("Rosie".to_string());
    }
    """

  package static func sayName() -> Trace {
    var builder = TraceBuilder(
      source: sayNameSource, path: "say_name.rs",
      layouts: [
        TraceBuilder.layout("main", []), TraceBuilder.layout("say_name", [("name", "String", 24, 8)]),
      ],
      statics: [literal("Lindsey", at: rodata, line: 4), literal("Rosie", at: rodata + 7, line: 5)])
    let calleeTop = stackTop - 16
    builder.step(line: 3, .framePushed(frameID: 0, layoutIndex: 0, topAddress: stackTop, callLine: nil))
    for (index, name) in ["Lindsey", "Rosie"].enumerated() {
      let frameID = index + 1
      let count = name.utf8.count
      builder.step(
        line: 4 + index,
        .heapAllocated(stringBlock(id: index, at: heap, name, owner: "say_name::name")),
        .framePushed(frameID: frameID, layoutIndex: 1, topAddress: calleeTop, callLine: 4 + index),
        .slotWritten(
          frameID: frameID, slot: 0,
          value: .buffer(pointer: heap, length: count, capacity: count, kind: .string)))
      builder.step(
        line: 1, .slotDied(frameID: frameID, slot: 0), .heapFreed(blockID: index),
        .framePopped(frameID: frameID, returned: nil))
    }
    builder.step(line: 6, .framePopped(frameID: 0, returned: nil), .exited(status: 0))
    return builder.build()
  }

  package static let vecSource = """
    fn main() {
        let mut v = Vec::new();
        v.push(1);
        v.push(2);
        v.push(3);
        v.push(4);
        v.push(5);
        println!("{:?}", v);
    }
    """

  /// A `Vec<i32>` that grows past 4: `realloc` moves it to a block of capacity 8.
  package static func vecGrowth() -> Trace {
    var builder = TraceBuilder(
      source: vecSource, path: "vec.rs", layouts: [TraceBuilder.layout("main", [("v", "Vec<i32>", 24, 8)])])
    func slot(_ pointer: UInt64, _ length: Int, _ capacity: Int) -> Event {
      .slotWritten(
        frameID: 0, slot: 0,
        value: .buffer(pointer: pointer, length: length, capacity: capacity, kind: .vector))
    }
    builder.step(line: 1, .framePushed(frameID: 0, layoutIndex: 0, topAddress: stackTop, callLine: nil))
    builder.step(line: 2, slot(0x4, 0, 0))
    builder.step(
      line: 3,
      .heapAllocated(
        HeapBlock(
          id: 0, address: heap, size: 16, alignment: 4, contents: vecContents([1], capacity: 4),
          status: .live,
          owner: "main::v")),
      slot(heap, 1, 4))
    for value in 2...4 {
      builder.step(
        line: value + 2, .heapWritten(blockID: 0, contents: vecContents(Array(1...value), capacity: 4)),
        slot(heap, value, 4))
    }
    let moved = HeapBlock(
      id: 1, address: heap + 0x20, size: 32, alignment: 4, contents: vecContents([1, 2, 3, 4], capacity: 8),
      status: .live, owner: "main::v")
    builder.step(
      line: 7,
      .heapReallocated(
        blockID: 0, newSize: 32, newContents: vecContents([1, 2, 3, 4], capacity: 8), movedTo: moved),
      .heapWritten(blockID: 1, contents: vecContents([1, 2, 3, 4, 5], capacity: 8)),
      slot(heap + 0x20, 5, 8))
    builder.step(line: 8, .printed(.stdout, "[1, 2, 3, 4, 5]\n"))
    builder.step(
      line: 9, .slotDied(frameID: 0, slot: 0), .heapFreed(blockID: 1),
      .framePopped(frameID: 0, returned: nil),
      .exited(status: 0))
    return builder.build()
  }

  package static let addSource = """
    fn add(a: i32, b: i32) -> i32 {
        let c = a + b;
        c
    }

    fn main() {
        let x = 2;
        let y = add(x, 3);
        println!("{}", y);
    }
    """

  /// Two frames: `main` calls `add`, which returns 5 into `y`.
  package static func twoCalls() -> Trace {
    var builder = TraceBuilder(
      source: addSource, path: "add.rs",
      layouts: [
        TraceBuilder.layout("main", [("x", "i32", 4, 4), ("y", "i32", 4, 4)]),
        TraceBuilder.layout("add", [("a", "i32", 4, 4), ("b", "i32", 4, 4), ("c", "i32", 4, 4)]),
      ])
    builder.step(line: 6, .framePushed(frameID: 0, layoutIndex: 0, topAddress: stackTop, callLine: nil))
    builder.step(line: 7, .slotWritten(frameID: 0, slot: 0, value: int(2)))
    builder.step(
      line: 8, .framePushed(frameID: 1, layoutIndex: 1, topAddress: stackTop - 32, callLine: 8),
      .slotWritten(frameID: 1, slot: 0, value: int(2)), .slotWritten(frameID: 1, slot: 1, value: int(3)))
    builder.step(line: 2, .slotWritten(frameID: 1, slot: 2, value: int(5)))
    builder.step(
      line: 3, .framePopped(frameID: 1, returned: int(5)), .slotWritten(frameID: 0, slot: 1, value: int(5)))
    builder.step(line: 9, .printed(.stdout, "5\n"))
    builder.step(line: 10, .framePopped(frameID: 0, returned: nil), .exited(status: 0))
    return builder.build()
  }

  package static let recursionSource = """
    fn f(n: u64) -> u64 {
        if n == 0 { 0 } else { 1 + f(n - 1) }
    }

    fn main() {
        println!("{}", f(1_000_000));
    }
    """

  package static let overflowMessage =
    "\nthread 'main' (4242) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n"

  /// Recursion that overflows a `stackLimit`-byte stack (32-byte frames in the model).
  package static func recursion(stackLimit: Int = 64 * 1024) -> Trace {
    var builder = TraceBuilder(
      source: recursionSource, path: "recursion.rs",
      layouts: [TraceBuilder.layout("main", []), TraceBuilder.layout("f", [("n", "u64", 8, 8)])],
      stackLimit: stackLimit)
    builder.checkpointInterval = 256
    builder.step(line: 5, .framePushed(frameID: 0, layoutIndex: 0, topAddress: stackTop, callLine: nil))
    let lowest = stackTop + 0x1000 - UInt64(stackLimit)
    var top = stackTop - 16
    var frameID = 1
    var n = 1_000_000
    var line = 6
    while top - 32 >= lowest {
      builder.step(
        line: line, .framePushed(frameID: frameID, layoutIndex: 1, topAddress: top, callLine: line),
        .slotWritten(frameID: frameID, slot: 0, value: int(n, "u64")))
      top -= 32
      frameID += 1
      n -= 1
      line = 2
    }
    builder.step(
      line: 2, .stackOverflowed(frameSize: 32, depth: frameID), .printed(.stderr, overflowMessage),
      .exited(status: 134))
    return builder.build()
  }
}
