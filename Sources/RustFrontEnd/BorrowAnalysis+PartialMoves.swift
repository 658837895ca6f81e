extension BorrowAnalysis {
  /// E0382 for partial moves: a field moved out of a variable (`let n = p.name;`), or the value
  /// out of its box (`let s = *b;`), leaves the variable partly moved, so using it whole
  /// (`let q = p;`), or that field again, is an error until it is assigned anew. Moves of whole
  /// variables are the move checker's.
  mutating func checkPartialMoves() {
    let count = graph.nodes.count
    guard count <= Self.nodeLimit else { return }
    var moves: [Int] = []
    for (index, node) in graph.nodes.enumerated() {
      if case .access(let place, .move, _, _) = node.operation, isFieldPath(place) { moves.append(index) }
    }
    guard !moves.isEmpty else { return }
    // Per node on entry: the field moves that may have happened and not been undone.
    let inSet = graph.forwardFixpoint(empty: Set<Int>(), merge: { $0.formUnion($1) }) { index, state in
      let node = graph.nodes[index]
      var out = state.filter { move in
        guard case .access(let moved, _, _, _) = graph.nodes[move].operation else { return false }
        if node.defines.contains(moved.root) { return false }
        if case .access(let written, .write, _, _) = node.operation, written.root == moved.root,
          isPrefix(written, of: moved)
        {
          return false
        }
        return true
      }
      if case .access(let place, .move, _, _) = node.operation, isFieldPath(place) { out.insert(index) }
      return out
    }
    var reported = Set<Int>()
    for (index, node) in graph.nodes.enumerated() {
      guard case .access(let place, let kind, let span, _) = node.operation, kind != .write,
        !reported.contains(place.root)
      else { continue }
      for move in inSet[index].sorted() {
        guard case .access(let moved, _, let movedSpan, _) = graph.nodes[move].operation,
          moved.root == place.root, isPrefix(place, of: moved) || isPrefix(moved, of: place)
        else { continue }
        reported.insert(place.root)
        // `a[i]` after `let [x, _] = a;` may be the moved element: rustc reports a use of the
        // array, partly moved.
        let indexed = indexedPrefix(place, against: moved)
        // Moving `*b` out of a `Box` moves the box's value whole: `b` is moved, not partly.
        let boxMoved = moved.projections == [.derefBox] && place.projections.isEmpty
        let partial = !boxMoved && (indexed != nil || place.projections.count < moved.projections.count)
        let verb =
          indexed == nil && [.sharedBorrow, .mutableBorrow, .reservation].contains(kind) ? "borrow" : "use"
        let name = indexed ?? place.description
        var diagnostic = Diagnostic(
          partial
            ? "\(verb) of partially moved value: `\(name)`"
            : "\(verb) of moved value: `\(name)`", at: span)
        diagnostic.code = "E0382"
        diagnostic.primaryLabel =
          partial ? "value \(verb)d here after partial move" : "value \(verb)d here after move"
        diagnostic.labels = [
          .init(span: movedSpan, text: partial ? "value partially moved here" : "value moved here")
        ]
        diagnostics.append(diagnostic)
        break
      }
    }
  }

  /// A place the root owns, reached through fields, array pattern positions and boxes (no
  /// reference or index on the way).
  private func isFieldPath(_ place: BorrowGraph.Place) -> Bool {
    !place.projections.isEmpty
      && place.projections.allSatisfy {
        switch $0 {
        case .field, .elements, .derefBox: return true
        default: return false
        }
      }
  }

  /// Whether `place` starts with `prefix`'s path, an index standing for any array position.
  private func isPrefix(_ prefix: BorrowGraph.Place, of place: BorrowGraph.Place) -> Bool {
    prefix.root == place.root && prefix.projections.count <= place.projections.count
      && zip(prefix.projections, place.projections).allSatisfy { mayBeSame($0, $1) }
  }

  private func mayBeSame(_ a: BorrowGraph.Place.Projection, _ b: BorrowGraph.Place.Projection) -> Bool {
    switch (a, b) {
    case (.elements(let x), .elements(let y)): return x.overlaps(y)
    case (.index, .elements), (.elements, .index): return true
    default: return a == b
    }
  }

  /// The name of the array an index of `place` reads where `moved` names positions (`names`
  /// for `names[0]` after `let [first, _] = names;`), or nil.
  private func indexedPrefix(_ place: BorrowGraph.Place, against moved: BorrowGraph.Place) -> String? {
    for (depth, (used, taken)) in zip(place.projections, moved.projections).enumerated() {
      guard case .index = used, case .elements = taken else { continue }
      return depth == 0 && place.root < names.count ? names[place.root] : place.description
    }
    return nil
  }
}
