/// Which types are `Copy` and which need dropping.
extension LayoutCalculator {
  /// Whether values of `type` are copied rather than moved: integers, floats, `bool`, `char`,
  /// `()`, shared references, tuples/arrays/`Option`s of `Copy` types, and user types that
  /// `#[derive(Clone, Copy)]`.
  package func isCopy(_ type: RustType) -> Bool {
    switch type {
    case .unit, .bool, .char, .never, .integer, .float:
      return true
    case .reference(_, let mutable):
      return !mutable
    case .library(.functionPointer, _):
      return true
    case .library(.reverse, let inner):
      return isCopy(inner)
    case .str, .slice, .string, .vec, .box, .rc, .arc, .range, .hashMap, .library, .dynTrait:
      // `Cell<T>` is `Clone` but never `Copy`; the guards and `Weak` count on their drop.
      return false
    case .array(let element, _), .option(let element):
      return isCopy(element)
    case .result(let value, let error):
      return isCopy(value) && isCopy(error)
    case .tuple(let elements):
      return elements.allSatisfy(isCopy)
    case .structure(let name), .enumeration(let name):
      return declarations.derives(of: name).contains("Copy")
    }
  }

  /// Whether dropping a value of `type` does anything: it owns heap memory (`String`, `Vec`,
  /// `Box`, `Rc`), has an `impl Drop`, or contains such a value.
  package func needsDrop(_ type: RustType) -> Bool {
    var visiting: Set<String> = []
    return needsDrop(type, visiting: &visiting)
  }

  private func needsDrop(_ type: RustType, visiting: inout Set<String>) -> Bool {
    switch type {
    case .unit, .bool, .char, .never, .integer, .float, .reference, .str, .range:
      return false
    case .string, .vec, .box, .rc, .arc, .hashMap:
      return true
    case .dynTrait:
      // The concrete type behind it is known only at run time (from the vtable).
      return true
    case .library(let wrapper, let inner):
      switch wrapper {
      case .cell, .refCell: return needsDrop(inner, visiting: &visiting)
      case .ref, .refMut, .weak, .sender, .receiver: return true
      case .sliceIter, .sliceIterMut, .chars, .charIndices, .functionPointer, .split, .splitWhitespace,
        .lines, .rangeFrom:
        return false
      case .repeatValue: return needsDrop(inner, visiting: &visiting)
      case .vecIntoIter, .drain, .vecDeque, .binaryHeap: return true
      case .reverse: return needsDrop(inner, visiting: &visiting)
      case .peekable, .optionIntoIter:
        return needsDrop(inner, visiting: &visiting)
          || needsDrop(wrapper.iteratorItem(inner) ?? .unit, visiting: &visiting)
      case .flatten:
        return needsDrop(inner, visiting: &visiting)
          || needsDrop(LibraryWrapper.flattenFront(outer: inner) ?? .unit, visiting: &visiting)
      case .optionIter: return false
      case .chain, .rev, .skip, .take, .enumerate, .copied, .cloned, .zip:
        return needsDrop(inner, visiting: &visiting)
      case .filter, .map:
        guard case .tuple(let parts) = inner else { return false }
        return parts.prefix(2).contains { needsDrop($0, visiting: &visiting) }
      }
    case .slice(let element), .array(let element, _), .option(let element):
      return needsDrop(element, visiting: &visiting)
    case .result(let value, let error):
      return needsDrop(value, visiting: &visiting) || needsDrop(error, visiting: &visiting)
    case .tuple(let elements):
      return elements.contains { needsDrop($0, visiting: &visiting) }
    case .structure(let name):
      if declarations.dropImplementations.contains(name) { return true }
      guard let declaration = declarations.structs[name], visiting.insert(name).inserted else { return false }
      defer { visiting.remove(name) }
      return declaration.fields.contains { needsDrop($0.type, visiting: &visiting) }
    case .enumeration(let name):
      if declarations.dropImplementations.contains(name) { return true }
      guard let declaration = declarations.enums[name], visiting.insert(name).inserted else { return false }
      defer { visiting.remove(name) }
      return declaration.variants.contains { variant in
        variant.payload.contains { needsDrop($0, visiting: &visiting) }
      }
    }
  }
}
