import Execution
import MemoryModel

/// The Static panel: string literals and statics in the binary's `.rodata` / `.data`,
/// with their addresses. They exist before `main` runs and never move.
package enum StaticPanel {
  @discardableResult
  package static func render(
    _ image: ProgramImage, context: RenderContext, in area: Rect, into buffer: inout ScreenBuffer
  ) -> [PointerTarget] {
    guard area.width >= 8, area.height >= 2 else { return [] }
    buffer.drawTitleRule(
      "Static" + context.glyphs.separator + "in the binary", x: area.x, y: area.y, width: area.width,
      glyphs: context.glyphs, lineStyle: context[.panelBorder], titleStyle: context[.panelTitle])
    let items = image.statics.sorted { $0.address < $1.address }
    if items.isEmpty {
      buffer.put(
        "no literals", x: area.x + 1, y: area.y + 1, style: context[.modelLabel], maxWidth: area.width - 1)
      return []
    }
    let rows = area.height - 1
    let form: Format.AddressForm = area.width >= 44 ? .full : (area.width >= 34 ? .medium : .short)
    var targets: [PointerTarget] = []
    for (index, item) in items.enumerated() {
      let row = area.y + 1 + index
      guard row < area.maxY else { break }
      if index == rows - 1, items.count > rows {
        buffer.put(
          "\(context.glyphs.ellipsis) \(items.count - index) more", x: area.x + 1, y: row,
          style: context[.modelLabel], maxWidth: area.width - 1)
        break
      }
      let text =
        item.section == .rodata && item.label.utf8.elementsEqual(item.bytes)
        ? "\"" + item.label.inert + "\"" : item.label.inert
      let prefix =
        Format.address(item.address, form, ellipsis: context.glyphs.ellipsis) + " " + item.section.rawValue
        + " " + Format.bytes(item.bytes.count) + " "
      let room = max(0, area.width - 1 - DisplayWidth.of(prefix))
      let runs = [
        StyledRun(
          Format.address(item.address, form, ellipsis: context.glyphs.ellipsis) + " ", context[.address]),
        StyledRun(item.section.rawValue + " ", context[.modelLabel]),
        StyledRun(Format.bytes(item.bytes.count) + " ", context[.size]),
        StyledRun(Format.clipped(text, to: room, ellipsis: context.glyphs.ellipsis), context[.staticData]),
      ]
      buffer.put(runs: runs, x: area.x + 1, y: row, maxWidth: area.width - 1)
      targets.append(
        PointerTarget(
          rows: row..<(row + 1), x: area.x, address: item.address, size: item.bytes.count, isLive: true))
    }
    return targets
  }
}
