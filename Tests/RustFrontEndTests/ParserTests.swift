import Foundation
import RustFrontEnd
import Testing

@Suite struct ParserTests {
  /// The dump of `source` placed as the body of `fn main`.
  static func body(_ source: String) throws -> String {
    let program = try Parser.parse(source: "fn main() {\n\(source)\n}")
    guard case .function(let main)? = program.items.first else { throw ParserTestError.noFunction }
    return SyntaxDump.block(main.body)
  }

  /// The dump of the single expression `source`.
  static func expression(_ source: String) throws -> String {
    let dump = try body(source)
    return String(dump.dropFirst().dropLast())
  }

  static func items(_ source: String) throws -> [String] {
    try Parser.parse(source: source).items.map(SyntaxDump.item)
  }

  @Test(arguments: [
    ("1 + 2 * 3 == 7 && !x", "(&& (== (+ 1 (* 2 3)) 7) (! x))"),
    ("a - b - c", "(- (- a b) c)"),
    ("a / b * c % d", "(% (* (/ a b) c) d)"),
    ("a || b && c", "(|| a (&& b c))"),
    ("a | b ^ c & d", "(| a (^ b (& c d)))"),
    ("1 << 2 + 3", "(<< 1 (+ 2 3))"),
    ("a & b == c", "(== (& a b) c)"),
    ("-x as u32 + 1", "(+ (as (- x) u32) 1)"),
    ("x as u8 as char", "(as (as x u8) char)"),
    ("b as Box<i32> == c", "(== (as b Box<i32>) c)"),
    ("!a.b()", "(! (.b a))"),
    ("*r.field", "(* (. r field))"),
    ("&mut v[0]", "(&mut (index v 0))"),
    ("&&x", "(& (& x))"),
    ("- -x", "(- (- x))"),
    ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
    ("a = b = c", "(= a (= b c))"),
    ("x += y * 2", "(+= x (* y 2))"),
    ("x >>= 1", "(>>= x 1)"),
    ("a..b", "(.. a b)"),
    ("a..=b + 1", "(..= a (+ b 1))"),
    ("..b", "(.. _ b)"),
    ("a..", "(.. a _)"),
    ("..", "(.. _ _)"),
    ("x < y", "(< x y)"),
    ("a != b || c >= d", "(|| (!= a b) (>= c d))"),
  ])
  func operatorPrecedence(source: String, expected: String) throws {
    #expect(try Self.expression(source) == expected)
  }

  @Test(arguments: [
    ("t.0", "(. t 0)"),
    ("t.0.1", "(. (. t 0) 1)"),
    ("t.0.1.2", "(. (. (. t 0) 1) 2)"),
    ("p.x.y", "(. (. p x) y)"),
    ("v.iter().sum::<i32>()", "(.sum::<i32> (.iter v))"),
    ("v.iter().collect::<Vec<i32>>()", "(.collect::<Vec<i32>> (.iter v))"),
    ("Vec::<i32>::new()", "(call Vec::new<i32>)"),
    ("std::mem::size_of::<u64>()", "(call std::mem::size_of<u64>)"),
    ("HashMap::<String, Vec<Vec<u8>>>::new()", "(call HashMap::new<String, Vec<Vec<u8>>>)"),
    ("String::from(\"hi\").len()", "(.len (call String::from \"hi\"))"),
    ("a[i][j]", "(index (index a i) j)"),
    ("f(1, 2,)", "(call f 1 2)"),
    ("1.max(2)", "(.max 1 2)"),
    ("self.items.len()", "(.len (. self items))"),
    ("Self::new()", "(call Self::new)"),
  ])
  func postfixAndPaths(source: String, expected: String) throws {
    #expect(try Self.expression(source) == expected)
  }

  @Test(arguments: [
    ("()", "(tuple)"),
    ("(1,)", "(tuple 1)"),
    ("(1, \"a\", 'c')", "(tuple 1 \"a\" 'c')"),
    ("[1, 2]", "[1 2]"),
    ("[0; 8]", "[0; 8]"),
    ("[]", "[]"),
    ("P { x, y: 2, ..base }", "(struct P x: x y: 2 ..base)"),
    ("Point { x: 1, y: 2 }", "(struct Point x: 1 y: 2)"),
    ("Wrapper { 0: 5 }", "(struct Wrapper 0: 5)"),
    ("true", "true"),
    ("b'a'", "97u8"),
    ("0xffu8", "255u8"),
    ("'\\u{1F600}'", "'😀'"),
    ("r#\"raw \"str\"\"#", "\"raw \"str\"\""),
  ])
  func literalsAndAggregates(source: String, expected: String) throws {
    #expect(try Self.expression(source) == expected)
  }

  @Test(arguments: [
    ("println!(\"{} {}\", a, b)", "(println! \"{} {}\" a b)"),
    ("println!(\"{x:>4}\", x = 3,)", "(println! \"{x:>4}\" x=3)"),
    ("print![\"a\"]", "(print! \"a\")"),
    ("eprintln!{\"e\"}", "(eprintln! \"e\")"),
    ("format!(\"{}\", a == b)", "(format! \"{}\" (== a b))"),
    ("assert_eq!(v.len(), 2, \"len was {}\", v.len())", "(assert_eq! (.len v) 2 \"len was {}\" (.len v))"),
    ("panic!()", "(panic!)"),
    ("vec![1, 2, 3]", "(vec! 1 2 3)"),
    ("vec![0u8; n * 2]", "(vec! 0u8; (* n 2))"),
    ("vec![]", "(vec!)"),
    ("write!(f, \"{}\", self.x)", "(write! f \"{}\" (. self x))"),
  ])
  func macros(source: String, expected: String) throws {
    #expect(try Self.expression(source) == expected)
  }

  @Test(arguments: [
    ("if a { 1 } else if b { 2 } else { 3 }", "(if a {1} (if b {2} {3}))"),
    ("if let Some(x) = opt { x } else { 0 }", "(if-let Some(x) opt {x} {0})"),
    ("while i < 10 { i += 1; }", "(while (< i 10) {(+= i 1);})"),
    ("while let Some(top) = stack.pop() {}", "(while-let Some(top) (.pop stack) {})"),
    ("loop { break; }", "(loop {(break);})"),
    ("'outer: loop { loop { break 'outer; } }", "(loop 'outer {(loop {(break 'outer);})})"),
    ("'rows: for i in 0..3 { continue 'rows; }", "(for 'rows i (.. 0 3) {(continue 'rows);})"),
    (
      "'scan: while let Some(c) = it.next() { break 'scan; }",
      "(while-let 'scan Some(c) (.next it) {(break 'scan);})"
    ),
    ("match s { Self(x) => x, Self { y, .. } => y }", "(match s [Self(x) => x] [Self { y: y, .. } => y])"),
    ("if let Some(x) | None = a {}", "(if-let Some(x) | None a {})"),
    ("loop { break 42; }", "(loop {(break 42);})"),
    ("for (i, x) in v.iter().enumerate() {}", "(for (i, x) (.enumerate (.iter v)) {})"),
    ("for x in &mut v { *x += 1; }", "(for x (&mut v) {(+= (* x) 1);})"),
    ("for i in 0.. {}", "(for i (.. 0 _) {})"),
    ("match x { 1 => a, _ => b }", "(match x [1 => a] [_ => b])"),
    ("return", "(return)"),
    ("return a + 1", "(return (+ a 1))"),
    ("{ let y = 1; y }", "{(let y = 1); y}"),
  ])
  func controlFlow(source: String, expected: String) throws {
    #expect(try Self.expression(source) == expected)
  }

  @Test func matchArms() throws {
    let source = """
      match value {
        0 => "zero",
        1..=5 | 7 => { "small" }
        -3..-1 => "negative",
        n @ 10..=20 if n % 2 == 0 => "even teen",
        Some(P { x, y: 0, .. }) => "on axis",
        Color::Rgb(r, _, _) => "rgb",
        None => "none",
        &(a, ref mut b) => "pair",
        'a'..='z' => "letter",
        MAX => "max",
        [first, .., last] => "ends",
        _ => "other",
      }
      """
    #expect(
      try Self.expression(source) == """
        (match value [0 => "zero"] [1..=5 | 7 => {"small"}] [(- 3)..(- 1) => "negative"] \
        [n @ 10..=20 if (== (% n 2) 0) => "even teen"] [Some(P { x: x, y: 0, .. }) => "on axis"] \
        [Color::Rgb(r, _, _) => "rgb"] [None => "none"] [&(a, ref mut b) => "pair"] \
        ['a'..='z' => "letter"] [MAX => "max"] [[first, .., last] => "ends"] [_ => "other"])
        """)
  }

  @Test func blockLikeArmsNeedNoComma() throws {
    let source = """
      match x {
        1 => if a { 1 } else { 2 }
        2 => match y { _ => 3 }
        _ => loop { break 4; }
      }
      """
    #expect(
      try Self.expression(source)
        == "(match x [1 => (if a {1} {2})] [2 => (match y [_ => 3])] [_ => (loop {(break 4);})])")
  }

  @Test(arguments: [
    ("let x = 5;", "{(let x = 5);}"),
    ("let mut v: Vec<i32> = Vec::new();", "{(let mut v: Vec<i32> = (call Vec::new));}"),
    ("let _ = f();", "{(let _ = (call f));}"),
    ("let (a, mut b) = (1, 2);", "{(let (a, mut b) = (tuple 1 2));}"),
    ("let P { x, y: py } = p;", "{(let P { x: x, y: py } = p);}"),
    ("let x;", "{(let x);}"),
    ("let Some(v) = opt else { return; };", "{(let Some(v) = opt else {(return);});}"),
    ("let r: &mut [u8; 4] = &mut a;", "{(let r: &mut [u8; 4] = (&mut a));}"),
    ("let s: &[i32] = &v[1..3];", "{(let s: &[i32] = (& (index v (.. 1 3))));}"),
    ("let t: (i32, String, ()) = x;", "{(let t: (i32, String, ()) = x);}"),
    ("let b: Box<Option<Rc<Node>>> = y;", "{(let b: Box<Option<Rc<Node>>> = y);}"),
    ("let f: f64 = 2.0 as f64;", "{(let f: f64 = (as 2.0 f64));}"),
    ("let v = Vec::new() as Vec<Vec<u8>>;", "{(let v = (as (call Vec::new) Vec<Vec<u8>>));}"),
    ("if a { } x = 1;", "{(if a {}) (= x 1);}"),
    ("if a { 1 } else { 2 }.to_string()", "{(.to_string (if a {1} {2}))}"),
    ("x; ;", "{x; ;}"),
    ("#[allow(unused)] let y = 2;", "{(let y = 2);}"),
    ("fn inner() -> u8 { 1 } inner()", "{fn inner() -> u8 {1} (call inner)}"),
  ])
  func statements(source: String, expected: String) throws {
    #expect(try Self.body(source) == expected)
  }

  @Test func structLiteralsAreNotTakenInConditionHeads() throws {
    #expect(try Self.expression("if x == y { a } else { b }") == "(if (== x y) {a} {b})")
    #expect(try Self.expression("while n < Limit { n += 1; }") == "(while (< n Limit) {(+= n 1);})")
    #expect(try Self.expression("match p { _ => 0 }") == "(match p [_ => 0])")
    #expect(try Self.expression("for x in v { }") == "(for x v {})")
    #expect(try Self.expression("if p == (P { x: 1 }) {}") == "(if (== p (struct P x: 1)) {})")
    #expect(try Self.expression("if f(P { x: 1 }) {}") == "(if (call f (struct P x: 1)) {})")
  }

  @Test func items() throws {
    let source = """
      #![allow(dead_code)]
      use std::{mem, rc::Rc};
      use std::mem::{self, size_of};
      use std::collections::HashMap;

      #[derive(Debug, Clone, Copy, PartialEq)]
      struct Point { x: i32, pub y: i32 }
      struct Pair(u8, pub String);
      struct Unit;
      #[repr(C)]
      enum Shape { Dot, Circle(f64), Rect(f64, f64), }
      enum Code { Ok = 0, NotFound = 404 }
      const LIMIT: usize = 1_000;
      static GREETING: &str = "hi";
      static mut COUNTER: u32 = 0;

      impl Point {
        pub fn new(x: i32, y: i32) -> Self { Point { x, y } }
        fn norm(&self) -> i32 { self.x * self.x }
        fn shift(&mut self, dx: i32) { self.x += dx; }
        fn into_pair(self) -> (i32, i32) { (self.x, self.y) }
        fn consume(mut self) {}
      }

      impl Drop for Point {
        fn drop(&mut self) {}
      }

      fn main() -> () {}
      fn never() -> ! { loop {} }
      fn swap((a, b): (i32, i32), _: u8) -> (i32, i32) { (b, a) }
      """
    #expect(
      try Self.items(source) == [
        "use std::mem, std::rc::Rc",
        "use std::mem, std::mem::size_of",
        "use std::collections::HashMap",
        "struct Point named {x: i32, y: i32}",
        "struct Pair tuple {0: u8, 1: String}",
        "struct Unit unit {}",
        "enum Shape {Dot, Circle(f64), Rect(f64, f64)}",
        "enum Code {Ok = 0, NotFound = 404}",
        "constant LIMIT: usize = 1000",
        "staticItem GREETING: &str = \"hi\"",
        "mutableStatic COUNTER: u32 = 0",
        "impl Point {fn new(x: i32, y: i32) -> Self {(struct Point x: x y: y)} "
          + "fn norm(reference) -> i32 {(* (. self x) (. self x))} "
          + "fn shift(mutableReference, dx: i32) {(+= (. self x) dx);} "
          + "fn into_pair(value) -> (i32, i32) {(tuple (. self x) (. self y))} fn consume(mutableValue) {}}",
        "impl Drop for Point {fn drop(mutableReference) {}}",
        "fn main() -> () {}",
        "fn never() -> ! {(loop {})}",
        "fn swap((a, b): (i32, i32), _: u8) -> (i32, i32) {(tuple b a)}",
      ])
  }

  @Test(arguments: [
    ("pub(crate) fn f() {}", "fn f() {}"),
    ("const fn five() -> u8 { 5 }", "fn five() -> u8 {5}"),
    ("#[derive(Debug)] #[allow(dead_code)] enum E { A }", "enum E {A}"),
    (
      "impl S { pub fn by_type(self: &Self) {} fn by_mut(self: &mut Self) {} }",
      "impl S {fn by_type(reference) {} fn by_mut(mutableReference) {}}"
    ),
    (
      "impl S { fn next(self: Box<Self>) {} fn grow(mut self: Box<Self>) {} }",
      "impl S {fn next(boxed) {} fn grow(mutableBoxed) {}}"
    ),
    ("impl S { fn make() -> Self { Self { a: 1 } } }", "impl S {fn make() -> Self {(struct Self a: 1)}}"),
    ("struct S { #[allow(unused)] pub(crate) a: u8, }", "struct S named {a: u8}"),
    ("fn f(mut v: Vec<u8>, &x: &u8, ref r: u8) {}", "fn f(mut v: Vec<u8>, &x: &u8, ref r: u8) {}"),
    ("static EMPTY: [u8; 0] = [];", "staticItem EMPTY: [u8; 0] = []"),
    ("use crate::a::b;", "use crate::a::b"),
    ("fn r#match() {}", "fn match() {}"),
    (
      "trait Speak { fn name(&self) -> String; fn speak(&self) -> u8 { 1 } }",
      "trait Speak {required fn name(reference) -> String {} fn speak(reference) -> u8 {1}}"
    ),
    ("impl Speak for Dog { fn name(&self) {} }", "impl Speak for Dog {fn name(reference) {}}"),
  ])
  func itemForms(source: String, expected: String) throws {
    #expect(try Self.items(source) == [expected])
  }

  @Test func attributesAreRecorded() throws {
    let program = try Parser.parse(source: "#[derive(Debug, Clone)]\n#[allow(dead_code)]\nstruct S;")
    guard case .structure(let decl)? = program.items.first else {
      Issue.record("expected a struct")
      return
    }
    #expect(decl.attributes.map(\.name) == ["derive", "allow"])
    #expect(decl.attributes.map(\.arguments) == [["Debug", "Clone"], ["dead_code"]])
  }

  @Test func seedSnippetsParse() throws {
    #expect(
      try Self.body("let s = \"hello world\".to_string();") == "{(let s = (.to_string \"hello world\"));}")
    let sayName = """
      fn say_name(name: String) {
          println!("{}", name);
      }
      fn main() {
          say_name(String::from("Ferris"));
          say_name("Corro".to_string());
      }
      """
    #expect(
      try Self.items(sayName) == [
        "fn say_name(name: String) {(println! \"{}\" name);}",
        "fn main() {(call say_name (call String::from \"Ferris\")); (call say_name (.to_string \"Corro\"));}",
      ])
    #expect(
      try Self.body("let mut arr = Vec::new(); arr.push(1); arr.push(2);")
        == "{(let mut arr = (call Vec::new)); (.push arr 1); (.push arr 2);}")
  }

  @Test func spansCoverWholeExpressions() throws {
    let source = "fn main() {\n    let n = v.iter().map_len(1) + 20;\n}"
    let program = try Parser.parse(source: source)
    guard case .function(let main)? = program.items.first,
      case .binding(_, _, let value?, _)? = main.body.statements.first?.kind
    else {
      Issue.record("unexpected shape")
      return
    }
    #expect(
      value.span
        == SourceSpan(start: SourceLocation(line: 2, column: 13), end: SourceLocation(line: 2, column: 37)))
    guard case .binary(_, let call, let twenty) = value.kind else {
      Issue.record("expected a binary expression")
      return
    }
    #expect(
      call.span
        == SourceSpan(start: SourceLocation(line: 2, column: 13), end: SourceLocation(line: 2, column: 32)))
    #expect(
      twenty.span
        == SourceSpan(start: SourceLocation(line: 2, column: 35), end: SourceLocation(line: 2, column: 37)))
    #expect(
      main.nameSpan
        == SourceSpan(start: SourceLocation(line: 1, column: 4), end: SourceLocation(line: 1, column: 8)))
    #expect(main.body.statements[0].span.start == SourceLocation(line: 2, column: 5))
    #expect(main.body.statements[0].span.end == SourceLocation(line: 2, column: 38))
  }

  @Test func expressionIDsAreUniqueAndIncreasing() throws {
    let program = try Parser.parse(source: "fn main() { let a = 1 + 2 * f(3, [4, 5]); let b = a.0.1; }")
    guard case .function(let main)? = program.items.first else {
      Issue.record("expected a function")
      return
    }
    var ids: [Int] = []
    func collect(_ expr: Expr) {
      switch expr.kind {
      case .binary(_, let left, let right):
        collect(left)
        collect(right)
      case .call(let callee, let arguments):
        collect(callee)
        arguments.forEach(collect)
      case .array(let elements): elements.forEach(collect)
      case .field(let base, _): collect(base)
      default: break
      }
      ids.append(expr.id)
    }
    for statement in main.body.statements {
      if case .binding(_, _, let value?, _) = statement.kind { collect(value) }
    }
    #expect(ids.count == 13)
    #expect(Set(ids).count == ids.count)
    #expect(ids == ids.sorted())
  }
  /// Linear time: 2,400 lines parse in well under a second of CPU time (about 35 ms in a debug
  /// build on an idle machine), and four times the text takes about four times as long.
  @Test func largeProgramsParseInLinearTime() throws {
    var source = ""
    for index in 0..<200 {
      source += """
        fn function\(index)(a: i32, b: &mut Vec<i32>) -> i32 {
            let mut total = a * 2 + b.len() as i32;
            for i in 0..10 { total += i; }
            if total > 100 { total -= 1; } else { b.push(total); }
            match total % 3 { 0 => total, 1 | 2 => -total, _ => unreachable!() }
        }

        """
    }
    let program = source + source
    #expect(program.split(separator: "\n").count >= 2_000)
    let once = try Self.cpuSeconds { _ = try Parser.parse(source: program) }
    let fourTimes = try Self.cpuSeconds {
      _ = try Parser.parse(source: program + program + program + program)
    }
    #expect(once < 1, "parsing 2,400 lines took \(once) s of CPU time")
    #expect(fourTimes < 8 * once + 0.05, "4× the text took \(fourTimes) s against \(once) s")
  }

  /// CPU time of the calling thread spent in `body` (robust against other work on the machine).
  private static func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
    func now() -> Double {
      var time = timespec()
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
      return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    let start = now()
    try body()
    return now() - start
  }
}

enum ParserTestError: Error {
  case noFunction
}
