import MemoryModel

/// Edition 2021's precise captures: a closure that uses a variable only through fields
/// (`p.name`, `p.age += 1`) captures each field it uses, not the variable.
extension Checker {
  /// The places a closure captures, in the order of its captures. `byField` is false where
  /// only whole variables are modelled (a closure inside a closure): each capture is then one
  /// place, as before edition 2021.
  func capturedPlaces(
    of captures: [ClosureState.Capture], in body: TypedBlock, isMove: Bool, byField: Bool
  ) -> [CapturedPlace] {
    var uses: [Int: [TypedExpr]] = [:]
    if byField {
      let standIns = Set(captures.map(\.standInSlot))
      var finder = CaptureUseFinder(standIns: standIns)
      finder.visit(body)
      uses = finder.uses
    }
    var places: [CapturedPlace] = []
    for capture in captures {
      let used = (uses[capture.standInSlot] ?? []).map { use in
        (path: fieldPath(of: use, truncatingAtDrop: isMove), use: use)
      }
      if used.isEmpty || used.contains(where: { $0.path.isEmpty }) {
        places.append(
          CapturedPlace(
            capture: capture, path: [], type: locals[capture.outerSlot].type, name: capture.name,
            mutated: capture.mutated))
        continue
      }
      // The shortest paths: a field used whole covers the uses of its own fields.
      var kept: [(path: [Int], use: TypedExpr)] = []
      for candidate in used.sorted(by: { $0.path.count < $1.path.count })
      where !kept.contains(where: { candidate.path.starts(with: $0.path) }) {
        kept.append((candidate.path, prefix(of: candidate.use, depth: candidate.path.count)))
      }
      // Back in the order the body first uses them.
      let order = used.map(\.path)
      kept.sort { left, right in
        (order.firstIndex { $0.starts(with: left.path) } ?? 0) < (order.firstIndex { $0.starts(with: right.path) } ?? 0)
      }
      let anyKnownWrite = used.contains { capture.mutationSpans.contains(rootSpan(of: $0.use)) }
      for (path, use) in kept {
        let written = used.contains { $0.path.starts(with: path) && capture.mutationSpans.contains(rootSpan(of: $0.use)) }
        places.append(
          CapturedPlace(
            capture: capture, path: path, type: use.type, name: placeName(use, root: capture.name),
            mutated: capture.mutated && (written || !anyKnownWrite), firstUse: use))
      }
    }
    return places
  }

  /// `p.a.b` → [a, b]. A `move` closure cannot move a field out of a value whose type has a
  /// `Drop` impl, so rustc captures that value whole.
  private func fieldPath(of use: TypedExpr, truncatingAtDrop: Bool) -> [Int] {
    var path: [Int] = []
    var node = use
    while case .field(let base, let index) = node.kind {
      path.append(index)
      node = base
    }
    path.reverse()
    guard truncatingAtDrop else { return path }
    var bases: [TypedExpr] = []
    node = use
    while case .field(let base, _) = node.kind {
      bases.append(base)
      node = base
    }
    for (depth, base) in bases.reversed().enumerated() {
      if case .structure(let name) = table.resolve(base.type), dropFunctions[name] != nil {
        return Array(path.prefix(depth))
      }
    }
    return path
  }

  private func prefix(of use: TypedExpr, depth: Int) -> TypedExpr {
    var length = 0
    var node = use
    while case .field(let base, _) = node.kind {
      length += 1
      node = base
    }
    node = use
    for _ in 0..<max(0, length - depth) {
      if case .field(let base, _) = node.kind { node = base }
    }
    return node
  }

  private func rootSpan(of use: TypedExpr) -> SourceSpan {
    var node = use
    while case .field(let base, _) = node.kind { node = base }
    return node.span
  }

  /// `p.name`, `t.0`, as rustc names a captured place.
  private func placeName(_ use: TypedExpr, root: String) -> String {
    guard case .field(let base, let index) = use.kind else { return root }
    var field = "\(index)"
    if case .structure(let name) = table.resolve(base.type), let info = structs[name],
      index < info.fields.count, info.shape == .named
    {
      field = info.fields[index].name
    }
    return "\(placeName(base, root: root)).\(field)"
  }
}

/// Every use of a closure's captured variables in its body, each as the longest field chain
/// on the variable (`p.name.len()` is a use of `p.name`; `p` alone a use of the whole).
private struct CaptureUseFinder {
  let standIns: Set<Int>
  var uses: [Int: [TypedExpr]] = [:]

  mutating func visit(_ block: TypedBlock) {
    for statement in block.statements {
      switch statement.kind {
      case .binding(_, let value, let elseBlock):
        if let value { visit(value) }
        if let elseBlock { visit(elseBlock) }
      case .expression(let value): visit(value)
      }
    }
    if let tail = block.tail { visit(tail) }
  }

  mutating func visit(_ expr: TypedExpr) {
    var node = expr
    while case .field(let base, _) = node.kind { node = base }
    if case .local(let slot) = node.kind, standIns.contains(slot) {
      uses[slot, default: []].append(expr)
      return
    }
    for child in expr.children {
      switch child {
      case .expression(let inner): visit(inner)
      case .block(let inner): visit(inner)
      }
    }
  }
}
