/// `trait Summary { fn summarize_author(&self) -> String; fn summarize(&self) -> String { … } }`
package struct TraitDecl: Sendable {
  package var name: String
  package var nameSpan: SourceSpan
  /// Every method in declaration order; a required one has an empty body.
  package var methods: [FunctionDecl]
  /// The names of the methods declared with a body (the default implementations).
  package var provided: Set<String>
  package var span: SourceSpan
}
