/// The checks every hand-written impl of a library trait makes on the methods it writes.
extension Checker {
  /// rustc's E0407, at the start of the method's item as rustc puts it (not at its name).
  func reportNotATraitMember(_ method: FunctionDecl, trait: String) {
    error("method `\(method.name)` is not a member of trait `\(trait)`", at: method.span)
  }

  /// Whether `method`, already named as the trait's method, can be the impl's one: not a second
  /// copy (`alreadyFound`), not generic, and, where `inherentOwner` is given, not shadowed by an
  /// inherent method of that type with the same name. Refuses it otherwise.
  func acceptsSoleTraitMethod(_ method: FunctionDecl, alreadyFound: Bool, inherentOwner: String? = nil)
    -> Bool
  {
    guard !alreadyFound else {
      unsupported("a trait method written twice in one impl", at: method.nameSpan)
      return false
    }
    if let generic = method.generics.first {
      unsupported("generic methods", at: generic.span)
      return false
    }
    if let owner = inherentOwner, methods[owner]?[method.name] != nil {
      unsupported("an inherent method with the same name as a trait method", at: method.nameSpan)
      return false
    }
    return true
  }
}
