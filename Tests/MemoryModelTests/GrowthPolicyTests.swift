import MemoryModel
import Testing

@Suite struct GrowthPolicyTests {
  /// Capacities after 0, 1, 2, … pushes.
  private func pushSequence(elementSize: Int, pushes: Int, initial: Int = 0) -> [Int] {
    var capacity = initial
    var result = [capacity]
    for length in 0..<pushes {
      capacity = GrowthPolicy.afterPush(current: capacity, length: length, elementSize: elementSize)
      result.append(capacity)
    }
    return result
  }

  private func runs(_ pairs: [(Int, Int)]) -> [Int] {
    pairs.flatMap { Array(repeating: $0.0, count: $0.1) }
  }

  @Test func pushSequencesFromNew() {
    #expect(pushSequence(elementSize: 1, pushes: 40) == [0] + runs([(8, 8), (16, 8), (32, 16), (64, 8)]))
    let fourSequence = [0] + runs([(4, 4), (8, 4), (16, 8), (32, 16), (64, 8)])
    for size in [2, 4, 8, 24, 1000, 1024] {
      #expect(pushSequence(elementSize: size, pushes: 40) == fourSequence, "element size \(size)")
    }
    let large = [0, 1, 2, 4, 4] + runs([(8, 4), (16, 8), (32, 16), (64, 8)])
    #expect(pushSequence(elementSize: 1025, pushes: 40) == large)
    #expect(pushSequence(elementSize: 2000, pushes: 40) == large)
    #expect(pushSequence(elementSize: 0, pushes: 3).dropFirst().allSatisfy { $0 == Int.max })
  }

  @Test func withCapacity() {
    #expect(
      pushSequence(elementSize: 4, pushes: 13, initial: 3) == [
        3, 3, 3, 3, 6, 6, 6, 12, 12, 12, 12, 12, 12, 24,
      ])
    #expect(pushSequence(elementSize: 1, pushes: 9, initial: 3) == [3, 3, 3, 3, 8, 8, 8, 8, 8, 16])
    #expect(pushSequence(elementSize: 4, pushes: 5, initial: 1) == [1, 1, 4, 4, 4, 8])
  }

  @Test func reserveRules() {
    // vec![1,2,3]: cap 3; push(4) → 6; shrink_to_fit → 4; reserve(10) at len 4 → 14.
    #expect(GrowthPolicy.afterPush(current: 3, length: 3, elementSize: 4) == 6)
    #expect(GrowthPolicy.shrinkToFit(current: 6, length: 4, elementSize: 4) == 4)
    #expect(GrowthPolicy.reserve(current: 4, length: 4, additional: 10, elementSize: 4) == 14)
    #expect(GrowthPolicy.reserve(current: 4, length: 4, additional: 1, elementSize: 4) == 8)
    #expect(GrowthPolicy.reserveExact(current: 4, length: 4, additional: 10, elementSize: 4) == 14)
    #expect(GrowthPolicy.shrinkTo(current: 14, length: 4, minimum: 6, elementSize: 4) == 6)
    #expect(GrowthPolicy.reserve(current: 0, length: 0, additional: 1, elementSize: 4) == 4)
    #expect(GrowthPolicy.reserve(current: 0, length: 0, additional: 1, elementSize: 1) == 8)
    #expect(GrowthPolicy.reserve(current: 0, length: 0, additional: 10, elementSize: 4) == 10)
    #expect(GrowthPolicy.reserveExact(current: 0, length: 0, additional: 1, elementSize: 4) == 1)
    #expect(GrowthPolicy.reserve(current: 5, length: 5, additional: 1, elementSize: 4) == 10)
    #expect(GrowthPolicy.reserve(current: 5, length: 5, additional: 7, elementSize: 4) == 12)
    // insert on a full len-4 Vec
    #expect(GrowthPolicy.afterPush(current: 4, length: 4, elementSize: 4) == 8)
    // extend_from_slice of 3 and of 9 bytes into an empty Vec<u8>
    #expect(GrowthPolicy.reserve(current: 0, length: 0, additional: 3, elementSize: 1) == 8)
    #expect(GrowthPolicy.reserve(current: 0, length: 0, additional: 9, elementSize: 1) == 9)
  }

  @Test func stringGrowth() {
    var capacity = 0
    var length = 0
    var pushStr: [Int] = [capacity]
    for _ in 0..<10 {
      capacity = GrowthPolicy.stringCapacity(current: capacity, length: length, appending: 5)
      length += 5
      pushStr.append(capacity)
    }
    #expect(pushStr == [0, 8, 16, 16, 32, 32, 32, 64, 64, 64, 64])
    #expect(GrowthPolicy.stringCapacity(current: 0, length: 0, appending: 4) == 8)
    for (bytes, expected) in [(1, 8), (8, 8), (9, 9), (17, 17), (100, 100)] {
      #expect(GrowthPolicy.stringCapacity(current: 0, length: 0, appending: bytes) == expected)
    }
    // with_capacity(5): + "hello" 5, + " world" 11, + '!' 22, + 19 bytes 44.
    #expect(GrowthPolicy.stringCapacity(initialCapacity: 5, writes: [5]) == 5)
    #expect(GrowthPolicy.stringCapacity(initialCapacity: 5, writes: [5, 6]) == 11)
    #expect(GrowthPolicy.stringCapacity(initialCapacity: 5, writes: [5, 6, 1]) == 22)
    #expect(GrowthPolicy.stringCapacity(initialCapacity: 5, writes: [5, 6, 1, 19]) == 44)
    #expect(GrowthPolicy.stringCapacity(initialCapacity: 2, writes: [2, 26]) == 28)
    #expect(GrowthPolicy.stringCapacity(initialCapacity: 5, writes: [5, 1]) == 10)
    #expect(GrowthPolicy.stringCapacity(initialCapacity: 3, writes: [3, 1, 3]) == 8)
  }

  @Test func formatEstimates() {
    // format!("{}-{}", a, b) → 8; "hello {}" → 12; "x = {}, y = {}" → 20; "{} {}" of two "world" → 16.
    let dash = GrowthPolicy.formatCapacity(literalPieces: 1, argumentCount: 2, firstPieceEmpty: true)
    #expect(GrowthPolicy.stringCapacity(initialCapacity: dash, writes: [1, 1, 1]) == 8)
    let hello = GrowthPolicy.formatCapacity(literalPieces: 6, argumentCount: 1, firstPieceEmpty: false)
    #expect(GrowthPolicy.stringCapacity(initialCapacity: hello, writes: [6, 5]) == 12)
    let xy = GrowthPolicy.formatCapacity(literalPieces: 10, argumentCount: 2, firstPieceEmpty: false)
    #expect(GrowthPolicy.stringCapacity(initialCapacity: xy, writes: [4, 1, 6, 1]) == 20)
    let words = GrowthPolicy.formatCapacity(literalPieces: 1, argumentCount: 2, firstPieceEmpty: true)
    #expect(GrowthPolicy.stringCapacity(initialCapacity: words, writes: [5, 1, 5]) == 16)
    #expect(GrowthPolicy.formatCapacity(literalPieces: 5, argumentCount: 0, firstPieceEmpty: false) == 5)
  }

  @Test func integerToString() {
    #expect(GrowthPolicy.integerToStringCapacity(42, kind: .i32) == 10)
    #expect(GrowthPolicy.integerToStringCapacity(42, kind: .u8) == 2)
    #expect(GrowthPolicy.integerToStringCapacity(42, kind: .u64) == 2)
    #expect(GrowthPolicy.integerToStringCapacity(-42, kind: .i64) == 20)
    #expect(GrowthPolicy.integerToStringCapacity(42, kind: .i64) == 19)
    #expect(GrowthPolicy.integerToStringCapacity(42, kind: .i8) == 3)
    #expect(GrowthPolicy.integerToStringCapacity(42, kind: .i128) == 39)
  }
}
