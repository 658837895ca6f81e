import MemoryModel

/// Trait objects: `&dyn Shape`, `&mut dyn Shape`, `Box<dyn Shape>`. A reference or box to a
/// value of a type that implements the trait coerces to a fat pointer (the data's address and
/// the address of the vtable for that type and trait); a method called on it is looked up in
/// the vtable at run time (dynamic dispatch).
extension Checker {
  /// The standard library's traits a learner makes objects of (`&dyn Debug`,
  /// `Box<dyn Display>`), which memtutor does not model as vtables.
  static let standardObjectTraits: Set<String> = [
    "Debug", "Display", "Any", "Iterator", "ToString", "Write", "Read", "Hash", "PartialEq", "PartialOrd",
    "AsRef", "Borrow", "Fn", "FnMut", "FnOnce", "Send", "Sync",
  ]

  /// `dyn Name` in a type: the trait must exist and be dyn compatible (E0038).
  func resolveTraitObject(_ written: String, at span: SourceSpan) -> TypeTerm {
    let nameSpan = SourceSpan(
      start: SourceLocation(line: span.start.line, column: span.start.column + 4), end: span.end)
    let (name, autoTraits) = Self.traitObjectParts(written)
    if name == "Error", !autoTraits.isEmpty, traits["Error"] != nil {
      unsupported("`dyn Error` with `Send` or `Sync`", at: span)
      return .unit
    }
    if name == "Error", let object = standardErrorObject(at: span) {
      return errorObject(object, autoTraits: Set(autoTraits), at: span)
    }
    guard let trait = traits[name] else {
      if Self.standardObjectTraits.contains(name) {
        unsupported("trait objects of the standard library's `\(name)`", at: span)
      } else {
        error("cannot find trait `\(name)` in this scope", at: nameSpan)
      }
      return .unit
    }
    if !trait.associatedTypes.isEmpty {
      // rustc wants `dyn Container<Item = String>`, which memtutor does not model.
      unsupported("trait objects of a trait with associated types", at: span)
      return .unit
    }
    for method in trait.methods {
      // rustc leaves such a method out of the vtable, and out of the trait's dyn compatibility.
      if method.requiresSizedSelf { continue }
      let returnsSelf = method.returnType.map { mentionsSelf($0) } ?? false
      let parametersMentionSelf = method.parameters.contains { mentionsSelf($0.type) }
      if method.selfParameter == nil || returnsSelf || parametersMentionSelf || !method.generics.isEmpty {
        // rustc marks the whole `dyn Shape` of a signature or field, the name in a body.
        var diagnostic = Diagnostic(
          "the trait `\(name)` is not dyn compatible", at: resolvingBodyTypes ? nameSpan : span)
        diagnostic.code = "E0038"
        diagnostic.primaryLabel = "`\(name)` is not dyn compatible"
        diagnostics.append(diagnostic)
        // A type that agrees with everything, so the uses of the object report nothing more.
        return .never
      }
      if method.selfParameter == .value || method.selfParameter == .mutableValue {
        unsupported("trait objects of traits with methods that take `self` by value", at: method.nameSpan)
        return .unit
      }
    }
    registerDispatchers(for: trait, objectName: written)
    return .dynTrait(written)
  }

  /// The name a generic parameter (or a trait's `Self` in a provided method) is written with,
  /// when its bounds do not make it `'static`; nil for any other type.
  private func unboundedParameterName(_ name: String) -> String? {
    let written = name.filter { $0 != "\u{200B}" }
    if opaqueParameterTypes.contains(name) {
      // A function's `-> impl Shape` result is no parameter: it holds no borrow here.
      if opaqueReturnNames.values.contains(name) { return nil }
      return derivesOf(name).contains(Parser.staticBound) ? nil : written
    }
    return written == "Self" && structs[name]?.fields.isEmpty == true ? written : nil
  }

  /// The methods a trait's vtable holds, in its slots' order: all but `where Self: Sized` ones.
  static func objectMethods(of trait: TraitDecl) -> [FunctionDecl] {
    trait.methods.filter { !$0.requiresSizedSelf }
  }

  private func mentionsSelf(_ type: TypeExpr) -> Bool {
    switch type.kind {
    case .path(let path, let generics): return path == ["Self"] || generics.contains { mentionsSelf($0) }
    case .reference(_, _, let referent): return mentionsSelf(referent)
    case .array(let element, _), .slice(let element): return mentionsSelf(element)
    case .tuple(let items): return items.contains { mentionsSelf($0) }
    case .inferred, .never: return false
    }
  }

  /// One method signature per trait method on `dyn Trait`, found by method lookup like any
  /// type's; a call of one becomes a call through the vtable (its own body is never run).
  /// `objectName` is the trait's name with the object's auto traits (`Shape + Send`).
  private func registerDispatchers(for trait: TraitDecl, objectName: String) {
    let typeName = "dyn " + objectName
    guard methods[typeName] == nil else { return }
    methods[typeName] = [:]
    // The object may be named inside a body whose lifetimes are not the trait method's own
    // (`fn content<'a>(&self, text: &'a str)`); the trait's declaration checks those.
    let enclosingLifetimes = lifetimesInScope
    lifetimesInScope = nil
    defer { lifetimesInScope = enclosingLifetimes }
    for method in trait.methods where method.requiresSizedSelf {
      var stub = method
      stub.body = Block(statements: [], tail: nil, span: method.body.span)
      let index = signatures.count
      signatures.append(
        FunctionSignature(
          name: "<dyn \(objectName)>::\(method.name)", declaration: stub, owner: nil,
          parameterTypes: [.reference(.dynTrait(objectName), mutable: false)], selfType: nil,
          returnType: .never))
      bodilessSignatures.insert(index)
      sizedOnlyDispatchers.insert(index)
      methods[typeName]?[method.name] = index
    }
    for (slot, method) in Self.objectMethods(of: trait).enumerated() {
      let mutable = method.selfParameter == .mutableReference
      let boxed = method.selfParameter == .boxed || method.selfParameter == .mutableBoxed
      // A `self: Box<Self>` method takes the object's box: the vtable's method frees it.
      let selfType =
        boxed ? TypeTerm.box(.dynTrait(objectName)) : .reference(.dynTrait(objectName), mutable: mutable)
      var stub = method
      stub.body = Block(statements: [], tail: nil, span: method.body.span)
      let index = signatures.count
      let parameters = method.parameters.map { resolveType($0.type, selfType: nil) }
      signatures.append(
        FunctionSignature(
          name: "<dyn \(objectName)>::\(method.name)", declaration: stub, owner: nil,
          parameterTypes: [selfType] + parameters, selfType: selfType,
          returnType: method.returnType.map { resolveType($0, selfType: nil) } ?? .unit))
      // What a call's result borrows, from the trait method's own lifetimes (`&'a str` from
      // `text`, not from the object).
      signatures[index].returnLifetimes = returnLifetimes(of: signatures[index])
      bodilessSignatures.insert(index)
      methods[typeName]?[method.name] = index
      dynamicMethods[index] = DynamicMethod(trait: objectName, slot: slot)
    }
  }

  /// `&circle` where `&dyn Shape` is wanted, `Box::new(circle)` where `Box<dyn Shape>` is:
  /// the unsizing coercion, which pairs the pointer with the vtable of `Circle as Shape`.
  func traitObjectCoercion(_ expr: TypedExpr, to wanted: TypeTerm) -> TypedExpr? {
    let actual = table.shallow(expr.type)
    let pointee: TypeTerm
    let object: String
    var mutable = false
    switch (actual, table.shallow(wanted)) {
    case (.reference(let inner, let isMutable), .reference(let target, let wantedMutable)):
      guard case .dynTrait(let name) = table.shallow(target), isMutable || !wantedMutable else { return nil }
      pointee = table.shallow(inner)
      object = name
      mutable = wantedMutable
    case (.box(let inner), .box(let target)):
      guard case .dynTrait(let name) = table.shallow(target) else { return nil }
      pointee = table.shallow(inner)
      object = name
      // A boxed object is `dyn Trait + 'static`: a type parameter must be bound by `'static`.
      if case .structure(let parameter) = pointee, let shown = unboundedParameterName(parameter) {
        var diagnostic = Diagnostic("the parameter type `\(shown)` may not live long enough", at: expr.span)
        diagnostic.code = "E0310"
        diagnostics.append(diagnostic)
        return typed(.coerce(.never, expr), wanted, expr.span)
      }
    case (.rc(let inner), .rc(let target)), (.arc(let inner), .arc(let target)):
      // rustc's `Rc<dyn Speak>` is a fat pointer to the counts and the value; not modelled.
      guard case .dynTrait(let name) = table.shallow(target), table.shallow(inner) != table.shallow(target)
      else { return nil }
      let pointer = if case .rc = actual { "Rc" } else { "Arc" }
      unsupported("`\(pointer)<dyn \(name)>` trait objects", at: expr.span)
      return typed(.coerce(.never, expr), wanted, expr.span)
    default:
      return nil
    }
    // `Box<dyn Shape + Send>` where `Box<dyn Shape>` is wanted: the same fat pointer.
    if case .dynTrait(let from) = pointee {
      return autoTraitUpcast(expr, from: from, to: object, wanted: wanted)
    }
    let (trait, autoTraits) = Self.traitObjectParts(object)
    if let violation = autoTraitViolation(pointee, autoTraits: autoTraits, at: expr.span) { return violation }
    if case .structure(let name) = pointee, closureState.objects[object] != nil {
      return closureObjectCoercion(expr, closure: name, object: object, wanted: wanted, mutable: mutable)
    }
    if pointee.functionPointerSignature != nil, closureState.objects[object] != nil {
      // rustc accepts it (a function pointer is `Fn`); its vtable is not modelled.
      unsupported("a function pointer as a `dyn \(trait)` trait object", at: expr.span)
      return typed(.coerce(.never, expr), wanted, expr.span)
    }
    let concrete: String
    switch pointee {
    case .structure(let name), .enumeration(let name): concrete = name
    case _ where standardImplementor(pointee, of: trait) != nil:
      // `&s` as a `&dyn Describe` with `impl Describe for String`.
      guard let owner = standardImplementor(pointee, of: trait), let declaration = traits[trait],
        let standardType = foreignOwners[owner]
      else { return nil }
      let key = "<\(owner) as \(trait)>"
      if vtables[key] == nil {
        vtables[key] = VTable(
          trait: trait, concrete: owner,
          methods: Self.objectMethods(of: declaration).map { methods[owner]?[$0.name] ?? -1 },
          standardType: standardType)
      }
      return typed(.coerce(.traitObject(vtable: key, mutable: mutable), expr), wanted, expr.span)
    case _
    where standardGenericArguments(of: pointee).map({ genericTypes.traitImpls[$0.base]?[trait] != nil })
      == true:
      unsupported("a standard type's generic trait impl used as a `dyn \(trait)` trait object", at: expr.span)
      return typed(.coerce(.never, expr), wanted, expr.span)
    default:
      let shownTrait = trait == "Error" && traits["Error"] == nil ? "std::error::Error" : trait
      error("the trait bound `\(table.displayName(pointee)): \(shownTrait)` is not satisfied", at: expr.span)
      return typed(.coerce(.never, expr), wanted, expr.span)
    }
    if trait == "Error", traits["Error"] == nil {
      return errorObjectCoercion(expr, concrete: concrete, wanted: wanted, mutable: mutable)
    }
    if genericTraitImpl(of: concrete, trait) != nil {
      // The vtable would hold the instance's methods, which are made per call.
      unsupported("a generic type's trait impl used as a `dyn \(trait)` trait object", at: expr.span)
      return typed(.coerce(.never, expr), wanted, expr.span)
    }
    guard implementedTraits[concrete]?.contains(trait) == true, let declaration = traits[trait] else {
      error("the trait bound `\(concrete): \(trait)` is not satisfied", at: expr.span)
      return typed(.coerce(.never, expr), wanted, expr.span)
    }
    let key = "<\(concrete) as \(trait)>"
    if vtables[key] == nil {
      vtables[key] = VTable(
        trait: trait, concrete: concrete,
        methods: Self.objectMethods(of: declaration).map { methods[concrete]?[$0.name] ?? -1 })
    }
    return typed(.coerce(.traitObject(vtable: key, mutable: mutable), expr), wanted, expr.span)
  }

  /// The standard type a program's trait is implemented for, by the name its methods are kept
  /// under: `String`, `Vec<i32>`, or `i32`/`f64` for a literal whose type is not settled yet
  /// (rustc's fallback).
  private func standardImplementor(_ type: TypeTerm, of trait: String) -> String? {
    if case .variable = table.shallow(type) {
      let fallback: TypeTerm
      switch table.kind(of: type) {
      case .integer: fallback = .i32
      case .float: fallback = .float(.f64)
      default: return nil
      }
      guard implementedTraits[fallback.name]?.contains(trait) == true, table.unify(type, fallback) else {
        return nil
      }
      return fallback.name
    }
    if let owner = foreignOwner(of: type) {
      return implementedTraits[owner]?.contains(trait) == true ? owner : nil
    }
    // `&vec![1, 2, 3]` with `impl Describe for Vec<i32>`: the one implementing type the
    // literals can still become.
    var candidates = foreignOwners.filter { owner, implementor in
      implementedTraits[owner]?.contains(trait) == true && couldBecome(type, implementor)
    }
    if candidates.count > 1 {
      // With `Vec<i32>` and `Vec<u8>` both implementing it, rustc leaves the choice open and
      // the literals' fallback (`i32`, `f64`) settles it.
      candidates = candidates.filter { becomesByFallback(type, $0.value) }
    }
    guard candidates.count == 1, let (owner, implementor) = candidates.first, table.unify(type, implementor)
    else { return nil }
    return owner
  }

  /// Whether `type` is `target` once its unsettled number literals take their fallback types.
  private func becomesByFallback(_ type: TypeTerm, _ target: TypeTerm) -> Bool {
    let shallow = table.shallow(type)
    switch (shallow, target) {
    case (.variable, _):
      switch table.kind(of: shallow) {
      case .integer: return target == .i32
      case .float: return target == .float(.f64)
      default: return false
      }
    case (.vec(let a), .vec(let b)), (.option(let a), .option(let b)), (.box(let a), .box(let b)),
      (.slice(let a), .slice(let b)):
      return becomesByFallback(a, b)
    case (.array(let a, let n), .array(let b, let m)): return n == m && becomesByFallback(a, b)
    case (.reference(let a, let x), .reference(let b, let y)): return x == y && becomesByFallback(a, b)
    case (.result(let a, let e), .result(let b, let f)):
      return becomesByFallback(a, b) && becomesByFallback(e, f)
    case (.tuple(let a), .tuple(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { becomesByFallback($0, $1) }
    default: return table.resolve(shallow) == target
    }
  }

  /// Whether `type`, whose number literals are not settled yet, can still become `target`.
  private func couldBecome(_ type: TypeTerm, _ target: TypeTerm) -> Bool {
    let shallow = table.shallow(type)
    switch (shallow, target) {
    case (.variable, .integer): return table.kind(of: shallow) != .float
    case (.variable, .float): return table.kind(of: shallow) != .integer
    case (.variable, _): return table.kind(of: shallow) == .general
    case (.vec(let a), .vec(let b)), (.option(let a), .option(let b)), (.box(let a), .box(let b)),
      (.slice(let a), .slice(let b)):
      return couldBecome(a, b)
    case (.array(let a, let n), .array(let b, let m)): return n == m && couldBecome(a, b)
    case (.reference(let a, let x), .reference(let b, let y)): return x == y && couldBecome(a, b)
    case (.result(let a, let e), .result(let b, let f)): return couldBecome(a, b) && couldBecome(e, f)
    case (.tuple(let a), .tuple(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { couldBecome($0, $1) }
    default: return table.resolve(shallow) == target
    }
  }
}
