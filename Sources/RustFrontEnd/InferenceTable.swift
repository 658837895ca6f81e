/// Type inference variables of one function and what they stand for so far.
///
/// Integer literals start as integer variables (`{integer}`, i32 unless something says
/// otherwise), float literals as float variables (`{float}`, f64), and `Vec::new()` / `None`
/// get general variables that the first use pins down.
package struct InferenceTable: Sendable {
  package enum VariableKind: Sendable, Equatable {
    case general
    case integer
    case float
  }

  package private(set) var bindings: [TypeTerm?] = []
  package private(set) var kinds: [VariableKind] = []
  /// Instances of generic structs and enums by type name (`Point<i32>`, and `Point<_>#3` for
  /// one whose arguments this function has still to infer): two instances of one type unify
  /// argument by argument.
  package var instances: [String: TypeInstance] = [:]
  /// Once the function's types are final: each still-inferred instance's settled name.
  package var settledInstances: [String: TypeTerm] = [:]

  package mutating func fresh(_ kind: VariableKind = .general) -> TypeTerm {
    bindings.append(nil)
    kinds.append(kind)
    return .variable(bindings.count - 1)
  }

  /// Follows variable bindings at the top of the term.
  package func shallow(_ term: TypeTerm) -> TypeTerm {
    var current = term
    while case .variable(let index) = current, let bound = bindings[index] {
      current = bound
    }
    return current
  }

  package func kind(of term: TypeTerm) -> VariableKind? {
    if case .variable(let index) = shallow(term) { return kinds[index] }
    return nil
  }

  /// Replaces every bound variable in the term.
  package func resolve(_ term: TypeTerm) -> TypeTerm {
    switch shallow(term) {
    case .vec(let t): return .vec(resolve(t))
    case .box(let t): return .box(resolve(t))
    case .rc(let t): return .rc(resolve(t))
    case .library(let wrapper, let t): return .library(wrapper, resolve(t))
    case .arc(let t): return .arc(resolve(t))
    case .hashMap(let key, let value, let set, let ordered):
      return .hashMap(key: resolve(key), value: resolve(value), set: set, ordered: ordered)
    case .option(let t): return .option(resolve(t))
    case .result(let value, let error): return .result(resolve(value), resolve(error))
    case .array(let t, let n): return .array(resolve(t), n)
    case .slice(let t): return .slice(resolve(t))
    case .tuple(let items): return .tuple(items.map { resolve($0) })
    case .reference(let t, let mutable): return .reference(resolve(t), mutable: mutable)
    case .range(let t, let inclusive): return .range(resolve(t), inclusive: inclusive)
    case .iterator(let kind, let item, let enumerated, let reversed):
      return .iterator(kind, item: resolve(item), enumerated: enumerated, reversed: reversed)
    case .structure(let name), .enumeration(let name):
      return settledInstances[name] ?? shallow(term)
    case let other: return other
    }
  }

  /// The term's name for messages: `{integer}` and `{float}` for literal variables.
  package func displayName(_ term: TypeTerm) -> String {
    let resolved = resolve(term)
    var text = resolved.name
    if resolved.containsVariables || mentionsInferredInstance(resolved) {
      text = describeVariables(resolved)
    }
    return text
  }

  private func describeVariables(_ term: TypeTerm) -> String {
    switch term {
    case .variable(let index):
      switch kinds[index] {
      case .integer: return "{integer}"
      case .float: return "{float}"
      case .general: return "_"
      }
    case .vec(let t): return "Vec<\(describeVariables(t))>"
    case .box(let t): return "Box<\(describeVariables(t))>"
    case .rc(let t): return "Rc<\(describeVariables(t))>"
    case .library(let wrapper, let t): return wrapper.name(inner: describeVariables(t))
    case .arc(let t): return "Arc<\(describeVariables(t))>"
    case .hashMap(let key, let value, let set, let ordered):
      let prefix = ordered ? "BTree" : "Hash"
      return set
        ? "\(prefix)Set<\(describeVariables(key))>"
        : "\(prefix)Map<\(describeVariables(key)), \(describeVariables(value))>"
    case .option(let t): return "Option<\(describeVariables(t))>"
    case .result(let value, let error):
      return "Result<\(describeVariables(value)), \(describeVariables(error))>"
    case .array(let t, let n): return "[\(describeVariables(t)); \(n)]"
    case .slice(let t): return "[\(describeVariables(t))]"
    case .tuple(let items): return "(" + items.map { describeVariables($0) }.joined(separator: ", ") + ")"
    case .reference(let t, let mutable): return (mutable ? "&mut " : "&") + describeVariables(t)
    case .structure(let name), .enumeration(let name):
      guard let instance = instances[name], instance.isInferred else { return term.name }
      let arguments = instance.arguments.map { describeVariables(resolve($0)) }.joined(separator: ", ")
      // A mutex's guard and poison error are instances of the mutex's value type; rustc names
      // them by the guard, with its lifetime.
      switch instance.base {
      case "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard": return "\(instance.base)<'_, \(arguments)>"
      case "PoisonError": return "PoisonError<MutexGuard<'_, \(arguments)>>"
      case "PoisonError/read": return "PoisonError<RwLockReadGuard<'_, \(arguments)>>"
      case "PoisonError/write": return "PoisonError<RwLockWriteGuard<'_, \(arguments)>>"
      default: return instance.base + "<" + arguments + ">"
      }
    default: return term.name
    }
  }

  /// True when the term names an instance whose arguments are still being inferred.
  private func mentionsInferredInstance(_ term: TypeTerm) -> Bool {
    switch term {
    case .structure(let name), .enumeration(let name): return instances[name]?.isInferred ?? false
    case .vec(let t), .box(let t), .rc(let t), .arc(let t), .option(let t), .array(let t, _), .slice(let t),
      .reference(let t, _), .library(_, let t):
      return mentionsInferredInstance(t)
    case .tuple(let items): return items.contains { mentionsInferredInstance($0) }
    case .result(let value, let error):
      return mentionsInferredInstance(value) || mentionsInferredInstance(error)
    default: return false
    }
  }

  /// What `unifyInner` changed, so a failed unification can be undone without copying the
  /// tables (a copy per call made a function with many `let`s quadratic).
  private var trail: [(index: Int, binding: TypeTerm?, kind: VariableKind)] = []

  /// Makes the two terms equal, binding variables; false (and no change) when they cannot be.
  package mutating func unify(_ left: TypeTerm, _ right: TypeTerm) -> Bool {
    trail.removeAll(keepingCapacity: true)
    if unifyInner(left, right) { return true }
    for change in trail.reversed() {
      bindings[change.index] = change.binding
      kinds[change.index] = change.kind
    }
    trail.removeAll(keepingCapacity: true)
    return false
  }

  private mutating func bind(_ index: Int, to term: TypeTerm) {
    trail.append((index, bindings[index], kinds[index]))
    bindings[index] = term
  }

  private mutating func setKind(_ index: Int, _ kind: VariableKind) {
    trail.append((index, bindings[index], kinds[index]))
    kinds[index] = kind
  }

  private mutating func unifyInner(_ left: TypeTerm, _ right: TypeTerm) -> Bool {
    let a = shallow(left)
    let b = shallow(right)
    if a == b { return true }
    if a.isNever || b.isNever { return true }
    switch (a, b) {
    case (.variable(let i), .variable(let j)):
      let merged: VariableKind
      switch (kinds[i], kinds[j]) {
      case (.general, let other), (let other, .general): merged = other
      case (.integer, .integer): merged = .integer
      case (.float, .float): merged = .float
      default: return false
      }
      setKind(j, merged)
      bind(i, to: b)
      return true
    case (.variable(let i), let other), (let other, .variable(let i)):
      switch kinds[i] {
      case .integer: guard case .integer = other else { return false }
      case .float: guard case .float = other else { return false }
      case .general: if occurs(i, in: other) { return false }
      }
      bind(i, to: other)
      return true
    case (.vec(let x), .vec(let y)), (.box(let x), .box(let y)), (.rc(let x), .rc(let y)),
      (.arc(let x), .arc(let y)),
      (.option(let x), .option(let y)), (.slice(let x), .slice(let y)):
      return unifyInner(x, y)
    case (.array(let x, let n), .array(let y, let m)):
      return n == m && unifyInner(x, y)
    case (.library(let w1, let x), .library(let w2, let y)):
      return w1 == w2 && unifyInner(x, y)
    case (.result(let x1, let x2), .result(let y1, let y2)):
      return unifyInner(x1, y1) && unifyInner(x2, y2)
    case (.hashMap(let x1, let x2, let s1, let o1), .hashMap(let y1, let y2, let s2, let o2)):
      return s1 == s2 && o1 == o2 && unifyInner(x1, y1) && unifyInner(x2, y2)
    case (.reference(let x, let m1), .reference(let y, let m2)):
      return m1 == m2 && unifyInner(x, y)
    case (.range(let x, let i1), .range(let y, let i2)):
      return i1 == i2 && unifyInner(x, y)
    case (.tuple(let xs), .tuple(let ys)):
      guard xs.count == ys.count else { return false }
      for (x, y) in zip(xs, ys) where !unifyInner(x, y) { return false }
      return true
    case (.iterator(let k1, let x, let e1, let r1), .iterator(let k2, let y, let e2, let r2)):
      return k1 == k2 && e1 == e2 && r1 == r2 && unifyInner(x, y)
    case (.structure(let x), .structure(let y)), (.enumeration(let x), .enumeration(let y)):
      guard let left = instances[x], let right = instances[y], left.base == right.base,
        left.arguments.count == right.arguments.count
      else { return false }
      for (x, y) in zip(left.arguments, right.arguments) where !unifyInner(x, y) { return false }
      return true
    default:
      return false
    }
  }

  private func occurs(_ index: Int, in term: TypeTerm) -> Bool {
    switch shallow(term) {
    case .variable(let other): return other == index
    case .vec(let t), .box(let t), .rc(let t), .arc(let t), .option(let t), .array(let t, _), .slice(let t),
      .reference(let t, _), .range(let t, _), .library(_, let t):
      return occurs(index, in: t)
    case .iterator(_, let item, _, _): return occurs(index, in: item)
    case .tuple(let items): return items.contains { occurs(index, in: $0) }
    case .result(let value, let error), .hashMap(let value, let error, _, _):
      return occurs(index, in: value) || occurs(index, in: error)
    case .structure(let name), .enumeration(let name):
      guard let instance = instances[name], instance.isInferred else { return false }
      return instance.arguments.contains { occurs(index, in: $0) }
    default: return false
    }
  }

  /// Integer variables left open become `i32`, float variables `f64` (Rust's defaults).
  /// Returns false when a general variable is still open.
  package mutating func applyDefaults() {
    for index in bindings.indices where bindings[index] == nil {
      switch kinds[index] {
      case .integer: bindings[index] = .integer(.i32)
      case .float: bindings[index] = .float(.f64)
      case .general: break
      }
    }
  }
}

/// One instance of a generic struct or enum: `Point<i32>` is `Point` with `[i32]`.
package struct TypeInstance: Sendable, Hashable {
  package var base: String
  package var arguments: [TypeTerm]
  package var isEnum: Bool
  /// Made in a body before its arguments were known (`Point<_>#3`): settled at the body's end.
  package var isInferred: Bool
}
