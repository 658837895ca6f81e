import RustFrontEnd

extension Interpreter {
  /// The pieces `str::split`, `rsplit`, `splitn`, `rsplitn` and `split_terminator` give, in the
  /// order they give them: the text between matches, empty pieces included. `rsplit` and
  /// `rsplitn` search from the end (`"aaa".rsplit("aa")` matches the last two bytes), and a
  /// count keeps the text after its last match whole (`"a,b,c".splitn(2, ',')`: "a", "b,c").
  /// `split_terminator` leaves out an empty last piece.
  static func splitRanges(_ text: [UInt8], on pattern: [UInt8], splitter: TextSplitter, limit: Int?)
    -> [Range<Int>]
  {
    if limit == 0 { return [] }
    let matches = matchRanges(of: pattern, in: text, fromEnd: splitter.fromEnd, limit: limit.map { $0 - 1 })
    var ranges: [Range<Int>] = []
    if splitter.fromEnd {
      var end = text.count
      for found in matches {
        ranges.append(found.upperBound..<end)
        end = found.lowerBound
      }
      ranges.append(0..<end)
    } else {
      var start = 0
      for found in matches {
        ranges.append(start..<found.lowerBound)
        start = found.upperBound
      }
      if splitter != .splitTerminator || start < text.count { ranges.append(start..<text.count) }
    }
    return ranges
  }

  /// Non-overlapping matches of `pattern`, first to last or (`fromEnd`) last to first, at most
  /// `limit` of them. An empty pattern matches at every char boundary, both ends included.
  static func matchRanges(of pattern: [UInt8], in text: [UInt8], fromEnd: Bool, limit: Int?) -> [Range<Int>] {
    let wanted = limit ?? Int.max
    var matches: [Range<Int>] = []
    if pattern.isEmpty {
      let boundaries = (0...text.count).filter { $0 == text.count || text[$0] & 0xC0 != 0x80 }
      for boundary in fromEnd ? boundaries.reversed() : boundaries where matches.count < wanted {
        matches.append(boundary..<boundary)
      }
      return matches
    }
    if fromEnd {
      var index = text.count - pattern.count
      while index >= 0, matches.count < wanted {
        if text[index..<index + pattern.count].elementsEqual(pattern) {
          matches.append(index..<index + pattern.count)
          index -= pattern.count
        } else {
          index -= 1
        }
      }
    } else {
      var index = 0
      while index + pattern.count <= text.count, matches.count < wanted {
        if text[index..<index + pattern.count].elementsEqual(pattern) {
          matches.append(index..<index + pattern.count)
          index += pattern.count
        } else {
          index += 1
        }
      }
    }
    return matches
  }
}
