import MemoryModel
import RustFrontEnd

/// `std::sync::mpsc` channels. memtutor models the shared state as one heap block of three
/// parts: the live `Sender`s, the live `Receiver`s (1 or 0) and a `Vec` of the values sent and
/// not yet received (std's real block is a linked list of 31-slot blocks; the model keeps what
/// the program can see). A value sent moves from the sender's thread into the queue's buffer
/// and, at `recv`, out of it into the receiver's slot. A `recv` on an empty queue while a
/// sender lives makes the thread wait; the next `send` (or the last sender's drop) wakes it.
extension Interpreter {
  /// How the channel's block is named on screen and in traces: `mpsc channel<i32> (model)`.
  package static let channelBlockPrefix = "mpsc channel<"
  private static let sentOk = Value.variant(enumName: "Result", variant: "Ok", payload: [.unit])

  func channelResult(
    _ name: String, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    switch name {
    case "channel":
      let parts = types[resultType].parts
      guard parts.count == 2, types[parts[0]].parts.count == 2 else {
        throw MisroutedBuiltin(builtin: .channel(name))
      }
      let blockType = pointee(types[parts[0]].parts[1])
      let queueType = types[blockType].parts[2]
      let queue = try allocateVec(elementType: types[queueType].element, capacity: 0, exact: true)
      let runtime = types[blockType]
      let (_, address) = try allocateBlock(
        size: runtime.size, alignment: runtime.alignment,
        contents: .boxed(
          typeName: "\(Self.channelBlockPrefix)\(types[types[queueType].element].name)> (model)",
          value: .tuple([usize(1), usize(1), queue])),
        valueType: blockType, countsAtomically: true)
      return .tuple(parts.map { channelEnd(type: $0, block: address) })
    case "send":
      let channel = try channelState(arguments[0], endType: pointee(typeList[0]))
      // memtutor's `SendError` does not carry the value back: a value sent to a closed channel
      // stays in its queue and drops with the block, when the last sender goes.
      try pushElement(arguments[1], toVecAt: channel.queueAddress, type: channel.queueType)
      guard channel.receivers > 0 else {
        return .variant(
          enumName: "Result", variant: "Err", payload: [.structure(name: Checker.sendErrorName, fields: [])])
      }
      wakeReceivers(of: channel.block)
      return Self.sentOk
    case "recv", "try_recv":
      let channel = try channelState(arguments[0], endType: pointee(typeList[0]))
      if let item = try takeFirst(of: channel) {
        return .variant(enumName: "Result", variant: "Ok", payload: [item])
      }
      if name == "try_recv" {
        let variant = channel.senders == 0 ? "Disconnected" : "Empty"
        let error = Value.variant(enumName: Checker.tryRecvErrorName, variant: variant, payload: [])
        return .variant(enumName: "Result", variant: "Err", payload: [error])
      }
      if channel.senders == 0 {
        let error = Value.structure(name: Checker.recvErrorName, fields: [])
        return .variant(enumName: "Result", variant: "Err", payload: [error])
      }
      try waitForMessage(arguments[0], channel: channel.block, at: point)
      return nil
    default:
      throw MisroutedBuiltin(builtin: .channel(name))
    }
  }

  private func channelEnd(type: Int, block: UInt64) -> Value {
    .structure(name: types[type].valueName, fields: [usize(1), .pointer(address: block, kind: .raw)])
  }

  /// What a `Sender` or `Receiver` (given by reference) sees of its channel's block.
  private struct ChannelState {
    var block: UInt64
    var blockType: Int
    var senders: Int
    var receivers: Int
    var queueAddress: UInt64
    var queueType: Int
  }

  private func channelState(_ endReference: Value, endType: Int) throws -> ChannelState {
    try channelState(
      block: channelBlock(of: try read(address: address(of: endReference), type: endType)), endType: endType)
  }

  private func channelBlock(of end: Value) -> UInt64 {
    guard case .structure(_, let fields) = end, fields.count == 2 else { return 0 }
    return address(of: fields[1])
  }

  private func channelState(block: UInt64, endType: Int) throws -> ChannelState {
    let blockType = pointee(types[endType].parts[1])
    guard case .tuple(let counts) = try read(address: block, type: blockType), counts.count == 3 else {
      throw MemoryFault(address: block)
    }
    let offsets = types[blockType].partOffsets
    return ChannelState(
      block: block, blockType: blockType, senders: Int(clamping: integer(counts[0])),
      receivers: Int(clamping: integer(counts[1])),
      queueAddress: block &+ UInt64(offsets.count == 3 ? offsets[2] : 16),
      queueType: types[blockType].parts[2])
  }

  /// Moves the oldest queued value out of the queue's buffer; nil when the queue is empty.
  private func takeFirst(of channel: ChannelState) throws -> Value? {
    let queue = try read(address: channel.queueAddress, type: channel.queueType)
    guard case .buffer(let pointer, let length, let capacity, let kind) = queue, length > 0 else {
      return nil
    }
    let element = types[channel.queueType].element
    let item = try read(address: pointer, type: element)
    if let id = blockID(startingAt: pointer) {
      record(.heapElementsReplaced(blockID: id, range: 0..<1, elements: []))
    }
    try write(
      address: channel.queueAddress, type: channel.queueType,
      value: .buffer(pointer: pointer, length: length - 1, capacity: capacity, kind: kind))
    return item
  }

  private func writeCounts(_ channel: ChannelState, senders: Int, receivers: Int) throws {
    guard case .tuple(var parts) = try read(address: channel.block, type: channel.blockType), parts.count == 3
    else {
      return
    }
    parts[0] = usize(senders)
    parts[1] = usize(receivers)
    try write(address: channel.block, type: channel.blockType, value: .tuple(parts))
  }

  /// The queue is empty and a sender lives: the thread waits, and runs `recv` again later.
  private func waitForMessage(_ reference: Value, channel: UInt64, at point: SourcePoint) throws {
    guard multithreaded else {
      try stop(
        "memtutor: stopped: `recv` waits for a message, but no other thread can send one and a `Sender` of the channel is still alive, so it never closes (a deadlock); the real program would hang"
      )
    }
    push(reference)
    frames[frames.count - 1].pc -= 1
    threads[runningThread].runState = .waitingForMessage(channel: channel)
    threads[runningThread].resumePoint = point
    record(.threadStateChanged(number: runningThread, state: .receiving(channel: channel)))
    mustSwitch = true
  }

  private func wakeReceivers(of block: UInt64) {
    for index in threads.indices where threads[index].runState == .waitingForMessage(channel: block) {
      threads[index].runState = .runnable
      record(.threadStateChanged(number: index, state: .ready))
    }
  }

  /// Why no thread can run, for the deadlock message.
  func deadlockReason() -> String {
    let receiving = threads.first {
      if case .waitingForMessage = $0.runState { return true }
      return false
    }
    if let receiving {
      let name = receiving.number == 0 ? "main" : "\(receiving.number)"
      return
        "memtutor: stopped: every thread is waiting: thread \(name) waits in `recv` for a message no thread will send (a `Sender` is still alive, so the channel never closes; a deadlock); the real program would hang"
    }
    return "memtutor: stopped: every thread is waiting for another (a deadlock); the real program would hang"
  }

  // MARK: - Cloning and dropping the ends

  /// `tx.clone()`: one more sender on the same channel.
  func cloneSender(_ value: Value, type: Int) throws -> Value {
    let channel = try channelState(block: channelBlock(of: value), endType: type)
    try writeCounts(channel, senders: channel.senders + 1, receivers: channel.receivers)
    return value
  }

  /// A `Sender` or `Receiver` at `address` drops: its count goes down; the last sender's drop
  /// closes the channel (a waiting `recv` then returns `Err(RecvError)`), and once both ends
  /// are gone the queued values drop and the block is freed.
  func dropChannelEnd(at address: UInt64, type: Int, wrapper: LibraryWrapper) throws {
    let channel = try channelState(
      block: channelBlock(of: try read(address: address, type: type)), endType: type)
    let senders = wrapper == .sender ? max(0, channel.senders - 1) : channel.senders
    let receivers = wrapper == .receiver ? 0 : channel.receivers
    try writeCounts(channel, senders: senders, receivers: receivers)
    if senders == 0 { wakeReceivers(of: channel.block) }
    guard senders == 0, receivers == 0, let id = blockID(startingAt: channel.block) else { return }
    // Last pushed runs first: the queued values, then the block.
    dropStack.append(.free(blockID: id))
    dropStack.append(.value(address: channel.queueAddress, type: channel.queueType, exclusions: []))
  }
}
