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
    case .vecIntoIter: return inner
    case .peekable:
      guard case .library(let wrapped, let iterated) = inner else { return nil }
      return libraryIteratorItem(wrapped, inner: iterated)
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
