import MemoryModel

/// Rows that tie a block to other blocks: the blocks it owns, drawn inside it under the
/// words that point at them, and the freed block whose address it took over.
extension HeapBlockBox {
  /// `└► …a330 8 B "student1"` under each pointer word in `value` that owns a block drawn
  /// here, named by its field when it is one (`└► name …a2c0 3 B "Bob"`).
  func nestedRows(in value: Value) -> [[StyledRun]] {
    guard !nested.isEmpty else { return [] }
    let lead = "  " + context.glyphs.bottomLeft + context.glyphs.arrowHead + " "
    return value.ownedPlaces(fieldNames: scene.image.fieldNames).compactMap { place in
      guard let child = nested[place.address] else { return nil }
      return [
        StyledRun(lead, style(.pointer)),
        StyledRun(place.path.map { $0 + " " } ?? "", style(.slotName)),
        StyledRun(
          Format.address(child.address, .short, ellipsis: context.glyphs.ellipsis) + " ", style(.address)),
        StyledRun(Format.bytes(child.size) + " ", style(.size)),
      ] + Self.summary(of: child, box: self)
    }
  }

  /// `ptr …a2a0 ► 3 B "one"`: an element owning exactly one block drawn here, on one row.
  func inlineNestedRow(for value: Value) -> [StyledRun]? {
    let owned = value.ownedAddresses
    guard owned.count == 1, let child = nested[owned[0]] else { return nil }
    return [
      StyledRun(
        "ptr " + Format.address(child.address, .short, ellipsis: context.glyphs.ellipsis), style(.address)),
      StyledRun(" " + context.glyphs.arrowHead + " ", style(.pointer)),
      StyledRun(Format.bytes(child.size) + " ", style(.size)),
    ] + Self.summary(of: child, box: self)
  }

  /// The content rows (counted from the first row under the info row) that show a block
  /// drawn inside this one, following the row layout of `contentRows`: pointer lines to
  /// such a block end there.
  func nestedRowBlocks() -> [(row: Int, block: HeapBlock)] {
    guard !nested.isEmpty else { return [] }
    var found: [(row: Int, block: HeapBlock)] = []
    var row = reusedFrom == nil ? 0 : 1
    func children(_ value: Value) -> [HeapBlock] { value.ownedAddresses.compactMap { nested[$0] } }
    switch contents {
    case .elements(_, _, _, let elements):
      let shown = elements.prefix(shownCount)
      guard let first = shown.first, !first.isScalar else { return [] }
      for element in shown.prefix(Self.elementRowLimit) {
        let owned = children(element)
        if isSlim, element.ownedAddresses.count == 1, let only = owned.first {
          found.append((row, only))
          row += 1
          continue
        }
        row += 1
        for child in owned {
          found.append((row, child))
          row += 1
        }
      }
    case .boxed(_, let value), .counted(_, _, _, let value):
      row += 1
      for child in children(value) {
        found.append((row, child))
        row += 1
      }
    case .bytes:
      break
    }
    return found
  }

  /// The contents of a block drawn inside another, on one line.
  private static func summary(of child: HeapBlock, box: HeapBlockBox) -> [StyledRun] {
    switch child.contents {
    case .bytes(let capacity, let bytes):
      var runs = [StyledRun("\"" + String(decoding: bytes, as: UTF8.self).inert + "\"", box.style(.value))]
      if capacity > bytes.count {
        runs.append(StyledRun(" cap \(capacity)", box.style(.modelLabel)))
      }
      return runs
    case .elements(let type, _, let capacity, let elements):
      let list = ValueText.text(.array(elements), ellipsis: box.context.glyphs.ellipsis)
      return [
        StyledRun("Vec<\(type)> ", box.style(.heapTitle)), StyledRun(list, box.style(.value)),
        StyledRun(" cap \(capacity)", box.style(.modelLabel)),
      ]
    case .boxed(_, let value), .counted(_, _, _, let value):
      return [
        StyledRun(
          kindLabel(child.contents, countsAtomically: child.countsAtomically) + " ", box.style(.heapTitle)),
        StyledRun(box.valueText(value), box.style(.value)),
      ]
    }
  }

  /// `reused · was Vec<i32> 16 B, freed`: the block sits where a freed block still pointed
  /// at used to be, so that pointer now reads this block's bytes.
  func reusedRows() -> [[StyledRun]] {
    guard let old = reusedFrom else { return [] }
    return [
      [
        StyledRun("reused", context[.leakedBlock]),
        StyledRun(
          context.glyphs.separator + "was "
            + Self.kindLabel(old.contents, countsAtomically: old.countsAtomically) + " "
            + Format.bytes(old.size)
            + ", freed",
          context[.freedBlock]),
      ]
    ]
  }
}

extension Value {
  /// A struct, tuple or enum payload: a value made of other values.
  var hasFields: Bool {
    switch self {
    case .structure(_, let fields): !fields.isEmpty
    case .tuple(let values), .variant(_, _, let values): !values.isEmpty
    default: false
    }
  }

  /// The addresses of the blocks this value owns: `String`/`Vec` buffers, `Box` and `Rc`
  /// payloads, inside structs, tuples and enums too (references own nothing).
  package var ownedAddresses: [UInt64] {
    switch self {
    case .pointer(let address, let kind): return kind == .box || kind == .rc ? [address] : []
    case .buffer(let pointer, _, let capacity, _): return capacity > 0 ? [pointer] : []
    case .tuple(let values), .array(let values), .structure(_, let values), .variant(_, _, let values):
      return values.flatMap(\.ownedAddresses)
    default: return []
    }
  }
}

extension Value {
  /// `ownedAddresses`, each with the field path that holds it (`name`, `pet.name`), if any.
  func ownedPlaces(fieldNames: ValueText.FieldNames, path: String? = nil) -> [(
    path: String?, address: UInt64
  )] {
    func join(_ name: String) -> String { path.map { $0 + "." + name } ?? name }
    switch self {
    case .pointer(let address, let kind): return kind == .box || kind == .rc ? [(path, address)] : []
    case .buffer(let pointer, _, let capacity, _): return capacity > 0 ? [(path, pointer)] : []
    case .structure(let name, let fields):
      let names = fieldNames[name]
      return fields.enumerated().flatMap { index, field in
        let label = names.flatMap { $0.indices.contains(index) ? join($0[index]) : nil } ?? path
        return field.ownedPlaces(fieldNames: fieldNames, path: label)
      }
    case .tuple(let values), .array(let values), .variant(_, _, let values):
      return values.flatMap { $0.ownedPlaces(fieldNames: fieldNames, path: path) }
    default: return []
    }
  }
}

extension HeapBlock.Contents {
  /// Values inside the block that can own other blocks.
  package var ownedAddresses: [UInt64] {
    switch self {
    case .elements(_, _, _, let elements):
      guard let first = elements.first, !first.isScalar else { return [] }
      return elements.flatMap(\.ownedAddresses)
    case .boxed(_, let value), .counted(_, _, _, let value): return value.ownedAddresses
    case .bytes: return []
    }
  }
}
