/// Slice patterns (`[]`, `[x]`, `[first, .., last]`, `[head, rest @ ..]`) against a `&[T]`
/// or `&mut [T]`, whose length is only known when the program runs.
extension Checker {
  /// `type` is the reference matched; the elements bind by reference (`mutable` or not), and
  /// `rest @ ..` binds the middle part as a slice of the same kind.
  func checkSlicePattern(
    _ items: [Pattern], element: TypeTerm, mutable: Bool, type: TypeTerm, span: SourceSpan,
    isParameter: Bool, depth: Int
  ) -> TypedPattern {
    let restIndices = items.indices.filter { restName(of: items[$0]) != nil }
    guard restIndices.count <= 1 else {
      error("`..` can only be used once per slice pattern", at: restSpan(of: items[restIndices[1]]))
      bindNamesAsErrors(Pattern(kind: .slice(items), span: span), isParameter: isParameter)
      return TypedPattern(kind: .wildcard, type: type, span: span)
    }
    let mode = BindingMode.reference(mutable: mutable)
    func elements(_ part: ArraySlice<Pattern>) -> [TypedPattern] {
      part.map { checkPattern($0, against: element, mode: mode, isParameter: isParameter, depth: depth + 1) }
    }
    guard let restIndex = restIndices.first else {
      return TypedPattern(
        kind: .slice(prefix: elements(items[...]), suffix: [], hasRest: false, rest: nil), type: type,
        span: span)
    }
    let prefix = elements(items[..<restIndex])
    var rest: TypedPattern?
    if case .some(.some(let binding)) = restName(of: items[restIndex]) {
      guard !binding.byReference else {
        unsupported("`ref` on the rest of a slice pattern", at: items[restIndex].span)
        bindNamesAsErrors(items[restIndex], isParameter: isParameter)
        return TypedPattern(kind: .wildcard, type: type, span: span)
      }
      let plain = Pattern(
        kind: .identifier(name: binding.name, mutable: binding.mutable, byReference: false, subpattern: nil),
        span: items[restIndex].span)
      rest = checkPattern(
        plain, against: .reference(.slice(element), mutable: mutable), mode: .move, isParameter: isParameter,
        depth: depth + 1)
    }
    let suffix = elements(items[(restIndex + 1)...])
    return TypedPattern(
      kind: .slice(prefix: prefix, suffix: suffix, hasRest: true, rest: rest), type: type, span: span)
  }

  /// `[a, b, c]`, `[first, .., last]` and `[head, mid @ ..]` against an array `[T; N]`: the
  /// rest `mid @ ..` binds the elements it covers as one array `[T; N - 2]` (or a reference to
  /// one, when the array is matched through a reference), as rustc binds it.
  func checkArrayPattern(
    _ items: [Pattern], element: TypeTerm, length: Int, type: TypeTerm, mode: BindingMode, span: SourceSpan,
    isParameter: Bool, depth: Int
  ) -> TypedPattern {
    let restIndices = items.indices.filter { restName(of: items[$0]) != nil }
    let fixed = items.count - restIndices.count
    guard restIndices.count <= 1 else {
      error("`..` can only be used once per slice pattern", at: restSpan(of: items[restIndices[1]]))
      bindNamesAsErrors(Pattern(kind: .slice(items), span: span), isParameter: isParameter)
      return patternNode(.wildcard, type, span)
    }
    guard restIndices.isEmpty ? fixed == length : fixed <= length else {
      let least = restIndices.isEmpty ? "" : "at least "
      error("pattern requires \(least)\(fixed) elements but array has \(length)", at: span)
      bindNamesAsErrors(Pattern(kind: .slice(items), span: span), isParameter: isParameter)
      return patternNode(.wildcard, type, span)
    }
    var checked: [TypedPattern] = []
    for (index, item) in items.enumerated() {
      guard restIndices.first == index, case .some(let binding) = restName(of: item) else {
        checked.append(
          checkPattern(item, against: element, mode: mode, isParameter: isParameter, depth: depth + 1))
        continue
      }
      let covered = length - fixed
      var rest: [TypedPattern] = Array(repeating: patternNode(.wildcard, element, item.span), count: covered)
      var throughReference = binding?.byReference ?? false
      if case .reference = mode { throughReference = true }
      if let binding, throughReference {
        // `&[T; k]` into the middle of an array is no part of a value in memtutor's memory.
        unsupported("a rest binding `\(binding.name) @ ..` by reference into an array", at: item.span)
        bindNamesAsErrors(item, isParameter: isParameter)
      } else if let binding, covered > 0 {
        let plain = Pattern(
          kind: .identifier(
            name: binding.name, mutable: binding.mutable, byReference: binding.byReference, subpattern: nil),
          span: item.span)
        let bound = checkPattern(
          plain, against: .array(element, covered), mode: mode, isParameter: isParameter, depth: depth + 1)
        rest[0] = patternNode(.arrayRest(bound), element, item.span)
      } else if let binding {
        unsupported("a rest binding `\(binding.name) @ ..` that covers no element", at: item.span)
        bindNamesAsErrors(item, isParameter: isParameter)
      }
      checked += rest
    }
    return patternNode(.array(checked), type, span)
  }

  /// Where the `..` of a rest item is (inside `name @ ..`, after the name).
  private func restSpan(of item: Pattern) -> SourceSpan {
    if case .identifier(_, _, _, let sub?) = item.kind { return sub.span }
    return item.span
  }

  /// For `..` nil inside, for `name @ ..` the name; nil when the item is not a rest at all.
  private func restName(of item: Pattern) -> (name: String, mutable: Bool, byReference: Bool)?? {
    switch item.kind {
    case .rest: return .some(nil)
    case .identifier(let name, let mutable, let byReference, let sub?):
      if case .rest = sub.kind { return .some((name, mutable, byReference)) }
      return nil
    default: return nil
    }
  }
}
