import MemoryModel

/// Edition 2021's precise captures: a closure that uses a variable only through fields
/// (`p.name`, `p.age += 1`, `self.factor`) captures each place it uses, not the variable, with
/// rustc's truncations: a `move` closure stops at the first dereference and, unless the place
/// is Copy, at a value whose type has a `Drop` impl, and a place read through a shared reference is captured as the
/// reference's target (`*self`), since borrowing a field of it gains nothing.
extension Checker {
  /// The places a closure captures, in the order of its captures. `byField` is false where
  /// only whole variables are modelled (a closure inside a closure): each capture is then one
  /// place, as before edition 2021.
  func capturedPlaces(
    of captures: [ClosureState.Capture], in body: TypedBlock, isMove: Bool, byField: Bool
  ) -> [CapturedPlace] {
    var uses: [Int: [TypedExpr]] = [:]
    if byField {
      var finder = CaptureUseFinder(standIns: Set(captures.map(\.standInSlot)))
      finder.visit(body)
      uses = finder.uses
    }
    var places: [CapturedPlace] = []
    for capture in captures {
      let used = (uses[capture.standInSlot] ?? []).map { use in
        let path = capturedPath(of: use, isMove: isMove)
        return (path: path, use: Self.prefix(of: use, depth: path.count))
      }
      if used.isEmpty || used.contains(where: { $0.path.isEmpty }) {
        places.append(
          CapturedPlace(
            capture: capture, path: [], type: locals[capture.outerSlot].type, name: capture.name,
            mutated: capture.mutated))
        continue
      }
      // The shortest paths: a place used whole covers the uses of its own fields.
      var kept: [(path: [Int], use: TypedExpr)] = []
      for candidate in used.sorted(by: { $0.path.count < $1.path.count })
      where !kept.contains(where: { candidate.path.starts(with: $0.path) }) {
        kept.append(candidate)
      }
      // Back in the order the body first uses them.
      let order = used.map(\.path)
      func firstUse(_ path: [Int]) -> Int { order.firstIndex { $0.starts(with: path) } ?? 0 }
      kept.sort { firstUse($0.path) < firstUse($1.path) }
      let writes = used.filter { capture.mutationSpans.contains(Self.rootSpan(of: $0.use)) }
      for (path, use) in kept {
        let written = writes.contains { $0.path.starts(with: path) || path.starts(with: $0.path) }
        places.append(
          CapturedPlace(
            capture: capture, path: path, type: use.type, name: placeName(use, root: capture.name),
            mutated: capture.mutated && (written || writes.isEmpty), firstUse: use))
      }
    }
    return places
  }

  /// The steps from the variable to the place a use captures (field indices, and
  /// `CapturedPlace.derefStep`), truncated as rustc truncates them.
  private func capturedPath(of use: TypedExpr, isMove: Bool) -> [Int] {
    // Bottom-up: each step with the expression it projects from.
    var steps: [(step: Int, base: TypedExpr)] = []
    var node = use
    while true {
      if case .field(let base, let index) = node.kind {
        steps.append((index, base))
        node = base
      } else if case .deref(let base) = node.kind {
        steps.append((CapturedPlace.derefStep, base))
        node = base
      } else {
        break
      }
    }
    steps.reverse()
    var path: [Int] = []
    var lastSharedDeref: Int?
    var firstDropBase: Int?
    for (step, base) in steps {
      let baseType = table.resolve(base.type)
      if step == CapturedPlace.derefStep {
        guard !isMove, case .reference(_, let mutable) = baseType else { break }
        if !mutable { lastSharedDeref = path.count }
      } else if isMove, firstDropBase == nil, case .structure(let name) = baseType, dropFunctions[name] != nil
      {
        firstDropBase = path.count
      }
      path.append(step)
    }
    if let lastSharedDeref { path = Array(path.prefix(lastSharedDeref + 1)) }
    // A by-value capture may not move out of a type with a `Drop` impl, so rustc stops there;
    // a Copy place is copied out instead and kept whole (`move || t.0` with `t.0: &str`).
    if let firstDropBase, firstDropBase < path.count {
      let placeType = path.count < steps.count ? steps[path.count].base.type : use.type
      if !isCopy(table.resolve(placeType)) { path = Array(path.prefix(firstDropBase)) }
    }
    return path
  }

  private static func prefix(of use: TypedExpr, depth: Int) -> TypedExpr {
    var chain: [TypedExpr] = [use]
    var node = use
    while let base = projectedBase(node) {
      chain.append(base)
      node = base
    }
    let index = chain.count - 1 - depth
    return chain.indices.contains(index) ? chain[index] : use
  }

  private static func projectedBase(_ expr: TypedExpr) -> TypedExpr? {
    switch expr.kind {
    case .field(let base, _), .deref(let base): return base
    default: return nil
    }
  }

  private static func rootSpan(of use: TypedExpr) -> SourceSpan {
    var node = use
    while let base = projectedBase(node) { node = base }
    return node.span
  }

  /// `p.name`, `t.0`, `self.factor` (a field through a reference is named as it is written),
  /// `*r`, as rustc names a captured place.
  private func placeName(_ use: TypedExpr, root: String) -> String {
    switch use.kind {
    case .deref(let base): return "*\(placeName(base, root: root))"
    case .field(let base, let index):
      var field = "\(index)"
      if case .structure(let name) = table.resolve(base.type), let info = structs[name],
        index < info.fields.count, info.shape == .named
      {
        field = info.fields[index].name
      }
      var baseName = placeName(base, root: root)
      if baseName.hasPrefix("*") { baseName.removeFirst() }
      return "\(baseName).\(field)"
    default: return root
    }
  }
}

/// Every use of a closure's captured variables in its body, each as the longest chain of
/// fields and dereferences on the variable (`p.name.len()` is a use of `p.name`; `p` alone a
/// use of the whole).
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
    while true {
      if case .field(let base, _) = node.kind {
        node = base
      } else if case .deref(let base) = node.kind {
        node = base
      } else {
        break
      }
    }
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
