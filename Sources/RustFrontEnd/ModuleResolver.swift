/// Resolves a file's inline modules (`mod shapes { … }`), the `use` paths that name its own
/// items, and its `type` aliases, before the checker sees the program: the checker knows one
/// flat list of items.
///
/// A module's functions, constants and statics take their path as their name (`shapes::unit`,
/// what a backtrace calls them); its structs, enums and traits keep their own name (rustc names a
/// type by its shortest unique path), so two types of one name in different modules are refused.
/// Paths are resolved as rustc does from the module they are written in, with its privacy rules
/// (E0603); fields and methods keep their visibility and module for the checker (E0616, E0624,
/// E0451). An alias is replaced by what it stands for wherever a type is written.
package struct ModuleResolver {
  enum EntryKind {
    case function
    case constant
    case staticItem
    /// A tuple struct's field visibilities decide who may call its constructor.
    case structure(tupleFields: [Visibility])
    case enumeration
    case trait
    case module(Int)
    case alias(TypeAliasDecl)
    /// An enum's variant, brought into a module by `use Direction::*` or `use Direction::North`.
    case variant(enumeration: String)
  }

  struct Entry {
    var kind: EntryKind
    var name: String
    var internalName: String
    /// The module that declares the item.
    var module: Int
    var visibility: Visibility
  }

  struct Module {
    var path: [String]
    var parent: Int?
    /// A function body's items (`ModuleResolver+BodyItems`): names not found here are looked
    /// up in the parent.
    var isBlock = false
    var entries: [String: Entry] = [:]
    var imports: [String: Entry] = [:]
    /// Each import's own visibility: `pub use` re-exports it.
    var importVisibilities: [String: Visibility] = [:]
    /// Last segments of the `use std::…` paths written in this module.
    var standardImports: Set<String> = []
    /// `use std::collections::HashMap as Map;`: the path each such name stands for.
    var standardAliases: [String: [String]] = [:]
  }

  /// Where a path is written, for rustc's "cannot find" messages.
  enum Position {
    case value, function, structLiteral, type, prefix, pattern, use
  }

  let sourceLines: [[Unicode.Scalar]]
  var modules: [Module] = [Module(path: [], parent: nil)]
  var diagnostics: [Diagnostic] = []
  /// Every item name declared anywhere in the file.
  var itemNames: Set<String> = []
  var typeNames: [String: SourceSpan] = [:]
  /// Every `use std::…` name written in any module.
  var allStandardImports: Set<String> = []
  /// Methods of the file's traits: calling one needs the trait in scope where it is called.
  var traitMethods: [String: String] = [:]
  /// The traits the file declares, in any module (each keeps its own name, as types do).
  var traitNames: Set<String> = []
  /// Traits already reported out of scope (E0405): their method calls are not refused again.
  var missingTraitsReported: Set<String> = []
  /// Each enum's variants, by the enum's name.
  var enumVariants: [String: [String]] = [:]
  var hoistedUses: [UseDecl] = []
  /// The block module of each body that declares items, by where the body starts.
  var bodyModules: [SourceLocation: Int] = [:]
  var bodyModuleItems: [Int: [Item]] = [:]
  /// Where each item hoisted out of a nested block was written: its statement is emptied.
  var hoistedNestedStatements: Set<SourceLocation> = []
  /// Locals of the functions around the body's function being resolved (E0434).
  var outerLocals: Set<String> = []
  /// Generic parameters of the functions around it (E0401).
  var outerGenerics: Set<String> = []
  var expandingAliases: [String] = []

  // While one body is rewritten.
  var scope = 0
  var localNames: Set<String> = []
  var genericNames: Set<String> = []
  /// Traits the body's bounds and trait objects make callable without a `use`.
  var boundTraits: Set<String> = []

  init(source: String) {
    sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false).map {
      Array($0.unicodeScalars)
    }
  }

  /// The program with its modules and aliases resolved away, and what was wrong with them.
  package static func resolve(_ program: Program, source: String) -> (Program, [Diagnostic]) {
    let needed =
      program.items.contains {
        switch $0 {
        case .module, .typeAlias: true
        case .use(let decl): !decl.renames.isEmpty
        default: false
        }
      } || containsBodyItems(program.items)
    guard needed else { return (program, []) }
    var resolver = ModuleResolver(source: source)
    resolver.declare(program.items, visibilities: nil, in: 0)
    resolver.importUses(program.items, visibilities: nil, in: 0, pass: .reexports)
    resolver.importUses(program.items, visibilities: nil, in: 0, pass: .plain)
    resolver.importBodyUses()
    var items = resolver.flatten(program.items, in: 0)
    items.insert(contentsOf: resolver.hoistedUses.map(Item.use), at: 0)
    let sorted = resolver.diagnostics.enumerated().sorted {
      ($0.element.span.start, $0.offset) < ($1.element.span.start, $1.offset)
    }.map(\.element)
    return (Program(items: items, openRangeConsumers: program.openRangeConsumers), sorted)
  }

  // MARK: - Declarations

  mutating func declare(_ items: [Item], visibilities: [Visibility]?, in module: Int) {
    let path = modules[module].path
    func qualified(_ name: String) -> String { (path + [name]).joined(separator: "::") }
    for (offset, item) in items.enumerated() {
      let visibility = visibilities?[offset] ?? .private
      func add(_ kind: EntryKind, _ name: String, _ internalName: String) {
        itemNames.insert(name)
        modules[module].entries[name] = Entry(
          kind: kind, name: name, internalName: internalName, module: module, visibility: visibility)
      }
      switch item {
      case .function(let decl):
        add(.function, decl.name, qualified(decl.name))
        declareBodyItems(of: decl, named: path + [decl.name], in: module)
      case .global(let decl):
        add(decl.kind == .constant ? .constant : .staticItem, decl.name, qualified(decl.name))
      case .structure(let decl):
        noteTypeName(decl.name, at: decl.nameSpan, in: module)
        add(
          .structure(tupleFields: decl.shape == .tuple ? decl.fields.map(\.visibility) : []), decl.name,
          decl.name)
      case .enumeration(let decl):
        noteTypeName(decl.name, at: decl.nameSpan, in: module)
        enumVariants[decl.name] = decl.variants.map(\.name)
        add(.enumeration, decl.name, decl.name)
      case .trait(let decl):
        noteTypeName(decl.name, at: decl.nameSpan, in: module)
        traitNames.insert(decl.name)
        for method in decl.methods { traitMethods[method.name] = decl.name }
        add(.trait, decl.name, decl.name)
      case .typeAlias(let decl): add(.alias(decl), decl.name, decl.name)
      case .module(let decl):
        let child = modules.count
        modules.append(Module(path: path + [decl.name], parent: module))
        add(.module(child), decl.name, decl.name)
        declare(decl.items, visibilities: decl.itemVisibilities, in: child)
      case .implementation(let block):
        for method in block.methods {
          declareBodyItems(of: method, named: path + [block.typeName, method.name], in: module)
        }
      case .use: break
      }
    }
  }

  private mutating func noteTypeName(_ name: String, at span: SourceSpan, in module: Int) {
    if module != 0, Self.libraryTypeNames.contains(name) {
      diagnostics.append(.unsupported("module types named like a library type (`\(name)`)", at: span))
    } else if typeNames[name] != nil {
      diagnostics.append(.unsupported("two types of the same name in different modules", at: span))
    }
    typeNames[name] = span
  }

  /// The library's types a program names without `use` or through its own `use`: a module's
  /// type of one of these names would be taken for it outside the module.
  static let libraryTypeNames: Set<String> = [
    "Box", "Vec", "String", "Option", "Result", "Rc", "Weak", "RefCell", "Cell", "Ref", "RefMut", "HashMap",
    "HashSet", "Ordering", "Formatter", "Arc", "Mutex", "MutexGuard", "RwLock", "Duration", "Some", "None",
    "Ok", "Err",
    "Display", "Debug", "Error", "VecDeque", "BinaryHeap", "Reverse", "BTreeMap", "BTreeSet",
  ]

  /// Whether code in `scope` may name something declared in `module` with `visibility`.
  func isVisible(_ visibility: Visibility, declaredIn module: Int, from scope: Int) -> Bool {
    switch visibility {
    case .public: return true
    case .private: return isWithin(scope, module)
    case .parentModule: return isWithin(scope, modules[module].parent ?? 0)
    }
  }

  func isWithin(_ scope: Int, _ module: Int) -> Bool {
    var current: Int? = scope
    while let index = current {
      if index == module { return true }
      current = modules[index].parent
    }
    return false
  }
}
