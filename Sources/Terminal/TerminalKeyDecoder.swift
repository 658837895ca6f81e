import CNcurses

/// Turns what `wget_wch` returns into `TerminalInput`.
package enum TerminalKeyDecoder {
  /// A character `wget_wch` returned with `OK`.
  package static func decode(character value: UInt32) -> TerminalInput {
    switch value {
    case 0x0D, 0x0A: return .key(.enter)
    case 0x09: return .key(.tab)
    case 0x08, 0x7F: return .key(.backspace)
    case 0x1B: return .key(.escape)
    case 0x0C: return .redraw
    case 0..<0x20, 0x80..<0xA0: return .ignored
    default:
      guard let scalar = Unicode.Scalar(value) else { return .ignored }
      return .key(.character(Character(scalar)))
    }
  }

  /// A key code `wget_wch` returned with `KEY_CODE_YES` (other than `KEY_RESIZE`).
  package static func decode(keyCode: Int32) -> TerminalInput {
    switch keyCode {
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    // Terminals send Home/End in several forms: khome/kend, the VT220 Find/Select keys
    // (tmux and screen send those), and the keypad corners.
    case KEY_HOME, KEY_FIND, KEY_A1: return .key(.home)
    case KEY_END, KEY_SELECT, KEY_C1: return .key(.end)
    case KEY_PPAGE, KEY_A3: return .key(.pageUp)
    case KEY_NPAGE, KEY_C3: return .key(.pageDown)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_ENTER: return .key(.enter)
    case KEY_DC: return .key(.delete)
    default:
      let first = memtutor_key_f0() + 1
      if keyCode >= first, keyCode <= memtutor_key_f0() + 63 {
        return .key(.function(Int(keyCode - memtutor_key_f0())))
      }
      return .ignored
    }
  }
}
