import MemoryModel

/// Whether a `match`'s unguarded arms cover every value of the scrutinee's type, and if not,
/// which values they miss: rustc's E0004, by the usefulness algorithm rustc's own check is
/// built on (a matrix of patterns, specialised one constructor at a time).
///
/// Integers and `char`s are split into the ranges the arms mention; `str`, `String` and floats
/// are covered only by a binding or `_`, as in rustc. Anything the check cannot read (a
/// constant in a pattern, a type it does not know) makes it give up and accept the match,
/// so it never refuses a match rustc accepts.
struct MatchCoverage {
  /// A pattern reduced to what coverage needs.
  indirect enum Shape {
    case wild
    case variant(Int, [Shape])
    /// A tuple, struct or array: one constructor with every field, unmentioned ones `_`.
    case product([Shape])
    case bool(Bool)
    case integers(ClosedRange<Int128>)
    /// A string or float literal: covers one value of an infinite type.
    case opaque
    /// A slice pattern: exactly `prefix` elements, or with a `..` at least `prefix + suffix`.
    case slice(prefix: [Shape], suffix: [Shape], hasRest: Bool)
  }

  /// A column's type as coverage sees it.
  enum Domain {
    case variants(enumName: String, [(name: String, payload: [TypeTerm])])
    case product(kind: ProductKind, [TypeTerm])
    case bool
    case integers([ClosedRange<Int128>], kind: RustType.IntegerKind?)
    case infinite(referenced: Bool)
    /// A `[T]` behind a reference: one constructor per length.
    case slice(element: TypeTerm)
  }

  enum ProductKind {
    case tuple
    case structure(name: String, fields: [String])
    case array
  }

  struct GiveUp: Error {}

  let table: InferenceTable
  let structs: [String: Checker.StructInfo]
  let enums: [String: Checker.EnumInfo]
  /// Bounds the work on a pathological match; past it the match is accepted.
  private var budget = 200_000

  init(table: InferenceTable, structs: [String: Checker.StructInfo], enums: [String: Checker.EnumInfo]) {
    self.table = table
    self.structs = structs
    self.enums = enums
  }

  /// The values no arm covers, as rustc writes them (`E::A`, `Some(_)`, `101_u8..=199_u8`);
  /// empty when the arms are exhaustive or the check gave up.
  mutating func missing(arms: [TypedPattern], type: TypeTerm) -> [String] {
    do {
      var rows: [[Shape]] = []
      for pattern in arms {
        for alternative in try shapes(of: pattern) { rows.append([alternative]) }
      }
      return try witnesses(rows, [type], all: true).map { $0[0] }
    } catch {
      return []
    }
  }

  // MARK: - Patterns

  private func shapes(of pattern: TypedPattern) throws -> [Shape] {
    switch pattern.kind {
    case .binding(_, _, _, let sub): return try sub.map(shapes(of:)) ?? [.wild]
    case .wildcard, .arrayRest: return [.wild]
    case .deref(let inner): return try shapes(of: inner)
    case .or(let options): return try options.flatMap(shapes(of:))
    case .tuple(let items), .array(let items):
      return try product(items.map(shapes(of:))).map { .product($0) }
    case .structure(let name, let fields):
      guard let info = structs[name] else { throw GiveUp() }
      var columns = [[Shape]](repeating: [.wild], count: info.fields.count)
      for field in fields where field.index < columns.count {
        columns[field.index] = try shapes(of: field.pattern)
      }
      return product(columns).map { .product($0) }
    case .variant(_, let variant, let items):
      return try product(items.map(shapes(of:))).map { .variant(variant, $0) }
    case .literal(let expr):
      return [try literal(expr)]
    case .slice(let prefix, let suffix, let hasRest, _):
      let columns = try (prefix + suffix).map(shapes(of:))
      return product(columns).map {
        .slice(
          prefix: Array($0.prefix(prefix.count)), suffix: Array($0.dropFirst(prefix.count)), hasRest: hasRest)
      }
    case .range(let low, let high, let inclusive):
      guard let lower = integer(low), let upper = integer(high) else { throw GiveUp() }
      let last = inclusive ? upper : upper - 1
      return lower <= last ? [.integers(lower...last)] : []
    }
  }

  private func literal(_ expr: TypedExpr) throws -> Shape {
    switch expr.kind {
    case .boolean(let value): return .bool(value)
    case .string, .float: return .opaque
    default:
      guard let value = integer(expr) else { throw GiveUp() }
      return .integers(value...value)
    }
  }

  private func integer(_ expr: TypedExpr) -> Int128? {
    switch expr.kind {
    case .integer(let value): return value
    case .character(let scalar): return Int128(scalar.value)
    case .negate(let inner): return integer(inner).map { -$0 }
    default: return nil
    }
  }

  /// Every combination of the alternatives of each field (or-patterns nested in a tuple).
  private func product(_ columns: [[Shape]]) -> [[Shape]] {
    columns.reduce([[]]) { partial, options in partial.flatMap { row in options.map { row + [$0] } } }
  }

  // MARK: - Types

  /// The column's domain, and whether its values sit behind a reference (rustc then writes
  /// the missing value as `&None`).
  private func domain(of type: TypeTerm) throws -> (Domain, referenced: Bool) {
    var base = table.shallow(type)
    var referenced = false
    while true {
      switch base {
      case .reference(let inner, _):
        referenced = true
        base = table.shallow(inner)
      case .box(let inner): base = table.shallow(inner)
      default:
        return (try domain(ofBase: base, referenced: referenced), referenced)
      }
    }
  }

  private func domain(ofBase base: TypeTerm, referenced: Bool) throws -> Domain {
    switch base {
    case .bool: return .bool
    case .unit: return .product(kind: .tuple, [])
    case .integer(let kind):
      guard let range = Self.range(of: kind) else { throw GiveUp() }
      return .integers([range], kind: kind)
    case .char: return .integers([0...0xD7FF, 0xE000...0x10FFFF], kind: nil)
    case .option(let inner): return .variants(enumName: "", [("None", []), ("Some", [inner])])
    case .result(let value, let error): return .variants(enumName: "", [("Ok", [value]), ("Err", [error])])
    case .enumeration(let name):
      guard let info = enums[name] else { throw GiveUp() }
      return .variants(enumName: name, info.variants.map { ($0.name, $0.payload) })
    case .tuple(let items): return .product(kind: .tuple, items)
    case .array(let element, let count):
      return .product(kind: .array, Array(repeating: element, count: count))
    case .structure(let name):
      guard let info = structs[name] else { throw GiveUp() }
      return .product(kind: .structure(name: name, fields: info.fields.map(\.name)), info.fields.map(\.type))
    case .variable:
      switch table.kind(of: base) {
      case .integer: return .integers([Int128(Int32.min)...Int128(Int32.max)], kind: .i32)
      case .float: return .infinite(referenced: referenced)
      default: throw GiveUp()
      }
    case .slice(let element): return .slice(element: element)
    case .str, .string, .float, .vec: return .infinite(referenced: referenced)
    default: throw GiveUp()
    }
  }

  static func range(of kind: RustType.IntegerKind) -> ClosedRange<Int128>? {
    switch kind {
    case .i8: return Int128(Int8.min)...Int128(Int8.max)
    case .i16: return Int128(Int16.min)...Int128(Int16.max)
    case .i32: return Int128(Int32.min)...Int128(Int32.max)
    case .i64, .isize: return Int128(Int64.min)...Int128(Int64.max)
    case .i128: return Int128.min...Int128.max
    case .u8: return 0...Int128(UInt8.max)
    case .u16: return 0...Int128(UInt16.max)
    case .u32: return 0...Int128(UInt32.max)
    case .u64, .usize: return 0...Int128(UInt64.max)
    case .u128: return nil
    }
  }

  // MARK: - Usefulness

  /// The value vectors (one text per column) that no row covers: the first one found, or every
  /// one for the first column when `all` is set (rustc lists each missing variant or range).
  private mutating func witnesses(_ rows: [[Shape]], _ types: [TypeTerm], all: Bool = false) throws
    -> [[String]]
  {
    budget -= 1
    if budget < 0 { throw GiveUp() }
    guard let type = types.first else { return rows.isEmpty ? [[]] : [] }
    let rest = Array(types.dropFirst())
    var found: [[String]] = []
    // A column no arm looks into is missed, if at all, as a whole: rustc writes it `_`.
    if rows.allSatisfy({ if case .wild = $0[0] { return true } else { return false } }) {
      return try witnesses(rows.map { Array($0.dropFirst()) }, rest).prefix(1).map { ["_"] + $0 }
    }
    let (domain, referenced) = try domain(of: type)
    let prefix = referenced ? "&" : ""
    func record(_ head: String, _ tails: [[String]]) -> Bool {
      guard let tail = tails.first else { return false }
      found.append([prefix + head] + tail)
      return !all
    }
    switch domain {
    case .bool:
      for value in [false, true] {
        let specialised = rows.compactMap { row -> [Shape]? in
          switch row[0] {
          case .wild: return Array(row.dropFirst())
          case .bool(let b) where b == value: return Array(row.dropFirst())
          default: return nil
          }
        }
        if record(String(value), try witnesses(specialised, rest)) { return found }
      }
    case .variants(let enumName, let variants):
      for (index, variant) in variants.enumerated() {
        let arity = variant.payload.count
        let specialised = rows.compactMap { row -> [Shape]? in
          switch row[0] {
          case .wild: return Array(repeating: .wild, count: arity) + row.dropFirst()
          case .variant(let v, let fields) where v == index && fields.count == arity:
            return fields + row.dropFirst()
          default: return nil
          }
        }
        let tails = try witnesses(specialised, variant.payload + rest)
        guard let tail = tails.first else { continue }
        let name = enumName.isEmpty ? variant.name : "\(enumName)::\(variant.name)"
        let payload = tail.prefix(arity)
        let text = arity == 0 ? name : "\(name)(\(payload.joined(separator: ", ")))"
        found.append([prefix + text] + tail.dropFirst(arity))
        if !all { return found }
      }
    case .product(let kind, let fieldTypes):
      let arity = fieldTypes.count
      let specialised = rows.compactMap { row -> [Shape]? in
        switch row[0] {
        case .wild: return Array(repeating: .wild, count: arity) + row.dropFirst()
        case .product(let fields) where fields.count == arity: return fields + row.dropFirst()
        default: return nil
        }
      }
      if let tail = try witnesses(specialised, fieldTypes + rest).first {
        found.append([prefix + Self.text(kind, Array(tail.prefix(arity)))] + tail.dropFirst(arity))
      }
    case .integers(let domain, let kind):
      for segment in Self.segments(of: domain, cutBy: rows.map { $0[0] }) {
        let specialised = rows.compactMap { row -> [Shape]? in
          switch row[0] {
          case .wild: return Array(row.dropFirst())
          case .integers(let covered) where covered.contains(segment.lowerBound):
            return Array(row.dropFirst())
          default: return nil
          }
        }
        if record(Self.text(segment, kind: kind), try witnesses(specialised, rest)) { return found }
      }
    case .slice(let element):
      for length in Self.sliceLengths(rows.map { $0[0] }) {
        let arity = length.prefix + length.suffix
        let specialised = rows.compactMap { row -> [Shape]? in
          switch row[0] {
          case .wild: return Array(repeating: .wild, count: arity) + row.dropFirst()
          case .slice(let prefix, let suffix, let hasRest):
            if length.orMore {
              guard hasRest else { return nil }
              let fill = [Shape](repeating: .wild, count: length.prefix - prefix.count)
              let fillBack = [Shape](repeating: .wild, count: length.suffix - suffix.count)
              return prefix + fill + fillBack + suffix + row.dropFirst()
            }
            let count = prefix.count + suffix.count
            guard hasRest ? count <= arity : count == arity else { return nil }
            return prefix + [Shape](repeating: .wild, count: arity - count) + suffix + row.dropFirst()
          default: return nil
          }
        }
        let tails = try witnesses(specialised, Array(repeating: element, count: arity) + rest)
        guard let tail = tails.first else { continue }
        var items = Array(tail.prefix(arity))
        if length.orMore { items.insert("..", at: length.prefix) }
        found.append([prefix + "[\(items.joined(separator: ", "))]"] + tail.dropFirst(arity))
        if !all { return found }
      }
    case .infinite:
      let defaults = rows.compactMap { row -> [Shape]? in
        if case .wild = row[0] { return Array(row.dropFirst()) }
        return nil
      }
      _ = record("_", try witnesses(defaults, rest))
    }
    return found
  }

  /// The domain cut at every bound the arms mention, so each piece is either wholly inside or
  /// wholly outside each arm's range.
  static func segments(of domain: [ClosedRange<Int128>], cutBy heads: [Shape]) -> [ClosedRange<Int128>] {
    var cuts: Set<Int128> = []
    for head in heads {
      guard case .integers(let range) = head else { continue }
      cuts.insert(range.lowerBound)
      if range.upperBound < Int128.max { cuts.insert(range.upperBound + 1) }
    }
    var pieces: [ClosedRange<Int128>] = []
    for part in domain {
      var start = part.lowerBound
      for cut in cuts.sorted() where cut > part.lowerBound && cut <= part.upperBound {
        pieces.append(start...(cut - 1))
        start = cut
      }
      pieces.append(start...part.upperBound)
    }
    return pieces
  }

  /// The lengths to try, as rustc splits a slice's constructors: each length up to the
  /// longest the arms fix, then one for "that long or longer" as wide as the widest `..` arm.
  static func sliceLengths(_ heads: [Shape]) -> [(prefix: Int, suffix: Int, orMore: Bool)] {
    var longestFixed = -1
    var widestPrefix = 0
    var widestSuffix = 0
    for head in heads {
      guard case .slice(let prefix, let suffix, let hasRest) = head else { continue }
      if hasRest {
        widestPrefix = max(widestPrefix, prefix.count)
        widestSuffix = max(widestSuffix, suffix.count)
      } else {
        longestFixed = max(longestFixed, prefix.count + suffix.count)
      }
    }
    if longestFixed + 1 >= widestPrefix + widestSuffix { widestPrefix = longestFixed + 1 - widestSuffix }
    let fixed = (0..<(widestPrefix + widestSuffix)).map { (prefix: $0, suffix: 0, orMore: false) }
    return fixed + [(widestPrefix, widestSuffix, true)]
  }

  static func text(_ kind: ProductKind, _ fields: [String]) -> String {
    switch kind {
    case .tuple: return fields.count == 1 ? "(\(fields[0]),)" : "(\(fields.joined(separator: ", ")))"
    case .array: return "[\(fields.joined(separator: ", "))]"
    case .structure(let name, let names):
      let shown = zip(names, fields).filter { $0.1 != "_" }.map { "\($0.0): \($0.1)" }
      if shown.count == names.count { return "\(name) { \(shown.joined(separator: ", ")) }" }
      return "\(name) { \((shown + [".."]).joined(separator: ", ")) }"
    }
  }

  /// rustc's way of writing a missing range: `5_i32`, `i32::MIN..=-1_i32`, `2_usize..`.
  static func text(_ segment: ClosedRange<Int128>, kind: RustType.IntegerKind?) -> String {
    guard let kind else {
      func character(_ value: Int128) -> String {
        guard let scalar = Unicode.Scalar(UInt32(clamping: value)) else { return "_" }
        return "'\(scalar.escaped(asASCII: true))'"
      }
      if segment.lowerBound == segment.upperBound { return character(segment.lowerBound) }
      return "\(character(segment.lowerBound))..=\(character(segment.upperBound))"
    }
    let name = kind.rawValue
    let full = range(of: kind)
    func bound(_ value: Int128) -> String {
      if value == full?.lowerBound && kind.rawValue.hasPrefix("i") { return "\(name)::MIN" }
      if value == full?.upperBound { return "\(name)::MAX" }
      return "\(value)_\(name)"
    }
    if segment.lowerBound == segment.upperBound { return "\(segment.lowerBound)_\(name)" }
    let pointerSized = kind == .usize || kind == .isize
    if pointerSized && segment.upperBound == full?.upperBound {
      return segment.lowerBound == full?.lowerBound ? "_" : "\(bound(segment.lowerBound)).."
    }
    return "\(bound(segment.lowerBound))..=\(bound(segment.upperBound))"
  }
}
