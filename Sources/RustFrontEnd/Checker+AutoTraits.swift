import MemoryModel

/// The auto traits `Send` and `Sync` on a trait object (`Box<dyn Job + Send>`,
/// `&(dyn Shape + Send + Sync)`, `Box<dyn Fn(i32) -> i32 + Send>`). Such an object is a type of
/// its own, named with its auto traits (`.dynTrait("Job + Send")`), whose methods are its trait's:
/// a value coerced to it must be `Send` (or `Sync`) as rustc requires (E0277 at the value), a
/// spawned closure may take it with it, and it coerces to the object without those auto traits.
extension Checker {
  /// `Job + Send + Sync` split into the trait (`Job`) and its auto traits (`Send`, `Sync`).
  static func traitObjectParts(_ name: String) -> (trait: String, autoTraits: [String]) {
    var parts = name.split(separator: " + ", omittingEmptySubsequences: false).map(String.init)
    var autoTraits: [String] = []
    while parts.count > 1, let last = parts.last, Parser.autoTraitNames.contains(last) {
      autoTraits.insert(last, at: 0)
      parts.removeLast()
    }
    return (parts.joined(separator: " + "), autoTraits)
  }

  /// Whether the trait object named `name` is `Send` (or `Sync`).
  static func traitObject(_ name: String, has autoTrait: String) -> Bool {
    traitObjectParts(name).autoTraits.contains(autoTrait)
  }

  /// E0277 when the value coerced to `dyn Trait + Send + Sync` is not `Send` or not `Sync`.
  func autoTraitViolation(_ pointee: TypeTerm, autoTraits: [String], at span: SourceSpan) -> TypedExpr? {
    guard !autoTraits.isEmpty else { return nil }
    let type = table.resolve(pointee)
    if containsWeak(type) {
      unsupported("a `Weak` pointer in a `Send` or `Sync` trait object", at: span)
      return invalid(span)
    }
    // rustc reports `Sync` before `Send` (`Rc` breaks both).
    var message: String?
    if autoTraits.contains("Sync") { message = firstNonSync(in: type) }
    if message == nil, autoTraits.contains("Send") {
      if let notSend = firstNonSend(in: type) {
        message = notSend
      } else if let cell = firstUnsharedInArc(in: type) {
        message = "`\(cell)` cannot be shared between threads safely"
      }
    }
    guard let message else { return nil }
    var diagnostic = Diagnostic(message, at: span)
    diagnostic.code = "E0277"
    diagnostic.primaryLabel = message
    diagnostics.append(diagnostic)
    return invalid(span)
  }

  /// `Box<dyn Job + Send>` to `Box<dyn Job>`: the same trait and fewer auto traits keep the
  /// fat pointer as it is; anything else is rustc's mismatch (E0308).
  func autoTraitUpcast(_ expr: TypedExpr, from: String, to wanted: String, wanted type: TypeTerm)
    -> TypedExpr?
  {
    guard dropsOnlyAutoTraits(.dynTrait(from), .dynTrait(wanted)) else { return nil }
    return typed(expr.kind, type, expr.span)
  }

  /// Whether `dyn Fn(i32) -> i32 + Send` becomes `dyn Fn(i32) -> i32` by leaving auto traits out.
  func dropsOnlyAutoTraits(_ type: TypeTerm, _ wanted: TypeTerm) -> Bool {
    guard case .dynTrait(let from) = table.shallow(type), case .dynTrait(let to) = table.shallow(wanted)
    else {
      return false
    }
    let source = Self.traitObjectParts(from)
    let target = Self.traitObjectParts(to)
    return source.trait == target.trait && Set(target.autoTraits).isSubset(of: source.autoTraits)
  }

  /// The first part of `type` that makes it not `Sync`, as rustc's message says it.
  func firstNonSync(in type: TypeTerm, depth: Int = 0) -> String? {
    guard depth < 16 else { return nil }
    let next = depth + 1
    func walk(_ inner: TypeTerm) -> String? { firstNonSync(in: table.resolve(inner), depth: next) }
    func shown(_ type: TypeTerm) -> String {
      table.displayName(type).replacing("{integer}", with: "i32").replacing("{float}", with: "f64")
    }
    switch type {
    case .structure(let name) where opaqueParameterTypes.contains(name):
      guard !derivesOf(name).contains("Sync") else { return nil }
      return "`\(name.filter { $0 != "\u{200B}" })` cannot be shared between threads safely"
    case .rc, .library(.cell, _), .library(.refCell, _), .library(.receiver, _):
      return "`\(shown(type))` cannot be shared between threads safely"
    case .dynTrait(let name) where !Self.traitObject(name, has: "Sync") && !errorObjectCarries(name, "Sync"):
      return "`\(traitObjectShown(name))` cannot be shared between threads safely"
    case .reference(let inner, _):
      // `&T` and `&mut T` are `Sync` when `T` is.
      return walk(inner)
    case .structure(let name) where name.hasPrefix(Self.rwLockPrefix):
      // An `RwLock<T>` is `Sync` when `T` is `Send` and `Sync`.
      guard let value = mutexValues[name].map({ table.resolve($0) }) else { return nil }
      return firstNonSend(in: value) ?? walk(value)
    case .structure(let name) where name.hasPrefix(Self.mutexPrefix):
      // A `Mutex<T>` is `Sync` when `T` is `Send`.
      return structs[name]?.fields.lazy.compactMap { self.firstNonSend(in: self.table.resolve($0.type)) }
        .first
    case .vec(let inner), .box(let inner), .arc(let inner), .option(let inner), .array(let inner, _),
      .library(_, let inner), .slice(let inner):
      return walk(inner)
    case .tuple(let items): return items.lazy.compactMap { walk($0) }.first
    case .result(let value, let error): return walk(value) ?? walk(error)
    case .hashMap(let key, let value, _, _): return walk(key) ?? walk(value)
    case .structure(let name):
      return structs[name]?.fields.lazy.compactMap { walk($0.type) }.first
    case .enumeration(let name):
      return enums[name]?.variants.lazy.flatMap(\.payload).compactMap { walk($0) }.first
    default: return nil
    }
  }

  /// A trait object as rustc names it in these messages (std's `Error` by its path).
  func traitObjectShown(_ name: String) -> String {
    name == "Error" && traits["Error"] == nil ? "dyn std::error::Error" : "dyn \(name)"
  }

  /// Whether a `Weak` is reachable in `type` (std has two, whose auto traits differ).
  private func containsWeak(_ type: TypeTerm, depth: Int = 0) -> Bool {
    guard depth < 16 else { return false }
    func walk(_ inner: TypeTerm) -> Bool { containsWeak(table.resolve(inner), depth: depth + 1) }
    switch type {
    case .library(.weak, _): return true
    case .vec(let inner), .box(let inner), .arc(let inner), .rc(let inner), .option(let inner),
      .array(let inner, _), .library(_, let inner), .slice(let inner), .reference(let inner, _):
      return walk(inner)
    case .tuple(let items): return items.contains { walk($0) }
    case .result(let value, let error): return walk(value) || walk(error)
    case .hashMap(let key, let value, _, _): return walk(key) || walk(value)
    case .structure(let name): return structs[name]?.fields.contains { walk($0.type) } ?? false
    case .enumeration(let name):
      return enums[name]?.variants.contains { $0.payload.contains { walk($0) } } ?? false
    default: return false
    }
  }
}
