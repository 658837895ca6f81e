import MemoryModel

extension ProgramImage {
  /// The names a value's fields are drawn with: named structs by struct name, struct-like
  /// enum variants as `Enum::Variant`. Tuple structs and tuple variants keep positions.
  package static func fieldNames(of declarations: TypeDeclarations) -> [String: [String]] {
    // The library's cells and guards, drawn with std's field names (a program's own struct of
    // the same name wins).
    var names: [String: [String]] = [:]
    for wrapper in [
      LibraryWrapper.cell, .refCell, .ref, .refMut, .sliceIter, .sliceIterMut, .chars, .charIndices,
      .vecIntoIter,
      .peekable, .flatten, .optionIter, .optionIntoIter, .drain, .chain, .rev, .filter, .map, .skip, .take,
      .enumerate, .copied, .cloned, .zip, .vecDeque, .binaryHeap, .reverse, .split, .splitWhitespace, .lines,
      .repeatValue,
    ] {
      names[wrapper.rawValue] = wrapper.fieldNames
    }
    for (name, declaration) in declarations.structs where declaration.shape == .named {
      names[name] = declaration.fields.map(\.name)
    }
    for (name, declaration) in declarations.enums {
      for (variant, fields) in declaration.payloadFieldNames { names[name + "::" + variant] = fields }
    }
    return names
  }
}
