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
      ["std", "process"],
      ["std", "process", "exit"], ["std", "string", "String"], ["std", "vec", "Vec"],
      ["std", "boxed", "Box"],
      ["std", "option", "Option"], ["std", "num", "ParseIntError"], ["std", "num", "ParseFloatError"],
      ["std", "str", "ParseBoolError"],
      ["std", "char", "ParseCharError"],
      ["std", "fmt"], ["std", "fmt", "Display"], ["std", "fmt", "Debug"], ["std", "fmt", "Formatter"],
      ["std", "fmt", "Result"],
      ["std", "collections", "HashMap"], ["std", "collections", "HashSet"],
      ["std", "collections", "VecDeque"],
      ["std", "cmp"], ["std", "cmp", "Ordering"], ["std", "cmp", "max"], ["std", "cmp", "min"],
      ["std", "thread"], ["std", "thread", "spawn"], ["std", "thread", "JoinHandle"], ["std", "sync"],
      ["std", "thread", "scope"], ["std", "thread", "ScopedJoinHandle"], ["std", "thread", "Builder"],
      ["std", "thread", "current"], ["std", "thread", "sleep"], ["std", "time"], ["std", "time", "Duration"],
      ["std", "thread", "Thread"], ["std", "thread", "ThreadId"],
      ["std", "sync", "Arc"], ["std", "sync", "Mutex"],
      ["std", "io"], ["std", "io", "stdin"], ["std", "io", "stdout"], ["std", "io", "Write"],
      ["std", "io", "BufRead"], ["std", "io", "Stdin"], ["std", "io", "Stdout"],
      ["std", "ops", "Index"], ["std", "cmp", "PartialEq"], ["std", "cmp", "Eq"],
      ["std", "cmp", "PartialOrd"],
      ["std", "cmp", "Ord"], ["std", "default"], ["std", "default", "Default"],
    ] + syncPaths + operatorTraitPaths + conversionTraitPaths

  func collectUse(_ decl: UseDecl) {
    for path in decl.paths {
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
    if let full = imports[first] { return shortenedOrderingPath(full + segments.dropFirst()) }
    if first == "core" || first == "alloc" { return shortenedOrderingPath(["std"] + segments.dropFirst()) }
    return shortenedOrderingPath(segments)
  }
}
