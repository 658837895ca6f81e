import MemoryModel
import RustFrontEnd

/// `Option::{replace, zip, xor, or}`: what std's bodies return, and the options they do not
/// return dropped in std's order (`xor` and `zip` match on the tuple `(self, other)`, which
/// drops front to back; `or` drops its argument when `self` is `Some`).
extension Interpreter {
  func optionMethodResult(_ name: String, _ arguments: [Value], types typeList: [Int]) throws -> Value? {
    func isSome(_ value: Value) -> Bool {
      if case .variant(_, "Some", _) = value { return true }
      return false
    }
    switch name {
    case "replace":
      let address = address(of: arguments[0])
      let type = pointee(typeList[0])
      let old = try read(address: address, type: type)
      try write(address: address, type: type, value: Self.some(arguments[1]))
      return old
    case "or":
      if isSome(arguments[0]) { return try returning(arguments[0], dropping: [(arguments[1], typeList[1])]) }
      return arguments[1]
    case "xor":
      switch (isSome(arguments[0]), isSome(arguments[1])) {
      case (true, false): return arguments[0]
      case (false, true): return arguments[1]
      default:
        return try returning(Self.none, dropping: [(arguments[0], typeList[0]), (arguments[1], typeList[1])])
      }
    case "zip":
      if case .variant(_, "Some", let first) = arguments[0],
        case .variant(_, "Some", let second) = arguments[1],
        let a = first.first, let b = second.first
      {
        return Self.some(.tuple([a, b]))
      }
      return try returning(Self.none, dropping: [(arguments[0], typeList[0]), (arguments[1], typeList[1])])
    case "get_or_insert":
      // `if let None = *self { *self = Some(value) }`, then a `&mut` to the payload; an
      // unused `value` drops as the call returns.
      let address = address(of: arguments[0])
      let type = pointee(typeList[0])
      let offset = types[type].variantOffsets.count > 1 ? (types[type].variantOffsets[1].first ?? 0) : 0
      let payload = Value.pointer(address: address &+ UInt64(offset), kind: .mutableReference)
      guard isSome(try read(address: address, type: type)) else {
        try write(address: address, type: type, value: Self.some(arguments[1]))
        return payload
      }
      return try returning(payload, dropping: [(arguments[1], typeList[1])])
    case "as_deref", "as_deref_mut":
      // `Deref::deref` of the payload in place: a `String`'s or `Vec`'s buffer as a slice, a
      // `Box`'s or a reference's target.
      let option = try read(address: address(of: arguments[0]), type: pointee(typeList[0]))
      guard case .variant(_, "Some", let payload) = option, let inner = payload.first else {
        return Self.none
      }
      let kind: PointerKind = name == "as_deref_mut" ? .mutableReference : .sharedReference
      switch inner {
      case .buffer(let pointer, let length, _, _):
        return Self.some(.slicePointer(address: pointer, length: length, kind: kind))
      case .pointer(let target, _): return Self.some(.pointer(address: target, kind: kind))
      case .slicePointer(let target, let length, _):
        return Self.some(.slicePointer(address: target, length: length, kind: kind))
      case .traitObject(let target, let vtable, _):
        return Self.some(.traitObject(address: target, vtable: vtable, kind: kind))
      default: throw MisroutedBuiltin(builtin: .optionMethod(name))
      }
    default:
      throw MisroutedBuiltin(builtin: .optionMethod(name))
    }
  }

  /// `result`, after dropping `unused` front to back (nil: it is pushed already, as
  /// `returning(_:dropping:type:)` does).
  private func returning(_ result: Value, dropping unused: [(value: Value, type: Int)]) throws -> Value? {
    let dropped = unused.filter { types[$0.type].needsDrop }
    guard !dropped.isEmpty else { return result }
    var work: [DropWork] = []
    var releases: [DropWork] = []
    for (value, type) in dropped {
      let address = materialize(value, type: type, depth: Int.max, extended: nil)
      work.append(.value(address: address, type: type, exclusions: []))
      releases.append(.releaseTemporary(address: address))
    }
    push(result)
    try runDrops(work + releases)
    return nil
  }
}
