import MemoryModel
import Testing

/// Figures measured with rustc 1.95 on x86-64 (see `HashTableLayout`'s comment for the probe).
@Suite struct HashTableLayoutTests {
  private func capacitiesAfterInserts(entrySize: Int, inserts: Int) -> [Int] {
    var buckets = 0
    var result = [0]
    for items in 0..<inserts {
      buckets = HashTableLayout.bucketsAfterInsert(buckets: buckets, items: items, entrySize: entrySize)
      let capacity = HashTableLayout.capacity(buckets: buckets)
      if capacity != result.last { result.append(capacity) }
    }
    return result
  }

  @Test func capacitiesGrowAsRealRust() {
    #expect(capacitiesAfterInserts(entrySize: 8, inserts: 120) == [0, 3, 7, 14, 28, 56, 112, 224])
    #expect(capacitiesAfterInserts(entrySize: 32, inserts: 60) == [0, 3, 7, 14, 28, 56, 112])
    #expect(capacitiesAfterInserts(entrySize: 2, inserts: 60) == [0, 7, 14, 28, 56, 112])
    #expect(capacitiesAfterInserts(entrySize: 1, inserts: 60) == [0, 14, 28, 56, 112])
  }

  @Test func growthHappensOnTheMeasuredInserts() {
    var buckets = 0
    var growths: [Int] = []
    for items in 0..<120 {
      let next = HashTableLayout.bucketsAfterInsert(buckets: buckets, items: items, entrySize: 8)
      if next != buckets { growths.append(items + 1) }
      buckets = next
    }
    #expect(growths == [1, 4, 8, 15, 29, 57, 113])
  }

  @Test func blockSizesMatchTheAllocator() {
    let intPairs = [4, 8, 16, 32, 64, 128, 256].map {
      HashTableLayout.blockSize(buckets: $0, entrySize: 8, entryAlignment: 4)
    }
    #expect(intPairs == [52, 88, 160, 304, 592, 1168, 2320])
    let stringKeys = [4, 8, 16, 32, 64].map {
      HashTableLayout.blockSize(buckets: $0, entrySize: 32, entryAlignment: 8)
    }
    #expect(stringKeys == [148, 280, 544, 1072, 2128])
    let bytes = [16, 32, 64].map { HashTableLayout.blockSize(buckets: $0, entrySize: 1, entryAlignment: 1) }
    #expect(bytes == [48, 80, 144])
    #expect(HashTableLayout.blockSize(buckets: 0, entrySize: 8, entryAlignment: 4) == 0)
  }

  @Test func withCapacityRoundsUp() {
    let requested = [0, 1, 3, 4, 7, 8, 14, 15, 28, 29, 100]
    let capacities = requested.map {
      HashTableLayout.capacity(buckets: HashTableLayout.buckets(forCapacity: $0, entrySize: 8))
    }
    #expect(capacities == [0, 3, 3, 7, 7, 14, 14, 28, 28, 56, 112])
    #expect(HashTableLayout.capacity(buckets: HashTableLayout.buckets(forCapacity: 1, entrySize: 1)) == 14)
    #expect(HashTableLayout.capacity(buckets: HashTableLayout.buckets(forCapacity: 1, entrySize: 2)) == 7)
  }

  @Test func handleIsSixWords() {
    #expect(HashTableLayout.handleSize == 48)
    #expect(HashTableLayout.handleFieldNames.count * 8 == HashTableLayout.handleSize)
  }
}
