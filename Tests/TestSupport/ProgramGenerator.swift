/// Random small Rust programs of the kind a learner writes while trying out numbers, `Vec`,
/// `String`, structs and helper functions, for tests that run them with rustc and memtutor.
///
/// Every program compiles with rustc: expressions are built by type, divisors are non-zero
/// literals, shifts stay below the width, and arithmetic that can overflow (`+`, `-`, `*`)
/// appears only on a helper function's parameters, where rustc cannot know the values while
/// compiling (its `arithmetic_overflow` lint would otherwise stop the build). Such a helper may
/// still overflow at run time: the program then panics, as a learner's does.
package struct ProgramGenerator {
  package enum IntegerType: String, CaseIterable, Sendable {
    case i8, i16, i32, i64, isize, u8, u16, u32, u64, usize

    var bits: Int {
      switch self {
      case .i8, .u8: 8
      case .i16, .u16: 16
      case .i32, .u32: 32
      case .i64, .u64, .isize, .usize: 64
      }
    }

    var isSigned: Bool { rawValue.hasPrefix("i") }
  }

  private struct Helper {
    var name: String
    var parameters: [IntegerType]
    var result: IntegerType
  }

  private var random: SplitMix
  private var integers: [(name: String, type: IntegerType)] = []
  private var helpers: [Helper] = []
  private var lines: [String] = []
  private var indent = 1
  private var loopDepth = 0

  package init(seed: UInt64) {
    random = SplitMix(seed: seed)
  }

  /// A whole program: helper functions, then `main` with `statements` statements.
  package mutating func program(statements: Int) -> String {
    var text = "#[derive(Debug, Clone, Copy, PartialEq)]\nstruct Pair {\n    a: i32,\n    b: u8,\n}\n\n"
    for index in 0..<3 {
      text += helperFunction(index: index) + "\n"
    }
    lines = []
    indent = 1
    integers = []
    emit("let mut xs: Vec<i32> = \(pick(["Vec::new()", "Vec::with_capacity(3)", "vec![4, 8, 15]"]));")
    emit("let mut s = \(pick(["String::new()", "String::from(\"ab\")", "String::with_capacity(5)"]));")
    emit("let mut p = Pair { a: \(next(50)), b: \(next(256)) };")
    emit("let mut f: f64 = \(next(100)).5;")
    for index in 0..<4 {
      let type = IntegerType.allCases[next(IntegerType.allCases.count)]
      let name = "n\(index)"
      emit("let mut \(name): \(type) = \(literal(type));")
      integers.append((name, type))
    }
    for _ in 0..<statements {
      statement(depth: 2)
    }
    emit("println!(\"end {:?} {} {:?} {}\", xs, s, p, f);")
    return text + "fn main() {\n" + lines.joined(separator: "\n") + "\n}\n"
  }

  // MARK: - Helpers

  private mutating func helperFunction(index: Int) -> String {
    let result = IntegerType.allCases[next(IntegerType.allCases.count)]
    let first = IntegerType.allCases[next(IntegerType.allCases.count)]
    let helper = Helper(name: "step\(index)", parameters: [first, result], result: result)
    // Plain operators on parameters: checked at run time only, as in a learner's function.
    let operators = ["+", "-", "*"]
    let op = pick(operators)
    let divisor = 2 + next(8)
    let body: String
    switch next(4) {
    case 0:
      body = "    let c = b \(op) (a as \(result));\n    c"
    case 1:
      body =
        "    let mut total: \(result) = b;\n    for _ in 0..3 {\n        total = total.wrapping_add(a as \(result));\n    }\n    total / \(divisor)"
    case 2:
      body =
        "    if (a as i128) > (b as i128) {\n        b \(op) 1\n    } else {\n        b / \(divisor)\n    }"
    default:
      body = "    let d = (a as \(result)) % \(divisor);\n    b.wrapping_mul(d).max(b)"
    }
    helpers.append(helper)
    return "fn \(helper.name)(a: \(first), b: \(result)) -> \(result) {\n\(body)\n}\n"
  }

  // MARK: - Statements

  private mutating func statement(depth: Int) {
    switch next(depth > 0 ? 24 : 14) {
    case 0, 1, 2:
      let target = integers[next(integers.count)]
      emit("\(target.name) = \(expression(target.type, depth: 3));")
    case 3:
      printIntegers()
    case 4:
      emit("xs.push((\(expression(.i32, depth: 2)) % 100) as i32);")
    case 5:
      vecStatement()
    case 6:
      vecStatement()
    case 7:
      stringStatement()
    case 8:
      stringStatement()
    case 9:
      emit("p.a = p.a.wrapping_add(\(expression(.i32, depth: 1)));")
      emit("p.b = \(expression(.u8, depth: 1));")
      emit("println!(\"\(pick(["{:?}", "{:#?}"])) {}\", p, p == Pair { a: 1, b: 2 });")
    case 10:
      let source = integers[next(integers.count)]
      emit("f = (\(source.name) as f64) / \(1 + next(9)).0 + f.sqrt();")
      emit(
        "println!(\"\(pick(["{}", "{:.3}", "{:?}", "{:e}", "{:8.2}"])) \(pick(["{}", "{:?}"]))\", f, f.floor() as i64);"
      )
    case 11:
      let target = integers[next(integers.count)]
      let helper = helpers[next(helpers.count)]
      emit(
        "\(target.name) = \(helper.name)(\(expression(helper.parameters[0], depth: 1)), "
          + "\(expression(helper.parameters[1], depth: 1))) as \(target.type);")
    case 12:
      emit("let t = (\(expression(.i64, depth: 1)), \(boolean(depth: 1)), '\(pick(["x", "é", "7"]))');")
      emit("println!(\"{:?} {}\", t, t.0);")
    case 13:
      let array = (0..<4).map { _ in String(next(200) - 100) }.joined(separator: ", ")
      emit("let arr: [i32; 4] = [\(array)];")
      emit("println!(\"{:?} {}\", arr, arr[(\(expression(.usize, depth: 1))) % 4]);")
    case 14:
      emit("if \(boolean(depth: 2)) {")
      block(depth: depth - 1, count: 1 + next(2))
      emit("} else {")
      block(depth: depth - 1, count: 1 + next(2))
      emit("}")
    case 15:
      let name = "i\(lines.count)"
      emit("for \(name) in 0..\(next(5)) {")
      integers.append((name, .i32))
      block(depth: depth - 1, count: 1 + next(2))
      integers.removeLast()
      emit("}")
    case 16:
      let target = integers[next(integers.count)]
      emit("match \(target.name) % 3 {")
      indent += 1
      emit("0 => println!(\"zero {}\", \(target.name)),")
      emit("1 => {")
      block(depth: depth - 1, count: 1)
      emit("}")
      emit("_ => println!(\"other\"),")
      indent -= 1
      emit("}")
    case 17:
      emit("if let Some(last) = xs.pop() {")
      indent += 1
      emit("println!(\"popped {} len={} cap={}\", last, xs.len(), xs.capacity());")
      indent -= 1
      emit("}")
    case 18:
      let counter = "k\(lines.count)"
      emit("let mut \(counter) = 0;")
      emit("while \(counter) < \(1 + next(4)) {")
      indent += 1
      emit("\(counter) += 1;")
      emit("xs.push(\(counter) * \(next(10)));")
      indent -= 1
      emit("}")
      emit("println!(\"{:?} {}\", xs, xs.capacity());")
    case 20:
      floatStatement()
    case 21:
      let source = integers[next(integers.count)]
      emit("let c = (b'a' + ((\(source.name) as i64).rem_euclid(26) as u8)) as char;")
      emit(
        "println!(\"{} {:?} {} {} {}\", c, c.to_ascii_uppercase(), c as u32, c.is_alphabetic(), "
          + "char::from_digit((\(source.name) as u32) % 10, 10).unwrap_or('?'));")
    case 22:
      let wanted = next(20)
      emit(
        "println!(\"{:?} {} {:?} {:?}\", xs.get(\(next(6))), xs.get(\(next(6))).copied().unwrap_or(-1), "
          + "xs.iter().position(|&x| x == \(wanted)), xs.iter().min());")
    case 23:
      emit("let word = \"\(pick(["hi", "héllo", "rust", ""]))\";")
      emit(
        "println!(\"[\(pick(["{:>8}", "{:-^9}", "{:<6}|", "{:.3}", "{:>+5}"]))] [{:?}]\", word, word.len());")
    default:
      let label = pick(["total", "sum", "acc"])
      emit(
        "let \(label): i32 = xs.iter().\(pick(["sum()", "map(|x| x % 7).sum()", "filter(|&&x| x > 10).count() as i32"]));"
      )
      emit("println!(\"\(label) {}\", \(label));")
    }
  }

  private mutating func block(depth: Int, count: Int) {
    indent += 1
    for _ in 0..<count { statement(depth: depth) }
    indent -= 1
  }

  private mutating func printIntegers() {
    let chosen = (0..<(1 + next(3))).map { _ in integers[next(integers.count)] }
    let specs = chosen.map { item -> String in
      item.type.isSigned
        ? pick(["{}", "{:?}", "{:>6}", "{:+}", "{:<4}|"]) : pick(["{}", "{:x}", "{:#b}", "{:08}", "{:#X}"])
    }
    emit("println!(\"\(specs.joined(separator: " "))\", \(chosen.map(\.name).joined(separator: ", ")));")
  }

  private mutating func floatStatement() {
    let source = integers[next(integers.count)]
    switch next(5) {
    case 0:
      emit("f = f * \(pick(["1.5", "-0.25", "3.0", "1e3", "0.1"])) + (\(source.name) as f64);")
    case 1:
      emit(
        "f = (f / 7.0).\(pick(["round()", "abs()", "trunc()", "ceil()", "powi(2)", "max(-1.0)", "min(2.5)"]));"
      )
    case 2:
      emit("let small = f as f32 / 3.0;")
      emit("println!(\"{} {:?} {:.4} {}\", small, small, small, small as f64);")
    case 3:
      emit("println!(\"{} {} {} {}\", f as i8, f as u16, f as i64, (f * 1e10) as i32);")
    default:
      emit("println!(\"\(pick(["{}", "{:.0}", "{:10.3}", "{:e}", "{:?}", "{:+.1}"]))\", f);")
    }
  }

  private mutating func vecStatement() {
    switch next(12) {
    case 0: emit("xs.insert(\(expression(.usize, depth: 1)) % (xs.len() + 1), \(next(50)));")
    case 1:
      emit("if !xs.is_empty() {")
      indent += 1
      emit("let gone = xs.remove(\(expression(.usize, depth: 1)) % xs.len());")
      emit("println!(\"removed {}\", gone);")
      indent -= 1
      emit("}")
    case 2: emit("xs.truncate(\(next(6)));")
    case 3: emit("xs.reserve(\(next(10)));")
    case 4: emit("xs.shrink_to_fit();")
    case 5: emit("xs.extend_from_slice(&[\(next(9)), \(next(9)), \(next(9))]);")
    case 6: emit("xs.\(pick(["sort()", "sort_unstable()", "dedup()", "reverse()"]));")
    case 7: emit("xs.retain(|&x| x % \(2 + next(3)) != 0);")
    case 8:
      emit("let doubled: Vec<i32> = xs.iter().map(|x| x * 2).collect();")
      emit("println!(\"{:?} {} {}\", doubled, doubled.len(), doubled.capacity());")
    case 9: emit("println!(\"{:?} {:?} {:?} {}\", xs.first(), xs.last(), xs.iter().max(), xs.contains(&4));")
    case 10:
      emit("let copy = xs.clone();")
      emit("println!(\"{} {} {}\", copy.len(), copy.capacity(), copy == xs);")
    default: emit("println!(\"{:?} len={} cap={}\", xs, xs.len(), xs.capacity());")
    }
  }

  private mutating func stringStatement() {
    switch next(10) {
    case 0: emit("s.push_str(\"\(pick(["abc", "-", "héllo", "", "zz"]))\");")
    case 1: emit("s.push('\(pick(["x", "é", "€", "🦀", " "]))');")
    case 2:
      let item = integers[next(integers.count)]
      emit("s.push_str(&format!(\"{}\", \(item.name)));")
    case 3: emit("s.insert(0, '\(pick(["a", "ß"]))');")
    case 4: emit("println!(\"{:?} {:?}\", s.pop(), s);")
    case 5:
      emit("s = s.\(pick(["to_uppercase()", "replace(\"a\", \"AA\")", "repeat(2)", "trim().to_string()"]));")
    case 6: emit("println!(\"{} {} {}\", s.chars().count(), s.contains(\"ab\"), s.is_empty());")
    case 7: emit("s.clear();")
    case 8: emit("let word = s.clone() + \"!\";\n\(padding)println!(\"{} {}\", word, word.capacity());")
    default: emit("println!(\"{:?} len={} cap={}\", s, s.len(), s.capacity());")
    }
  }

  // MARK: - Expressions

  private mutating func expression(_ type: IntegerType, depth: Int) -> String {
    if depth <= 0 || next(4) == 0 { return leaf(type) }
    let a = expression(type, depth: depth - 1)
    switch next(17) {
    case 0: return "\(a).wrapping_add(\(expression(type, depth: depth - 1)))"
    case 1: return "\(a).wrapping_sub(\(expression(type, depth: depth - 1)))"
    case 2: return "\(a).wrapping_mul(\(expression(type, depth: depth - 1)))"
    case 3:
      return
        "\(a).\(pick(["checked_add", "checked_sub", "checked_mul"]))(\(expression(type, depth: depth - 1))).unwrap_or(\(literal(type)))"
    case 4: return "\(a).\(pick(["saturating_add", "saturating_sub"]))(\(expression(type, depth: depth - 1)))"
    case 5: return "(\(a) \(pick(["^", "&", "|"])) \(expression(type, depth: depth - 1)))"
    case 6: return "(\(a) \(pick([">>", "<<"])) \(next(type.bits)))"
    case 7: return "(\(a) \(pick(["%", "/"])) \(2 + next(8)))"
    case 8:
      let other = IntegerType.allCases[next(IntegerType.allCases.count)]
      return "(\(expression(other, depth: depth - 1)) as \(type))"
    case 9: return "\(a).\(pick(["min", "max"]))(\(expression(type, depth: depth - 1)))"
    case 10: return "\(a).wrapping_pow(\(next(6)))"
    case 11: return "(\(a).\(pick(["count_ones", "leading_zeros", "trailing_zeros"]))() as \(type))"
    case 12: return "\(a).\(pick(["rotate_left", "rotate_right"]))(\(next(2 * type.bits)))"
    case 13:
      if type.isSigned {
        return "\(a).\(pick(["wrapping_abs()", "wrapping_neg()", "signum()", "rem_euclid(\(2 + next(5)))"]))"
      }
      return
        "\(a).\(pick(["abs_diff(\(expression(type, depth: depth - 1)))", "is_power_of_two() as \(type)"]))"
    case 14:
      return "(if \(boolean(depth: depth - 1)) { \(a) } else { \(expression(type, depth: depth - 1)) })"
    case 15: return "\(a).overflowing_add(\(expression(type, depth: depth - 1))).0"
    default:
      if type == .usize { return "xs.len()" }
      return "(xs.len() as \(type))"
    }
  }

  private mutating func boolean(depth: Int) -> String {
    let type = IntegerType.allCases[next(IntegerType.allCases.count)]
    switch next(5) {
    case 0:
      return
        "(\(expression(type, depth: depth)) \(pick(["<", "<=", "==", "!=", ">", ">="])) \(expression(type, depth: depth)))"
    case 1: return "(\(boolean(depth: depth - 1)) \(pick(["&&", "||"])) \(boolean(depth: depth - 1)))"
    case 2: return "xs.is_empty()"
    case 3: return "s.\(pick(["is_empty()", "contains('é')", "starts_with(\"a\")"]))"
    default: return "!(\(expression(type, depth: depth)) > \(literal(type)))"
    }
  }

  private mutating func leaf(_ type: IntegerType) -> String {
    let variables = integers.filter { $0.type == type }
    if !variables.isEmpty, next(2) == 0 { return variables[next(variables.count)].name }
    return literal(type)
  }

  private mutating func literal(_ type: IntegerType) -> String {
    switch next(8) {
    case 0: return "\(type)::MAX"
    case 1: return type.isSigned ? "\(type)::MIN" : "0\(type)"
    case 2: return type.isSigned ? "(-\(1 + next(100))\(type))" : "\(1 + next(100))\(type)"
    default:
      let limit = type.bits >= 16 ? 40_000 : type.isSigned ? 127 : 255
      let value = next(limit)
      return type.bits == 16 && type.isSigned ? "\(value % 32_000)\(type)" : "\(value)\(type)"
    }
  }

  // MARK: - Plumbing

  private var padding: String { String(repeating: "    ", count: indent) }

  private mutating func emit(_ line: String) {
    lines.append(padding + line)
  }

  private mutating func next(_ bound: Int) -> Int {
    Int(random.next() % UInt64(max(bound, 1)))
  }

  private mutating func pick(_ choices: [String]) -> String {
    choices[next(choices.count)]
  }
}
