import MemoryModel
import TestSupport
import Testing

/// Random structs, enums and tuples, laid out by `LayoutCalculator` and by rustc.
@Suite struct LayoutFuzzTests {
  private struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state &+= 0x9e37_79b9_7f4a_7c15
      var z = state
      z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
      z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
  }

  private struct Program {
    var declarations = TypeDeclarations()
    var source = ""
    var named: [(rust: String, type: RustType)] = []
  }

  private static let leaves: [(String, RustType)] = [
    ("u8", .integer(.u8)), ("u16", .integer(.u16)), ("u32", .integer(.u32)), ("u64", .integer(.u64)),
    ("i8", .integer(.i8)), ("i32", .integer(.i32)), ("i128", .integer(.i128)), ("bool", .bool),
    ("char", .char),
    ("f32", .float(.f32)), ("f64", .float(.f64)), ("()", .unit), ("String", .string),
    ("Vec<u8>", .vec(.integer(.u8))),
    ("Box<u16>", .box(.integer(.u16))), ("&'static str", .reference(.str, mutable: false)),
    ("&'static u8", .reference(.integer(.u8), mutable: false)),
  ]

  private static func randomType(_ generator: inout Generator, program: Program, depth: Int) -> (
    String, RustType
  ) {
    let choice = generator.next(depth > 1 ? 10 : 16)
    if choice < 10 || depth > 1 {
      if !program.named.isEmpty && generator.next(4) == 0 {
        let pick = program.named[generator.next(program.named.count)]
        return (pick.rust, pick.type)
      }
      return leaves[generator.next(leaves.count)]
    }
    switch choice {
    case 10, 11:
      let inner = randomType(&generator, program: program, depth: depth + 1)
      return ("Option<\(inner.0)>", .option(inner.1))
    case 12, 13:
      let count = 1 + generator.next(3)
      let elements = (0..<count).map { _ in randomType(&generator, program: program, depth: depth + 1) }
      let rust = count == 1 ? "(\(elements[0].0),)" : "(\(elements.map(\.0).joined(separator: ", ")))"
      return (rust, .tuple(elements.map(\.1)))
    case 14:
      let inner = randomType(&generator, program: program, depth: depth + 1)
      let count = generator.next(4)
      return ("[\(inner.0); \(count)]", .array(inner.1, count))
    default:
      let bound = [("u8", RustType.integer(.u8)), ("i32", .integer(.i32)), ("u64", .integer(.u64))][
        generator.next(3)]
      let inclusive = generator.next(2) == 0
      return (
        inclusive ? "std::ops::RangeInclusive<\(bound.0)>" : "std::ops::Range<\(bound.0)>",
        .range(bound.1, inclusive: inclusive)
      )
    }
  }

  private static func makeProgram(seed: UInt64, count: Int) -> Program {
    var generator = Generator(state: seed)
    var program = Program()
    for index in 0..<count {
      if generator.next(2) == 0 {
        let name = "S\(index)"
        let fieldCount = generator.next(6)
        var fields: [(name: String, type: RustType)] = []
        var rustFields: [String] = []
        for field in 0..<fieldCount {
          let type = randomType(&generator, program: program, depth: 0)
          fields.append((name: "f\(field)", type: type.1))
          rustFields.append("f\(field): \(type.0)")
        }
        let reprC = generator.next(8) == 0
        program.declarations.add(.init(name: name, fields: fields, isReprC: reprC))
        program.source +=
          "#[allow(dead_code)] \(reprC ? "#[repr(C)] " : "")struct \(name) { \(rustFields.joined(separator: ", ")) }\n"
        program.named.append((name, .structure(name)))
      } else {
        let name = "E\(index)"
        let variantCount = 1 + generator.next(4)
        var variants: [(name: String, payload: [RustType], discriminant: Int128?)] = []
        var rustVariants: [String] = []
        for variant in 0..<variantCount {
          let payloadCount = generator.next(5) < 2 ? 0 : 1 + generator.next(3)
          let payload = (0..<payloadCount).map { _ in randomType(&generator, program: program, depth: 0) }
          variants.append((name: "V\(variant)", payload: payload.map(\.1), discriminant: nil))
          rustVariants.append(
            payload.isEmpty ? "V\(variant)" : "V\(variant)(\(payload.map(\.0).joined(separator: ", ")))")
        }
        program.declarations.add(.init(name: name, variants: variants))
        program.source += "#[allow(dead_code)] enum \(name) { \(rustVariants.joined(separator: ", ")) }\n"
        program.named.append((name, .enumeration(name)))
      }
    }
    return program
  }

  @Test(
    "random types lay out as rustc lays them out",
    .enabled(if: RustcCrossCheck.isAvailable, "rustc not installed"),
    arguments: Array(UInt64(1)...4))
  func randomTypesMatchRustc(seed: UInt64) throws {
    let program = Self.makeProgram(seed: seed, count: 60)
    var generator = Generator(state: seed &* 7919)
    var checked = program.named
    for _ in 0..<40 {
      let type = Self.randomType(&generator, program: program, depth: 0)
      checked.append((type.0, type.1))
    }
    var source = program.source + "fn main() {\n"
    for (index, item) in checked.enumerated() {
      source +=
        "    println!(\"\(index) {} {}\", std::mem::size_of::<\(item.rust)>(), std::mem::align_of::<\(item.rust)>());\n"
    }
    for item in program.named {
      guard case .structure(let name) = item.type, let declaration = program.declarations.structs[name],
        !declaration.fields.isEmpty
      else { continue }
      let offsets = declaration.fields.map { "std::mem::offset_of!(\(name), \($0.name))" }.joined(
        separator: ", ")
      let placeholders = Array(repeating: "{}", count: declaration.fields.count).joined(separator: " ")
      source += "    println!(\"\(name) \(placeholders)\", \(offsets));\n"
    }
    source += "}\n"
    let output = try RustcCrossCheck.run(source, name: "layout-fuzz-\(seed)")
    var lines = output.split(separator: "\n").map(String.init)[...]
    let calculator = LayoutCalculator(declarations: program.declarations)
    for (index, item) in checked.enumerated() {
      let layout = calculator.layout(of: item.type)
      #expect("\(index) \(layout.size) \(layout.alignment)" == lines.popFirst(), "\(item.rust)")
    }
    for item in program.named {
      guard case .structure(let name) = item.type, let declaration = program.declarations.structs[name],
        !declaration.fields.isEmpty
      else { continue }
      let offsets = calculator.layout(of: item.type).fieldOffsets.map(String.init).joined(separator: " ")
      #expect("\(name) \(offsets)" == lines.popFirst(), "offsets of \(name)")
    }
  }
}
