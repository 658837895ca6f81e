import Foundation

/// The file-system steps of saving and loading progress, done with POSIX calls so that each one
/// is safe against what else may be in the directory: another memtutor saving at the same time
/// (a lock), a symlink planted where the temporary file goes (created exclusively, never
/// followed), a FIFO or a directory where the file should be (never opened for a blocking read).
enum ProgressFile {
  /// Why a path could not be read as a regular file.
  enum ReadProblem: Error {
    /// Nothing is there.
    case missing
    /// Something other than a regular file is there: "a directory", "a named pipe (FIFO)"…
    case notAFile(String)
    /// `open` or `read` failed with this errno.
    case failed(Int32)

    var description: String {
      switch self {
      case .missing: "no such file"
      case .notAFile(let kind): "it is \(kind), not a file"
      case .failed(let code): String(cString: strerror(code))
      }
    }
  }

  /// What is at `path`, in words, when it is not a regular file (or a symlink to one); nil for a
  /// regular file or nothing at all.
  static func nonFileKind(at path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return kind(of: info.st_mode)
  }

  /// The bytes of the regular file at `path`. Opened without blocking, so a FIFO in its place
  /// is reported rather than waited on forever.
  static func read(_ path: String) -> Result<Data, ReadProblem> {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(errno == ENOENT ? .missing : .failed(errno)) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .failure(.failed(errno)) }
    if let kind = kind(of: info.st_mode) { return .failure(.notAFile(kind)) }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return .failure(.failed(errno))
      }
      if count == 0 { return .success(data) }
      data.append(contentsOf: buffer[0..<count])
    }
  }

  /// Runs `body` holding an exclusive `flock` on the directory itself (no lock file to leave
  /// behind or to be planted), so two memtutors never read-merge-write the progress at once.
  static func withLock<Result>(on directory: URL, _ body: () throws(ProgressStore.SaveError) -> Result)
    throws(ProgressStore.SaveError) -> Result
  {
    let lockPath = directory.path
    let descriptor = open(lockPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw ProgressStore.SaveError(
        description: "cannot lock \(lockPath): \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 {
      guard errno == EINTR else {
        throw ProgressStore.SaveError(
          description: "cannot lock \(lockPath): \(String(cString: strerror(errno)))")
      }
    }
    defer { flock(descriptor, LOCK_UN) }
    return try body()
  }

  /// Writes `data` to a new file in `directory` that did not exist before (O_EXCL, O_NOFOLLOW:
  /// a planted file or symlink makes it pick another name, never write through it), flushed to
  /// disk. On any failure the partial file is removed, so a full disk leaves nothing behind.
  /// Returns the file's path.
  static func writeTemporary(_ data: Data, in directory: URL, prefix: String) throws(ProgressStore.SaveError)
    -> String
  {
    // A file-size limit (ulimit -f) should fail the write, not kill the program.
    signal(SIGXFSZ, SIG_IGN)
    var lastError: Int32 = EEXIST
    for _ in 0..<16 {
      let name = ".\(prefix).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
      let path = directory.appendingPathComponent(name).path
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else {
        lastError = errno
        if errno == EEXIST || errno == ELOOP { continue }
        break
      }
      if let failure = writeAll(data, to: descriptor) ?? (fsync(descriptor) == 0 ? nil : errno) {
        close(descriptor)
        unlink(path)
        throw ProgressStore.SaveError(
          description: "cannot save progress in \(directory.path): \(String(cString: strerror(failure)))")
      }
      guard close(descriptor) == 0 else {
        let failure = errno
        unlink(path)
        throw ProgressStore.SaveError(
          description: "cannot save progress in \(directory.path): \(String(cString: strerror(failure)))")
      }
      return path
    }
    throw ProgressStore.SaveError(
      description: "cannot save progress in \(directory.path): \(String(cString: strerror(lastError)))")
  }

  /// Writes every byte; the errno of the failure, or nil.
  private static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
    data.withUnsafeBytes { buffer -> Int32? in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return nil
    }
  }

  private static func kind(of mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: "a directory"
    case S_IFIFO: "a named pipe (FIFO)"
    case S_IFSOCK: "a socket"
    case S_IFCHR, S_IFBLK: "a device"
    default: "not a regular file"
    }
  }
}
