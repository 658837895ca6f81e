#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The correctly rounded cube root Rust's `f64::cbrt` and `f32::cbrt` give (its own math
/// library, not the C library's, whose `cbrt` may be one unit in the last place off): the C
/// library's answer, moved to the neighbour whose rounding interval holds the exact root.
package enum CubeRoot {
  package static func of(_ x: Double) -> Double {
    guard x.isFinite, x != 0 else { return x }
    let magnitude = abs(x)
    var root = cbrt(magnitude)
    for _ in 0..<4 {
      if root > 0, compareCubeOfMidpoint(below: root, with: magnitude) > 0 {
        // The exact root is under the midpoint with the next double down.
        root = root.nextDown
      } else if compareCubeOfMidpoint(below: root.nextUp, with: magnitude) < 0 {
        root = root.nextUp
      } else {
        break
      }
    }
    return x < 0 ? -root : root
  }

  /// The sign of `m³ − x`, `m` the midpoint between `value.nextDown` and `value` (both
  /// positive and finite), computed exactly.
  private static func compareCubeOfMidpoint(below value: Double, with x: Double) -> Int {
    let lower = value.nextDown
    guard lower > 0 else { return -1 }
    // lower = L·2^e exactly, the midpoint (2L + 1)·2^(e−1).
    let (lowerMantissa, lowerExponent) = integerParts(lower)
    let midpoint = [UInt32](limbs: 2 * lowerMantissa + 1)
    let cube = multiply(multiply(midpoint, midpoint), midpoint)
    let cubeExponent = 3 * (lowerExponent - 1)
    let (xMantissa, xExponent) = integerParts(x)
    var left = cube
    var right = [UInt32](limbs: xMantissa)
    if cubeExponent >= xExponent {
      left = shiftedLeft(left, by: cubeExponent - xExponent)
    } else {
      right = shiftedLeft(right, by: xExponent - cubeExponent)
    }
    return compare(left, right)
  }

  /// `value = mantissa · 2^exponent` with an integer mantissa (subnormals included).
  private static func integerParts(_ value: Double) -> (UInt64, Int) {
    let fraction = value.significandBitPattern
    if value.exponentBitPattern == 0 { return (fraction, -1074) }
    return (fraction | (1 << 52), Int(value.exponentBitPattern) - 1075)
  }

  private static func multiply(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    var product = [UInt32](repeating: 0, count: a.count + b.count)
    for (i, x) in a.enumerated() {
      var carry: UInt64 = 0
      for (j, y) in b.enumerated() {
        let sum = UInt64(x) * UInt64(y) + UInt64(product[i + j]) + carry
        product[i + j] = UInt32(truncatingIfNeeded: sum)
        carry = sum >> 32
      }
      product[i + b.count] = UInt32(carry)
    }
    return product
  }

  private static func shiftedLeft(_ a: [UInt32], by bits: Int) -> [UInt32] {
    let words = bits / 32
    let shift = UInt32(bits % 32)
    var result = [UInt32](repeating: 0, count: words) + a + [0]
    if shift > 0 {
      var carry: UInt32 = 0
      for index in words..<result.count {
        let word = result[index]
        result[index] = (word << shift) | carry
        carry = word >> (32 - shift)
      }
    }
    return result
  }

  private static func compare(_ a: [UInt32], _ b: [UInt32]) -> Int {
    let length = max(a.count, b.count)
    for index in stride(from: length - 1, through: 0, by: -1) {
      let x = index < a.count ? a[index] : 0
      let y = index < b.count ? b[index] : 0
      if x != y { return x < y ? -1 : 1 }
    }
    return 0
  }
}

extension [UInt32] {
  fileprivate init(limbs value: UInt64) {
    self = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
  }
}
