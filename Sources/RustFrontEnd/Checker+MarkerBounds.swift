import MemoryModel

/// The marker bounds a generic function's parameter may carry besides its traits: `Send`,
/// `Sync` and `'static` (`fn show<T: Display + Send>`, `where T: Debug + Send + 'static`). They
/// add no method, so they change nothing in the generic body; each call checks them against its
/// type argument. `Send` and `Sync` are std's auto traits, worked out from the type's parts as
/// the threads' checks do (E0277 at the argument); a type argument that may hold a borrow is
/// refused for `'static`, whose borrow-check error (E0597) memtutor does not draw from a bound.
extension Checker {
  static let markerBounds: Set<String> = ["Send", "Sync", Parser.staticBound]

  /// Whether `type` meets the marker bound: an opaque parameter only when its own bounds say so.
  func satisfiesMarker(_ type: TypeTerm, _ bound: String) -> Bool {
    let resolved = table.resolve(type)
    guard markerCheckable(resolved, bound) else { return false }
    switch bound {
    case "Send": return firstNonSend(in: resolved) == nil && firstUnsharedInArc(in: resolved) == nil
    case "Sync": return firstNonSync(in: resolved) == nil
    default: return true
    }
  }

  /// Reports the marker bound `type` does not meet: rustc's E0277 for an auto trait, a refusal
  /// for `'static` or a type whose auto traits memtutor does not work out.
  func reportUnmetMarker(_ type: TypeTerm, _ bound: String, at span: SourceSpan) {
    let resolved = table.resolve(type)
    if bound == Parser.staticBound {
      unsupported("borrowing type arguments for a `'static` bound", at: span)
      return
    }
    if let opaque = lackingOpaqueParameter(in: resolved, bound) {
      let verb = bound == "Send" ? "sent" : "shared"
      reportAutoTrait("`\(opaque)` cannot be \(verb) between threads safely", at: span)
      return
    }
    guard markerCheckable(resolved, bound) else {
      unsupported("a `\(bound)` parameter given `\(table.displayName(resolved))`", at: span)
      return
    }
    let message: String?
    if bound == "Send" {
      message =
        firstNonSend(in: resolved)
        ?? firstUnsharedInArc(in: resolved).map { "`\($0)` cannot be shared between threads safely" }
    } else {
      message = firstNonSync(in: resolved)
    }
    reportAutoTrait(message ?? "`\(table.displayName(resolved))` does not meet `\(bound)`", at: span)
  }

  private func reportAutoTrait(_ message: String, at span: SourceSpan) {
    var diagnostic = Diagnostic(message, at: span)
    diagnostic.code = "E0277"
    diagnostic.primaryLabel = message
    diagnostics.append(diagnostic)
  }

  /// Whether every part of `type` is one whose auto traits and lifetimes memtutor knows, and no
  /// opaque parameter in it lacks the bound. Closures, iterators and guards are left out.
  private func markerCheckable(_ type: TypeTerm, _ bound: String, depth: Int = 0) -> Bool {
    guard depth < 16 else { return false }
    func walk(_ inner: TypeTerm) -> Bool { markerCheckable(table.resolve(inner), bound, depth: depth + 1) }
    switch type {
    case .unit, .bool, .char, .integer, .float, .str, .string, .never: return true
    case .reference:
      return bound != Parser.staticBound
        && { if case .reference(let inner, _) = type { walk(inner) } else { false } }()
    case .vec(let inner), .box(let inner), .rc(let inner), .arc(let inner), .option(let inner),
      .array(let inner, _), .slice(let inner):
      return walk(inner)
    case .library(let wrapper, let inner):
      return [.cell, .refCell, .sender, .receiver].contains(wrapper) && walk(inner)
    case .hashMap(let key, let value, _, _): return walk(key) && walk(value)
    case .result(let value, let error): return walk(value) && walk(error)
    case .tuple(let items): return items.allSatisfy { walk($0) }
    case .dynTrait(let name):
      // A boxed object is `'static` unless it says otherwise, which the subset cannot write.
      return !name.contains("'")
    case .structure(let name) where opaqueParameterTypes.contains(name):
      return derivesOf(name).contains(bound)
    case .structure(let name):
      // std's own types memtutor makes as structs (guards, `Formatter`) have auto traits of
      // their own; only the program's types are worked out from their fields.
      guard isProgramType(name) || Self.isLockName(name), let info = structs[name] else {
        return false
      }
      return info.fields.allSatisfy { walk($0.type) }
    case .enumeration(let name):
      guard isProgramType(name), let info = enums[name] else { return false }
      return info.variants.allSatisfy { $0.payload.allSatisfy { walk($0) } }
    default: return false
    }
  }

  /// Whether `name` is a struct or enum the program declares, or an instance of a generic one.
  private func isProgramType(_ name: String) -> Bool {
    if let base = genericTypes.instances[name]?.base {
      return genericTypes.structs[base] != nil || genericTypes.enums[base] != nil
    }
    return program.items.contains { item in
      switch item {
      case .structure(let decl): decl.name == name
      case .enumeration(let decl): decl.name == name
      default: false
      }
    }
  }

  /// The first opaque parameter in `type` whose bounds do not promise `bound` (`T` passed on
  /// by a function whose `T` is not `Send`).
  func lackingOpaqueParameter(in type: TypeTerm, _ bound: String, depth: Int = 0) -> String? {
    guard depth < 16 else { return nil }
    func walk(_ inner: TypeTerm) -> String? {
      lackingOpaqueParameter(in: table.resolve(inner), bound, depth: depth + 1)
    }
    switch type {
    case .structure(let name) where opaqueParameterTypes.contains(name):
      return derivesOf(name).contains(bound) ? nil : name.filter { $0 != "\u{200B}" }
    case .vec(let inner), .box(let inner), .rc(let inner), .arc(let inner), .option(let inner),
      .array(let inner, _), .slice(let inner), .reference(let inner, _), .library(_, let inner):
      return walk(inner)
    case .tuple(let items): return items.lazy.compactMap { walk($0) }.first
    case .result(let value, let error): return walk(value) ?? walk(error)
    default: return nil
    }
  }
}
