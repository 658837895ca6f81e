import MemoryModel
import RustFrontEnd

/// `thread::Builder`, `thread::current()` with `name()` and `id()`, `thread::sleep` and the
/// `Duration` it takes. `sleep` waits for nothing: memtutor's scheduler moves on to the next
/// ready thread, as a yield does, so every run is the same.
extension Interpreter {
  static let threadLibraryFunctions: Set<String> = [
    "scope_begin", "scope_end", "Builder::new", "Builder::name", "Builder::stack_size", "current",
    "Thread::name", "Thread::id", "sleep", "Duration::from_millis", "Duration::from_secs",
  ]
  /// The smallest stack std asks the system for (glibc's `PTHREAD_STACK_MIN`), and its page.
  static let minimumStackSize = 16 * 1024
  static let pageSize = 4096

  func threadLibraryResult(_ name: String, _ arguments: [Value], types typeList: [Int], at point: SourcePoint)
    throws -> Value?
  {
    switch name {
    case "scope_begin":
      return beginThreadScope()
    case "scope_end":
      return try endThreadScope(value: arguments[0], scope: arguments[1], at: point)
    case "Builder::new":
      return .structure(name: Checker.builderTypeName, fields: [Self.none, Self.none, .boolean(false)])
    case "Builder::name", "Builder::stack_size":
      guard case .structure(let typeName, var fields) = arguments[0], fields.count == 3 else {
        return arguments[0]
      }
      let field = name == "Builder::name" ? 0 : 1
      // A second `name` drops the first.
      if case .variant(_, "Some", let payload) = fields[field],
        case .buffer(let pointer, _, let capacity, _)? =
          payload.first, capacity > 0, let id = blockID(startingAt: pointer)
      {
        freeBlock(id)
      }
      fields[field] = Self.some(arguments[1])
      return .structure(name: typeName, fields: fields)
    case "current":
      return .structure(name: Checker.threadTypeName, fields: [usize(runningThread + 1)])
    case "Thread::name":
      let number = try threadNumber(arguments[0], type: typeList[0])
      if number == 0 { return Self.some(arguments[1]) }
      guard threads.indices.contains(number), let block = threads[number].nameBlock else { return Self.none }
      return Self.some(.slicePointer(address: block.address, length: block.length, kind: .sharedReference))
    case "Thread::id":
      // std's ids count from 1 (main) in the order threads are made, as memtutor numbers them.
      let number = try threadNumber(arguments[0], type: typeList[0])
      return .structure(name: Checker.threadIDTypeName, fields: [.integer(Int128(number + 1), type: "u64")])
    case "sleep":
      yieldNow(at: point)
      return .unit
    case "Duration::from_millis":
      let millis = integer(arguments[0])
      return duration(seconds: millis / 1000, nanoseconds: (millis % 1000) * 1_000_000)
    case "Duration::from_secs":
      return duration(seconds: integer(arguments[0]), nanoseconds: 0)
    default:
      throw MisroutedBuiltin(builtin: .thread(name))
    }
  }

  /// std's `Debug` of a `Duration` without width or precision: the largest unit that keeps an
  /// integer part (`1.5s`, `10ms`, `2.5µs`, `0ns`), the fraction's digits up to the last nonzero.
  static func durationDebugText(_ fields: [Value]) -> String {
    guard fields.count == 2, case .integer(let seconds, _) = fields[0],
      case .integer(let nanos, _) = fields[1]
    else { return "?" }
    let (integer, fraction, divisor, unit): (Int128, Int128, Int128, String) =
      seconds > 0
      ? (seconds, nanos, 100_000_000, "s")
      : nanos >= 1_000_000
        ? (nanos / 1_000_000, nanos % 1_000_000, 100_000, "ms")
        : nanos >= 1_000 ? (nanos / 1_000, nanos % 1_000, 100, "µs") : (nanos, 0, 1, "ns")
    var text = String(integer)
    var rest = fraction
    var place = divisor
    if rest > 0 {
      text += "."
      while rest > 0, place > 0 {
        text += String(rest / place)
        rest %= place
        place /= 10
      }
    }
    return text + unit
  }

  private func duration(seconds: Int128, nanoseconds: Int128) -> Value {
    .structure(
      name: Checker.durationTypeName,
      fields: [.integer(seconds, type: "u64"), .integer(nanoseconds, type: "u32")])
  }

  /// The thread a `&Thread` stands for (memtutor keeps its number plus one in the handle's word).
  private func threadNumber(_ reference: Value, type: Int) throws -> Int {
    guard case .pointer(let address, _) = reference,
      case .structure(_, let fields) = try read(address: address, type: pointee(type)),
      let word = fields.first
    else { return runningThread }
    return Int(clamping: integer(word)) - 1
  }

  /// `Builder::spawn(closure)`: a thread with the builder's name (the `String` moves into the
  /// thread; std keeps it as a C string in the thread's shared data) and stack size, as
  /// `io::Result<JoinHandle<T>>` (always `Ok`: memtutor's system never refuses a thread).
  func spawnBuiltThread(
    function: Int, builder: Value, closure: Value, closureType: Int, resultType: Int, at point: SourcePoint
  ) throws -> Value {
    var name: String?
    var nameBlock: (id: Int, address: UInt64, length: Int)?
    var stackSize = Self.spawnedStackSize
    if case .structure(_, let fields) = builder, fields.count == 3 {
      if case .variant(_, "Some", let payload) = fields[0],
        case .buffer(let pointer, let length, _, _)? =
          payload.first
      {
        name = String(decoding: readBytes(address: pointer, length: length), as: UTF8.self)
        nameBlock = blockID(startingAt: pointer).map { ($0, pointer, length) }
      }
      if case .variant(_, "Some", let payload) = fields[1], let size = payload.first {
        let requested = max(Int(clamping: integer(size)), Self.minimumStackSize)
        stackSize = (requested + Self.pageSize - 1) / Self.pageSize * Self.pageSize
      }
    }
    let handleType = types[resultType].variantPayloads.first?.first ?? resultType
    let handle = try spawnThread(
      function: function, closure: closure, closureType: closureType, handleType: handleType, at: point,
      name: name, stackSize: stackSize)
    if let last = threads.indices.last { threads[last].nameBlock = nameBlock }
    return .variant(enumName: "Result", variant: "Ok", payload: [handle])
  }

  /// A joined thread's name is freed with its last `Thread` handle.
  func releaseThreadName(_ number: Int) {
    guard let block = threads[number].nameBlock else { return }
    threads[number].nameBlock = nil
    freeBlock(block.id)
  }
}
