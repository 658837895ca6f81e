/// Where `VecDeque<T>` keeps its elements, as rustc 1.95's std does: one buffer of `cap` slots
/// used as a ring, the front element at slot `head` and element `i` at slot `(head + i) % cap`.
///
/// Every operation memtutor runs ends with the elements in that arrangement, so a deque is
/// fully described by its capacity, its head and its elements front to back; the functions
/// here compute the head std leaves after each operation that moves elements
/// (`handle_capacity_increase`, `make_contiguous`, `rotate_left`/`rotate_right`,
/// `shrink_to`). The slots no element uses hold stale bytes in real Rust; memtutor shows them
/// empty.
package enum RingBufferLayout {
  /// The label of a deque's heap block: `VecDeque<i32> ring`.
  package static func ringLabel(element: String) -> String { "VecDeque<\(element)> ring" }

  package static func isRingLabel(_ label: String) -> Bool {
    label.hasPrefix("VecDeque<") && label.hasSuffix("> ring")
  }

  /// The slot of element `index` (front is 0).
  package static func slot(head: Int, index: Int, capacity: Int) -> Int {
    guard capacity > 0 else { return 0 }
    return (head + index) % capacity
  }

  /// The buffer's slots: each element at its slot, nil where no element is.
  package static func slots<Element>(_ elements: [Element], head: Int, capacity: Int) -> [Element?] {
    var slots = [Element?](repeating: nil, count: capacity)
    for (index, element) in elements.enumerated() where capacity > 0 {
      slots[slot(head: head, index: index, capacity: capacity)] = element
    }
    return slots
  }

  /// The elements front to back, read from the slots.
  package static func elements<Element>(_ slots: [Element?], head: Int, length: Int) -> [Element] {
    guard !slots.isEmpty else { return [] }
    return (0..<length).compactMap { slots[slot(head: head, index: $0, capacity: slots.count)] }
  }

  /// The head after the buffer grew from `oldCapacity` to `newCapacity` (std's
  /// `handle_capacity_increase`): a contiguous ring stays put; a wrapped one copies its
  /// shorter part, the tail (slots `0..<tail`) to just past the old end when it fits there,
  /// otherwise the head's part to the new end.
  package static func headAfterGrowth(head: Int, length: Int, oldCapacity: Int, newCapacity: Int) -> Int {
    guard head > oldCapacity - length else { return head }
    let headLength = oldCapacity - head
    let tailLength = length - headLength
    if headLength > tailLength && newCapacity - oldCapacity >= tailLength { return head }
    return newCapacity - headLength
  }

  /// The head after `make_contiguous`: unchanged when already contiguous; otherwise the
  /// elements end up in one run starting at 0, at the old tail's length, or at the free space's
  /// length, depending on which part std moves.
  package static func headAfterMakingContiguous(head: Int, length: Int, capacity: Int) -> Int {
    guard head > capacity - length else { return head }
    let free = capacity - length
    let headLength = capacity - head
    let tailLength = length - headLength
    if free >= headLength { return 0 }
    if free >= tailLength { return tailLength }
    return headLength > tailLength ? free : 0
  }

  /// The head after `rotate_left(n)`: std moves the shorter side, `n` elements to the back
  /// (the head advances `n`) or `len - n` to the front (the head goes back `len - n`).
  package static func headAfterRotatingLeft(_ count: Int, head: Int, length: Int, capacity: Int) -> Int {
    guard capacity > 0 else { return head }
    let rest = length - count
    if count <= rest { return (head + count) % capacity }
    return (head + capacity - rest) % capacity
  }

  /// The head after `rotate_right(n)`: the mirror of `rotate_left`.
  package static func headAfterRotatingRight(_ count: Int, head: Int, length: Int, capacity: Int) -> Int {
    guard capacity > 0 else { return head }
    let rest = length - count
    if count <= rest { return (head + capacity - count) % capacity }
    return (head + rest) % capacity
  }

  /// The head after `shrink_to(target)` (and `shrink_to_fit`, whose target is the length):
  /// std moves the elements that lie past the new end into the slots that stay.
  package static func headBeforeShrinking(head: Int, length: Int, capacity: Int, target: Int) -> Int {
    guard length > 0 else { return 0 }
    let end = head + length
    let tailOutside = end > target && end <= capacity
    if head >= target && tailOutside { return 0 }
    if head < target && tailOutside {
      // The part past the new end moves to the front: the ring now wraps at `target`.
      return head
    }
    if head > capacity - length {
      // Wrapped: the head's part moves to the new end.
      return target - (capacity - head)
    }
    return head
  }
}
