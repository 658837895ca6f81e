import CNcurses
import Screen

#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

/// The ncurses screen: start-up, teardown, and (in extensions) drawing and input.
///
/// Use `TerminalScreen.withScreen { … }` or call `close()` on every path (it is idempotent, and
/// `deinit` calls it too). Signals and faults restore the terminal as well (`TerminalSignals`).
package final class TerminalScreen {
  package let capabilities: TerminalCapabilities
  /// Current size in cells.
  package private(set) var width: Int
  package private(set) var height: Int

  package var supportsColor: Bool { capabilities.supportsColor }

  private var screen: OpaquePointer?
  package let window: UnsafeMutablePointer<WINDOW>
  package let inputDescriptor: Int32
  private let ownedFiles: [UnsafeMutablePointer<FILE>]
  private var ownedDescriptors: [Int32]
  /// A headless screen's end of its input pipe.
  private var inputWriter: Int32?

  /// The last frame sent to ncurses, to send only what changed; nil forces a full repaint.
  package var previousFrame: ScreenBuffer?
  package var palette: TerminalColorPalette

  private init(
    screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, inputDescriptor: Int32,
    capabilities: TerminalCapabilities, palette: TerminalColorPalette,
    ownedFiles: [UnsafeMutablePointer<FILE>], ownedDescriptors: [Int32]
  ) {
    self.screen = screen
    self.window = window
    self.inputDescriptor = inputDescriptor
    self.capabilities = capabilities
    self.palette = palette
    self.ownedFiles = ownedFiles
    self.ownedDescriptors = ownedDescriptors
    var rows: Int32 = 0
    var columns: Int32 = 0
    memtutor_getmaxyx(window, &rows, &columns)
    width = Int(max(0, columns))
    height = Int(max(0, rows))
  }

  deinit { close() }

  package var isOpen: Bool { screen != nil }

  /// Opens the user's terminal: refuses (before touching ncurses) when standard output is not a
  /// terminal or `TERM` is unset or dumb, then starts ncurses with `newterm` on stdout/stdin.
  package static func open(environment: TerminalEnvironment = .current()) throws(TerminalError)
    -> TerminalScreen
  {
    if let refusal = environment.refusal { throw refusal }
    let term = environment.variables["TERM"] ?? ""
    fflush(memtutor_stdout())
    return try start(
      term: nil, termName: term, output: memtutor_stdout(), input: memtutor_stdin(),
      inputDescriptor: STDIN_FILENO, environment: environment, ownedFiles: [], ownedDescriptors: [])
  }

  /// A screen that draws into /dev/null as `term` at a fixed size, reading from a pipe that never
  /// delivers: for benchmarks and in-process tests, with no real terminal involved.
  package static func openHeadless(term: String = "xterm-256color", width: Int, height: Int)
    throws(TerminalError)
    -> TerminalScreen
  {
    var pipeEnds: [Int32] = [-1, -1]
    guard pipe(&pipeEnds) == 0 else { throw .terminalTypeUnknown(term) }
    guard let output = fopen("/dev/null", "w"), let input = fdopen(pipeEnds[0], "r") else {
      closeDescriptor(pipeEnds[0])
      closeDescriptor(pipeEnds[1])
      throw .terminalTypeUnknown(term)
    }
    let environment = TerminalEnvironment(variables: ["TERM": term], outputIsTerminal: false)
    let screen = try start(
      term: term, termName: term, output: output, input: input, inputDescriptor: pipeEnds[0],
      environment: environment, ownedFiles: [output, input], ownedDescriptors: [pipeEnds[1]])
    screen.inputWriter = pipeEnds[1]
    screen.resize(width: width, height: height)
    // resizeterm queues a KEY_RESIZE for the program to notice; the size is already known here.
    _ = screen.readInput(timeoutMilliseconds: 0)
    return screen
  }

  /// Opens the terminal, runs `body`, and restores the terminal whatever `body` does (short of a
  /// crash, which the fault handler covers).
  package static func withScreen<Result>(_ body: (TerminalScreen) -> Result) throws(TerminalError) -> Result {
    let screen = try open()
    defer { screen.close() }
    return body(screen)
  }

  private static func start(
    term: String?, termName: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
    inputDescriptor: Int32, environment: TerminalEnvironment, ownedFiles: [UnsafeMutablePointer<FILE>],
    ownedDescriptors: [Int32]
  ) throws(TerminalError) -> TerminalScreen {
    setlocale(LC_ALL, "")
    // Before newterm: ncurses installs its own SIGINT/SIGTERM handlers only where none is set.
    TerminalSignals.install()
    let created: OpaquePointer? =
      if let term { term.withCString { newterm($0, output, input) } } else { newterm(nil, output, input) }
    guard let screen = created, let window = memtutor_stdscr() else {
      TerminalSignals.restore()
      ownedFiles.forEach { fclose($0) }
      ownedDescriptors.forEach { closeDescriptor($0) }
      throw .terminalTypeUnknown(termName)
    }
    cbreak()
    noecho()
    nonl()
    intrflush(window, false)
    keypad(window, true)
    defineExtraKeys()
    curs_set(0)
    set_escdelay(25)

    var colorCount = 0
    var hasDefaultColors = false
    if !TerminalCapabilities.colorDisabled(byEnvironment: environment.variables), has_colors(),
      start_color() == OK
    {
      colorCount = Int(memtutor_colors())
      hasDefaultColors = use_default_colors() == OK
    }
    let capabilities = TerminalCapabilities(
      supportsColor: colorCount > 0, colorCount: colorCount, supportsUnicode: memtutor_locale_is_utf8() != 0)
    let palette = TerminalColorPalette(
      colorCount: colorCount, hasDefaultColors: hasDefaultColors,
      maxPairs: colorCount > 0 ? Int(memtutor_color_pairs()) : 0)
    return TerminalScreen(
      screen: screen, window: window, inputDescriptor: inputDescriptor, capabilities: capabilities,
      palette: palette, ownedFiles: ownedFiles, ownedDescriptors: ownedDescriptors)
  }

  /// Home/End as tmux, screen, rxvt and xterm's normal mode send them, which a terminfo entry
  /// (tmux with TERM=xterm-256color, say) often lacks.
  private static func defineExtraKeys() {
    let sequences: [(String, Int32)] = [
      ("\u{1b}[1~", KEY_HOME), ("\u{1b}[7~", KEY_HOME), ("\u{1b}[H", KEY_HOME), ("\u{1b}OH", KEY_HOME),
      ("\u{1b}[4~", KEY_END), ("\u{1b}[8~", KEY_END), ("\u{1b}[F", KEY_END), ("\u{1b}OF", KEY_END),
    ]
    for (sequence, code) in sequences where key_defined(sequence) <= 0 {
      define_key(sequence, code)
    }
  }

  /// Restores the terminal: cursor back, out of the alternate screen, modes reset. Idempotent.
  package func close() {
    guard let screen else { return }
    self.screen = nil
    curs_set(1)
    endwin()
    delscreen(screen)
    for file in ownedFiles { fclose(file) }
    for descriptor in ownedDescriptors { closeDescriptor(descriptor) }
    TerminalSignals.restore()
  }

  /// Feeds bytes to a headless screen's input, as if typed.
  package func injectInput(_ bytes: [UInt8]) {
    guard let inputWriter else { return }
    _ = bytes.withUnsafeBytes { write(inputWriter, $0.baseAddress, $0.count) }
  }

  /// Ends a headless screen's input, as when standard input reaches its end.
  package func endInput() {
    guard let inputWriter else { return }
    closeDescriptor(inputWriter)
    ownedDescriptors.removeAll { $0 == inputWriter }
    self.inputWriter = nil
  }

  /// Resizes ncurses' idea of the screen (headless screens; real terminals report their own size).
  package func resize(width: Int, height: Int) {
    guard isOpen else { return }
    resizeterm(Int32(max(1, height)), Int32(max(1, width)))
    updateSize()
  }

  /// Reads the window's size after ncurses has processed a resize.
  @discardableResult
  package func updateSize() -> (width: Int, height: Int) {
    var rows: Int32 = 0
    var columns: Int32 = 0
    memtutor_getmaxyx(window, &rows, &columns)
    width = Int(max(0, columns))
    height = Int(max(0, rows))
    previousFrame = nil
    return (width, height)
  }

  /// Sleeps without spinning (ncurses' `napms`).
  package func sleep(milliseconds: Int32) {
    guard milliseconds > 0 else { return }
    napms(milliseconds)
  }
}

private func closeDescriptor(_ descriptor: Int32) {
  close(descriptor)
}
