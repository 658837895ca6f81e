/// The user-defined types of one program, as the checker found them: what the layout
/// calculator, `Copy`/drop analysis and `{:?}` formatting need to know about each.
package struct TypeDeclarations: Sendable {
  package enum StructShape: Sendable, Equatable {
    /// `struct P { x: i32 }`
    case named
    /// `struct T(i32, u8);`
    case tuple
    /// `struct U;`
    case unit
  }

  package struct StructDeclaration: Sendable {
    package var name: String
    /// In declaration order (tuple structs name them `0`, `1`, …).
    package var fields: [(name: String, type: RustType)]
    package var shape: StructShape
    /// `#[repr(C)]`: fields stay in declaration order with C padding.
    package var isReprC: Bool
    /// Traits from `#[derive(...)]`: `Debug`, `Clone`, `Copy`, `PartialEq`, …
    package var derives: Set<String>

    package init(
      name: String, fields: [(name: String, type: RustType)], shape: StructShape = .named,
      isReprC: Bool = false, derives: Set<String> = []
    ) {
      self.name = name
      self.fields = fields
      self.shape = shape
      self.isReprC = isReprC
      self.derives = derives
    }
  }

  package struct EnumDeclaration: Sendable {
    package var name: String
    /// In declaration order; `discriminant` is the explicit `= value`, if any.
    package var variants: [(name: String, payload: [RustType], discriminant: Int128?)]
    /// Field names of struct-like variants (`C { x: i32 }`), by variant name.
    package var payloadFieldNames: [String: [String]]
    package var derives: Set<String>
    /// `#[repr(C)]`: a tag of at least 4 bytes and no niche optimisation.
    package var isReprC: Bool
    /// `#[repr(u8)]` and friends: the tag's exact integer type.
    package var reprInteger: RustType.IntegerKind?
    /// The `#[default]` unit variant a `#[derive(Default)]` makes.
    package var defaultVariant: String?

    package init(
      name: String, variants: [(name: String, payload: [RustType], discriminant: Int128?)],
      payloadFieldNames: [String: [String]] = [:], derives: Set<String> = [], isReprC: Bool = false,
      reprInteger: RustType.IntegerKind? = nil
    ) {
      self.name = name
      self.variants = variants
      self.payloadFieldNames = payloadFieldNames
      self.derives = derives
      self.isReprC = isReprC
      self.reprInteger = reprInteger
    }

    /// Each variant's discriminant: explicit values, otherwise one more than the previous
    /// variant's (the first is 0).
    package var discriminants: [Int128] {
      var result: [Int128] = []
      var next: Int128 = 0
      for variant in variants {
        let value = variant.discriminant ?? next
        result.append(value)
        next = value &+ 1
      }
      return result
    }
  }

  package var structs: [String: StructDeclaration] = [:]
  package var enums: [String: EnumDeclaration] = [:]
  /// Types with an `impl Drop`.
  package var dropImplementations: Set<String> = []
  /// Each instance of a generic type (`Wrapper<i32>`) and its type's name (`Wrapper`), which
  /// `{:?}` prints.
  package var instanceBases: [String: String] = [:]

  package init(
    structs: [StructDeclaration] = [], enums: [EnumDeclaration] = [], dropImplementations: Set<String> = []
  ) {
    for declaration in structs { self.structs[declaration.name] = declaration }
    for declaration in enums { self.enums[declaration.name] = declaration }
    self.dropImplementations = dropImplementations
  }

  package mutating func add(_ declaration: StructDeclaration) { structs[declaration.name] = declaration }
  package mutating func add(_ declaration: EnumDeclaration) { enums[declaration.name] = declaration }

  /// The derives of a user struct or enum (empty for unknown names).
  package func derives(of name: String) -> Set<String> {
    structs[name]?.derives ?? enums[name]?.derives ?? []
  }
}
