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
    // rustc 1.95's layout: the options (flags, width, precision) and `&mut dyn Write`, 24 bytes.
    // The fields' names cannot be written, as the real ones are private.
    let hidden = { (name: String) in "\u{1}" + name }
    structs[Self.formatterName] = StructInfo(
      name: Self.formatterName,
      fields: [
        (hidden("flags"), .integer(.u32)), (hidden("width"), .integer(.u16)),
        (hidden("precision"), .integer(.u16)), (hidden("buf"), .tuple([.usize, .usize])),
      ], shape: .named, derives: [], span: .unknown)
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

  /// Whether `block` implements std's `fmt::Display`/`fmt::Debug` in a program that uses std's
  /// `Formatter`; otherwise reports why not.
  func isStandardFormattingImpl(_ block: ImplBlock, trait: String) -> Bool {
    let at = block.traitSpan ?? block.span
    guard expandPath(block.traitPath) == ["std", "fmt", trait] else {
      error("cannot find trait `\(trait)` in this scope", at: at)
      return false
    }
    guard usesStandardFormatter else {
      unsupported("`\(trait)` impls in a program with a type of its own named `Formatter`", at: at)
      return false
    }
    return true
  }

  /// `impl fmt::Display for T { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { … } }`,
  /// and the same for `Debug`.
  func collectFormattingImpl(_ block: ImplBlock, trait: String) {
    guard isStandardFormattingImpl(block, trait: trait) else { return }
    // The type may be declared further down the file: its declaration is looked up in the items.
    let declared = program.items.contains { item in
      switch item {
      case .structure(let decl): return decl.name == block.typeName
      case .enumeration(let decl): return decl.name == block.typeName
      default: return false
      }
    }
    guard declared, block.typeName != Self.formatterName else {
      if Self.standardTypeNames.contains(block.typeName) {
        unsupported("implementing a trait for a standard library type", at: block.typeSpan)
      } else {
        error("cannot find type `\(block.typeName)` in this scope", at: block.typeSpan)
      }
      return
    }
    let derivesDebug = trait == "Debug" && derivedDebugSpan(of: block.typeName) != nil
    guard !derivesDebug,
      implementedTraits[block.typeName, default: []].insert(trait).inserted
    else {
      error(
        "conflicting implementations of trait `\(trait)` for type `\(block.typeName)`",
        at: derivedDebugSpan(of: block.typeName) ?? block.span)
      return
    }
    for method in block.methods {
      guard method.name == "fmt" else {
        reportNotATraitMember(method, trait: trait)
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
          "method `fmt` has \(decl.parameters.count + 1) parameter\(decl.parameters.isEmpty ? "" : "s") but the declaration in trait `std::fmt::\(signature.name.contains(" as Debug>") ? "Debug" : "Display")::fmt` has 2",
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
    case .structure(let name), .enumeration(let name):
      return displayFunctions[name] ?? genericFormattingFunction(on: name, debug: false)
    case .dynTrait("Error") where traits["Error"] == nil: return errorDisplayDispatcher
    default: return nil
    }
  }

  /// `<T as Display>::fmt(&value, &mut Formatter)`, the call a placeholder makes; its
  /// formatter takes the placeholder's fill, alignment, width and precision (what `f.pad`
  /// uses). Nil when the value is not reached through references only.
  func displayCall(_ function: Int, value: TypedExpr, spec: FormatString.Spec, derived: Bool = false)
    -> TypedExpr?
  {
    // Down to `&T` (or the place `T`): `&&T`, `Box<T>`, `&Rc<T>` are followed as `{}` follows them.
    var receiver = value
    for _ in 0..<16 {
      switch table.shallow(receiver.type) {
      case .reference(let inner, _):
        switch table.shallow(inner) {
        case .reference, .box, .rc, .library(.ref, _), .library(.refMut, _):
          receiver = typed(.deref(receiver), inner, receiver.span)
        default:
          return callDisplay(function, receiver: receiver, spec: spec, derived: derived, span: value.span)
        }
      case .box(let inner), .rc(let inner), .library(.ref, let inner), .library(.refMut, let inner):
        receiver = typed(.deref(receiver), inner, receiver.span)
      default:
        return callDisplay(
          function, receiver: borrow(receiver, mutable: false), spec: spec, derived: derived, span: value.span
        )
      }
    }
    return nil
  }

  private func callDisplay(
    _ function: Int, receiver: TypedExpr, spec: FormatString.Spec, derived: Bool, span: SourceSpan
  ) -> TypedExpr {
    let value = receiver
    let formatter = typed(
      .builtin(derived ? .formatterDerived : .formatterNew(spec), arguments: []),
      .reference(.structure(Self.formatterName), mutable: true), value.span)
    if genericTypes.methodImpls[function] != nil {
      return genericFormattingCall(function, receiver: receiver, formatter: formatter)
    }
    return typed(
      .call(function: function, arguments: [receiver, formatter]), signatures[function].returnType, value.span
    )
  }

  /// Turns each `{}` / `{:?}` whose value has the program's own `Display` / `Debug` into the
  /// call of its `fmt`, and returns the value indices so rendered; nil after an error. A value
  /// such placeholders use twice (`{x}{x}`) gets one call per placeholder, as rustc calls `fmt`
  /// once per placeholder: the later ones (and any next to a plain use such as `{p:?}`) format
  /// the same place again under a name of their own.
  func renderOwnFormatting(
    format: inout FormatString, values: inout [TypedExpr], names: inout [String], positionalCount: Int
  ) -> Set<Int>? {
    func valueIndex(_ placeholder: FormatString.Placeholder) -> Int? {
      switch placeholder.argument {
      case .named(let name): return names.firstIndex(of: name).map { positionalCount + $0 }
      case .next, .index: return placeholder.position
      }
    }
    func function(_ placeholder: FormatString.Placeholder, _ value: TypedExpr) -> Int? {
      switch placeholder.spec.kind {
      case .display: return displayFunction(for: value.type)
      case .debug: return debugFunction(for: value.type)
      default: return nil
      }
    }
    let original = values
    // Values some placeholder formats without a call (`{:p}`, or `{:?}` of a derived Debug).
    var plainUses: Set<Int> = []
    // A container walked for `{:?}` is rendered in its place: only its one use may format it.
    var useCounts: [Int: Int] = [:]
    for placeholder in format.placeholders {
      guard let index = valueIndex(placeholder), index < original.count else { continue }
      useCounts[index, default: 0] += 1
      if function(placeholder, original[index]) == nil { plainUses.insert(index) }
    }
    var rendered: Set<Int> = []
    for (pieceIndex, piece) in format.pieces.enumerated() {
      guard case .placeholder(var placeholder) = piece, let index = valueIndex(placeholder),
        index < original.count
      else { continue }
      let value = original[index]
      let isLiteral = { (count: FormatString.Count?) -> Bool in
        if case .literal = count { return true }
        return count == nil
      }
      guard let function = function(placeholder, value) else {
        if placeholder.spec.kind == .debug, holdsHandWrittenDebug(value.type) {
          guard isLiteral(placeholder.spec.width), isLiteral(placeholder.spec.precision),
            useCounts[index] == 1,
            let walked = renderedContainerDebug(value, spec: placeholder.spec)
          else {
            unsupported("`{:?}` on values that hold a type with a hand-written `Debug`", at: value.span)
            return nil
          }
          values[index] = walked
          rendered.insert(index)
        }
        continue
      }
      // A value also formatted another way keeps its slot; this placeholder formats a copy.
      let again = rendered.contains(index) || plainUses.contains(index)
      guard isLiteral(placeholder.spec.width), isLiteral(placeholder.spec.precision),
        !again || isPlaceExpression(value)
      else {
        unsupported(
          "formatting a value with its own `fmt` next to other uses of it, or with a width from an argument",
          at: value.span)
        return nil
      }
      guard let call = displayCall(function, value: value, spec: placeholder.spec) else { return nil }
      if again {
        let name = "\u{1}\(values.count)"
        names.append(name)
        values.append(call)
        placeholder.argument = .named(name)
        placeholder.position = nil
        format.pieces[pieceIndex] = .placeholder(placeholder)
        rendered.insert(values.count - 1)
      } else {
        values[index] = call
        rendered.insert(index)
      }
    }
    return rendered
  }

  /// `value.to_string()` through the program's `Display`: the call, then its text as a `String`.
  func displayToString(_ function: Int, receiver: TypedExpr, span: SourceSpan, methodSpan: SourceSpan)
    -> TypedExpr
  {
    guard let call = displayCall(function, value: receiver, spec: FormatString.Spec()) else {
      return invalid(span)
    }
    if genericTypes.methodImpls[function] != nil, let pending = pendingGenericCalls.last {
      genericToStringCalls[pending.instance] = methodSpan
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
