import MemoryModel

extension Checker {
  /// `HashMap<K, V>` and `HashSet<T>` named in a type (after `use std::collections::…`).
  func resolveHashTableType(_ name: String, generics: [TypeExpr], selfType: String?, span: SourceSpan)
    -> TypeTerm
  {
    let isSet = name == "HashSet"
    let expected = isSet ? 1 : 2
    guard generics.count == expected else {
      error(
        "`\(name)` expects \(expected) generic argument\(expected == 1 ? "" : "s"), found \(generics.count)",
        at: span)
      return .unit
    }
    let key = resolveType(generics[0], selfType: selfType)
    let value = isSet ? TypeTerm.unit : resolveType(generics[1], selfType: selfType)
    return .hashMap(key: key, value: value, set: isSet)
  }
}

extension Checker {
  /// `HashMap::new()`, `HashMap::with_capacity(n)` and the `HashSet` ones.
  func checkHashTableConstructor(
    _ typeName: String, _ function: String, generics: [TypeExpr], arguments: [Expr], span: SourceSpan
  ) -> TypedExpr {
    let isSet = typeName == "HashSet"
    let expectedArguments: Int
    switch function {
    case "new": expectedArguments = 0
    case "with_capacity": expectedArguments = 1
    default:
      unsupported("the function `\(typeName)::\(function)`", at: span)
      return invalid(span)
    }
    guard arguments.count == expectedArguments else {
      argumentCountError(expected: expectedArguments, found: arguments.count, span: span)
      return invalid(span)
    }
    let checked = arguments.map { coerce(checkExpression($0), to: .usize) }
    let key: TypeTerm
    let value: TypeTerm
    if generics.count == (isSet ? 1 : 2) {
      key = resolveType(generics[0], selfType: currentOwner)
      value = isSet ? .unit : resolveType(generics[1], selfType: currentOwner)
    } else {
      key = table.fresh()
      value = isSet ? .unit : table.fresh()
    }
    return typed(
      .builtin(.hashTable(function), arguments: checked), .hashMap(key: key, value: value, set: isSet), span)
  }

  /// Whether memtutor runs tables with this key type: integers, `char`, `bool`, `&str` and
  /// `String` (compared by their text).
  func isSupportedHashKey(_ key: TypeTerm) -> Bool {
    switch table.shallow(key) {
    case .integer, .char, .bool, .string, .variable: return true
    case .reference(let inner, mutable: false):
      if case .str = table.shallow(inner) { return true }
      return false
    default: return false
    }
  }

  /// The `HashMap` / `HashSet` methods memtutor runs; nil refuses the rest as unsupported.
  func hashTableMethod(_ name: String, key: TypeTerm, value: TypeTerm, set: Bool) -> LibraryMethod? {
    func method(_ mode: SelfMode, _ parameters: [TypeTerm], _ result: TypeTerm) -> LibraryMethod? {
      LibraryMethod(builtin: .hashTable(name), selfMode: mode, parameters: parameters, result: result)
    }
    guard isSupportedHashKey(key) else { return nil }
    let borrowedKey = borrowedKeyType(key)
    switch name {
    case "len", "capacity": return method(.reference, [], .usize)
    case "is_empty": return method(.reference, [], .bool)
    default: break
    }
    if set {
      switch name {
      case "insert": return method(.mutableReference, [key], .bool)
      case "contains": return method(.reference, [borrowedKey], .bool)
      case "remove": return method(.mutableReference, [borrowedKey], .bool)
      default: return nil
      }
    }
    switch name {
    case Self.entryOrInsert: return method(.mutableReference, [key, value], .reference(value, mutable: true))
    case "insert": return method(.mutableReference, [key, value], .option(value))
    case "get": return method(.reference, [borrowedKey], .option(.reference(value, mutable: false)))
    case "get_mut":
      return method(.mutableReference, [borrowedKey], .option(.reference(value, mutable: true)))
    case "contains_key": return method(.reference, [borrowedKey], .bool)
    case "remove": return method(.mutableReference, [borrowedKey], .option(value))
    default: return nil
    }
  }
}

extension Checker {
  /// Whether `type` is a `HashMap` or `HashSet`, or references to one.
  func isHashTable(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .hashMap: return true
    case .reference(let inner, _): return isHashTable(inner)
    default: return false
    }
  }
}

extension Checker {
  /// The internal name of `entry(key).or_insert(value)`, checked and run as one call.
  package static let entryOrInsert = "entry(..).or_insert"

  /// What `get(&Q)` takes, where `K: Borrow<Q>`: `String` and `&str` keys are looked up by
  /// `&str` (`&String` coerces to it), the rest by `&K`.
  func borrowedKeyType(_ key: TypeTerm) -> TypeTerm {
    switch table.shallow(key) {
    case .string: return .reference(.str, mutable: false)
    case .reference(let inner, mutable: false) where table.shallow(inner) == .str:
      return .reference(.str, mutable: false)
    default: return .reference(key, mutable: false)
    }
  }

  /// `map[&key]` and `map["literal"]`: `*Index::index(&map, key)`, which panics with
  /// "no entry found for key" at the `[` when the key is missing.
  func checkHashMapIndex(_ base: TypedExpr, _ index: TypedExpr, span: SourceSpan, bracket: SourceSpan)
    -> TypedExpr
  {
    var current = base
    for _ in 0..<8 {
      if case .reference(let inner, _) = table.shallow(current.type) {
        current = typed(.deref(current), inner, current.span)
      } else {
        break
      }
    }
    guard case .hashMap(let key, let value, false) = table.shallow(current.type), isSupportedHashKey(key)
    else {
      unsupported("the indexing of a hash set or of this hash map", at: span)
      return invalid(span)
    }
    let argument = coerce(index, to: borrowedKeyType(key))
    let call = typed(
      .builtin(.hashTable("index"), arguments: [borrow(current, mutable: false), argument]),
      .reference(value, mutable: false), bracket)
    return typed(.deref(call), value, span)
  }
}
