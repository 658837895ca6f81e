import MemoryModel

/// `str` and slice methods that hand out views into their receiver: `split` (and `rsplit`,
/// `splitn`, `rsplitn`, `split_terminator`), `lines`,
/// `split_whitespace`, `windows`, `chunks` (iterators of `&str` / `&[T]`), `as_bytes` and
/// `split_at`.
extension Checker {
  /// A text splitter's `size_hint` is `(0, None)`: `collect` starts empty and pushes.
  func hasUnknownSize(_ iterator: TypedExpr) -> Bool {
    guard case .iterator(.pieces(let rule), _, _, _) = table.shallow(iterator.type) else { return false }
    return rule.isText || rule.setOperation != nil || isTreeRange(iterator)
  }

  func piecesMethod(on type: TypeTerm, _ name: String) -> LibraryMethod? {
    let strRef = TypeTerm.reference(.str, mutable: false)
    func iterator(_ rule: PieceRule, _ parameters: [TypeTerm], item: TypeTerm) -> LibraryMethod {
      LibraryMethod(
        builtin: .pieces(rule), selfMode: .reference, parameters: parameters,
        result: .iterator(.pieces(rule), item: item, enumerated: false, reversed: false))
    }
    switch type {
    case .iterator(.sliceShared, let item, false, false) where name == "(zip)":
      let other = table.fresh()
      return LibraryMethod(
        builtin: .pieces(.zip), selfMode: .value,
        parameters: [.iterator(.sliceShared, item: other, enumerated: false, reversed: false)],
        result: .iterator(.pieces(.zip), item: .tuple([item, other]), enumerated: false, reversed: false))
    case .string where name == "insert_str":
      return LibraryMethod(
        builtin: .textMethod(name), selfMode: .mutableReference, parameters: [.usize, strRef], result: .unit)
    case .str:
      if let splitter = TextSplitter(methodName: name) {
        let pattern = charPatternArgument ? TypeTerm.char : strRef
        return iterator(
          .textSplit(splitter, charPattern: charPatternArgument),
          splitter.takesCount ? [.usize, pattern] : [pattern], item: strRef)
      }
      switch name {
      case "split_whitespace": return iterator(.splitWhitespace, [], item: strRef)
      case "matches", "rmatches", "match_indices", "rmatch_indices":
        let indexed = name.hasSuffix("indices")
        return iterator(
          .textMatches(fromEnd: name.hasPrefix("r"), indexed: indexed, charPattern: charPatternArgument),
          [charPatternArgument ? .char : strRef], item: indexed ? .tuple([.usize, strRef]) : strRef)
      case "lines": return iterator(.lines, [], item: strRef)
      case "as_bytes":
        return LibraryMethod(
          builtin: .textMethod(name), selfMode: .reference, parameters: [],
          result: .reference(.slice(.u8), mutable: false))
      default: return nil
      }
    case .slice(let element):
      let sliceRef = TypeTerm.reference(.slice(element), mutable: false)
      switch name {
      case "windows": return iterator(.windows, [.usize], item: sliceRef)
      case "chunks": return iterator(.chunks, [.usize], item: sliceRef)
      case "chunks_exact": return iterator(.chunksExact, [.usize], item: sliceRef)
      case "rchunks": return iterator(.rchunks, [.usize], item: sliceRef)
      case "chunks_mut":
        return LibraryMethod(
          builtin: .pieces(.chunksMut), selfMode: .mutableReference, parameters: [.usize],
          result: .iterator(
            .pieces(.chunksMut), item: .reference(.slice(element), mutable: true), enumerated: false,
            reversed: false))
      case "join", "concat":
        var text = table.shallow(element)
        if case .reference(let inner, _) = text { text = table.shallow(inner) }
        guard text == .string || text == .str else { return nestedJoinMethod(element: element, name) }
        return LibraryMethod(
          builtin: .sliceMethod(name), selfMode: .reference, parameters: name == "join" ? [strRef] : [],
          result: .string)
      case "split_at":
        return LibraryMethod(
          builtin: .sliceMethod(name), selfMode: .reference, parameters: [.usize],
          result: .tuple([sliceRef, sliceRef]))
      case "split_first", "split_last", "split_first_mut", "split_last_mut":
        // The end element and the rest, both borrowing the receiver; `None` when it is empty.
        let mutable = name.hasSuffix("_mut")
        return LibraryMethod(
          builtin: .sliceMethod(name), selfMode: mutable ? .mutableReference : .reference, parameters: [],
          result: .option(
            .tuple([.reference(element, mutable: mutable), .reference(.slice(element), mutable: mutable)])))
      case "split_at_mut":
        // Two `&mut [T]` over disjoint halves, both borrowing the receiver mutably.
        let halfRef = TypeTerm.reference(.slice(element), mutable: true)
        return LibraryMethod(
          builtin: .sliceMethod(name), selfMode: .mutableReference, parameters: [.usize],
          result: .tuple([halfRef, halfRef]))
      default: return nil
      }
    case .box(let boxed) where name == "into_vec":
      // `Box<[T]>::into_vec`: the same block as a `Vec` whose capacity is its length.
      guard case .slice(let element) = table.shallow(boxed) else { return nil }
      return LibraryMethod(
        builtin: .sliceMethod(name), selfMode: .value, parameters: [], result: .vec(element))
    case .vec(let element):
      switch name {
      case "into_boxed_slice" where !mayBeZeroSized(element):
        // The buffer shrunk to its length (`shrink_to_fit`), owned by a `Box<[T]>`.
        return LibraryMethod(
          builtin: .sliceMethod(name), selfMode: .value, parameters: [], result: .box(.slice(element)))
      case "dedup" where isCopy(element):
        return LibraryMethod(
          builtin: .sliceMethod(name), selfMode: .mutableReference, parameters: [], result: .unit)
      case "(extend range)":
        return LibraryMethod(
          builtin: .sliceMethod("extend"), selfMode: .mutableReference,
          parameters: [.range(element, inclusive: false)], result: .unit)
      case "(extend inclusive range)":
        return LibraryMethod(
          builtin: .sliceMethod("extend"), selfMode: .mutableReference,
          parameters: [.range(element, inclusive: true)], result: .unit)
      default: return extendMethod(element: element, name)
      }
    default:
      return nil
    }
  }

  /// `s.get(1..3)`, `s.get(..=2)`, `s.get(4..)`: the `&str` of those bytes, or `None` where
  /// `&s[…]` would panic (an end out of range or inside a character, a start after the end).
  /// Ranges have no type of their own in memtutor, so the range's shape is in the builtin's
  /// name (`get a..b`, `get ..=b`) and its ends are the arguments after the text.
  func checkTextGet(_ receiver: TypedExpr, _ argument: Expr, nameSpan: SourceSpan, span: SourceSpan)
    -> TypedExpr
  {
    guard case .range(let low, let high, let inclusive) = argument.kind else {
      let index = checkExpression(argument)
      if isIntegerLike(index.type) {
        // `s.get(0)`: text is indexed by ranges only.
        error(
          "the type `str` cannot be indexed by `\(table.displayName(index.type))`", at: sourceSpan(of: index))
        diagnostics[diagnostics.count - 1].code = "E0277"
      } else {
        unsupported("`get` on text with an argument other than a range written there", at: argument.span)
      }
      return invalid(span)
    }
    var parts = [asStrReference(receiver)]
    for end in [low, high].compactMap({ $0 }) {
      parts.append(coerce(derefNumeric(checkExpression(end)), to: .usize))
    }
    let shape = "get " + (low == nil ? "" : "a") + (inclusive ? "..=" : "..") + (high == nil ? "" : "b")
    methodCallSpans[nameSpan.start] = span
    return typed(
      .builtin(.textMethod(shape), arguments: parts), .option(.reference(.str, mutable: false)), nameSpan)
  }

  /// `a.as_slice()` on an array (or a reference to one): the array borrowed as a `&[T]`.
  /// Nil for any other receiver or method.
  func checkArrayAsSlice(_ receiver: TypedExpr, method: String, arguments: [Expr], span: SourceSpan)
    -> TypedExpr?
  {
    guard method == "as_slice", arguments.isEmpty else { return nil }
    var array = receiver
    while case .reference(let inner, _) = table.shallow(array.type) {
      array = typed(.deref(array), inner, array.span)
    }
    guard case .array(let element, let length) = table.shallow(array.type) else { return nil }
    let reference = borrow(array, mutable: false)
    return typed(
      .coerce(.arrayToSlice(length: length), reference), .reference(.slice(element), mutable: false), span)
  }

  /// `a.iter().zip(b.iter())`, the one `zip` memtutor runs: two slice iterators made in place.
  func isZipOfSliceIterators(receiver: Expr, arguments: [Expr]) -> Bool {
    guard arguments.count == 1, case .methodCall(_, "iter", _, let none) = receiver.kind, none.isEmpty,
      case .methodCall(_, "iter", _, let alsoNone) = arguments[0].kind, alsoNone.isEmpty
    else { return false }
    return true
  }
}
