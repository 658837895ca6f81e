import MemoryModel

extension TypeTerm {
  /// The item a library iterator kept as a value yields (`Iter<'_, T>` gives `&T`), or nil
  /// when the type is not one.
  package static func libraryIteratorItem(_ wrapper: LibraryWrapper, inner: TypeTerm) -> TypeTerm? {
    switch wrapper {
    case .sliceIter: return .reference(inner, mutable: false)
    case .sliceIterMut: return .reference(inner, mutable: true)
    case .chars: return .char
    case .charIndices: return .tuple([.usize, .char])
    case .split, .splitWhitespace, .lines: return .reference(.str, mutable: false)
    case .vecIntoIter: return inner
    case .peekable: return keptItem(inner)
    case .rev:
      if case .range(let element, _) = inner { return element }
      guard case .library(let wrapped, let iterated) = inner else { return nil }
      return libraryIteratorItem(wrapped, inner: iterated)
    case .flatten:
      guard case .library(let front, let frontInner) = flattenFront(outer: inner) else { return nil }
      return libraryIteratorItem(front, inner: frontInner)
    case .optionIter: return .reference(inner, mutable: false)
    case .optionIntoIter, .drain, .rangeFrom, .repeatValue: return inner
    case .skip, .take: return keptItem(inner)
    case .enumerate: return keptItem(inner).map { .tuple([.usize, $0]) }
    case .copied, .cloned:
      guard case .reference(let referent, _) = keptItem(inner) else { return nil }
      return referent
    case .zip:
      guard case .tuple(let halves) = inner, halves.count == 2, let first = keptItem(halves[0]),
        let second = keptItem(halves[1])
      else { return nil }
      return .tuple([first, second])
    case .filter:
      guard case .tuple(let parts) = inner, let first = parts.first else { return nil }
      return keptItem(first)
    case .map:
      guard case .tuple(let parts) = inner, parts.count == 3 else { return nil }
      return parts[2]
    case .chain:
      guard case .tuple(let halves) = inner, let first = halves.first else { return nil }
      if case .range(let element, _) = first { return element }
      guard case .library(let wrapped, let iterated) = first else { return nil }
      return libraryIteratorItem(wrapped, inner: iterated)
    default: return nil
    }
  }

  /// The item of a library iterator or a `Range` kept as a value.
  package static func keptItem(_ type: TypeTerm) -> TypeTerm? {
    switch type {
    case .library(let wrapper, let inner): return libraryIteratorItem(wrapper, inner: inner)
    case .range(let element, _): return element
    default: return nil
    }
  }

  /// The inner iterator `Flatten<outer>` walks each of its items with.
  package static func flattenFront(outer: TypeTerm) -> TypeTerm? {
    guard case .library(let wrapped, let iterated) = outer,
      let item = libraryIteratorItem(wrapped, inner: iterated)
    else { return nil }
    return flattenedIterator(of: item)
  }

  /// A `Vec` or array by reference, a `Vec` by value, an `Option` either way.
  package static func flattenedIterator(of item: TypeTerm) -> TypeTerm? {
    switch item {
    case .reference(.vec(let element), false), .reference(.array(let element, _), false):
      return .library(.sliceIter, element)
    case .vec(let element): return .library(.vecIntoIter, element)
    case .reference(.option(let value), false): return .library(.optionIter, value)
    case .option(let value): return .library(.optionIntoIter, value)
    default: return nil
    }
  }
}

extension TypeTerm {
  /// Whether this is the library type `wrapper<…>`.
  package func isLibrary(_ wrapper: LibraryWrapper) -> Bool {
    if case .library(wrapper, _) = self { return true }
    return false
  }
}

extension TypeTerm {
  /// `fn(i32) -> i32`: a library wrapper whose parameter lists the parameter types, then the result.
  package static func functionPointer(parameters: [TypeTerm], result: TypeTerm) -> TypeTerm {
    .library(.functionPointer, .tuple(parameters + [result]))
  }

  /// A function pointer type's parameter types and result type.
  package var functionPointerSignature: (parameters: [TypeTerm], result: TypeTerm)? {
    guard case .library(.functionPointer, .tuple(let parts)) = self, let result = parts.last else {
      return nil
    }
    return (Array(parts.dropLast()), result)
  }
}
