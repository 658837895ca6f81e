/// A trait of `std::ops` that gives a program's own type an operator: `impl Add for Point`
/// makes `p + q` a call of `<Point as Add>::add(p, q)`, as rustc lowers it.
package struct OperatorTrait: Sendable {
  package enum Form: Sendable, Equatable {
    /// `a + b`: `add(self, rhs: Rhs) -> Self::Output`.
    case binary(BinaryOperator)
    /// `a += b`: `add_assign(&mut self, rhs: Rhs)`.
    case assign(BinaryOperator)
    /// `-a`: `neg(self) -> Self::Output`.
    case unary(UnaryOperator)
  }

  package let name: String
  package let method: String
  package let form: Form

  /// The binary and unary forms have an `Output` type; the assigning forms do not.
  package var hasOutput: Bool {
    if case .assign = form { return false }
    return true
  }

  /// Only the binary and assigning forms take a right-hand side (`Rhs`, `Self` by default).
  package var takesRightOperand: Bool {
    if case .unary = form { return false }
    return true
  }

  package static let all: [OperatorTrait] = {
    let binary: [(String, String, BinaryOperator)] = [
      ("Add", "add", .add), ("Sub", "sub", .subtract), ("Mul", "mul", .multiply), ("Div", "div", .divide),
      ("Rem", "rem", .remainder), ("BitAnd", "bitand", .bitAnd), ("BitOr", "bitor", .bitOr),
      ("BitXor", "bitxor", .bitXor), ("Shl", "shl", .shiftLeft), ("Shr", "shr", .shiftRight),
    ]
    var traits = binary.map { OperatorTrait(name: $0.0, method: $0.1, form: .binary($0.2)) }
    traits += binary.map {
      OperatorTrait(name: $0.0 + "Assign", method: $0.1 + "_assign", form: .assign($0.2))
    }
    traits.append(OperatorTrait(name: "Neg", method: "neg", form: .unary(.negate)))
    traits.append(OperatorTrait(name: "Not", method: "not", form: .unary(.not)))
    return traits
  }()

  package static let byName: [String: OperatorTrait] = Dictionary(
    all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
}

extension Parser {
  /// `impl Add for Point`, `impl std::ops::Mul<f64> for Vec2`.
  static func isOperatorTrait(_ path: [String]) -> Bool {
    guard let name = path.last, OperatorTrait.byName[name] != nil else { return false }
    return path.count == 1 || path.dropLast() == ["std", "ops"] || path.dropLast() == ["ops"]
      || path.dropLast() == ["core", "ops"]
  }
}
