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
    case "range":
      // Checked by `checkTreeRange`, which reads the bounds from the range expression.
      return LibraryMethod(
        builtin: .hashTable(name), selfMode: .reference, parameters: [key],
        result: hashIteratorType(set ? .hashKeys : .hashEntries, key: key, value: value))
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
      default: return setOperationMethod(name, key: key, value: value, ordered: true)
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

extension Checker {
  /// How `range(..)` describes its bounds to the interpreter: `low * 3 + high`, each 0 when
  /// unbounded, 1 when included, 2 when excluded.
  static func treeRangeCode(low: Bool, high: Bool, inclusive: Bool) -> Int {
    (low ? 1 : 0) * 3 + (high ? (inclusive ? 1 : 2) : 0)
  }

  /// `map.range(a..b)` (and `a..=b`, `a..`, `..b`, `..=b`, `..`) with bounds of the key type:
  /// references to the entries in the range, in key order. Any other argument is refused.
  func checkTreeRange(
    receiver: TypedExpr, arguments: [Expr], method: LibraryMethod, span: SourceSpan, methodSpan: SourceSpan
  ) -> TypedExpr {
    guard arguments.count == 1, case .range(let low, let high, let inclusive) = arguments[0].kind,
      case .iterator = method.result
    else {
      unsupported("`range` on a `BTreeMap` or `BTreeSet` with anything but a range expression", at: span)
      return invalid(span)
    }
    var mapType = table.shallow(receiver.type)
    while case .reference(let inner, _) = mapType { mapType = table.shallow(inner) }
    guard case .hashMap(let key, _, _, true) = mapType else { return invalid(span) }
    var parts = [receiver]
    let code = Self.treeRangeCode(low: low != nil, high: high != nil, inclusive: inclusive)
    parts.append(typed(.integer(Int128(code)), .integer(.u8), arguments[0].span))
    for bound in [low, high].compactMap({ $0 }) {
      parts.append(coerce(checkExpression(bound), to: key))
    }
    return typed(.iterate(typed(.tuple(parts), .tuple(parts.map(\.type)), methodSpan)), method.result, span)
  }
}

extension Checker {
  /// `BTreeMap::from([(k, v), …])` and `BTreeSet::from([…])`: std sorts the array in place by
  /// key and builds the tree from it in bulk, as `collect` does from its `Vec`.
  func checkTreeFromArray(_ typeName: String, generics: [TypeExpr], arguments: [Expr], span: SourceSpan)
    -> TypedExpr
  {
    guard arguments.count == 1 else {
      argumentCountError(expected: 1, found: arguments.count, span: span)
      return invalid(span)
    }
    let isSet = typeName == "BTreeSet"
    let key: TypeTerm
    let value: TypeTerm
    if generics.count == (isSet ? 1 : 2) {
      key = resolveType(generics[0], selfType: currentOwner)
      value = isSet ? .unit : resolveType(generics[1], selfType: currentOwner)
    } else {
      key = table.fresh()
      value = isSet ? .unit : table.fresh()
    }
    let source = checkExpression(arguments[0])
    guard case .array(let item, _) = table.shallow(source.type),
      table.unify(item, isSet ? key : .tuple([key, value]))
    else {
      unsupported("the conversion `\(typeName)::from` of anything but an array", at: span)
      return invalid(span)
    }
    guard isSupportedTreeKey(key) else {
      unsupported("B-tree keys of type `\(table.displayName(key))`", at: span)
      return invalid(span)
    }
    return typed(
      .builtin(.hashTable("from_array"), arguments: [source]),
      .hashMap(key: key, value: value, set: isSet, ordered: true), span)
  }
}

extension Checker {
  /// Whether `iterator` is a B-tree's `range(..)` (its source holds the bounds after the map),
  /// whose `size_hint` is std's default `(0, None)`.
  func isTreeRange(_ iterator: TypedExpr) -> Bool {
    var source = iterator
    while case .adaptIterator(let inner) = source.kind { source = inner }
    guard case .iterate(let made) = source.kind, case .tuple(let parts) = made.kind, parts.count > 1,
      case .iterator(.pieces(let rule), _, _, _) = table.shallow(iterator.type), rule.isHashTable
    else { return false }
    return true
  }
}
