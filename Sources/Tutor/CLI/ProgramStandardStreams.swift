import ArgumentParser
import Execution
import Foundation

/// `run`'s streams: the program reads memtutor's own standard input as it runs (a pipe, a file
/// or a person typing), and what it printed is written out before each read that may wait, so
/// a prompt is on the screen when the program waits for its answer.
final class ProgramStandardStreams {
  private var nextEvent = 0
  private var writtenOfNextEvent = 0
  /// The first write that failed: later writes are skipped, and `finish` reports it.
  private var failure: (any Error)?

  /// memtutor's standard input, read as std reads it (at most 8 KiB per read).
  static func processInput() -> StandardInput {
    StandardInput { maximum in
      var buffer = [UInt8](repeating: 0, count: maximum)
      while true {
        let count = buffer.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, maximum) }
        if count < 0, errno == EINTR { continue }
        return count > 0 ? Array(buffer.prefix(count)) : []
      }
    }
  }

  /// Writes what `events` printed since the last call, in order: standard output byte for byte,
  /// standard error made inert. `run` merges consecutive output of one stream into one event,
  /// which may have grown since the last call.
  func write(_ events: [Event]) {
    guard failure == nil else { return }
    do {
      while nextEvent < events.count {
        if case .printed(let stream, let text) = events[nextEvent] {
          let utf8 = text.utf8
          if utf8.count > writtenOfNextEvent {
            let piece = String(decoding: utf8.dropFirst(writtenOfNextEvent), as: UTF8.self)
            if stream == .stdout {
              try CommandOutput.writeProgramOutput(piece)
            } else {
              CommandOutput.writeError(piece)
            }
          }
          if nextEvent == events.count - 1 {
            // The last piece may still grow.
            writtenOfNextEvent = utf8.count
            return
          }
        }
        nextEvent += 1
        writtenOfNextEvent = 0
      }
    } catch {
      failure = error
    }
  }

  /// Writes the rest of `events`, then throws a write failure if there was one.
  func finish(_ events: [Event]) throws {
    write(events)
    if let failure { throw failure }
  }
}
