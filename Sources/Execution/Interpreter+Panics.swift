import MemoryModel
import RustFrontEnd

extension Interpreter {
  /// Starts unwinding with Rust's panic message.
  package func panic(_ message: String, at written: SourcePoint, location: String? = nil) throws -> Never {
    let point = location == nil ? callerTrackedPoint(written) : written
    let place = location ?? "\(image.path):\(point.line):\(point.column)"
    let header = "\nthread '\(panicThreadName)' (\(threadID)) panicked at \(place):\n\(message)\n"
    if frames.contains(where: \.isUnwinding) {
      // A panic while unwinding aborts the process.
      record(.printed(.stderr, header))
      record(.printed(.stderr, "thread caused non-unwinding panic. aborting.\n"))
      record(.exited(status: 134))
      throw Halt.finished(134)
    }
    // A spawned thread's panic ends that thread only (its `join` returns `Err`).
    if runningThread == 0 {
      record(.panicked(message: message, line: Int(point.line), column: Int(point.column)))
    }
    // rustc 1.95 starts the message with an empty line; only the process's first panic has the note.
    var text = header
    if !panicNoteShown {
      text += "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"
      panicNoteShown = true
    }
    record(.printed(.stderr, text))
    if let top = frames.indices.last {
      frames[top].isUnwinding = true
    }
    throw UnwindSignal()
  }
}

extension Interpreter {
  /// std declares `Index::index` and `IndexMut::index_mut` `#[track_caller]`, so a panic in a
  /// program's own impl of them (its `Vec` index out of bounds) is reported where it was
  /// indexed, as far out as such calls go.
  func callerTrackedPoint(_ point: SourcePoint) -> SourcePoint {
    var result = point
    var index = frames.count - 1
    while index > 0, Self.tracksCaller(functions[frames[index].function].name) {
      result = frames[index - 1].resumePoint
      index -= 1
    }
    return result
  }

  /// `<Grid as Index<(usize, usize)>>::index`, `<Grid as IndexMut<usize>>::index_mut`.
  static func tracksCaller(_ name: String) -> Bool {
    guard name.hasPrefix("<") else { return false }
    return (name.hasSuffix(">>::index") && name.contains(" as Index<"))
      || (name.hasSuffix(">>::index_mut") && name.contains(" as IndexMut<"))
  }
}

/// Thrown by `panic` to abandon the current instruction; the loop then unwinds.
package struct UnwindSignal: Error {}
