import MemoryModel
import RustFrontEnd

/// `std::sync::atomic`: each atomic is a struct of its one value, changed in place through
/// `&self`. Only one thread runs at a time in memtutor, so every operation is indivisible and
/// the `Ordering` makes no difference to what the program prints.
extension Interpreter {
  /// Whether a struct of this name is one of std's atomics, which the screen and the trace
  /// show as the value inside.
  package static func isAtomic(_ structName: String) -> Bool {
    Checker.atomicValueTypes[structName] != nil
  }

  func atomicResult(
    _ name: String, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    switch name {
    case "new":
      return .structure(name: types[resultType].valueName, fields: [arguments[0]])
    case "into_inner":
      guard case .structure(_, let fields) = arguments[0], let value = fields.first else {
        throw MisroutedBuiltin(builtin: .atomic(name))
      }
      return value
    default:
      break
    }
    let address = self.address(of: arguments[0])
    let atomicType = pointee(typeList[0])
    guard case .structure(let atomicName, let fields) = try read(address: address, type: atomicType),
      let old = fields.first, let valueType = types[atomicType].parts.first
    else { throw MisroutedBuiltin(builtin: .atomic(name)) }
    var result = old
    var new: Value?
    switch name {
    case "load":
      break
    case "store":
      new = arguments[1]
      result = .unit
    case "swap":
      new = arguments[1]
    case "compare_exchange":
      guard atomicValue(old) == atomicValue(arguments[1]) else {
        return .variant(enumName: "Result", variant: "Err", payload: [old])
      }
      new = arguments[2]
      result = .variant(enumName: "Result", variant: "Ok", payload: [old])
    default:
      new = combined(name, old, arguments[1], type: valueType)
    }
    if let new {
      try write(address: address, type: atomicType, value: .structure(name: atomicName, fields: [new]))
    }
    return result
  }

  private func atomicValue(_ value: Value) -> Int128 {
    if case .boolean(let flag) = value { return flag ? 1 : 0 }
    return integer(value)
  }

  /// `fetch_add` and the other read-modify-write operations: the new value (wrapping, as
  /// atomics do on overflow).
  private func combined(_ name: String, _ old: Value, _ operand: Value, type: Int) -> Value {
    let a = atomicValue(old)
    let b = atomicValue(operand)
    let raw: Int128
    switch name {
    case "fetch_add": raw = a &+ b
    case "fetch_sub": raw = a &- b
    case "fetch_max": raw = max(a, b)
    case "fetch_min": raw = min(a, b)
    case "fetch_and": raw = a & b
    case "fetch_or": raw = a | b
    default: raw = a ^ b
    }
    guard let kind = types[type].integerKind else { return .boolean(raw & 1 == 1) }
    return .integer(Self.wrap(raw, to: kind), type: types[type].valueName)
  }
}
