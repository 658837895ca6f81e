/// What `Self::Item` or `T::Item` names for one type: the type an impl of the program's trait
/// wrote (`type Item = String;`, resolved with `Self` the implementing type), or the opaque
/// stand-in of a generic parameter or of a trait's own `Self`.
package struct AssociatedTypeBinding: Sendable {
  package var trait: String
  package var written: TypeExpr?
  package var opaque: TypeTerm?
}
