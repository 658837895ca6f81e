import MemoryModel
import RustFrontEnd

/// What the interpreter needs to know about one type, computed once: layout, `Copy`,
/// drop glue, and the types and offsets of its parts.
package struct RuntimeType: Sendable {
  package enum Shape: Sendable, Equatable {
    case scalar
    case string
    case vec
    case box
    case rc
    case reference
    /// `&str` / `&[T]` (and `Box<str>`): address and length.
    case fatPointer
    case structure
    case tuple
    case array
    case option
    case enumeration
    /// `str` / `[T]` and iterators: no value of their own in memory.
    case unsized
  }

  package var term: TypeTerm
  package var name: String
  package var shape: Shape
  package var size: Int
  package var alignment: Int
  package var isCopy: Bool
  package var needsDrop: Bool
  /// Struct fields / tuple elements (declaration order), or the one element type of arrays,
  /// `Vec`s, slices, boxes, `Rc`s, references and `Option`s.
  package var parts: [Int] = []
  package var partOffsets: [Int] = []
  /// Enums and `Option`: each variant's name, payload types and payload offsets.
  package var variantNames: [String] = []
  package var variantPayloads: [[Int]] = []
  package var variantOffsets: [[Int]] = []
  package var integerKind: RustType.IntegerKind?
  /// An integer type's range, read once here rather than worked out for every operation
  /// (nil for `u128`, whose values above `Int128.max` are bit patterns, and for non-integers).
  package var integerBounds: (minimum: Int128, maximum: Int128)?
  /// Whether this is `u128` (its values compare as unsigned bit patterns).
  package var isWideUnsigned = false
  /// The user's `Drop::drop`, for structs and enums that implement it.
  package var dropFunction: Int?
  /// `HashMap` / `HashSet`: the type of one bucket, `(K, V)` or `K`.
  package var hashEntry: Int?
  /// `BTreeMap` / `BTreeSet`: the types of its leaf and internal nodes (`hashEntry` is set too).
  package var treeNodes: TreeNodeTypes?
  /// `Value.integer`'s type name, and struct / enum names for `Value.structure` / `.variant`.
  package var valueName: String

  package var element: Int { parts.first ?? 0 }
}

/// Interns types: every `TypeTerm` the compiled program uses gets a number.
package final class RuntimeTypes: @unchecked Sendable {
  @exclusivity(unchecked) package private(set) var all: [RuntimeType] = []
  private var index: [TypeTerm: Int] = [:]
  package let layout: LayoutCalculator
  package let dropFunctions: [String: Int]
  package let declarations: TypeDeclarations

  package init(declarations: TypeDeclarations, dropFunctions: [String: Int]) {
    self.declarations = declarations
    self.layout = LayoutCalculator(declarations: declarations)
    self.dropFunctions = dropFunctions
  }

  package func needsDrop(_ id: Int) -> Bool { all[id].needsDrop }

  package subscript(id: Int) -> RuntimeType {
    _read { yield all[id] }
  }

  /// The id of `term` (its variables already resolved; any left over count as `()`).
  package func id(_ term: TypeTerm) -> Int {
    if let existing = index[term] { return existing }
    // Reserve the number first: `struct Node { next: Option<Box<Node>> }` refers to itself.
    let id = all.count
    all.append(
      RuntimeType(
        term: term, name: term.name, shape: .scalar, size: 0, alignment: 1, isCopy: false, needsDrop: false,
        valueName: term.name))
    index[term] = id
    all[id] = makeEntry(term)
    return id
  }

  package var unit: Int { id(.unit) }
  package var usize: Int { id(.usize) }

  private func makeEntry(_ term: TypeTerm) -> RuntimeType {
    let rust = term.rustType ?? .unit
    let typeLayout: TypeLayout
    switch term {
    case .iterator, .variable: typeLayout = TypeLayout(size: 0, alignment: 1)
    default: typeLayout = layout.layout(of: rust)
    }
    var entry = RuntimeType(
      term: term, name: term.name, shape: .scalar, size: typeLayout.size, alignment: typeLayout.alignment,
      isCopy: term.rustType.map { layout.isCopy($0) } ?? false,
      needsDrop: term.rustType.map { layout.needsDrop($0) } ?? false, valueName: term.name)
    switch term {
    case .integer(let kind):
      entry.integerKind = kind
      entry.isWideUnsigned = kind == .u128
      if kind != .u128 { entry.integerBounds = (kind.minimum, kind.maximum) }
      entry.valueName = kind.rawValue
    case .float(let kind):
      entry.valueName = kind.rawValue
    case .string:
      entry.shape = .string
      entry.parts = [id(.u8)]
    case .vec(let element):
      entry.shape = .vec
      entry.parts = [id(element)]
    case .box(let inner):
      entry.shape = isUnsized(inner) ? .fatPointer : .box
      entry.parts = [id(inner)]
    case .rc(let inner), .arc(let inner):
      entry.shape = .rc
      entry.parts = [id(inner)]
    case .library(let wrapper, let inner):
      fillLibraryEntry(&entry, wrapper: wrapper, inner: inner, offsets: typeLayout.fieldOffsets)
    case .reference(let inner, _):
      entry.shape = isUnsized(inner) ? .fatPointer : .reference
      entry.parts = [id(inner)]
    case .array(let element, let count):
      entry.shape = .array
      let elementID = id(element)
      entry.parts = [elementID]
      entry.partOffsets = [all[elementID].size, count]
    case .slice(let element):
      entry.shape = .unsized
      entry.parts = [id(element)]
    case .str, .iterator, .variable, .dynTrait:
      entry.shape = .unsized
    case .tuple(let items):
      entry.shape = .tuple
      entry.parts = items.map { id($0) }
      entry.partOffsets = typeLayout.fieldOffsets
    case .hashMap(let key, let value, let set, true):
      // `root: Option<Root>` (the node pointer, null for none, and the height), then `length`.
      entry.shape = .tuple
      entry.parts = [id(.usize), id(.usize), id(.usize)]
      entry.partOffsets = typeLayout.fieldOffsets
      entry.valueName = set ? "BTreeSet<\(key.name)>" : "BTreeMap<\(key.name), \(value.name)>"
      entry.hashEntry = set ? id(key) : id(.tuple([key, value]))
      entry.treeNodes = treeNodeTypes(key: key, value: set ? .unit : value)
    case .hashMap(let key, let value, let set, false):
      // The six words of hashbrown's table handle: ctrl, bucket_mask, growth_left, items, k0, k1.
      entry.shape = .tuple
      entry.parts = [id(.usize), id(.usize), id(.usize), id(.usize), id(.integer(.u64)), id(.integer(.u64))]
      entry.partOffsets = typeLayout.fieldOffsets
      entry.valueName = set ? "HashSet<\(key.name)>" : "HashMap<\(key.name), \(value.name)>"
      entry.hashEntry = set ? id(key) : id(.tuple([key, value]))
    case .range(let bound, _):
      entry.shape = .tuple
      entry.parts = [id(bound), id(bound)]
      entry.partOffsets = Array(typeLayout.fieldOffsets.prefix(2))
    case .structure(let name):
      entry.shape = .structure
      entry.valueName = name
      entry.parts = declarations.structs[name]?.fields.map { id(typeTerm($0.type)) } ?? []
      entry.partOffsets = typeLayout.fieldOffsets
      entry.dropFunction = dropFunctions[name]
    case .option(let inner):
      entry.shape = .option
      entry.valueName = "Option"
      let innerID = id(inner)
      entry.parts = [innerID]
      entry.variantNames = ["None", "Some"]
      entry.variantPayloads = [[], [innerID]]
      entry.variantOffsets =
        typeLayout.variantFieldOffsets.count == 2 ? typeLayout.variantFieldOffsets : [[], [0]]
    case .result(let value, let error):
      entry.shape = .enumeration
      entry.valueName = "Result"
      let payloads = [[id(value)], [id(error)]]
      entry.variantNames = ["Ok", "Err"]
      entry.variantPayloads = payloads
      entry.variantOffsets =
        typeLayout.variantFieldOffsets.count == 2 ? typeLayout.variantFieldOffsets : [[0], [0]]
    case .enumeration(let name):
      entry.shape = .enumeration
      entry.valueName = name
      let variants = declarations.enums[name]?.variants ?? []
      entry.variantNames = variants.map(\.name)
      entry.variantPayloads = variants.map { $0.payload.map { id(typeTerm($0)) } }
      entry.variantOffsets =
        typeLayout.variantFieldOffsets.count == variants.count
        ? typeLayout.variantFieldOffsets : variants.map { $0.payload.map { _ in 0 } }
      entry.dropFunction = dropFunctions[name]
    case .unit, .bool, .char, .never:
      break
    }
    return entry
  }

  /// `Cell` and `RefCell` are structs of their parts (`RefCell`: the borrow flag, then the
  /// value); the guards are structs of two pointers (the value, the flag); `Weak` is one word.
  private func fillLibraryEntry(
    _ entry: inout RuntimeType, wrapper: LibraryWrapper, inner: TypeTerm, offsets: [Int]
  ) {
    entry.valueName = wrapper.rawValue
    switch wrapper {
    case .cell:
      entry.shape = .structure
      entry.parts = [id(inner)]
      entry.partOffsets = [0]
    case .refCell:
      entry.shape = .structure
      entry.parts = [id(.integer(.isize)), id(inner)]
      entry.partOffsets = offsets
    case .ref, .refMut:
      entry.shape = .structure
      entry.parts = [
        id(.reference(inner, mutable: wrapper == .refMut)), id(.reference(.integer(.isize), mutable: false)),
      ]
      entry.partOffsets = offsets
    case .weak:
      entry.parts = [id(inner)]
    case .functionPointer:
      // One word, the code's address: nothing to point into that the model draws.
      break
    case .sender, .receiver:
      // The flavour word and the pointer to the channel's shared block (see `channelBlockTerm`).
      entry.shape = .structure
      entry.parts = [id(.usize), id(.reference(Self.channelBlockTerm(inner), mutable: false))]
      entry.partOffsets = offsets
    case .sliceIter, .sliceIterMut, .chars, .charIndices, .vecIntoIter:
      // The pointers into the slice, text or buffer walked (see `LibraryWrapper.fieldNames`).
      let element = wrapper == .chars || wrapper == .charIndices ? TypeTerm.u8 : inner
      let pointer = id(.reference(element, mutable: wrapper == .sliceIterMut))
      entry.shape = .structure
      switch wrapper {
      case .charIndices: entry.parts = [id(.usize), pointer, pointer]
      case .vecIntoIter: entry.parts = [pointer, id(.usize), pointer, pointer]
      default: entry.parts = [pointer, pointer]
      }
      entry.partOffsets = offsets
    case .drain:
      entry.shape = .structure
      let pointer = id(.reference(inner, mutable: false))
      entry.parts = [pointer, pointer, id(.usize), id(.usize), id(.reference(.vec(inner), mutable: true))]
      entry.partOffsets = offsets
    case .flatten:
      entry.shape = .structure
      let front = id(.option(TypeTerm.flattenFront(outer: inner) ?? .unit))
      entry.parts = [id(inner), front, front]
      entry.partOffsets = offsets
    case .rev, .copied, .cloned, .rangeFrom, .repeatValue:
      entry.shape = .structure
      entry.parts = [id(inner)]
      entry.partOffsets = offsets
    case .chain:
      entry.shape = .structure
      if case .tuple(let halves) = inner { entry.parts = halves.map { id(.option($0)) } }
      entry.partOffsets = offsets
    case .vecDeque:
      // `cap`, `ptr` (shown as a pointer to the element type), `head`, `len`.
      entry.shape = .structure
      entry.parts = [id(.usize), id(.reference(inner, mutable: false)), id(.usize), id(.usize)]
      entry.partOffsets = offsets
    case .binaryHeap:
      // `data: Vec<T>`, at offset 0.
      entry.shape = .structure
      entry.parts = [id(.vec(inner))]
      entry.partOffsets = [0]
    case .reverse:
      entry.shape = .structure
      entry.parts = [id(inner)]
      entry.partOffsets = [0]
    case .filter, .map:
      // The iterator and the closure (`Map`'s item, named last in `inner`, is no field).
      entry.shape = .structure
      if case .tuple(let parts) = inner { entry.parts = parts.prefix(2).map { id($0) } }
      entry.partOffsets = offsets
    case .zip:
      entry.shape = .structure
      if case .tuple(let halves) = inner {
        entry.parts = halves.map { id($0) } + Array(repeating: id(.usize), count: 3)
      }
      entry.partOffsets = offsets
    case .skip, .take, .enumerate:
      entry.shape = .structure
      entry.parts = [id(inner), id(.usize)]
      entry.partOffsets = offsets
    case .optionIter:
      entry.shape = .structure
      entry.parts = [id(.option(.reference(inner, mutable: false)))]
      entry.partOffsets = offsets
    case .optionIntoIter:
      entry.shape = .structure
      entry.parts = [id(.option(inner))]
      entry.partOffsets = offsets
    case .split, .splitWhitespace, .lines:
      // `SplitInternal`'s fields (`LibraryWrapper.splitterFields`).
      entry.shape = .structure
      entry.parts = (wrapper.splitterFields(inner: inner.rustType ?? .unit) ?? []).map { id(typeTerm($0)) }
      entry.partOffsets = offsets
    case .peekable:
      entry.shape = .structure
      let item = TypeTerm.libraryIteratorItem(wrapper, inner: inner) ?? .unit
      entry.parts = [id(inner), id(.option(.option(item)))]
      entry.partOffsets = offsets
    }
  }

  /// memtutor's model of a channel's shared block: the live senders, the live receivers and
  /// the queue of values sent and not yet received.
  package static func channelBlockTerm(_ inner: TypeTerm) -> TypeTerm {
    .tuple([.usize, .usize, .vec(inner)])
  }

  private func isUnsized(_ term: TypeTerm) -> Bool {
    switch term {
    case .str, .slice, .dynTrait: return true
    default: return false
    }
  }

  /// The checker's term for a declaration's `RustType`.
  package func typeTerm(_ type: RustType) -> TypeTerm {
    switch type {
    case .unit: return .unit
    case .bool: return .bool
    case .char: return .char
    case .never: return .never
    case .integer(let kind): return .integer(kind)
    case .float(let kind): return .float(kind)
    case .str: return .str
    case .string: return .string
    case .vec(let t): return .vec(typeTerm(t))
    case .box(let t): return .box(typeTerm(t))
    case .rc(let t): return .rc(typeTerm(t))
    case .library(let wrapper, let t): return .library(wrapper, typeTerm(t))
    case .arc(let t): return .arc(typeTerm(t))
    case .hashMap(let key, let value, let set, let ordered):
      return .hashMap(key: typeTerm(key), value: typeTerm(value), set: set, ordered: ordered)
    case .option(let t): return .option(typeTerm(t))
    case .result(let value, let error): return .result(typeTerm(value), typeTerm(error))
    case .array(let t, let n): return .array(typeTerm(t), n)
    case .slice(let t): return .slice(typeTerm(t))
    case .tuple(let items): return items.isEmpty ? .unit : .tuple(items.map { typeTerm($0) })
    case .reference(let t, let mutable): return .reference(typeTerm(t), mutable: mutable)
    case .range(let t, let inclusive): return .range(typeTerm(t), inclusive: inclusive)
    case .structure(let name): return .structure(name)
    case .enumeration(let name): return .enumeration(name)
    case .dynTrait(let trait): return .dynTrait(trait)
    }
  }
}
