/// `use` declarations naming the file's own items, `pub use` re-exports among them.
extension ModuleResolver {
  /// Which `use` declarations one pass over the modules imports.
  enum ImportPass {
    /// `pub use` (and `pub(super) use`): done first, innermost modules first, so that a path
    /// through a re-export finds it whatever the order the modules are written in.
    case reexports
    /// Plain `use`, and every `use std::…`.
    case plain
  }

  /// Brings each `use` path's item into its module; library paths stay for the checker
  /// (a module's are moved to the file's root, with their names noted for that module).
  mutating func importUses(_ items: [Item], visibilities: [Visibility]?, in module: Int, pass: ImportPass) {
    if pass == .reexports { importUsesOfChildren(items, in: module, pass: pass) }
    scope = module
    for (offset, item) in items.enumerated() {
      guard case .use(let decl) = item else { continue }
      let visibility = visibilities?[offset] ?? .private
      guard (visibility == .private) == (pass == .plain) else { continue }
      for path in decl.paths {
        guard let first = path.first else { continue }
        let alias = decl.renames[path]
        if ["std", "core", "alloc"].contains(first) {
          if let last = path.last, last != "*" {
            let name = alias ?? (last == "self" ? path.dropLast().last ?? last : last)
            modules[module].standardImports.insert(name)
            allStandardImports.insert(name)
            if let alias {
              // A trait's bounds, impls and objects are named by the trait's own name.
              guard !Parser.standardTraits.contains(last) else {
                diagnostics.append(.unsupported("renamed imports of traits", at: decl.span))
                continue
              }
              modules[module].standardAliases[alias] = ["std"] + path.dropFirst()
            }
          }
          if module != 0 || alias != nil {
            var hoisted = UseDecl(paths: [path], span: decl.span)
            hoisted.renames = decl.renames.filter { $0.key == path }
            hoistedUses.append(hoisted)
          }
          continue
        }
        importPath(path, alias: alias, span: decl.span, visibility: visibility, in: module)
      }
    }
    if pass == .plain { importUsesOfChildren(items, in: module, pass: pass) }
  }

  private mutating func importUsesOfChildren(_ items: [Item], in module: Int, pass: ImportPass) {
    for item in items {
      if case .module(let decl) = item, case .module(let child) = modules[module].entries[decl.name]?.kind {
        importUses(decl.items, visibilities: decl.itemVisibilities, in: child, pass: pass)
      }
    }
  }

  /// An item `module` re-exports and `scope` may name through it, or nil (E0603 reported when
  /// the `use` is private to `module`).
  mutating func reexport(_ name: String, of module: Int, at span: SourceSpan) -> Entry? {
    guard let found = modules[module].imports[name] else { return nil }
    let visibility = modules[module].importVisibilities[name] ?? .private
    if !isVisible(visibility, declaredIn: module, from: scope) {
      privateItem("\(Self.kindName(found)) import", name, at: span)
    }
    return found
  }

  private mutating func importAll(of target: Int, into module: Int) {
    // `use super::*;` in a child also brings in what its parent's `use std::…` names.
    if isWithin(module, target) { modules[module].standardImports.formUnion(modules[target].standardImports) }
    for (name, found) in modules[target].entries
    where isVisible(found.visibility, declaredIn: found.module, from: module)
      && modules[module].entries[name] == nil
    {
      modules[module].imports[name] = found
    }
    // `use a::*` also brings in what `a` re-exports.
    for (name, found) in modules[target].imports
    where target != module
      && isVisible(modules[target].importVisibilities[name] ?? .private, declaredIn: target, from: module)
      && modules[module].entries[name] == nil && modules[module].imports[name] == nil
    {
      modules[module].imports[name] = found
    }
  }

  private mutating func importPath(
    _ path: [String], alias: String? = nil, span: SourceSpan, visibility: Visibility, in module: Int
  ) {
    let isGlob = path.last == "*"
    let written = isGlob ? Array(path.dropLast()) : path
    scope = module
    // `use super::*;`, `use crate::*;`: every item of that module.
    if isGlob, !written.isEmpty, written.allSatisfy({ ["crate", "super", "self"].contains($0) }) {
      var target = module
      for segment in written {
        if segment == "crate" { target = 0 }
        if segment == "super" { target = modules[target].parent ?? 0 }
      }
      importAll(of: target, into: module)
      return
    }
    let reported = diagnostics.count
    guard let (entry, rest) = lookup(written, at: span.start, position: .use) else {
      // Not the file's own: the checker says what it makes of the path.
      if diagnostics.count == reported { hoistedUses.append(UseDecl(paths: [path], span: span)) }
      return
    }
    if isGlob, rest.isEmpty, case .module(let target) = entry.kind {
      importAll(of: target, into: module)
      return
    }
    guard rest.isEmpty, !isGlob, let last = written.last, last != "self" else {
      guard alias == nil else {
        diagnostics.append(.unsupported("renamed imports of an item inside a type", at: span))
        return
      }
      importVariants(of: entry, rest, isGlob: isGlob, span: span, in: module)
      return
    }
    if alias != nil, case .trait = entry.kind {
      diagnostics.append(.unsupported("renamed imports of traits", at: span))
      return
    }
    let name = alias ?? last
    modules[module].imports[name] = entry
    modules[module].importVisibilities[name] = visibility
  }

  /// A path starting with a name `use std::… as Name;` brought into the module it is written
  /// in, spelt out in full for the checker (`Map::new` → `std::collections::HashMap::new`).
  func standardAliasPath(_ segments: [String]) -> [String]? {
    guard let first = segments.first, let full = standardAliasInScope(first), entryInScope(first) == nil,
      !genericNames.contains(first), !(segments.count == 1 && localNames.contains(first))
    else { return nil }
    return full + segments.dropFirst()
  }

  /// `use Shape::*` and `use Color::Red`: at the root the checker imports an enum's variants;
  /// inside a module they are imports of that module, resolved here.
  private mutating func importVariants(
    of entry: Entry, _ rest: ArraySlice<String>, isGlob: Bool, span: SourceSpan, in module: Int
  ) {
    guard case .enumeration = entry.kind, rest.count == (isGlob ? 0 : 1) else {
      diagnostics.append(.unsupported("`use` of an item inside a type (`use Type::name`)", at: span))
      return
    }
    if module == 0 {
      hoistedUses.append(UseDecl(paths: [[entry.internalName] + rest + (isGlob ? ["*"] : [])], span: span))
      return
    }
    let variants = enumVariants[entry.internalName] ?? []
    let imported = isGlob ? variants : variants.filter { $0 == rest.first }
    guard !imported.isEmpty else {
      diagnostics.append(.unsupported("`use` of an item inside a type (`use Type::name`)", at: span))
      return
    }
    for variant in imported where modules[module].entries[variant] == nil {
      modules[module].imports[variant] = Entry(
        kind: .variant(enumeration: entry.internalName), name: variant, internalName: variant,
        module: entry.module, visibility: .public)
    }
  }
}
