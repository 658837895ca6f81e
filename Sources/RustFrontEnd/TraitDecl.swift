/// `trait Summary { fn summarize_author(&self) -> String; fn summarize(&self) -> String { … } }`
package struct TraitDecl: Sendable {
  package var name: String
  package var nameSpan: SourceSpan
  /// Every method in declaration order; a required one has an empty body.
  package var methods: [FunctionDecl]
  /// The names of the methods declared with a body (the default implementations).
  package var provided: Set<String>
  package var span: SourceSpan
  /// `const SIDES: u32;` and `const NAME: &str = "shape";`, in declaration order.
  package var constants: [TraitConstant] = []
  /// `type Item;`, in declaration order: each impl names the type (`type Item = String;`).
  package var associatedTypes: [TraitAssociatedType] = []
}

/// An associated type a trait declares (`type Item;`, `type Food: Display;`), without a default.
package struct TraitAssociatedType: Sendable {
  package var name: String
  package var nameSpan: SourceSpan
  package var span: SourceSpan
  /// The traits each impl's type must implement, as written, and where.
  package var bounds: [String] = []
  package var boundSpans: [SourceSpan] = []
}

/// An associated constant a trait declares, with its default value when it has one.
package struct TraitConstant: Sendable {
  package var name: String
  package var nameSpan: SourceSpan
  package var type: TypeExpr
  package var value: Expr?
  package var span: SourceSpan
}
