extension RustType {
  /// The type as Rust spells it: `i32`, `Vec<String>`, `&mut [u8]`, `(u8, i32)`, `[u8; 4]`.
  package var name: String {
    switch self {
    case .unit: "()"
    case .bool: "bool"
    case .char: "char"
    case .never: "!"
    case .integer(let kind): kind.rawValue
    case .float(let kind): kind.rawValue
    case .str: "str"
    case .string: "String"
    case .vec(let element): "Vec<\(element.name)>"
    case .box(let inner): "Box<\(inner.name)>"
    case .rc(let inner): "Rc<\(inner.name)>"
    case .library(let wrapper, let inner): wrapper.name(inner: inner.name)
    case .arc(let inner): "Arc<\(inner.name)>"
    case .hashMap(let key, let value, let set, let ordered):
      set
        ? "\(ordered ? "BTreeSet" : "HashSet")<\(key.name)>"
        : "\(ordered ? "BTreeMap" : "HashMap")<\(key.name), \(value.name)>"
    case .option(let inner): "Option<\(inner.name)>"
    case .result(let value, let error): "Result<\(value.name), \(error.name)>"
    case .array(let element, let count): "[\(element.name); \(count)]"
    case .slice(let element): "[\(element.name)]"
    case .tuple(let elements):
      elements.count == 1 ? "(\(elements[0].name),)" : "(\(elements.map(\.name).joined(separator: ", ")))"
    case .reference(let inner, let mutable): (mutable ? "&mut " : "&") + inner.name
    case .range(let bound, let inclusive):
      inclusive ? "RangeInclusive<\(bound.name)>" : "Range<\(bound.name)>"
    case .structure(let name), .enumeration(let name): name
    case .dynTrait(let trait): "dyn \(trait)"
    }
  }
}
