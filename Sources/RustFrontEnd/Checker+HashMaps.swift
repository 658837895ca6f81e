import MemoryModel

extension Checker {
  /// `HashMap<K, V>` and `HashSet<T>` named in a type (after `use std::collections::…`).
  func resolveHashTableType(_ name: String, generics: [TypeExpr], selfType: String?, span: SourceSpan)
    -> TypeTerm
  {
    let isSet = name == "HashSet" || name == "BTreeSet"
    let expected = isSet ? 1 : 2
    guard generics.count == expected else {
      error(
        "`\(name)` expects \(expected) generic argument\(expected == 1 ? "" : "s"), found \(generics.count)",
        at: span)
      return .unit
    }
    let key = resolveType(generics[0], selfType: selfType)
    let value = isSet ? TypeTerm.unit : resolveType(generics[1], selfType: selfType)
    return .hashMap(key: key, value: value, set: isSet, ordered: name.hasPrefix("BTree"))
  }
}

extension Checker {
  /// `HashMap::new()`, `HashMap::with_capacity(n)` and the `HashSet` ones.
  func checkHashTableConstructor(
    _ typeName: String, _ function: String, generics: [TypeExpr], arguments: [Expr], span: SourceSpan
  ) -> TypedExpr {
    let isSet = typeName == "HashSet" || typeName == "BTreeSet"
    let ordered = typeName.hasPrefix("BTree")
    if ordered, function == "from" {
      return checkTreeFromArray(typeName, generics: generics, arguments: arguments, span: span)
    }
    if function == "from" {
      return checkHashTableFromArray(typeName, generics: generics, arguments: arguments, span: span)
    }
    let expectedArguments: Int
    switch function {
    case "new": expectedArguments = 0
    case "with_capacity" where !ordered: expectedArguments = 1
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
      .builtin(.hashTable(function), arguments: checked),
      .hashMap(key: key, value: value, set: isSet, ordered: ordered), span)
  }

  /// `HashMap::from([(k, v), …])` and `HashSet::from([…])`: std's `from_iter` over the array,
  /// which reserves its length and inserts each item, as `collect` into the table does; so it
  /// is checked as `[…].into_iter().collect::<HashMap<_, _>>()`. Only an array written out
  /// there: anything else is no array to rustc (E0277) or one memtutor would check twice.
  private func checkHashTableFromArray(
    _ typeName: String, generics: [TypeExpr], arguments: [Expr], span: SourceSpan
  ) -> TypedExpr {
    guard arguments.count == 1 else {
      argumentCountError(expected: 1, found: arguments.count, span: span)
      return invalid(span)
    }
    let array = arguments[0]
    switch array.kind {
    case .array, .arrayRepeat: break
    default:
      unsupported("the conversion `\(typeName)::from` of anything but an array written out", at: span)
      return invalid(span)
    }
    let isSet = typeName == "HashSet"
    let inferred = TypeExpr(kind: .inferred, span: span)
    let tableGenerics =
      generics.count == (isSet ? 1 : 2) ? generics : (isSet ? [inferred] : [inferred, inferred])
    let target = TypeExpr(kind: .path(path: [typeName], generics: tableGenerics), span: span)
    syntheticExpressionCount += 1
    let items = Expr(
      id: -8_500_000 - syntheticExpressionCount,
      kind: .methodCall(receiver: array, method: "into_iter", generics: [], arguments: []), span: array.span)
    syntheticExpressionCount += 1
    return checkHashTableCollect(
      receiver: items, generics: [target], arguments: [], span: span,
      id: -8_500_000 - syntheticExpressionCount)
  }

  /// Whether memtutor runs tables with this key type: integers, `char`, `bool`, `&str` and
  /// `String` (compared by their text), and tuples and types deriving `Hash` and `Eq` made of
  /// integers, `char`s and `bool`s (compared by their value).
  func isSupportedHashKey(_ key: TypeTerm) -> Bool {
    switch table.shallow(key) {
    case .integer, .char, .bool, .string, .variable: return true
    case .tuple, .structure, .enumeration: return isPlainHashKey(key, depth: 0)
    case .reference(let inner, mutable: false):
      // `&str`, and references to the other keys (`HashSet<&i32>` from `v.iter()`), which hash
      // and compare as what they point at.
      if case .str = table.shallow(inner) { return true }
      if case .variable = table.shallow(inner) { return false }
      return isSupportedHashKey(inner)
    default: return false
    }
  }

  /// A key whose value alone says which key it is: no text or pointer inside (two equal
  /// `String`s live at different addresses), and equality and hashing derived, not written.
  private func isPlainHashKey(_ key: TypeTerm, depth: Int) -> Bool {
    guard depth < 8 else { return false }
    let derivedEquality: Set<String> = ["Hash", "PartialEq", "Eq"]
    switch table.shallow(key) {
    case .integer, .char, .bool: return true
    case .tuple(let items): return !items.isEmpty && items.allSatisfy { isPlainHashKey($0, depth: depth + 1) }
    case .structure(let name):
      guard let info = structs[name], derivedEquality.isSubset(of: info.derives) else { return false }
      return info.fields.allSatisfy { isPlainHashKey($0.type, depth: depth + 1) }
    case .enumeration(let name):
      guard let info = enums[name], derivedEquality.isSubset(of: info.derives) else { return false }
      return info.variants.allSatisfy { variant in
        variant.payload.allSatisfy { isPlainHashKey($0, depth: depth + 1) }
      }
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
    case "clear": return method(.mutableReference, [], .unit)
    default: break
    }
    if let iterator = hashTableIterator(name, key: key, value: value, set: set) { return iterator }
    if let consuming = hashTableConsumingIterator(name, key: key, value: value, set: set) { return consuming }
    if set {
      switch name {
      case "insert": return method(.mutableReference, [key], .bool)
      case "contains": return method(.reference, [borrowedKey], .bool)
      case "remove": return method(.mutableReference, [borrowedKey], .bool)
      default: return setOperationMethod(name, key: key, value: value, ordered: false)
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
  /// `HashMap::new()` (or `VecDeque::new()`) without its `use std::collections::…;`: rustc's
  /// E0433, at the type's name. True when the path was refused.
  func refuseUnimportedHashTable(_ rawPath: [String], resolved: [String], span: SourceSpan) -> Bool {
    guard rawPath.count == 2, resolved == rawPath, let name = rawPath.first,
      ["HashMap", "HashSet", "VecDeque", "BinaryHeap"].contains(name)
    else { return false }
    let end = SourceLocation(line: span.start.line, column: span.start.column + name.count)
    var diagnostic = Diagnostic(
      "cannot find type `\(name)` in this scope", at: SourceSpan(start: span.start, end: end))
    diagnostic.code = "E0433"
    diagnostics.append(diagnostic)
    return true
  }

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
    case .reference(_, mutable: false):
      // `&T: Borrow<T>`: `set.contains(&3)` for a `HashSet<&i32>`.
      return key
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
    guard case .hashMap(let key, let value, false, let ordered) = table.shallow(current.type),
      isSupportedMapKey(key, ordered: ordered)
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

extension Checker {
  /// `keys()`, `values()`, `values_mut()`, `iter()`, `iter_mut()`: iterators of references
  /// into the table, which borrow it (shared, or mutably for the `_mut` ones).
  func hashTableIterator(_ name: String, key: TypeTerm, value: TypeTerm, set: Bool) -> LibraryMethod? {
    let rule: PieceRule
    switch (name, set) {
    case ("iter", true), ("keys", false): rule = .hashKeys
    case ("values", false): rule = .hashValues
    case ("values_mut", false): rule = .hashValuesMut
    case ("iter", false): rule = .hashEntries
    case ("iter_mut", false): rule = .hashEntriesMut
    default: return nil
    }
    return LibraryMethod(
      builtin: .pieces(rule),
      selfMode: rule == .hashValuesMut || rule == .hashEntriesMut ? .mutableReference : .reference,
      parameters: [], result: hashIteratorType(rule, key: key, value: value))
  }

  func isHashTableIterator(_ iterator: TypedExpr) -> Bool {
    guard case .iterator(let kind, _, _, _) = table.shallow(iterator.type) else { return false }
    return kind.isHashOwned || (kind.pieceRule?.isHashTable ?? false)
  }

  func hashIteratorType(_ rule: PieceRule, key: TypeTerm, value: TypeTerm) -> TypeTerm {
    let item: TypeTerm
    switch rule {
    case .hashValues: item = .reference(value, mutable: false)
    case .hashValuesMut: item = .reference(value, mutable: true)
    case .hashEntries: item = .tuple([.reference(key, mutable: false), .reference(value, mutable: false)])
    case .hashEntriesMut: item = .tuple([.reference(key, mutable: false), .reference(value, mutable: true)])
    default: item = .reference(key, mutable: false)
    }
    return .iterator(.pieces(rule), item: item, enumerated: false, reversed: false)
  }

  /// `for (k, v) in &map`, `for x in &set`, `for (k, v) in &mut map`: the table's `iter()`
  /// or `iter_mut()`, borrowing it through the reference.
  func hashTableLoopIterator(_ expr: TypedExpr) -> TypedExpr? {
    guard case .reference(let inner, let mutable) = table.shallow(expr.type),
      case .hashMap(let key, let value, let set, let ordered) = table.shallow(inner),
      isSupportedMapKey(key, ordered: ordered)
    else { return nil }
    let rule: PieceRule = set ? .hashKeys : (mutable ? .hashEntriesMut : .hashEntries)
    if set && mutable { return nil }
    let source = typed(.tuple([expr]), .tuple([expr.type]), expr.span)
    return typed(.iterate(source), hashIteratorType(rule, key: key, value: value), expr.span)
  }

  /// `for (k, v) in map`, `for x in set`: the table's `into_iter()`, which moves it.
  func hashTableOwnedIterator(_ expr: TypedExpr) -> TypedExpr? {
    guard case .hashMap(let key, let value, let set, let ordered) = table.shallow(expr.type),
      isSupportedMapKey(key, ordered: ordered)
    else {
      return nil
    }
    return typed(.iterate(expr), hashOwnedIteratorType(.entries, key: key, value: value, set: set), expr.span)
  }

  func hashOwnedIteratorType(_ items: TypeTerm.HashOwnedItems, key: TypeTerm, value: TypeTerm, set: Bool)
    -> TypeTerm
  {
    let item: TypeTerm
    switch items {
    case .entries, .drained: item = set ? key : .tuple([key, value])
    case .keys: item = key
    case .values: item = value
    }
    return .iterator(.hashOwned(items), item: item, enumerated: false, reversed: false)
  }

  /// `into_iter()`, and a map's `into_keys()` and `into_values()`: consuming iterators that
  /// move the table. The part `into_keys`/`into_values` drops as it goes must own nothing but
  /// its heap block (a number, a `String`, a `Vec` of numbers), which memtutor frees there.
  func hashTableConsumingIterator(_ name: String, key: TypeTerm, value: TypeTerm, set: Bool) -> LibraryMethod?
  {
    let items: TypeTerm.HashOwnedItems
    switch (name, set) {
    case ("into_iter", _): items = .entries
    case ("drain", _):
      return LibraryMethod(
        builtin: .vecIntoIterator, selfMode: .mutableReference, parameters: [],
        result: hashOwnedIteratorType(.drained, key: key, value: value, set: set))
    case ("into_keys", false):
      guard dropsAsOneBlock(value) else { return nil }
      items = .keys
    case ("into_values", false):
      guard dropsAsOneBlock(key) else { return nil }
      items = .values
    default: return nil
    }
    return LibraryMethod(
      builtin: .vecIntoIterator, selfMode: .value, parameters: [],
      result: hashOwnedIteratorType(items, key: key, value: value, set: set))
  }

  /// The items a consuming iterator's chain lets through (`size_hint`'s exact bound): the
  /// table's `len()`, read before the chain moves it, after `skip`/`take`/`step_by`. Nil for
  /// other iterators, after a `filter`, or for a table that cannot be read twice.
  func hashOwnedLength(
    _ iterator: TypedExpr, calls: [(stage: String, slot: Int, signature: ClosureState.Signature)]
  ) -> TypedExpr? {
    guard case .iterator(.hashOwned, _, _, _) = table.shallow(iterator.type),
      calls.allSatisfy({
        ["map", "enumerate", "skip", "take", "step_by", "cloned", "copied"].contains($0.stage)
      })
    else { return nil }
    var source = iterator
    while case .adaptIterator(let inner) = source.kind { source = inner }
    guard case .iterate(var made) = source.kind else { return nil }
    // `drain()` iterates `&mut map`: its length is the map's.
    if case .addressOf(let place, _) = made.kind { made = place }
    guard isRepeatable(made) else { return nil }
    let length = typed(
      .builtin(.hashTable("len"), arguments: [borrow(made, mutable: false)]), .usize, iterator.span)
    return countAfterStages(length, calls)
  }

  /// A value whose drop is at most the free of one heap block: no `Drop` of its own to run.
  private func dropsAsOneBlock(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .integer, .float, .char, .bool, .string, .unit: return true
    case .variable: return table.kind(of: type) != .general
    case .reference(_, mutable: false): return true
    case .vec(let element):
      switch table.shallow(element) {
      case .integer, .float, .char, .bool: return true
      default: return false
      }
    default: return false
    }
  }
}

extension Checker {
  /// `entry(key).or_default()` and `entry(key).or_insert_with(Vec::new)` (or `|| 0`): the
  /// value as an `or_insert` argument. `or_insert` makes it even for an occupied entry, so
  /// only values that cost nothing to make and drop (no allocation, nothing printed) qualify;
  /// nil leaves the call to the ordinary refusal.
  func entryDefault(_ method: String, arguments: [Expr], id: Int, span: SourceSpan) -> Expr? {
    func call(_ path: [String]) -> Expr {
      let callee = Expr(id: -2_000_000 - 2 * id, kind: .path(path, generics: []), span: span)
      return Expr(id: -2_000_001 - 2 * id, kind: .call(callee: callee, arguments: []), span: span)
    }
    switch method {
    case "or_default" where arguments.isEmpty:
      return call(["Default", "default"])
    case "or_insert_with" where arguments.count == 1:
      switch arguments[0].kind {
      case .path(let path, let generics) where generics.isEmpty && isFreeConstructor(path):
        return call(path)
      case .closure(let closure) where closure.parameters.isEmpty && isFreeValue(closure.body):
        return closure.body
      default:
        return nil
      }
    default:
      return nil
    }
  }

  /// `Vec::new`, `String::new` and the maps' and sets' `new`: empty, nothing allocated.
  private func isFreeConstructor(_ path: [String]) -> Bool {
    path.count == 2 && ["Vec", "String", "HashMap", "HashSet", "BTreeMap", "BTreeSet"].contains(path[0])
      && path[1] == "new"
  }

  private func isFreeValue(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .integer, .float, .boolean, .character, .string: return true
    case .vecList(let items): return items.isEmpty
    case .call(let callee, let arguments):
      guard arguments.isEmpty, case .path(let path, _) = callee.kind else { return false }
      return isFreeConstructor(path)
    case .block(let block): return block.statements.isEmpty && block.tail.map(isFreeValue) == true
    default: return false
    }
  }
}

extension Checker {
  /// `collect::<HashSet<_>>()`, or a `collect()` that initialises a `let` annotated with a
  /// hash table type.
  func collectsIntoHashTable(generics: [TypeExpr], id: Int) -> Bool {
    if let explicit = generics.first {
      return explicit.name == "HashMap" || explicit.name == "HashSet"
    }
    guard let annotated = annotatedInitializer, annotated.id == id,
      case .hashMap = table.shallow(annotated.type)
    else { return false }
    return true
  }

}
