import MemoryModel
import Testing

@Suite struct AllocatorTests {
  @Test func consecutiveBlocksAreSpacedLikeGlibc() {
    for (size, spacing) in [
      (1, 32), (24, 32), (25, 48), (40, 48), (41, 56 + 8), (56, 64), (100, 112), (1000, 1008),
    ] {
      var allocator = Allocator()
      let first = allocator.allocate(size: size, alignment: 1)
      let second = allocator.allocate(size: size, alignment: 1)
      #expect(Int(second - first) == spacing, "malloc(\(size))")
      #expect(first % 16 == 0 && second % 16 == 0)
    }
  }

  @Test func addressesLookLikeTheHeapOfAPIEBinary() {
    var allocator = Allocator()
    let first = allocator.allocate(size: 5, alignment: 1)
    #expect(first == AddressSpace.standard.heapBase)
    #expect(first >> 40 == 0x55)
    #expect(Allocator.danglingPointer(alignment: 4) == 4)
    #expect(Allocator.danglingPointer(alignment: 1) == 1)
  }

  @Test func freedBlocksAreReused() {
    var allocator = Allocator()
    let first = allocator.allocate(size: 12, alignment: 4)
    let second = allocator.allocate(size: 12, alignment: 4)
    allocator.free(address: first)
    let third = allocator.allocate(size: 20, alignment: 4)
    #expect(third == first)
    #expect(second != first)
    // A freed block at the top merges back into the top.
    let fourth = allocator.allocate(size: 40, alignment: 8)
    allocator.free(address: fourth)
    #expect(allocator.allocate(size: 40, alignment: 8) == fourth)
  }

  @Test func reallocationGrowsInPlaceAtTheTopAndMovesOtherwise() {
    // Vec<i32> with 17 pushes while another block sits after it: 16 → 32 moves, then the
    // block is the last before the top and grows in place to 64 and 128.
    var allocator = Allocator()
    let buffer = allocator.allocate(size: 16, alignment: 4)
    _ = allocator.allocate(size: 1024, alignment: 1)
    let grown = allocator.reallocate(address: buffer, oldSize: 16, newSize: 32, alignment: 4)
    #expect(grown.movedFrom)
    #expect(grown.address != buffer)
    let again = allocator.reallocate(address: grown.address, oldSize: 32, newSize: 64, alignment: 4)
    #expect(!again.movedFrom && again.address == grown.address)
    let more = allocator.reallocate(address: again.address, oldSize: 64, newSize: 128, alignment: 4)
    #expect(!more.movedFrom && more.address == grown.address)
    // Shrinking never moves.
    let shrunk = allocator.reallocate(address: more.address, oldSize: 128, newSize: 4, alignment: 4)
    #expect(!shrunk.movedFrom && shrunk.address == more.address)
    // The old place of the moved buffer is reused.
    #expect(allocator.allocate(size: 16, alignment: 4) == buffer)
  }

  @Test func reallocationUsesAFreeNeighbour() {
    var allocator = Allocator()
    let first = allocator.allocate(size: 16, alignment: 4)
    let second = allocator.allocate(size: 2000, alignment: 4)
    _ = allocator.allocate(size: 16, alignment: 4)
    allocator.free(address: second)
    let grown = allocator.reallocate(address: first, oldSize: 16, newSize: 1000, alignment: 4)
    #expect(!grown.movedFrom && grown.address == first)
    // A small freed neighbour sits in the tcache and is not merged: the block moves.
    var cached = Allocator()
    let small = cached.allocate(size: 16, alignment: 4)
    let neighbour = cached.allocate(size: 64, alignment: 4)
    _ = cached.allocate(size: 16, alignment: 4)
    cached.free(address: neighbour)
    #expect(cached.reallocate(address: small, oldSize: 16, newSize: 64, alignment: 4).movedFrom)
  }

  @Test func largeBlocksAreMmapped() {
    var allocator = Allocator()
    let small = allocator.allocate(size: 100 * 1024, alignment: 1)
    #expect(!allocator.isMapped(address: small))
    #expect(small >> 40 == 0x55)
    let large = allocator.allocate(size: 200 * 1024, alignment: 1)
    #expect(allocator.isMapped(address: large))
    #expect(large >> 40 == 0x7f)
    #expect(large & 0xfff == 0x010)
    let another = allocator.allocate(size: 200 * 1024, alignment: 1)
    #expect(another < large && another & 0xfff == 0x010)
    // Freeing an mmapped block raises the threshold, as glibc does: the next block of that
    // size comes from the brk heap.
    allocator.free(address: another)
    let afterFree = allocator.allocate(size: 200 * 1024, alignment: 1)
    #expect(!allocator.isMapped(address: afterFree))
  }

  @Test func growingPastTheTopExtendsTheHeapInPlace() {
    var allocator = Allocator()
    // The first heap extension leaves about 131 KiB of top: 60 KiB + 60 KiB fit, and growing
    // the second to 100 KiB needs more. glibc's realloc then allocates the new block from
    // the grown top, which starts right after the block: the two merge, nothing moves.
    _ = allocator.allocate(size: 60 * 1024, alignment: 1)
    let second = allocator.allocate(size: 60 * 1024, alignment: 1)
    let grown = allocator.reallocate(address: second, oldSize: 60 * 1024, newSize: 100 * 1024, alignment: 1)
    #expect(!grown.movedFrom && grown.address == second)
    #expect(allocator.usableSize(address: second) ?? 0 >= 100 * 1024)
    // Past the mmap threshold the new block is mmapped instead: it moves.
    let mapped = allocator.reallocate(address: second, oldSize: 100 * 1024, newSize: 300 * 1024, alignment: 1)
    #expect(mapped.movedFrom && allocator.isMapped(address: mapped.address))
  }

  @Test func literalsArePlacedOnceInOrder() {
    var space = AddressSpace()
    let hello = space.literalAddress("hello")
    let world = space.literalAddress("world")
    #expect(world == hello + 5)
    #expect(space.literalAddress("hello") == hello)
    #expect(space.statics.count == 2)
    #expect(hello >> 40 == 0x55)
    #expect(hello < AddressSpace.standard.heapBase)
    let counter = space.staticAddress(name: "COUNTER", bytes: [0, 0, 0, 0], alignment: 4, mutable: true)
    #expect(counter % 4 == 0 && counter > hello)
    #expect(space.stackTop >> 40 == 0x7f)
    #expect(space.stackLimitAddress(limit: 8 * 1024 * 1024) == space.stackRegionEnd - 8 * 1024 * 1024)
  }
}
