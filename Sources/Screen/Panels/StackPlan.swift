/// Which frames the Stack panel draws in full, which as one-line headers, and how many it
/// folds into `… N frames …` when the stack is taller than the panel.
package struct StackPlan: Sendable, Equatable {
  package enum Entry: Sendable, Equatable {
    case frame(index: Int, full: Bool)
    case hidden(count: Int)
  }

  package var entries: [Entry]

  /// Plans `count` frames (index 0 is main) into `rows` rows. Touches only the frames it
  /// may draw, so a 200,000-frame stack costs no more than a short one.
  package static func make(count: Int, rows: Int, fullHeight: (Int) -> Int) -> StackPlan {
    guard count > 0, rows > 0 else { return StackPlan(entries: []) }
    var used = 0
    var index = count - 1
    while index >= 0 {
      used += fullHeight(index)
      if used > rows { break }
      index -= 1
    }
    if index < 0 {
      return StackPlan(entries: (0..<count).map { .frame(index: $0, full: true) })
    }
    if count == 1 { return StackPlan(entries: [.frame(index: 0, full: true)]) }

    // Main stays (in full while it is small), then the newest frames from the bottom up:
    // the newest two in full where they fit, older ones as one-line headers.
    let mainHeight = fullHeight(0)
    let mainFull = mainHeight <= max(3, rows / 3)
    var budget = rows - (mainFull ? mainHeight : 1) - 1
    var bottom: [Entry] = []
    var fullShown = 0
    var next = count - 1
    while next >= 1, budget > 0 {
      let height = fullHeight(next)
      if fullShown < 2, height <= budget {
        bottom.append(.frame(index: next, full: true))
        budget -= height
        fullShown += 1
      } else {
        bottom.append(.frame(index: next, full: false))
        budget -= 1
      }
      next -= 1
    }
    var entries: [Entry] = [.frame(index: 0, full: mainFull)]
    if next >= 1 { entries.append(.hidden(count: next)) }
    entries += bottom.reversed()
    return StackPlan(entries: entries)
  }
}
