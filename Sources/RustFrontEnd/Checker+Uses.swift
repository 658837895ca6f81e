import MemoryModel

/// `use` declarations: the paths memtutor understands and how a written path expands.
extension Checker {
  /// Paths memtutor understands after `use`.
  package static let knownPaths: [[String]] =
    [
      ["std", "mem"], ["std", "mem", "size_of"], ["std", "mem", "size_of_val"], ["std", "mem", "align_of"],
      ["std", "mem", "drop"], ["std", "mem", "forget"], ["std", "mem", "swap"], ["std", "mem", "replace"],
      ["std", "mem", "take"], ["std", "rc"], ["std", "rc", "Rc"], ["std", "rc", "Weak"], ["std", "cell"],
      ["std", "cell", "Cell"], ["std", "cell", "RefCell"], ["std", "cell", "Ref"], ["std", "cell", "RefMut"],
      ["std", "cell", "BorrowError"], ["std", "cell", "BorrowMutError"],
      ["std", "process"], ["std", "ptr"], ["std", "ptr", "eq"],
      ["std", "process", "exit"], ["std", "string", "String"], ["std", "vec", "Vec"],
      ["std", "boxed", "Box"],
      ["std", "option", "Option"], ["std", "num", "ParseIntError"], ["std", "num", "ParseFloatError"],
      ["std", "str", "ParseBoolError"], ["std", "str", "FromStr"],
      ["std", "char", "ParseCharError"], ["std", "string", "FromUtf8Error"], ["std", "str", "Utf8Error"],
      ["std", "str", "from_utf8"], ["std", "borrow", "Cow"],
      ["std", "fmt"], ["std", "fmt", "Display"], ["std", "fmt", "Debug"], ["std", "fmt", "Formatter"],
      ["std", "fmt", "Result"],
      ["std", "collections", "HashMap"], ["std", "collections", "HashSet"],
      ["std", "collections", "BTreeMap"], ["std", "collections", "BTreeSet"],
      ["std", "collections", "VecDeque"], ["std", "collections", "BinaryHeap"], ["std", "cmp", "Reverse"],
      ["std", "cmp"], ["std", "cmp", "Ordering"], ["std", "cmp", "max"], ["std", "cmp", "min"],
      ["std", "thread"], ["std", "thread", "spawn"], ["std", "thread", "JoinHandle"], ["std", "sync"],
      ["std", "thread", "scope"], ["std", "thread", "ScopedJoinHandle"], ["std", "thread", "Builder"],
      ["std", "thread", "current"], ["std", "thread", "sleep"], ["std", "time"], ["std", "time", "Duration"],
      ["std", "thread", "Thread"], ["std", "thread", "ThreadId"],
      ["std", "sync", "Arc"], ["std", "sync", "Mutex"], ["std", "sync", "RwLock"],
      ["std", "io"], ["std", "io", "stdin"], ["std", "io", "stdout"], ["std", "io", "Write"],
      ["std", "io", "BufRead"], ["std", "io", "Stdin"], ["std", "io", "Stdout"],
      ["std", "ops", "Index"], ["std", "ops", "IndexMut"], ["std", "ops", "Deref"],
      ["std", "ops", "DerefMut"],
      ["std", "cmp", "PartialEq"], ["std", "cmp", "Eq"],
      ["std", "cmp", "PartialOrd"],
      ["std", "cmp", "Ord"], ["std", "default"], ["std", "default", "Default"],
      ["std", "error"], ["std", "error", "Error"],
      ["std", "iter"], ["std", "iter", "repeat"], ["std", "iter", "from_fn"],
      ["std", "iter", "successors"],
    ] + syncPaths + operatorTraitPaths + conversionTraitPaths

  func collectUse(_ decl: UseDecl) {
    for path in decl.paths {
      if decl.renames[path] != nil {
        // The module resolver spelt every use of the new name out in full.
        checkRenamedImport(path, span: decl.span)
        continue
      }
      if importFloatConstants(path) { continue }
      if importEnumVariants(path, span: decl.span) { continue }
      var normalized = path
      if normalized.first == "core" || normalized.first == "alloc" { normalized[0] = "std" }
      if normalized.last == "self" { normalized.removeLast() }
      guard Self.knownPaths.contains(normalized) else {
        unsupported(Self.describeUnsupportedPath(normalized), at: pathSpan(path, in: decl.span))
        continue
      }
      if let last = normalized.last { imports[last] = normalized }
    }
  }

  /// A path imported under another name must be one memtutor knows (or one of the float
  /// constants); nothing is brought in under its own name.
  private func checkRenamedImport(_ path: [String], span: SourceSpan) {
    var normalized = path
    if normalized.first == "core" || normalized.first == "alloc" { normalized[0] = "std" }
    let isFloatConstant =
      normalized.count == 4 && normalized[0] == "std" && ["f64", "f32"].contains(normalized[1])
      && normalized[2] == "consts" && Self.floatConstantNames.contains(normalized[3])
    guard Self.knownPaths.contains(normalized) || isFloatConstant else {
      unsupported(Self.describeUnsupportedPath(normalized), at: pathSpan(path, in: span))
      return
    }
  }

  /// `use std::f64::consts::PI;`, `use std::f32::consts::{E, TAU};`, `use std::f64::consts::*;`
  /// and `use std::f64::consts;` (then `consts::PI`). False for any other path.
  private func importFloatConstants(_ path: [String]) -> Bool {
    var normalized = path
    if normalized.first == "core" { normalized[0] = "std" }
    guard normalized.count >= 3, normalized[0] == "std", normalized[1] == "f64" || normalized[1] == "f32",
      normalized[2] == "consts"
    else { return false }
    let module = Array(normalized.prefix(3))
    switch normalized.count {
    case 3:
      imports["consts"] = module
      return true
    case 4 where normalized[3] == "*":
      for name in Self.floatConstantNames { imports[name] = module + [name] }
      return true
    case 4 where Self.floatConstantNames.contains(normalized[3]):
      imports[normalized[3]] = normalized
      return true
    default:
      return false
    }
  }

  /// What a library path memtutor does not run is, for the message (a plural noun phrase,
  /// or a singular one starting with "the").
  package static func describeUnsupportedPath(_ path: [String]) -> String {
    let joined = path.joined(separator: "::")
    let contains = { (name: String) in path.contains(name) }
    if contains("HashMap") { return "hash maps" }
    if contains("HashSet") { return "hash sets" }
    if contains("BTreeMap") || contains("BTreeSet") { return "B-tree maps and sets" }
    if contains("VecDeque") { return "the type `VecDeque`" }
    if contains("collections") { return "the collections in `std::collections`" }
    if contains("thread") { return "threads" }
    if contains("sync") { return "shared-state concurrency (`std::sync`)" }
    if contains("RefCell") || contains("Cell") || contains("cell") {
      return "`std::cell` types (interior mutability)"
    }
    if contains("fs") || contains("io") || contains("net") { return "files and input/output" }
    if contains("fmt") { return "implementing formatting traits (`std::fmt`)" }
    if contains("Weak") { return "weak references (`Weak`)" }
    if contains("env") { return "environment and arguments (`std::env`)" }
    if contains("time") { return "clocks and timers (`std::time`)" }
    return "the path `\(joined)`"
  }

  /// Where a `use`d path starts inside its declaration (after `use`, `{` or `,`).
  package func pathSpan(_ path: [String], in span: SourceSpan) -> SourceSpan {
    guard let first = path.first, span.start.line >= 1, span.start.line <= sourceLines.count else {
      return span
    }
    for lineNumber in span.start.line...min(span.end.line, sourceLines.count) {
      let text = String(String.UnicodeScalarView(sourceLines[lineNumber - 1]))
      let scalars = Array(text.unicodeScalars)
      let needle = Array(first.unicodeScalars)
      var index = lineNumber == span.start.line ? max(0, span.start.column - 1) : 0
      while index + needle.count <= scalars.count {
        if Array(scalars[index..<index + needle.count]) == needle {
          let before = index == 0 ? " " : scalars[index - 1]
          if before == " " || before == "{" || before == "," || before == ":" {
            let start = SourceLocation(line: lineNumber, column: index + 1)
            let length = path.joined(separator: "::").unicodeScalars.count
            return SourceSpan(start: start, end: SourceLocation(line: lineNumber, column: index + 1 + length))
          }
        }
        index += 1
      }
    }
    return span
  }

  /// The full path a written path stands for (`Rc::new` → `std::rc::Rc::new`).
  package func expandPath(_ segments: [String]) -> [String] {
    guard let first = segments.first else { return segments }
    if let full = imports[first] {
      return shortenedCowVariantPath(shortenedOrderingPath(full + segments.dropFirst()))
    }
    if first == "core" || first == "alloc" { return shortenedOrderingPath(["std"] + segments.dropFirst()) }
    return shortenedCowVariantPath(shortenedOrderingPath(segments))
  }
}

extension Checker {
  /// The stable constants of `std::f64::consts` and `std::f32::consts`, by name, with the
  /// digits core writes for them.
  package static let floatConstantDigits: [String: String] = [
    "PI": "3.14159265358979323846264338327950288",
    "TAU": "6.28318530717958647692528676655900577",
    "FRAC_PI_2": "1.57079632679489661923132169163975144",
    "FRAC_PI_3": "1.04719755119659774615421446109316763",
    "FRAC_PI_4": "0.785398163397448309615660845819875721",
    "FRAC_PI_6": "0.52359877559829887307710723054658381",
    "FRAC_PI_8": "0.39269908169872415480783042290993786",
    "FRAC_1_PI": "0.318309886183790671537767526745028724",
    "FRAC_2_PI": "0.636619772367581343075535053490057448",
    "FRAC_2_SQRT_PI": "1.12837916709551257389615890312154517",
    "SQRT_2": "1.41421356237309504880168872420969808",
    "FRAC_1_SQRT_2": "0.707106781186547524400844362104849039",
    "E": "2.71828182845904523536028747135266250",
    "LOG2_E": "1.44269504088896340735992468100189214",
    "LOG2_10": "3.32192809488736234787031942948939018",
    "LOG10_E": "0.434294481903251827651128918916605082",
    "LOG10_2": "0.301029995663981195213738894724493027",
    "LN_2": "0.693147180559945309417232121458176568",
    "LN_10": "2.30258509299404568401799145468436421",
  ]

  static let floatConstantNames = Set(floatConstantDigits.keys)
}
