import MemoryModel

/// Column widths for the slot rows of the Stack panel: name, type, size, address, value.
/// A value too long for its column continues on a second, indented row.
package struct SlotColumns: Sendable, Equatable {
  package var nameWidth: Int
  package var typeWidth: Int
  package var sizeWidth: Int
  package var addressForm: Format.AddressForm
  /// Room for the value on the slot's own row.
  package var valueWidth: Int
  /// Room for the value on a continuation row.
  package var continuationWidth: Int
  package var ellipsis: String
  /// Struct and variant field names, so a struct reads `Person { name: …, age: 36 }`.
  package var fieldNames: ValueText.FieldNames = [:]

  package static func fit(_ layouts: [FrameLayout], innerWidth: Int, glyphs: BoxDrawing) -> SlotColumns {
    var nameWidth = 4
    var typeWidth = 4
    var sizeWidth = 3
    for layout in layouts {
      for slot in layout.slots where !slot.isCompilerTemporary {
        nameWidth = max(nameWidth, DisplayWidth.of(slot.name))
        typeWidth = max(typeWidth, DisplayWidth.of(slot.typeName))
        sizeWidth = max(sizeWidth, DisplayWidth.of(Format.bytes(slot.size)))
      }
    }
    // Names matter most to a learner; long values continue on a row of their own anyway.
    nameWidth = min(nameWidth, max(4, innerWidth / 3))
    typeWidth = min(typeWidth, max(4, innerWidth / 4))
    var chosen = Format.AddressForm.short
    // Values too long for their row continue below it, so a short value column will do.
    for form in [Format.AddressForm.full, .medium] {
      let value = innerWidth - (nameWidth + typeWidth + sizeWidth + form.width + 4)
      if value >= 12 {
        chosen = form
        break
      }
    }
    var valueWidth = innerWidth - (nameWidth + typeWidth + sizeWidth + chosen.width + 4)
    if valueWidth < 4 {
      // Very narrow: give the value some room at the type's expense.
      let shortfall = 4 - valueWidth
      typeWidth = max(2, typeWidth - shortfall)
      valueWidth = innerWidth - (nameWidth + typeWidth + sizeWidth + chosen.width + 4)
    }
    return SlotColumns(
      nameWidth: nameWidth, typeWidth: typeWidth, sizeWidth: sizeWidth, addressForm: chosen,
      valueWidth: max(0, valueWidth), continuationWidth: max(0, innerWidth - 2),
      ellipsis: glyphs.ellipsis)
  }

  /// The value as the slot row shows it, and the role it is drawn in.
  package func valueText(_ slot: FrameState.Slot?) -> (text: String, role: ThemeRole) {
    guard let slot else { return ("", .value) }
    let text = ValueText.text(
      slot.value, addressForm: addressForm, ellipsis: ellipsis, fieldNames: fieldNames)
    switch slot.status {
    case .uninitialized: return ("?? (uninit)", .uninitialised)
    case .live: return (text, .value)
    case .movedOut: return (text + " (moved)", .movedOut)
    case .dead: return ("(out of scope)", .deadSlot)
    }
  }

  /// 1, or 2 when the value needs a continuation row.
  package func rows(for slot: FrameState.Slot?, extraWidth: Int = 0) -> Int {
    DisplayWidth.of(valueText(slot).text) + extraWidth > valueWidth ? 2 : 1
  }
}
