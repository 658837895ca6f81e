/// A value stored through a `&mut` held in a local (`r[0] = &t`, `r.push(&t)` with
/// `r = &mut v`) lands in what the reference borrows: `v` now carries the stored loans, as
/// rustc's invariant `&mut` makes the stored lifetime `v`'s own.
extension BorrowLowering {
  mutating func flowIntoBorrowedPlaces(through reference: Int, carriers: [Int]) {
    guard !carriers.isEmpty else { return }
    var targets: Set<Int> = []
    var visited: Set<Int> = [reference]
    var pending = [reference]
    while let variable = pending.popLast() {
      var borrowedRoots: Set<Int> = []
      for loan in graph.carriedLoans[variable] where graph.loans[loan].mutable {
        borrowedRoots.insert(graph.loans[loan].place.root)
      }
      targets.formUnion(borrowedRoots)
      for source in graph.flowsFrom[variable]
      where !borrowedRoots.contains(source) && visited.insert(source).inserted {
        pending.append(source)
      }
    }
    for target in targets where target != reference && target < graph.localCount {
      graph.flowsFrom[target].formUnion(carriers)
    }
  }

  /// The one parameter whose referent a local reference points into (`*list.last_mut().unwrap()`,
  /// `s` of `let s = &mut list[0]`), and the call whose result lies on the way, if one does.
  func borrowedParameter(through reference: Int) -> (slot: Int, call: SourceSpan?)? {
    let parameters = Set(function.parameterSlots)
    guard !parameters.contains(reference) else { return nil }
    var found: Set<Int> = []
    // rustc blames the call nearest the parameter (`list.last_mut()`).
    var call: SourceSpan?
    var visited: Set<Int> = [reference]
    var pending = [reference]
    while let variable = pending.popLast() {
      if callResults.contains(variable) { call = graph.temporarySpans[variable] ?? call }
      for loan in graph.carriedLoans[variable] {
        let place = graph.loans[loan].place
        if !place.isOwnedByRoot, parameters.contains(place.root) { found.insert(place.root) }
      }
      for source in graph.flowsFrom[variable] where visited.insert(source).inserted {
        // A reference copied out of a parameter (`list.last_mut()` gives what `list` points into).
        if parameters.contains(source) { found.insert(source) } else { pending.append(source) }
      }
    }
    guard found.count == 1, let slot = found.first else { return nil }
    return (slot, call)
  }
}
