import Foundation

/// Where the learner's progress lives on disk: `progress.json` under
/// `$XDG_STATE_HOME/memtutor/` (default `~/.local/state/memtutor/`).
///
/// Writes are atomic (a temporary file renamed over the old one), so a crash mid-write
/// leaves the previous progress intact, and merged under a lock with what another memtutor
/// saved meanwhile. A file that cannot be read or decoded is moved aside to
/// `progress.json.corrupt-<timestamp>` and the learner starts fresh, with a one-line notice
/// saying where the old file went; one with values out of range is fixed and copied aside;
/// something other than a file in its place is reported and left alone: nothing is lost
/// silently and nothing crashes.
package struct ProgressStore: Sendable {
  package static let fileName = "progress.json"

  /// The result of loading: the progress to use, and a notice for the learner when something
  /// was wrong with the file on disk.
  package struct Loaded: Sendable {
    package var progress: CourseProgress
    package var notice: String?
    /// False when saving would overwrite a file we could not move aside or do not understand.
    package var canSave: Bool
  }

  package struct SaveError: Error, Sendable, CustomStringConvertible {
    package var description: String
  }

  package let directory: URL
  package var fileURL: URL { directory.appendingPathComponent(Self.fileName) }

  package init(directory: URL) {
    self.directory = directory
  }

  /// The store at the standard location for this user.
  package static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> ProgressStore
  {
    ProgressStore(directory: standardDirectory(environment: environment))
  }

  /// `$XDG_STATE_HOME/memtutor`, or `~/.local/state/memtutor`. The XDG spec says a relative
  /// `XDG_STATE_HOME` is invalid and must be ignored.
  package static func standardDirectory(environment: [String: String]) -> URL {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return URL(fileURLWithPath: state, isDirectory: true).appendingPathComponent("memtutor")
    }
    let home: URL
    if let path = environment["HOME"], path.hasPrefix("/") {
      home = URL(fileURLWithPath: path, isDirectory: true)
    } else {
      home = FileManager.default.homeDirectoryForCurrentUser
    }
    return home.appendingPathComponent(".local/state/memtutor", isDirectory: true)
  }

  /// Reads the progress file. Never throws: a missing file is a fresh start; a broken one is
  /// moved aside and reported in `notice`.
  package func load(now: Date = Date()) -> Loaded {
    let manager = FileManager.default
    let path = fileURL.path
    let problem: String
    do {
      let data: Data
      switch ProgressFile.read(path) {
      case .success(let bytes): data = bytes
      case .failure(.missing):
        return Loaded(progress: CourseProgress(), notice: nil, canSave: true)
      case .failure(.notAFile(let kind)):
        // Not ours to move or replace: say exactly what is in the way.
        return Loaded(
          progress: CourseProgress(),
          notice: "\(path) is \(kind), not a progress file; progress will not be saved this session",
          canSave: false)
      case .failure(let failure): throw failure
      }
      let progress = try JSONDecoder.progress.decode(CourseProgress.self, from: data)
      if progress.version > CourseProgress.currentVersion {
        return Loaded(
          progress: CourseProgress(),
          notice:
            "\(path) was written by a newer memtutor (format \(progress.version)); "
            + "progress will not be saved this session",
          canSave: false)
      }
      let (checked, problems) = progress.validated()
      guard !problems.isEmpty else { return Loaded(progress: checked, notice: nil, canSave: true) }
      return keepAside(progress: checked, problems: problems, now: now)
    } catch let error as DecodingError {
      problem = "could not be understood (\(Self.describe(error)))"
    } catch let error as ProgressFile.ReadProblem {
      problem = "could not be read (\(error.description))"
    } catch {
      problem = "could not be read (\(Self.describe(error)))"
    }
    let aside = directory.appendingPathComponent(
      Self.fileName + ".corrupt-" + Self.timestamp(now))
    let asideURL = Self.unusedURL(aside)
    do {
      try manager.moveItem(at: fileURL, to: asideURL)
    } catch {
      return Loaded(
        progress: CourseProgress(),
        notice:
          "progress file \(path) \(problem) and could not be moved aside; "
          + "progress will not be saved this session",
        canSave: false)
    }
    return Loaded(
      progress: CourseProgress(),
      notice: "progress file \(problem); moved to \(asideURL.path), starting fresh",
      canSave: true)
  }

  /// Progress that decoded but held values out of range: the fixed progress is used, and the
  /// original file is copied aside (as for a corrupt one) so nothing is lost.
  private func keepAside(progress: CourseProgress, problems: [String], now: Date) -> Loaded {
    let shown = problems.prefix(3).joined(separator: "; ") + (problems.count > 3 ? "; …" : "")
    let asideURL = Self.unusedURL(
      directory.appendingPathComponent(Self.fileName + ".corrupt-" + Self.timestamp(now)))
    do {
      try FileManager.default.copyItem(at: fileURL, to: asideURL)
    } catch {
      return Loaded(
        progress: progress,
        notice:
          "progress file \(fileURL.path) had values out of range (\(shown)) and could not be copied aside; "
          + "progress will not be saved this session",
        canSave: false)
    }
    return Loaded(
      progress: progress,
      notice:
        "progress file had values out of range (\(shown)); fixed, the original is kept at \(asideURL.path)",
      canSave: true)
  }

  /// Saves `progress` and returns what was written. Under a lock, the file is read again and
  /// `progress` merged into it (`CourseProgress.merged(into:)`), so two memtutors running at
  /// once keep each other's work; the result goes to a new temporary file renamed over the old
  /// one, so a crash or a full disk mid-write leaves the previous progress intact.
  @discardableResult
  package func save(_ progress: CourseProgress) throws(SaveError) -> CourseProgress {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw SaveError(description: "cannot save progress in \(directory.path): \(Self.describe(error))")
    }
    return try ProgressFile.withLock(on: directory) { () throws(SaveError) -> CourseProgress in
      let merged = try mergedWithSaved(progress)
      let data: Data
      do {
        data = try JSONEncoder.progress.encode(merged)
      } catch {
        throw SaveError(description: "cannot save progress: \(Self.describe(error))")
      }
      // The temporary file sits in the same directory so the rename never crosses filesystems.
      let temporary = try ProgressFile.writeTemporary(data, in: directory, prefix: Self.fileName)
      if rename(temporary, fileURL.path) != 0 {
        let reason = String(cString: strerror(errno))
        unlink(temporary)
        throw SaveError(description: "cannot save progress to \(fileURL.path): \(reason)")
      }
      return merged
    }
  }

  /// `progress` merged into what is on disk now. A file that cannot be understood is replaced
  /// (it was moved aside when loaded, or appeared since); something that is not a file stops
  /// the save.
  private func mergedWithSaved(_ progress: CourseProgress) throws(SaveError) -> CourseProgress {
    switch ProgressFile.read(fileURL.path) {
    case .success(let data):
      guard let saved = try? JSONDecoder.progress.decode(CourseProgress.self, from: data) else {
        return progress
      }
      guard saved.version <= CourseProgress.currentVersion else {
        throw SaveError(
          description:
            "cannot save progress: \(fileURL.path) was written by a newer memtutor (format \(saved.version))")
      }
      return progress.merged(into: saved.validated().progress)
    case .failure(.missing):
      return progress
    case .failure(.notAFile(let kind)):
      throw SaveError(description: "cannot save progress: \(fileURL.path) is \(kind), not a file")
    case .failure(let failure):
      throw SaveError(
        description: "cannot save progress: cannot read \(fileURL.path): \(failure.description)")
    }
  }

  /// Deletes the progress file. Returns false when there was nothing to delete.
  @discardableResult
  package func reset() throws(SaveError) -> Bool {
    let manager = FileManager.default
    guard manager.fileExists(atPath: fileURL.path) else { return false }
    do {
      try manager.removeItem(at: fileURL)
    } catch {
      throw SaveError(description: "cannot remove \(fileURL.path): \(Self.describe(error))")
    }
    return true
  }

  /// `20240131T235959Z`: sortable, and safe in a file name on every filesystem.
  package static func timestamp(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func two(_ value: Int?) -> String {
      let text = String(value ?? 0)
      return text.count < 2 ? "0" + text : text
    }
    return String(parts.year ?? 0) + two(parts.month) + two(parts.day) + "T" + two(parts.hour)
      + two(parts.minute) + two(parts.second) + "Z"
  }

  /// `url`, or `url-2`, `url-3`… when a file by that name already exists.
  private static func unusedURL(_ url: URL) -> URL {
    let manager = FileManager.default
    guard manager.fileExists(atPath: url.path) else { return url }
    var counter = 2
    while true {
      let candidate = URL(fileURLWithPath: url.path + "-\(counter)")
      if !manager.fileExists(atPath: candidate.path) { return candidate }
      counter += 1
    }
  }

  private static func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.dataCorrupted(let context):
      return context.underlyingError.map { describe($0) } ?? "not valid JSON"
    case DecodingError.keyNotFound(let key, _):
      return "missing \(key.stringValue)"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      return path.isEmpty ? "wrong type" : "wrong type at \(path)"
    case let error as CocoaError:
      if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
        underlying.domain == NSPOSIXErrorDomain
      {
        return String(cString: strerror(Int32(underlying.code)))
      }
      return error.localizedDescription
    default:
      let text = String(describing: error)
      return text.count > 80 ? String(text.prefix(80)) + "…" : text
    }
  }
}

extension JSONEncoder {
  fileprivate static var progress: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }
}

extension JSONDecoder {
  fileprivate static var progress: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }
}
