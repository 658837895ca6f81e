import MemoryModel

/// A recorded run's events, in order: `Trace.events`. An `Event` takes 80 bytes, and a long
/// run's events are mostly a slot given a number or a slot's end, so those are kept as a
/// 16-byte record (the slot, the number, the type's name by its index in a table) and rebuilt
/// into the same `Event` when read; any other event is kept whole. Both are stored in
/// segments, so the log grows without ever copying itself.
package struct EventLog: RandomAccessCollection, Sendable, Equatable {
  /// One event: `header` holds the kind (low 3 bits) and, for a compact kind, the name's index
  /// (13 bits), the slot (16 bits) and the frame id (32 bits); `payload` holds the value's
  /// bits, or the index of a whole event in `others`.
  private struct Record: Sendable {
    var header: UInt64
    var payload: UInt64
  }

  private enum Kind: UInt64 {
    case whole = 0
    case signedInteger = 1
    /// An integer above `Int64.max` that fits in 64 bits (`u64`, `usize`, `u128`).
    case unsignedInteger = 2
    case float = 3
    /// A pointer: the name field holds its `PointerKind`.
    case pointer = 4
    case slotDied = 5
    case slotMovedOut = 6
  }

  private static let nameLimit = 1 << 13
  /// 1 MiB segments: well below the size where glibc maps each allocation on its own.
  private var records = SegmentedArray<Record>(segmentShift: 16)
  private var others = SegmentedArray<Event>(segmentShift: 13)
  /// The type names compact records refer to, and where each is.
  private var names: [String] = []
  private var nameIndices: [String: Int] = [:]
  /// The name written last and its index: a run writes the same few types over and over.
  private var lastName = ""
  private var lastNameIndex = -1

  package init() {}

  package init(_ events: some Sequence<Event>) {
    for event in events { append(event) }
  }

  package var startIndex: Int { 0 }
  package var endIndex: Int { records.count }

  package subscript(position: Int) -> Event {
    let record = records[position]
    let header = record.header
    let frameID = Int(header &>> 32)
    let slot = Int((header &>> 16) & 0xFFFF)
    let name = Int((header &>> 3) & 0x1FFF)
    switch Kind(rawValue: header & 7) {
    case .signedInteger:
      let number = Int128(Int64(bitPattern: record.payload))
      return .slotWritten(frameID: frameID, slot: slot, value: .integer(number, type: names[name]))
    case .unsignedInteger:
      return .slotWritten(
        frameID: frameID, slot: slot, value: .integer(Int128(record.payload), type: names[name]))
    case .float:
      let number = Double(bitPattern: record.payload)
      return .slotWritten(frameID: frameID, slot: slot, value: .float(number, type: names[name]))
    case .pointer:
      let value = Value.pointer(address: record.payload, kind: Self.pointerKind(name))
      return .slotWritten(frameID: frameID, slot: slot, value: value)
    case .slotDied: return .slotDied(frameID: frameID, slot: slot)
    case .slotMovedOut: return .slotMovedOut(frameID: frameID, slot: slot)
    case .whole, nil: return others[Int(record.payload)]
    }
  }

  package mutating func append(_ event: Event) {
    switch event {
    case .slotWritten(let frameID, let slot, let value):
      if let record = compactWrite(frameID: frameID, slot: slot, value: value) {
        records.append(record)
        return
      }
    case .slotDied(let frameID, let slot):
      if let header = Self.header(.slotDied, frameID: frameID, slot: slot, name: 0) {
        records.append(Record(header: header, payload: 0))
        return
      }
    case .slotMovedOut(let frameID, let slot):
      if let header = Self.header(.slotMovedOut, frameID: frameID, slot: slot, name: 0) {
        records.append(Record(header: header, payload: 0))
        return
      }
    default: break
    }
    records.append(Record(header: Kind.whole.rawValue, payload: UInt64(others.count)))
    others.append(event)
  }

  /// The record of a slot write whose value fits one, nil otherwise.
  private mutating func compactWrite(frameID: Int, slot: Int, value: Value) -> Record? {
    switch value {
    case .integer(let number, let type):
      let kind: Kind
      let payload: UInt64
      if let signed = Int64(exactly: number) {
        kind = .signedInteger
        payload = UInt64(bitPattern: signed)
      } else if let unsigned = UInt64(exactly: number) {
        kind = .unsignedInteger
        payload = unsigned
      } else {
        return nil
      }
      guard let name = nameIndex(type),
        let header = Self.header(kind, frameID: frameID, slot: slot, name: name)
      else { return nil }
      return Record(header: header, payload: payload)
    case .float(let number, let type):
      guard let name = nameIndex(type),
        let header = Self.header(.float, frameID: frameID, slot: slot, name: name)
      else { return nil }
      return Record(header: header, payload: number.bitPattern)
    case .pointer(let address, let kind):
      guard let header = Self.header(.pointer, frameID: frameID, slot: slot, name: Self.index(of: kind))
      else { return nil }
      return Record(header: header, payload: address)
    default:
      return nil
    }
  }

  @inline(__always) private static func header(_ kind: Kind, frameID: Int, slot: Int, name: Int) -> UInt64? {
    guard let frame = UInt32(exactly: frameID), let slot = UInt16(exactly: slot) else { return nil }
    return UInt64(frame) &<< 32 | UInt64(slot) &<< 16 | UInt64(name) &<< 3 | kind.rawValue
  }

  /// The index of `name` in the table (added if new); nil once the table is full.
  @inline(__always) private mutating func nameIndex(_ name: String) -> Int? {
    if name == lastName, lastNameIndex >= 0 { return lastNameIndex }
    let index: Int
    if let known = nameIndices[name] {
      index = known
    } else {
      guard names.count < Self.nameLimit else { return nil }
      index = names.count
      names.append(name)
      nameIndices[name] = index
    }
    lastName = name
    lastNameIndex = index
    return index
  }

  private static func index(of kind: PointerKind) -> Int {
    switch kind {
    case .sharedReference: 0
    case .mutableReference: 1
    case .box: 2
    case .rc: 3
    case .weak: 4
    case .raw: 5
    case .function: 6
    }
  }

  private static func pointerKind(_ index: Int) -> PointerKind {
    switch index {
    case 0: .sharedReference
    case 1: .mutableReference
    case 2: .box
    case 3: .rc
    case 4: .weak
    case 5: .raw
    default: .function
    }
  }

  /// The same events in the same order.
  package static func == (left: EventLog, right: EventLog) -> Bool {
    left.elementsEqual(right)
  }
}
