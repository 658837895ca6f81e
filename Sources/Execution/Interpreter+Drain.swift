import MemoryModel
import RustFrontEnd

/// `v.drain(a..b)`: the `Vec`'s length drops to `a` at once; the items are moved out one by
/// one; when the `Drain` drops, the items it did not give drop and the tail moves down.
extension Interpreter {
  /// Where `core::slice::index::range` panics for a range past the end (`..=end` apart),
  /// and for a start after the end (rustc 1.95's library).
  static let drainEndPanicLocation =
    "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/slice/index.rs:1020:51"
  static let drainInclusiveEndPanicLocation =
    "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/slice/index.rs:1016:52"
  static let drainOrderPanicLocation =
    "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/slice/index.rs:1031:55"

  func makeDrain(_ arguments: [Value], types typeList: [Int], type: Int, at point: SourcePoint) throws
    -> Value
  {
    guard arguments.count == 5 else { return .unit }
    let vecAddress = address(of: arguments[0])
    let vecType = pointee(typeList[0])
    guard
      case .buffer(let pointer, let length, let capacity, let kind) = try read(
        address: vecAddress, type: vecType)
    else { return .unit }
    let start = Int(integer(arguments[1]))
    var end = length
    if case .boolean(true) = arguments[3] {
      end = Int(integer(arguments[2]))
      if case .boolean(true) = arguments[4] {
        // `..=end` is checked against the length before anything else.
        if end >= length {
          try panic(
            "range end index \(end) out of range for slice of length \(length)", at: point,
            location: Self.drainInclusiveEndPanicLocation)
        }
        end += 1
      }
    }
    if start > end {
      let message =
        start > length
        ? "range start index \(start) out of range for slice of length \(length)"
        : "slice index starts at \(start) but ends at \(end)"
      try panic(message, at: point, location: Self.drainOrderPanicLocation)
    }
    if end > length {
      try panic(
        "range end index \(end) out of range for slice of length \(length)", at: point,
        location: Self.drainEndPanicLocation)
    }
    try write(
      address: vecAddress, type: vecType,
      value: .buffer(pointer: pointer, length: start, capacity: capacity, kind: kind))
    let size = types[types[vecType].element].size
    func raw(_ address: UInt64) -> Value { .pointer(address: address, kind: .raw) }
    return .structure(
      name: LibraryWrapper.drain.rawValue,
      fields: [
        raw(pointer &+ UInt64(start * size)), raw(pointer &+ UInt64(end * size)), usize(end),
        usize(length - end), .pointer(address: vecAddress, kind: .mutableReference),
      ])
  }

  /// `Drain`'s drop: the items not taken drop, then the tail closes the gap.
  func dropDrain(at address: UInt64, type: Int, exclusions: [Range<UInt64>], into work: inout [DropWork])
    throws
  {
    guard case .structure(_, let fields) = try read(address: address, type: type), fields.count == 5 else {
      return
    }
    let element = pointee(types[type].parts[0])
    let size = types[element].size
    var current = self.address(of: fields[0])
    let end = self.address(of: fields[1])
    if types[element].needsDrop, size > 0 {
      while current < end {
        work.append(.value(address: current, type: element, exclusions: exclusions))
        current &+= UInt64(size)
      }
    }
    work.append(
      .closeDrainGap(
        vecAddress: self.address(of: fields[4]), vecType: pointee(types[type].parts[4]),
        tailStart: Int(integer(fields[2])), tailLength: Int(integer(fields[3]))))
  }

  /// The kept tail moves down to the `Vec`'s length, which then counts it again.
  func closeDrainGap(vecAddress: UInt64, vecType: Int, tailStart: Int, tailLength: Int) throws {
    guard
      case .buffer(let pointer, let start, let capacity, let kind) = try read(
        address: vecAddress, type: vecType)
    else { return }
    if let id = blockID(startingAt: pointer), case .elements(_, _, _, let elements) = heapBlock(id)?.contents
    {
      let tail = Array(elements.dropFirst(tailStart).prefix(tailLength))
      let upper = min(elements.count, tailStart + tailLength)
      if start <= upper {
        record(.heapElementsReplaced(blockID: id, range: start..<upper, elements: tail))
      }
    }
    try write(
      address: vecAddress, type: vecType,
      value: .buffer(pointer: pointer, length: start + tailLength, capacity: capacity, kind: kind))
  }
}
