import MemoryModel

/// Resolves names, infers and checks types, binds method calls and refuses what memtutor
/// cannot run, turning the syntax tree into a `CheckedProgram`.
///
/// Each function is checked on its own (no generics in user code), in source order, with
/// unification for `let` bindings without a type, integer literals and `Vec::new()`.
package final class Checker {
  package struct StructInfo {
    package var name: String
    package var fields: [(name: String, type: TypeTerm)]
    package var shape: StructDecl.Shape
    package var derives: Set<String>
    package var span: SourceSpan
  }

  package struct EnumInfo {
    package var name: String
    package var variants: [(name: String, payload: [TypeTerm], discriminant: Int128?)]
    package var derives: Set<String>
    package var span: SourceSpan
  }

  package struct FunctionSignature {
    package var name: String
    package var declaration: FunctionDecl
    /// The impl's type for methods and associated functions.
    package var owner: String?
    package var parameterTypes: [TypeTerm]
    package var selfType: TypeTerm?
    package var returnType: TypeTerm
  }

  package struct LoopContext {
    package var label: String?
    package var id: Int
    /// `loop` can produce a value with `break value`; `while`/`for` only `()`.
    package var breakType: TypeTerm?
  }

  package static let maximumNesting = 200

  package let program: Program
  /// The source, line by line, as Unicode scalars (columns count scalars, as rustc does).
  package let sourceLines: [[Unicode.Scalar]]
  package var diagnostics: [Diagnostic] = []
  package var structs: [String: StructInfo] = [:]
  package var enums: [String: EnumInfo] = [:]
  package var signatures: [FunctionSignature] = []
  package var functionsByName: [String: Int] = [:]
  /// Methods and associated functions by type name, then method name.
  package var methods: [String: [String: Int]] = [:]
  package var dropFunctions: [String: Int] = [:]
  /// Names brought in by `use`: the last segment (or alias) to the full path.
  package var imports: [String: [String]] = [:]
  package var globalIndex: [String: Int] = [:]
  package var globalDeclarations: [GlobalDecl] = []
  package var globalTypes: [TypeTerm] = []
  package var checkedGlobals: [CheckedGlobal] = []
  package var layoutCalculator = LayoutCalculator()

  // Per-function state.
  package var table = InferenceTable()
  package var locals: [LocalVariable] = []
  package var scopes: [[String: Int]] = []
  package var declaredInScope: [[Int]] = []
  package var loops: [LoopContext] = []
  /// Locals declared with `let x;` (no initializer): their first assignment initialises them.
  package var deferredLocals: Set<Int> = []
  /// Loops that some `break` leaves (a `loop` without one has type `!`).
  package var loopBreaks: Set<Int> = []
  /// While checking the second and later alternatives of an or-pattern: the slots the
  /// first alternative bound, by name.
  package var orPatternSlots: [String: Int]?
  package var nextLoopID = 0
  package var returnType: TypeTerm = .unit
  package var currentOwner: String?
  package var nesting = 0

  package init(program: Program, source: String) {
    self.program = program
    self.sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false).map {
      Array($0.unicodeScalars)
    }
  }

  /// Checks the whole program.
  package static func check(_ program: Program, source: String) throws(DiagnosticList) -> CheckedProgram {
    let checker = Checker(program: program, source: source)
    return try checker.run()
  }

  package func run() throws(DiagnosticList) -> CheckedProgram {
    collectItems()
    resolveDeclarations()
    resolveSignatures()
    checkGlobals()
    guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics: diagnostics) }
    var functions: [CheckedFunction] = []
    for index in signatures.indices {
      if let function = checkFunction(index) { functions.append(function) }
    }
    guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics: diagnostics) }
    guard let mainIndex = functionsByName["main"] else {
      throw DiagnosticList(diagnostics: [
        Diagnostic(
          "`main` function not found in crate",
          at: SourceSpan(start: .init(line: 1, column: 1), end: .init(line: 1, column: 2)))
      ])
    }
    let checked = CheckedProgram(
      functions: functions, mainIndex: mainIndex, declarations: typeDeclarations(),
      dropFunctions: dropFunctions, globals: checkedGlobals)
    let moveDiagnostics = MoveChecker(program: checked, layout: layoutCalculator).check()
    guard moveDiagnostics.isEmpty else { throw DiagnosticList(diagnostics: moveDiagnostics) }
    return checked
  }

  package func error(_ message: String, at span: SourceSpan) {
    diagnostics.append(Diagnostic(message, at: span))
  }

  package func unsupported(_ what: String, at span: SourceSpan) {
    diagnostics.append(Diagnostic.unsupported(what, at: span))
  }

  // MARK: - Items

  private func collectItems() {
    for item in program.items {
      switch item {
      case .structure(let decl):
        if structs[decl.name] != nil || enums[decl.name] != nil {
          error("the name `\(decl.name)` is defined multiple times", at: decl.nameSpan)
          continue
        }
        structs[decl.name] = StructInfo(
          name: decl.name, fields: [], shape: decl.shape, derives: derives(decl.attributes), span: decl.span)
      case .enumeration(let decl):
        if structs[decl.name] != nil || enums[decl.name] != nil {
          error("the name `\(decl.name)` is defined multiple times", at: decl.nameSpan)
          continue
        }
        enums[decl.name] = EnumInfo(
          name: decl.name, variants: [], derives: derives(decl.attributes), span: decl.span)
      case .function(let decl):
        if functionsByName[decl.name] != nil {
          error("the name `\(decl.name)` is defined multiple times", at: decl.nameSpan)
          continue
        }
        functionsByName[decl.name] = signatures.count
        signatures.append(
          FunctionSignature(
            name: decl.name, declaration: decl, owner: nil, parameterTypes: [], selfType: nil,
            returnType: .unit))
      case .implementation(let block):
        collectImpl(block)
      case .use(let decl):
        collectUse(decl)
      case .global(let decl):
        globalIndex[decl.name] = globalDeclarations.count
        globalDeclarations.append(decl)
      }
    }
  }

  private func derives(_ attributes: [Attribute]) -> Set<String> {
    var result: Set<String> = []
    for attribute in attributes where attribute.name == "derive" {
      for name in attribute.arguments {
        let supported = ["Debug", "Clone", "Copy", "PartialEq", "Eq", "PartialOrd", "Ord", "Default", "Hash"]
        if supported.contains(name) {
          result.insert(name)
        } else {
          unsupported("the derive `\(name)`", at: attribute.span)
        }
      }
    }
    return result
  }

  private func collectImpl(_ block: ImplBlock) {
    if let trait = block.traitName, trait != "Drop" {
      unsupported("trait implementations other than `impl Drop` (here `\(trait)`)", at: block.span)
      return
    }
    for method in block.methods {
      let key = "\(block.typeName)::\(method.name)"
      if block.traitName == "Drop" {
        guard method.name == "drop" else {
          error("method `\(method.name)` is not a member of trait `Drop`", at: method.nameSpan)
          continue
        }
        dropFunctions[block.typeName] = signatures.count
      } else {
        if methods[block.typeName]?[method.name] != nil {
          error("duplicate definitions with name `\(method.name)`", at: method.nameSpan)
          continue
        }
        methods[block.typeName, default: [:]][method.name] = signatures.count
      }
      signatures.append(
        FunctionSignature(
          name: key, declaration: method, owner: block.typeName, parameterTypes: [], selfType: nil,
          returnType: .unit))
    }
  }

  /// Paths memtutor understands after `use`.
  package static let knownPaths: [[String]] = [
    ["std", "mem"], ["std", "mem", "size_of"], ["std", "mem", "size_of_val"], ["std", "mem", "align_of"],
    ["std", "mem", "drop"], ["std", "mem", "forget"], ["std", "mem", "swap"], ["std", "mem", "replace"],
    ["std", "mem", "take"], ["std", "rc"], ["std", "rc", "Rc"], ["std", "process"],
    ["std", "process", "exit"], ["std", "string", "String"], ["std", "vec", "Vec"], ["std", "boxed", "Box"],
    ["std", "option", "Option"],
  ]

  private func collectUse(_ decl: UseDecl) {
    for path in decl.paths {
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
      return "interior mutability (`std::cell`)"
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
    if let full = imports[first] { return full + segments.dropFirst() }
    if first == "core" || first == "alloc" { return ["std"] + segments.dropFirst() }
    return segments
  }

  private func resolveDeclarations() {
    for item in program.items {
      switch item {
      case .structure(let decl):
        var fields: [(name: String, type: TypeTerm)] = []
        for field in decl.fields {
          fields.append((field.name, resolveType(field.type, selfType: decl.name)))
        }
        structs[decl.name]?.fields = fields
      case .enumeration(let decl):
        var variants: [(name: String, payload: [TypeTerm], discriminant: Int128?)] = []
        for variant in decl.variants {
          let payload = variant.payload.map { resolveType($0, selfType: decl.name) }
          var discriminant: Int128?
          if let expr = variant.discriminant {
            discriminant = constantInteger(expr)
            if discriminant == nil { unsupported("the enum discriminant here", at: expr.span) }
          }
          variants.append((variant.name, payload, discriminant))
        }
        enums[decl.name]?.variants = variants
      default:
        break
      }
    }
    for (name, index) in dropFunctions where structs[name] == nil && enums[name] == nil {
      error("cannot find type `\(name)` in this scope", at: signatures[index].declaration.span)
    }
    for (name, _) in methods where structs[name] == nil && enums[name] == nil {
      if let index = methods[name]?.values.first {
        error("cannot find type `\(name)` in this scope", at: signatures[index].declaration.span)
      }
    }
    layoutCalculator = LayoutCalculator(declarations: typeDeclarations())
    rejectRecursiveTypes()
  }

  private func rejectRecursiveTypes() {
    func contains(_ term: TypeTerm, _ name: String, visiting: inout Set<String>) -> Bool {
      switch term {
      case .structure(let other), .enumeration(let other):
        if other == name { return true }
        if visiting.contains(other) { return false }
        visiting.insert(other)
        let inner =
          (structs[other]?.fields.map(\.type) ?? []) + (enums[other]?.variants.flatMap(\.payload) ?? [])
        return inner.contains { contains($0, name, visiting: &visiting) }
      case .array(let t, _), .option(let t): return contains(t, name, visiting: &visiting)
      case .tuple(let items): return items.contains { contains($0, name, visiting: &visiting) }
      default: return false
      }
    }
    for (name, info) in structs {
      var visiting: Set<String> = []
      if info.fields.contains(where: { contains($0.type, name, visiting: &visiting) }) {
        error("recursive type `\(name)` has infinite size", at: info.span)
      }
    }
    for (name, info) in enums {
      var visiting: Set<String> = []
      if info.variants.flatMap(\.payload).contains(where: { contains($0, name, visiting: &visiting) }) {
        error("recursive type `\(name)` has infinite size", at: info.span)
      }
    }
  }

  package func typeDeclarations() -> TypeDeclarations {
    var declarations = TypeDeclarations()
    for info in structs.values {
      let shape: TypeDeclarations.StructShape
      switch info.shape {
      case .named: shape = .named
      case .tuple: shape = .tuple
      case .unit: shape = .unit
      }
      declarations.add(
        TypeDeclarations.StructDeclaration(
          name: info.name, fields: info.fields.map { ($0.name, $0.type.rustType ?? .unit) }, shape: shape,
          derives: info.derives))
    }
    for info in enums.values {
      declarations.add(
        TypeDeclarations.EnumDeclaration(
          name: info.name,
          variants: info.variants.map { ($0.name, $0.payload.map { $0.rustType ?? .unit }, $0.discriminant) },
          derives: info.derives))
    }
    declarations.dropImplementations = Set(dropFunctions.keys)
    return declarations
  }

  private func resolveSignatures() {
    for index in signatures.indices {
      let decl = signatures[index].declaration
      let owner = signatures[index].owner
      if decl.attributes.contains(where: { $0.name == "test" }) {
        unsupported("`#[test]` functions", at: decl.span)
      }
      var parameterTypes: [TypeTerm] = []
      if let selfParameter = decl.selfParameter {
        guard let owner else {
          error("`self` parameter is only allowed in associated functions", at: decl.span)
          continue
        }
        let ownerType = namedType(owner)
        let selfType: TypeTerm
        switch selfParameter {
        case .value, .mutableValue: selfType = ownerType
        case .reference: selfType = .reference(ownerType, mutable: false)
        case .mutableReference: selfType = .reference(ownerType, mutable: true)
        }
        signatures[index].selfType = selfType
        parameterTypes.append(selfType)
      } else if dropFunctions[owner ?? ""] == index {
        error(
          "method `drop` has a `&mut self` declaration in the trait, but not in the impl", at: decl.nameSpan)
      }
      for parameter in decl.parameters {
        parameterTypes.append(resolveType(parameter.type, selfType: owner))
      }
      signatures[index].parameterTypes = parameterTypes
      signatures[index].returnType = decl.returnType.map { resolveType($0, selfType: owner) } ?? .unit
      if decl.name == "main" && owner == nil {
        if !decl.parameters.isEmpty {
          error("`main` function has wrong type: it takes no arguments", at: decl.span)
        }
        if decl.returnType != nil && signatures[index].returnType != .unit {
          unsupported("the `main` function returning a value", at: decl.returnType?.span ?? decl.span)
        }
      }
    }
  }

  package func namedType(_ name: String) -> TypeTerm {
    enums[name] != nil ? .enumeration(name) : .structure(name)
  }

  private func checkGlobals() {
    for decl in globalDeclarations {
      globalTypes.append(resolveType(decl.type, selfType: nil))
    }
    for (index, decl) in globalDeclarations.enumerated() {
      beginFunction(returnType: .unit, owner: nil)
      let value = coerce(checkExpression(decl.value), to: globalTypes[index])
      table.applyDefaults()
      let resolved = value
      if decl.kind == .mutableStatic {
        unsupported("the item kind `static mut`", at: decl.span)
      }
      checkedGlobals.append(
        CheckedGlobal(
          name: decl.name, type: table.resolve(globalTypes[index]), value: resolved,
          isStatic: decl.kind != .constant, line: decl.span.start.line, types: table))
    }
  }

  // MARK: - Types

  package func resolveType(_ expr: TypeExpr, selfType: String?) -> TypeTerm {
    switch expr.kind {
    case .path(let rawPath, let generics):
      let path = expandPath(rawPath)
      guard let name = path.last else { return .unit }
      func single() -> TypeTerm {
        guard generics.count == 1 else {
          error("`\(name)` expects 1 generic argument, found \(generics.count)", at: expr.span)
          return .unit
        }
        return resolveType(generics[0], selfType: selfType)
      }
      if path.count == 1, generics.isEmpty {
        if let kind = RustType.IntegerKind(rawValue: name) { return .integer(kind) }
        switch name {
        case "f64": return .float(.f64)
        case "f32": return .float(.f32)
        case "bool": return .bool
        case "char": return .char
        case "str": return .str
        case "String": return .string
        case "Self":
          if let selfType { return namedType(selfType) }
          error("`Self` is only available in impls", at: expr.span)
          return .unit
        default: break
        }
        if structs[name] != nil { return .structure(name) }
        if enums[name] != nil { return .enumeration(name) }
      }
      switch path {
      case ["String"], ["std", "string", "String"]: return .string
      case ["Vec"], ["std", "vec", "Vec"]: return .vec(single())
      case ["Box"], ["std", "boxed", "Box"]: return .box(single())
      case ["Option"], ["std", "option", "Option"]: return .option(single())
      case ["std", "rc", "Rc"]: return .rc(single())
      default: break
      }
      if structs[name] != nil || enums[name] != nil {
        error(
          "struct takes 0 generic arguments but \(generics.count) generic arguments were supplied",
          at: expr.span)
        return .unit
      }
      let known = [
        "HashMap", "HashSet", "BTreeMap", "BTreeSet", "VecDeque", "RefCell", "Cell", "Arc", "Mutex", "Result",
        "Weak", "Rc",
      ]
      if known.contains(name) {
        if name == "Rc" {
          error("cannot find type `Rc` in this scope (add `use std::rc::Rc;`)", at: expr.span)
        } else {
          unsupported("the type `\(name)`", at: expr.span)
        }
        return .unit
      }
      if name.first?.isUppercase == true && generics.isEmpty && path.count == 1 && name.count == 1 {
        unsupported("generic type parameters", at: expr.span)
        return .unit
      }
      error("cannot find type `\(rawPath.joined(separator: "::"))` in this scope", at: expr.span)
      return .unit
    case .reference(let mutable, let lifetime, let referent):
      if let lifetime, lifetime != "static" && lifetime != "'static" && lifetime != "_" && lifetime != "'_" {
        unsupported("lifetime parameters", at: expr.span)
      }
      return .reference(resolveType(referent, selfType: selfType), mutable: mutable)
    case .array(let element, let length):
      let elementType = resolveType(element, selfType: selfType)
      guard let count = constantInteger(length), count >= 0, count <= Int128(Int.max) else {
        unsupported("the array length here (use an integer constant)", at: length.span)
        return .array(elementType, 0)
      }
      return .array(elementType, Int(count))
    case .slice(let element):
      return .slice(resolveType(element, selfType: selfType))
    case .tuple(let items):
      if items.isEmpty { return .unit }
      return .tuple(items.map { resolveType($0, selfType: selfType) })
    case .inferred:
      return table.fresh()
    case .never:
      return .never
    }
  }

  /// Evaluates a constant integer expression (array lengths, discriminants, `const` items).
  package func constantInteger(_ expr: Expr, depth: Int = 0) -> Int128? {
    guard depth < 64 else { return nil }
    switch expr.kind {
    case .integer(let value, _):
      return value <= UInt128(Int128.max) ? Int128(value) : nil
    case .unary(.negate, let inner):
      return constantInteger(inner, depth: depth + 1).map { -$0 }
    case .binary(let op, let left, let right):
      guard let a = constantInteger(left, depth: depth + 1), let b = constantInteger(right, depth: depth + 1)
      else { return nil }
      switch op {
      case .add: return a.addingReportingOverflow(b).overflow ? nil : a + b
      case .subtract: return a.subtractingReportingOverflow(b).overflow ? nil : a - b
      case .multiply: return a.multipliedReportingOverflow(by: b).overflow ? nil : a * b
      case .divide: return b == 0 ? nil : a / b
      case .remainder: return b == 0 ? nil : a % b
      case .shiftLeft: return b < 0 || b > 126 ? nil : a << b
      default: return nil
      }
    case .cast(let inner, _):
      return constantInteger(inner, depth: depth + 1)
    case .block(let block) where block.statements.isEmpty:
      return block.tail.flatMap { constantInteger($0, depth: depth + 1) }
    case .path(let path, _) where path.count == 1:
      if let index = globalIndex[path[0]], globalDeclarations[index].kind == .constant {
        return constantInteger(globalDeclarations[index].value, depth: depth + 1)
      }
      return nil
    default:
      return nil
    }
  }

  // MARK: - Functions

  package func beginFunction(returnType: TypeTerm, owner: String?) {
    table = InferenceTable()
    locals = []
    scopes = [[:]]
    declaredInScope = [[]]
    loops = []
    deferredLocals = []
    loopBreaks = []
    orPatternSlots = nil
    nextLoopID = 0
    self.returnType = returnType
    currentOwner = owner
    nesting = 0
  }

  package func declareLocal(
    _ name: String, type: TypeTerm, line: Int, isParameter: Bool = false, isMutable: Bool = false
  ) -> Int {
    let slot = locals.count
    locals.append(
      LocalVariable(name: name, type: type, line: line, isParameter: isParameter, isMutable: isMutable))
    scopes[scopes.count - 1][name] = slot
    declaredInScope[declaredInScope.count - 1].append(slot)
    return slot
  }

  package func lookupLocal(_ name: String) -> Int? {
    for scope in scopes.reversed() {
      if let slot = scope[name] { return slot }
    }
    return nil
  }

  package func pushScope() {
    scopes.append([:])
    declaredInScope.append([])
  }

  package func popScope() -> [Int] {
    scopes.removeLast()
    return declaredInScope.removeLast()
  }

  private func checkFunction(_ index: Int) -> CheckedFunction? {
    let signature = signatures[index]
    let decl = signature.declaration
    beginFunction(returnType: signature.returnType, owner: signature.owner)
    var parameterSlots: [Int] = []
    var parameterPatterns: [(slot: Int, pattern: TypedPattern)] = []
    var typeIndex = 0
    if let selfType = signature.selfType {
      parameterSlots.append(
        declareLocal(
          "self", type: selfType, line: decl.span.start.line, isParameter: true,
          isMutable: decl.selfParameter == .mutableValue))
      typeIndex = 1
    }
    for parameter in decl.parameters {
      let type = signature.parameterTypes[typeIndex]
      typeIndex += 1
      if case .identifier(let name, let mutable, let byReference, nil) = parameter.pattern.kind, !byReference
      {
        parameterSlots.append(
          declareLocal(
            name, type: type, line: parameter.span.start.line, isParameter: true, isMutable: mutable))
      } else {
        let slot = declareLocal(
          "(parameter \(typeIndex))", type: type, line: parameter.span.start.line, isParameter: true)
        parameterSlots.append(slot)
        let pattern = checkPattern(parameter.pattern, against: type, isParameter: true)
        if pattern.isRefutable {
          error("refutable pattern in function argument", at: parameter.pattern.span)
        }
        parameterPatterns.append((slot, pattern))
      }
    }
    // The body's own scope holds its locals; parameters live in the outer scope.
    var body = checkBlock(decl.body, expected: signature.returnType)
    if let tail = body.tail {
      body.tail = coerce(tail, to: signature.returnType)
    } else if !blockDiverges(body) && !isUnit(signature.returnType) {
      error(
        "mismatched types: expected `\(table.displayName(signature.returnType))`, found `()`",
        at: decl.returnType?.span ?? decl.span)
    }
    table.applyDefaults()
    let finalBody = body
    var finalLocals: [LocalVariable] = []
    for local in locals {
      var resolved = local
      resolved.type = table.resolve(local.type)
      if resolved.type.containsVariables {
        error("type annotations needed for `\(local.name)`", at: decl.span)
        resolved.type = .unit
      }
      finalLocals.append(resolved)
    }
    let finalPatterns = parameterPatterns
    let closing = SourceLocation(line: decl.body.span.end.line, column: max(1, decl.body.span.end.column - 1))
    return CheckedFunction(
      name: signature.name, parameterSlots: parameterSlots, parameterPatterns: finalPatterns,
      returnType: table.resolve(signature.returnType), locals: finalLocals, body: finalBody, span: decl.span,
      closingBrace: closing,
      isDropImplementation: signature.owner.map { dropFunctions[$0] == index } ?? false,
      types: table)
  }

  package func isUnit(_ term: TypeTerm) -> Bool {
    if case .unit = table.shallow(term) { return true }
    return false
  }

  /// True when control never reaches the end of the block (it returns, panics or loops forever).
  package func blockDiverges(_ block: TypedBlock) -> Bool {
    for statement in block.statements {
      if case .expression(let expr) = statement.kind, table.shallow(expr.type).isNever { return true }
      if case .binding(_, let value?, _) = statement.kind, table.shallow(value.type).isNever { return true }
    }
    if let tail = block.tail, table.shallow(tail.type).isNever { return true }
    return false
  }
}
