import MemoryModel
import RustFrontEnd

extension Interpreter {
  /// `Cell`, `RefCell` and `Weak`: the `cell(name)` builtins' results (see `builtinResult`).
  func cellResult(
    _ name: String, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    switch name {
    case "Cell::new":
      return .structure(name: "Cell", fields: [arguments[0]])
    case "RefCell::new":
      return .structure(name: "RefCell", fields: [.integer(0, type: "isize"), arguments[0]])
    case "Cell::into_inner":
      return arguments[0].part(at: [0])
    case "RefCell::into_inner":
      return arguments[0].part(at: [1])
    case "Cell::swap", "RefCell::swap":
      let cellType = pointee(typeList[0])
      let cell = types[cellType]
      let index = name == "Cell::swap" ? 0 : 1
      let first = address(of: arguments[0])
      let second = address(of: arguments[1])
      if index == 1 {
        // `RefCell::swap` borrows both mutably: a live guard on either (or the same cell
        // twice) panics.
        if first == second { try panic("RefCell already borrowed", at: point) }
        for cellAddress in [first, second] {
          let flag = integer(
            try read(address: cellAddress &+ UInt64(cell.partOffsets[0]), type: cell.parts[0]))
          if flag != 0 { try panic("RefCell already borrowed", at: point) }
        }
      }
      let offset = UInt64(cell.partOffsets[index])
      let valueType = cell.parts[index]
      let x = try read(address: first &+ offset, type: valueType)
      let y = try read(address: second &+ offset, type: valueType)
      try write(address: first &+ offset, type: valueType, value: y)
      try write(address: second &+ offset, type: valueType, value: x)
      return .unit
    case "Cell::get", "Cell::set", "Cell::replace", "Cell::take", "RefCell::replace":
      return try replaceCellValue(name, arguments, cellType: pointee(typeList[0]), at: point)
    case "RefCell::try_borrow", "RefCell::try_borrow_mut":
      // `Err` when `borrow` / `borrow_mut` would panic; the flag is left as it is.
      let mutable = name == "RefCell::try_borrow_mut"
      let cellType = pointee(typeList[0])
      let cell = types[cellType]
      let cellAddress = address(of: arguments[0])
      let flag = integer(try read(address: cellAddress &+ UInt64(cell.partOffsets[0]), type: cell.parts[0]))
      if mutable ? flag != 0 : flag < 0 {
        let error = Value.structure(name: mutable ? "BorrowMutError" : "BorrowError", fields: [])
        return .variant(enumName: "Result", variant: "Err", payload: [error])
      }
      let guardValue = try borrowRefCell(at: cellAddress, type: cellType, mutable: mutable, point: point)
      return .variant(enumName: "Result", variant: "Ok", payload: [guardValue])
    case "RefCell::borrow", "RefCell::borrow_mut":
      return try borrowRefCell(
        at: address(of: arguments[0]), type: pointee(typeList[0]), mutable: name == "RefCell::borrow_mut",
        point: point)
    case "ptr::eq":
      return .boolean(address(of: arguments[0]) == address(of: arguments[1]))
    case "Weak::new":
      // `Weak::new()` allocates nothing: its pointer is `usize::MAX`, which no block can have.
      return .pointer(address: UInt64.max, kind: .weak)
    case "Rc::downgrade":
      let rc = try read(address: address(of: arguments[0]), type: pointee(typeList[0]))
      let block = address(of: rc)
      if let (id, strong, weak) = rcCounts(block) {
        record(.heapCountsChanged(blockID: id, strong: strong, weak: weak + 1))
      }
      return .pointer(address: block, kind: .weak)
    case "Rc::try_unwrap", "Rc::into_inner":
      return try unwrapRc(arguments[0], rcType: typeList[0], keepsOwner: name == "Rc::try_unwrap")
    case "Weak::clone":
      let weak = try read(address: address(of: arguments[0]), type: pointee(typeList[0]))
      retainWeak(address(of: weak))
      return weak
    case "Weak::upgrade", "Weak::strong_count", "Weak::weak_count":
      let weak = try read(address: address(of: arguments[0]), type: pointee(typeList[0]))
      let block = address(of: weak)
      let counts = rcCounts(block)
      let strong = counts?.strong ?? 0
      if name == "Weak::strong_count" { return usize(strong) }
      // With no strong owner left the implicit weak is gone too, and `weak_count` says 0.
      if name == "Weak::weak_count" { return usize(strong == 0 ? 0 : (counts?.weak ?? 1) - 1) }
      guard let (id, _, weakCount) = counts, strong > 0 else { return Self.none }
      record(.heapCountsChanged(blockID: id, strong: strong + 1, weak: weakCount))
      return Self.some(.pointer(address: block, kind: .rc))
    default:
      throw MisroutedBuiltin(builtin: .cell(name))
    }
  }

  /// `Cell::get`/`set`/`replace`/`take` and `RefCell::replace`: the value in place, read and
  /// written through `&self` (a `RefCell` panics if a guard is live, as `borrow_mut` would).
  private func replaceCellValue(_ name: String, _ arguments: [Value], cellType: Int, at point: SourcePoint)
    throws -> Value
  {
    let cell = types[cellType]
    let isRefCell = name.hasPrefix("RefCell")
    let valueIndex = isRefCell ? 1 : 0
    let valueType = cell.parts[valueIndex]
    let cellAddress = address(of: arguments[0])
    let valueAddress = cellAddress &+ UInt64(cell.partOffsets[valueIndex])
    if isRefCell {
      let flag = integer(try read(address: cellAddress &+ UInt64(cell.partOffsets[0]), type: cell.parts[0]))
      if flag != 0 { try panic("RefCell already borrowed", at: point) }
    }
    let old = try read(address: valueAddress, type: valueType)
    switch name {
    case "Cell::get":
      return old
    case "Cell::take":
      try write(address: valueAddress, type: valueType, value: try defaultValue(valueType))
    default:
      try write(address: valueAddress, type: valueType, value: arguments[1])
    }
    return name == "Cell::set" ? .unit : old
  }

  /// `borrow` / `borrow_mut`: checks and counts the flag, and returns the guard that points at
  /// the value and the flag. The flag counts live `Ref`s up from 0; a `RefMut` sets it to -1.
  private func borrowRefCell(at cellAddress: UInt64, type cellType: Int, mutable: Bool, point: SourcePoint)
    throws -> Value
  {
    let cell = types[cellType]
    let flagAddress = cellAddress &+ UInt64(cell.partOffsets[0])
    let valueAddress = cellAddress &+ UInt64(cell.partOffsets[1])
    let flag = integer(try read(address: flagAddress, type: cell.parts[0]))
    if mutable {
      if flag != 0 { try panic("RefCell already borrowed", at: point) }
      try write(address: flagAddress, type: cell.parts[0], value: .integer(-1, type: "isize"))
    } else {
      if flag < 0 { try panic("RefCell already mutably borrowed", at: point) }
      try write(address: flagAddress, type: cell.parts[0], value: .integer(flag + 1, type: "isize"))
    }
    return .structure(
      name: mutable ? "RefMut" : "Ref",
      fields: [
        .pointer(address: valueAddress, kind: mutable ? .mutableReference : .sharedReference),
        .pointer(address: flagAddress, kind: .sharedReference),
      ])
  }

  /// A `Ref` or `RefMut` drops: its `RefCell`'s flag counts it out.
  func releaseBorrowGuard(at address: UInt64, type: Int) throws {
    let guardValue = try read(address: address, type: type)
    let flagAddress = self.address(of: guardValue.part(at: [1]))
    let isize = types.id(.integer(.isize))
    let flag = integer(try read(address: flagAddress, type: isize))
    try write(
      address: flagAddress, type: isize, value: .integer(flag < 0 ? flag + 1 : flag - 1, type: "isize"))
  }

  package func retainWeak(_ block: UInt64) {
    guard let (id, strong, weak) = rcCounts(block) else { return }
    record(.heapCountsChanged(blockID: id, strong: strong, weak: weak + 1))
  }

  /// A `Weak` drops: one weak count less, and the block goes with the last one (its value went
  /// with the last strong owner).
  func releaseWeak(_ block: UInt64) {
    guard let (id, strong, weak) = rcCounts(block) else { return }
    record(.heapCountsChanged(blockID: id, strong: strong, weak: max(0, weak - 1)))
    if weak <= 1 && strong == 0 { freeBlock(id) }
  }

  /// The last strong owner's value has dropped: its implicit weak reference goes, and the
  /// block with it when no `Weak` is left; otherwise the block stays, holding no value.
  func releaseImplicitWeak(_ id: Int) {
    guard let block = heapBlock(id), case .counted(_, let strong, let weak, _) = block.contents else {
      return
    }
    record(.heapCountsChanged(blockID: id, strong: strong, weak: max(0, weak - 1)))
    if weak <= 1 {
      freeBlock(id)
    } else {
      record(.heapValueWritten(blockID: id, value: .uninitialized))
    }
  }

  /// `clone` of a `RefCell` (its value, with a fresh flag) or a `Weak` (one more weak count);
  /// nil for any other type.
  func cloneCellOrWeak(_ value: Value, type: Int, depth: Int) throws -> Value? {
    let runtime = types[type]
    guard case .library(let wrapper, _) = runtime.term else { return nil }
    switch wrapper {
    case .refCell:
      // `RefCell::clone` borrows the value to clone it; the copy starts unborrowed.
      guard case .structure(let name, let fields) = value, fields.count == 2, runtime.parts.count == 2 else {
        return value
      }
      if integer(fields[0]) < 0 {
        try panic(
          "RefCell already mutably borrowed", at: SourcePoint(line: currentLine, column: currentColumn))
      }
      let copy = try cloneValue(fields[1], type: runtime.parts[1], depth: depth + 1)
      return .structure(name: name, fields: [.integer(0, type: "isize"), copy])
    case .weak:
      if address(of: value) != UInt64.max { retainWeak(address(of: value)) }
      return value
    case .sender:
      return try cloneSender(value, type: type)
    case .cell, .ref, .refMut, .receiver, .sliceIter, .sliceIterMut, .chars, .charIndices, .vecIntoIter,
      .peekable, .flatten, .optionIter, .optionIntoIter, .drain, .chain, .rev, .filter, .map, .skip, .take,
      .enumerate, .copied, .cloned, .zip, .binaryHeap, .reverse, .split, .splitWhitespace, .lines, .rangeFrom,
      .repeatValue:
      return nil
    case .functionPointer:
      return value
    case .vecDeque:
      return try cloneDeque(value, type: type, depth: depth)
    }
  }
}

extension Interpreter {
  /// `Rc::try_unwrap` (`keepsOwner`) and `Rc::into_inner`: the last strong owner takes the
  /// value out, and the block goes with the implicit weak reference unless `Weak`s keep it
  /// (std reads the value, lowers the strong count and drops a made-up `Weak`). Any other
  /// owner gets `Err(rc)` back, or has its `Rc` dropped for `None`.
  func unwrapRc(_ rc: Value, rcType: Int, keepsOwner: Bool) throws -> Value? {
    let block = address(of: rc)
    guard let (id, strong, weak) = rcCounts(block), strong == 1 else {
      if keepsOwner { return .variant(enumName: "Result", variant: "Err", payload: [rc]) }
      let held = materialize(rc, type: rcType, depth: Int.max, extended: nil)
      push(Self.none)
      try runDrops([.value(address: held, type: rcType, exclusions: []), .releaseTemporary(address: held)])
      return nil
    }
    let value = try read(address: block &+ 16, type: pointee(rcType))
    record(.heapCountsChanged(blockID: id, strong: 0, weak: weak - 1))
    if weak > 1 {
      record(.heapValueWritten(blockID: id, value: .uninitialized))
    } else {
      freeBlock(id)
    }
    return keepsOwner ? .variant(enumName: "Result", variant: "Ok", payload: [value]) : Self.some(value)
  }
}
