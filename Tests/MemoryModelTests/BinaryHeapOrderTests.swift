import MemoryModel
import Testing

/// Array orders measured with rustc 1.95: `{:?}` of a `BinaryHeap<i32>` after each step.
@Suite struct BinaryHeapOrderTests {
  private func compare(_ left: Int, _ right: Int) -> Int { left < right ? -1 : left == right ? 0 : 1 }

  private func push(_ value: Int, onto elements: inout [Int]) {
    elements.append(value)
    BinaryHeapOrder.siftUp(&elements, start: 0, position: elements.count - 1, compare: compare)
  }

  private func pop(_ elements: inout [Int]) -> Int? {
    guard var item = elements.popLast() else { return nil }
    if !elements.isEmpty {
      swap(&item, &elements[0])
      BinaryHeapOrder.siftDownToBottom(&elements, from: 0, compare: compare)
    }
    return item
  }

  @Test func pushesSiftUpAsStdDoes() {
    let measured: [(Int, [Int])] = [
      (5, [5]), (1, [5, 1]), (8, [8, 1, 5]), (3, [8, 3, 5, 1]), (9, [9, 8, 5, 1, 3]),
      (2, [9, 8, 5, 1, 3, 2]),
      (7, [9, 8, 7, 1, 3, 2, 5]), (7, [9, 8, 7, 7, 3, 2, 5, 1]), (4, [9, 8, 7, 7, 3, 2, 5, 1, 4]),
    ]
    var elements: [Int] = []
    for (value, expected) in measured {
      push(value, onto: &elements)
      #expect(elements == expected)
    }
  }

  @Test func popsSiftDownToTheBottomThenUp() {
    var elements = [9, 8, 7, 7, 3, 2, 5, 1, 4]
    let measured: [(Int, [Int])] = [
      (9, [8, 7, 7, 4, 3, 2, 5, 1]), (8, [7, 7, 5, 4, 3, 2, 1]), (7, [7, 4, 5, 1, 3, 2]),
      (7, [5, 4, 2, 1, 3]),
      (5, [4, 3, 2, 1]), (4, [3, 1, 2]), (3, [2, 1]), (2, [1]), (1, []),
    ]
    for (top, expected) in measured {
      #expect(pop(&elements) == top)
      #expect(elements == expected)
    }
    #expect(pop(&elements) == nil)
  }

  @Test func rebuildAndSortMatchFromVecAndIntoSortedVec() {
    let cases: [(source: [Int], heap: [Int])] = [
      ([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [9, 6, 4, 5, 5, 3, 2, 1, 1, 3, 5]),
      ([3, 1, 4, 1, 5, 9, 2, 6], [9, 6, 4, 1, 5, 3, 2, 1]),
      ([4, 9, 1, 7], [9, 7, 1, 4]),
      ([], []),
      ([2], [2]),
    ]
    for (source, heap) in cases {
      var elements = source
      BinaryHeapOrder.rebuild(&elements, compare: compare)
      #expect(elements == heap)
      BinaryHeapOrder.sortInPlace(&elements, compare: compare)
      #expect(elements == source.sorted())
    }
  }
}
