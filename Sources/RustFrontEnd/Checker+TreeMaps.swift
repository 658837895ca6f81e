import MemoryModel

/// `BTreeMap<K, V>` and `BTreeSet<T>`: `TypeTerm.hashMap` with `ordered` set, so they share the
/// hash tables' typing (the entry call, the iterators by reference and by value, `collect`),
/// while the interpreter keeps their entries in std's B-tree nodes (`Interpreter+TreeMaps`).
extension Checker {
  /// Whether memtutor runs a B-tree keyed by `key`: a key whose `Ord` memtutor computes itself
  /// (numbers, `char`, `bool`, text, tuples and derived `Ord`); a hand-written `Ord` is refused.
  func isSupportedTreeKey(_ key: TypeTerm, depth: Int = 0) -> Bool {
    guard depth < 16 else { return false }
    switch table.shallow(key) {
    case .variable: return table.kind(of: key) != .float
    case .unit, .bool, .char, .integer, .string, .str: return true
    case .reference(let inner, mutable: false), .option(let inner), .vec(let inner), .box(let inner),
      .array(let inner, _):
      if case .variable = table.shallow(inner) { return false }
      return isSupportedTreeKey(inner, depth: depth + 1)
    case .tuple(let items): return items.allSatisfy { isSupportedTreeKey($0, depth: depth + 1) }
    case .structure(let name), .enumeration(let name):
      return handWrittenComparisons[name] == nil && derivesOf(name).contains("Ord")
    default: return false
    }
  }

  /// Whether memtutor runs this table's key type, hashed or ordered.
  func isSupportedMapKey(_ key: TypeTerm, ordered: Bool) -> Bool {
    ordered ? isSupportedTreeKey(key) : isSupportedHashKey(key)
  }

  /// The `BTreeMap` / `BTreeSet` methods memtutor runs; nil refuses the rest as unsupported.
  func treeMapMethod(_ name: String, key: TypeTerm, value: TypeTerm, set: Bool) -> LibraryMethod? {
    func method(_ mode: SelfMode, _ parameters: [TypeTerm], _ result: TypeTerm) -> LibraryMethod? {
      LibraryMethod(builtin: .hashTable(name), selfMode: mode, parameters: parameters, result: result)
    }
    guard isSupportedTreeKey(key) else { return nil }
    let borrowedKey = borrowedKeyType(key)
    let sharedKey = TypeTerm.reference(key, mutable: false)
    switch name {
    case "len": return method(.reference, [], .usize)
    case "is_empty": return method(.reference, [], .bool)
    case "clear": return method(.mutableReference, [], .unit)
    case "capacity", "drain", "shrink_to_fit", "reserve": return nil
    default: break
    }
    if let iterator = hashTableIterator(name, key: key, value: value, set: set) { return iterator }
    if let consuming = hashTableConsumingIterator(name, key: key, value: value, set: set) { return consuming }
    if set {
      switch name {
      case "insert": return method(.mutableReference, [key], .bool)
      case "contains": return method(.reference, [borrowedKey], .bool)
      case "remove": return method(.mutableReference, [borrowedKey], .bool)
      case "first", "last": return method(.reference, [], .option(sharedKey))
      case "pop_first", "pop_last": return method(.mutableReference, [], .option(key))
      default: return nil
      }
    }
    let entry = TypeTerm.tuple([sharedKey, .reference(value, mutable: false)])
    switch name {
    case Self.entryOrInsert: return method(.mutableReference, [key, value], .reference(value, mutable: true))
    case "insert": return method(.mutableReference, [key, value], .option(value))
    case "get": return method(.reference, [borrowedKey], .option(.reference(value, mutable: false)))
    case "get_mut":
      return method(.mutableReference, [borrowedKey], .option(.reference(value, mutable: true)))
    case "contains_key": return method(.reference, [borrowedKey], .bool)
    case "remove": return method(.mutableReference, [borrowedKey], .option(value))
    case "first_key_value", "last_key_value": return method(.reference, [], .option(entry))
    case "pop_first", "pop_last": return method(.mutableReference, [], .option(.tuple([key, value])))
    default: return nil
    }
  }
}

extension Checker {
  /// The `BTreeMap` or `BTreeSet` a `collect()` makes: named by a turbofish or by the
  /// annotation of the `let` it initialises.
  func treeCollectTarget(generics: [TypeExpr], id: Int) -> TypeTerm? {
    let target: TypeTerm
    if let explicit = generics.first {
      guard explicit.name == "BTreeMap" || explicit.name == "BTreeSet" else { return nil }
      target = resolveType(explicit, selfType: currentOwner)
    } else if let annotated = annotatedInitializer, annotated.id == id {
      target = annotated.type
    } else {
      return nil
    }
    guard case .hashMap(_, _, _, true) = table.shallow(target) else { return nil }
    return target
  }

  /// `iter.collect::<BTreeMap<_, _>>()`: std collects the items into a `Vec`, sorts it by key
  /// (stably), and builds the tree from it in bulk, a later duplicate key winning
  /// (`bulk_build_from_sorted_iter`), so the run starts from the `Vec` too.
  func checkTreeCollect(receiver: Expr, arguments: [Expr], target: TypeTerm, id: Int, span: SourceSpan)
    -> TypedExpr
  {
    guard case .hashMap(let key, let value, let isSet, true) = table.shallow(target) else {
      return invalid(span)
    }
    let enclosing = annotatedInitializer
    annotatedInitializer = nil
    let collected = checkExpression(
      Expr(
        id: id, kind: .methodCall(receiver: receiver, method: "collect", generics: [], arguments: arguments),
        span: span))
    annotatedInitializer = enclosing
    let item: TypeTerm = isSet ? key : .tuple([key, value])
    guard table.unify(collected.type, .vec(item)) else {
      unsupported("`collect` into a `BTreeMap` or `BTreeSet` from this iterator", at: span)
      return invalid(span)
    }
    guard isSupportedTreeKey(key) else {
      unsupported("B-tree keys of type `\(table.displayName(key))`", at: span)
      return invalid(span)
    }
    return typed(.builtin(.hashTable("from_vec"), arguments: [collected]), target, span)
  }
}
