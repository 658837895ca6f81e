/// What the checker knows of generic structs and enums: their declarations, the instances made
/// so far (each a type of its own, `Point<i32>`, with its own layout), and the methods of their
/// `impl<T>` blocks.
package struct GenericTypeState {
  /// The methods of one `impl<T, U> Point<T, U>` block: the impl's parameter written at each of
  /// the type's argument positions, and the impl's parameters with their bounds.
  package struct ImplParameters {
    package var argumentParameters: [String]
    package var generics: [GenericParameter]
    /// `Deref` for `impl<T> Deref for MyBox<T>`: its instances are named `<MyBox<i32> as Deref>::deref`.
    package var trait: String? = nil
    /// `Vec<T>` for `impl<T: Describe> Describe for Vec<T>`: a standard type's impl, whose
    /// instance's `Self` is this type with the instance's arguments.
    package var standardTarget: TypeExpr? = nil
  }

  package var structs: [String: StructDecl] = [:]
  package var enums: [String: EnumDecl] = [:]
  /// Every instance with known arguments, by name (the opaque `Point<T>` of a check-once body too).
  package var instances: [String: TypeInstance] = [:]
  /// Impl blocks of generic types, with their methods' signature indices, resolved once the
  /// types are declared.
  package var impls: [(block: ImplBlock, methods: [Int])] = []
  /// `impl<T: Display> Describe for Pair<T>`: the program's trait impls for its generic types,
  /// by type and trait, whose parameters' bounds an instance must meet to have the trait.
  package var traitImpls: [String: [String: ImplBlock]] = [:]
  /// Such impls for a standard type (`impl<T: Describe> Describe for Vec<T>`), with their
  /// methods' signature indices, resolved once the types are declared.
  package var standardImpls: [(block: ImplBlock, methods: [Int])] = []
  /// The methods of `impl<T> Point<T>` blocks, by type and method name.
  package var implMethods: [String: [String: Int]] = [:]
  /// Each such method's impl (one with no parameters for a generic method of a type that is
  /// not generic, `impl Greeter { fn describe<D: Display>(&self, d: D) }`).
  package var methodImpls: [Int: ImplParameters] = [:]
  /// The generic methods of types that are not generic, whose type parameters are made once
  /// every type is declared.
  package var plainOwnerMethods: [Int] = []
  /// Types with methods only in impls of one instance (`impl Point<f32>`), by method name.
  package var instanceOnlyMethods: [String: Set<String>] = [:]
  /// Instances made in the current body before their arguments were known (settled at its end),
  /// and the one made for each list of arguments, so a recursive type makes one.
  package var inferredInBody: [String] = []
  package var inferredByArguments: [String: String] = [:]
  package var inferredCount = 0
  /// `Counter::default()` calls of the current body: the instance and the call's path.
  package var defaults: [(instance: String, span: SourceSpan)] = []
  /// The `let` that first binds each instance still inferred, where rustc asks for annotations.
  package var bindingSpans: [String: SourceSpan] = [:]

  /// How many instances a program may make (a type that nests itself in ever larger
  /// arguments would make them without end; rustc stops it with its recursion limit).
  package static let maximumInstances = 1_000

  package init() {}

  package func parameters(of base: String) -> [GenericParameter]? {
    structs[base]?.generics ?? enums[base]?.generics
  }
}
