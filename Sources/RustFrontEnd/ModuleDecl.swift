// Modules, visibility and type aliases in the syntax tree.

/// `pub`, `pub(crate)` (both `.public` in a one-file crate), `pub(super)`, or nothing.
package enum Visibility: Sendable, Equatable {
  case `private`
  case `public`
  /// `pub(super)`: visible in the parent module (and everything inside it).
  case parentModule
}

/// `mod name { items }` in the same file.
package struct ModuleDecl: Sendable {
  package var name: String
  package var nameSpan: SourceSpan
  package var items: [Item]
  /// Each item's own visibility, in the order of `items`.
  package var itemVisibilities: [Visibility]
  package var span: SourceSpan
}

/// `type Name<T> = Target;`
package struct TypeAliasDecl: Sendable {
  package var name: String
  package var nameSpan: SourceSpan
  package var parameters: [String]
  package var target: TypeExpr
  package var span: SourceSpan
}
