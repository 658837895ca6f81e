import MemoryModel

/// What `#[derive(…)]` asks of the type and its fields, reported as rustc does: first each
/// impl's own demands at the type's name (`Copy` over a field that is not `Copy`, a derive
/// without its supertrait), then each derived trait against every field, at the field.
///
/// A field type the checker cannot judge for sure is taken to have the trait: a missing report
/// is a lesser fault than a made-up one.
extension Checker {
  private struct DerivedField {
    var type: TypeTerm?
    var span: SourceSpan
    /// Enum variant fields are compared through references (`&Inner` in rustc's message).
    var inEnum: Bool
  }

  private struct DerivingType {
    var name: String
    var nameSpan: SourceSpan
    var written: [String]
    var fields: [DerivedField]
    var isEnum: Bool
  }

  func checkDeriveRequirements() {
    let types = derivingTypes()
    for type in types { checkDerivedSupertraits(type) }
    for type in types {
      // An enum's `Default` is its `#[default]` unit variant: no field is asked for one.
      for trait in type.written where trait != "Copy" && !(trait == "Default" && type.isEnum) {
        for field in type.fields {
          guard let fieldType = field.type, definitelyLacks(fieldType, trait) else { continue }
          reportDerivedField(fieldType, lacking: trait, at: field.span, inEnum: field.inEnum)
        }
      }
    }
  }

  private func checkDerivedSupertraits(_ type: DerivingType) {
    let written = Set(type.written)
    for trait in type.written {
      switch trait {
      case "Copy":
        if type.fields.contains(where: { $0.type.map { definitelyLacks($0, "Copy") } ?? false }) {
          error("the trait `Copy` cannot be implemented for this type", at: type.nameSpan)
          diagnostics[diagnostics.count - 1].code = "E0204"
        }
        if !written.contains("Clone") && !implementsByHand(type.name, "Clone") {
          error("the trait bound `\(type.name): Clone` is not satisfied", at: type.nameSpan)
        }
      case "Eq", "PartialOrd":
        if !written.contains("PartialEq") && !implementsByHand(type.name, "PartialEq") {
          error("can't compare `\(type.name)` with `\(type.name)`", at: type.nameSpan)
        }
      case "Ord":
        if !written.contains("Eq") && !implementsByHand(type.name, "Eq") {
          error("the trait bound `\(type.name): Eq` is not satisfied", at: type.nameSpan)
        }
        if !written.contains("PartialOrd") && !implementsByHand(type.name, "PartialOrd") {
          error("can't compare `\(type.name)` with `\(type.name)`", at: type.nameSpan)
        }
      default:
        break
      }
    }
  }

  private func reportDerivedField(_ type: TypeTerm, lacking trait: String, at span: SourceSpan, inEnum: Bool)
  {
    let name = table.displayName(type)
    switch trait {
    case "Debug":
      error("`\(name)` doesn't implement `Debug`", at: span)
      diagnostics[diagnostics.count - 1].code = "E0277"
    case "PartialEq":
      error("binary operation `==` cannot be applied to type `\(inEnum ? "&" : "")\(name)`", at: span)
    case "PartialOrd":
      error("can't compare `\(name)` with `_`", at: span)
    default:
      error("the trait bound `\(name): \(trait)` is not satisfied", at: span)
    }
  }

  private func implementsByHand(_ name: String, _ trait: String) -> Bool {
    implementedTraits[name]?.contains(trait) ?? false
  }

  /// The program's own types with a derive, in the order they are written.
  private func derivingTypes() -> [DerivingType] {
    var result: [DerivingType] = []
    for item in program.items {
      switch item {
      case .structure(let decl):
        let written = derivedNames(decl.attributes)
        guard !written.isEmpty else { continue }
        let parameters = genericTypes.parameters(of: decl.name) ?? []
        let resolvedFields = parameters.isEmpty ? structs[decl.name]?.fields : nil
        let fields = decl.fields.enumerated().map { index, field in
          let known =
            resolvedFields.flatMap { index < $0.count ? $0[index].type : nil }
            ?? fieldType(field.type, unless: parameters, selfType: decl.name)
          return DerivedField(
            type: known, span: decl.shape == .tuple ? field.type.span : field.span, inEnum: false)
        }
        result.append(
          DerivingType(
            name: decl.name, nameSpan: decl.nameSpan, written: written, fields: fields, isEnum: false))
      case .enumeration(let decl):
        let written = derivedNames(decl.attributes)
        guard !written.isEmpty else { continue }
        let parameters = genericTypes.parameters(of: decl.name) ?? []
        let resolvedVariants = parameters.isEmpty ? enums[decl.name]?.variants : nil
        var fields: [DerivedField] = []
        for (variantIndex, variant) in decl.variants.enumerated() {
          for (index, payload) in variant.payload.enumerated() {
            let resolved = resolvedVariants.flatMap { variants -> TypeTerm? in
              guard variantIndex < variants.count, index < variants[variantIndex].payload.count else {
                return nil
              }
              return variants[variantIndex].payload[index]
            }
            let known = resolved ?? fieldType(payload, unless: parameters, selfType: decl.name)
            let span = variant.fieldNames.flatMap { names in
              index < names.count ? fieldNameSpan(names[index], before: payload.span) : nil
            }
            fields.append(DerivedField(type: known, span: span ?? payload.span, inEnum: true))
          }
        }
        result.append(
          DerivingType(
            name: decl.name, nameSpan: decl.nameSpan, written: written, fields: fields, isEnum: true))
      default:
        continue
      }
    }
    return result
  }

  private func derivedNames(_ attributes: [Attribute]) -> [String] {
    attributes.filter { $0.name == "derive" }.flatMap(\.arguments)
  }

  /// A generic type's field, each parameter standing for a type with every trait: the derive
  /// bounds the parameters itself (`T: Copy`), so `T` and `&T` pass, while `Vec<T>` or `Box<T>`
  /// is never `Copy`. A field naming a generic type of the program is left unjudged, since
  /// resolving it would make an instance for the stand-in.
  private func fieldType(_ type: TypeExpr, unless parameters: [GenericParameter], selfType: String)
    -> TypeTerm?
  {
    guard !parameters.isEmpty, !namesGenericType(type) else { return nil }
    let reported = diagnostics.count
    let savedSubstitution = typeSubstitution
    // `!` has every trait as far as `definitelyLacks` is concerned.
    for parameter in parameters where mentions(type, parameter.name) {
      typeSubstitution[parameter.name] = .never
    }
    let resolved = resolveType(type, selfType: nil)
    typeSubstitution = savedSubstitution
    // Its errors, if any, were reported with the declaration.
    guard diagnostics.count == reported else {
      diagnostics.removeSubrange(reported...)
      return nil
    }
    return resolved
  }

  private func namesGenericType(_ type: TypeExpr) -> Bool {
    switch type.kind {
    case .path(let path, let generics):
      if path.count == 1, let name = path.last, genericTypes.parameters(of: name) != nil { return true }
      return generics.contains { namesGenericType($0) }
    case .reference(_, _, let referent): return namesGenericType(referent)
    case .array(let element, _), .slice(let element): return namesGenericType(element)
    case .tuple(let items): return items.contains { namesGenericType($0) }
    case .inferred, .never: return false
    }
  }

  /// `x` in `B { x: Inner }`: rustc puts a variant field's report at its name.
  private func fieldNameSpan(_ name: String, before typeSpan: SourceSpan) -> SourceSpan? {
    let lineIndex = typeSpan.start.line - 1
    guard lineIndex >= 0, lineIndex < sourceLines.count else { return nil }
    let line = String(
      String.UnicodeScalarView(sourceLines[lineIndex].prefix(max(0, typeSpan.start.column - 1))))
    guard let colon = line.lastIndex(of: ":") else { return nil }
    var head = Substring(line[..<colon])
    while head.last == " " || head.last == "\t" { head.removeLast() }
    guard head.hasSuffix(name) else { return nil }
    let column = head.unicodeScalars.count - name.unicodeScalars.count + 1
    return SourceSpan(
      start: SourceLocation(line: typeSpan.start.line, column: column),
      end: SourceLocation(line: typeSpan.start.line, column: column + name.unicodeScalars.count))
  }

  /// True only when the type surely lacks the trait; unknown types are given the benefit.
  private func definitelyLacks(_ type: TypeTerm, _ trait: String) -> Bool {
    switch table.shallow(type) {
    case .float: return ["Eq", "Ord", "Hash"].contains(trait)
    case .string: return trait == "Copy"
    case .reference(let inner, let mutable):
      if trait == "Copy" || trait == "Clone" { return mutable }
      if trait == "Default" { return false }
      return definitelyLacks(inner, trait)
    case .vec(let inner):
      if trait == "Copy" { return true }
      return trait != "Default" && definitelyLacks(inner, trait)
    case .box(let inner):
      return trait == "Copy" || definitelyLacks(inner, trait)
    case .rc(let inner), .arc(let inner):
      if trait == "Copy" { return true }
      return trait != "Clone" && definitelyLacks(inner, trait)
    case .option(let inner):
      return trait != "Default" && definitelyLacks(inner, trait)
    case .array(let inner, _):
      return definitelyLacks(inner, trait)
    case .tuple(let items):
      return items.contains { definitelyLacks($0, trait) }
    case .result(let value, let error):
      return trait == "Default" || definitelyLacks(value, trait) || definitelyLacks(error, trait)
    case .structure(let name), .enumeration(let name):
      guard isProgramType(name) else { return false }
      if derivesOf(name).contains(trait) || implementsByHand(name, trait) { return false }
      if handWrittenComparisons[name]?[trait] != nil { return false }
      if trait == "Debug" && debugFunction(for: type) != nil { return false }
      if trait == "Default" && handWrittenDefaults[name] != nil { return false }
      return true
    default:
      return false
    }
  }

  /// A struct or enum the program declares (or an instance of one), not a library stand-in.
  private func isProgramType(_ name: String) -> Bool {
    let base = table.instances[name]?.base ?? name
    return program.items.contains { item in
      switch item {
      case .structure(let decl): decl.name == base
      case .enumeration(let decl): decl.name == base
      default: false
      }
    }
  }
}
