import MemoryModel
import Testing

/// Heads measured with rustc 1.95 on x86-64: a `VecDeque<i32>` built with its head at a given
/// slot, then grown, made contiguous, rotated or shrunk, its `head` word read by transmuting the
/// handle to `[usize; 4]` (`[cap, ptr, head, len]`).
@Suite struct RingBufferLayoutTests {
  @Test func growthMovesTheShorterWrappedPartAsStdDoes() {
    // (old capacity, head) of a full ring, the capacity after one more push, the head std leaves.
    let measured: [(Int, Int, Int, Int)] = [
      (4, 1, 8, 1), (4, 3, 8, 7), (4, 2, 8, 6), (8, 6, 16, 14), (8, 2, 16, 2), (3, 1, 6, 1), (3, 2, 6, 5),
      (5, 4, 10, 9), (10, 3, 20, 3), (10, 8, 20, 18),
    ]
    for (capacity, head, newCapacity, expected) in measured {
      #expect(
        RingBufferLayout.headAfterGrowth(
          head: head, length: capacity, oldCapacity: capacity, newCapacity: newCapacity) == expected)
    }
    // A ring that does not wrap stays where it is.
    #expect(RingBufferLayout.headAfterGrowth(head: 0, length: 4, oldCapacity: 4, newCapacity: 8) == 0)
  }

  @Test func makeContiguousLeavesTheMeasuredHead() {
    let measured: [(head: Int, length: Int, expected: Int)] = [
      (6, 4, 0), (6, 7, 0), (3, 7, 1), (7, 8, 0), (2, 8, 0), (5, 5, 0), (6, 5, 0), (4, 6, 2), (1, 8, 0),
      (2, 3, 2),
    ]
    for (head, length, expected) in measured {
      #expect(RingBufferLayout.headAfterMakingContiguous(head: head, length: length, capacity: 8) == expected)
    }
  }

  @Test func rotationsMoveTheHeadByTheShorterSide() {
    let measured: [(head: Int, count: Int, left: Int, right: Int)] = [
      (6, 1, 7, 5), (6, 4, 5, 7), (0, 2, 2, 6), (0, 3, 6, 2),
    ]
    for (head, count, left, right) in measured {
      #expect(RingBufferLayout.headAfterRotatingLeft(count, head: head, length: 5, capacity: 8) == left)
      #expect(RingBufferLayout.headAfterRotatingRight(count, head: head, length: 5, capacity: 8) == right)
    }
  }

  @Test func shrinkToFitKeepsTheElementsInTheSlotsThatStay() {
    let measured: [(head: Int, length: Int, expected: Int)] = [
      (6, 3, 1), (5, 2, 0), (1, 3, 1), (3, 4, 3), (0, 3, 0), (6, 4, 2),
    ]
    for (head, length, expected) in measured {
      #expect(
        RingBufferLayout.headBeforeShrinking(head: head, length: length, capacity: 8, target: length)
          == expected)
    }
  }

  @Test func slotsPlaceElementsFromTheHeadAndWrap() {
    let slots = RingBufferLayout.slots([10, 20, 30], head: 3, capacity: 4)
    #expect(slots == [20, 30, nil, 10])
    #expect(RingBufferLayout.elements(slots, head: 3, length: 3) == [10, 20, 30])
    #expect(RingBufferLayout.isRingLabel(RingBufferLayout.ringLabel(element: "String")))
    #expect(!RingBufferLayout.isRingLabel("String"))
  }

  @Test func handleIsFourWordsWithTheCapacityNiche() {
    let layout = LayoutCalculator().layout(of: .library(.vecDeque, .integer(.i32)))
    #expect(layout.size == 32)
    #expect(layout.alignment == 8)
    // `Option<VecDeque<i32>>` is 32 bytes too (measured), through the capacity's niche.
    #expect(LayoutCalculator().size(of: .option(.library(.vecDeque, .integer(.i32)))) == 32)
  }
}
