import MemoryModel

/// `impl fmt::Display for Point` written by hand. The impl's `fmt` is an ordinary method
/// (`<Point as Display>::fmt`, its own frame); `{}` on a `Point` calls it with a fresh
/// `&mut Formatter`, and what it writes (`write!`, `f.write_str`, `f.pad`) is the text the
/// placeholder prints. `std::fmt::Formatter` is an opaque library type: only its methods
/// reach it.
extension Checker {
  package static let formatterName = "Formatter"
  /// `std::fmt::Error`, under a name no program can declare.
  package static let formatErrorName = "fmt::Error"

  /// Declares `Formatter` and `fmt::Error` unless the program declares a `Formatter` itself.
  func registerStandardFormatting() {
    for item in program.items {
      switch item {
      case .structure(let decl) where decl.name == Self.formatterName: return
      case .enumeration(let decl) where decl.name == Self.formatterName: return
      default: continue
      }
    }
    structs[Self.formatterName] = StructInfo(
      name: Self.formatterName, fields: [], shape: .unit, derives: [], span: .unknown)
    structs[Self.formatErrorName] = StructInfo(
      name: Self.formatErrorName, fields: [], shape: .unit,
      derives: ["Clone", "Copy", "PartialEq", "Eq", "PartialOrd", "Ord", "Default", "Hash"], span: .unknown)
    usesStandardFormatter = true
  }

  /// `fmt::Formatter`, `fmt::Result` and `fmt::Error` by their full paths; nil for other paths.
  func formattingType(_ path: [String], generics: [TypeExpr], span: SourceSpan) -> TypeTerm? {
    guard path.count == 3, path[0] == "std", path[1] == "fmt",
      ["Formatter", "Result", "Error"].contains(path[2])
    else { return nil }
    guard usesStandardFormatter else {
      unsupported("`std::fmt` types in a program with a type of its own named `Formatter`", at: span)
      return .unit
    }
    guard generics.isEmpty else {
      error(
        "type alias takes 0 generic arguments but \(generics.count) generic arguments were supplied", at: span
      )
      return .unit
    }
    switch path[2] {
    case "Formatter": return .structure(Self.formatterName)
    case "Error": return .structure(Self.formatErrorName)
    default: return .result(.unit, .structure(Self.formatErrorName))
    }
  }

  /// `impl fmt::Display for T { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { … } }`,
  /// and the same for `Debug`.
  func collectFormattingImpl(_ block: ImplBlock, trait: String) {
    let at = block.traitSpan ?? block.span
    guard expandPath(block.traitPath) == ["std", "fmt", trait] else {
      error("cannot find trait `\(trait)` in this scope", at: at)
      return
    }
    guard usesStandardFormatter else {
      unsupported("`\(trait)` impls in a program with a type of its own named `Formatter`", at: at)
      return
    }
    guard structs[block.typeName] != nil || enums[block.typeName] != nil,
      block.typeName != Self.formatterName, block.typeName != Self.orderingName
    else {
      if Self.standardTypeNames.contains(block.typeName) {
        unsupported("implementing a trait for a standard library type", at: block.typeSpan)
      } else {
        error("cannot find type `\(block.typeName)` in this scope", at: block.typeSpan)
      }
      return
    }
    let derived = structs[block.typeName]?.derives ?? enums[block.typeName]?.derives ?? []
    guard !(trait == "Debug" && derived.contains("Debug")),
      implementedTraits[block.typeName, default: []].insert(trait).inserted
    else {
      error(
        "conflicting implementations of trait `\(trait)` for type `\(block.typeName)`",
        at: derivedDebugSpan(of: block.typeName) ?? block.span)
      return
    }
    for method in block.methods {
      guard method.name == "fmt" else {
        var diagnostic = Diagnostic(
          "method `\(method.name)` is not a member of trait `\(trait)`", at: method.nameSpan)
        diagnostic.code = "E0407"
        diagnostics.append(diagnostic)
        continue
      }
      guard (trait == "Debug" ? debugFunctions : displayFunctions)[block.typeName] == nil else {
        error("duplicate definitions with name `fmt`", at: method.nameSpan)
        continue
      }
      if let generic = method.generics.first {
        unsupported("generic methods", at: generic.span)
        continue
      }
      if trait == "Debug", methods[block.typeName]?["fmt"] != nil || displayFunctions[block.typeName] != nil {
        // Both impls name their method `fmt`: which one `x.fmt(f)` means is rustc's ambiguity.
        unsupported("`Display` and `Debug` both written by hand for one type", at: method.nameSpan)
        continue
      }
      collectBodyGlobals(method)
      if trait == "Debug" {
        let index = signatures.count
        signatures.append(
          FunctionSignature(
            name: "<\(block.typeName) as Debug>::fmt", declaration: method, owner: block.typeName,
            parameterTypes: [], selfType: nil, returnType: .unit))
        debugFunctions[block.typeName] = index
      } else if let index = addTraitMethod(method, trait: "Display", type: block.typeName) {
        displayFunctions[block.typeName] = index
      }
    }
    if !block.methods.contains(where: { $0.name == "fmt" }) {
      error("not all trait items implemented, missing: `fmt`", at: block.span)
    }
  }

  /// Where `Debug` is written in the type's `#[derive(…)]`: rustc reports a second `Debug` there.
  private func derivedDebugSpan(of typeName: String) -> SourceSpan? {
    for item in program.items {
      let attributes: [Attribute]
      switch item {
      case .structure(let decl) where decl.name == typeName: attributes = decl.attributes
      case .enumeration(let decl) where decl.name == typeName: attributes = decl.attributes
      default: continue
      }
      for attribute in attributes where attribute.name == "derive" {
        let line = attribute.span.start.line
        guard line >= 1, line <= sourceLines.count else { continue }
        let text = Array(sourceLines[line - 1])
        let needle = Array("Debug".unicodeScalars)
        var index = max(0, attribute.span.start.column - 1)
        while index + needle.count <= text.count {
          if Array(text[index..<index + needle.count]) == needle {
            let start = SourceLocation(line: line, column: index + 1)
            return SourceSpan(start: start, end: SourceLocation(line: line, column: index + 1 + needle.count))
          }
          index += 1
        }
      }
    }
    return nil
  }

  /// Each `fmt` must be `fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result` (rustc's E0053
  /// otherwise, E0186 without `&self`).
  func checkDisplayImplSignatures() {
    let formatter = TypeTerm.reference(.structure(Self.formatterName), mutable: true)
    let result = TypeTerm.result(.unit, .structure(Self.formatErrorName))
    let written = Array(displayFunctions.values) + Array(debugFunctions.values)
    for index in written.sorted() {
      let signature = signatures[index]
      let decl = signature.declaration
      guard let selfParameter = decl.selfParameter else {
        var diagnostic = Diagnostic(
          "method `fmt` has a `&self` declaration in the trait, but not in the impl", at: decl.span)
        diagnostic.code = "E0186"
        diagnostics.append(diagnostic)
        continue
      }
      guard decl.parameters.count == 1 else {
        let start = SourceLocation(line: decl.nameSpan.end.line, column: decl.nameSpan.end.column + 1)
        error(
          "method `fmt` has \(decl.parameters.count + 1) parameter\(decl.parameters.isEmpty ? "" : "s") but the declaration in trait `\(signature.name.contains(" as Debug>") ? "Debug" : "Display")::fmt` has 2",
          at: SourceSpan(start: start, end: start))
        continue
      }
      if case .reference = selfParameter {
      } else {
        let start = SourceLocation(line: decl.nameSpan.end.line, column: decl.nameSpan.end.column + 1)
        error("method `fmt` has an incompatible type for trait", at: SourceSpan(start: start, end: start))
        continue
      }
      if signature.parameterTypes.count == 2, signature.parameterTypes[1] != formatter {
        error("method `fmt` has an incompatible type for trait", at: decl.parameters[0].type.span)
      } else if signature.returnType != result {
        error("method `fmt` has an incompatible type for trait", at: decl.returnType?.span ?? decl.nameSpan)
      }
    }
  }

  /// The function `{}` calls for a value of `type` (through references), when the program
  /// implements `Display` for it.
  func displayFunction(for type: TypeTerm) -> Int? {
    switch table.shallow(type) {
    case .reference(let inner, _), .box(let inner), .rc(let inner), .library(.ref, let inner),
      .library(.refMut, let inner):
      return displayFunction(for: inner)
    case .structure(let name), .enumeration(let name): return displayFunctions[name]
    default: return nil
    }
  }

  /// The function `{:?}` calls for a value of `type` (through references), when the program
  /// implements `Debug` for it by hand.
  func debugFunction(for type: TypeTerm) -> Int? {
    switch table.shallow(type) {
    case .reference(let inner, _), .box(let inner), .rc(let inner), .library(.ref, let inner),
      .library(.refMut, let inner):
      return debugFunction(for: inner)
    case .structure(let name), .enumeration(let name): return debugFunctions[name]
    default: return nil
    }
  }

  /// True when a value of `type` holds, anywhere inside it, a type with a hand-written `Debug`:
  /// memtutor prints such a value itself, so it cannot call that `fmt` (refused, not misprinted).
  func holdsHandWrittenDebug(_ type: TypeTerm) -> Bool {
    guard !debugFunctions.isEmpty else { return false }
    var visited: Set<String> = []
    var pending = [type]
    while let next = pending.popLast() {
      switch table.shallow(next) {
      case .structure(let name):
        if debugFunctions[name] != nil { return true }
        if visited.insert(name).inserted { pending += structs[name]?.fields.map(\.type) ?? [] }
      case .enumeration(let name):
        if debugFunctions[name] != nil { return true }
        if visited.insert(name).inserted { pending += enums[name]?.variants.flatMap(\.payload) ?? [] }
      case .reference(let inner, _), .box(let inner), .rc(let inner), .vec(let inner), .option(let inner),
        .array(let inner, _), .slice(let inner), .library(_, let inner):
        pending.append(inner)
      case .tuple(let items): pending += items
      case .result(let value, let failure), .hashMap(let value, let failure, _): pending += [value, failure]
      default: break
      }
    }
    return false
  }

  /// `<T as Display>::fmt(&value, &mut Formatter)`, the call a placeholder makes; its
  /// formatter takes the placeholder's fill, alignment, width and precision (what `f.pad`
  /// uses). Nil when the value is not reached through references only.
  func displayCall(_ function: Int, value: TypedExpr, spec: FormatString.Spec) -> TypedExpr? {
    // Down to `&T` (or the place `T`): `&&T`, `Box<T>`, `&Rc<T>` are followed as `{}` follows them.
    var receiver = value
    for _ in 0..<16 {
      switch table.shallow(receiver.type) {
      case .reference(let inner, _):
        switch table.shallow(inner) {
        case .reference, .box, .rc, .library(.ref, _), .library(.refMut, _):
          receiver = typed(.deref(receiver), inner, receiver.span)
        default: return callDisplay(function, receiver: receiver, spec: spec, span: value.span)
        }
      case .box(let inner), .rc(let inner), .library(.ref, let inner), .library(.refMut, let inner):
        receiver = typed(.deref(receiver), inner, receiver.span)
      default:
        return callDisplay(function, receiver: borrow(receiver, mutable: false), spec: spec, span: value.span)
      }
    }
    return nil
  }

  private func callDisplay(_ function: Int, receiver: TypedExpr, spec: FormatString.Spec, span: SourceSpan)
    -> TypedExpr
  {
    let value = receiver
    let formatter = typed(
      .builtin(.formatterNew(spec), arguments: []),
      .reference(.structure(Self.formatterName), mutable: true), value.span)
    return typed(
      .call(function: function, arguments: [receiver, formatter]), signatures[function].returnType, value.span
    )
  }

  /// `value.to_string()` through the program's `Display`: the call, then its text as a `String`.
  func displayToString(_ function: Int, receiver: TypedExpr, span: SourceSpan) -> TypedExpr {
    guard let call = displayCall(function, value: receiver, spec: FormatString.Spec()) else {
      return invalid(span)
    }
    return typed(.builtin(.formatterFinishString, arguments: [call]), .string, span)
  }

  /// The methods of `Formatter` a `fmt` body may call.
  func formatterMethod(on type: TypeTerm, _ name: String) -> LibraryMethod? {
    guard case .structure(Self.formatterName) = type, usesStandardFormatter else { return nil }
    let result = TypeTerm.result(.unit, .structure(Self.formatErrorName))
    let text = TypeTerm.reference(.str, mutable: false)
    func method(_ mode: SelfMode, _ parameters: [TypeTerm], _ type: TypeTerm) -> LibraryMethod {
      LibraryMethod(builtin: .formatterMethod(name), selfMode: mode, parameters: parameters, result: type)
    }
    switch name {
    case "write_str", "pad": return method(.mutableReference, [text], result)
    case "width", "precision": return method(.reference, [], .option(.usize))
    case "alternate": return method(.reference, [], .bool)
    default: return nil
    }
  }

  /// `write!(f, "…", args)` / `writeln!(f, …)` into a `Formatter`.
  func checkWriteMacro(name: String, arguments: [MacroArgument], span: SourceSpan) -> TypedExpr {
    guard let destination = arguments.first, destination.name == nil else {
      error("requires a destination and a format string", at: span)
      return invalid(span)
    }
    var target = checkExpression(destination.value)
    switch table.shallow(target.type) {
    case .reference(let inner, true) where table.shallow(inner) == .structure(Self.formatterName):
      break
    case .structure(Self.formatterName):
      target = borrow(target, mutable: true)
    default:
      unsupported("`\(name)!` into anything but a `fmt::Formatter`", at: destination.value.span)
      return invalid(span)
    }
    let rest = Array(arguments.dropFirst())
    guard
      let (template, values) = checkFormatArguments(
        rest, macro: name, span: span, allowEmpty: name == "writeln")
    else { return invalid(span) }
    var finished = template
    if name == "writeln" { finished.format.pieces.append(.literal("\n")) }
    return typed(
      .formatterWrite(target, finished, values), .result(.unit, .structure(Self.formatErrorName)), span)
  }
}
