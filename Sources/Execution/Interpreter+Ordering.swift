import MemoryModel
import RustFrontEnd

extension Interpreter {
  /// `a.cmp(&b)` and `a.partial_cmp(&b)`: both operands arrive as references.
  /// The result, or nil when it is already pushed (the value not kept may run drops first).
  func orderingResult(_ builtin: Builtin, _ arguments: [Value], types typeList: [Int]) throws -> Value? {
    if builtin == .orderingMethod("max") || builtin == .orderingMethod("min"), arguments.count == 2 {
      // `Ord::max` keeps the second on a tie, `Ord::min` the first, as std's `max_by`/`min_by`;
      // the other is dropped.
      let order = try compareValues(arguments[0], arguments[1], type: typeList[0]) ?? 0
      let keepsFirst = builtin == .orderingMethod("max") ? order > 0 : order <= 0
      let kept = keepsFirst ? arguments[0] : arguments[1]
      return try returning(kept, dropping: keepsFirst ? arguments[1] : arguments[0], type: typeList[0])
    }
    if case .variant(_, let variant, _) = arguments[0] {
      let order = variant == "Less" ? -1 : (variant == "Greater" ? 1 : 0)
      switch builtin {
      case .orderingMethod("then"): return order == 0 ? arguments[1] : arguments[0]
      case .orderingMethod("reverse"): return Self.orderingValue(-order)
      case .orderingMethod("is_lt"): return .boolean(order < 0)
      case .orderingMethod("is_le"): return .boolean(order <= 0)
      case .orderingMethod("is_gt"): return .boolean(order > 0)
      case .orderingMethod("is_ge"): return .boolean(order >= 0)
      case .orderingMethod("is_eq"): return .boolean(order == 0)
      case .orderingMethod("is_ne"): return .boolean(order != 0)
      default: throw MisroutedBuiltin(builtin: builtin)
      }
    }
    guard arguments.count == 2 else { throw MisroutedBuiltin(builtin: builtin) }
    var left = arguments[0]
    var right = arguments[1]
    var type = typeList[0]
    // Scalars are compared by value; `&str` is compared as the text it points at.
    if case .pointer(let leftAddress, _) = left, case .pointer(let rightAddress, _) = right {
      type = pointee(typeList[0])
      left = try read(address: leftAddress, type: type)
      right = try read(address: rightAddress, type: type)
    }
    if builtin == .orderingMethod("total_cmp"), case .float(let a, _) = left, case .float(let b, _) = right {
      // IEEE 754 total order: -NaN < -inf < … < -0.0 < +0.0 < … < inf < NaN.
      if a.bitPattern == b.bitPattern { return Self.orderingValue(0) }
      return Self.orderingValue(a.isTotallyOrdered(belowOrEqualTo: b) ? -1 : 1)
    }
    let order = try compareValues(left, right, type: type)
    let ordering = order.map { Self.orderingValue($0) }
    if builtin == .orderingMethod("partial_cmp") {
      guard let ordering else { return Self.none }
      return Self.some(ordering)
    }
    return ordering ?? Self.orderingValue(0)
  }

  static func orderingValue(_ order: Int) -> Value {
    let name = order < 0 ? "Less" : (order > 0 ? "Greater" : "Equal")
    return .variant(enumName: "Ordering", variant: name, payload: [])
  }
}
