import ArgumentParser
import Foundation
import MemoryModel

/// Everything the commands print goes through here.
///
/// Text is made inert (`InertText`) on its way out, since lesson titles, file names, source lines
/// and program output can all carry escape sequences; only a program's own standard output in
/// `run` goes out byte for byte. A failed write to standard output (a full disk, a closed pipe)
/// ends the command with a one-line message and status 74 (EX_IOERR) rather than a crash.
enum CommandOutput {
  /// sysexits.h's EX_IOERR.
  static let writeErrorStatus: Int32 = 74

  /// Standard output, made inert except for line breaks, with a newline after it.
  static func print(_ text: String) throws {
    try write((text + "\n").inertLines, to: STDOUT_FILENO)
  }

  /// Standard output, made inert except for line breaks, as given (no newline added).
  static func write(_ text: String) throws {
    try write(text.inertLines, to: STDOUT_FILENO)
  }

  /// Standard output, the UTF-8 text `bytes` made inert except for line breaks, as given.
  /// Most text has nothing to escape: then the bytes go out without becoming a `String`.
  static func write(utf8 bytes: [UInt8]) throws {
    let needsEscape = bytes.withUnsafeBufferPointer {
      InertText.containsEscape(utf8: $0, keepingLineBreaks: true)
    }
    if needsEscape {
      try write(String(decoding: bytes, as: UTF8.self).inertLines, to: STDOUT_FILENO)
    } else {
      try write(bytes, to: STDOUT_FILENO)
    }
  }

  /// Standard output as given: what the traced program printed (`run` stays byte-exact).
  static func writeProgramOutput(_ text: String) throws {
    try write(text, to: STDOUT_FILENO)
  }

  /// Standard error, made inert except for line breaks. A failure here is not reported: there
  /// is nowhere left to report it.
  static func printError(_ text: String) {
    try? write((text + "\n").inertLines, to: STDERR_FILENO)
  }

  /// Standard error, made inert, without a newline added.
  static func writeError(_ text: String) {
    try? write(text.inertLines, to: STDERR_FILENO)
  }

  /// Writes every byte, retrying short writes and interruptions; on failure reports
  /// `memtutor: write error: REASON` on standard error and throws exit status 74.
  private static func write(_ text: String, to descriptor: Int32) throws {
    try write(Array(text.utf8), to: descriptor)
  }

  private static func write(_ bytes: [UInt8], to descriptor: Int32) throws {
    _ = brokenPipeIsAnError
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        if descriptor != STDERR_FILENO {
          let message = Array("memtutor: write error: \(reason)\n".utf8)
          _ = message.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
        }
        throw ExitCode(writeErrorStatus)
      }
      offset += written
    }
  }

  /// With SIGPIPE ignored, writing to a closed pipe fails with EPIPE, which is reported like any
  /// other write error, instead of killing the process silently.
  private static let brokenPipeIsAnError: Void = {
    signal(SIGPIPE, SIG_IGN)
  }()
}
