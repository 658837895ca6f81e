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
      unsupported("more than one `..` in a slice pattern", at: items[restIndices[1]].span)
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
