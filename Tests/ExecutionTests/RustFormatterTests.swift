import Execution
import MemoryModel
import RustFrontEnd
import TestSupport
import Testing

/// One `format!` call: the format string, the Rust argument expressions (for the rustc
/// cross-check) and the same arguments as `Formattable`s.
struct FormatCase: Sendable, CustomTestStringConvertible {
  var format: String
  var rust: [String]
  var arguments: [Formattable]
  var named: [(String, String, Formattable)] = []
  var expected: String?
  var testDescription: String { "format!(\"\(format)\", \(rust.joined(separator: ", ")))" }
}

enum FormatFixtures {
  static let header = """
    #[derive(Debug)] struct P { x: i32, y: i32 }
    #[derive(Debug)] struct T(i32, String);
    #[derive(Debug)] struct U;
    #[derive(Debug)] enum E { A, B(i32, u8), C { x: i32 } }
    #[derive(Debug)] struct Outer { name: String, inner: P, list: Vec<Option<u8>> }
    """

  static func int(_ value: Int128, _ kind: RustType.IntegerKind = .i32) -> Formattable {
    .integer(value, kind)
  }
  static func f64(_ value: Double) -> Formattable { .float(value, isF32: false) }
  static func f32(_ value: Float) -> Formattable { .float(Double(value), isF32: true) }
  static let point = Formattable.structure(name: "P", fields: [("x", int(1)), ("y", int(-2))])

  static let cases: [FormatCase] = [
    FormatCase(format: "{} {}", rust: ["1", "-7i64"], arguments: [int(1), int(-7, .i64)], expected: "1 -7"),
    FormatCase(
      format: "[{:5}] [{:<5}] [{:^5}] [{:>5}]", rust: ["42", "42", "42", "42"],
      arguments: [int(42), int(42), int(42), int(42)], expected: "[   42] [42   ] [ 42  ] [   42]"),
    FormatCase(
      format: "[{:05}] [{:<05}] [{:+05}] [{:+}]", rust: ["-42", "7", "7", "5"],
      arguments: [int(-42), int(7), int(7), int(5)], expected: "[-0042] [00007] [+0007] [+5]"),
    FormatCase(
      format: "{:#x} {:#010x} {:#b} {:o} {:X} {:x}", rust: ["255", "255", "5", "8", "255", "-1i8"],
      arguments: [int(255), int(255), int(5), int(8), int(255), int(-1, .i8)],
      expected: "0xff 0x000000ff 0b101 10 FF ff"),
    FormatCase(
      format: "{:x} {:b} {:#o}", rust: ["-2i32", "-1i16", "u64::MAX"],
      arguments: [int(-2), int(-1, .i16), int(Int128(UInt64.max), .u64)]),
    FormatCase(
      format: "{} {} {}", rust: ["u128::MAX", "i128::MIN", "usize::MAX"],
      arguments: [.unsigned(.max), int(.min, .i128), int(Int128(UInt64.max), .usize)]),
    FormatCase(
      format: "[{}] [{:?}] [{}] [{:?}]", rust: ["1.0", "1.0", "0.1 + 0.2", "1e21"],
      arguments: [f64(1), f64(1), f64(0.1 + 0.2), f64(1e21)],
      expected: "[1] [1.0] [0.30000000000000004] [1e21]"),
    FormatCase(
      format: "[{}] [{:?}] [{}] [{:?}] [{}] [{:?}]",
      rust: ["1e-7", "1e-7", "f64::NAN", "f64::INFINITY", "-0.0", "-0.0"],
      arguments: [f64(1e-7), f64(1e-7), f64(.nan), f64(.infinity), f64(-0.0), f64(-0.0)],
      expected: "[0.0000001] [1e-7] [NaN] [inf] [-0] [-0.0]"),
    FormatCase(
      format: "{} {:?} {} {:?} {}", rust: ["1e21", "1e15", "1e16", "0.0001", "1.5e-5"],
      arguments: [f64(1e21), f64(1e15), f64(1e16), f64(0.0001), f64(1.5e-5)]),
    FormatCase(
      format: "{} {} {:?} {:?}", rust: ["1e300", "1e-320", "5e-324", "f64::MAX"],
      arguments: [f64(1e300), f64(1e-320), f64(5e-324), f64(.greatestFiniteMagnitude)]),
    FormatCase(
      format: "[{:.1}] [{:.1}] [{:.0}] [{:.0}] [{:.0}] [{:.2}] [{:.1}]",
      rust: ["0.25", "0.35", "0.5", "1.5", "2.5", "1.005", "0.05"],
      arguments: [f64(0.25), f64(0.35), f64(0.5), f64(1.5), f64(2.5), f64(1.005), f64(0.05)],
      expected: "[0.2] [0.3] [0] [2] [2] [1.00] [0.1]"),
    FormatCase(
      format: "[{:08.3}] [{:+.1}] [{:10.3?}] [{:+?}] [{:.3}] [{:5}] [{:<5}]",
      rust: ["-3.14159", "2.0", "3.14159f64", "2.5", "f64::NAN", "f64::INFINITY", "-1.5"],
      arguments: [f64(-3.14159), f64(2), f64(3.14159), f64(2.5), f64(.nan), f64(.infinity), f64(-1.5)],
      expected: "[-003.142] [+2.0] [     3.142] [+2.5] [NaN] [  inf] [-1.5 ]"),
    FormatCase(
      format: "{:.0} {:.3} {:.2} {:.10}", rust: ["1e21", "-0.0004", "123.456", "0.1f32"],
      arguments: [f64(1e21), f64(-0.0004), f64(123.456), f32(0.1)]),
    FormatCase(
      format: "{:?} {:?} {} {:?} {}",
      rust: ["1.0f32 / 3.0", "0.1f32", "16777216.0f32", "1e-5f32", "3.4e38f32"],
      arguments: [f32(1.0 / 3.0), f32(0.1), f32(16_777_216), f32(1e-5), f32(3.4e38)]),
    FormatCase(
      format: "[{:e}] [{:e}] [{:E}] [{:e}] [{:.2e}] [{:e}] [{:.3e}] [{:e}]",
      rust: ["1234.5", "0.00012", "1e100", "42", "1234.5", "1.0", "2.5e-8", "0.0"],
      arguments: [f64(1234.5), f64(0.00012), f64(1e100), int(42), f64(1234.5), f64(1), f64(2.5e-8), f64(0)],
      expected: "[1.2345e3] [1.2e-4] [1E100] [4.2e1] [1.23e3] [1e0] [2.500e-8] [0e0]"),
    FormatCase(
      format: "[{:e}] [{:.1e}] [{:e}] [{:e}] [{:.3e}] [{:e}]",
      rust: ["1200", "1250", "1350", "10", "7", "-120i64"],
      arguments: [int(1200), int(1250), int(1350), int(10), int(7), int(-120, .i64)]),
    FormatCase(
      format: "[{:?}] [{:?}] [{:?}]",
      rust: ["\"a\\\"b\\n\\t\\\\'é\\u{0}\\u{7f}\\u{200b}\"", "'\\''", "'\"'"],
      arguments: [.text("a\"b\n\t\\'é\u{0}\u{7f}\u{200b}"), .character("'"), .character("\"")],
      expected: "[\"a\\\"b\\n\\t\\\\'é\\0\\u{7f}\\u{200b}\"] ['\\''] ['\"']"),
    FormatCase(
      format: "[{:?}] [{:?}] [{:?}] [{:?}]",
      rust: ["'\\u{301}'", "\"\\u{301}a\"", "\"a\\u{301}\"", "\"\\u{a0}x\\u{ad}\""],
      arguments: [.character("\u{301}"), .text("\u{301}a"), .text("a\u{301}"), .text("\u{a0}x\u{ad}")]),
    FormatCase(
      format: "[{:6?}] [{:>8?}] [{:8}] [{:5}] [{:^7}] [{:*^7}] [{:-<6}]",
      rust: ["\"ab\"", "'c'", "'c'", "true", "\"ab\"", "\"ab\"", "1"],
      arguments: [
        .text("ab"), .character("c"), .character("c"), .boolean(true), .text("ab"), .text("ab"), int(1),
      ],
      expected: "[\"ab\"] ['c'] [c       ] [true ] [  ab   ] [**ab***] [1-----]"),
    FormatCase(
      format: "[{:.3}] [{:5.2}] [{:.*}] [{:>5$}] [{:.5$}]",
      rust: ["\"abcdef\"", "\"abcdef\"", "2", "1.2345", "7", "3usize"],
      arguments: [.text("abcdef"), .text("abcdef"), int(2, .usize), f64(1.2345), int(7), int(3, .usize)],
      expected: "[abc] [ab   ] [1.23] [  7] [3]"),
    FormatCase(
      format: "[{:>w$}] [{name}] [{:é^5}] [{:<<4}]", rust: ["3", "'x'", "\"→\""],
      arguments: [int(3), .character("x"), .text("→")],
      named: [("w", "6usize", int(6, .usize)), ("name", "\"n\"", .text("n"))],
      expected: "[     3] [n] [ééxéé] [→<<<]"),
    FormatCase(
      format: "[{:5?}] [{:<5?}] [{:05?}] [{:+?}]", rust: ["vec![1, 2]", "vec![1, 2]", "Some(3)", "vec![1]"],
      arguments: [
        .sequence([int(1), int(2)]), .sequence([int(1), int(2)]), .variant(name: "Some", payload: [int(3)]),
        .sequence([int(1)]),
      ],
      expected: "[[    1,     2]] [[1    , 2    ]] [Some(00003)] [[+1]]"),
    FormatCase(
      format: "[{:5?}] [{:5?}] [{:5?}] [{:5?}] [{:>6?}]",
      rust: ["U", "E::A", "None::<i32>", "()", "Some(U)"],
      arguments: [
        .unitStructure("U"), .variant(name: "A", payload: []), .variant(name: "None", payload: []), .unit,
        .variant(name: "Some", payload: [.unitStructure("U")]),
      ],
      expected: "[U] [A] [None] [()   ] [Some(U)]"),
    FormatCase(
      format: "{:?}|{:?}|{:?}|{:?}|{:?}",
      rust: ["T(1, \"x\".into())", "U", "E::A", "E::B(1, 2)", "E::C { x: 3 }"],
      arguments: [
        .tupleStructure(name: "T", fields: [int(1), .text("x")]), .unitStructure("U"),
        .variant(name: "A", payload: []), .variant(name: "B", payload: [int(1), int(2, .u8)]),
        .structure(name: "C", fields: [("x", int(3))]),
      ],
      expected: "T(1, \"x\")|U|A|B(1, 2)|C { x: 3 }"),
    FormatCase(
      format: "{:?} {:?} {:?} {:?}", rust: ["(1,)", "()", "((),)", "(1, \"a\", 'b', true)"],
      arguments: [
        .tuple([int(1)]), .unit, .tuple([.unit]),
        .tuple([int(1), .text("a"), .character("b"), .boolean(true)]),
      ],
      expected: "(1,) () ((),) (1, \"a\", 'b', true)"),
    FormatCase(
      format: "{:#?}", rust: ["P { x: 1, y: -2 }"], arguments: [point],
      expected: "P {\n    x: 1,\n    y: -2,\n}"),
    FormatCase(
      format: "{:#?}", rust: ["(1, \"a\", vec![Some(1), None])"],
      arguments: [
        .tuple([
          int(1), .text("a"),
          .sequence([.variant(name: "Some", payload: [int(1)]), .variant(name: "None", payload: [])]),
        ])
      ]),
    FormatCase(
      format: "{:#?} {:#?} {:#?} {:#?}", rust: ["U", "E::A", "Vec::<i32>::new()", "(1,)"],
      arguments: [.unitStructure("U"), .variant(name: "A", payload: []), .sequence([]), .tuple([int(1)])]),
    FormatCase(
      format: "{:#?}|{:#?}|{:#5?}", rust: ["E::B(1, 2)", "E::C { x: 3 }", "vec![1]"],
      arguments: [
        .variant(name: "B", payload: [int(1), int(2, .u8)]), .structure(name: "C", fields: [("x", int(3))]),
        .sequence([int(1)]),
      ]),
    FormatCase(
      format: "{:#?}", rust: ["vec![vec![1, 2], vec![]]"],
      arguments: [.sequence([.sequence([int(1), int(2)]), .sequence([])])]),
    FormatCase(
      format: "{:?}\n{:#?}",
      rust: [
        "Outer { name: \"o\\nk\".into(), inner: P { x: 1, y: -2 }, list: vec![Some(1), None] }",
        "Outer { name: \"o\\nk\".into(), inner: P { x: 1, y: -2 }, list: vec![Some(1), None] }",
      ],
      arguments: Array(
        repeating: .structure(
          name: "Outer",
          fields: [
            ("name", .text("o\nk")), ("inner", point),
            (
              "list",
              .sequence([.variant(name: "Some", payload: [int(1, .u8)]), .variant(name: "None", payload: [])])
            ),
          ]), count: 2)),
    FormatCase(
      format: "{:?} {:?} {:x?} {:#X?}", rust: ["1..5", "1..=5", "vec![10, 255]", "Some(255)"],
      arguments: [
        .range(start: int(1), end: int(5), inclusive: false),
        .range(start: int(1), end: int(5), inclusive: true),
        .sequence([int(10), int(255)]), .variant(name: "Some", payload: [int(255)]),
      ]),
    FormatCase(
      format: "[{:p}] [{:20p}] [{:#p}] [{:<12p}]",
      rust: [
        "std::ptr::without_provenance::<u8>(0x1234)", "std::ptr::without_provenance::<u8>(0x10)",
        "std::ptr::without_provenance::<u8>(0x10)", "std::ptr::without_provenance::<u8>(0x5555)",
      ],
      arguments: [.pointer(0x1234), .pointer(0x10), .pointer(0x10), .pointer(0x5555)],
      expected: "[0x1234] [                0x10] [0x0000000000000010] [0x5555      ]"),
    FormatCase(format: "{{}} {{{}}} }}{{", rust: ["1"], arguments: [int(1)], expected: "{} {1} }{"),
    FormatCase(
      format: "{1} {0} {1} {} {}", rust: ["'a'", "'b'"], arguments: [.character("a"), .character("b")],
      expected: "b a b a b"),
    FormatCase(
      format: "{:?} {:?} {}", rust: ["vec![\"a\".to_string()]", "[1.5, 2.0]", "'😀'"],
      arguments: [.sequence([.text("a")]), .sequence([f64(1.5), f64(2)]), .character("😀")]),
  ]
}

@Suite struct RustFormatterTests {
  @Test(arguments: FormatFixtures.cases.filter { $0.expected != nil })
  func formatsLikeRust(_ item: FormatCase) throws {
    let format = try FormatString.parse(item.format)
    let named = Dictionary(uniqueKeysWithValues: item.named.map { ($0.0, $0.2) })
    #expect(RustFormatter.format(format, arguments: item.arguments, named: named) == item.expected)
  }

  @Test func parsesPlaceholders() throws {
    let format = try FormatString.parse("a{}b{0:>8.2}{name:+#010x}{:.*}{:1$?}")
    let placeholders = format.placeholders
    #expect(placeholders.count == 5)
    #expect(placeholders[0].argument == .next && placeholders[0].position == 0)
    #expect(placeholders[1].argument == .index(0) && placeholders[1].spec.alignment == .right)
    #expect(placeholders[1].spec.width == .literal(8) && placeholders[1].spec.precision == .literal(2))
    #expect(placeholders[2].argument == .named("name") && placeholders[2].spec.kind == .lowerHex)
    #expect(
      placeholders[2].spec.sign == .plus && placeholders[2].spec.alternate && placeholders[2].spec.zeroPad)
    // `.*` takes the next argument for the precision before the value's own.
    #expect(placeholders[3].spec.precision == .star(1) && placeholders[3].position == 2)
    #expect(placeholders[4].spec.width == .index(1) && placeholders[4].spec.kind == .debug)
    #expect(format.positionalArgumentCount == 4)
    #expect(format.namedArguments == ["name"])
    #expect(placeholders[1].offset == 4)
  }

  @Test func reportsErrorsLikeRustc() {
    func error(_ literal: String) -> FormatStringError? {
      do {
        _ = try FormatString.parse(literal)
        return nil
      } catch {
        return error
      }
    }
    #expect(error("{")?.message == "invalid format string: expected `}` but string was terminated")
    #expect(error("a {")?.offset == 3)
    #expect(error("}")?.message == "invalid format string: unmatched `}` found")
    #expect(error("ab}c")?.offset == 2)
    #expect(error("{ a }")?.message == "invalid format string: expected `}`, found `a`")
    #expect(error("{ a }")?.offset == 2)
    #expect(error("{:#?x}")?.message == "invalid format string: expected `}`, found `x`")
    #expect(error("{:5.3.2}")?.message == "invalid format string: expected `}`, found `.`")
    #expect(error("{:q}")?.message == "unknown format trait `q`")
    #expect(error("{ }") == nil)
    #expect(error("{:.}") == nil)
  }

  @Test func formatCapacities() throws {
    let dash = try FormatString.parse("{}-{}")
    #expect(RustFormatter.formatWithCapacity(dash, arguments: [.signed(1), .signed(2)]).capacity == 8)
    #expect(
      RustFormatter.formatWithCapacity(dash, arguments: [.signed(1), .signed(2)], inlinedLiterals: [0, 1])
        == ("1-2", 3))
    let hello = try FormatString.parse("hello {}")
    #expect(RustFormatter.formatWithCapacity(hello, arguments: [.text("w")]).capacity == 12)
    let xy = try FormatString.parse("x = {}, y = {}")
    #expect(RustFormatter.formatWithCapacity(xy, arguments: [.signed(1), .signed(2)]).capacity == 20)
    let words = try FormatString.parse("{} {}")
    #expect(
      RustFormatter.formatWithCapacity(words, arguments: [.text("world"), .text("world")]).capacity == 16)
    let padded = try FormatString.parse("{:>10}")
    #expect(RustFormatter.formatWithCapacity(padded, arguments: [.signed(1)]) == ("         1", 16))
    let option = try FormatString.parse("v={:?}")
    let some = Formattable.variant(name: "Some", payload: [.text("abcdefghijkl")])
    #expect(RustFormatter.formatWithCapacity(option, arguments: [some]).capacity == 40)
  }

  @Test func toStringCapacities() {
    #expect(RustFormatter.toStringCapacity(.integer(42, .i32)) == 10)
    #expect(RustFormatter.toStringCapacity(.integer(42, .u8)) == 2)
    #expect(RustFormatter.toStringCapacity(.integer(-42, .i64)) == 20)
    #expect(RustFormatter.toStringCapacity(.float(3.5, isF32: false)) == 8)
    #expect(RustFormatter.toStringCapacity(.float(123_456_789_012.5, isF32: false)) == 24)
    #expect(RustFormatter.toStringCapacity(.float(1e21, isF32: false)) == 22)
    #expect(RustFormatter.toStringCapacity(.float(1e100, isF32: false)) == 130)
    #expect(RustFormatter.toStringCapacity(.text("hello world")) == 11)
  }

  @Test(
    "formatting matches rustc", .enabled(if: RustcCrossCheck.isAvailable, "rustc not installed"))
  func crossCheckWithRustc() throws {
    var program = FormatFixtures.header + "\nfn main() {\n"
    for item in FormatFixtures.cases {
      let literal = item.format.unicodeScalars.map { scalar -> String in
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        default: String(scalar)
        }
      }.joined()
      let named = item.named.map { "\($0.0) = std::hint::black_box(\($0.1))" }
      let arguments = (item.rust.map { "std::hint::black_box(\($0))" } + named).joined(separator: ", ")
      program +=
        "    { let s = format!(\"\(literal)\", \(arguments)); print!(\"{}\\u{1f}{}\\u{1e}\", s.capacity(), s); }\n"
    }
    program += "}\n"
    let output = try RustcCrossCheck.run(program, name: "format")
    let records = output.split(separator: "\u{1e}", omittingEmptySubsequences: false).map(String.init)
    for (index, item) in FormatFixtures.cases.enumerated() {
      guard index < records.count else {
        Issue.record("missing output for \(item.testDescription)")
        continue
      }
      let fields = records[index].split(separator: "\u{1f}", maxSplits: 1, omittingEmptySubsequences: false)
      let format = try FormatString.parse(item.format)
      let named = Dictionary(uniqueKeysWithValues: item.named.map { ($0.0, $0.2) })
      let (text, capacity) = RustFormatter.formatWithCapacity(format, arguments: item.arguments, named: named)
      #expect(text == String(fields.last ?? ""), "\(item.testDescription)")
      #expect(String(capacity) == String(fields.first ?? ""), "capacity of \(item.testDescription)")
    }
  }

  @Test(
    "float formatting matches rustc on many values",
    .enabled(if: RustcCrossCheck.isAvailable, "rustc not installed"))
  func floatsMatchRustc() throws {
    var generator = FloatSamples(seed: 0x5eed)
    var values: [Double] = [
      0.1, 0.2, 0.3, 1.0 / 3.0, 2.0 / 3.0, 100, 1e15, 9.999999999999999e15, 123.456, 5e-5,
    ]
    for _ in 0..<150 {
      let bits = generator.next()
      let value = Double(bitPattern: bits)
      if value.isFinite { values.append(value) }
      let scaled = Double(bits % 1_000_000) / Double(1 + generator.next() % 10_000)
      values.append(scaled)
    }
    var program =
      "fn main() {\n    let values: [u64; \(values.count)] = [\(values.map { "\($0.bitPattern)" }.joined(separator: ", "))];\n"
    program += """
          for bits in values {
              let v = f64::from_bits(bits);
              let f = v as f32;
              println!("{} {:?} {:e} {:.3} {} {:?} {}", v, v, v, v, f, f, v.to_string().capacity());
          }
      }

      """
    let output = try RustcCrossCheck.run(program, name: "floats")
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.count == values.count)
    for (value, line) in zip(values, lines) {
      let f = Double(Float(value))
      let ours = [
        RustFormatter.display(.float(value, isF32: false)), RustFormatter.debug(.float(value, isF32: false)),
        RustFormatter.format(
          try FormatString.parse("{:e} {:.3}"),
          arguments: [.float(value, isF32: false), .float(value, isF32: false)]),
        RustFormatter.display(.float(f, isF32: true)), RustFormatter.debug(.float(f, isF32: true)),
        String(RustFormatter.toStringCapacity(.float(value, isF32: false))),
      ].joined(separator: " ")
      #expect(ours == line, "bits \(value.bitPattern)")
    }
  }
}

/// A deterministic source of sample values (SplitMix64).
private struct FloatSamples {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
