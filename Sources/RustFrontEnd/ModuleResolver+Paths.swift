/// Following a written path through the modules, from the module it is written in.
extension ModuleResolver {
  /// The item a path starts with (after `crate::`, `super::`, `self::` and the modules it walks
  /// through) and the segments after it; nil for a path that names no item of the file (a local,
  /// a library name), or one already reported.
  mutating func lookup(_ segments: [String], at start: SourceLocation, position: Position)
    -> (entry: Entry, rest: ArraySlice<String>)?
  {
    guard let first = segments.first else { return nil }
    var module = scope
    // `self::` and `super::` in a body start from the module the function is written in.
    if ["super", "self"].contains(first) { module = enclosingModule(scope) }
    var index = 0
    var rooted = false
    while index < segments.count - 1, ["crate", "super", "self"].contains(segments[index]) {
      switch segments[index] {
      case "crate": module = 0
      case "super":
        guard let parent = modules[module].parent else {
          var diagnostic = Diagnostic(
            "too many leading `super` keywords", at: segmentSpan(segments, index, from: start))
          diagnostic.code = "E0433"
          diagnostics.append(diagnostic)
          return nil
        }
        module = parent
      default: break
      }
      rooted = true
      index += 1
    }
    let name = segments[index]
    // A local of the same name hides the item.
    if segments.count == 1, localNames.contains(name) { return nil }
    var entry: Entry
    if let found = rooted
      ? modules[module].entries[name] ?? modules[module].imports[name] : entryInScope(name)
    {
      entry = found
    } else if rooted {
      cannotFind(name, inModule: module, segments, index, from: start, position: position)
      return nil
    } else {
      if genericNames.contains(name) || name == "Self" { return nil }
      if segments.count == 1, position == .type, outerGenerics.contains(name) {
        outerGenericParameter(at: segmentSpan(segments, index, from: start))
        return nil
      }
      if segments.count == 1, position == .value || position == .function, outerLocals.contains(name) {
        capturedDynamicEnvironment(name, at: segmentSpan(segments, index, from: start))
      } else if itemNames.contains(name) {
        cannotFind(name, inModule: nil, segments, index, from: start, position: position)
      } else if allStandardImports.contains(name), !standardImportInScope(name) {
        diagnostics.append(
          .unsupported(
            "a name brought in by `use` in another module", at: segmentSpan(segments, index, from: start)))
      }
      _ = first
      return nil
    }
    index += 1
    while case .module(let child) = entry.kind, index < segments.count {
      let next = segments[index]
      let span = segmentSpan(segments, index, from: start)
      if let found = modules[child].entries[next] {
        if !isVisible(found.visibility, declaredIn: found.module, from: scope) {
          privateItem(Self.kindName(found), found.name, at: span)
        }
        entry = found
      } else if let found = reexport(next, of: child, at: span) {
        entry = found
      } else {
        cannotFind(next, inModule: child, segments, index, from: start, position: position)
        return nil
      }
      index += 1
    }
    return (entry, segments[index...])
  }

  /// A path in an expression, pattern or type, as the checker should see it; nil leaves it.
  mutating func resolvedPath(_ segments: [String], at start: SourceLocation, position: Position) -> [String]?
  {
    if let spelt = standardAliasPath(segments) { return spelt }
    guard let (entry, rest) = lookup(segments, at: start, position: position) else { return nil }
    switch entry.kind {
    case .module:
      return nil
    case .function, .constant, .staticItem:
      return rest.isEmpty ? [entry.internalName] : nil
    case .structure(let tupleFields):
      if rest.isEmpty, position == .value || position == .function,
        tupleFields.contains(where: { !isVisible($0, declaredIn: entry.module, from: scope) })
      {
        privateItem(
          "tuple struct constructor", entry.name,
          at: segmentSpan(segments, segments.count - 1, from: start))
      }
      return [entry.internalName] + rest
    case .enumeration, .trait:
      return [entry.internalName] + rest
    case .variant(let enumeration):
      return [enumeration, entry.internalName] + rest
    case .alias:
      diagnostics.append(
        .unsupported(
          "type aliases used in expressions or patterns (`Alias::new()`)",
          at: segmentSpan(segments, segments.count - rest.count - 1, from: start)))
      return nil
    }
  }

  static func kindName(_ entry: Entry) -> String {
    switch entry.kind {
    case .function: "function"
    case .constant: "constant"
    case .staticItem: "static"
    case .structure: "struct"
    case .enumeration: "enum"
    case .trait: "trait"
    case .module: "module"
    case .alias: "type alias"
    case .variant: "variant"
    }
  }

  mutating func privateItem(_ kind: String, _ name: String, at span: SourceSpan) {
    var diagnostic = Diagnostic("\(kind) `\(name)` is private", at: span)
    diagnostic.code = "E0603"
    diagnostics.append(diagnostic)
  }

  /// rustc's resolution errors for a name that is not in scope where it is written.
  mutating func cannotFind(
    _ name: String, inModule module: Int?, _ segments: [String], _ index: Int, from start: SourceLocation,
    position: Position
  ) {
    let span = segmentSpan(segments, index, from: start)
    let isLast = index == segments.count - 1
    let place = module.map { "module `\(modules[$0].path.last ?? "crate")`" } ?? "this scope"
    let (message, code): (String, String)
    switch position {
    case _ where !isLast:
      guard typeNames[name] != nil else {
        diagnostics.append(.unsupported("paths to names that are not in scope here", at: span))
        return
      }
      (message, code) = ("cannot find type `\(name)` in \(place)", "E0433")
    case .function: (message, code) = ("cannot find function `\(name)` in \(place)", "E0425")
    case .value: (message, code) = ("cannot find value `\(name)` in \(place)", "E0425")
    case .type: (message, code) = ("cannot find type `\(name)` in \(place)", "E0425")
    case .structLiteral:
      (message, code) = ("cannot find struct, variant or union type `\(name)` in \(place)", "E0422")
    case .pattern, .prefix, .use:
      diagnostics.append(.unsupported("paths to names that are not in scope here", at: span))
      return
    }
    var diagnostic = Diagnostic(message, at: span)
    diagnostic.code = code
    diagnostics.append(diagnostic)
  }

  /// Where segment `index` of a path that starts at `start` is written.
  func segmentSpan(_ segments: [String], _ index: Int, from start: SourceLocation) -> SourceSpan {
    let fallback = SourceSpan(start: start, end: SourceLocation(line: start.line, column: start.column + 1))
    guard start.line >= 1, start.line <= sourceLines.count else { return fallback }
    let line = sourceLines[start.line - 1]
    var cursor = max(0, start.column - 1)
    var found = fallback
    for segment in segments.prefix(index + 1) {
      let needle = Array(segment.unicodeScalars)
      var position = cursor
      var match: Int?
      while position + needle.count <= line.count {
        let before = position == 0 ? " " : line[position - 1]
        let after = position + needle.count < line.count ? line[position + needle.count] : " "
        if Array(line[position..<position + needle.count]) == needle, !Self.isIdentifierScalar(before),
          !Self.isIdentifierScalar(after)
        {
          match = position
          break
        }
        position += 1
      }
      guard let match else { return fallback }
      cursor = match + needle.count
      found = SourceSpan(
        start: SourceLocation(line: start.line, column: match + 1),
        end: SourceLocation(line: start.line, column: cursor + 1))
    }
    return found
  }

  /// Whether the source at `start` is `name` itself (a bare name, not a path ending in it).
  func startsWith(_ name: String, at start: SourceLocation) -> Bool {
    guard start.line >= 1, start.line <= sourceLines.count else { return false }
    let line = sourceLines[start.line - 1]
    let needle = Array(name.unicodeScalars)
    let first = start.column - 1
    guard first >= 0, first + needle.count <= line.count else { return false }
    let after = first + needle.count < line.count ? line[first + needle.count] : " "
    return Array(line[first..<first + needle.count]) == needle && !Self.isIdentifierScalar(after)
  }

  static func isIdentifierScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
  }
}
