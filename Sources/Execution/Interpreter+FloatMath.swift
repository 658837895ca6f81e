import MemoryModel
import RustFrontEnd

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `f64` and `f32` methods. Rust's transcendental functions call the C library's (`sin`,
/// `cbrt`, `pow`, … and their `f` versions for `f32`), so these call the same ones; the rest
/// are exact IEEE operations done in the value's own precision.
extension Interpreter {
  func floatMethod(_ name: String, _ arguments: [Value]) -> Value {
    guard case .float(let a, let typeName) = arguments[0] else { return arguments[0] }
    var b = 0.0
    // `powi`'s exponent is an `i32`; any float argument (a NaN or an infinity included) is
    // never one, so it is not converted to an integer, which would trap.
    var exponent = 0
    if arguments.count > 1 {
      switch arguments[1] {
      case .float(let x, _): b = x
      case .integer(let x, _):
        b = Double(x)
        exponent = Int(truncatingIfNeeded: x)
      default: break
      }
    }
    if typeName == "f32" {
      return .float(Double(Self.singleMethod(name, Float(a), Float(b), exponent: exponent)), type: typeName)
    }
    switch name {
    case "is_nan": return .boolean(a.isNaN)
    case "is_finite": return .boolean(a.isFinite)
    case "is_infinite": return .boolean(a.isInfinite)
    case "is_sign_negative": return .boolean(a.sign == .minus)
    case "is_sign_positive": return .boolean(a.sign == .plus)
    default: return .float(Self.doubleMethod(name, a, b, exponent: exponent), type: typeName)
    }
  }

  private static func doubleMethod(_ name: String, _ a: Double, _ b: Double, exponent: Int) -> Double {
    switch name {
    case "sqrt": return a.squareRoot()
    case "abs": return abs(a)
    case "floor": return a.rounded(.down)
    case "ceil": return a.rounded(.up)
    case "round": return a.rounded(.toNearestOrAwayFromZero)
    case "trunc": return a.rounded(.towardZero)
    case "fract": return a - a.rounded(.towardZero)
    case "signum": return a.isNaN ? .nan : (a.sign == .minus ? -1 : 1)
    case "recip": return 1 / a
    case "to_degrees": return a * (180.0 / Double.pi)
    case "to_radians": return a * (Double.pi / 180.0)
    case "powi": return integerPower(a, exponent)
    case "powf": return pow(a, b)
    case "min": return a.isNaN ? b : (b.isNaN ? a : min(a, b))
    case "max": return a.isNaN ? b : (b.isNaN ? a : max(a, b))
    case "hypot": return hypot(a, b)
    case "atan2": return atan2(a, b)
    case "exp": return exp(a)
    case "ln": return log(a)
    case "log10": return log10(a)
    case "log2": return log2(a)
    case "sin": return sin(a)
    case "cos": return cos(a)
    case "tan": return tan(a)
    case "asin": return asin(a)
    case "acos": return acos(a)
    case "atan": return atan(a)
    case "cbrt": return CubeRoot.of(a)
    default: return a
    }
  }

  private static func singleMethod(_ name: String, _ a: Float, _ b: Float, exponent: Int) -> Float {
    switch name {
    case "sqrt": return a.squareRoot()
    case "abs": return abs(a)
    case "floor": return a.rounded(.down)
    case "ceil": return a.rounded(.up)
    case "round": return a.rounded(.toNearestOrAwayFromZero)
    case "trunc": return a.rounded(.towardZero)
    case "fract": return a - a.rounded(.towardZero)
    case "signum": return a.isNaN ? .nan : (a.sign == .minus ? -1 : 1)
    case "recip": return 1 / a
    // core's `f32::to_degrees` multiplies by 180/π rounded to `f32` once.
    case "to_degrees": return a * Float(57.2957795130823208767981548141051703)
    case "to_radians": return a * (Float.pi / 180)
    case "powi": return singlePower(a, exponent)
    case "powf": return powf(a, b)
    case "min": return a.isNaN ? b : (b.isNaN ? a : min(a, b))
    case "max": return a.isNaN ? b : (b.isNaN ? a : max(a, b))
    case "hypot": return hypotf(a, b)
    case "atan2": return atan2f(a, b)
    case "exp": return expf(a)
    case "ln": return logf(a)
    case "log10": return log10f(a)
    case "log2": return log2f(a)
    case "sin": return sinf(a)
    case "cos": return cosf(a)
    case "tan": return tanf(a)
    case "asin": return asinf(a)
    case "acos": return acosf(a)
    case "atan": return atanf(a)
    case "cbrt": return Float(CubeRoot.of(Double(a)))
    default: return a
    }
  }

  /// `f32::powi` as compiler-rt's `__powisf2`, in `f32` throughout.
  private static func singlePower(_ base: Float, _ exponent: Int) -> Float {
    var result: Float = 1
    var square = base
    var remaining = exponent.magnitude
    while remaining > 0 {
      if remaining & 1 == 1 { result *= square }
      remaining >>= 1
      if remaining > 0 { square *= square }
    }
    return exponent < 0 ? 1 / result : result
  }
}
