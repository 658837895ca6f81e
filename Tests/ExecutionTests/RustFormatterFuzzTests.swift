import Execution
import MemoryModel
import RustFrontEnd
import TestSupport
import Testing

/// Random format specs applied to random values, formatted by rustc and by `RustFormatter`.
@Suite struct RustFormatterFuzzTests {
  private struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9e37_79b9_7f4a_7c15
      var z = state
      z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
      z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
      return z ^ (z >> 31)
    }
    mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
  }

  private enum Family { case integer, float, text, composite }

  private struct Sample {
    var rust: String
    var value: Formattable
    var family: Family
  }

  private static func sample(_ generator: inout Generator) -> Sample {
    switch generator.next(12) {
    case 0, 1, 2:
      let kinds: [RustType.IntegerKind] = [
        .i8, .i16, .i32, .i64, .i128, .u8, .u16, .u32, .u64, .usize, .isize,
      ]
      let kind = kinds[generator.next(kinds.count)]
      let bits = LayoutCalculator.integerSize(kind) * 8
      let raw = UInt128(generator.next()) << 64 | UInt128(generator.next())
      let small = generator.next(3) == 0
      let signed = ![.u8, .u16, .u32, .u64, .u128, .usize].contains(kind)
      let pattern =
        small ? UInt128(truncatingIfNeeded: Int128(generator.next(2000)) - (signed ? 1000 : 0)) : raw
      let masked = bits >= 128 ? pattern : pattern & ((UInt128(1) << bits) - 1)
      var value: Int128
      if signed, bits < 128, masked >= UInt128(1) << (bits - 1) {
        value = Int128(masked) - (Int128(1) << bits)
      } else if signed, bits == 128 {
        value = Int128(truncatingIfNeeded: masked)
      } else {
        value = Int128(masked)
      }
      return Sample(rust: "\(value)\(kind.rawValue)", value: .integer(value, kind), family: .integer)
    case 3, 4, 5:
      let isF32 = generator.next(3) == 0
      var number: Double
      switch generator.next(4) {
      case 0: number = Double(bitPattern: generator.next())
      case 1: number = Double(generator.next(100_000)) / Double(1 + generator.next(1000))
      case 2: number = [0.0, -0.0, 1.0, 0.5, 1e16, 1e-5, 123.456, 2.5, -7.25][generator.next(9)]
      default: number = Double(generator.next(1 << 20)) * 1e-3 - 500
      }
      if isF32 { number = Double(Float(number)) }
      if !number.isFinite { number = 1.5 }
      let literal =
        isF32 ? "f32::from_bits(\(Float(number).bitPattern))" : "f64::from_bits(\(number.bitPattern))"
      return Sample(rust: literal, value: .float(number, isF32: isF32), family: .float)
    case 6, 7:
      let texts = ["", "a", "hello", "héllo wörld", "日本語", "tab\there", "quote\"s", "😀!", "ab\u{301}c"]
      let text = texts[generator.next(texts.count)]
      let literal = text.unicodeScalars.map { scalar -> String in
        switch scalar {
        case "\"": "\\\""
        case "\t": "\\t"
        case "\\": "\\\\"
        default: scalar.isASCII ? String(scalar) : "\\u{\(String(scalar.value, radix: 16))}"
        }
      }.joined()
      return Sample(rust: "\"\(literal)\"", value: .text(text), family: .text)
    case 8:
      let scalars: [Unicode.Scalar] = ["x", "é", "\n", "'", "😀", "\u{301}"]
      let scalar = scalars[generator.next(scalars.count)]
      let literal =
        scalar == "'" ? "'\\''" : scalar == "\n" ? "'\\n'" : "'\\u{\(String(scalar.value, radix: 16))}'"
      return Sample(rust: literal, value: .character(scalar), family: .text)
    case 9:
      let flag = generator.next(2) == 0
      return Sample(rust: "\(flag)", value: .boolean(flag), family: .text)
    case 10:
      let count = generator.next(4)
      let numbers = (0..<count).map { _ in generator.next(300) - 100 }
      return Sample(
        rust: "vec![\(numbers.map { "\($0)i32" }.joined(separator: ", "))] as Vec<i32>",
        value: .sequence(numbers.map { .integer(Int128($0), .i32) }), family: .composite)
    default:
      let number = generator.next(50)
      if generator.next(2) == 0 {
        return Sample(rust: "None::<i32>", value: .variant(name: "None", payload: []), family: .composite)
      }
      return Sample(
        rust: "(Some(\(number)u8), \"s\", 1.5f64)",
        value: .tuple([
          .variant(name: "Some", payload: [.integer(Int128(number), .u8)]), .text("s"),
          .float(1.5, isF32: false),
        ]), family: .composite)
    }
  }

  private static func spec(_ generator: inout Generator, family: Family) -> String {
    var spec = ""
    if generator.next(3) == 0 {
      let fills = ["", "*", "é", "0", "-", "_"]
      let aligns = ["<", "^", ">"]
      spec += fills[generator.next(fills.count)] + aligns[generator.next(aligns.count)]
    }
    if generator.next(4) == 0 { spec += "+" }
    if generator.next(4) == 0 { spec += "#" }
    if generator.next(4) == 0 { spec += "0" }
    if generator.next(2) == 0 { spec += String(generator.next(14)) }
    if generator.next(3) == 0 { spec += "." + String(generator.next(7)) }
    let kinds: [String] =
      switch family {
      case .integer: ["", "?", "x", "X", "b", "o", "e", "E", "x?"]
      case .float: ["", "?", "e", "E"]
      case .text: ["", "?"]
      case .composite: ["?", "?", "x?"]
      }
    spec += kinds[generator.next(kinds.count)]
    return spec
  }

  @Test(
    "random specs format like rustc", .enabled(if: RustcCrossCheck.isAvailable, "rustc not installed"),
    arguments: Array(UInt64(11)...14))
  func randomSpecsMatchRustc(seed: UInt64) throws {
    var generator = Generator(state: seed)
    var cases: [(format: String, value: Formattable)] = []
    var program = "fn main() {\n"
    for _ in 0..<250 {
      let sample = Self.sample(&generator)
      let format = "[{:" + Self.spec(&generator, family: sample.family) + "}]"
      cases.append((format, sample.value))
      program +=
        "    { let v = std::hint::black_box(\(sample.rust)); let s = format!(\"\(format)\", v); "
        + "print!(\"{}\\u{1f}{}\\u{1e}\", s.capacity(), s); }\n"
    }
    program += "}\n"
    let output = try RustcCrossCheck.run(program, name: "format-fuzz-\(seed)")
    let records = output.split(separator: "\u{1e}", omittingEmptySubsequences: false).map(String.init)
    for (index, item) in cases.enumerated() {
      guard index < records.count else {
        Issue.record("missing output")
        break
      }
      let fields = records[index].split(separator: "\u{1f}", maxSplits: 1, omittingEmptySubsequences: false)
      let (text, capacity) = RustFormatter.formatWithCapacity(
        try FormatString.parse(item.format), arguments: [item.value])
      #expect(text == String(fields.last ?? ""), "\(item.format) of \(item.value)")
      #expect(String(capacity) == String(fields.first ?? ""), "capacity: \(item.format) of \(item.value)")
    }
  }
}
