/// Items written at the top of a function's body (`fn main() { fn helper() {} struct P; … }`).
///
/// rustc gives such a body an anonymous module: its items are visible anywhere in the body (above
/// their declaration too) and in the items beside them, nowhere else, and a name not found there
/// is looked up where the function is written. Here that module is a `Module` marked
/// `isBlock`, whose items are flattened with the file's, functions named by their path
/// (`main::helper`, what a backtrace calls them). A local of the enclosing function is not
/// visible in them (rustc's E0434).
extension ModuleResolver {
  /// The statements of a body, in it or in its nested blocks, that are items this resolver
  /// hoists out of it.
  static func hoistedItems(of body: Block) -> [Item] {
    bodyItems(of: body, parameters: []).map(\.item)
  }

  /// Items at a body's top that give it a block module (a `const` alone is collected as a global).
  static func isBlockModuleTrigger(_ item: Item) -> Bool {
    switch item {
    case .function, .structure, .enumeration, .implementation, .trait, .use: return true
    case .global, .module, .typeAlias: return false
    }
  }

  static func isHoisted(_ item: Item) -> Bool {
    switch item {
    case .function, .structure, .enumeration, .implementation, .trait, .use, .global: return true
    case .module, .typeAlias: return false
    }
  }

  /// Whether any function or method of these items has items in its body.
  static func containsBodyItems(_ items: [Item]) -> Bool {
    items.contains { item in
      switch item {
      case .function(let decl): !hoistedItems(of: decl.body).isEmpty
      case .implementation(let block): block.methods.contains { !hoistedItems(of: $0.body).isEmpty }
      case .module(let decl): containsBodyItems(decl.items)
      default: false
      }
    }
  }

  /// Declares the items of a function's body in a block module of their own, named after the
  /// function, whose parent is the module the function is written in.
  mutating func declareBodyItems(of decl: FunctionDecl, named path: [String], in module: Int) {
    var entries = Self.bodyItems(of: decl.body, parameters: [])
    if entries.contains(where: \.isNested), !nestedItemsFitBodyModule(entries, body: decl.body.span) {
      entries.removeAll { $0.isNested }
      if !entries.contains(where: { Self.isBlockModuleTrigger($0.item) }) { entries = [] }
    }
    for entry in entries where entry.isNested { hoistedNestedStatements.insert(entry.statementStart) }
    let items = entries.map(\.item)
    guard !items.isEmpty else { return }
    let block = modules.count
    modules.append(Module(path: path, parent: module, isBlock: true))
    bodyModules[decl.body.span.start] = block
    bodyModuleItems[block] = items
    declare(items, visibilities: nil, in: block)
  }

  /// Brings in the `use` declarations of every body's block module.
  mutating func importBodyUses() {
    for (block, items) in bodyModuleItems.sorted(by: { $0.key < $1.key }) {
      importUses(items, visibilities: nil, in: block, pass: .reexports)
      importUses(items, visibilities: nil, in: block, pass: .plain)
    }
  }

  /// The module a body's paths are resolved in: its block module, or where it is written.
  func bodyScope(of decl: FunctionDecl, outside module: Int) -> Int {
    bodyModules[decl.body.span.start] ?? module
  }

  /// The body without the items hoisted out of it.
  static func withoutHoistedItems(_ body: Block) -> Block {
    var result = body
    result.statements = body.statements.map { statement in
      guard case .item(let item) = statement.kind, isHoisted(item) else { return statement }
      var copy = statement
      copy.kind = .empty
      return copy
    }
    return result
  }

  /// The items of a function's body, flattened with the enclosing function's locals out of
  /// reach: its parameters and the `let`s above each item (E0434), and its generic parameters
  /// (E0401).
  mutating func flattenBodyItems(of decl: FunctionDecl, generics: Set<String>) -> [Item] {
    guard let block = bodyModules[decl.body.span.start] else { return [] }
    let enclosing = (outerLocals, outerGenerics, scope, localNames, genericNames, boundTraits)
    defer { (outerLocals, outerGenerics, scope, localNames, genericNames, boundTraits) = enclosing }
    outerGenerics.formUnion(generics)
    var parameters = enclosing.0
    for parameter in decl.parameters { Self.bindings(of: parameter.pattern, into: &parameters) }
    var result: [Item] = []
    for entry in Self.bodyItems(of: decl.body, parameters: parameters)
    where !entry.isNested || hoistedNestedStatements.contains(entry.statementStart) {
      outerLocals = entry.visibleLocals
      result += flatten([entry.item], in: block)
    }
    return result
  }

  /// The names a pattern binds.
  static func bindings(of pattern: Pattern, into names: inout Set<String>) {
    switch pattern.kind {
    case .identifier(let name, _, _, let subpattern):
      names.insert(name)
      if let subpattern { bindings(of: subpattern, into: &names) }
    case .tuple(let items), .tupleStruct(_, let items), .or(let items), .slice(let items):
      for item in items { bindings(of: item, into: &names) }
    case .structure(_, let fields, _):
      for field in fields { bindings(of: field.pattern, into: &names) }
    case .reference(_, let inner): bindings(of: inner, into: &names)
    case .wildcard, .rest, .literal, .range, .path: break
    }
  }

  /// The nearest module that is not a body's: where `self::` and `super::` start, and whose
  /// path privacy is judged by.
  func enclosingModule(_ module: Int) -> Int {
    var current = module
    while modules[current].isBlock, let parent = modules[current].parent { current = parent }
    return current
  }

  /// The item a bare name means from `scope`: the body's own items first, then each enclosing
  /// body's, then the module's.
  func entryInScope(_ name: String) -> Entry? {
    var current = scope
    while true {
      if let found = modules[current].entries[name] ?? modules[current].imports[name] { return found }
      guard modules[current].isBlock, let parent = modules[current].parent else { return nil }
      current = parent
    }
  }

  /// Whether a `use std::…` of this name is in scope here, in a body or around it.
  func standardImportInScope(_ name: String) -> Bool {
    var current = scope
    while true {
      if modules[current].standardImports.contains(name) { return true }
      guard modules[current].isBlock, let parent = modules[current].parent else { return false }
      current = parent
    }
  }

  /// The path a `use std::… as Name;` in scope here gives a name.
  func standardAliasInScope(_ name: String) -> [String]? {
    var current = scope
    while true {
      if let full = modules[current].standardAliases[name] { return full }
      guard modules[current].isBlock, let parent = modules[current].parent else { return nil }
      current = parent
    }
  }

  /// rustc's E0401: a body's item naming a generic parameter of the function around it.
  mutating func outerGenericParameter(at span: SourceSpan) {
    var diagnostic = Diagnostic("can't use generic parameters from outer item", at: span)
    diagnostic.code = "E0401"
    diagnostics.append(diagnostic)
  }

  /// rustc's E0434: a body's function naming a local of the function around it.
  mutating func capturedDynamicEnvironment(_ name: String, at span: SourceSpan) {
    var diagnostic = Diagnostic("can't capture dynamic environment in a fn item", at: span)
    diagnostic.code = "E0434"
    diagnostics.append(diagnostic)
  }
}
