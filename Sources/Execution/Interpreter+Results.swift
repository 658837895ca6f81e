import MemoryModel
import RustFrontEnd

/// `Result`'s methods, `Option::ok_or`, and what `main` returning a `Result` does at the end.
extension Interpreter {
  /// The results of the `Result` builtins (see `builtinResult`).
  func resultResult(
    _ builtin: Builtin, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    switch builtin {
    case .resultIsOk, .resultIsErr:
      let value = try read(address: address(of: arguments[0]), type: pointee(typeList[0]))
      let isOk: Bool
      if case .variant(_, "Ok", _) = value { isOk = true } else { isOk = false }
      return .boolean(builtin == .resultIsOk ? isOk : !isOk)
    case .resultUnwrap, .resultExpect:
      guard case .variant(_, let variant, let payload) = arguments[0], let inner = payload.first else {
        return arguments[0]
      }
      if variant == "Ok" { return inner }
      let errorType = types[typeList[0]].variantPayloads.last?.first ?? 0
      let shown = RustFormatter.debug(try formattable(inner, type: errorType))
      if builtin == .resultExpect {
        try panic(String(decoding: bytesOfStr(arguments[1]), as: UTF8.self) + ": " + shown, at: point)
      }
      try panic("called `Result::unwrap()` on an `Err` value: " + shown, at: point)
    case .resultUnwrapErr, .resultExpectErr:
      guard case .variant(_, let variant, let payload) = arguments[0], let inner = payload.first else {
        return arguments[0]
      }
      if variant == "Err" { return inner }
      let valueType = types[typeList[0]].variantPayloads.first?.first ?? 0
      let shown = RustFormatter.debug(try formattable(inner, type: valueType))
      if builtin == .resultExpectErr {
        try panic(String(decoding: bytesOfStr(arguments[1]), as: UTF8.self) + ": " + shown, at: point)
      }
      try panic("called `Result::unwrap_err()` on an `Ok` value: " + shown, at: point)
    case .resultAsReference:
      let type = pointee(typeList[0])
      let value = try read(address: address(of: arguments[0]), type: type)
      guard case .variant(_, let variant, _) = value else { return value }
      let index = variant == "Ok" ? 0 : 1
      let offsets = types[type].variantOffsets
      let offset = offsets.indices.contains(index) ? (offsets[index].first ?? 0) : 0
      // `as_ref` and `as_mut`: the references are of the receiver's kind.
      var kind = PointerKind.sharedReference
      if case .pointer(_, let receiverKind) = arguments[0] { kind = receiverKind }
      return .variant(
        enumName: "Result", variant: variant,
        payload: [.pointer(address: address(of: arguments[0]) &+ UInt64(offset), kind: kind)])
    case .resultUnwrapOr:
      guard case .variant(_, let variant, let payload) = arguments[0], let inner = payload.first else {
        return arguments[0]
      }
      // The value not returned is dropped: the default on `Ok`, the error on `Err`.
      if variant == "Ok" {
        return try returning(inner, dropping: arguments[1], type: typeList[1])
      }
      let errorType = types[typeList[0]].variantPayloads.last?.first ?? 0
      return try returning(arguments[1], dropping: inner, type: errorType)
    case .resultOk, .resultErr:
      guard case .variant(_, let variant, let payload) = arguments[0], let inner = payload.first else {
        return arguments[0]
      }
      let wanted = builtin == .resultOk ? "Ok" : "Err"
      if variant == wanted { return Self.some(inner) }
      let payloads = types[typeList[0]].variantPayloads
      let droppedType = (variant == "Ok" ? payloads.first : payloads.last)?.first ?? 0
      return try returning(Self.none, dropping: inner, type: droppedType)
    case .strParse:
      let target = types[resultType].variantPayloads.first?.first ?? 0
      return parse(bytesOfStr(arguments[0]), as: types[target].term)
    case .optionOkOr:
      if case .variant(_, "Some", let payload) = arguments[0], let inner = payload.first {
        let okValue = Value.variant(enumName: "Result", variant: "Ok", payload: [inner])
        return try returning(okValue, dropping: arguments[1], type: typeList[1])
      }
      return .variant(enumName: "Result", variant: "Err", payload: [arguments[1]])
    default:
      throw MisroutedBuiltin(builtin: builtin)
    }
  }

  /// Pushes `result` after dropping `unused` (a value of `type` the method consumed), or
  /// returns `result` when nothing needs dropping.
  func returning(_ result: Value, dropping unused: Value, type: Int) throws -> Value? {
    guard types[type].needsDrop else { return result }
    let address = materialize(unused, type: type, depth: Int.max, extended: nil)
    push(result)
    try runDrops([.value(address: address, type: type, exclusions: []), .releaseTemporary(address: address)])
    return nil
  }

  /// The exit status when `main` returns `value`: for `Err(e)`, Rust's `Termination` prints
  /// `Error: {e:?}` on stderr, drops `e` and exits with 1.
  func mainStatus(returning value: Value, function: Int) throws -> Int32 {
    guard case .variant("Result", "Err", let payload) = value, let error = payload.first,
      functions.indices.contains(function)
    else { return 0 }
    let resultType = functions[function].returnType
    let errorType = types[resultType].variantPayloads.last?.first ?? 0
    try printText(
      "Error: " + RustFormatter.debug(try formattable(error, type: errorType)) + "\n", to: .stderr)
    if types[errorType].needsDrop {
      let address = materialize(error, type: errorType, depth: Int.max, extended: nil)
      try runDrops([
        .value(address: address, type: errorType, exclusions: []), .releaseTemporary(address: address),
      ])
    }
    return 1
  }
}
