import Foundation

/// Runs the built `memtutor` through `/bin/sh -c`, for tests of what the command line writes and
/// how it ends when its output cannot be written (`> /dev/full`, a closed pipe).
package enum MemtutorCommand {
  /// The builds to run: the debug binary, and the release binary when it is current.
  package static var builds: [MemtutorBuild] {
    MemtutorBuild.releaseIsCurrent ? [.debug, .release] : [.debug]
  }

  /// Runs `script` in `directory` with `$MEMTUTOR` naming the binary of `build` and
  /// `XDG_STATE_HOME`/`XDG_DATA_HOME` inside `directory`, so the tester's own progress and
  /// lessons stay out of it.
  package static func run(_ script: String, in directory: URL, build: MemtutorBuild = .debug) throws
    -> ProcessRunner.Result
  {
    let binary = try build.binary()
    let quoted = "'" + binary.replacingOccurrences(of: "'", with: "'\\''") + "'"
    let state = directory.appendingPathComponent("state").path
    let data = directory.appendingPathComponent("data").path
    let prelude =
      "MEMTUTOR=\(quoted); XDG_STATE_HOME='\(state)'; XDG_DATA_HOME='\(data)'; "
      + "export XDG_STATE_HOME XDG_DATA_HOME; SWIFT_BACKTRACE=enable=no; export SWIFT_BACKTRACE; "
    return try ProcessRunner.runAndWait(
      ProcessRunner.Request(
        executable: "/bin/sh", arguments: ["-c", prelude + script], workingDirectory: directory))
  }

  /// Whether `text` holds anything that could drive a terminal: ESC, another C0 control but
  /// newline and tab, a C1 control, or a bidirectional control.
  package static func containsTerminalControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      let value = scalar.value
      if value == 0x0A || value == 0x09 { return false }
      return value < 0x20 || (0x7F..<0xA0).contains(value) || value == 0x061C || value == 0x200E
        || value == 0x200F || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
  }
}
