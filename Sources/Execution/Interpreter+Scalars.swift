import MemoryModel
import RustFrontEnd

extension Interpreter {
  /// The `Option` builtins' results (see `builtinResult`).
  func optionResult(
    _ builtin: Builtin, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    func argumentAddress(_ index: Int) -> UInt64 { address(of: arguments[index]) }
    func argumentInteger(_ index: Int) -> Int128 { integer(arguments[index]) }
    switch builtin {
    case .optionIsSome, .optionIsNone:
      let value = try read(address: argumentAddress(0), type: pointee(typeList[0]))
      let isSome: Bool
      if case .variant(_, "Some", _) = value { isSome = true } else { isSome = false }
      return .boolean(builtin == .optionIsSome ? isSome : !isSome)
    case .optionUnwrap, .optionExpect:
      if case .variant(_, "Some", let payload) = arguments[0], let inner = payload.first { return inner }
      if builtin == .optionExpect {
        try panic(String(decoding: bytesOfStr(arguments[1]), as: UTF8.self), at: point)
      }
      try panic("called `Option::unwrap()` on a `None` value", at: point)
    case .optionUnwrapOr:
      if case .variant(_, "Some", let payload) = arguments[0], let inner = payload.first {
        if types[typeList[1]].needsDrop {
          let address = materialize(arguments[1], type: typeList[1], depth: Int.max, extended: nil)
          push(inner)
          try runDrops([
            .value(address: address, type: typeList[1], exclusions: []), .releaseTemporary(address: address),
          ])
          return nil
        }
        return inner
      }
      return arguments[1]
    case .optionTake:
      let type = pointee(typeList[0])
      let old = try read(address: argumentAddress(0), type: type)
      try write(address: argumentAddress(0), type: type, value: Self.none)
      return old
    case .optionCopied:
      guard case .variant(_, "Some", let payload) = arguments[0], let pointer = payload.first else {
        return Self.none
      }
      let target = types[resultType].element
      let value = try read(address: address(of: pointer), type: target)
      return Self.some(try cloneValue(value, type: target))
    case .optionAsReference:
      let type = pointee(typeList[0])
      let value = try read(address: argumentAddress(0), type: type)
      guard case .variant(_, "Some", _) = value else { return Self.none }
      let offset = types[type].variantOffsets.count > 1 ? (types[type].variantOffsets[1].first ?? 0) : 0
      // `as_ref` and `as_mut`: the reference is of the receiver's kind.
      var kind = PointerKind.sharedReference
      if case .pointer(_, let receiverKind) = arguments[0] { kind = receiverKind }
      return Self.some(.pointer(address: argumentAddress(0) &+ UInt64(offset), kind: kind))
    default:
      throw MisroutedBuiltin(builtin: builtin)
    }
  }

  /// The `integer, float, char, Clone and ToString` builtins' results (see `builtinResult`).
  func scalarResult(
    _ builtin: Builtin, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    func argumentAddress(_ index: Int) -> UInt64 { address(of: arguments[index]) }
    func argumentInteger(_ index: Int) -> Int128 { integer(arguments[index]) }
    switch builtin {
    case .integerMethod(let name):
      return try integerMethod(name, arguments, type: typeList[0], resultType: resultType, at: point)
    case .floatMethod(let name):
      return floatMethod(name, arguments)
    case .charMethod(let name):
      return try charMethod(name, arguments, at: point)

    case .clone:
      let type = pointee(typeList[0])
      let value = try read(address: argumentAddress(0), type: type)
      return try cloneValue(value, type: type)
    case .displayToString:
      let type = pointee(typeList[0])
      let value = try read(address: argumentAddress(0), type: type)
      let formatted = try formattable(value, type: type)
      let text = RustFormatter.display(formatted)
      return try makeString(Array(text.utf8), capacity: RustFormatter.toStringCapacity(formatted))

    case .iteratorSum, .iteratorCount, .iteratorMax, .iteratorMin, .iteratorCollectVec:
      return .unit
    default:
      throw MisroutedBuiltin(builtin: builtin)
    }
  }

  /// `Default::default()` for `mem::take`.
  package func defaultValue(_ type: Int) throws -> Value {
    let runtime = types[type]
    switch runtime.shape {
    case .string: return .buffer(pointer: 1, length: 0, capacity: 0, kind: .string)
    case .vec: return try allocateVec(elementType: runtime.element, capacity: 0, exact: true)
    case .option: return Self.none
    case .structure:
      var fields: [Value] = []
      for part in runtime.parts { fields.append(try defaultValue(part)) }
      return .structure(name: runtime.valueName, fields: fields)
    case .tuple:
      var items: [Value] = []
      for part in runtime.parts { items.append(try defaultValue(part)) }
      return .tuple(items)
    case .enumeration:
      let declarations = types.declarations
      let name = declarations.instanceBases[runtime.valueName] ?? runtime.valueName
      guard
        let variant = declarations.enums[runtime.valueName]?.defaultVariant
          ?? declarations.enums[name]?.defaultVariant
      else { return zeroSizedValue(type) }
      return .variant(enumName: runtime.valueName, variant: variant, payload: [])
    case .array:
      let count = runtime.partOffsets.count > 1 ? runtime.partOffsets[1] : 0
      var items: [Value] = []
      for _ in 0..<count { items.append(try defaultValue(runtime.element)) }
      return .array(items)
    default:
      switch runtime.term {
      case .integer(let kind): return .integer(0, type: kind.rawValue)
      case .float(let kind): return .float(0, type: kind.rawValue)
      case .bool: return .boolean(false)
      case .char: return .character("\0")
      default: return zeroSizedValue(type)
      }
    }
  }
}
