/// Blocks served by `mmap`: whole pages, placed downwards from `AddressSpace.mmapTop`.
extension Allocator {
  /// The mapping length for an mmapped request: chunk plus its header, in whole pages.
  package static func mappingLength(forRequest size: Int) -> UInt64 {
    pageRounded(chunkSize(forRequest: size) + 8)
  }

  package mutating func mapRegion(size: Int) -> UInt64 {
    let length = Self.mappingLength(forRequest: size)
    let mapping: Mapping
    // The kernel places a new mapping in the highest gap that fits, at the gap's top.
    let fitting = freeMappings.indices.filter { freeMappings[$0].length >= length }
    if let index = fitting.max(by: { freeMappings[$0].start < freeMappings[$1].start }) {
      let hole = freeMappings[index]
      mapping = Mapping(start: hole.start + hole.length - length, length: length)
      if hole.length == length {
        freeMappings.remove(at: index)
      } else {
        freeMappings[index].length -= length
      }
    } else {
      mmapCursor -= length
      mapping = Mapping(start: mmapCursor, length: length)
    }
    let address = mapping.start + 16
    mappings[address] = mapping
    return address
  }

  /// glibc resizes mmapped blocks with `mremap`: they stay mmapped, shrink in place, grow in
  /// place when the pages above are free, and otherwise move.
  package mutating func remap(address: UInt64, mapping: Mapping, newSize: Int) -> (
    address: UInt64, movedFrom: Bool
  ) {
    let length = Self.mappingLength(forRequest: newSize)
    if length <= mapping.length {
      if length < mapping.length {
        mappings[address]?.length = length
        addHole(Mapping(start: mapping.start + length, length: mapping.length - length))
      }
      return (address, false)
    }
    let end = mapping.start + mapping.length
    if let index = freeMappings.firstIndex(where: { $0.start == end && mapping.length + $0.length >= length })
    {
      let extra = length - mapping.length
      if freeMappings[index].length == extra {
        freeMappings.remove(at: index)
      } else {
        freeMappings[index].start += extra
        freeMappings[index].length -= extra
      }
      mappings[address]?.length = length
      return (address, false)
    }
    mappings[address] = nil
    let moved = mapRegion(size: newSize)
    releaseMapping(mapping, raisingThreshold: false)
    return (moved, true)
  }

  package mutating func releaseMapping(_ mapping: Mapping, raisingThreshold: Bool) {
    // glibc's dynamic threshold: freeing an mmapped chunk raises the threshold to its size.
    if raisingThreshold, mapping.length > mmapThreshold, mapping.length <= Self.maximumMmapThreshold {
      raiseMmapThreshold(to: mapping.length)
    }
    addHole(mapping)
  }

  /// Returns pages to the free address space, merging neighbouring gaps.
  private mutating func addHole(_ hole: Mapping) {
    var merged = hole
    if let index = freeMappings.firstIndex(where: { $0.start == merged.start + merged.length }) {
      merged.length += freeMappings[index].length
      freeMappings.remove(at: index)
    }
    if let index = freeMappings.firstIndex(where: { $0.start + $0.length == merged.start }) {
      merged = Mapping(start: freeMappings[index].start, length: freeMappings[index].length + merged.length)
      freeMappings.remove(at: index)
    }
    if merged.start == mmapCursor {
      mmapCursor += merged.length
    } else {
      freeMappings.append(merged)
    }
  }
}
