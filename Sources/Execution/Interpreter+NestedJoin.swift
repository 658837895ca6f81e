import MemoryModel
import RustFrontEnd

extension Interpreter {
  /// `rows.concat()` and `rows.join(&separator)` on `Vec<T>` / `[T; N]` rows: the library sums
  /// the lengths (plus one per gap for `join`), allocates exactly that, then clones the items in.
  func nestedJoinResult(_ builtin: Builtin, _ arguments: [Value], types typeList: [Int]) throws -> Value {
    let row = sliceElementType(typeList[0])
    let inner = types[row].element
    let rows = try sliceElements(arguments[0], elementType: row)
    let pieces: [[Value]] = rows.map { row in
      if case .array(let items) = row { return items }
      return vecElements(row)
    }
    var separator: Value?
    if builtin == .sliceMethod("join rows"), arguments.count == 2 {
      separator = try read(address: address(of: arguments[1]), type: inner)
    }
    let gaps = separator == nil ? 0 : max(0, pieces.count - 1)
    let total = pieces.reduce(gaps) { $0 + $1.count }
    try chargeWork(total)
    let vec = try allocateVec(elementType: inner, capacity: total, exact: true)
    var items: [Value] = []
    for (index, piece) in pieces.enumerated() {
      if index > 0, let separator { items.append(try cloneValue(separator, type: inner)) }
      for item in piece { items.append(try cloneValue(item, type: inner)) }
    }
    return try fillVec(vec, with: items)
  }
}
