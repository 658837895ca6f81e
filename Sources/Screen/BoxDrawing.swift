/// The characters used for boxes, lines, gauges and markers: Unicode by default, plain
/// ASCII for terminals without line drawing (`--ascii`).
package struct BoxDrawing: Sendable, Equatable {
  package var horizontal: String
  package var vertical: String
  package var topLeft: String
  package var topRight: String
  package var bottomLeft: String
  package var bottomRight: String
  package var arrowHead: String
  package var gaugeLeft: String
  package var gaugeRight: String
  package var gaugeFull: String
  package var gaugeEmpty: String
  package var currentMarker: String
  package var executedMarker: String
  package var justRunMarker: String
  package var ellipsis: String
  package var separator: String
  package var stackGrowth: String
  package var rightArrow: String
  package var emptySlot: String
  package var dashedHorizontal: String
  /// Where a pointer line leaves a box's right edge.
  package var teeRight: String

  package static let unicode = BoxDrawing(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
    bottomRight: "┘", arrowHead: "►", gaugeLeft: "▕", gaugeRight: "▏", gaugeFull: "█",
    gaugeEmpty: "░", currentMarker: "▶", executedMarker: "·", justRunMarker: "✓",
    ellipsis: "…", separator: " · ", stackGrowth: "↓", rightArrow: "→", emptySlot: "·",
    dashedHorizontal: "╌", teeRight: "├")

  package static let ascii = BoxDrawing(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+", arrowHead: ">", gaugeLeft: "[", gaugeRight: "]", gaugeFull: "#",
    gaugeEmpty: ".", currentMarker: ">", executedMarker: ".", justRunMarker: "*",
    ellipsis: "...", separator: " - ", stackGrowth: "v", rightArrow: "->", emptySlot: ".",
    dashedHorizontal: "-", teeRight: "+")

  package static func make(ascii: Bool) -> BoxDrawing { ascii ? .ascii : .unicode }
}
