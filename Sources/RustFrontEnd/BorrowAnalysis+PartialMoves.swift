extension BorrowAnalysis {
  /// E0382 for partial moves: a field moved out of a variable (`let n = p.name;`) leaves the
  /// variable partly moved, so using it whole (`let q = p;`), or that field again, is an error
  /// until it is assigned anew. Moves of whole variables are the move checker's.
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
        let partial = place.projections.count < moved.projections.count
        let verb = [.sharedBorrow, .mutableBorrow, .reservation].contains(kind) ? "borrow" : "use"
        var diagnostic = Diagnostic(
          partial
            ? "\(verb) of partially moved value: `\(place.description)`"
            : "\(verb) of moved value: `\(place.description)`", at: span)
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

  /// A place reached through fields only (no reference, box or index on the way).
  private func isFieldPath(_ place: BorrowGraph.Place) -> Bool {
    !place.projections.isEmpty
      && place.projections.allSatisfy { if case .field = $0 { return true } else { return false } }
  }

  private func isPrefix(_ prefix: BorrowGraph.Place, of place: BorrowGraph.Place) -> Bool {
    prefix.root == place.root && prefix.projections.count <= place.projections.count
      && zip(prefix.projections, place.projections).allSatisfy { $0 == $1 }
  }
}
