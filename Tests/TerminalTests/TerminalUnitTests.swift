import Screen
import Terminal
import Testing

/// The terminal layer's pure parts: no ncurses is started here.
@Suite struct TerminalUnitTests {
  @Test func refusesWithoutATerminalBeforeStarting() {
    let piped = TerminalEnvironment(variables: ["TERM": "xterm-256color"], outputIsTerminal: false)
    #expect(piped.refusal == .outputNotATerminal)
    let unset = TerminalEnvironment(variables: [:], outputIsTerminal: true)
    #expect(unset.refusal == .terminalTypeMissing)
    let empty = TerminalEnvironment(variables: ["TERM": ""], outputIsTerminal: true)
    #expect(empty.refusal == .terminalTypeMissing)
    let dumb = TerminalEnvironment(variables: ["TERM": "dumb"], outputIsTerminal: true)
    #expect(dumb.refusal == .terminalTypeDumb)
    let fine = TerminalEnvironment(variables: ["TERM": "xterm-256color"], outputIsTerminal: true)
    #expect(fine.refusal == nil)
  }

  @Test func refusalIsOneLineNamingTheAlternatives() {
    let message = TerminalError.outputNotATerminal.message
    #expect(
      message
        == "memtutor: this needs an interactive terminal (stdout is not a terminal); try 'memtutor run FILE.rs', 'memtutor trace FILE.rs' or 'memtutor render FILE.rs --step N'"
    )
    for error in [TerminalError.terminalTypeDumb, .terminalTypeMissing, .terminalTypeUnknown("vt52x")] {
      #expect(!error.message.contains("\n"))
      #expect(!error.message.contains("\u{1b}"))
      #expect(error.message.hasSuffix(TerminalError.alternatives))
      #expect(error.exitStatus == 2)
    }
  }

  @Test func noColorMustBeSetAndNonEmpty() {
    #expect(TerminalCapabilities.colorDisabled(byEnvironment: ["NO_COLOR": "1"]))
    #expect(!TerminalCapabilities.colorDisabled(byEnvironment: ["NO_COLOR": ""]))
    #expect(!TerminalCapabilities.colorDisabled(byEnvironment: [:]))
  }

  @Test func optionsComeFromTheEnvironment() {
    let environment = TerminalEnvironment(
      variables: [
        "MEMTUTOR_EXIT_AFTER_FIRST_FRAME": "1", "MEMTUTOR_EXIT_AFTER_SECONDS": "2.5",
        "MEMTUTOR_FRAME_STATS": "/tmp/stats.json", "MEMTUTOR_EXIT_WHEN_IDLE": "1",
      ], outputIsTerminal: true)
    let options = TerminalOptions.from(environment)
    #expect(options.exitAfterFirstFrame)
    #expect(options.exitAfterSeconds == 2.5)
    #expect(options.statsPath == "/tmp/stats.json")
    #expect(options.exitWhenIdle)
    let plain = TerminalOptions.from(
      TerminalEnvironment(variables: ["MEMTUTOR_EXIT_AFTER_FIRST_FRAME": "0"], outputIsTerminal: true))
    #expect(!plain.exitAfterFirstFrame)
    #expect(plain.exitAfterSeconds == nil)
    #expect(plain.statsPath == nil)
    #expect(!plain.exitWhenIdle)
  }

  @Test func decodesCharacters() {
    #expect(TerminalKeyDecoder.decode(character: 13) == .key(.enter))
    #expect(TerminalKeyDecoder.decode(character: 10) == .key(.enter))
    #expect(TerminalKeyDecoder.decode(character: 127) == .key(.backspace))
    #expect(TerminalKeyDecoder.decode(character: 8) == .key(.backspace))
    #expect(TerminalKeyDecoder.decode(character: 9) == .key(.tab))
    #expect(TerminalKeyDecoder.decode(character: 27) == .key(.escape))
    #expect(TerminalKeyDecoder.decode(character: 12) == .redraw)
    #expect(TerminalKeyDecoder.decode(character: 1) == .ignored)
    #expect(TerminalKeyDecoder.decode(character: 0x9B) == .ignored)
    #expect(TerminalKeyDecoder.decode(character: 0x71) == .key(.character("q")))
    #expect(TerminalKeyDecoder.decode(character: 0x5185) == .key(.character("内")))
    #expect(TerminalKeyDecoder.decode(character: 0xE9) == .key(.character("é")))
    #expect(TerminalKeyDecoder.decode(character: 0xD800) == .ignored)
  }

  @Test func mapsColoursToTerminalNumbers() {
    let rich = TerminalColorPalette(colorCount: 256, hasDefaultColors: true, maxPairs: 256)
    #expect(rich.number(for: .default, isForeground: true).number == -1)
    #expect(rich.number(for: .red, isForeground: true).number == 1)
    #expect(rich.number(for: .brightRed, isForeground: true).number == 9)
    #expect(rich.number(for: .brightWhite, isForeground: false).number == 15)
    let basic = TerminalColorPalette(colorCount: 8, hasDefaultColors: false, maxPairs: 64)
    #expect(basic.number(for: .default, isForeground: true).number == 7)
    #expect(basic.number(for: .default, isForeground: false).number == 0)
    let brightOnEight = basic.number(for: .brightGreen, isForeground: true)
    #expect(brightOnEight.number == 2)
    #expect(brightOnEight.needsBold)
  }

  @Test func allocatesEachColourPairOnce() {
    var palette = TerminalColorPalette(colorCount: 256, hasDefaultColors: true, maxPairs: 3)
    let plain = palette.pair(for: .plain)
    #expect(plain.pair == 0)
    let red = palette.pair(for: Style(foreground: .red))
    #expect(red.pair == 1)
    #expect(red.isNew)
    let again = palette.pair(for: Style(foreground: .red, bold: true))
    #expect(again.pair == 1)
    #expect(!again.isNew)
    let green = palette.pair(for: Style(foreground: .green))
    #expect(green.pair == 2)
    // Out of pairs: the terminal's defaults rather than a wrong colour.
    let blue = palette.pair(for: Style(foreground: .blue))
    #expect(blue.pair == 0)
  }

  @Test func statsAreOneLineOfJSON() {
    var stats = TerminalRunStats()
    stats.frames = 91
    stats.ticks = 90
    stats.wallSeconds = 3.0007
    stats.cpuSeconds = 0.1427
    stats.firstFrameSeconds = 0.0074
    stats.endReason = .timeLimit
    #expect(
      stats.json
        == "{\"frames\":91,\"terminalUpdates\":0,\"ticks\":90,\"keys\":0,\"wallSeconds\":3.000700,"
        + "\"cpuSeconds\":0.142700,\"firstFrameSeconds\":0.007400,\"endReason\":\"timeLimit\",\"exitStatus\":0}"
    )
  }

  @Test func terminalCheckShowsSizeKeysAndSamples() {
    var model = TerminalCheckModel()
    model.configure(for: TerminalCapabilities(supportsColor: true, colorCount: 256, supportsUnicode: true))
    let resized = model.update(.resize(width: 80, height: 24))
    #expect(resized)
    let pressed = model.update(.key(.pageDown))
    #expect(pressed)
    let text = model.view(width: 80, height: 24).text
    #expect(text.contains("size       80x24"))
    #expect(text.contains("last key   PageDown"))
    #expect(text.contains("256 colours"))
    #expect(text.contains("内存|"))
    #expect(text.contains("┌──┬──┐"))
    #expect(!model.wantsTicks)
    let keepsRunning = model.update(.key(.character("q")))
    #expect(!keepsRunning)
    #expect(model.exitStatus == 0)
  }
}
