import MemoryModel
import RustFrontEnd

extension Interpreter {
  /// Wraps an integer to the width of `kind` (two's complement), as `as` and wrapping ops do.
  package static func wrap(_ value: Int128, to kind: RustType.IntegerKind) -> Int128 {
    let bits = kind.bitWidth
    if bits == 128 { return value }
    let modulus = Int128(1) << bits
    var result = value & (modulus - 1)
    if kind.isSigned && result >= (Int128(1) << (bits - 1)) { result -= modulus }
    return result
  }

  package func integerKind(_ type: Int) -> RustType.IntegerKind {
    types[type].integerKind ?? .i32
  }

  package func arithmetic(
    _ op: BinaryOperator, _ left: Value, _ right: Value, type: Int, at point: SourcePoint
  )
    throws -> Value
  {
    switch (left, right) {
    case (.integer(let a, let name), .integer(let b, _)):
      // The common case first: `+`, `-` or `*` that stays in range. Anything else (and any
      // overflow, to panic with its message) goes the general way.
      if let bounds = types[type].integerBounds {
        var result: (partialValue: Int128, overflow: Bool)
        switch op {
        case .add: result = a.addingReportingOverflow(b)
        case .subtract: result = a.subtractingReportingOverflow(b)
        case .multiply: result = a.multipliedReportingOverflow(by: b)
        default: result = (0, true)
        }
        if !result.overflow, result.partialValue >= bounds.minimum, result.partialValue <= bounds.maximum {
          return .integer(result.partialValue, type: name)
        }
      }
      return .integer(try integerOperation(op, a, b, kind: integerKind(type), at: point), type: name)
    case (.float(let a, let name), .float(let b, _)):
      var result: Double
      switch op {
      case .add: result = a + b
      case .subtract: result = a - b
      case .multiply: result = a * b
      case .divide: result = a / b
      case .remainder: result = a.truncatingRemainder(dividingBy: b)
      default: result = a
      }
      if name == "f32" { result = Double(Float(result)) }
      return .float(result, type: name)
    case (.boolean(let a), .boolean(let b)):
      switch op {
      case .bitAnd: return .boolean(a && b)
      case .bitOr: return .boolean(a || b)
      case .bitXor: return .boolean(a != b)
      default: return .boolean(a)
      }
    default:
      return left
    }
  }

  package func integerOperation(
    _ op: BinaryOperator, _ a: Int128, _ b: Int128, kind: RustType.IntegerKind, at point: SourcePoint
  ) throws -> Int128 {
    func overflow(_ verb: String) throws -> Never {
      try panic(
        "attempt to \(verb) with overflow", at: point,
        location: point.inLibraryAccumulator ? Self.iteratorSumLocation : nil)
    }
    if kind == .u128 {
      let x = UInt128(truncatingIfNeeded: a)
      let y = UInt128(truncatingIfNeeded: b)
      switch op {
      case .add:
        let (r, o) = x.addingReportingOverflow(y)
        if o { try overflow("add") }
        return Int128(truncatingIfNeeded: r)
      case .subtract:
        let (r, o) = x.subtractingReportingOverflow(y)
        if o { try overflow("subtract") }
        return Int128(truncatingIfNeeded: r)
      case .multiply:
        let (r, o) = x.multipliedReportingOverflow(by: y)
        if o { try overflow("multiply") }
        return Int128(truncatingIfNeeded: r)
      case .divide:
        if y == 0 { try panic("attempt to divide by zero", at: point) }
        return Int128(truncatingIfNeeded: x / y)
      case .remainder:
        if y == 0 { try panic("attempt to calculate the remainder with a divisor of zero", at: point) }
        return Int128(truncatingIfNeeded: x % y)
      default:
        break
      }
    }
    switch op {
    case .add:
      let (r, o) = a.addingReportingOverflow(b)
      if o || r < kind.minimum || (kind != .u128 && r > kind.maximum) { try overflow("add") }
      return r
    case .subtract:
      let (r, o) = a.subtractingReportingOverflow(b)
      if o || r < kind.minimum || (kind != .u128 && r > kind.maximum) { try overflow("subtract") }
      return r
    case .multiply:
      let (r, o) = a.multipliedReportingOverflow(by: b)
      if o || r < kind.minimum || (kind != .u128 && r > kind.maximum) { try overflow("multiply") }
      return r
    case .divide:
      if b == 0 { try panic("attempt to divide by zero", at: point) }
      if kind.isSigned && a == kind.minimum && b == -1 { try overflow("divide") }
      return a / b
    case .remainder:
      if b == 0 { try panic("attempt to calculate the remainder with a divisor of zero", at: point) }
      if kind.isSigned && a == kind.minimum && b == -1 {
        try panic("attempt to calculate the remainder with overflow", at: point)
      }
      return a % b
    case .bitAnd: return a & b
    case .bitOr: return a | b
    case .bitXor: return a ^ b
    case .shiftLeft, .shiftRight:
      let shift = kind == .u128 ? Int128(truncatingIfNeeded: UInt128(truncatingIfNeeded: b)) : b
      if shift < 0 || shift >= Int128(kind.bitWidth) {
        try overflow(op == .shiftLeft ? "shift left" : "shift right")
      }
      if op == .shiftLeft {
        let bits = UInt128(truncatingIfNeeded: a) << UInt128(shift)
        return Self.wrap(Int128(truncatingIfNeeded: bits), to: kind)
      }
      if kind == .u128 {
        return Int128(truncatingIfNeeded: UInt128(truncatingIfNeeded: a) >> UInt128(shift))
      }
      return a >> shift
    default:
      return a
    }
  }

  package func negate(_ value: Value, type: Int, at point: SourcePoint) throws -> Value {
    switch value {
    case .integer(let a, let name):
      let kind = integerKind(type)
      if a == kind.minimum && kind.isSigned { try panic("attempt to negate with overflow", at: point) }
      return .integer(-a, type: name)
    case .float(let a, let name):
      return .float(-a, type: name)
    default:
      return value
    }
  }

  package func bitwiseNot(_ value: Value, type: Int) -> Value {
    switch value {
    case .boolean(let flag): return .boolean(!flag)
    case .integer(let a, let name): return .integer(Self.wrap(~a, to: integerKind(type)), type: name)
    default: return value
    }
  }

  package func cast(_ value: Value, from: Int, to: Int) -> Value {
    let target = types[to]
    let source = types[from]
    switch (value, target.term) {
    case (.integer(let a, _), .integer(let kind)):
      return .integer(Self.wrap(a, to: kind), type: kind.rawValue)
    case (.integer(let a, _), .float(let kind)):
      if source.integerKind == .u128 {
        let unsigned = UInt128(truncatingIfNeeded: a)
        return .float(kind == .f32 ? Double(Float(unsigned)) : Double(unsigned), type: kind.rawValue)
      }
      return .float(kind == .f32 ? Double(Float(a)) : Double(a), type: kind.rawValue)
    case (.float(let d, _), .integer(let kind)):
      return .integer(Self.saturatingInteger(d, kind: kind), type: kind.rawValue)
    case (.float(let d, _), .float(let kind)):
      return .float(kind == .f32 ? Double(Float(d)) : d, type: kind.rawValue)
    case (.boolean(let flag), .integer(let kind)):
      return .integer(flag ? 1 : 0, type: kind.rawValue)
    case (.character(let scalar), .integer(let kind)):
      return .integer(Self.wrap(Int128(scalar.value), to: kind), type: kind.rawValue)
    case (.pointer(let address, _), .integer(let kind)),
      (.slicePointer(let address, _, _), .integer(let kind)):
      // `as_ptr() as usize`: the modelled address.
      return .integer(Self.wrap(Int128(address), to: kind), type: kind.rawValue)
    case (.integer(let a, _), .char):
      return .character(Unicode.Scalar(UInt8(truncatingIfNeeded: a)))
    case (.variant(let enumName, let variant, _), .integer(let kind)):
      let declaration = types.declarations.enums[enumName]
      let index = declaration?.variants.firstIndex { $0.name == variant } ?? 0
      let discriminant = declaration?.discriminants[index] ?? Int128(index)
      return .integer(Self.wrap(discriminant, to: kind), type: kind.rawValue)
    default:
      return value
    }
  }

  /// Rust's float → int `as`: saturating, NaN becomes 0.
  package static func saturatingInteger(_ value: Double, kind: RustType.IntegerKind) -> Int128 {
    if value.isNaN { return 0 }
    let truncated = value.rounded(.towardZero)
    if kind == .u128 {
      if truncated <= 0 { return 0 }
      if truncated >= 340_282_366_920_938_463_463_374_607_431_768_211_455.0 { return -1 }
      return Int128(truncatingIfNeeded: UInt128(truncated))
    }
    if truncated <= Double(kind.minimum) { return kind.minimum }
    if truncated >= Double(kind.maximum) { return kind.maximum }
    return Int128(truncated)
  }

  // MARK: - Comparison

  package func compare(_ op: BinaryOperator, _ left: Value, _ right: Value, type: Int) throws -> Bool {
    // The common case first: two integers.
    if case .integer(let a, _) = left, case .integer(let b, _) = right, !types[type].isWideUnsigned {
      switch op {
      case .equal: return a == b
      case .notEqual: return a != b
      case .less: return a < b
      case .lessEqual: return a <= b
      case .greater: return a > b
      case .greaterEqual: return a >= b
      default: return false
      }
    }
    let ordering = try compareValues(left, right, type: type, equalityOnly: op == .equal || op == .notEqual)
    switch op {
    case .equal: return ordering == 0
    case .notEqual: return ordering != 0
    case .less: return ordering.map { $0 < 0 } ?? false
    case .lessEqual: return ordering.map { $0 <= 0 } ?? false
    case .greater: return ordering.map { $0 > 0 } ?? false
    case .greaterEqual: return ordering.map { $0 >= 0 } ?? false
    default: return false
    }
  }

  private static func order<T: Comparable>(_ a: T, _ b: T) -> Int {
    a < b ? -1 : (a > b ? 1 : 0)
  }

  static func orderBytes(_ a: [UInt8], _ b: [UInt8]) -> Int {
    for (x, y) in zip(a, b) where x != y { return x < y ? -1 : 1 }
    return order(a.count, b.count)
  }

  /// Orders two values of one type (nil when unordered: a NaN).
  package func compareValues(
    _ left: Value, _ right: Value, type: Int, equalityOnly: Bool = false, depth: Int = 0
  )
    throws
    -> Int?
  {
    if depth > Self.maximumValueDepth { try stopForDepth("compare") }
    let runtime = types[type]
    switch (left, right) {
    case (.integer(let a, _), .integer(let b, _)):
      if runtime.integerKind == .u128 {
        return Self.order(UInt128(truncatingIfNeeded: a), UInt128(truncatingIfNeeded: b))
      }
      return Self.order(a, b)
    case (.float(let a, _), .float(let b, _)):
      if a.isNaN || b.isNaN { return nil }
      return Self.order(a, b)
    case (.boolean(let a), .boolean(let b)):
      return Self.order(a ? 1 : 0, b ? 1 : 0)
    case (.character(let a), .character(let b)):
      return Self.order(a.value, b.value)
    case (.unit, .unit):
      return 0
    default:
      break
    }
    if runtime.term.isLibrary(.vecDeque) {
      return try compareDeques(left, right, type: type, equalityOnly: equalityOnly, depth: depth)
    }
    if case .library(let wrapper, _) = runtime.term, case .structure(_, let xs) = left,
      case .structure(_, let ys) = right
    {
      // A cell compares its value (not a `RefCell`'s flag); a guard the value it points at.
      let index = wrapper == .refCell ? 1 : 0
      guard xs.indices.contains(index), ys.indices.contains(index), runtime.parts.indices.contains(index)
      else { return 0 }
      if wrapper == .reverse {
        // `Reverse` orders its values the other way round.
        return try compareValues(
          ys[index], xs[index], type: runtime.parts[index], equalityOnly: equalityOnly, depth: depth + 1)
      }
      return try compareValues(
        xs[index], ys[index], type: runtime.parts[index], equalityOnly: equalityOnly, depth: depth + 1)
    }
    switch runtime.shape {
    case .string:
      return Self.orderBytes(bufferBytes(left), bufferBytes(right))
    case .fatPointer:
      guard case .slicePointer(let a, let n, _) = left, case .slicePointer(let b, let m, _) = right else {
        return 0
      }
      let element = types[runtime.element]
      if case .str = element.term {
        return Self.orderBytes(readBytes(address: a, length: n), readBytes(address: b, length: m))
      }
      guard case .slice(let elementTerm) = element.term else { return 0 }
      let elementType = types.id(elementTerm)
      let size = types[elementType].size
      for index in 0..<min(n, m) {
        let x = try read(address: a &+ UInt64(index * size), type: elementType)
        let y = try read(address: b &+ UInt64(index * size), type: elementType)
        guard
          let result = try compareValues(
            x, y, type: elementType, equalityOnly: equalityOnly, depth: depth + 1)
        else {
          return nil
        }
        if result != 0 { return result }
      }
      return Self.order(n, m)
    case .reference, .box:
      if case .pointer(let a, .raw) = left, case .pointer(let b, .raw) = right {
        // `s.as_ptr() == t.as_ptr()`: raw pointers compare their addresses.
        return Self.order(a, b)
      }
      let x = try read(address: address(of: left), type: runtime.element)
      let y = try read(address: address(of: right), type: runtime.element)
      return try compareValues(x, y, type: runtime.element, equalityOnly: equalityOnly, depth: depth + 1)
    case .rc:
      let x = try read(address: address(of: left) &+ 16, type: runtime.element)
      let y = try read(address: address(of: right) &+ 16, type: runtime.element)
      return try compareValues(x, y, type: runtime.element, equalityOnly: equalityOnly, depth: depth + 1)
    case .vec:
      return try compareSequences(
        vecElements(left), vecElements(right), element: runtime.element, depth: depth)
    case .array:
      guard case .array(let xs) = left, case .array(let ys) = right else { return 0 }
      return try compareSequences(xs, ys, element: runtime.element, depth: depth)
    case .tuple, .structure:
      let xs: [Value]
      let ys: [Value]
      switch (left, right) {
      case (.tuple(let a), .tuple(let b)): (xs, ys) = (a, b)
      case (.structure(_, let a), .structure(_, let b)): (xs, ys) = (a, b)
      default: return 0
      }
      for (index, part) in runtime.parts.enumerated() where index < xs.count && index < ys.count {
        guard let result = try compareValues(xs[index], ys[index], type: part, depth: depth + 1) else {
          return nil
        }
        if result != 0 { return result }
      }
      return 0
    case .option, .enumeration:
      guard case .variant(let enumName, let a, let xs) = left, case .variant(_, let b, let ys) = right else {
        return 0
      }
      let i = runtime.variantNames.firstIndex(of: a) ?? 0
      let j = runtime.variantNames.firstIndex(of: b) ?? 0
      if i != j {
        // A derived `PartialOrd` orders variants by their discriminants (`Debug = 10` after
        // `Info = 5`), which are their positions unless written.
        if let discriminants = types.declarations.enums[enumName]?.discriminants,
          discriminants.indices.contains(i), discriminants.indices.contains(j)
        {
          return Self.order(discriminants[i], discriminants[j])
        }
        return Self.order(i, j)
      }
      for (index, part) in runtime.variantPayloads[i].enumerated() where index < xs.count && index < ys.count
      {
        guard let result = try compareValues(xs[index], ys[index], type: part, depth: depth + 1) else {
          return nil
        }
        if result != 0 { return result }
      }
      return 0
    default:
      return 0
    }
  }

  private func compareSequences(_ xs: [Value], _ ys: [Value], element: Int, depth: Int) throws -> Int? {
    for (x, y) in zip(xs, ys) {
      guard let result = try compareValues(x, y, type: element, depth: depth + 1) else { return nil }
      if result != 0 { return result }
    }
    return Self.order(xs.count, ys.count)
  }

  package func bufferBytes(_ value: Value) -> [UInt8] {
    guard case .buffer(let pointer, let length, _, _) = value else { return [] }
    return readBytes(address: pointer, length: length)
  }

  package func literalMatches(_ value: Value, _ literal: Value, type: Int) throws -> Bool {
    try compareValues(value, literal, type: type) == 0
  }

  // MARK: - Coercions

  package func coerce(_ value: Value, _ coercion: Coercion, from type: Int) throws -> Value {
    let kind: PointerKind
    switch value {
    case .pointer(_, let k), .slicePointer(_, _, let k): kind = k
    default: kind = .sharedReference
    }
    let referent = types[type].element
    switch coercion {
    case .stringToStr, .vecToSlice:
      let inner = try read(address: address(of: value), type: referent)
      guard case .buffer(let pointer, let length, _, _) = inner else { return value }
      return .slicePointer(address: pointer, length: length, kind: kind)
    case .arrayToSlice(let length):
      return .slicePointer(address: address(of: value), length: length, kind: kind)
    case .mutableToShared:
      switch value {
      case .pointer(let address, _): return .pointer(address: address, kind: .sharedReference)
      case .slicePointer(let address, let length, _):
        return .slicePointer(address: address, length: length, kind: .sharedReference)
      default: return value
      }
    case .boxToReference:
      let inner = try read(address: address(of: value), type: referent)
      // `&Box<dyn Fn(i32) -> i32>` used as `&dyn Fn(i32) -> i32` keeps the vtable.
      if case .traitObject(let boxed, let vtable, _) = inner {
        return .traitObject(address: boxed, vtable: vtable, kind: kind)
      }
      return .pointer(address: address(of: inner), kind: kind)
    case .rcToReference:
      let inner = try read(address: address(of: value), type: referent)
      if case .traitObject(let counted, let vtable, _) = inner {
        return .traitObject(address: counted &+ 16, vtable: vtable, kind: .sharedReference)
      }
      return .pointer(address: address(of: inner) &+ 16, kind: .sharedReference)
    case .guardToReference:
      // A `Ref` / `RefMut` holds the value's address in its first field.
      let guardValue = try read(address: address(of: value), type: referent)
      return .pointer(address: address(of: guardValue.part(at: [0])), kind: kind)
    case .never, .traitObject:
      // Trait objects are made by `makeTraitObject`, which knows the vtable's address.
      return value
    }
  }
}
