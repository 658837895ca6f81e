import CNcurses

#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

extension TerminalScreen {
  /// Waits up to `timeoutMilliseconds` for one input (0: don't wait).
  package func readInput(timeoutMilliseconds: Int32) -> TerminalInput {
    guard isOpen else { return .timedOut }
    wtimeout(window, max(0, timeoutMilliseconds))
    var value: wint_t = 0
    let status = wget_wch(window, &value)
    if status == memtutor_key_code_yes() {
      let code = Int32(bitPattern: value)
      if code == KEY_RESIZE {
        let size = updateSize()
        return .resize(width: size.width, height: size.height)
      }
      return TerminalKeyDecoder.decode(keyCode: code)
    }
    guard status == OK else { return .timedOut }
    if value == 0x1B {
      // Alt+key arrives as Esc immediately followed by the key: not an Esc press.
      wtimeout(window, 0)
      var next: wint_t = 0
      if wget_wch(window, &next) != ERR { return .ignored }
    }
    return TerminalKeyDecoder.decode(character: UInt32(value))
  }

  /// Whether the input has ended: hung up, or a file or pipe at its end (/dev/null always is).
  /// Only meaningful right after a wait returned early with nothing.
  package var inputLooksClosed: Bool {
    switch memtutor_poll_input(inputDescriptor) {
    case 2: return true
    case 1: return isatty(inputDescriptor) == 0
    default: return false
    }
  }
}
