/// How the Heap panel fits its blocks into the rows it has.
extension HeapPanel {
  /// One block as the panel draws it: a box, or one line.
  package struct Entry {
    package var box: HeapBlockBox
    package var compact: Bool
    /// Drawn on its own line under the block that owns it (its owner is folded to one line).
    package var isOwned = false
  }

  /// Full boxes when they fit; else the biggest boxes this step did not touch fold to one
  /// line each until the rest fit (a folded owner lists the blocks drawn inside it on lines of their
  /// own); else the touched boxes drop their info rows, so a reallocation keeps its boxes and
  /// the copy can be followed, the last one cut by the panel's edge if need be; else every
  /// block on one line.
  package static func arrange(
    _ boxes: [HeapBlockBox], height: Int, ownedBy children: (HeapBlockBox) -> [HeapBlockBox]
  ) -> [Entry] {
    func rows(_ entries: [Entry]) -> Int { entries.reduce(0) { $0 + ($1.compact ? 1 : $1.box.height) } }
    let full = boxes.map { Entry(box: $0, compact: false) }
    if rows(full) <= height { return full }
    func folded(keepingBoxed keep: (HeapBlockBox) -> Bool, slim: Bool, wrapping: Bool = true) -> [Entry] {
      boxes.flatMap { box -> [Entry] in
        if keep(box) {
          var kept = box
          kept.wrapsWideRows = wrapping
          kept.isSlim = slim
          return [Entry(box: kept, compact: false)]
        }
        return [Entry(box: box, compact: true)]
          + children(box).map { Entry(box: $0, compact: true, isOwned: true) }
      }
    }
    // Fold the biggest untouched boxes first, only as many as needed (a few boxes at most
    // are tried one by one; a long heap folds them all at once).
    if boxes.count <= 16 {
      var foldedIDs: Set<Int> = []
      let biggestFirst = boxes.filter { !$0.isNotable }.sorted { $0.height > $1.height }
      for box in biggestFirst {
        foldedIDs.insert(box.block.id)
        let entries = folded(keepingBoxed: { !foldedIDs.contains($0.block.id) }, slim: false)
        if rows(entries) <= height { return entries }
      }
    }
    let touched = folded(keepingBoxed: \.isNotable, slim: false)
    if rows(touched) <= height { return touched }
    let unwrapped = folded(keepingBoxed: \.isNotable, slim: false, wrapping: false)
    if rows(unwrapped) <= height { return unwrapped }
    let slim = folded(keepingBoxed: \.isNotable, slim: true)
    if rows(slim) <= height { return slim }
    // A last box cut by the panel's edge (it says how much is hidden) still beats folding
    // the boxes this step is about.
    if let last = slim.last, !last.compact, rows(slim.dropLast()) + 3 <= height { return slim }
    return folded(keepingBoxed: { _ in false }, slim: false)
  }
}
