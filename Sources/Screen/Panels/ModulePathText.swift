/// A function's path (`front_of_house::hosting::add_to_waitlist`) made shorter from its front,
/// for a header too narrow for it.
package enum ModulePathText {
  /// `…hosting::add_to_waitlist`, then `…add_to_waitlist`: the path without one more leading
  /// module each time, longest first; empty for a name without a module. `::` inside a
  /// generic's arguments (`Wrapper<std::string::String>::fmt`) does not split it.
  package static func shortenings(of path: String, ellipsis: String) -> [String] {
    var segments: [Substring] = []
    var depth = 0
    var start = path.startIndex
    var index = path.startIndex
    while index < path.endIndex {
      let character = path[index]
      if character == "<" { depth += 1 }
      if character == ">" { depth = max(0, depth - 1) }
      let next = path.index(after: index)
      if depth == 0, character == ":", next < path.endIndex, path[next] == ":" {
        segments.append(path[start..<index])
        start = path.index(after: next)
        index = start
        continue
      }
      index = next
    }
    segments.append(path[start...])
    guard segments.count > 1 else { return [] }
    return (1..<segments.count).map { dropped in
      ellipsis + segments[dropped...].joined(separator: "::")
    }
  }
}
