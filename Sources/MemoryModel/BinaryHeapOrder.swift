/// Where `BinaryHeap<T>` keeps its elements in its `Vec`, as rustc 1.95's std
/// (`library/alloc/src/collections/binary_heap/mod.rs`) moves them: a max-heap in array order,
/// the children of slot `i` at `2i + 1` and `2i + 2`. Each function is std's, comparison for
/// comparison (`compare` answers like `Ord::cmp`: negative, zero, positive), because `{:?}` of a
/// heap prints that array order and a learner's program must print what rustc's prints.
package enum BinaryHeapOrder {
  /// `sift_up(start, pos)`: the element at `position` moves up while it is greater than its
  /// parent (an equal one stays). Returns where it ends.
  @discardableResult
  package static func siftUp<Element>(
    _ elements: inout [Element], start: Int, position: Int, compare: (Element, Element) throws -> Int
  ) rethrows -> Int {
    guard elements.indices.contains(position) else { return position }
    let hole = elements[position]
    var position = position
    while position > start {
      let parent = (position - 1) / 2
      if try compare(hole, elements[parent]) <= 0 { break }
      elements[position] = elements[parent]
      position = parent
    }
    elements[position] = hole
    return position
  }

  /// `sift_down_range(pos, end)`: the element at `position` moves down towards the greater
  /// child (the right one when they are equal) while it is less than that child.
  package static func siftDownRange<Element>(
    _ elements: inout [Element], position: Int, end: Int, compare: (Element, Element) throws -> Int
  ) rethrows {
    guard elements.indices.contains(position), end <= elements.count else { return }
    let hole = elements[position]
    var position = position
    var child = 2 * position + 1
    while child <= max(end - 2, 0) && child + 1 < end {
      if try compare(elements[child], elements[child + 1]) <= 0 { child += 1 }
      if try compare(hole, elements[child]) >= 0 {
        elements[position] = hole
        return
      }
      elements[position] = elements[child]
      position = child
      child = 2 * position + 1
    }
    if child == end - 1, try compare(hole, elements[child]) < 0 {
      elements[position] = elements[child]
      position = child
    }
    elements[position] = hole
  }

  /// `sift_down_to_bottom(pos)` (what `pop` runs): the element goes all the way down along the
  /// greater children without comparing itself, then sifts back up from there.
  package static func siftDownToBottom<Element>(
    _ elements: inout [Element], from start: Int, compare: (Element, Element) throws -> Int
  ) rethrows {
    let end = elements.count
    guard elements.indices.contains(start) else { return }
    let hole = elements[start]
    var position = start
    var child = 2 * position + 1
    while child <= max(end - 2, 0) && child + 1 < end {
      if try compare(elements[child], elements[child + 1]) <= 0 { child += 1 }
      elements[position] = elements[child]
      position = child
      child = 2 * position + 1
    }
    if child == end - 1 {
      elements[position] = elements[child]
      position = child
    }
    elements[position] = hole
    try siftUp(&elements, start: start, position: position, compare: compare)
  }

  /// `rebuild` (what `From<Vec<T>>` runs): sift down every parent, from the last one to the root.
  package static func rebuild<Element>(_ elements: inout [Element], compare: (Element, Element) throws -> Int)
    rethrows
  {
    var parent = elements.count / 2
    while parent > 0 {
      parent -= 1
      try siftDownRange(&elements, position: parent, end: elements.count, compare: compare)
    }
  }

  /// `into_sorted_vec`: the root swapped to the end of the shrinking heap, which is sifted
  /// down again, until the elements are in ascending order.
  package static func sortInPlace<Element>(
    _ elements: inout [Element], compare: (Element, Element) throws -> Int
  )
    rethrows
  {
    var end = elements.count
    while end > 1 {
      end -= 1
      elements.swapAt(0, end)
      try siftDownRange(&elements, position: 0, end: end, compare: compare)
    }
  }
}
