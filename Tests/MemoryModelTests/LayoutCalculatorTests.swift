import MemoryModel
import TestSupport
import Testing

/// Types with their Rust spelling, for the rustc cross-check.
struct LayoutCase: Sendable, CustomTestStringConvertible {
  var rust: String
  var type: RustType
  var testDescription: String { rust }
}

enum LayoutFixtures {
  static let source = """
    #[allow(dead_code)] struct S { a: u8, b: u64, c: u16 }
    #[allow(dead_code)] #[repr(C)] struct SC { a: u8, b: u64, c: u16 }
    #[allow(dead_code)] struct Point { x: i32, y: i32 }
    #[allow(dead_code)] struct Mixed { flag: bool, count: u32, name: String, tag: u8 }
    #[allow(dead_code)] struct Pair(u8, u32);
    #[allow(dead_code)] struct Unit;
    #[allow(dead_code)] struct Node { value: i32, next: Option<Box<Node>> }
    #[allow(dead_code)] struct Flags { a: bool, b: u16, c: char, d: u8 }
    #[allow(dead_code)] enum Color { Red, Green, Blue }
    #[allow(dead_code)] enum One { Only }
    #[allow(dead_code)] enum Big { A = 1000, B }
    #[allow(dead_code)] enum Neg { A = -1, B, C }
    #[allow(dead_code)] enum E1 { A(Box<i32>), B }
    #[allow(dead_code)] enum E2 { A(String), B(u32) }
    #[allow(dead_code)] enum E3 { A(u8), B(u64) }
    #[allow(dead_code)] enum E5 { A(u32), B }
    #[allow(dead_code)] enum E6 { A(bool), B(bool), C }
    #[allow(dead_code)] enum Shape { Circle(f64), Rect(f64, f64), Empty }
    #[allow(dead_code)] enum Msg { Quit, Move { x: i32, y: i32 }, Write(String), Color(u8, u8, u8) }
    #[allow(dead_code)] enum Wrap { W(Point) }
    #[allow(dead_code)] enum Tiny { A(u8), B(u16) }
    #[allow(dead_code)] enum CharOr { C(char), N }
    #[allow(dead_code)] enum Two { A(u32, bool), B(u16) }
    #[allow(dead_code)] #[repr(u8)] enum R8 { A(u32), B }
    #[allow(dead_code)] enum Many { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9 }
    #[allow(dead_code)] enum ListE { Cons(i32, Box<ListE>), Nil }
    """

  static let declarations: TypeDeclarations = {
    let u8 = RustType.integer(.u8)
    let u16 = RustType.integer(.u16)
    let u32 = RustType.integer(.u32)
    let u64 = RustType.integer(.u64)
    let i32 = RustType.integer(.i32)
    func unitVariants(_ names: [String]) -> [(name: String, payload: [RustType], discriminant: Int128?)] {
      names.map { (name: $0, payload: [], discriminant: nil) }
    }
    return TypeDeclarations(
      structs: [
        .init(name: "S", fields: [("a", u8), ("b", u64), ("c", u16)]),
        .init(name: "SC", fields: [("a", u8), ("b", u64), ("c", u16)], isReprC: true),
        .init(name: "Point", fields: [("x", i32), ("y", i32)]),
        .init(name: "Mixed", fields: [("flag", .bool), ("count", u32), ("name", .string), ("tag", u8)]),
        .init(name: "Pair", fields: [("0", u8), ("1", u32)], shape: .tuple),
        .init(name: "Unit", fields: [], shape: .unit),
        .init(name: "Node", fields: [("value", i32), ("next", .option(.box(.structure("Node"))))]),
        .init(name: "Flags", fields: [("a", .bool), ("b", u16), ("c", .char), ("d", u8)]),
      ],
      enums: [
        .init(name: "Color", variants: unitVariants(["Red", "Green", "Blue"])),
        .init(name: "One", variants: unitVariants(["Only"])),
        .init(name: "Big", variants: [("A", [], 1000), ("B", [], nil)]),
        .init(name: "Neg", variants: [("A", [], -1), ("B", [], nil), ("C", [], nil)]),
        .init(name: "E1", variants: [("A", [.box(i32)], nil), ("B", [], nil)]),
        .init(name: "E2", variants: [("A", [.string], nil), ("B", [u32], nil)]),
        .init(name: "E3", variants: [("A", [u8], nil), ("B", [u64], nil)]),
        .init(name: "E5", variants: [("A", [u32], nil), ("B", [], nil)]),
        .init(name: "E6", variants: [("A", [.bool], nil), ("B", [.bool], nil), ("C", [], nil)]),
        .init(
          name: "Shape",
          variants: [
            ("Circle", [.float(.f64)], nil), ("Rect", [.float(.f64), .float(.f64)], nil), ("Empty", [], nil),
          ]),
        .init(
          name: "Msg",
          variants: [
            ("Quit", [], nil), ("Move", [i32, i32], nil), ("Write", [.string], nil),
            ("Color", [u8, u8, u8], nil),
          ],
          payloadFieldNames: ["Move": ["x", "y"]]),
        .init(name: "Wrap", variants: [("W", [.structure("Point")], nil)]),
        .init(name: "Tiny", variants: [("A", [u8], nil), ("B", [u16], nil)]),
        .init(name: "CharOr", variants: [("C", [.char], nil), ("N", [], nil)]),
        .init(name: "Two", variants: [("A", [u32, .bool], nil), ("B", [u16], nil)]),
        .init(name: "R8", variants: [("A", [u32], nil), ("B", [], nil)], reprInteger: .u8),
        .init(name: "Many", variants: unitVariants((0..<10).map { "V\($0)" })),
        .init(
          name: "ListE", variants: [("Cons", [i32, .box(.enumeration("ListE"))], nil), ("Nil", [], nil)]),
      ])
  }()

  static let calculator = LayoutCalculator(declarations: declarations)

  static let cases: [LayoutCase] = {
    let u8 = RustType.integer(.u8)
    let i32 = RustType.integer(.i32)
    let u64 = RustType.integer(.u64)
    var cases: [LayoutCase] = []
    func add(_ rust: String, _ type: RustType) { cases.append(LayoutCase(rust: rust, type: type)) }
    for kind in RustType.IntegerKind.allCases { add(kind.rawValue, .integer(kind)) }
    add("bool", .bool)
    add("char", .char)
    add("f32", .float(.f32))
    add("f64", .float(.f64))
    add("()", .unit)
    add("String", .string)
    add("Vec<i32>", .vec(i32))
    add("Vec<u8>", .vec(u8))
    add("Box<i32>", .box(i32))
    add("std::rc::Rc<i32>", .rc(i32))
    add("&'static i32", .reference(i32, mutable: false))
    add("&'static mut u8", .reference(u8, mutable: true))
    add("&'static str", .reference(.str, mutable: false))
    add("&'static [i32]", .reference(.slice(i32), mutable: false))
    add("Box<str>", .box(.str))
    add("[u8; 100]", .array(u8, 100))
    add("[i32; 0]", .array(i32, 0))
    add("[bool; 3]", .array(.bool, 3))
    add("(u8, i32)", .tuple([u8, i32]))
    add("(i32, u8)", .tuple([i32, u8]))
    add("(u8, u16, u8, u64)", .tuple([u8, .integer(.u16), u8, u64]))
    add("(bool, u64, u8)", .tuple([.bool, u64, u8]))
    add("(u8,)", .tuple([u8]))
    add("(String, u8, Option<u8>)", .tuple([.string, u8, .option(u8)]))
    add("std::ops::Range<i32>", .range(i32, inclusive: false))
    add("std::ops::RangeInclusive<i32>", .range(i32, inclusive: true))
    add("std::ops::Range<u8>", .range(u8, inclusive: false))
    add("Option<u8>", .option(u8))
    add("Option<i32>", .option(i32))
    add("Option<u64>", .option(u64))
    add("Option<bool>", .option(.bool))
    add("Option<char>", .option(.char))
    add("Option<()>", .option(.unit))
    add("Option<Box<i32>>", .option(.box(i32)))
    add("Option<&'static i32>", .option(.reference(i32, mutable: false)))
    add("Option<&'static str>", .option(.reference(.str, mutable: false)))
    add("Option<String>", .option(.string))
    add("Option<Vec<i32>>", .option(.vec(i32)))
    add("Option<Option<bool>>", .option(.option(.bool)))
    add("Option<Option<Box<i32>>>", .option(.option(.box(i32))))
    add("Option<Option<String>>", .option(.option(.string)))
    add("Option<Option<i32>>", .option(.option(i32)))
    add("Option<Option<Option<u8>>>", .option(.option(.option(u8))))
    add("Option<(u8, bool)>", .option(.tuple([u8, .bool])))
    add("Option<(u32, bool)>", .option(.tuple([.integer(.u32), .bool])))
    add("Option<[bool; 2]>", .option(.array(.bool, 2)))
    add("Option<std::ops::RangeInclusive<u8>>", .option(.range(u8, inclusive: true)))
    add("Option<std::rc::Rc<String>>", .option(.rc(.string)))
    add("Option<u128>", .option(.integer(.u128)))
    add("std::cell::Cell<i32>", .library(.cell, i32))
    add("std::cell::Cell<u8>", .library(.cell, u8))
    add("Option<std::cell::Cell<bool>>", .option(.library(.cell, .bool)))
    add("std::cell::RefCell<i32>", .library(.refCell, i32))
    add("std::cell::RefCell<u8>", .library(.refCell, u8))
    add("std::cell::RefCell<Vec<i32>>", .library(.refCell, .vec(i32)))
    add("Option<std::cell::RefCell<bool>>", .option(.library(.refCell, .bool)))
    add("std::cell::RefCell<Option<std::rc::Rc<i32>>>", .library(.refCell, .option(.rc(i32))))
    add("std::slice::Iter<'static, i32>", .library(.sliceIter, i32))
    add("std::slice::IterMut<'static, u8>", .library(.sliceIterMut, u8))
    add("std::str::Chars<'static>", .library(.chars, .unit))
    add("std::str::CharIndices<'static>", .library(.charIndices, .unit))
    add("std::vec::IntoIter<String>", .library(.vecIntoIter, .string))
    add("std::vec::Drain<'static, i32>", .library(.drain, i32))
    add("std::iter::Peekable<std::str::Chars<'static>>", .library(.peekable, .library(.chars, .unit)))
    add("std::iter::Peekable<std::slice::Iter<'static, i32>>", .library(.peekable, .library(.sliceIter, i32)))
    add(
      "std::iter::Peekable<std::vec::IntoIter<String>>", .library(.peekable, .library(.vecIntoIter, .string)))
    add(
      "std::iter::Flatten<std::slice::Iter<'static, Vec<i32>>>",
      .library(.flatten, .library(.sliceIter, .vec(i32))))
    add(
      "std::iter::Flatten<std::vec::IntoIter<Vec<String>>>",
      .library(.flatten, .library(.vecIntoIter, .vec(.string))))
    add(
      "std::iter::Flatten<std::slice::Iter<'static, Option<i32>>>",
      .library(.flatten, .library(.sliceIter, .option(i32))))
    add("std::option::IntoIter<i32>", .library(.optionIntoIter, i32))
    add("std::cell::Ref<'static, i32>", .library(.ref, i32))
    add("std::cell::RefMut<'static, Vec<u8>>", .library(.refMut, .vec(u8)))
    add("Option<std::cell::Ref<'static, i32>>", .option(.library(.ref, i32)))
    add("std::rc::Weak<i32>", .library(.weak, i32))
    add("Option<std::rc::Weak<String>>", .option(.library(.weak, .string)))
    add("std::rc::Rc<std::cell::RefCell<u64>>", .rc(.library(.refCell, u64)))
    add("fn(i32) -> i32", .library(.functionPointer, .tuple([i32, i32])))
    add("Option<fn(String) -> String>", .option(.library(.functionPointer, .tuple([.string, .string]))))
    add("[fn(u8, u8); 3]", .array(.library(.functionPointer, .tuple([u8, u8, .unit])), 3))
    for name in ["S", "SC", "Point", "Mixed", "Pair", "Unit", "Node", "Flags"] { add(name, .structure(name)) }
    for name in [
      "Color", "One", "Big", "Neg", "E1", "E2", "E3", "E5", "E6", "Shape", "Msg", "Wrap", "Tiny", "CharOr",
      "Two",
      "R8", "Many", "ListE",
    ] {
      add(name, .enumeration(name))
    }
    add("Option<Color>", .option(.enumeration("Color")))
    add("Option<E2>", .option(.enumeration("E2")))
    add("Option<Msg>", .option(.enumeration("Msg")))
    add("Option<Flags>", .option(.structure("Flags")))
    add("Option<Mixed>", .option(.structure("Mixed")))
    add("Vec<Point>", .vec(.structure("Point")))
    add("(Point, u8)", .tuple([.structure("Point"), u8]))
    add("(Color, u16, Color)", .tuple([.enumeration("Color"), .integer(.u16), .enumeration("Color")]))
    return cases
  }()
}

@Suite struct LayoutCalculatorTests {
  let calculator = LayoutFixtures.calculator

  private func sizeAndAlignment(_ type: RustType) -> [Int] {
    let layout = calculator.layout(of: type)
    return [layout.size, layout.alignment]
  }

  @Test func factsTable() {
    #expect(sizeAndAlignment(.integer(.u8)) == [1, 1])
    #expect(sizeAndAlignment(.bool) == [1, 1])
    #expect(sizeAndAlignment(.integer(.i32)) == [4, 4])
    #expect(sizeAndAlignment(.char) == [4, 4])
    #expect(sizeAndAlignment(.integer(.usize)) == [8, 8])
    #expect(sizeAndAlignment(.float(.f64)) == [8, 8])
    #expect(sizeAndAlignment(.array(.integer(.u8), 100)) == [100, 1])
    #expect(sizeAndAlignment(.tuple([.integer(.u8), .integer(.i32)])) == [8, 4])
    #expect(sizeAndAlignment(.structure("S")) == [16, 8])
    #expect(sizeAndAlignment(.structure("SC")) == [24, 8])
    #expect(sizeAndAlignment(.string) == [24, 8])
    #expect(sizeAndAlignment(.vec(.integer(.i32))) == [24, 8])
    #expect(sizeAndAlignment(.box(.integer(.i32))) == [8, 8])
    #expect(sizeAndAlignment(.rc(.integer(.i32))) == [8, 8])
    #expect(sizeAndAlignment(.reference(.str, mutable: false)) == [16, 8])
    #expect(sizeAndAlignment(.reference(.slice(.integer(.i32)), mutable: false)) == [16, 8])
    #expect(sizeAndAlignment(.option(.box(.integer(.i32)))) == [8, 8])
    #expect(sizeAndAlignment(.option(.integer(.i32))) == [8, 4])
    #expect(sizeAndAlignment(.option(.string)) == [24, 8])
    #expect(sizeAndAlignment(.unit) == [0, 1])
    #expect(sizeAndAlignment(.integer(.u128)) == [16, 16])
    #expect(sizeAndAlignment(.option(.integer(.u8))) == [2, 1])
    #expect(sizeAndAlignment(.option(.integer(.u64))) == [16, 8])
    #expect(sizeAndAlignment(.option(.bool)) == [1, 1])
    #expect(sizeAndAlignment(.option(.char)) == [4, 4])
    #expect(sizeAndAlignment(.option(.option(.bool))) == [1, 1])
    #expect(sizeAndAlignment(.range(.integer(.i32), inclusive: false)) == [8, 4])
    #expect(sizeAndAlignment(.enumeration("E1")) == [8, 8])
    #expect(sizeAndAlignment(.enumeration("Color")) == [1, 1])
  }

  /// FACTS.md §10 and rustc 1.95: a cell hides its value's niche, `RefCell` puts its
  /// `isize` borrow flag before the value, a guard is two pointers, `Weak` one.
  @Test func cellsGuardsAndWeak() {
    let i32 = RustType.integer(.i32)
    #expect(sizeAndAlignment(.library(.cell, .integer(.u32))) == [4, 4])
    #expect(sizeAndAlignment(.option(.library(.cell, .bool))) == [2, 1])
    #expect(sizeAndAlignment(.library(.refCell, i32)) == [16, 8])
    #expect(sizeAndAlignment(.library(.refCell, .integer(.u8))) == [16, 8])
    #expect(sizeAndAlignment(.library(.refCell, .vec(.integer(.u8)))) == [32, 8])
    #expect(sizeAndAlignment(.option(.library(.refCell, .bool))) == [24, 8])
    #expect(calculator.layout(of: .library(.refCell, .integer(.u8))).fieldOffsets == [0, 8])
    #expect(sizeAndAlignment(.library(.ref, i32)) == [16, 8])
    #expect(sizeAndAlignment(.library(.refMut, .string)) == [16, 8])
    #expect(sizeAndAlignment(.library(.weak, .integer(.u64))) == [8, 8])
    #expect(sizeAndAlignment(.option(.library(.weak, i32))) == [8, 8])
    #expect(sizeAndAlignment(.rc(.library(.refCell, .integer(.u64)))) == [8, 8])
    #expect(!calculator.isCopy(.library(.cell, i32)))
    #expect(!calculator.needsDrop(.library(.cell, i32)))
    #expect(calculator.needsDrop(.library(.refCell, .string)))
    #expect(calculator.needsDrop(.library(.ref, i32)))
    #expect(calculator.needsDrop(.library(.weak, i32)))
  }

  @Test func functionPointers() {
    let i32 = RustType.integer(.i32)
    let pointer = RustType.library(.functionPointer, .tuple([i32, .string, .unit]))
    #expect(pointer.name == "fn(i32, String)")
    #expect(RustType.library(.functionPointer, .tuple([.unit])).name == "fn()")
    #expect(
      RustType.library(.functionPointer, .tuple([.tuple([i32, i32]), i32])).name == "fn((i32, i32)) -> i32")
    #expect(sizeAndAlignment(pointer) == [8, 8])
    #expect(sizeAndAlignment(.option(pointer)) == [8, 8])
    #expect(calculator.isCopy(pointer))
    #expect(!calculator.needsDrop(pointer))
  }

  /// rustc 1.95's `size_of_val` of the library iterators kept in variables.
  @Test func keptIterators() {
    let i32 = RustType.integer(.i32)
    let chars = RustType.library(.chars, .unit)
    #expect(sizeAndAlignment(.library(.sliceIter, i32)) == [16, 8])
    #expect(sizeAndAlignment(chars) == [16, 8])
    #expect(sizeAndAlignment(.library(.charIndices, .unit)) == [24, 8])
    #expect(sizeAndAlignment(.library(.vecIntoIter, i32)) == [32, 8])
    #expect(sizeAndAlignment(.library(.peekable, chars)) == [24, 8])
    #expect(sizeAndAlignment(.library(.peekable, .library(.sliceIter, i32))) == [32, 8])
    #expect(sizeAndAlignment(.library(.peekable, .library(.charIndices, .unit))) == [40, 8])
    #expect(sizeAndAlignment(.library(.peekable, .library(.vecIntoIter, .vec(.string)))) == [56, 8])
    #expect(sizeAndAlignment(.library(.drain, i32)) == [40, 8])
    #expect(sizeAndAlignment(.library(.flatten, .library(.sliceIter, .vec(i32)))) == [48, 8])
    #expect(sizeAndAlignment(.library(.flatten, .library(.vecIntoIter, .vec(i32)))) == [96, 8])
    #expect(sizeAndAlignment(.library(.flatten, .library(.sliceIter, .option(i32)))) == [48, 8])
    #expect(sizeAndAlignment(.library(.flatten, .library(.vecIntoIter, .option(i32)))) == [48, 8])
    #expect(!calculator.isCopy(.library(.sliceIter, i32)))
    #expect(!calculator.needsDrop(.library(.sliceIter, .string)))
    #expect(calculator.needsDrop(.library(.vecIntoIter, i32)))
    #expect(calculator.needsDrop(.library(.drain, i32)))
  }

  @Test func fieldReordering() {
    #expect(calculator.layout(of: .structure("S")).fieldOffsets == [10, 0, 8])
    #expect(calculator.layout(of: .structure("SC")).fieldOffsets == [0, 8, 16])
    // A tuple's last element stays last; the others are sorted.
    #expect(calculator.layout(of: .tuple([.integer(.u8), .integer(.i32)])).fieldOffsets == [0, 4])
    #expect(
      calculator.layout(of: .tuple([.integer(.u8), .integer(.u16), .integer(.u8), .integer(.u64)]))
        .fieldOffsets
        == [2, 0, 3, 8])
  }

  @Test func nicheEncodings() {
    let optionBox = calculator.layout(of: .option(.box(.integer(.i32))))
    #expect(
      optionBox.variantEncoding
        == .niche(offset: 0, size: 8, untaggedVariant: 1, firstNicheVariant: 0, nicheStart: 0))
    let optionU64 = calculator.layout(of: .option(.integer(.u64)))
    #expect(optionU64.variantEncoding == .tag(offset: 0, size: 8))
    #expect(optionU64.variantFieldOffsets == [[], [8]])
  }

  @Test func copyAndDrop() {
    #expect(calculator.isCopy(.integer(.i32)))
    #expect(calculator.isCopy(.tuple([.bool, .char, .reference(.str, mutable: false)])))
    #expect(!calculator.isCopy(.reference(.integer(.i32), mutable: true)))
    #expect(!calculator.isCopy(.string))
    #expect(calculator.isCopy(.option(.array(.integer(.u8), 3))))
    #expect(!calculator.isCopy(.structure("Point")))
    var declarations = LayoutFixtures.declarations
    declarations.add(.init(name: "P", fields: [("x", .integer(.i32))], derives: ["Clone", "Copy"]))
    declarations.dropImplementations = ["Noisy"]
    declarations.add(.init(name: "Noisy", fields: [("id", .integer(.i32))]))
    let withCopy = LayoutCalculator(declarations: declarations)
    #expect(withCopy.isCopy(.structure("P")))
    #expect(withCopy.needsDrop(.structure("Noisy")))
    #expect(withCopy.needsDrop(.tuple([.integer(.i32), .vec(.integer(.i32))])))
    #expect(!withCopy.needsDrop(.structure("Point")))
    #expect(withCopy.needsDrop(.structure("Node")))
    #expect(withCopy.needsDrop(.enumeration("Msg")))
    #expect(!withCopy.needsDrop(.enumeration("Color")))
  }

  @Test func frameModel() {
    let u64 = RustType.integer(.u64)
    // The return address (8 bytes) sits at the top; slots follow; the total is a multiple of 16.
    let bare = calculator.frameLayout(function: "f", slots: [("n", u64, true, 1)])
    #expect(bare.size == 16)
    #expect(bare.slots.map(\.offset) == [8])
    // With the temporaries the compiler estimates for `if n == 0 { 0 } else { 1 + f(n - 1) }`
    // (the returned value, `n - 1`, the sum: 24 bytes) the frame is rustc's 48.
    let recursive = calculator.frameLayout(function: "f", slots: [("n", u64, true, 1)], temporaryBytes: 24)
    #expect(recursive.size == 48)
    let withBuffer = calculator.frameLayout(
      function: "g", slots: [("n", u64, true, 1), ("buf", .array(.integer(.u8), 1024), false, 2)])
    #expect(withBuffer.size == 1040)
    let strings = calculator.frameLayout(
      function: "say", slots: [("s", .string, false, 3), ("name", .string, true, 1)])
    #expect(strings.size == 64)
    // Parameters are placed first even when listed later; slot order is kept.
    #expect(strings.slots.map(\.name) == ["s", "name"])
    #expect(strings.slots.map(\.offset) == [32, 8])
    let mixed = calculator.frameLayout(
      function: "m",
      slots: [("a", .integer(.u8), false, 2), ("b", u64, false, 3), ("c", .integer(.i32), false, 4)])
    #expect(mixed.slots.map(\.offset) == [8, 16, 24])
    #expect(mixed.size == 32)
  }

  @Test(
    "layouts match rustc", .enabled(if: RustcCrossCheck.isAvailable, "rustc not installed"))
  func crossCheckWithRustc() throws {
    var program = LayoutFixtures.source + "\nfn main() {\n"
    for (index, item) in LayoutFixtures.cases.enumerated() {
      program +=
        "    println!(\"\(index) {} {}\", std::mem::size_of::<\(item.rust)>(), std::mem::align_of::<\(item.rust)>());\n"
    }
    let offsetChecks: [(String, String, [String])] = [
      ("S", "S", ["a", "b", "c"]), ("SC", "SC", ["a", "b", "c"]),
      ("Mixed", "Mixed", ["flag", "count", "name", "tag"]),
      ("Flags", "Flags", ["a", "b", "c", "d"]), ("Pair", "Pair", ["0", "1"]),
      ("(u8, u16, u8, u64)", "(u8, u16, u8, u64)", ["0", "1", "2", "3"]),
      ("(bool, u64, u8)", "(bool, u64, u8)", ["0", "1", "2"]),
      ("(String, u8, Option<u8>)", "(String, u8, Option<u8>)", ["0", "1", "2"]),
      ("std::ops::RangeInclusive<i32>", "std::ops::RangeInclusive<i32>", []),
    ]
    for (index, check) in offsetChecks.enumerated() where !check.2.isEmpty {
      let fields = check.2.map { "std::mem::offset_of!(\(check.1), \($0))" }.joined(separator: ", ")
      let placeholders = Array(repeating: "{}", count: check.2.count).joined(separator: " ")
      program += "    println!(\"offsets\(index) \(placeholders)\", \(fields));\n"
    }
    program += "}\n"
    let output = try RustcCrossCheck.run(program, name: "layouts")
    var lines = output.split(separator: "\n").map(String.init)
    for (index, item) in LayoutFixtures.cases.enumerated() {
      let layout = calculator.layout(of: item.type)
      let expected = lines.isEmpty ? "" : lines.removeFirst()
      #expect("\(index) \(layout.size) \(layout.alignment)" == expected, "\(item.rust)")
    }
    for (index, check) in offsetChecks.enumerated() where !check.2.isEmpty {
      let expected = lines.isEmpty ? "" : lines.removeFirst()
      guard let type = LayoutFixtures.cases.first(where: { $0.rust == check.0 })?.type else {
        Issue.record("no case for \(check.0)")
        continue
      }
      let offsets = calculator.layout(of: type).fieldOffsets.map(String.init).joined(separator: " ")
      #expect("offsets\(index) \(offsets)" == expected, "\(check.0)")
    }
  }
}
