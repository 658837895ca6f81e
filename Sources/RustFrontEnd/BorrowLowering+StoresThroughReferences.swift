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
}
