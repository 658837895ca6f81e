/// The characters used for boxes, lines, gauges and markers: Unicode by default, plain
/// ASCII for terminals without line drawing (`--ascii`).
struct BoxDrawing: Sendable, Equatable {
  var horizontal: String
  var vertical: String
  var topLeft: String
  var topRight: String
  var bottomLeft: String
  var bottomRight: String
  var arrowHead: String
  var gaugeLeft: String
  var gaugeRight: String
  var gaugeFull: String
  var gaugeEmpty: String
  var currentMarker: String
  var executedMarker: String
  var justRunMarker: String
  var ellipsis: String
  var separator: String
  var stackGrowth: String
  var rightArrow: String
  var emptySlot: String
  var dashedHorizontal: String
  /// Where a pointer line leaves a box's right edge.
  var teeRight: String

  static let unicode = BoxDrawing(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
    bottomRight: "┘", arrowHead: "►", gaugeLeft: "▕", gaugeRight: "▏", gaugeFull: "█",
    gaugeEmpty: "░", currentMarker: "▶", executedMarker: "·", justRunMarker: "✓",
    ellipsis: "…", separator: " · ", stackGrowth: "↓", rightArrow: "→", emptySlot: "·",
    dashedHorizontal: "╌", teeRight: "├")

  static let ascii = BoxDrawing(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+", arrowHead: ">", gaugeLeft: "[", gaugeRight: "]", gaugeFull: "#",
    gaugeEmpty: ".", currentMarker: ">", executedMarker: ".", justRunMarker: "*",
    ellipsis: "...", separator: " - ", stackGrowth: "v", rightArrow: "->", emptySlot: ".",
    dashedHorizontal: "-", teeRight: "+")

  static func make(ascii: Bool) -> BoxDrawing { ascii ? .ascii : .unicode }
}
